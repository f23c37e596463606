"""One item the `bylines` stage found, and a name as people write it (shared by its shapes)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Found:
    """One item: its kind, the fields it fills, and where it is (a clause: up to `clause_end`)."""

    kind: str
    fields: dict[str, Any] = field(default_factory=dict)
    start: int = 0
    end: int = 0
    clause_end: int | None = None
    # a byline known by its shape alone, no lead word ("Jane Doe | March 3, 2024"): it counts
    # above the story only, not among its last lines or the lines another stage removed, where
    # a comment's header and a caption's name have that shape too
    head_only: bool = False

    def at(self, start: int, end: int, clause_end: int | None = None) -> Found:
        return dataclasses.replace(self, start=start, end=end, clause_end=clause_end)


def written_name(text: str) -> str:
    """A name as people write it: "JOHN SMITH" -> "John Smith"; others as given."""
    text = " ".join(text.split()).strip(" ,.;:")
    if text.isupper() and len(text) > 3:
        return " ".join(w.capitalize() if len(w) > 2 or "." not in w else w for w in text.split())
    return text
