"""The one record that flows through every stage, and the ledger of edits that made it.

Every change a stage makes is an `Edit`: which stage, which rule, where, what was there and what
replaced it. The ledger is data, like ftfy's explanations: it can be counted, shown, replayed on
the raw input to reproduce the output, or inverted on the output to recover the input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from functools import lru_cache
from operator import attrgetter
from typing import Any

TEXT = "text"
TITLE = "title"
FIELDS = (TEXT, TITLE)
# label the HTML reader sets and the boilerplate stage uses up: the `line_key` of each line that
# is almost all link text on its page
LINKED_LINES = "linked_lines"
# label the HTML reader sets and the boilerplate stage uses up: the `line_key` of each line that
# is almost all text the page's markup gives an image (a caption, a credit, an alt text)
CAPTIONED_LINES = "captioned_lines"
# label the HTML reader sets and the boilerplate stage uses up: the `line_key` of each line that
# is the text of one of the page's headings (`<h1>` to `<h6>`: io.page_headings)
HEADED_LINES = "headed_lines"
# label the HTML reader sets and the `bylines` stage reads: trafilatura's author, date, site name
PAGE_METADATA = "page_metadata"
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=4096)  # the boilerplate stage asks for each line's key several times
def line_key(line: str) -> str:
    r"""A line as its casefolded `\w+` words: the same line whatever its punctuation or spacing."""
    return " ".join(_WORD.findall(line.casefold()))


@dataclass(frozen=True, slots=True)
class Edit:
    """One replacement: `before` at offset `start` of `field` became `after`.

    Offsets refer to the field as it was just before this edit, so applying edits in order
    (`replay`) turns the input into the output.
    """

    stage: str
    rule: str
    field: str
    start: int
    before: str
    after: str
    score: float | None = None  # a learned rule's score for this edit (line_model: P(noise))

    def to_dict(self) -> dict[str, Any]:
        return {
            "stage": self.stage,
            "rule": self.rule,
            "field": self.field,
            "start": self.start,
            "before": self.before,
            "after": self.after,
            "score": self.score,
        }

    @classmethod
    def from_dict(cls, row: dict[str, Any]) -> Edit:
        return cls(
            row["stage"],
            row["rule"],
            row["field"],
            row["start"],
            row["before"],
            row["after"],
            row.get("score"),
        )


@dataclass(frozen=True, slots=True)
class Removal:
    """Why a whole document left the corpus."""

    stage: str
    rule: str
    reason: str
    duplicate_of: str | None = None
    similarity: float | None = None
    estimate: float | None = None  # a near duplicate's MinHash estimate of `similarity`


@dataclass(slots=True)
class Document:
    """A document, its labels and its history.

    `seq` is the position in the input stream: it fixes output order and breaks ties, so the
    result never depends on how work was split between processes.
    """

    id: str
    text: str
    title: str | None = None
    source: str | None = None
    seq: int = 0
    labels: dict[str, Any] = field(default_factory=dict)
    edits: list[Edit] = field(default_factory=list)
    removal: Removal | None = None
    # the title as given by the input (None when a stage extracted it from the text)
    input_title: str | None = None

    @property
    def removed(self) -> bool:
        return self.removal is not None

    def get(self, name: str) -> str:
        value = getattr(self, name)
        return value if value is not None else ""

    def remove(
        self,
        stage: str,
        rule: str,
        reason: str,
        duplicate_of: str | None = None,
        similarity: float | None = None,
        estimate: float | None = None,
    ) -> Document:
        self.removal = Removal(stage, rule, reason, duplicate_of, similarity, estimate)
        return self


def apply_edit(value: str, edit: Edit) -> str:
    end = edit.start + len(edit.before)
    if value[edit.start : end] != edit.before:
        raise ValueError(
            f"edit {edit.stage}/{edit.rule} does not match the text at offset {edit.start}"
        )
    return value[: edit.start] + edit.after + value[end:]


def replay(original: dict[str, str], edits: list[Edit]) -> dict[str, str]:
    """Apply a ledger to the input fields; returns the output fields."""
    values = dict(original)
    for field_name, run in _runs(edits):
        values[field_name] = _apply_run(values.get(field_name, ""), run)
    return values


def invert(final: dict[str, str], edits: list[Edit]) -> dict[str, str]:
    """Undo a ledger on the output fields; returns the input fields."""
    undone = [
        Edit(edit.stage, edit.rule, edit.field, edit.start, edit.after, edit.before)
        for edit in reversed(edits)
    ]
    return replay(final, undone)


def _runs(edits: list[Edit]):
    """The ledger cut into runs that one pass over the text can apply: consecutive edits of one
    field that each stand wholly after, or wholly before, the text the run has touched so far.
    A stage's edits mostly come so (left to right, or right to left), and applying a run as one
    join keeps a document with 250,000 edits linear where one copy of the text per edit was
    quadratic (a 1 MB page of broken tags took 26 s to show in the report).

    Yields (field, placed): each edit with its offset in the text as the run found it and a key
    that orders edits at one offset as applying them one by one would."""
    placed: list[tuple[int, int, Edit]] = []
    low = high = shift = 0  # the span touched, in the text as the run leaves it; net growth
    for index, edit in enumerate(edits):
        delta = len(edit.after) - len(edit.before)
        if placed and edit.field == placed[0][2].field:
            if edit.start >= high:  # after all the run touched: earlier edits shifted it
                placed.append((edit.start - shift, index, edit))
                high = edit.start + len(edit.after)
                shift += delta
                continue
            if edit.start + len(edit.before) <= low:  # before it all: offsets unchanged
                placed.append((edit.start, -index, edit))
                low, high = edit.start, high + delta
                shift += delta
                continue
        if placed:
            yield placed[0][2].field, placed
        placed = [(edit.start, index, edit)]
        low, high, shift = edit.start, edit.start + len(edit.after), delta
    if placed:
        yield placed[0][2].field, placed


def _apply_run(value: str, placed: list[tuple[int, int, Edit]]) -> str:
    """Apply one run from `_runs` by one join, each edit checked as `apply_edit` checks it."""
    if len(placed) == 1:
        return apply_edit(value, placed[0][2])
    pieces = []
    cursor = 0
    for start, _, edit in sorted(placed, key=lambda item: item[:2]):
        end = start + len(edit.before)
        if start < cursor or value[start:end] != edit.before:
            raise ValueError(
                f"edit {edit.stage}/{edit.rule} does not match the text at offset {edit.start}"
            )
        pieces.append(value[cursor:start])
        pieces.append(edit.after)
        cursor = end
    pieces.append(value[cursor:])
    return "".join(pieces)


def _pickled_as_arguments(cls: type) -> None:
    """Pickle `cls` as its constructor's arguments: the `__getstate__`/`__setstate__` that
    dataclasses give a slotted class run in Python for every record, and the engine pickles
    every document (with its edits) into each checkpoint and to each worker (4.9 -> 2.9 ms
    to dump a batch of 400 bench documents, 3.3 -> 2.0 ms to load it)."""
    values = attrgetter(*(item.name for item in fields(cls)))

    def reduce(self):
        return cls, values(self)

    cls.__reduce__ = reduce


for _record in (Edit, Removal, Document):
    _pickled_as_arguments(_record)
