"""Text cut at a fixed width (wire copy, mail, archives): the boilerplate stage judges each
paragraph whole (`curate.stages.boilerplate.wrapped_lines`), so the same article removes the same
noise wrapped or not."""

from __future__ import annotations

import textwrap

import pytest

from curate.document import Document, line_key
from curate.stages.boilerplate import BoilerplateRemover
from curate.stages.boilerplate.wrapped_lines import lines

# made-up articles, one paragraph a line, with the noise a scraped page carries
ARTICLES = {
    "wire": [
        "Harbour authority approves dredging plan after two-year review",
        "By Marta Olsen",
        "Published: Tuesday, 4 March 2025, 09:12 AM",
        "The harbour authority on Monday approved a plan to deepen the main shipping channel, "
        "ending a two-year review that pitted fishing crews against the port's largest tenants.",
        "The work will start in the autumn and is expected to take eighteen months, the "
        "authority's chairman told reporters after a meeting that ran well past midnight.",
        "Related: Fishing crews stage protest at harbour gates",
        "Related: Port tenants threaten to move cargo north",
        "Environmental groups said they would study the decision before deciding whether to "
        "challenge it in court, adding that the review had left many questions unanswered.",
        "Copyright 2025 Coastal News Service. All rights reserved.",
    ],
    "local": [
        "Library reopens after flood repairs",
        "Sponsored Links",
        "The town library reopened its doors on Saturday, seven months after a burst main "
        "flooded the ground floor and ruined several thousand books and the children's corner.",
        "Volunteers spent the winter drying and sorting what could be saved, and the council "
        "paid for new shelving, carpets and a reading room that looks out over the river.",
        "Photo: Volunteers sort books in the library's hall. / Dana Price",
        "Most read",
        "Council votes to keep weekly bin collections",
        "Bridge closure to last until the summer",
        "Head librarian Ruth Adeyemi said visitors had been queuing since eight in the morning "
        "and that the first book borrowed was, fittingly, a history of the town's great floods.",
    ],
}


def _wrapped(paragraphs: list[str], width: int, between: str = "\n\n") -> str:
    return between.join(
        "\n".join(textwrap.wrap(p, width, break_long_words=False, break_on_hyphens=False))
        for p in paragraphs
    )


def _kept(doc: Document) -> set[str]:
    """The paragraphs left, each read across its line breaks, and the title."""
    kept = {line_key(text) for _, _, text in lines(doc.text)}
    return kept | ({line_key(doc.title)} if doc.title else set())


@pytest.mark.parametrize(
    "text",
    [
        "\n\n".join(ARTICLES["wire"]),
        "\n".join(ARTICLES["local"]),
        # short lines, no paragraph of prose cut at a width: a list of headlines, a menu
        "Council votes to keep weekly bin collections in every ward\n"
        "Bridge closure to last until the summer, engineers now say\n"
        "Library reopens after flood repairs and a long cold winter\n"
        "Home\nNews\nSport",
        # one long line among short ones is no width
        "Weather\n" + "word " * 60 + "\nMore",
    ],
    ids=["paragraphs", "paragraphs-single-breaks", "headline-list", "one-long-line"],
)
def test_text_not_cut_at_a_width_is_judged_line_by_line(text):
    expected = [line.strip() for line in text.split("\n") if line.strip()]
    assert [piece for _, _, piece in lines(text)] == expected


@pytest.mark.parametrize("width", [60, 72, 80])
@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_a_paragraph_cut_at_a_width_is_one_line_and_short_lines_stay_apart(name, width):
    text = _wrapped(ARTICLES[name], width)
    found = lines(text)
    assert [line_key(piece) for _, _, piece in found] == [line_key(p) for p in ARTICLES[name]]
    for start, end, piece in found:  # each span covers its pieces, and nothing else
        assert line_key(text[start:end]) == line_key(piece)


@pytest.mark.parametrize("width", [60, 72, 80])
def test_with_no_blank_lines_a_headline_over_a_byline_stays_apart(width):
    text = _wrapped(ARTICLES["wire"], width, between="\n")
    keys = [line_key(piece) for _, _, piece in lines(text)]
    for short in ARTICLES["wire"][:3]:  # headline, byline, time stamp: each its own line
        assert line_key(short) in keys
    if width == 60:
        # "Related: Port tenants threaten to move cargo north" (50 columns) over a paragraph
        # could be a paragraph cut before "Environmental": with no blank line, nothing tells
        return
    for body in (p for p in ARTICLES["wire"] if len(p) > 120):  # each body paragraph whole
        assert line_key(body) in keys


@pytest.mark.parametrize("width", [60, 72, 80])
@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_the_stage_keeps_and_removes_the_same_paragraphs_wrapped_or_not(name, width):
    stage = BoilerplateRemover()
    flat = stage.process(Document(id="flat", text="\n\n".join(ARTICLES[name])))
    cut = stage.process(Document(id="cut", text=_wrapped(ARTICLES[name], width)))
    assert _kept(cut) == _kept(flat)
    assert len(_kept(flat)) < len(ARTICLES[name])  # the noise went, in both
    # nothing is left of a paragraph removed: not one of its pieces
    gone = {line_key(p) for p in ARTICLES[name]} - _kept(cut)
    pieces = {line_key(piece) for piece in cut.text.split("\n")}
    for paragraph in gone:
        assert not any(piece and piece in paragraph for piece in pieces if len(piece) > 12)


@pytest.mark.parametrize("between", ["\n\n", "\n"])
@pytest.mark.parametrize("width", [60, 72, 80])
@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_cleaning_wrapped_text_twice_changes_nothing(name, width, between):
    stage = BoilerplateRemover()
    once = stage.process(Document(id="d", text=_wrapped(ARTICLES[name], width, between)))
    twice = stage.process(Document(id="d", text=once.text, title=once.title))
    assert twice.text == once.text


def test_curate_run_cleans_wrapped_articles_as_it_cleans_them_unwrapped(tmp_path):
    """End to end through the CLI (`news` recipe): the same articles as files cut at 72 columns
    and as files of one paragraph a line publish the same paragraphs."""
    import json

    from typer.testing import CliRunner

    from curate.cli import app

    published = {}
    for layout in ("flat", "cut"):
        folder = tmp_path / layout
        folder.mkdir()
        for name, paragraphs in ARTICLES.items():
            text = _wrapped(paragraphs, 72) if layout == "cut" else "\n\n".join(paragraphs)
            (folder / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
        out = tmp_path / f"out-{layout}"
        args = ["run", str(folder), "--out", str(out), "--skip", "quality", "--quiet"]
        result = CliRunner().invoke(app, [*args, "--workers", "1"])
        assert result.exit_code == 0, result.output
        rows = (out / "jsonl" / "train-00000-of-00001.jsonl").read_text(encoding="utf-8")
        published[layout] = {
            row["id"]: ({line_key(p) for p in row["text"].split("\n\n")}, row["title"])
            for row in map(json.loads, rows.splitlines())
        }
    assert published["cut"] == published["flat"]
    for paragraphs, _ in published["cut"].values():
        assert line_key("Related: Fishing crews stage protest at harbour gates") not in paragraphs
        assert line_key("Bridge closure to last until the summer") not in paragraphs
