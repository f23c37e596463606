import json

import pytest

from curate.io.nested_records import first_nested, nested_records
from tests.newcomer_runs import documents, quarantined, read_all, texts_of

T = ("text",)


@pytest.mark.parametrize(
    "value, expected",
    [
        (
            {"rows": [{"row_idx": 0, "row": {"text": "a"}}], "features": [{"name": "text"}]},
            [{"text": "a"}],
        ),
        ({"train": [{"text": "a"}], "test": [{"text": "b"}]}, [{"text": "a"}, {"text": "b"}]),
        ({"data": {"articles": [{"text": "a"}]}}, [{"text": "a"}]),
        ({"a": {"b": {"c": [{"text": "deep"}]}}}, [{"text": "deep"}]),
        ({"a": {"b": {"c": {"d": [{"text": "too deep"}]}}}}, None),
        ({"text": "a record itself", "more": [{"text": "b"}]}, None),
        ({"runs": [{"started": 1}]}, None),
        ([{"text": "a"}], None),
        ({}, None),
    ],
)
def test_nested_records(value, expected):
    assert nested_records(value, T) == expected


def test_first_nested_is_the_first_record_or_none():
    assert first_nested({"x": {"y": [{"text": "a"}, {"text": "b"}]}}, T) == {"text": "a"}
    assert first_nested({"x": 1}, T) is None


def test_a_row_list_keeps_items_without_a_row_as_they_are():
    value = {"rows": [{"row": {"text": "a"}}, {"other": 1}]}
    assert nested_records(value, T) == [{"text": "a"}, {"other": 1}]


# API responses two levels deep whose records hold the text under a name curate does not know:
# the advice was "name the field that holds the text with --text-field NAME", no field named
DEEP = [
    # a field of no known name inside an object (the Guardian's `fields.bodyText` is read)
    (
        {"response": {"status": "ok", "results": [{"id": "w/1", "fields": {"standfirst": "{t}"}}]}},
        "fields.standfirst",
    ),
    ({"data": {"items": [{"id": 1, "blurb_text": "{t}"}]}}, "blurb_text"),
    ({"meta": {"n": 1}, "payload": {"posts": [{"id": 1, "message": "{t}"}]}}, "message"),
]


@pytest.mark.parametrize(("value", "field"), DEEP)
def test_the_advice_names_the_field_two_levels_down(tmp_path, value, field):
    import json

    from curate.io.readers import read_file
    from tests.test_newcomer_inputs import invoke

    text = "The council met on Tuesday and voted on the budget for the schools."
    path = tmp_path / "in" / "response.json"
    path.parent.mkdir()
    path.write_text(json.dumps(value).replace("{t}", text), encoding="utf-8")
    [item] = read_file(path)
    assert f"--text-field {field}" in item.error
    result, said = invoke("run", path.parent, "--out", tmp_path / "out")
    assert f"--text-field {field}" in " ".join(said.split())
    out = tmp_path / "out2"
    result, said = invoke("run", path.parent, "--out", out, "--text-field", field)
    assert result.exit_code == 0, said
    assert json.loads((out / "report.json").read_text())["counts"]["read"] == 1


def test_first_deep_record():
    from curate.io.nested_records import first_deep_record

    assert first_deep_record({"a": {"b": [{"x": 1}]}}) == {"x": 1}
    assert first_deep_record({"a": {"b": {"c": {"d": [{"x": 1}]}}}}) is None  # too deep
    assert first_deep_record({"a": [1, 2]}) is None


# Ghost's export: its posts inside a list of one envelope, `{"db": [{"meta", "data"}]}`. The
# flat `{"meta", "data"}` was read; the envelope was passed over whole (0 of 21 on 7 exports).
def _ghost(posts: list, envelope: bool = True) -> dict:
    data = {
        "posts": posts,
        "tags": [{"id": "t1", "name": "News", "slug": "news"}],
        "users": [{"id": "1", "name": "Jane", "slug": "jane", "email": "j@example.org"}],
        "settings": [{"key": "title", "value": "My Blog"}],
    }
    inner = {"meta": {"exported_on": 1700000000000, "version": "5.75.0"}, "data": data}
    return {"db": [inner]} if envelope else inner


@pytest.mark.parametrize(
    "fields",
    [
        lambda t: {"html": f"<p>{t}</p>"},
        lambda t: {"plaintext": t},
        lambda t: {"html": f"<p>{t}</p>", "plaintext": t, "mobiledoc": "{}", "lexical": None},
    ],
)
@pytest.mark.parametrize("envelope", [True, False])
def test_a_ghost_exports_posts_are_read(tmp_path, fields, envelope):
    texts = texts_of(3)
    posts = [
        {"id": f"5f{k}", "title": f"Post {k}", "slug": f"post-{k}", "status": "published"}
        | fields(t)
        for k, t in enumerate(texts)
    ]
    path = tmp_path / "my-blog.ghost.2024-01-01-10-00-00.json"
    path.write_text(json.dumps(_ghost(posts, envelope)))
    items = read_all(path)
    assert not quarantined(items)
    docs = documents(items)
    assert [(d.title, d.text.strip()) for d in docs] == [
        (f"Post {k}", t) for k, t in enumerate(texts)
    ]


def test_a_list_of_two_envelopes_is_no_envelope():
    one = {"data": {"posts": [{"text": "a"}]}}
    assert nested_records({"db": [one]}, T) == [{"text": "a"}]
    assert nested_records({"db": [one, one]}, T) is None
