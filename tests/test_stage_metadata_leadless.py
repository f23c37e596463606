"""The `bylines` stage on bylines, credits and slugs that no known lead word opens: each kind
found by the shape of its pieces (a name-like run, then a role, a date, an agency, an address;
a line of agencies; a bracketed token; a wire code), and the look-alikes that stay."""

from __future__ import annotations

import pytest

from curate.document import Document
from curate.stages import metadata_leadless as leadless
from curate.stages.metadata import BylineExtractor
from tests.conftest import assert_contract, assert_linear

HEAD = "Council approves budget after a long night of talks"
BODY = (
    "The city council voted on Tuesday to approve the new budget after a long debate that "
    "lasted well into the night, officials said."
)
MORE = "Opponents said they would appeal the decision in the coming weeks."
STAGE = BylineExtractor()


def _run(line: str, where: str = "head") -> Document:
    parts = [HEAD, line, BODY, MORE] if where == "head" else [HEAD, BODY, MORE, line]
    return assert_contract(STAGE, "\n\n".join(parts))


def _fields(doc: Document) -> dict:
    names = ("authors", "dateline", "published", "credit")
    return {name: doc.labels[name] for name in names if doc.labels[name] not in (None, [])}


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # a name, then the writer's role (and the outlet after it)
        ("Rebecca Long, political correspondent", {"authors": ["Rebecca Long"]}),
        ("Tomás Ibarra, Staff Reporter", {"authors": ["Tomás Ibarra"]}),
        ("Shanice Brown-Ellis/Staff Reporter", {"authors": ["Shanice Brown-Ellis"]}),
        ("Jane Okoro, Senior Correspondent, The Harbour Times", {"authors": ["Jane Okoro"]}),
        ("Ingrid Solheim, Redakteurin", {"authors": ["Ingrid Solheim"]}),
        ("Lucía Berenguer | Alicante", {"authors": ["Lucía Berenguer"]}),
        # a name, then the date
        ("Priya Raman | March 3, 2024", {"authors": ["Priya Raman"], "published": "2024-03-03"}),
        ("Lars Eklund - 14 June 2023", {"authors": ["Lars Eklund"], "published": "2023-06-14"}),
        ("Amaka Obi, Feb. 2, 2025", {"authors": ["Amaka Obi"], "published": "2025-02-02"}),
        # a name with an address or a handle
        ("Marco Vitale (@mvitale)", {"authors": ["Marco Vitale"]}),
        ("Dana Whitlock | dana.whitlock@example.org", {"authors": ["Dana Whitlock"]}),
        ("By Hamid Qureshi hamid.q@example.net", {"authors": ["Hamid Qureshi"]}),
        ("By Sofia Lind @sofialind", {"authors": ["Sofia Lind"]}),
        # a name with a middle initial
        ("Robert T. Langford", {"authors": ["Robert T. Langford"]}),
        # the lead words of other forms and languages
        ("Story by Kwame Mensah", {"authors": ["Kwame Mensah"]}),
        ("Words: Fiona McRae", {"authors": ["Fiona McRae"]}),
        ("Words by Ella Strand and Tom Becker", {"authors": ["Ella Strand", "Tom Becker"]}),
        ("Text: Jonas Bergmann", {"authors": ["Jonas Bergmann"]}),
        ("Texto: Lucía Ferrer", {"authors": ["Lucía Ferrer"]}),
        # the date first, then the lead word and the names
        ("Posted at 16:05 by Tom Achebe", {"authors": ["Tom Achebe"]}),
        ("March 3, 2024, by Jane Ruiz", {"authors": ["Jane Ruiz"], "published": "2024-03-03"}),
        ("12.05.2023 von Lisa Berg", {"authors": ["Lisa Berg"], "published": "2023-05-12"}),
        # the place the writer filed from, after the names
        ("By Aisha Bello in Kano", {"authors": ["Aisha Bello"]}),
        ("By Ana Ruiz and Tom Hale in New York", {"authors": ["Ana Ruiz", "Tom Hale"]}),
    ],
)
def test_leadless_bylines_become_authors(line, fields):
    doc = _run(line)
    assert doc.text == f"{HEAD}\n\n{BODY}\n\n{MORE}"
    assert _fields(doc) == fields
    assert [e.rule for e in doc.edits] == ["byline"]


@pytest.mark.parametrize(
    "line",
    ["Priya Raman | March 3, 2024", "Marco Vitale (@mvitale)", "Robert T. Langford"],
)
def test_a_byline_known_by_shape_alone_counts_above_the_story_only(line):
    """Below it, and in the title, a comment's header or a person's name has that shape."""
    doc = _run(line, where="tail")
    assert doc.text.endswith(line) and _fields(doc) == {}
    titled = STAGE.process(Document(id="t", text=f"{BODY}\n\n{MORE}", title=line))
    assert titled.title == line and titled.labels["authors"] == []


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("AFP/Reuters", "AFP"),
        ("AP and dpa", "AP"),
        ("(ATS)", "ATS"),
        ("(ENA)", "ENA"),
        ("— NAN", "NAN"),
        ("(pol)", "pol"),
        ("With agencies", None),
        ("(With inputs from agencies)", None),
        ("With files from The Canadian Press", "The Canadian Press"),
        ("— With files from Tessa Vanderhoek and The Canadian Press", "The Canadian Press"),
        ("La rédaction avec AFP", "AFP"),
        ("Mit Material von dpa", "dpa"),
        ("Con información de EFE", "EFE"),
        ("(Reid Halvorson/The Prairie Observer)", "The Prairie Observer"),
        ("(Kofi Mensah/Reuters)", "Reuters"),
        ("Rudolph Brissett/Photographer", None),
        ("Ana Ruiz, staff photographer", None),
    ],
)
def test_credit_shapes_leave_the_tail(line, credit):
    doc = _run(line, where="tail")
    assert doc.text == f"{HEAD}\n\n{BODY}\n\n{MORE}"
    assert doc.labels["credit"] == credit
    assert [e.rule for e in doc.edits] == ["credit"]


@pytest.mark.parametrize(
    "line",
    [
        "BC-EU--Fisheries-Quotas,2nd Ld-Writethru",
        "AFR--Cocoa-Prices,1st Ld",
        "SPORT--Rugby-Sevens-Final",
        "ECON--Central-Bank-Rates,Fact Box",
        "TPPS-ASIA-SHIPPING/FREIGHT (UPDATE 2)",
        "BC-LT--Chile-Pensions/640",
        "Eds: Updates with the mayor's comments in paragraphs 4-5. With photos.",
        "SOURCE Larchmont Water Utility, Inc.",
        "ENDS",
        "-30-",
        "###",
    ],
)
def test_slugs_leave_the_text_and_fill_nothing(line):
    for where in ("head", "tail"):
        doc = _run(line, where)
        assert doc.text == f"{HEAD}\n\n{BODY}\n\n{MORE}"
        assert _fields(doc) == {}
        assert [e.rule for e in doc.edits] == ["slug"]


def test_a_standing_dateline_below_an_advisory_is_found():
    """An "Eds:" advisory reads as a sentence; it is no lead, and the dateline under it counts."""
    text = "\n\n".join(
        [
            "AFR--Cocoa-Prices,2nd Ld-Writethru",
            "Eds: Updates with exporters' comments in paragraphs 5-6, adds byline.",
            HEAD,
            "ACCRA, March 4 (GNA)",
            BODY,
            MORE,
        ]
    )
    doc = assert_contract(STAGE, text)
    assert doc.labels["dateline"] == "Accra" and doc.labels["credit"] == "GNA"
    assert doc.text == f"{HEAD}\n\n{BODY}\n\n{MORE}"


@pytest.mark.parametrize(
    ("name", "written"),
    [("JAVIER SOLER", "Javier Soler"), ("ANNA MARIA BERG", "Anna Maria Berg")],
)
def test_a_name_in_capitals_above_the_time_stamp_is_a_byline(name, written):
    """Above the time stamp, not above the lead where a place in capitals stands; once the
    stamp is gone a second run would read it as a dateline, so the first must take it."""
    text = "\n\n".join([HEAD, name, "Domingo, 16 de noviembre de 2026, 20:32", BODY, MORE])
    doc = assert_contract(STAGE, text)
    assert doc.labels["authors"] == [written] and doc.labels["dateline"] is None
    assert doc.text == f"{HEAD}\n\n{BODY}\n\n{MORE}"
    again = STAGE.process(Document(id="again", text=doc.text))
    assert again.text == doc.text


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday the river had risen.",
        '"We will not back down," said Maria Lopez.',
        "— Maria Lopez, a teacher in Lima",
        "Rising Prices",
        "Jane Doe and Tom Baker",
        "Jane Doe, Chief Economist at Acme Holdings",
        "Jane Doe, Washington",
        "Lima, the capital, was quiet on Monday.",
        "He spoke to Reuters.",
        "Maria Lopez told the council she would resign.",
        "COVID-19-Impfung",
        "Text messages show the mayor knew.",
        "By Tuesday in Paris",
        "Updated at 9:00 by the council",
        "(Laughter)",
        "(more)",
        "- Apples and pears",
    ],
)
def test_look_alikes_stay(line):
    for where in ("head", "tail"):
        doc = _run(line, where)
        assert line in doc.text
        assert _fields(doc) == {}


def test_new_shapes_are_idempotent():
    text = "\n\n".join(["Rebecca Long, political correspondent", BODY, MORE, "AFP/Reuters"])
    once = STAGE.process(Document(id="x", text=text))
    twice = STAGE.process(once)
    assert twice.text == once.text and twice.labels == once.labels


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "A" * n + "-" * n + "a" * n,  # a wire code that never closes
        lambda n: "x." * n + "@",  # an address that never closes
        lambda n: "Jane Doe, " * n + "@",  # names that never end
        lambda n: "(" + "A" * n,  # a bracketed token that never closes
    ],
)
def test_the_new_shapes_take_linear_time(make):
    shapes = STAGE._shapes

    def run(text: str) -> None:
        leadless.leadless_byline(shapes, text)
        leadless.credit_shape(shapes, text)
        leadless.slug(text)
        leadless.strip_contacts(text)

    assert_linear(run, make, 20_000)
