"""A recipe's stage entry whose settings are not indented under the stage's name.

    stages:
      - quality:
        min_words: 80        # two spaces short: a key of the entry, not of `quality`

YAML reads that entry as `{quality: null, min_words: 80}`, and the schema's answer was
"stages/1/min_words: 80 is not of type 'object', 'null'". The mistake is the indentation, so
that is what the message says, with the entry as it should be written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def indentation_problem(raw: Any, origin: str, at: Callable[..., str] | None = None) -> str | None:
    """Why a stage entry of several keys is wrong, or None when every entry is one stage.
    `at(*keys)` names the file and line of a key (`recipe.Where`), else the file alone."""
    stages = raw.get("stages") if isinstance(raw, dict) else None
    if not isinstance(stages, list):
        return None
    for index, entry in enumerate(stages):
        if not isinstance(entry, dict) or len(entry) < 2:
            continue
        name, *settings = entry
        if entry[name] is not None:
            continue  # `- quality: {...}` then another key: the schema names it
        shown = "\n".join(f"          {key}: {entry[key]!r}" for key in settings[:3])
        return (
            f"{at('stages', index) if at else origin}: stages[{index}] {name!r}: its settings "
            f"({', '.join(map(str, settings))}) "
            f"are not indented under it; write them two spaces further in:\n"
            f"      - {name}:\n{shown}"
        )
    return None
