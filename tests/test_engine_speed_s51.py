"""RowValidator compiles fastjsonschema's validators only for a row its fast test cannot vouch
for (19 ms each, which every run paid before its first batch), and still judges every row as
the eagerly compiled validators did: the same verdict, the same message."""

from __future__ import annotations

import fastjsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.document import Document
from curate.engines import plan
from curate.publish.records import kept_row, removed_row
from curate.resources import schema

KEPT = kept_row(Document(id="a", text="Some text.", labels={"lang": "en", "tags": ["politics"]}))
REMOVED = removed_row(Document(id="b", text="Gone.").remove("quality", "short", "too few words"))
ROWS = {"kept": ("record", KEPT), "removed": ("removed", REMOVED)}
# values a stage could put under a key by mistake, and a key no schema has
VALUES = st.none() | st.booleans() | st.integers(-3, 3) | st.floats(allow_nan=True)
VALUES |= st.text(max_size=6) | st.lists(st.text(max_size=3), max_size=2)
VALUES |= st.dictionaries(st.text(max_size=3), st.integers(), max_size=2)
KEYS = st.sampled_from([*KEPT, *REMOVED, "extra"])


def _reference(kind: str, row: dict) -> str | None:
    """The verdict before: fastjsonschema's validator, compiled before the first row."""
    name, _ = ROWS[kind]
    try:
        fastjsonschema.compile(schema(name))(row)
    except fastjsonschema.JsonSchemaException as err:
        return f"{kind} row {row.get('id')!r} breaks the schema: {err.message}"
    return None


def test_rows_the_fast_test_vouches_for_compile_nothing():
    plan._compiled.cache_clear()
    validator = plan.RowValidator()
    assert validator.problem("kept", KEPT) is None and validator.problem("removed", REMOVED) is None
    assert plan._compiled.cache_info().currsize == 0
    assert "breaks the schema" in validator.problem("kept", {**KEPT, "lang": "English"})
    assert plan._compiled.cache_info().currsize == 1  # the kept rows' validator, once needed
    assert "breaks the schema" in validator.problem("removed", {**REMOVED, "stage": None})
    assert plan._compiled.cache_info().currsize == 2


@pytest.mark.parametrize("kind", ["kept", "removed"])
@settings(max_examples=150, deadline=None)
@given(changes=st.dictionaries(KEYS, VALUES, min_size=1, max_size=3))
def test_a_changed_row_gets_the_verdict_and_message_it_got_before(kind, changes):
    plan._compiled.cache_clear()  # each row judged by a validator compiled when needed
    row = {**ROWS[kind][1], **changes}
    assert plan.RowValidator().problem(kind, row) == _reference(kind, row)
