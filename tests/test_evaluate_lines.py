"""`curate.evaluate.lines`: what counts as a line kept."""

import pytest

from curate.evaluate.lines import _through, line_stays
from curate.stages.boilerplate import BoilerplateRemover

BODY = (
    "The council approved the new budget on Tuesday after a long debate that ran late into "
    "the evening, with members split over the cost of the bridge repairs.",
    "Officials said the work would begin in the spring and last for at least two years, "
    "while the old crossing stays open to buses and cyclists only.",
    "Residents who spoke at the meeting asked for more detail on the closures and were "
    "promised a public session before any contract is signed.",
)


HEADLINE = "Council approves bridge budget after long debate"


@pytest.mark.parametrize(
    "first",
    [
        f"{HEADLINE} - The Valley Herald",
        f"{HEADLINE} | Valley Herald",
        f"{HEADLINE} • valleyherald.example",
        f"Valley Herald :: {HEADLINE}",
    ],
)
def test_a_headline_moved_to_the_title_without_its_site_name_is_kept(first):
    """The page's <title> opens the text, its <h1> (the headline alone) follows: the first
    moves to the title, which loses the site's name; neither line is lost."""
    kept, doc = _through(BoilerplateRemover())([first, HEADLINE, *BODY])
    assert first not in doc.text  # it left the text for the title ...
    assert doc.title == HEADLINE  # ... cut of the site's name
    assert line_stays(first, kept) and line_stays(HEADLINE, kept)
    assert all(line_stays(line, kept) for line in BODY)


def test_a_first_line_moved_to_the_title_as_it_is_is_kept():
    kept, doc = _through(BoilerplateRemover())([HEADLINE, *BODY])
    assert doc.title == HEADLINE and HEADLINE not in doc.text
    assert line_stays(HEADLINE, kept)


def test_a_line_removed_from_the_text_is_not_kept():
    lines = ["Council approves bridge budget", BODY[0], "Share this article", *BODY[1:]]
    kept, doc = _through(BoilerplateRemover())(lines)
    assert "Share this article" not in doc.text
    assert not line_stays("Share this article", kept)
