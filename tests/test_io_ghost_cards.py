"""A Ghost post's cards read for the author's text (io.editor_json): newcomer round 22. A
Markdown card, an HTML card, an embed's caption, a callout and a toggle were left out of the
post's text (0 -> 4 of 4 posts read whole on 4 exports)."""

from __future__ import annotations

import json

import pytest

from curate.io.editor_json import editor_text
from tests.newcomer_runs import documents, read_all, texts_of

A, B, C = texts_of(3)


def _paragraph(text: str) -> dict:
    return {"type": "paragraph", "children": [{"type": "extended-text", "text": text}]}


def _lexical(card: dict) -> str:
    return json.dumps({"root": {"children": [_paragraph(A), card, _paragraph(C)]}})


def _mobiledoc(kind: str, payload: dict) -> str:
    sections = [[1, "p", [[0, [], 0, A]]], [10, 0], [1, "p", [[0, [], 0, C]]]]
    document = {"version": "0.3.1", "atoms": [], "markups": [], "cards": [[kind, payload]]}
    return json.dumps(document | {"sections": sections})


CARDS = [
    (
        "markdown",
        {"markdown": f"## Reaction\n\n**{B[:9]}**{B[9:-4]}[{B[-4:]}](https://x.org)"},
        "Reaction",
    ),
    ("html", {"html": f"<div class='note'><p>{B}</p><script>track()</script></div>"}, None),
    ("embed", {"html": "<iframe src='https://youtube.com/embed/x'></iframe>", "caption": B}, None),
    ("callout", {"calloutText": f"<p>{B}</p>", "calloutEmoji": "!"}, None),
    ("toggle", {"heading": "<span>Why?</span>", "content": f"<p>{B}</p>"}, "Why?"),
]


@pytest.mark.parametrize(("kind", "fields", "heading"), CARDS)
@pytest.mark.parametrize("editor", ["lexical", "mobiledoc"])
def test_a_card_of_the_authors_text_is_read_in_its_place(kind, fields, heading, editor):
    value = _lexical({"type": kind, **fields}) if editor == "lexical" else _mobiledoc(kind, fields)
    field, text = editor_text({editor: value})
    assert field == editor
    middle = [heading, B] if heading else [B]
    assert text.split("\n\n") == [A, *middle, C]


@pytest.mark.parametrize(
    ("kind", "fields"),
    [
        ("image", {"src": "https://example.org/p.jpg", "caption": "Photo: Reuters"}),
        ("bookmark", {"url": "https://example.org", "metadata": {"title": "Elsewhere"}}),
        ("button", {"buttonText": "Subscribe", "buttonUrl": "https://example.org"}),
        ("codeblock", {"code": "print(1)", "language": "python"}),
        ("html", {"html": "<iframe src='https://example.org/x'></iframe>"}),
        ("markdown", {"markdown": "   "}),
        ("html", {"html": 5}),
    ],
)
@pytest.mark.parametrize("editor", ["lexical", "mobiledoc"])
def test_a_card_of_no_text_of_the_posts_is_left_out(kind, fields, editor):
    value = _lexical({"type": kind, **fields}) if editor == "lexical" else _mobiledoc(kind, fields)
    assert editor_text({editor: value}) == (editor, f"{A}\n\n{C}")


@pytest.mark.parametrize("section", [[10, 3], [10, "0"], [10]])
def test_a_mobiledoc_card_section_naming_no_card_is_left_out(section):
    document = {"version": "0.3.1", "cards": [["markdown", {"markdown": B}]]}
    document["sections"] = [[1, "p", [[0, [], 0, A]]], section]
    assert editor_text({"mobiledoc": json.dumps(document)}) == ("mobiledoc", A)


def test_a_ghost_export_of_card_posts_is_read_whole(tmp_path):
    posts = [
        {"id": f"p{k}", "title": f"Post {k}", "html": None, "lexical": _lexical({"type": t, **f})}
        for k, (t, f, _) in enumerate(CARDS)
    ]
    export = {"db": [{"meta": {"version": "5.80.0"}, "data": {"posts": posts}}]}
    (tmp_path / "ghost.json").write_text(json.dumps(export))
    docs = documents(read_all(tmp_path))
    assert len(docs) == len(CARDS)
    assert all(B in d.text and "<" not in d.text and "**" not in d.text for d in docs)
