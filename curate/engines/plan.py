"""How a recipe becomes work, independent of where it runs.

The stage list is cut at each corpus stage into segments. A segment applies the decision of
the corpus stage before it (if any), runs its map stages, and sketches for the corpus stage
after it (if any). Engines only move batches between segments; they never look inside stages.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import fastjsonschema

from curate.document import Document
from curate.engines.row_check import surely_valid
from curate.io.readers import INPUT, SPLIT, Quarantined
from curate.publish.records import kept_row, removed_row
from curate.publish.splits import SPLIT_KEY
from curate.resources import schema
from curate.stages.base import CorpusStage, MapStage, Stage

log = logging.getLogger(__name__)


@dataclass
class Segment:
    index: int
    apply: CorpusStage | None = None
    maps: list[MapStage] = field(default_factory=list)
    sketch: CorpusStage | None = None

    @property
    def final(self) -> bool:
        return self.sketch is None


@dataclass
class BatchResult:
    """What one batch produced: documents (or finished rows), sketches, and rejects."""

    docs: list[Document] = field(default_factory=list)
    rows: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # ("kept"|"removed", row)
    sketches: list[tuple[int, str, Any]] = field(default_factory=list)
    rejected: list[Quarantined] = field(default_factory=list)
    written: int = 0  # documents a worker wrote to the batch's checkpoint (engines.handoff)


def plan(stages: list[Stage]) -> list[Segment]:
    segments = [Segment(0)]
    for stage in stages:
        if isinstance(stage, CorpusStage):
            segments[-1].sketch = stage
            segments.append(Segment(len(segments), apply=stage))
        else:
            segments[-1].maps.append(stage)  # type: ignore[arg-type]
    return segments


class RowValidator:
    """Every published row is checked against the JSON Schemas in `schemas/` as it is made.

    The schemas are compiled to Python by fastjsonschema: about 15x faster than interpreting
    them with jsonschema (12 vs 197 microseconds a row), so checking every row stays cheap.
    """

    def __init__(self) -> None:
        # rows vouched for without fastjsonschema (7 vs 16 microseconds a bench row); the
        # others are its to judge, with its message (engines.row_check)
        self.surely_kept = _surely_valid("record")
        self.surely_removed = _surely_valid("removed")

    # fastjsonschema's validators are compiled at the first row the fast test cannot vouch
    # for, not with the validator: 19 ms each, which every run paid before its first batch
    # (a run whose rows are all valid never needs them)
    @property
    def kept(self):
        return _compiled("record")

    @property
    def removed(self):
        return _compiled("removed")

    def check(self, kind: str, row: dict[str, Any]) -> None:
        problem = self.problem(kind, row)
        if problem is not None:
            raise ValueError(problem)

    def problem(self, kind: str, row: dict[str, Any]) -> str | None:
        """Why `row` breaks its schema, or None."""
        if (self.surely_kept if kind == "kept" else self.surely_removed)(row):
            return None
        try:
            (self.kept if kind == "kept" else self.removed)(row)
        except fastjsonschema.JsonSchemaException as err:
            return f"{kind} row {row.get('id')!r} breaks the schema: {err.message}"
        return None


@cache
def _compiled(name: str):
    """A schema's validator, compiled once a process (19 ms each: generated, then `exec`ed);
    a validator keeps no state between rows."""
    return fastjsonschema.compile(schema(name))


@cache
def _surely_valid(name: str):
    """A schema's "surely valid" test (engines.row_check), compiled once a process."""
    return surely_valid(schema(name))


def emptied(stage: str, doc: Document) -> Document:
    """A document whose text a stage took away entirely leaves with a rule of its own."""
    # a page that is all furniture: the boilerplate stage removes every line of it
    # (`not text.strip()` without copying the text: empty, or whitespace alone)
    text = doc.text
    if doc.removal is None and (not text or text.isspace()):
        doc.remove(stage, "emptied", f"the {stage} stage removed all of its text")
    return doc


def run_batch(
    segment: Segment,
    docs: list[Document],
    decisions: dict[int, Any] | None = None,
    validator: RowValidator | None = None,
) -> BatchResult:
    """Run one segment over one batch. Pure: same batch in, same result out, on any engine.

    Each map stage runs over the whole batch before the next one starts: a stage's tables,
    compiled patterns and caches stay warm in the processor's caches while it works through
    the batch. Every map stage reads one document alone, so the documents come out the same as
    when each went through all the stages in turn, 25% faster (the `news` recipe's map stages
    on 2,000 bench documents: 2.18 -> 1.64 CPU s). What is published, sketched and quarantined
    is then gathered in the batch's order, as before. A stage gets the batch's live documents
    at once (`process_batch`: the boilerplate stage scores their lines by one model call); a
    document it raises on is quarantined alone, as before.
    """
    result = BatchResult()
    live = list(docs)
    # `doc.removal is None` is `not doc.removed` without the property's call, a text empty or
    # whitespace alone is found without `strip()`'s copy of it, and `emptied` is called only
    # for such a text: these loops run some 240,000 times on 20,000 documents (news recipe)
    apply, first = segment.apply, segment.index == 0
    if first or apply is not None:
        decided = decisions or {}
        for position, doc in enumerate(live):
            if first and doc.removal is None and (not doc.text or doc.text.isspace()):
                doc.remove("read", "empty", "empty or whitespace-only document")
            if apply is not None and doc.removal is None:
                decision = decided.get(doc.seq)
                live[position] = emptied(apply.name, apply.apply(doc, decision))
    failed: dict[int, Quarantined] = {}  # a document's place in the batch: why it failed
    for stage in segment.maps:
        todo = [at for at, doc in enumerate(live) if doc.removal is None and at not in failed]
        raised: dict[int, Exception] = {}
        done = stage.process_batch([live[at] for at in todo], raised)  # a batch's shared work
        for slot, (position, doc) in enumerate(zip(todo, done, strict=True)):
            if slot in raised:
                err = _stage_error(stage, doc, raised[slot])
                failed[position] = _quarantined(doc, "stage_error", f"document {doc.id!r}: {err}")
            elif doc.removal is None and (not doc.text or doc.text.isspace()):
                live[position] = emptied(stage.name, doc)
            else:
                live[position] = doc  # what `emptied` returns when it removes nothing
    to_sketch: list[Document] = []  # sketched together once the batch is through its maps
    sketching, final = segment.sketch is not None, segment.final
    for position, doc in enumerate(live):
        if position in failed:
            result.rejected.append(failed[position])
            continue
        removed = doc.removal is not None
        if sketching and not removed:
            to_sketch.append(doc)
        if final:
            kind = "removed" if removed else "kept"
            row = removed_row(doc) if removed else kept_row(doc)
            if validator is not None:
                problem = validator.problem(kind, row)
                if problem is not None:  # one bad row must not stop the run: it is quarantined
                    result.rejected.append(_quarantined(doc, "schema", problem))
                    continue
            if kind == "kept" and SPLIT in doc.labels:  # the writer files it under its split
                row[SPLIT_KEY] = doc.labels[SPLIT]
            result.rows.append((kind, row))
        else:
            result.docs.append(doc)
    if to_sketch:
        sketched, unsketched = _sketched(segment.sketch, to_sketch)
        result.sketches = [(doc.seq, doc.id, sketch) for doc, sketch in sketched]
        if unsketched:  # a document its corpus stage cannot sketch is quarantined, as in a map
            gone = {doc.seq for doc, _ in unsketched}
            result.docs = [doc for doc in result.docs if doc.seq not in gone]
            for doc, err in unsketched:
                error = f"document {doc.id!r}: {err}"
                result.rejected.append(_quarantined(doc, "stage_error", error))
    return result


def _quarantined(doc: Document, kind: str, error: str) -> Quarantined:
    """`doc`'s quarantine record, with the way back to the input: the file and line it was
    read from, not its URL."""
    file, line = doc.labels.get(INPUT) or (doc.source or "<input>", None)
    return Quarantined(file, line, kind, error, doc.seq, doc.id)


def _sketched(
    stage: Any, docs: list[Document]
) -> tuple[list[tuple[Document, Any]], list[tuple[Document, StageError]]]:
    """The batch's sketches (`sketch_batch`); if that fails, each document's own, so that the
    one a stage cannot sketch fails alone (with the error that says why)."""
    try:
        return list(zip(docs, stage.sketch_batch(docs), strict=True)), []
    except Exception:  # noqa: BLE001 - found again below, document by document
        pass
    sketched, failed = [], []
    for doc in docs:
        try:
            sketched.append((doc, stage.sketch(doc)))
        except Exception as err:  # one bad document must not take the run down
            log.debug("stage %s failed to sketch %s: %s", stage.name, doc.id, err)
            message = f"stage {stage.name} raised {type(err).__name__} in its sketch: {err}"
            failed.append((doc, StageError(message)))
    return sketched, failed


class StageError(RuntimeError):
    """A stage failed on one document; that document is quarantined, the run goes on."""


def _stage_error(stage: MapStage, doc: Document, err: Exception) -> StageError:
    """What a stage raising `err` on `doc` quarantines it with (one bad document must not take
    the run down)."""
    log.debug("stage %s failed on %s: %s", stage.name, doc.id, err)
    return StageError(f"stage {stage.name} raised {type(err).__name__}: {err}")
