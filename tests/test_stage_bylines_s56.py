"""The `bylines` stage's `notes` (session 56, `curate.stages.metadata_notes`): a press
release's issuer, contact lines, origin notes, bylines by their place and closing credits
leave the text by shape and place and fill their fields; content lines of the same shapes
stay. The made-up set is `tests/byline_shapes_s56.py` (20+ lines a kind, 2008-2024, en, fr,
de, es)."""

from __future__ import annotations

import pytest

from curate.document import Document
from curate.evaluate.lines import _through, line_stays
from curate.recipe import build_stage, load
from curate.stages.metadata import BylineExtractor
from curate.stages.metadata_notes import NOTES, reachable
from tests.byline_shapes_s56 import BODY, CONTENT, HEADLINE, NOISE, article
from tests.conftest import assert_contract

ON = tuple(note for note in NOTES if note != "appeal")  # the notes measured (README)
STAGE = BylineExtractor(notes=ON)
APPEAL = BylineExtractor(notes=NOTES)
NEWS = build_stage(next(s for s in load("news")["stages"] if s["stage"] == "boilerplate"))
FIELDS = ("authors", "dateline", "published", "credit")
NEW_KINDS = ("issuer", "contact", "origin", "stamped", "contrib")


def _fields(doc: Document) -> dict:
    return {name: doc.labels[name] for name in FIELDS if doc.labels[name] not in (None, [])}


def _text(lines: list[str]) -> str:
    return "\n\n".join(lines)


def test_the_notes_are_on_by_default_but_appeals() -> None:
    """On since session 56 (held-out blind batches gain noise, lose no content); a readers'
    appeal is content as often as noise, so it waits for a recipe to ask for it."""
    assert BylineExtractor().notes == ("issuer", "contact", "origin", "stamped", "contrib")
    assert set(NOTES) - set(BylineExtractor().notes) == {"appeal"}


def test_an_unknown_note_is_refused() -> None:
    with pytest.raises(ValueError, match="bylines.notes"):
        BylineExtractor(notes=("issuer", "no_such_note"))


@pytest.mark.parametrize(
    ("kind", "line"), [(kind, line) for kind in NEW_KINDS for line in NOISE[kind][1]]
)
def test_each_line_of_the_set_leaves_the_text(kind: str, line: str) -> None:
    doc = assert_contract(STAGE, _text(article(line, NOISE[kind][0])))
    assert line not in doc.text.split("\n\n")
    assert BODY[0] in doc.text and BODY[-1] in doc.text


@pytest.mark.parametrize("kind", NEW_KINDS)
def test_off_the_stage_leaves_them(kind: str) -> None:
    """Without the notes the stage's shapes took (almost) none of them: what the notes add."""
    off = BylineExtractor(notes=())
    kept = sum(
        line in off.process(Document(id="x", text=_text(article(line, where)))).text
        for where, lines in [NOISE[kind]]
        for line in lines
    )
    assert kept >= len(NOISE[kind][1]) - 1


@pytest.mark.parametrize(
    ("where", "line"), [(where, line) for where, lines in CONTENT.values() for line in lines]
)
def test_content_of_the_same_shapes_stays(where: str, line: str) -> None:
    doc = assert_contract(STAGE, _text(article(line, where)))
    assert line in doc.text.split("\n\n")


@pytest.mark.parametrize(
    ("where", "line"), [(where, line) for where, lines in CONTENT.values() for line in lines]
)
def test_content_stays_through_the_news_stages(where: str, line: str) -> None:
    kept, _ = _through(NEWS, bylines=True)(article(line, where))
    assert line_stays(line, kept)


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("News provided by Harbourlink Ferries Ltd.", {"credit": "Harbourlink Ferries Ltd."}),
        ("Halvorsen Robotics, Inc.", {"credit": "Halvorsen Robotics, Inc."}),
        ("Pressemitteilung von Müller Logistik GmbH", {"credit": "Müller Logistik GmbH"}),
        ("di Marco Delcuratolo", {"authors": ["Marco Delcuratolo"]}),
        ("par Jean-Pierre Lemoine", {"authors": ["Jean-Pierre Lemoine"]}),
        ("von Hans Meier und Petra Schulz", {"authors": ["Hans Meier", "Petra Schulz"]}),
        ("Das Gespräch führte Thomas Vogt", {"authors": ["Thomas Vogt"]}),
        ("Propos recueillis par Claire Dubois", {"authors": ["Claire Dubois"]}),
        ("Entrevista de Carmen Ruiz", {"authors": ["Carmen Ruiz"]}),
        ("From Tinashe Mafuta at Sakubva Stadium", {"authors": ["Tinashe Mafuta"]}),
        ("Goalmouth Daily Staff", {"credit": "Goalmouth Daily"}),
        ("Coral Coast Radio newsroom", {"credit": "Coral Coast Radio"}),
        ("From María José García in Seville", {"authors": ["María José García"]}),
    ],
)
def test_fields_of_the_head(line: str, fields: dict) -> None:
    """The text's first line is the headline (the stage reads no title here)."""
    doc = assert_contract(STAGE, _text([HEADLINE, line, *BODY]))
    assert _fields(doc) == fields


def test_the_issuer_under_a_lone_lead_and_the_stamp() -> None:
    lines = [
        HEADLINE,
        "News provided by",
        "Kestrel Ridge Botanic Garden",
        "Mar 03, 2021, 08:00 ET",
        *BODY,
    ]
    doc = assert_contract(STAGE, _text(lines))
    assert doc.text == _text([HEADLINE, *BODY])
    assert _fields(doc) == {
        "credit": "Kestrel Ridge Botanic Garden",
        "published": "2021-03-03T08:00:00",
    }


def test_a_name_right_above_the_time_stamp() -> None:
    lines = [HEADLINE, "Farhana Yasmin Talukder", "Published: 12:00 AM, Jun 24, 2019", *BODY]
    doc = assert_contract(STAGE, _text(lines))
    assert doc.text == _text([HEADLINE, *BODY])
    assert _fields(doc) == {
        "authors": ["Farhana Yasmin Talukder"],
        "published": "2019-06-24T00:00:00",
    }


def test_an_origin_note_dates_the_story() -> None:
    doc = assert_contract(
        STAGE, _text([HEADLINE, *BODY, "Published in The Indus Herald, June 9th, 2016"])
    )
    assert _fields(doc) == {"published": "2016-06-09"}


def test_a_team_sheet_under_the_headline_stays() -> None:
    """A run of names is a list (a team sheet, a cast), no byline."""
    sheet = ["Jonas Kessler", "Eirik Haugland", "Miriam Okafor", "Tom Brennan"]
    doc = assert_contract(STAGE, _text([HEADLINE, *sheet, *BODY]))
    assert all(name in doc.text.split("\n\n") for name in sheet)


def test_a_quote_attribution_in_the_story_stays() -> None:
    lines = [HEADLINE, BODY[0], "- Miriam Okafor, chair", *BODY[1:]]
    doc = assert_contract(STAGE, _text(lines))
    assert "- Miriam Okafor, chair" in doc.text


@pytest.mark.parametrize("where", [1, 2])
def test_a_name_alone_with_no_time_stamp_below_stays(where: int) -> None:
    """A name alone is a byline only right above the time stamp: under the headline it is a
    subhead's shape too (`test_stage_metadata_leadless`), and the `metadata` eval's pages
    lost author precision to it (A 0.909 -> 0.769 text only)."""
    lines = [HEADLINE, *BODY]
    lines.insert(where, "Miriam Okafor")
    doc = assert_contract(STAGE, _text(lines))
    assert "Miriam Okafor" in doc.text.split("\n\n") and _fields(doc) == {}


def test_a_company_heading_under_the_story_stays() -> None:
    """A company's name alone is the issuer above the story, a heading in it."""
    lines = [HEADLINE, *BODY[:2], "About Halvorsen Robotics, Inc.", *BODY[2:]]
    doc = assert_contract(STAGE, _text(lines))
    assert "About Halvorsen Robotics, Inc." in doc.text


def test_readers_appeals_are_off_by_default() -> None:
    """`appeal` ("Anyone with information is asked to call police on ...") is content as
    often as noise on line blind half 1: off."""
    line = "Consumers with questions may contact the company at 1-800-555-0199 on weekdays."
    text = _text([HEADLINE, *BODY, line])
    assert line in STAGE.process(Document(id="x", text=text)).text
    assert line not in assert_contract(APPEAL, text).text


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("call 01343 555 210", True),
        ("press@acme.example", True),
        ("+1 612-555-0177", True),
        ("won 4-2 in 2019", False),
        ("at 10:30 on 12.05.2023", False),
        ("1.2 million in 2008", False),
        ("from 2008-2012", False),
        ("1 200 000 euros", False),
        ("on 2023-05-12", False),
    ],
)
def test_an_address_or_a_phone_number(text: str, found: bool) -> None:
    assert reachable(text) is found


def test_hostile_input_stays_linear() -> None:
    """100 KB lines of the notes' near-misses: the patterns' repeats are bounded."""
    hostile = [
        "This article " + "was " * 25_000,
        "Media contact: " + "1 " * 50_000,
        "From " + "Aa " * 33_000,
        "News provided by " + "x" * 100_000,
        "A" * 100_000 + " contributed.",
    ]
    for line in hostile:
        doc = STAGE.process(Document(id="x", text=_text([HEADLINE, line, *BODY, line])))
        assert BODY[0] in doc.text


def test_an_issuer_lead_taken_for_the_title_is_no_title() -> None:
    """A release's first line became the title ("News provided by Sikasem Pay"): no title,
    the issuer in `credit`; under a lone lead, the text's first line is the issuer."""
    doc = Document(id="x", text=_text(BODY), title="News provided by Sikasem Pay")
    doc = STAGE.process(doc)
    assert not doc.title and _fields(doc) == {"credit": "Sikasem Pay"}
    doc = Document(id="x", text=_text(["Verdance Pet Nutrition", *BODY]), title="News provided by")
    doc = STAGE.process(doc)
    assert not doc.title and doc.text == _text(BODY)
    assert _fields(doc) == {"credit": "Verdance Pet Nutrition"}


def test_a_closing_credit_goes_under_the_story_only() -> None:
    line = "Reuters contributed to this report."
    assert line not in assert_contract(STAGE, _text([HEADLINE, *BODY, line])).text
    assert line in assert_contract(STAGE, _text([line, *BODY])).text


def test_reachable_gates_change_nothing() -> None:
    """`reachable` looks for an address only where an "@" stands and for a phone number only
    where seven digits do: the same answers as the searches alone, on varied lines."""
    import random

    from curate.stages import metadata_notes as notes

    def searched(text: str) -> bool:
        phones = (m.group() for m in notes._PHONE.finditer(text))
        return notes._EMAIL.search(text) is not None or any(
            7 <= len(notes._DIGITS.findall(p)) <= 15 and not notes._NOT_PHONE.match(p)
            for p in phones
        )

    rng = random.Random(4)
    pieces = ["0", "7", "12", " ", "+", "-", ".", "(", ")", "@", "ab", "_", "٣", "²", "x.fr"]
    lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(20000)]
    lines += ["Media contact: Jane Roe, +44 20 7946 0958", "Email desk@example.org", "In 2008-2012"]
    assert [notes.reachable(line) for line in lines] == [searched(line) for line in lines]
    assert sum(map(notes.reachable, lines)) > 1000  # the gates let the real ones through
