"""A repeat of the title that the line model's removals bring right under it goes in one run.

A scraped page often reads: its <title> (the headline), a byline or a time stamp, then its <h1>
(the headline again). `duplicate_headline` removes a repeat of the title standing right under
it, but the rules run before the model: with the byline still between them, the repeat stayed;
the model then removed the byline, and a second run removed the repeat (the stage was not
idempotent, and the published text kept the headline twice). The kind is pinned here: every
shape of line the model removes and the rules do not, with and without a title, exact and near
repeats.
"""

import random

import pytest

from curate.document import Document
from curate.stages.boilerplate import RULES, BoilerplateRemover
from tests.conftest import run_stage, seed_paragraphs

STAGE = BoilerplateRemover()
RULES_ONLY = BoilerplateRemover(rules=tuple(r for r in RULES if r != "line_model"))
HEADLINES = [
    "Storm hits the coast of Norway",
    "North Korea fires a missile into the sea",
    "Markets fall as rates rise again",
    "Ministers agree on a new budget for schools",
]
NAMES = ["Jane Doe", "Kwame Haddad", "Aiko Tanaka", "Pierre Moreau"]
# lines the model removes and no rule does (checked below, so the test keeps its point)
BETWEEN = [
    lambda r: f"By {r.choice(NAMES).upper()}",
    lambda r: r.choice(NAMES),
    lambda r: f"Mon, {r.randint(1, 28)} Jan 2008 09:{r.randint(10, 59)}:05 GMT",
    lambda r: r.choice(["More Sports news", "Latest columns", "Sponsored Links", "Photo"]),
    lambda r: r.choice(["0", "| |"]),
]


@pytest.fixture(scope="module")
def body():
    return [p for p in seed_paragraphs() if len(p.split()) >= 25][:12]


def _pages(body, count: int, seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    pages = []
    for _ in range(count):
        headline = rng.choice(HEADLINES)
        between = [rng.choice(BETWEEN)(rng)]
        repeat = headline if rng.random() < 0.5 else f"{headline} - News"
        pages.append((headline, "\n\n".join([headline, *between, repeat, *rng.sample(body, 3)])))
    return pages


def test_the_lines_between_are_the_models_to_remove(body):
    for _headline, text in _pages(body, 40, seed=1):
        lines = text.split("\n\n")
        left = RULES_ONLY.process(Document(id="d", text=text)).text.split("\n\n")
        assert lines[1] in left  # no rule removes it: the model must
        assert lines[1] not in run_stage(STAGE, text).text.split("\n\n")


def test_the_repeat_goes_in_the_first_run(body):
    uncovered = 0  # pages whose repeat `duplicate_headline` took once the model's removal
    for headline, text in _pages(body, 40, seed=2):
        once = run_stage(STAGE, text)
        assert once.title == headline
        assert not once.text.startswith(headline), once.text[:80]
        rules = [edit.rule for edit in once.edits]
        assert "line_model" in rules
        uncovered += "duplicate_headline" in rules
        again = run_stage(STAGE, once.text, once.title)
        assert again.text == once.text and not again.edits
    # Which rule takes a repeat is a retrain's draw: the model may take a near repeat itself
    # (1 of 40 with the models of the same rows and other seeds, `make eval seed_spread`; the
    # test once asked it of every page and failed on such a retrain); the repeat goes either way
    assert uncovered >= 36, uncovered


def test_the_repeat_of_a_given_title_goes_in_the_first_run(body):
    """HTML input: the reader gives the title, the text opens with lines and the <h1>."""
    for headline, text in _pages(body, 40, seed=3):
        lines = text.split("\n\n")[1:]  # the text below the <title>
        once = run_stage(STAGE, "\n\n".join(lines), headline)
        assert not any(line.startswith(headline) for line in once.text.split("\n\n")[:1])
        again = run_stage(STAGE, once.text, once.title)
        assert again.text == once.text and not again.edits


def test_a_title_with_the_sites_name_becomes_the_headline_its_repeat_shows(body):
    """`title_site_name` as in the rules' rounds: the page's <title> is headline and site name,
    the <h1> under the byline is the headline alone; the record keeps the headline."""
    rng = random.Random(4)
    for headline in HEADLINES:
        site = rng.choice(["Daily Planet", "The Ledger", "Nordnytt"])
        between = rng.choice(BETWEEN)(rng)
        text = "\n\n".join([between, headline, *rng.sample(body, 3)])
        once = run_stage(STAGE, text, f"{headline} | {site}")
        assert once.title == headline
        assert headline not in once.text.split("\n\n")
        assert [e.rule for e in once.edits if e.field == "title"] == ["title_site_name"]
        again = run_stage(STAGE, once.text, once.title)
        assert again.text == once.text and again.title == once.title and not again.edits


def test_a_breadcrumb_that_repeats_the_title_does_not_hide_the_headline(body):
    """Above the <h1>, a breadcrumb (`Home » Section » <headline>`) repeats the title's words:
    the title loses the site's name by the repeat that is the headline alone, wherever it
    stands among the repeats."""
    for headline in HEADLINES:
        text = "\n\n".join([f"Home » World » {headline}", headline, *body[:3]])
        once = run_stage(STAGE, text, f"{headline} | Daily Planet")
        assert once.title == headline
        again = run_stage(STAGE, once.text, once.title)
        assert again.text == once.text and again.title == once.title and not again.edits
