"""A document whose lines each stand once skips the rules that need a line standing twice.

`_contents` (a table of contents), `_repeat` (a page starting over) and `_section_tags` (a short
line standing twice) each look for a repeated key or casefolded line first. The stage asks once
a document (`_each_once`) and skips them in every round where no line of the document repeats;
the kind of error this guards: a repeat that differs in case, punctuation or spacing only (the
same `line_key`) taken for no repeat, so a tag, a contents list or a page copy stays.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.document import Document
from curate.stages.boilerplate import BoilerplateRemover, _each_once, _lines
from tests.conftest import run_stage

STAGE = BoilerplateRemover()

HEADINGS = ["North Korea", "Markets", "Was gut gelaufen ist:", "Meal 1", "Sport", "Weather"]
SENTENCES = [
    "The launch came days after talks between the two countries broke down over the sanctions,"
    " and drew condemnation from governments across the region at once.",
    "Le gouvernement a annoncé mardi une série de mesures pour soutenir les ménages face à la"
    " hausse des prix de l'énergie, qui pèse sur le budget de millions de familles.",
    "Die Stadtverwaltung teilte am Montag mit, dass die Brücke wegen dringender Reparaturen bis"
    " zum Ende des Monats für den gesamten Verkehr gesperrt bleiben werde.",
    "Officials said the new rules would take effect next year.",
]
# the same line as the stage keys it: case, punctuation and spacing aside
VARIANTS = [str, str.upper, str.lower, lambda s: f"{s}.", lambda s: f"  {s}  ", lambda s: f"“{s}”"]


@pytest.mark.parametrize(
    ("first", "second", "once"),
    [
        ("North Korea", "North Korea", False),
        ("North Korea", "NORTH KOREA", False),
        ("North Korea", "north korea.", False),
        ("Was gut gelaufen ist:", "Was gut gelaufen ist", False),
        ("Meal 1", "“Meal 1”", False),
        ("North Korea", "South Korea", True),
        ("Meal 1", "Meal 2", True),
    ],
)
def test_a_line_standing_twice_in_any_case_or_punctuation_is_a_repeat(first, second, once):
    text = "\n\n".join([first, SENTENCES[0], second, SENTENCES[1]])
    assert _each_once(_lines(text)) is once


def test_a_tag_repeated_in_other_case_is_still_removed():
    """seed 000's kind: a short label standing alone twice, the second copy in capitals."""
    text = "\n\n".join(
        [SENTENCES[0], "North Korea", SENTENCES[1], "NORTH KOREA", SENTENCES[2], SENTENCES[3]]
    )
    doc = run_stage(BoilerplateRemover(rules=("section_tag",)), text)
    assert "North Korea" not in doc.text
    assert "NORTH KOREA" not in doc.text


DOCUMENTS = st.lists(
    st.one_of(
        st.tuples(st.sampled_from(HEADINGS), st.sampled_from(VARIANTS)).map(lambda p: p[1](p[0])),
        st.sampled_from(SENTENCES),
    ),
    min_size=2,
    max_size=14,
).map("\n\n".join)


@settings(max_examples=200, deadline=None)
@given(DOCUMENTS)
def test_skipping_the_repeat_rules_gives_what_asking_them_gives(text):
    """Whatever `_each_once` says of a document, the rules it lets the stage skip find what they
    find when asked: nothing where it says each line stands once."""
    lines = _lines(text)
    once = _each_once(lines)
    doc = Document(id="page", text=text)
    assert STAGE._line_removals(lines, {}, None, None, once) == STAGE._line_removals(lines, {})
    for title in (None, lines[0][2]):  # no title (a headline found first), or one
        assert STAGE._around_anew(doc, lines, None, title, None, once=once) == (
            STAGE._around_anew(doc, lines, None, title, None)
        )
        assert STAGE._tags_left(doc, lines, {}, title or "x", set(), None, once) == (
            STAGE._tags_left(doc, lines, {}, title or "x", set())
        )
