"""Unit tables for round 7's small modules (duplicate_columns, paragraph_objects, shell_words,
empty_files, json_lines_txt)."""

import bz2
import gzip
import json

import pytest

from curate.io.duplicate_columns import distinct_names
from curate.io.empty_files import empty_reason
from curate.io.json_lines_txt import holds_json_lines
from curate.io.paragraph_objects import joined_paragraphs
from curate.io.shell_words import shell_word


@pytest.mark.parametrize(
    "names, expected",
    [
        (["id", "text"], ["id", "text"]),
        (["id", "text", "text"], ["id", "text", "text.1"]),
        (["text", "text", "text"], ["text", "text.1", "text.2"]),
        (["text", "text.1", "text"], ["text", "text.1", "text.2"]),
        (["", "", "text"], ["", ".1", "text"]),
    ],
)
def test_distinct_names(names, expected):
    assert distinct_names(names) == expected


@pytest.mark.parametrize(
    "value, expected",
    [
        ([{"type": "text", "content": "A."}, {"type": "image"}, {"text": "B."}], "A.\n\nB."),
        ([{"type": "paragraph", "text": "A."}, {"text": "  "}], "A."),
        ([{"type": "image", "url": "u"}], None),
        (["A.", "B."], None),  # strings: readers join those
        ([{"text": "A."}, "B."], None),
        ([], None),
        ("A.", None),
    ],
)
def test_joined_paragraphs(value, expected):
    assert joined_paragraphs(value) == expected


@pytest.mark.parametrize(
    "name, expected",
    [
        ("content", "content"),
        ("article.text", "article.text"),
        (" text", "' text'"),
        ("body text", "'body text'"),
        ("it's", "'it'\"'\"'s'"),
    ],
)
def test_shell_word(name, expected):
    assert shell_word(name) == expected


@pytest.mark.parametrize(
    "name, data, empty",
    [
        ("a.jsonl", b"", True),
        ("a.jsonl", b" \n\r\n\t", True),
        ("a.jsonl.gz", gzip.compress(b""), True),
        ("a.jsonl.bz2", bz2.compress(b"\n"), True),
        ("a.jsonl", b"\n" * 5000 + b'{"text": "x"}\n', False),
        ("a.parquet", b"PAR1", False),
        ("a.jsonl.gz", b"\x1f\x8b\x08garbage", False),  # the reader says what is wrong
    ],
)
def test_empty_reason(tmp_path, name, data, empty):
    path = tmp_path / name
    path.write_bytes(data)
    assert (empty_reason(path) is not None) is empty


def _write(path, lines):
    path.write_text("".join(lines), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "lines, expected",
    [
        ([json.dumps({"text": "a"}) + "\n", json.dumps({"text": "b"}) + "\n"], True),
        ([json.dumps({"html": "<p>a</p>"}) + "\n", "\n", json.dumps({"x": 1}) + "\n"], True),
        ([json.dumps({"text": "a"}) + "\n"], False),  # one object alone
        ([json.dumps({"body": "a"}) + "\n", json.dumps({"body": "b"}) + "\n"], False),
        ([json.dumps({"text": "a"}) + "\n", "prose after it\n"], False),
        (["[1, 2]\n", "[3]\n"], False),
        (["{Draft}\n", "text\n"], False),
    ],
)
def test_holds_json_lines(tmp_path, lines, expected):
    assert holds_json_lines(_write(tmp_path / "a.txt", lines), ("text",)) is expected


def test_holds_json_lines_with_a_bom_and_another_field(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbf" + b'{"body": "a"}\n{"body": "b"}\n')
    assert holds_json_lines(path, ("body",)) and not holds_json_lines(path, ("text",))
