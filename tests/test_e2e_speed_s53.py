"""Session 53's cuts outside the stages: each asks less, and answers what the longer way did.

Every test compares the shortcut with the way it replaced, on made-up inputs of several kinds
(the shortcut's case and the cases that must still go the long way).
"""

import json
import random
from collections import Counter

import pyarrow.parquet as pq
import pytest

from curate.document import Document, Edit
from curate.engines.handoff import decisions_in
from curate.engines.plan import Segment, run_batch
from curate.io.json_values import holds_text, wrapped_key
from curate.io.line_arrays import line_items, page_records
from curate.io.pages import _OPENING, HEAD_BYTES, text_opens_as_page
from curate.publish.records import KEPT
from curate.publish.writer import ShardWriter
from curate.report import FIELDS, ReportBuilder
from curate.stages.base import MapStage

FIELDS_READ = ("text", "content")


def _page_records_first(row, fields):
    """`line_items` before its shortcut: every dict row went to `page_records`."""
    if isinstance(row, list) and row and all(isinstance(item, dict) for item in row):
        return row
    if isinstance(row, dict):
        return page_records([row], fields)
    return None


ROWS = [
    {"id": "a", "text": "Body."},  # the common row: a text field
    {"id": "a", "content": "Body."},  # the second field named
    {"id": "a", "text": None, "articles": [{"text": "One."}]},  # null text: still a record
    {"page": 2, "articles": [{"text": "One."}, {"text": "Two."}]},  # an API's page
    {"page": 2, "data": [{"content": "One."}], "text": "a page that says what it is"},
    {"results": [{"title": "x"}]},  # a list of objects without text
    {"title": "Post", "comments": [{"text": "c"}]},  # a post with its comments
    {"id": 7, "paragraphs": [{"text": "p1"}, {"text": "p2"}]},  # one text's paragraphs
    {"messages": [{"role": "user", "content": "hi"}]},  # a chat: one row
    {"html": "<p>x</p>", "items": [{"text": "x"}]},
    {},
    [{"text": "a"}, {"text": "b"}],
    ["a", "b"],
    "a bare string",
    17,
]


@pytest.mark.parametrize("row", ROWS, ids=range(len(ROWS)))
@pytest.mark.parametrize("fields", [("text",), FIELDS_READ, ("body.text",)])
def test_line_items_answers_as_page_records_did(row, fields):
    assert line_items(row, fields) == _page_records_first(row, fields)


def test_a_row_holding_its_text_field_is_no_page_whatever_else_it_holds():
    rng = random.Random(5)
    for _ in range(300):
        row = {"text": rng.choice(["x", None, "", ["p"], {"a": 1}])}
        for key in rng.sample(["data", "items", "articles", "title", "page", "html"], 3):
            row[key] = rng.choice([[{"text": "t"}], [{"x": 1}], "s", 3, []])
        assert holds_text(row, ("text",))
        assert line_items(row, ("text",)) is None
        assert page_records([row], ("text",)) is None or wrapped_key(row) is None


OPENINGS = [
    "",
    "Plain news text.",
    "<html><body>x</body></html>",
    "<!DOCTYPE html><html>",
    "<!doctype HTML>\n<html>",
    "\ufeff<html>",
    "\ufeff\ufeff<html>",
    " \t\r\n\x0b\x0c<html>",
    "\x1c<html>",  # a separator `str.split` takes, which the pattern's `\s` does not
    "\u00a0<html>",  # a no-break space: not ASCII whitespace
    "<!-- saved --><html>",
    '<?xml version="1.0"?>\n<!DOCTYPE html>',
    "<p>a fragment</p>",
    "<htm",
    "\n\n<HTML lang='en'>",
    "< html>",
    "\ud800<html>",  # a lone surrogate first
]


@pytest.mark.parametrize("text", OPENINGS, ids=range(len(OPENINGS)))
def test_the_first_character_test_answers_as_the_pattern(text):
    head = text[:HEAD_BYTES].encode("utf-8", "surrogatepass")
    assert text_opens_as_page(text) == (_OPENING.match(head) is not None)


def test_a_long_text_is_refused_at_its_first_character():
    text = "x" * 100_000 + "<html>"
    assert text_opens_as_page(text) is False
    assert text_opens_as_page(" " * 5000 + "<html>") is False  # past the head: as before


class _Emptier(MapStage):
    """Empties the documents whose id says so, leaves the others as they are."""

    name = "emptier"

    def process(self, doc):
        if doc.id.startswith("empty"):
            doc.text = {"empty-space": "  \n\t ", "empty-nbsp": "\u00a0\u2009"}.get(doc.id, "")
        return doc


def _docs():
    texts = {
        "plain": "A text.",
        "blank": "   \n  ",
        "nbsp": "\u00a0\u3000",  # Unicode spaces: `strip()` takes them too
        "nothing": "",
        "empty-space": "Text the stage takes.",
        "empty-nbsp": "Text the stage takes.",
        "empty-all": "Text the stage takes.",
        "sep": "\x1c\x1d",  # separators `strip()` takes as whitespace
        "zwsp": "\u200b",  # a zero-width space is no whitespace to `strip()`
    }
    return [Document(id=k, text=v, seq=i) for i, (k, v) in enumerate(texts.items())]


def test_empty_and_emptied_documents_are_removed_as_strip_said():
    segment = Segment(0, maps=[_Emptier()])
    result = run_batch(segment, _docs())  # a final segment: published rows
    removal = {r["id"]: (r["stage"], r["rule"]) if k == "removed" else None for k, r in result.rows}
    assert len(removal) == len(_docs())
    for doc in _docs():
        read_empty = not doc.text.strip()
        if read_empty:
            assert removal[doc.id] == ("read", "empty")
        elif doc.id.startswith("empty"):
            assert removal[doc.id] == ("emptier", "emptied")
        else:
            assert removal[doc.id] is None


def test_decisions_in_gives_every_decided_seq_of_the_range_and_no_other():
    class Corpus:
        @staticmethod
        def decision_for(state, seq):
            return state.get(seq)

    state = {3: "a", 4: None, 7: 0, 9: "", 12: "far"}
    assert decisions_in(Corpus, state, (3, 9)) == {3: "a", 7: 0, 9: ""}
    assert decisions_in(Corpus, state, (5, 6)) == {}


def _rows(count, seed=1):
    rng = random.Random(seed)
    rows = []
    for i in range(count):
        text = rng.choice(["Plain.", 'Quotes "and" \\ back', "Zeilen\nmit\tTab", "é\u2028\x00"])
        rows.append(
            {
                "id": f"r{i}",
                "title": None,
                "text": text * rng.randint(1, 30),
                "lang": rng.choice(["en", "de", None]),
                "lang_score": rng.choice([0.1 + i / 7, 1.0, None, 1e-05]),
                "quality": {"words": i, "flags": ["too_short"] * (i % 2)},
                "tags": ["politics"] * (i % 3),
                "edits": [Edit("unicode", "nbsp", "text", 0, "\u00a0", " ", 0.25).to_dict()]
                * (i % 4),
            }
        )
    return rows


@pytest.mark.parametrize("shard_rows", [7, 100, 1000])
def test_json_lines_are_json_dumps_of_each_row_across_blocks_and_shards(tmp_path, shard_rows):
    rows = _rows(257)
    writer = ShardWriter(tmp_path / "data", "train", KEPT, shard_rows, tmp_path / "jsonl")
    for row in rows:
        writer.write(dict(row))
    paths = writer.close(always_one=True)
    lines = []
    for path in paths:
        lines += (
            (tmp_path / "jsonl" / f"{path.stem}.jsonl")
            .read_text(encoding="utf-8")
            .splitlines(keepends=True)
        )
        assert pq.read_table(path).num_rows > 0
    assert len(paths) == -(-257 // shard_rows)
    expected = [json.dumps(row, ensure_ascii=False) + "\n" for row in rows]
    assert "".join(lines) == "".join(expected)


def _reference_add(report, kind, row):
    """`ReportBuilder.add` as it counted before, with `Counter.update`."""
    stages_edited = set()
    for edit in row["edits"]:
        report.edits_by_rule[f"{edit['stage']}/{edit['rule']}"] += 1
        stages_edited.add(edit["stage"])
    for stage in stages_edited:
        report.docs_edited_by_stage[stage] += 1
    report.docs_edited_by_rule.update({f"{e['stage']}/{e['rule']}" for e in row["edits"]})
    if kind == "kept":
        report.tags.update(row.get("tags") or [])
        report.fields.update(f for f in FIELDS if row.get(f) not in (None, []))


def test_report_counts_are_those_counter_update_made():
    rng = random.Random(11)
    new, old = ReportBuilder(["unicode", "bylines"]), ReportBuilder(["unicode", "bylines"])
    for _ in range(400):
        edits = [
            {"stage": rng.choice(["unicode", "bylines"]), "rule": rng.choice(["a", "b", "c"])}
            for _ in range(rng.randint(0, 5))
        ]
        row = {
            "edits": edits,
            "lang": rng.choice(["en", None]),
            "text": "a b c",
            "tags": rng.choice([None, [], ["x"], ["x", "x", "y"]]),
            "authors": rng.choice([None, [], ["A"]]),
            "dateline": rng.choice([None, "PARIS"]),
            "published": rng.choice([None, "2024-01-01"]),
            "credit": rng.choice([None, "", "AP"]),
        }
        new.add("kept", row)
        _reference_add(old, "kept", row)
    for name in ("edits_by_rule", "docs_edited_by_stage", "docs_edited_by_rule", "tags", "fields"):
        assert getattr(new, name) == getattr(old, name), name
        assert +getattr(new, name) == +Counter(getattr(old, name))
