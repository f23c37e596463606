"""The literals each of the shipped rules' patterns needs, worked out once at build time.

Building the stage's tables asked `_needs` (read from the parsed pattern) of about 1,200
patterns: some 5,800 calls of the regex parser, 0.16 CPU s that every process of a run (each
worker too) paid before its first document. The answers for the shipped `boilerplate.yaml`
are stored in `data/boilerplate_needs.json`; a pattern not in it (a user's rules file) is
worked out as before. The parser and the case folding (`str.lower`, `re`'s extra case
equivalences) belong to a Python version and its Unicode tables: the file names both, and
under another the stored answers are not used.

`make needs` (`needs_file.write()`; `make train` too) writes the file again;
`tests/test_stage_boilerplate_needs_file.py` fails when it and the patterns disagree.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from functools import cache
from typing import Any

from curate import resources

FILE = resources.DATA_DIR / "boilerplate_needs.json"
UNSAFE = "unsafe"  # a pattern whose literals cannot be known (`_Unsafe`, a parse error)


def fingerprint() -> dict[str, str]:
    """What the stored answers depend on besides the patterns."""
    return {"python": "{}.{}".format(*sys.version_info[:2]), "unicode": unicodedata.unidata_version}


@cache
def stored() -> dict[str, Any]:
    """pattern -> frozenset of literals, None (none known) or `UNSAFE`; empty when the file is
    missing or was written under another Python or Unicode version."""
    try:
        data = json.loads(FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if data.get("made_with") != fingerprint():
        return {}
    return {
        pattern: frozenset(value) if isinstance(value, list) else value
        for pattern, value in data["needs"].items()
    }


def encoded(derive: Any, pattern: str, errors: tuple[type[BaseException], ...]) -> Any:
    """`derive(pattern)` as the file stores it: a sorted list, None, or `UNSAFE`."""
    try:
        needs = derive(pattern)
    except errors:
        return UNSAFE
    return sorted(needs) if needs is not None else None


def shipped() -> dict[str, Any]:
    """The stored form of every pattern the shipped rules' tables ask `_needs` about (all
    rules on), worked out afresh."""
    from unittest import mock

    from curate.stages import boilerplate as stage

    asked: set[str] = set()

    def record(pattern: str) -> Any:
        asked.add(pattern)
        return stage._derived_needs(pattern)

    with mock.patch.object(stage, "_needs", record):
        stage.BoilerplateRemover(rules=stage.RULES)._table  # noqa: B018 (built for its calls)
    return {p: encoded(stage._derived_needs, p, stage.NEEDS_ERRORS) for p in sorted(asked)}


def write() -> int:
    """The file written again from the shipped rules; the number of patterns in it."""
    data = {"made_with": fingerprint(), "needs": shipped()}
    FILE.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n", "utf-8")
    return len(data["needs"])
