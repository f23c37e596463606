"""`table_of_contents`: the sections' headings listed above the text go; the headings stay.

The kind, not one page: tables of any length and language, placed anywhere above their
sections, against what repeats as a run (a menu in header and footer, ingredients printed twice
for a print view), lists whose lines do not come back in order, and long lines.
"""

from __future__ import annotations

import random

import pytest

from curate.document import Document
from curate.stages.boilerplate import BoilerplateRemover
from curate.stages.boilerplate.contents_table import contents_lines

STAGE = BoilerplateRemover()
HEADINGS = {
    "en": ["What is a heat pump?", "How much does it cost?", "Which grants are there?",
           "How loud is it?", "Does it work in old houses?", "Our verdict"],
    "de": ["Was ist eine Vorsatzschalung?", "Welche Voraussetzungen gibt es?",
           "Wie befestigt man sie?", "Kosten im Überblick", "Fazit", "Häufige Fehler"],
    "es": ["¿Qué es el teletrabajo?", "Ventajas para la empresa", "Riesgos para la salud",
           "Cómo empezar", "Conclusión", "Preguntas frecuentes"],
}
BODY = [
    "The installer measures the rooms first, since the size of the unit follows from the heat "
    "each room loses on the coldest night of an ordinary winter.",
    "Costs vary with the house and the region, and the grant covers a share of them when the "
    "work is done by a certified company and the old boiler is removed.",
    "Neighbours rarely notice the outdoor unit once it is running, although placing it away "
    "from bedroom windows avoids the few complaints that do arise.",
    "Older houses need a survey of their insulation before the decision, because radiators "
    "sized for a hot boiler may be too small for a lower flow temperature.",
]


def _page(headings: list[str], rng: random.Random, lead: bool = True) -> list[str]:
    lines = [rng.choice(BODY)] if lead else []
    lines += headings  # the table
    for heading in headings:
        lines.append(heading)
        lines += rng.sample(BODY, rng.randint(1, 2))
    return lines


RULES_ONLY = BoilerplateRemover(rules=tuple(r for r in STAGE.rules if r != "line_model"))


def _removed(
    lines: list[str], stage: BoilerplateRemover = STAGE, title: str = "A guide"
) -> tuple[list[str], Document]:
    doc = stage.process(Document(id="t", text="\n\n".join(lines), title=title))
    return doc.text.split("\n\n"), doc


@pytest.mark.parametrize("language", sorted(HEADINGS))
@pytest.mark.parametrize("count", [3, 4, 6])
@pytest.mark.parametrize("seed", [1, 2])
def test_a_table_of_contents_goes_and_its_headings_stay(language, count, seed):
    rng = random.Random(seed)
    headings = HEADINGS[language][:count]
    lines = _page(headings, rng, lead=seed == 1)
    kept, doc = _removed(lines, RULES_ONLY)  # the rules alone: the model judges headings too
    for heading in headings:
        assert kept.count(heading) == 1, heading  # the section's heading, not the table's
        assert kept[kept.index(heading) + 1] in BODY  # the copy above its section's text
    assert [edit.rule for edit in doc.edits] == ["table_of_contents"] * count
    kept, doc = _removed(lines)  # with the model, no heading stands twice
    assert all(kept.count(heading) <= 1 for heading in headings)
    assert [e.rule for e in doc.edits].count("table_of_contents") == count
    again = STAGE.process(Document(id="t", text=doc.text, title=doc.title))
    assert again.text == doc.text  # a second run finds nothing


def test_a_menu_in_header_and_footer_stays():
    menu = ["Home", "Sports news", "Business news", "Opinion pieces"]
    lines = menu + BODY + menu
    assert contents_lines(
        [line.casefold() for line in lines], [len(line.split()) for line in lines], 3, 15
    ) == []


def test_ingredients_printed_twice_stay():
    items = ["2 tablespoons vegetable oil", "250 g minced lamb", "1 medium onion, chopped"]
    lines = ["Ingredients", *items, BODY[0], "Print this recipe", *items, BODY[1]]
    kept, doc = _removed(lines)
    assert not [edit for edit in doc.edits if edit.rule == "table_of_contents"]


def test_two_lines_or_lines_out_of_order_or_long_lines_are_no_table():
    rng = random.Random(0)
    two = _page(HEADINGS["en"][:2], rng)
    shuffled = HEADINGS["en"][:4]
    out_of_order = [BODY[0], *shuffled]
    for heading in reversed(shuffled):
        out_of_order += [heading, BODY[1]]
    long = [BODY[2]] * 3  # a paragraph quoted three times is no table
    for lines in (two, out_of_order, [*long, BODY[0], *long]):
        keys = [line.casefold() for line in lines]
        assert contents_lines(keys, [len(line.split()) for line in lines], 3, 15) == []


def test_lines_without_words_are_no_entries():
    lines = ["/", "/", "/", BODY[0], "/", BODY[1], "/", BODY[2], "/"]
    keys = ["" if line == "/" else line.casefold() for line in lines]
    assert contents_lines(keys, [len(line.split()) for line in lines], 3, 15) == []


def test_the_rule_can_be_switched_off():
    lines = _page(HEADINGS["en"][:4], random.Random(3))
    stage = BoilerplateRemover(rules=tuple(r for r in STAGE.rules if r != "table_of_contents"))
    doc = stage.process(Document(id="t", text="\n\n".join(lines), title="A guide"))
    assert not [edit for edit in doc.edits if edit.rule == "table_of_contents"]


def test_hostile_input_stays_linear():
    keys = ["a b"] * 20_000 + ["c d"] * 20_000
    assert contents_lines(keys, [2] * len(keys), 3, 15) == []
