"""`contents_list`: a table of contents goes, the section headings it lists stay.

The kind: three or more consecutive short lines that stand again further down, in the same
order, each heading a section (a body paragraph between one heading and the next). Read as
plain text, the list is navigation and the headings are content; each copy alone is a short
line standing twice, which no wording tells apart."""

import pytest

from curate.stages.boilerplate import RULES, BoilerplateRemover
from curate.stages.boilerplate.contents_list import contents_lines
from tests.conftest import run_stage

RULES_ONLY = BoilerplateRemover(rules=tuple(r for r in RULES if r != "line_model"))
SHIPPED = BoilerplateRemover()


def _paragraph(topic: str, n: int) -> str:
    return (
        f"The {topic} section goes on for a while, and paragraph {n} of it says what the "
        "writer found, why it mattered to the household and what it cost in the end."
    )


# (headline, section headings): a guide, an explainer, a Spanish and a German article
ARTICLES = [
    (
        "How we cut our spending in a year",
        ["What went well", "What did not go so well", "Lessons learned", "Plans for next year"],
    ),
    (
        "The new virus: what we know so far",
        ["What are the symptoms?", "How deadly is it?", "Can it be contained?"],
    ),
    (
        "Cómo plantar tomates en el balcón",
        ["Elegir la maceta", "La tierra adecuada", "Riego y abono", "Cosecha"],
    ),
    (
        "Konsumsparen: Fazit und Pläne",
        ["Was gut gelaufen ist:", "Was nicht so gut gelaufen ist:", "Meine Pläne für 2020"],
    ),
]


def _article(headline: str, headings: list[str], label: str | None = "Contents") -> list[str]:
    lines = [headline, _paragraph("opening", 0)]
    lines += ([label] if label else []) + headings
    for n, heading in enumerate(headings, 1):
        lines += [heading, _paragraph(heading.lower().rstrip(":?"), n), _paragraph("next", n)]
    return lines


def _kept(stage: BoilerplateRemover, lines: list[str]) -> tuple[list[str], set[str]]:
    doc = run_stage(stage, "\n\n".join(lines))
    return doc.text.split("\n\n"), {e.rule for e in doc.edits}


@pytest.mark.parametrize(("headline", "headings"), ARTICLES)
@pytest.mark.parametrize("stage", [RULES_ONLY, SHIPPED], ids=["rules", "shipped"])
@pytest.mark.parametrize("label", ["Contents", None])
def test_the_list_goes_and_each_heading_stays_once(stage, headline, headings, label):
    lines = _article(headline, headings, label)
    kept, rules = _kept(stage, lines)
    assert "contents_list" in rules
    for n, heading in enumerate(headings, 1):
        assert kept.count(heading) == 1, heading  # the section's heading, not the list's
        section = _paragraph(heading.lower().rstrip(":?"), n)
        assert kept[kept.index(heading) + 1] == section  # it heads its section
    assert all(line in kept for line in lines if "section goes on" in line)  # every paragraph
    # cleaning the clean text changes nothing
    assert run_stage(stage, "\n\n".join(kept)).text == "\n\n".join(kept)


def _rules_on(lines: list[str]) -> set[str]:
    return _kept(RULES_ONLY, lines)[1]


def test_a_section_of_a_list_and_its_lead_is_a_section():
    # a section holds no body paragraph, only a lead ending in a colon and a list: its heading
    # is still one of the list's (the words between the headings count, not their shape)
    headings = ["Which breeds lay most?", "What changes the yield?", "Light and warmth"]
    lines = ["How many eggs do hens lay?", _paragraph("opening", 0), *headings]
    for heading in headings:
        lines += [
            heading,
            "The breed matters more than anything else, and these lay the most eggs a year:",
            "Maran: about 170 eggs",
            "Sussex: about 220 eggs",
        ]
    kept, rules = _kept(RULES_ONLY, lines)
    assert "contents_list" in rules
    assert all(kept.count(heading) == 1 for heading in headings)


def test_a_page_header_printed_twice_is_no_table_of_contents():
    # the second copies stand together, with no section between them
    header = ["Opinion", "Why the council should rethink the bridge", "March 3, 2024"]
    lines = [*header, _paragraph("first", 1), *header, _paragraph("second", 2)]
    assert "contents_list" not in _rules_on(lines)


def test_a_chorus_repeated_as_a_block_is_no_table_of_contents():
    chorus = ["Oh the river runs", "down to the sea", "and it takes me home"]
    lines = ["A song for the harbour", _paragraph("intro", 0), *chorus, _paragraph("verse", 1)]
    lines += ["Verse two begins here", *chorus]
    assert "contents_list" not in _rules_on(lines)


def test_two_lines_are_too_few_and_a_list_out_of_order_is_none():
    headings = ["What went well", "What did not go so well", "Lessons learned"]
    two = _article("A year of saving", headings[:2], None)
    assert "contents_list" not in _rules_on(two)
    shuffled = _article("A year of saving", headings, None)
    at = shuffled.index(headings[0], 3)  # the sections in another order than the list
    body = shuffled[at:]
    sections = [body[i : i + 3] for i in range(0, len(body), 3)]
    reordered = shuffled[:at] + [line for part in reversed(sections) for line in part]
    assert "contents_list" not in _rules_on(reordered)


def test_long_lines_standing_twice_are_no_contents():
    # sentences quoted twice (a pull quote, then its paragraph) are not headings
    quotes = [
        f"This is a quoted sentence number {n} that runs on well past fifteen words in all, "
        "as a pull quote would"
        for n in range(3)
    ]
    lines = ["A headline", _paragraph("opening", 0), *quotes]
    for n, quote in enumerate(quotes):
        lines += [quote, _paragraph("quote", n)]
    assert "contents_list" not in _rules_on(lines)


def test_off_when_not_in_the_rules():
    lines = _article(*ARTICLES[0])
    off = BoilerplateRemover(
        rules=tuple(r for r in RULES if r not in ("line_model", "contents_list"))
    )
    assert "contents_list" not in _kept(off, lines)[1]


def test_linear_time_on_many_repeated_short_lines():
    # 20,000 short lines, each standing many times, with body paragraphs between
    from tests.conftest import assert_linear

    def make(k: int) -> tuple[list[str], list[int]]:
        return [f"item {n % 50}" for n in range(k)], [2 if n % 3 else 25 for n in range(k)]

    assert_linear(lambda made: contents_lines(*made, 3, 15, 20), make, 20_000)
