"""The story's headline or standfirst above its first paragraph, kept by the body's words
(session 55, `content_rescue`). Made-up leads of different wordings and languages for the kinds
the blind batches lost (the headline under a section label, a slug or a breadcrumb that became
the title; a standfirst under the headline), and the lines of the same place that must still go
(bylines, a "Listen" prompt, another story's headline, a breadcrumb, a caption, a time stamp,
furniture's words). The veto: a caption above the body that names the story's people without a
closing stop goes when a picture's credit stands under it or closes it, a tag line (its first
letter small) and a list of other stories' headlines go too.
"""

from __future__ import annotations

import pytest

from curate.document import Document
from curate.stages.boilerplate import BoilerplateRemover, _is_prose, content_rescue
from tests.conftest import assert_linear

BODY = [
    "Harbour City have signed winger Dexter Marlowe from Rotterdam side Maasvlakte for a fee "
    "the club did not disclose, ending a month of talks between the two clubs.",
    "Marlowe, 22, scored 14 goals in the Dutch league last season and was the division's young "
    "player of the year, and Harbour City beat two rivals to his signature.",
    "The winger will wear the number 11 shirt and could make his debut against Rotherfield in "
    "the opening game of the season next month.",
]
HEADLINE = "Harbour City sign winger Marlowe from Rotterdam side"
BODY_DE = [
    "Der FV Lörrach-Brombach hat das Derby gegen den SV Weil mit 3:1 gewonnen und bleibt damit "
    "Tabellenzweiter der Landesliga, vor 850 Zuschauern am Samstagnachmittag im Grütt.",
    "Nico Sutter brachte Lörrach-Brombach früh in Führung, nach der Pause sorgten Timo Gerber "
    "und erneut Sutter für die Entscheidung im Derby gegen Weil am Rhein.",
]
BODY_FR = [
    "Le conseil communal de Hamoir a voté lundi soir la fermeture de la piscine municipale à la "
    "fin de la saison, faute de moyens pour financer la rénovation des bassins.",
    "La piscine, construite en 1974, accueillait chaque été près de 20 000 nageurs venus de "
    "toute la vallée de l'Ourthe, selon les chiffres de la commune de Hamoir.",
]


def _margin(furniture: frozenset[str] = frozenset()):
    """A stand-in for the word model: log-odds 2 for a line holding a furniture word."""
    return lambda line: 2.0 if furniture & set(line.casefold().split()) else 0.0


def _spared(
    texts: list[str],
    going: set[int],
    title: str | None,
    furniture: frozenset[str] = frozenset(),
) -> set[int]:
    """The lines of `going` that `content_rescue.kept` spares (judged: all but the 20+ word
    paragraphs)."""
    judged = {i for i, text in enumerate(texts) if len(text.split()) < 20}
    noise = [(i, None, 0.9) for i in sorted(going)]
    scored = [(i, None, 0.9 if i in going else 0.1) for i in sorted(judged)]
    left = content_rescue.kept(noise, scored, texts, _margin(furniture), _is_prose, title)
    return going - {i for i, _, _ in left}


# -- the headline under the line that became the title --------------------------------------


@pytest.mark.parametrize(
    ("title", "headline", "body"),
    [
        ("Sport", HEADLINE, BODY),  # a section label
        ("SPX-SOCCER-TRANSFER-MARLOWE (CORRECTED)", HEADLINE, BODY),  # a wire slug
        ("Home » Sport » Football", "Marlowe joins Harbour City from Rotterdam", BODY),
        ("Sport regional", "FV Lörrach-Brombach siegt im Derby gegen Weil", BODY_DE),
        ("Accueil > Région > Hamoir", "Hamoir : la piscine municipale va fermer", BODY_FR),
    ],
)
def test_the_headline_under_a_label_stays(title, headline, body):
    texts = [headline, "By Cian Devereux", *body]
    assert _spared(texts, {0, 1}, title) == {0}


def test_the_headline_under_a_slug_advisory_stays():
    """A slug became the title; its "Eds:" advisory stands between it and the headline."""
    texts = ["Eds: Corrects the fee in paragraph 2.", HEADLINE, "By Cian Devereux", *BODY]
    assert _spared(texts, {1, 2}, "SPX-SOCCER-TRANSFER-MARLOWE") == {1}


# -- a standfirst under the real headline --------------------------------------------------


@pytest.mark.parametrize(
    "standfirst",
    [
        "Winger Marlowe joins Harbour City on a four-year contract, club says",
        "Rotterdam side agree fee for Marlowe; winger could make debut against Rotherfield",
    ],
)
def test_a_standfirst_under_the_headline_stays(standfirst):
    texts = [standfirst, "By Cian Devereux", "Updated 14:05, 16 June", *BODY]
    assert _spared(texts, {0, 1, 2}, HEADLINE) == {0}


# -- what stands there and must still go ---------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "By Cian Devereux, Harbour City correspondent",  # a byline under the real headline
        "Listen to this story",
        "Harbour City fans queue through the night for season tickets",  # another story's
        "Home > Sport > Harbour City",  # a breadcrumb
        "Dexter Marlowe signs his contract at Harbour City on Wednesday.",  # a caption
        "Published 16 June 2027, 14:05",
    ],
)
def test_lines_above_the_body_under_the_real_headline_still_go(line):
    texts = [line, *BODY]
    assert _spared(texts, {0}, HEADLINE) == set()


def test_a_line_of_furniture_words_still_goes():
    texts = ["Watch: Harbour City sign winger Marlowe", *BODY]
    assert _spared(texts, {0}, "Sport", frozenset({"watch:"})) == set()


def test_one_line_a_round_the_one_naming_most_of_the_story():
    texts = ["Winger signs for Harbour City", HEADLINE, *BODY]
    assert _spared(texts, {0, 1}, "Sport") == {1}


def test_nothing_above_the_body_nothing_spared():
    texts = [*BODY, "Marlowe joins Harbour City from Rotterdam"]
    assert _spared(texts, {3}, "Sport") == set()


# -- a subheading inside the story (`subhead_rescue`) -------------------------------------

QUOTE = '"He is quick, he is brave and he wants the ball," manager Ewan Treadgold said.'


def _subheads(texts, going, furniture=frozenset()):
    """The lines of `going` that `content_rescue.subheads_kept` spares (every line right below
    the one before it)."""
    judged = {i for i, text in enumerate(texts) if len(text.split()) < 20}
    noise = [(i, None, 0.9) for i in sorted(going)]
    scored = [(i, None, 0.9 if i in going else 0.1) for i in sorted(judged)]
    adjacent = [i > 0 for i in range(len(texts))]
    left = content_rescue.subheads_kept(
        noise, scored, texts, adjacent, _margin(furniture), _is_prose
    )
    return going - {i for i, _, _ in left}


@pytest.mark.parametrize(
    "heading", ["How it compares", "The numbers", "Ficha técnica", "Die Kosten im Überblick"]
)
def test_a_subheading_between_two_paragraphs_stays(heading):
    texts = [BODY[0], QUOTE, heading, BODY[1], BODY[2]]
    assert _subheads(texts, {2}) == {2}


@pytest.mark.parametrize(
    ("heading", "item"),
    [
        ("Scores", "Harbour City 3.2 5.6 8.9 14.11 (95)"),
        ("Helplines", "District control room: 0821-555-014"),
        ("OUTPUT BY PROVINCE (tonnes, Jan-May)", "Copperbelt 214,900 (191,300)"),
        ("Line-ups", "Harbour City: Marlowe, Devereux, Treadgold (Rotterdam side winger)"),
    ],
)
def test_a_table_heading_over_its_first_item_stays(heading, item):
    texts = [BODY[0], BODY[1], heading, item, "Other item 12, 14"]
    assert _subheads(texts, {2}) == {2}


@pytest.mark.parametrize(
    ("label", "below"),
    [
        ("Trending", "Fans queue through the night for concert tickets"),  # another story
        ("Les plus lus", "Un motocycliste meurt dans une collision à Magog"),
        ("Phil Helsel", BODY[2]),  # a photographer's name between paragraphs
        ("SOURCE Acme Corp", BODY[2]),
        ("Harbour", BODY[2]),  # a place the story names, alone: a dateline
        ("More sport", "Comments (3)"),  # one figure: a counter, no table
    ],
)
def test_labels_and_credits_inside_the_story_still_go(label, below):
    texts = [BODY[0], BODY[1], label, below]
    assert _subheads(texts, {2}) == set()


def test_a_label_under_the_standfirst_still_goes():
    """One line of the story above (the standfirst): a paywall's or a section's label."""
    texts = [BODY[0], "Premium", BODY[1], BODY[2]]
    assert _subheads(texts, {1}) == set()


def test_a_heading_of_furniture_words_still_goes():
    texts = [BODY[0], BODY[1], "Watch more", BODY[2]]
    assert _subheads(texts, {2}, frozenset({"watch"})) == set()


# -- through the stage ----------------------------------------------------------------------


def _through(text: str, on: bool = True) -> Document:
    stage = BoilerplateRemover(content_rescue=on)
    return stage.process(Document(id="d", text=text))


def test_the_stage_keeps_the_headline_under_a_slug_and_is_idempotent():
    text = "\n\n".join(["SPX-SOCCER-TRANSFER-MARLOWE/", HEADLINE, "By Cian Devereux", *BODY])
    doc = _through(text)
    kept = [doc.title, *doc.text.split("\n\n")]
    assert HEADLINE in kept
    assert all(paragraph in kept for paragraph in BODY)
    again = _through(doc.text)
    assert again.text == doc.text


# -- the veto: a caption naming the story's people, by its credit; a tag line; a list --------


def _spared_credited(lines: list[str], body: list[str], title: str) -> set[int]:
    """`_spared` of `lines` above `body`, every one going, the credits (`caption_place`'s) read
    from the lines as they came; a credit line itself the rules removed (not among the lines
    left, as in the stage). The index of each line spared, in `lines`."""
    shapes = BoilerplateRemover()._caption_shapes
    every = [*lines, *body]
    starts = content_rescue.credited([(i, i, text) for i, text in enumerate(every)], shapes)
    credit = {
        i for i, text in enumerate(lines) if content_rescue.caption_place.credit(text, shapes)
    }
    kept = [i for i in range(len(every)) if i not in credit]
    texts = [every[i] for i in kept]
    judged = {k for k, text in enumerate(texts) if len(text.split()) < 20}
    going = {k for k in judged if kept[k] < len(lines)}
    noise = [(k, None, 0.9) for k in sorted(going)]
    scored = [(k, None, 0.9 if k in going else 0.1) for k in sorted(judged)]
    index = frozenset(k for k, i in enumerate(kept) if i in starts)
    left = content_rescue.kept(noise, scored, texts, _margin(), _is_prose, title, index)
    return {kept[k] for k in going - {k for k, _, _ in left}}


@pytest.mark.parametrize(
    ("lines", "body"),
    [
        (["Dexter Marlowe and Harbour City manager at Rotterdam", "Noah Berger / AP"], BODY),
        (["Harbour City winger Dexter Marlowe in Rotterdam", "Photo: Cian Devereux"], BODY),
        (["Nico Sutter und Timo Gerber im Derby gegen Weil", "Foto: Ralf Staub"], BODY_DE),
        (["La piscine municipale de Hamoir en 1974", "Photo Belga"], BODY_FR),
        (["Winger Dexter Marlowe at Harbour City (Cian Devereux / Reuters)"], BODY),
        # a byline by its lead word, over a name the body holds
        (["Von Timo Gerber und Nico Sutter, Lörrach-Brombach, 12. Mai"], BODY_DE),
        (["Par Hamoir Ourthe, correspondante de la vallée"], BODY_FR),
    ],
)
def test_a_caption_naming_the_story_with_its_credit_goes(lines, body):
    assert _spared_credited(lines, body, "Sport") == set()


@pytest.mark.parametrize(
    ("lines", "body"),
    [
        ([HEADLINE, "By Cian Devereux"], BODY),
        (["FV Lörrach-Brombach siegt im Derby gegen Weil", "Von Ralf Staub"], BODY_DE),
        (["Hamoir : la piscine municipale va fermer", "Par Anne Lejeune"], BODY_FR),
    ],
)
def test_a_headline_with_no_credit_under_it_stays(lines, body):
    """A byline under the headline is no picture's credit."""
    assert _spared_credited(lines, body, "Sport") == {0}


@pytest.mark.parametrize(
    "line",
    [
        "Dexter Marlowe at Harbour City last week.Credit...Cian Devereux/The Harbour Times",
        "Harbour City winger Marlowe in Rotterdam Picture/Cian Devereux",
        "harbour city winger marlowe rotterdam transfer",  # a tag line
        "sport Harbour City Dexter Marlowe Rotterdam Maasvlakte",
    ],
)
def test_a_credit_inside_or_a_tag_line_goes(line):
    texts = [line, *BODY]
    assert _spared(texts, {0}, "Sport") == set()


def test_a_list_of_other_stories_headlines_goes():
    """Headlines in a row going: the one naming the story between two is no headline of it."""
    texts = [
        "Rotherfield manager looks for a new striker after defeat",
        "Harbour City sign winger Marlowe from Maasvlakte",
        "Ten things we learned from the derby weekend",
        *BODY,
    ]
    assert _spared(texts, {0, 1, 2}, "More from Sport") == set()


def test_the_settings_defaults():
    """`subhead_rescue` measured, off; `content_rescue` on since session 58 (README)."""
    stage = BoilerplateRemover()
    assert stage.content_rescue is True
    assert stage.subhead_rescue is False


def test_hostile_lines_above_a_body_cost_linear_time():
    def make(n: int) -> list[str]:
        return [f"Harbour {'City ' * (k % 30)}x{k}" for k in range(n)] + BODY

    def run(texts: list[str]) -> None:
        going = set(range(len(texts) - len(BODY)))
        _spared(texts, going, "Sport")

    assert_linear(run, make, 4000)
