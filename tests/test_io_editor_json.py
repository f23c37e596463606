"""A post kept only as its editor's JSON, Lexical or Mobiledoc (io.editor_json): newcomer
round 21. Each such Ghost post was quarantined with advice to read the JSON source as text
(0 of 6 on 2 exports)."""

from __future__ import annotations

import json

import pytest

from curate.io.editor_json import editor_text
from tests.newcomer_runs import documents, quarantined, read_all, texts_of

TEXTS = texts_of(4)


def _lexical(paragraphs: list[str], items: list[str] = ()) -> str:
    blocks: list[dict] = [
        {"type": "paragraph", "children": [{"type": "extended-text", "text": p, "format": 0}]}
        for p in paragraphs
    ]
    blocks.insert(1, {"type": "image", "src": "https://example.org/p.jpg", "caption": ""})
    if items:
        blocks.append(
            {
                "type": "list",
                "children": [
                    {"type": "listitem", "children": [{"type": "text", "text": i}]} for i in items
                ],
            }
        )
    return json.dumps({"root": {"type": "root", "children": blocks}})


def _mobiledoc(paragraphs: list[str], items: list[str] = ()) -> str:
    sections: list[list] = [[1, "p", [[0, [], 0, p]]] for p in paragraphs]
    sections.insert(1, [10, 0])  # a card (an image)
    if items:
        sections.append([3, "ul", [[[0, [], 0, i]] for i in items]])
    doc = {"version": "0.3.1", "atoms": [], "cards": [["image", {"src": "p.jpg"}]], "markups": []}
    return json.dumps(doc | {"sections": sections})


@pytest.mark.parametrize("make", [_lexical, _mobiledoc])
def test_the_editors_blocks_are_the_paragraphs(make):
    row = {"title": "x", "html": None, make.__name__[1:]: make(TEXTS[:2], ["one", "two"])}
    field, text = editor_text(row)
    assert field == make.__name__[1:]
    assert text == f"{TEXTS[0]}\n\n{TEXTS[1]}\n\none\n\ntwo"


@pytest.mark.parametrize(
    "row",
    [
        {"lexical": "{}"},
        {"lexical": '{"root": {"children": []}}'},
        {"mobiledoc": '{"version": "0.2.0", "sections": [[1, "p", [[0, [], 0, "x"]]]]}'},
        {"mobiledoc": "not json"},
        {"lexical": None, "mobiledoc": None},
    ],
)
def test_no_document_of_an_editor_gives_no_text(row):
    assert editor_text(row) is None


@pytest.mark.parametrize("field", ["lexical", "mobiledoc"])
def test_a_ghost_export_of_drafts_is_read(tmp_path, field):
    make = _lexical if field == "lexical" else _mobiledoc
    posts = [
        {"id": f"p{k}", "title": f"Post {k}", "html": None, field: make([t])}
        for k, t in enumerate(TEXTS[:3])
    ]
    export = {"db": [{"meta": {"version": "5.75.0"}, "data": {"posts": posts, "tags": []}}]}
    (tmp_path / "ghost.json").write_text(json.dumps(export))
    items = read_all(tmp_path)
    assert not quarantined(items)
    assert [(d.title, d.text) for d in documents(items)] == [
        (f"Post {k}", t) for k, t in enumerate(TEXTS[:3])
    ]


def test_a_named_text_field_still_wins(tmp_path):
    rows = [{"id": "a", "text": TEXTS[0], "lexical": _lexical([TEXTS[1]])}]
    (tmp_path / "rows.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert [d.text for d in documents(read_all(tmp_path))] == [TEXTS[0]]
