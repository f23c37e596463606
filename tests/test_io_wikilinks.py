"""An Obsidian (Foam, Logseq) vault's wikilinks in Markdown (io.markdown): newcomer round 22.
`[[Flood 2024|the flood]]`, `[[Budget]]` and `![[photo.png]]` stayed in the text as written."""

from __future__ import annotations

import pytest

from curate.io.markdown import markdown_text
from tests.newcomer_runs import documents, read_all, texts_of

A, B = texts_of(2)


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("See [[Flood 2024|the flood]] now.", "See the flood now."),
        ("See [[Budget]] now.", "See Budget now."),
        ("See [[Budget#Vote]] now.", "See Budget now."),  # a heading of the page
        ("See [[Budget#Vote|the vote]] now.", "See the vote now."),
        ("See [[Desk|C# news]] now.", "See C# news now."),
        ("A photo: ![[photo.png]]", "A photo:"),  # an embed is no text
        ("**[[Budget]]** and [the plan](https://x.org)", "Budget and the plan"),
    ],
)
def test_a_wikilink_is_the_words_it_shows(written, read):
    assert markdown_text(written) == read


@pytest.mark.parametrize("text", ["[[a|b|c]]", "[[]]", "an [[ opened bracket", "x ]] y"])
def test_what_is_no_wikilink_stays(text):
    assert markdown_text(text) == text


def test_many_opened_brackets_take_linear_time():
    from tests.conftest import assert_linear

    assert_linear(markdown_text, lambda k: "[[" * k + "x|" * k, 20_000)


def test_a_vault_note_is_read_without_its_brackets(tmp_path):
    vault = tmp_path / "vault"
    vault.mkdir()
    (vault / "Storm.md").write_text(
        f"# Storm\n\n{A} See [[Flood 2024|the flood]].\n\n{B} ![[photo.png]]\n", encoding="utf-8"
    )
    [doc] = documents(read_all(tmp_path))
    assert doc.title == "Storm"
    assert doc.text == f"{A} See the flood.\n\n{B}"
