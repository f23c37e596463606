"""The stage contract and the helpers that keep every change on the ledger.

A map stage sees one document at a time: `process(doc) -> doc`, changing text only through
`replace_spans` / `substitute` / `remove_blocks` so that each change becomes an `Edit`, or marking
the document removed with a reason. Its settings are the fields of a frozen dataclass, so a
recipe alone rebuilds it, and construction has no side effects beyond compiling what it needs.
A corpus stage (`curate.corpus`) follows `sketch` -> `fit` -> `apply`.
"""

from __future__ import annotations

import dataclasses
import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from typing import Any, ClassVar

from curate.document import FIELDS, TEXT, Document, Edit

REGISTRY: dict[str, type[Stage]] = {}


def register(cls: type[Stage]) -> type[Stage]:
    """Class decorator: make a stage available to recipes under `cls.name`."""
    if not getattr(cls, "name", None):
        raise TypeError(f"{cls.__qualname__} needs a `name`")
    if cls.name in REGISTRY and REGISTRY[cls.name] is not cls:
        raise ValueError(f"stage name {cls.name!r} is already registered")
    REGISTRY[cls.name] = cls
    return cls


class Stage(ABC):  # noqa: B024  (its kinds, MapStage and CorpusStage, are abstract)
    """Base of every stage. Subclasses are frozen dataclasses whose fields are the settings."""

    name: ClassVar[str] = ""
    kind: ClassVar[str] = "map"  # "map" or "corpus"

    @classmethod
    def settings(cls) -> dict[str, dataclasses.Field]:
        return {f.name: f for f in dataclasses.fields(cls) if not f.name.startswith("_")}

    def config(self) -> dict[str, Any]:
        """The resolved settings, as written into `recipe.yaml` next to the output."""
        return {name: _plain(getattr(self, name)) for name in self.settings()}


class MapStage(Stage):
    kind: ClassVar[str] = "map"

    @abstractmethod
    def process(self, doc: Document) -> Document:
        """The document changed (through the helpers below), or marked removed."""

    def process_batch(
        self, docs: list[Document], failed: dict[int, Exception] | None = None
    ) -> list[Document]:
        """`[self.process(doc) for doc in docs]`: a stage that can share work across a batch
        (one numpy call for many documents) overrides it, with the same documents out.

        `failed`: a document `process` raises on is left as it is and its exception put under
        its place in `docs`, the others go on (None: the exception goes up)."""
        if failed is None:
            return [self.process(doc) for doc in docs]
        out = []
        for at, doc in enumerate(docs):
            try:
                out.append(self.process(doc))
            except Exception as err:  # noqa: BLE001 - the caller says what becomes of it
                failed[at] = err
                out.append(doc)
        return out

    # Helpers ---------------------------------------------------------------------------------
    def replace_spans(
        self,
        doc: Document,
        rule: str,
        spans: Iterable[tuple[int, int, str]],
        field: str = TEXT,
    ) -> int:
        """Replace `(start, end, after)` spans of `field`; spans must not overlap.

        Records one `Edit` per span with offsets in the text as it was when that edit applied,
        so the ledger replays exactly. Returns the number of edits made.
        """
        return self._apply(doc, field, [(s, e, a, rule) for s, e, a in spans])

    def _apply(
        self, doc: Document, field: str, items: list[tuple[int, int, str, str]] | list[tuple]
    ) -> int:
        if not items:  # most rules find nothing to change in most documents
            return 0
        value = doc.get(field)
        ordered = sorted((i for i in items if value[i[0] : i[1]] != i[2]), key=lambda i: i[0])
        if not ordered:
            return 0
        pieces: list[str] = []
        cursor = 0
        shift = 0
        for start, end, after, rule, *score in ordered:
            if start < cursor:
                raise ValueError(f"{self.name}/{rule}: overlapping spans at {start}")
            pieces.append(value[cursor:start])
            pieces.append(after)
            before = value[start:end]
            doc.edits.append(Edit(self.name, rule, field, start + shift, before, after, *score))
            shift += len(after) - (end - start)
            cursor = end
        pieces.append(value[cursor:])
        new_value = "".join(pieces)
        setattr(doc, field, new_value if (new_value or field == TEXT) else None)
        return len(ordered)

    def substitute(
        self,
        doc: Document,
        rule: str,
        pattern: re.Pattern[str],
        repl: str | Callable[[re.Match[str]], str],
        field: str = TEXT,
    ) -> int:
        """`pattern.sub(repl, field)` with every replacement on the ledger."""
        value = doc.get(field)
        if not value:
            return 0
        expand = repl if callable(repl) else (lambda m: m.expand(repl))
        spans = [(m.start(), m.end(), expand(m)) for m in pattern.finditer(value)]
        return self.replace_spans(doc, rule, spans, field) if spans else 0

    def rewrite(self, doc: Document, rule: str, new_value: str, field: str = TEXT) -> int:
        """Record a whole-field rewrite as one minimal edit (common prefix/suffix trimmed)."""
        old = doc.get(field)
        if old == new_value:
            return 0
        start, old_end, new_end = diff_bounds(old, new_value)
        return self.replace_spans(doc, rule, [(start, old_end, new_value[start:new_end])], field)

    def remove_blocks(self, doc: Document, removals: Iterable[tuple[str, int, int]]) -> int:
        """Remove whole lines, given as `(rule, start, end)` spans of the text.

        A fourth item, when given, is a learned rule's score, kept on the edit. Each span is
        widened to take its adjoining line breaks with it, so no blank paragraph is left behind
        and the remaining text keeps its paragraph breaks.
        """
        items: list[tuple] = []
        for rule, start, end, *score in sorted(removals, key=lambda r: r[1]):
            wide_start, wide_end = _widen_to_separator(doc.text, start, end)
            if items and wide_start < items[-1][1]:
                wide_start = items[-1][1]  # the previous removal already took the break
            if wide_start < wide_end:
                items.append((wide_start, wide_end, "", rule, *score))
        count = self._apply(doc, TEXT, items)
        if count and doc.text != doc.text.strip("\n"):
            # removing the last lines can leave the break before them dangling
            rule = items[-1][3]
            count += self.rewrite(doc, rule, doc.text.strip("\n"))
        return count


class FieldRepair(MapStage):
    """A map stage that repairs the text and the title the same way, one field at a time."""

    def process(self, doc: Document) -> Document:
        for field in FIELDS:
            if doc.get(field):
                self.repair(doc, field)
        return doc

    @abstractmethod
    def repair(self, doc: Document, field: str) -> None:
        """Repair one field of the document in place, through the ledger helpers."""


class CorpusStage(Stage):
    """A stage that must see every document before it can decide (scikit-learn's fit/transform).

    - `sketch(doc)`: a compact, picklable summary of one document; runs wherever map stages run.
    - `fit(sketches)`: decide from `(seq, id, sketch)` triples streamed in input order.
    - `apply(doc, decision)`: act on one document, given `decision_for(state, seq)`.
    """

    kind: ClassVar[str] = "corpus"

    @abstractmethod
    def sketch(self, doc: Document) -> Any:
        """A compact, picklable summary of one document."""

    @abstractmethod
    def fit(self, sketches: Iterable[tuple[int, str, Any]]) -> Any:
        """Decide, from every document's sketch."""

    @abstractmethod
    def decision_for(self, state: Any, seq: int) -> Any:
        """The part of the decision one document needs."""

    @abstractmethod
    def apply(self, doc: Document, decision: Any) -> Document:
        """Act on one document."""

    def summary(self, state: Any) -> dict[str, Any]:
        """Corpus-level statistics for the report and dataset card."""
        return {}

    def sketch_batch(self, docs: list[Document]) -> list[Any]:
        """`[self.sketch(doc) for doc in docs]`: a stage that can share work across a batch
        (one numpy call for many documents) overrides it, with the same sketches."""
        return [self.sketch(doc) for doc in docs]


def check_ranges(stage: Stage, **bounds: tuple[float | None, float | None]) -> None:
    """Raise ValueError naming `stage.key` for a setting outside `(low, high)`, both included.

    Called from a stage's `__post_init__`, so a recipe with a bad value stops before any work.
    """
    for key, (low, high) in bounds.items():
        value = getattr(stage, key)
        if value is not None and (
            (low is not None and value < low) or (high is not None and value > high)
        ):
            span = f"at least {low}" if high is None else f"in [{low}, {high}]"
            raise ValueError(f"{stage.name}.{key}: {value!r} must be {span}")


def diff_bounds(old: str, new: str) -> tuple[int, int, int]:
    """Smallest differing window: returns (start, end in old, end in new)."""
    limit = min(len(old), len(new))
    start = _common(old, new, limit, False)
    tail = _common(old, new, limit - start, True)
    return start, len(old) - tail, len(new) - tail


def _common(a: str, b: str, limit: int, from_end: bool) -> int:
    """How many characters `a` and `b` share at their start (or end), at most `limit`.

    A character at a time for the first `_STEPS`, then by halving, each step one slice
    comparison in C: the common prefix of a 5,000-character text a character at a time took
    0.8 ms (the boilerplate stage's `strip("\n")` after its last lines go: 2% of its time on
    web pages)."""
    count = 0
    stop = min(limit, _STEPS)
    if from_end:
        while count < stop and a[-1 - count] == b[-1 - count]:
            count += 1
    else:
        while count < stop and a[count] == b[count]:
            count += 1
    if count < stop or count == limit:
        return count
    low, high = count, limit
    while low < high:
        middle = (low + high + 1) // 2
        if a[len(a) - middle :] == b[len(b) - middle :] if from_end else a[:middle] == b[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


_STEPS = 32


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the non-empty lines of `text` (a line is our unit of boilerplate)."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            spans.append((pos, end))
        pos = end + 1
    return spans


def _widen_to_separator(text: str, start: int, end: int) -> tuple[int, int]:
    after = end
    while after < len(text) and text[after] == "\n":
        after += 1
    if after > end:
        return start, after
    before = start
    while before > 0 and text[before - 1] == "\n":
        before -= 1
    return before, end


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, frozenset):
        return sorted(value)
    return value


class LedgerHelpers:
    """`MapStage`'s ledger helpers for a corpus stage that edits text in `apply`.

    A corpus stage mixes this in (`class X(LedgerHelpers, CorpusStage)`) to remove lines with
    `remove_blocks` exactly as map stages do, without becoming a map stage itself.
    """

    name: ClassVar[str]
    replace_spans = MapStage.replace_spans
    substitute = MapStage.substitute
    rewrite = MapStage.rewrite
    remove_blocks = MapStage.remove_blocks
    _apply = MapStage._apply
