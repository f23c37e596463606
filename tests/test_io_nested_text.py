"""A row's text one object down, read without `--text-field` (curate.io.nested_text)."""

import json

import pytest

from curate.io.nested_text import nested_text_field
from curate.io.readers import Document, Quarantined, read_file

STORY = "The council approved the budget after a long debate."


@pytest.mark.parametrize(
    "row, expected",
    [
        ({"id": 1, "content": {"text": STORY, "lang": "en"}}, "content.text"),
        ({"id": 1, "document": {"title": "Budget", "text": STORY}}, "document.text"),
        ({"id": 1, "article": {"title": "Budget", "body": STORY}}, "article.body"),
        ({"data": {"article": {"Text": STORY}}}, "data.article.Text"),
        ({"doc": {"paragraphs": {"text": [STORY, STORY]}}}, "doc.paragraphs.text"),
        # two texts: not guessed between
        ({"a": {"text": STORY}, "b": {"text": STORY}}, None),
        # a text that is no prose (one word), or too deep to be a wrapper
        ({"content": {"text": "Budget"}}, None),
        ({"a": {"b": {"c": {"text": STORY}}}}, None),
        ({"meta": {"url": "https://example.com/budget", "lang": "en"}}, None),
        ({"text": STORY}, None),  # at the top: not this module's
        # a known text field's object of forms: WordPress's REST API, Drupal's JSON:API, Feedly
        ({"title": {"rendered": STORY}, "content": {"rendered": STORY}}, "content.rendered"),
        ({"attributes": {"body": {"value": STORY, "processed": STORY}}}, "attributes.body.value"),
        ({"content": {"content": STORY}, "summary": {"content": STORY}}, "content.content"),
        # no known field around the form, or two of them: not guessed
        ({"title": {"rendered": STORY}, "excerpt": {"rendered": STORY}}, None),
        ({"content": {"rendered": STORY}, "body": {"value": STORY}}, None),
    ],
)
def test_nested_text_field(row, expected):
    assert nested_text_field(row) == expected


def _read(tmp_path, rows, name="rows.jsonl"):
    path = tmp_path / name
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return list(read_file(path))


@pytest.mark.parametrize("wrapper", ["content", "document"])
def test_rows_with_the_text_one_object_down_are_read(tmp_path, wrapper):
    # every row was quarantined: "no 'text' field ... --text-field content.text"
    rows = [{"id": f"n{n}", wrapper: {"text": f"{STORY} Story {n}.", "lang": "en"}} for n in (1, 2)]
    items = _read(tmp_path, rows)
    assert all(isinstance(d, Document) for d in items)
    assert [(d.id, d.text) for d in items] == [
        ("n1", f"{STORY} Story 1."),
        ("n2", f"{STORY} Story 2."),
    ]
    assert items[0].labels["text_field"] == f"{wrapper}.text"


def test_two_nested_texts_keep_the_advice(tmp_path):
    [item] = _read(tmp_path, [{"id": "n1", "a": {"text": STORY}, "b": {"text": STORY}}])
    assert isinstance(item, Quarantined) and item.kind == "missing_field"
    assert "--text-field" in item.error


def test_the_dataset_viewers_rows_keep_their_own_ids(tmp_path):
    # `{"rows": [{"row_idx": 0, "row": {...}}]}`: a record under a list, not a nested field
    value = {"rows": [{"row_idx": n, "row": {"id": f"v{n}", "text": STORY}} for n in (0, 1)]}
    path = tmp_path / "viewer.json"
    path.write_text(json.dumps(value), encoding="utf-8")
    assert [d.id for d in read_file(path)] == ["v0", "v1"]


def test_a_struct_column_of_text_in_parquet_and_arrow_is_read(tmp_path):
    # `Dataset.to_parquet` of nested rows: `content: struct<text: string>`; every row was
    # quarantined as in JSON Lines ("--text-field content.text")
    import pyarrow as pa
    import pyarrow.feather as feather
    import pyarrow.parquet as pq

    from curate.io.nested_text import nested_column

    rows = [{"id": f"s{n}", "content": {"text": f"{STORY} {n}", "lang": "en"}} for n in (1, 2)]
    table = pa.Table.from_pylist(rows)
    assert nested_column(table.schema) == "content.text"
    pq.write_table(table, tmp_path / "rows.parquet")
    feather.write_feather(table, tmp_path / "rows.arrow")
    for name in ("rows.parquet", "rows.arrow"):
        docs = list(read_file(tmp_path / name))
        assert [(d.id, d.text) for d in docs] == [("s1", f"{STORY} 1"), ("s2", f"{STORY} 2")]
