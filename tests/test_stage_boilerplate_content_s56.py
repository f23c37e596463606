"""`content_rescue` where the page's title is already its headline (session 56): the lines the
model removes above the body that name the story's words and are no lead of it. Made-up pages
of the kinds the real pages (`lines` plain, the read pages) let back: another story's headline
under the page's headline (a list of them, each over its date, or in a run however many rounds
removed them), a caption right over the body under the byline and the time stamp, a byline of
names, a second wording of the headline, a caption under a headline opening with a figure; and
the standfirsts under the headline (a date or a label between at most) and the headlines under
a label that must still stay.
"""

from __future__ import annotations

import pytest

from curate.stages.boilerplate import BoilerplateRemover, _is_prose, content_rescue
from tests.conftest import assert_linear
from tests.test_stage_boilerplate_content_s55 import BODY, BODY_DE, HEADLINE

# the story, its headline and a German story: as the s55 tests write them
HEADLINE_DE = "Lörrach-Brombach gewinnt das Derby gegen Weil deutlich"
BODY_ES = [
    "La ministra del Interior, Izkia Siches, presentó ayer ante la comisión de seguridad del "
    "Senado en Valparaíso una batería de medidas contra la crisis de seguridad en el norte.",
    "Siches llegó al Congreso acompañada del subsecretario Manuel Monsalve, que detalló el plan "
    "para reforzar la presencia policial en las carreteras del norte del país.",
]
HEADLINE_ES = "Interior presenta en el Senado su plan contra la crisis de seguridad"


def _margin(line: str) -> float:
    return 0.0  # no furniture's words: the shapes and places decide


def _spared(document: list[str], gone: set[int], title: str, heads: frozenset[int]) -> set[int]:
    """The lines of `document` (as it came: the headline's line and its copies at `heads`) that
    `content_rescue.kept` spares, the lines of `gone` removed in earlier rounds, every other
    line of under 20 words going this round (the longer ones: the body's paragraphs)."""
    at = [k for k in range(len(document)) if k not in gone and k not in heads]
    texts = [document[k] for k in at]
    judged = {i for i, text in enumerate(texts) if len(text.split()) < 20}
    noise = [(i, None, 0.9) for i in sorted(judged)]
    scored = [(i, None, 0.9) for i in sorted(judged)]
    left = content_rescue.kept(
        noise, scored, texts, _margin, _is_prose, title, frozenset(), document, at, heads
    )
    return {at[i] for i in judged - {i for i, _, _ in left}}


def _page(above: list[str], body: list[str], headline: str) -> tuple[list[str], frozenset[int]]:
    return [headline, *above, *body], frozenset({0})


# -- what must go under a headline that is the page's own ----------------------------------


@pytest.mark.parametrize(
    ("above", "body", "headline"),
    [
        # another story's headline over its date, then more of them: a list
        (
            [
                "Rotterdam 2019: Maasvlakte sell their winger Marlowe to a rival club",
                "November 20, 2019",
                "MORE SPORT",
                "Harbour City open new stand with a win over Rotherfield",
                "September 12, 2020",
            ],
            BODY,
            HEADLINE,
        ),
        (
            [
                "Weil am Rhein verliert auch das zweite Derby gegen Lörrach-Brombach im Grütt",
                "12.05.2025",
                "Sutter trifft doppelt beim Sieg in Freiburg",
                "03.04.2025",
            ],
            BODY_DE,
            HEADLINE_DE,
        ),
    ],
)
def test_a_list_of_other_stories_each_over_its_date_goes(above, body, headline):
    document, heads = _page(above, body, headline)
    assert _spared(document, set(), headline, heads) == set()


def test_other_stories_in_a_run_go_however_many_rounds_removed_them():
    """The headlines around it went in an earlier round: a run still, as the page came."""
    above = [
        "Rotherfield manager looks for a new striker after defeat",
        "Harbour City sign winger Marlowe in a deal that ends a month of talks",
        "Ten things we learned from the derby weekend",
    ]
    document, heads = _page(above, BODY, "Why Marlowe is the winger Harbour City needed")
    assert _spared(document, {1, 3}, document[0], heads) == set()


@pytest.mark.parametrize(
    ("above", "body", "headline"),
    [
        # under the byline, the time stamp, the reading time: a picture's caption, no credit
        (
            ["Isabel Caro y José Miguel Wilson", "Hace 13 horas", "Tiempo de lectura: 8 minutos"]
            + ["Izkia Siches y Manuel Monsalve en el Congreso de Valparaíso ayer"],
            BODY_ES,
            HEADLINE_ES,
        ),
        (
            ["Tweet", "Reddit", "Email"]
            + ["Harbour City winger Dexter Marlowe with the club's manager at Rotterdam"],
            BODY,
            HEADLINE,
        ),
        (
            ["Von Ralf Staub", "12.05.2025, 17:48 Uhr", "Video 2:14"]
            + ["Nico Sutter und Timo Gerber nach dem Derby gegen Weil am Rhein im Grütt"],
            BODY_DE,
            HEADLINE_DE,
        ),
    ],
)
def test_a_caption_under_the_byline_block_goes(above, body, headline):
    document, heads = _page(above, body, headline)
    assert _spared(document, set(), headline, heads) == set()


@pytest.mark.parametrize(
    ("line", "body", "headline"),
    [
        # names: a byline of two writers and their paper
        ("Cian Devereux and Mara Lindqvist Harbour City Gazette Rotterdam Bureau", BODY, HEADLINE),
        ("Isabel Caro y Rocío Latorre La Tercera Valparaíso Senado", BODY_ES, HEADLINE_ES),
        # a second wording of the headline
        ("Harbour City sign Rotterdam winger Marlowe after a month of talks", BODY, HEADLINE),
        # a short line under the headline: no second headline under the page's own
        ("Marlowe joins Harbour City", BODY, HEADLINE),
        ("Siches y Monsalve en el Senado", BODY_ES, HEADLINE_ES),
        # a caption under a headline that opens with a figure
        ("Dexter Marlowe 14 goals", BODY, "2027 Harbour City transfers: Marlowe signs"),
    ],
)
def test_names_repeats_and_short_lines_under_the_headline_go(line, body, headline):
    document, heads = _page([line], body, headline)
    assert _spared(document, set(), headline, heads) == set()


# -- what must stay -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("above", "body", "headline"),
    [
        (
            ["Marlowe joins on a four-year contract and could make his debut next month"],
            BODY,
            HEADLINE,
        ),
        # a date between: the standfirst right under the headline still
        (
            ["16.06.2027 14:05", "Sutter und Gerber treffen, Weil bleibt im Derby ohne Chance"],
            BODY_DE,
            HEADLINE_DE,
        ),
        # a label between
        (
            ["SEGURIDAD", "La ministra Siches pide urgencia para la agenda legislativa del norte"],
            BODY_ES,
            HEADLINE_ES,
        ),
        # the headline's copy (`duplicate_headline`) between: its line is a headline too
        (
            [HEADLINE, "Marlowe joins on a four-year contract and could make his debut next month"],
            BODY,
            HEADLINE,
        ),
    ],
)
def test_a_standfirst_right_under_the_headline_stays(above, body, headline):
    document, heads = _page(above, body, headline)
    if above[0] == headline:
        heads = frozenset({0, 1})
    assert _spared(document, set(), headline, heads) == {len(above)}


@pytest.mark.parametrize(
    ("title", "headline", "body"),
    [
        ("Sport", HEADLINE, BODY),
        ("Sport regional", HEADLINE_DE, BODY_DE),
        ("Inicio » Política", HEADLINE_ES, BODY_ES),
    ],
)
def test_the_headline_under_a_label_still_stays(title, headline, body):
    """A label that became the title names nothing of the story: the headline under it stays,
    over its byline and time stamp."""
    document = [title, headline, "By Cian Devereux", "16 June 2027, 14:05", *body]
    assert _spared(document, set(), title, frozenset({0})) == {1}


def test_on_by_default_since_session_58():
    assert BoilerplateRemover().content_rescue is True


def test_hostile_lines_above_a_body_cost_linear_time():
    def make(n: int) -> list[str]:
        return [HEADLINE] + [f"Harbour {'City ' * (k % 30)}x{k}" for k in range(n)] + BODY

    def run(document: list[str]) -> None:
        _spared(document, set(), HEADLINE, frozenset({0}))

    assert_linear(run, make, 4000)
