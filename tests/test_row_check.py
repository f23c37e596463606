"""engines.row_check: the compiled "surely valid" test never vouches for a row the schema
refuses, so RowValidator refuses exactly the rows fastjsonschema refuses, with its message."""

from __future__ import annotations

import copy
import functools

import fastjsonschema
import pytest

from curate.engines.plan import RowValidator
from curate.engines.row_check import surely_valid
from curate.resources import schema

EDIT = {
    "stage": "unicode",
    "rule": "odd_space",
    "field": "text",
    "start": 4,
    "before": "\u00a0",
    "after": " ",
    "score": None,
}
KEPT = {
    "id": "doc-1",
    "title": "A title",
    "text": "Some text.\n\nMore text.",
    "source": "https://example.com/a",
    "encoding": None,
    "lang": "en",
    "lang_score": 0.99,
    "mt_suspected": False,
    "translated_from": None,
    "mt_evidence": [{"signal": "article", "count": 2}],
    "dup_cluster": "doc-1",
    "dup_count": 1,
    "quality": {
        "words": 4,
        "mean_word_length": 4.5,
        "symbol_ratio": 0.0,
        "alpha_words": 1.0,
        "repeated_line_ratio": 0.0,
        "bullet_lines": 0.0,
        "flags": ["short"],
    },
    "tags": ["politics"],
    "edits": [EDIT, {**EDIT, "stage": "boilerplate", "rule": "line_model", "score": 0.8}],
    "authors": ["Jane Doe"],
    "dateline": "Paris",
    "published": "2024-05-01T12:00:00Z",
    "credit": "Reuters",
    "story_cluster": None,
    "story_similarity": None,
    "crawled_at": None,
}
REMOVED = {
    "id": "doc-2",
    "title": None,
    "text": "Some text.",
    "source": None,
    "stage": "dedup",
    "rule": "near_duplicate",
    "reason": "near duplicate of doc-1",
    "duplicate_of": "doc-1",
    "similarity": 0.9,
    "similarity_estimate": 0.88,
    "lang": "en",
    "edits": [EDIT],
}
ROWS = {"kept": ("record", KEPT), "removed": ("removed", REMOVED)}


class Text(str):
    """A str subclass: a value some check could tell from a str by its type."""


HOSTILE = [
    None, "", "x", "en", "EN", "en-gb", "zh-cn", "eng", "e", "en\n", "2024-05-01", "2024-5-1",
    "2024-05-01T12:00:00", "2024-05-01T12:00:00Z\n", "\u0661\u0662\u0663\u0664-05-01", Text("en"),
    Text(""), "text", "title", "id", "dedup", "stories", "x" * 200_000, 0, 1, -1, 2, 10**30,
    0.0, 0.5, 1.0, 1.5, -0.0, -0.5, float("nan"), float("inf"), True, False, [], [""], ["a"],
    [1], [None], ("a",), (), {}, {"signal": "x", "count": 1}, {"signal": "x", "count": 0},
    {"signal": "x"}, {**EDIT}, {**EDIT, "field": "body"}, {**EDIT, "start": -1},
    {**EDIT, "score": 2}, {**EDIT, "extra": 1}, b"bytes",
]  # fmt: skip


def _places(value, path=()):
    """Every (path, container) of a row: its keys and its lists' items, at any depth."""
    if isinstance(value, dict):
        yield path, value
        for key, item in value.items():
            yield from _places(item, (*path, key))
    elif isinstance(value, list):
        yield path, value
        for index, item in enumerate(value):
            yield from _places(item, (*path, index))


def _at(row, path):
    for step in path:
        row = row[step]
    return row


def _mutants(row):
    """The row with one place changed: each value replaced by each hostile one, each key
    dropped, a key added, a list emptied or given a hostile item."""
    for path, container in list(_places(row)):
        keys = list(container) if isinstance(container, dict) else range(len(container))
        for key in keys:
            for value in HOSTILE:
                mutant = copy.deepcopy(row)
                _at(mutant, path)[key] = value
                yield mutant
            if isinstance(container, dict):
                mutant = copy.deepcopy(row)
                del _at(mutant, path)[key]
                yield mutant
        if isinstance(container, dict):
            mutant = copy.deepcopy(row)
            _at(mutant, path)["unexpected"] = 1
            yield mutant
        else:
            for value in HOSTILE[:12]:
                mutant = copy.deepcopy(row)
                _at(mutant, path).append(value)
                yield mutant


@functools.cache
def _fastjsonschema(name):
    return fastjsonschema.compile(copy.deepcopy(schema(name)))


def _fastjsonschema_problem(kind, row):
    try:
        _fastjsonschema(ROWS[kind][0])(row)
    except fastjsonschema.JsonSchemaException as err:
        return f"{kind} row {row.get('id')!r} breaks the schema: {err.message}"
    return None


@pytest.mark.parametrize("kind", ["kept", "removed"])
def test_valid_rows_are_vouched_for(kind):
    """The shipped schemas compile whole (no keyword left to fastjsonschema): a valid row is
    vouched for, so rows take the fast path."""
    name, row = ROWS[kind]
    assert _fastjsonschema_problem(kind, row) is None
    assert surely_valid(schema(name))(row) is True


@pytest.mark.parametrize("kind", ["kept", "removed"])
def test_a_row_is_refused_exactly_when_fastjsonschema_refuses_it(kind):
    """Over thousands of rows changed in one place (wrong types, NaN, bools for numbers, huge
    text, missing and extra keys, bad edits), no row the schema refuses is vouched for, and the
    validator's verdict and message are fastjsonschema's alone."""
    name, row = ROWS[kind]
    check = surely_valid(schema(name))
    validator = RowValidator()
    vouched = refused = 0
    for mutant in _mutants(row):
        expected = _fastjsonschema_problem(kind, mutant)
        if check(mutant):
            assert expected is None, mutant
            vouched += 1
        refused += expected is not None
        assert validator.problem(kind, mutant) == expected
    assert vouched > 50 and refused > 500  # both sides of the test were exercised


def test_a_keyword_it_does_not_know_leaves_the_row_to_fastjsonschema():
    for extra in (
        {"format": "email"},
        {"maxLength": 3},
        {"additionalProperties": {"type": "string"}},
        {"$ref": "#/$defs/missing"},
        {"pattern": "^a$|^b$"},
        {"enum": [1, 2]},
        {"type": "float"},
        {"default": "x"},
        {"name": "x"},  # no keyword, though a method of the compiler is named after it
    ):
        check = surely_valid({"type": ["string", "object", "integer"], **extra})
        assert check("a") is False and check({}) is False and check(1) is False


def test_if_then_is_decided_exactly_or_left_to_fastjsonschema():
    node = {
        "type": "object",
        "if": {"properties": {"stage": {"const": "dedup"}}},
        "then": {"properties": {"duplicate_of": {"type": "string"}}},
    }
    check = surely_valid(node)
    assert check({"stage": "dedup", "duplicate_of": "a"})
    assert not check({"stage": "dedup", "duplicate_of": None})
    assert not check({"duplicate_of": None})  # no stage: `if` holds, so `then` applies
    assert check({"stage": "other", "duplicate_of": None})
    assert surely_valid({**node, "else": True})({"stage": "x"}) is False
    other_if = {**node, "if": {"properties": {"stage": {"type": "string"}}}}
    assert surely_valid(other_if)({"stage": "x"}) is False


def test_stricter_than_the_schema_never_looser():
    """An integer is no float or bool; a `$` anchor is the end of the text (a trailing newline
    is left to fastjsonschema); bounds refuse NaN."""
    assert not surely_valid({"type": "integer"})(1.0)
    assert not surely_valid({"type": "integer"})(True)
    assert not surely_valid({"type": "number"})(False)
    assert not surely_valid({"pattern": "^[a-z]{2}$"})("en\n")
    assert surely_valid({"pattern": "^[a-z]{2}$"})("en")
    assert not surely_valid({"minimum": 0})(float("nan"))
    assert not surely_valid({"maximum": 1})(float("nan"))
    assert surely_valid({"minimum": 0, "maximum": 1})(0.5)
