"""The text of a record's id, whatever JSON or Arrow type it came as.

Ids were `str(value)`: a string or an integer as written, but a dict, a list or a boolean as
Python spells it (`{'shard': 3, 'row': 7}`, `True`), which no JSON tool writes and no one can
look up (`curate explain DIR '{"shard": 3, "row": 7}'` found nothing). They are now JSON text
with keys sorted, so the same id is the same text whatever order its writer put the keys in.
A float that is a whole number is that number: pandas turns an integer column with a missing
value into floats, and `7` became `7.0`, matching none of the other files' ids. MongoDB's
Extended JSON wraps a value in one `$` key (`mongoexport --jsonFormat=canonical`:
`{"$numberLong": "123"}`, `{"$uuid": "..."}`): the id is the value, as `{"$oid": ...}` was.
"""

from __future__ import annotations

import json
from typing import Any

EXACT_FLOATS = 2**53  # integers a float holds exactly


def id_text(value: Any) -> str:
    """`"s1"` -> `s1`, `7` -> `7`, `7.0` -> `7`, `True` -> `true`, `{"b": 1, "a": 2}` ->
    `{"a": 2, "b": 1}`; any other value (a date from Parquet) as `str` gives it."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < EXACT_FLOATS:
        return str(int(value))
    if isinstance(value, dict) and len(value) == 1 and str(next(iter(value))).startswith("$"):
        return id_text(next(iter(value.values())))  # `{"$numberLong": "123"}`: `123`
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return str(value)
