"""Content the line model took for noise, kept by its place (session 53, `keep_content`):
a table under its heading inside the story (`keep_blocks`), the headline under the labels
printed above it (`headline_labels`), a subheading between paragraphs (`keep_subheads`).
Made-up articles of different wordings and languages, each a kind the blind batches lost."""

from __future__ import annotations

import pytest

from curate.document import Document
from curate.stages.boilerplate import BoilerplateRemover, keep_content

ON = {"keep_blocks": True, "headline_labels": 3}

STORY = [
    "Glenmore booked their place in the quarter-finals with a 2-1 win over Strathcarron in "
    "Saturday's replay, Ewan Mackay scoring the winner eight minutes from time after a scrappy "
    "second half.",
    "Strathcarron had levelled through Niall Munro soon after the break but could not hold on "
    "as the home side pressed for a winner.",
]


def _clean(text: str, **settings: object) -> Document:
    return BoilerplateRemover(**settings).process(Document(id="doc", text=text))


def _lines(doc: Document) -> list[str]:
    return doc.text.split("\n\n")


def _margin(furniture: set[str]):
    """A stand-in for the word model: log-odds 2 for a line holding a furniture word."""
    return lambda line: 2.0 if furniture & set(line.casefold().split()) else 0.0


def _tables(texts: list[str], judged: set[int], furniture: set[str] = frozenset()) -> set[int]:
    from curate.stages.boilerplate import _is_prose

    return set(keep_content.tables(texts, judged, _margin(set(furniture)), _is_prose))


# -- tables, as a function of the lines left ------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "items"),
    [
        ("Scorecard", ["Harbour Town 168-5 (20 overs)", "Millbrook 164-9 (20 overs)"]),
        ("Useful numbers", ["Power cut line: 105", "Gas emergency: 0800 111 999"]),
        ("Teams", ["Glenmore: R Fraser, D Munro, K Mackay", "Strathcarron: G Mackenzie, H Munro"]),
        ("Die Sperrungen im Überblick", ["Hauptstraße: Samstag 8 bis 23 Uhr", "Am Wall: Sonntag"]),
        ("Résultats", ["Saint-Aubin 27 Montferrand 13", "Figeac 18 Rodez 18"]),
        ("Routes", ["Riga – Visby", "Vilnius – Kalmar", "Tallinn – Turku"]),
    ],
)
def test_a_table_under_its_heading_inside_the_story_is_found(heading, items):
    texts = [*STORY, "The coach was pleased.", heading, *items, "Share this article"]
    judged = set(range(2, len(texts)))
    assert _tables(texts, judged) == set(range(3, 4 + len(items)))


@pytest.mark.parametrize(
    ("heading", "items"),
    [
        # other stories' headlines: prose, one figure at most, a label's value a sentence
        ("Most read", ["Man charged after break-in at jewellers", "Schools to close early"]),
        ("Zobacz również", ["Nowe autobusy w Krakowie", "Remont mostu potrwa dłużej"]),
        ("Latest", ["Brookdale police add 12 officers", "Bakery wins national award"]),
        ("Sport", ["Transfer latest: Holt eyes loan move for winger", "Cup draw: holders away"]),
        # tags and menus split by bars or slashes
        ("Topics", ["Flood | Sylhet | Monsoon", "Weather | Rivers | Rain"]),
    ],
)
def test_other_stories_and_tags_are_no_table(heading, items):
    texts = [*STORY, "The coach was pleased.", heading, *items]
    assert _tables(texts, set(range(2, len(texts)))) == set()


def test_a_heading_of_furniture_words_heads_no_table():
    texts = [*STORY, "More sport news", "Glenmore 2 Strathcarron 1", "Kinloch 0 Beauly 3"]
    assert _tables(texts, {2, 3, 4}, furniture={"more"}) == set()
    assert _tables(texts, {2, 3, 4}) == {2, 3, 4}


def test_the_lines_under_the_first_paragraph_are_a_byline_block_not_a_table():
    """Right under the first paragraph (a standfirst), short lines are its byline and date."""
    texts = [
        STORY[0],
        "Grace Te Huia",
        "Reporter: Local Democracy",
        "5:00am, 11 March 2027",
        STORY[1],
    ]
    assert _tables(texts, {1, 2, 3}) == set()


def test_a_table_of_paragraphs_counts_its_paragraphs_as_items():
    """A line-up long enough to be a body paragraph is an item all the same."""
    long_item = "Aberaeron: " + "; ".join(f"P. Player{i}" for i in range(14)) + "."
    texts = [*STORY, "Teams", long_item, "Emlyn: A. Bee; C. Dee; E. Eff; G. Gee."]
    assert 3 in _tables(texts, {2, 4})


# -- the stage: a table the model removed stays with `keep_blocks` --------------------------

SHINTY = "\n\n".join(
    [
        "Glenmore edge past Strathcarron in cup replay",
        "By Fiona Grant",
        *STORY,
        "Players contest the ball in front of the Glenmore goal during the second half.",
        "Picture: Iain Ross",
        "Teams",
        "Glenmore: R Fraser, D Munro, K Mackay, A Ross, E Mackay, J Grant, S Fraser, C MacLeod",
        "Strathcarron: G Mackenzie, H Munro, N Munro, B Matheson, F MacRae, I Murray, A Mackenzie",
        "Read more: Kinlochbeg name new manager ahead of league season",
    ]
)
PHONES = "\n\n".join(
    [
        "Power cut leaves 4,000 homes without electricity",
        "About 4,000 homes in the east of the county were left without power on Sunday after a "
        "fault at a substation near Carrow, the network operator said.",
        "Engineers expected to restore supplies to most homes by the evening, but some rural "
        "properties could be without power until Monday morning.",
        '"We know how difficult this is and we are working as fast as we can," a spokesperson '
        "said.",
        "Also read: Storm damage bill rises to £2m",
        "Useful numbers",
        "Power cut line: 105",
        "Gas emergency: 0800 111 999",
        "Follow us on Facebook for the latest updates",
    ]
)


# The shinty story's table heading is lost only while its caption and credit stand above it:
# with `caption_place` on (the default since session 54) they go and the model keeps "Teams"
# alone, so the table is asked of the stage with `caption_place` off, where the model takes it.
@pytest.mark.parametrize(
    ("text", "kept", "base"),
    [
        (SHINTY, ["Teams"], {"caption_place": False}),
        (PHONES, ["Useful numbers", "Gas emergency: 0800 111 999"], {}),
    ],
)
def test_the_stage_keeps_a_table_the_model_removed(text, kept, base):
    before = _lines(_clean(text, **base))
    after = _lines(_clean(text, **base, **ON))
    for line in kept:
        assert line not in before  # the model alone removes it
        assert line in after
    assert "Read more: Kinlochbeg name new manager ahead of league season" not in after
    assert "Follow us on Facebook for the latest updates" not in after


def test_cleaning_twice_changes_nothing():
    stage = BoilerplateRemover(**ON, keep_subheads=True)
    for text in (SHINTY, PHONES):
        once = stage.process(Document(id="doc", text=text))
        twice = stage.process(Document(id="doc", text=once.text, title=once.title))
        assert twice.text == once.text


# -- the headline under labels --------------------------------------------------------------

LIBRARY = "\n\n".join(
    [
        "The district council has agreed to extend the opening hours of the town's three public "
        "libraries from next month, after a consultation in which 2,000 residents took part.",
        "Libraries in Ashby, Moreton and Felling will open until 8pm on Tuesdays and Thursdays, "
        "and the Ashby branch will also open on Sunday afternoons, a spokesperson said.",
        '"People told us clearly that they wanted to use the libraries after work," said '
        "councillor Dev Patel.",
    ]
)


@pytest.mark.parametrize(
    ("above", "headline"),
    [
        (["Home › News › Local", "COUNCIL"], "Libraries to stay open later on weekday evenings"),
        (["Local News"], "Libraries to stay open later on weekday evenings"),
        (["Player ratings"], "Scotland player ratings: Lennox excellent, defence shaky"),
        (["Accueil > Actualités > Région", "Société"], "Les bibliothèques ouvriront plus tard"),
        (["ECON--Central-Bank-Rates,Fact Box"], "FACTBOX-Where central banks stand after March"),
    ],
)
def test_the_headline_under_labels_becomes_the_title(above, headline):
    text = "\n\n".join([*above, headline, "By Ruth Onyango", LIBRARY])
    assert _clean(text, headline_labels=3).title == headline


@pytest.mark.parametrize(
    "first",
    [
        "Library Hours Extended",  # a short headline over a byline stays the headline
        "Libraries to stay open later on weekday evenings",
    ],
)
def test_a_first_line_that_is_the_headline_stays_the_title(first):
    text = "\n\n".join([first, "By Ruth Onyango", LIBRARY])
    assert _clean(text, headline_labels=3).title == first


def test_headline_under_labels_reads_the_first_lines_only():
    def shaped(line: str) -> bool:
        return not line.endswith(".")

    def count(line: str) -> int:
        return len(line.split())

    def labels(line: str) -> bool:
        return "›" in line

    lines = ["Home › News", "OPINION", "Our budgets must stop treating the beach as a bin", "x"]
    assert keep_content.headline_under_labels(lines, 3, labels, shaped, count) == 2
    assert keep_content.headline_under_labels(lines, 1, labels, shaped, count) == 0
    # a label longer than the line under it: the first line is the headline
    lines = ["Weekend Arts And Culture Guide", "What to see now", "x"]
    assert keep_content.headline_under_labels(lines, 3, labels, shaped, count) == 0


# -- subheadings between paragraphs (`keep_subheads`, off by default) -----------------------


def test_a_subheading_between_paragraphs_is_spared_and_a_credit_is_not():
    texts = [*STORY, "How it compares", "Fees at the two other universities rise 3%.", "x"]
    noise = [(2, None, 0.7)]
    scored = [(2, None, 0.7), (3, None, 0.1), (4, None, 0.1)]

    def prose(line: str) -> bool:
        return line.endswith(".")

    adjacent = [False, True, True, True, True]
    kept = keep_content.subheads_kept(noise, scored, texts, _margin(set()), prose, adjacent)
    assert kept == []
    for credit in ("(Tribune photo)", "KPA Photo/Devraj Toolsee", "Fot. archiwum TDS"):
        texts[2] = credit
        kept = keep_content.subheads_kept(noise, scored, texts, _margin(set()), prose, adjacent)
        assert kept == noise
    texts[2] = "How it compares"  # a line removed above it: not where a subheading stands
    gap = [False, True, False, True, True]
    assert keep_content.subheads_kept(noise, scored, texts, _margin(set()), prose, gap) == noise


def test_settings_are_checked():
    with pytest.raises(ValueError, match="headline_labels"):
        BoilerplateRemover(headline_labels=0)


def test_hostile_lines_are_read_in_one_pass():
    """The shapes are plain scans: a long line of separators and digits, and one of colons."""
    hostile = ["a: " * 30_000, "1-" * 50_000, "(" + "x/" * 40_000, "—" * 100_000]
    texts = [*STORY, "Teams", *hostile]
    assert _tables(texts, set(range(2, len(texts)))) == set()
    for line in hostile:
        keep_content._is_heading(line)
        keep_content._separated(line)
        keep_content._figured(line)
        keep_content.CREDIT_SHAPED.search(line)
