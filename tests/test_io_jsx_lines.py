"""An `.mdx` file's JSX tags and comments over several lines (io.jsx_lines): newcomer round 22.
Their props leaked into the text (`data={[1, 2, 3]}`, `/>`): 0 -> 4 of 4 files read clean."""

from __future__ import annotations

import pytest

from curate.io.jsx_lines import MAX_LINES, jsx_end
from tests.newcomer_runs import documents, read_all, texts_of

A, B = texts_of(2)

TAGS = [
    '<Chart\n  data={[1, 2, 3]}\n  title="Rain > snow"\n/>',  # a `>` in a string
    '<Callout\n  type="warning"\n  emoji="!">',  # an opening tag, its children below
    "<Tabs items={[\n  'One',\n  'Two',\n]}>",  # braces over lines
    '<YouTube\n  id="abc"\n  start={30} />',
    "<Figure\n  caption={`a template\n  over lines`}\n/>",  # a template literal's line break
    "{/* an editor's note:\n   remove before publishing */}",
]


@pytest.mark.parametrize("tag", TAGS)
def test_a_tag_over_lines_ends_on_its_last_line(tag):
    lines = [A, "", *tag.split("\n"), "", B]
    assert jsx_end(lines, 2) == 2 + len(tag.split("\n"))


@pytest.mark.parametrize(
    "line",
    [
        "<Rant> incoming: the council met.",  # a tag closed on its line: MDX_TAG's, or text
        "<Rant incoming about the council",  # never closed: prose
        "the <b>council</b> met",  # not first on its line
        "<https://example.org>",
        "{/* a one-line comment */}",
    ],
)
def test_a_line_that_opens_no_tag_over_lines_is_none(line):
    assert jsx_end([line, "the budget passed.", B], 0) is None


def test_a_tag_with_text_after_its_close_is_not_taken():
    assert jsx_end(["<Note", '  type="x"> and the council met.'], 0) is None


def test_a_tag_never_closed_within_the_lines_looked_at_stays_text():
    lines = ["<Chart", *(["  a={1}"] * (MAX_LINES + 5)), "/>"]
    assert jsx_end(lines, 0) is None


@pytest.mark.parametrize("tag", TAGS)
def test_an_mdx_file_is_read_without_its_tags_over_lines(tmp_path, tag):
    closing = "\n</Callout>" if tag.startswith("<Callout") else ""
    text = f"import X from './x'\n\n{A}\n\n{tag}\n\n{B}{closing}\n"
    (tmp_path / "post.mdx").write_text(text, encoding="utf-8")
    [doc] = documents(read_all(tmp_path))
    assert [p.strip() for p in doc.text.split("\n") if p.strip()] == [A, B]


def test_a_markdown_file_keeps_such_lines(tmp_path):
    (tmp_path / "post.md").write_text(f"{A}\n\n<Chart\n  data={{[1]}}\n/>\n", encoding="utf-8")
    [doc] = documents(read_all(tmp_path))
    assert "data={[1]}" in doc.text


def test_fenced_code_keeps_a_tag_over_lines(tmp_path):
    code = "```jsx\n<Chart\n  data={[1]}\n/>\n```"
    (tmp_path / "post.mdx").write_text(f"{A}\n\n{code}\n", encoding="utf-8")
    [doc] = documents(read_all(tmp_path))
    assert "data={[1]}" in doc.text
