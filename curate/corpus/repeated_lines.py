"""Lines a site repeats on many of its pages: its own furniture, removed without a rule for it.

A site is the host of a document's `source` URL (`www.` dropped), or the folder of its file.
sketch: the site, the word count, and a hash of each short line (case-folded `\\w+` tokens,
        digits as 0, so "12 comments" and "3 comments" agree).
fit:    per site, a line is furniture when it stands on at least `min_documents` of the site's
        documents and on at least `min_share` of them: "Copyright ⓒ Entermedia.co.kr. 무단전재
        및 재배포 금지" on every entermedia.co.kr page; "Get Motor Cycle Monthly delivered
        through your letterbox every month." on every morebikes.co.uk review.
apply:  those lines leave each document as ledger edits (rule `repeated_line`). A document that
        would lose more than `max_removed_share` of its words is left whole: it is a copy of
        another page, which is `dedup`'s job, not furniture.
"""

from __future__ import annotations

import math
import re
import tempfile
from array import array
from collections import Counter, defaultdict
from collections.abc import Container, Iterable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any, ClassVar, NamedTuple
from urllib.parse import urlsplit

import numpy as np
import xxhash

from curate.corpus.line_keys import line_keys, spans_with_keys
from curate.corpus.spill import RecordFile, SortedRecords
from curate.document import Document
from curate.stages.base import CorpusStage, LedgerHelpers, register

RULE = "repeated_line"
TOKEN = re.compile(r"\w+")
DIGIT = re.compile(r"\d")
LETTER = re.compile(r"[^\W\d_]")


class LineSketch(NamedTuple):
    site: str | None
    words: int
    lines: tuple[tuple[int, int], ...]  # (line hash, its words in the document), distinct


@dataclass
class RepeatedLinesState:
    decisions: Mapping[int, frozenset[int]]  # by seq: hashes of the lines to remove
    stats: dict[str, Any]


class LineDecisions:
    """The lines to remove from each edited document, gathered as flat arrays while a `fit`
    decides (8 bytes a line, 16 a document), then spilled to a temporary folder sorted by seq
    and read back a block at a time (`finish`). As a dict of frozensets they took about 1.2
    KiB an edited web page (911 of 7,106 pages of the 200 MiB crawl) until the run's end."""

    def __init__(self) -> None:
        self.seqs = array("q")
        self.ends = array("q")
        self.keys = array("Q")

    def __setitem__(self, seq: int, lines: Iterable[int]) -> None:
        self.keys.extend(lines)
        self.seqs.append(seq)
        self.ends.append(len(self.keys))

    def __len__(self) -> int:
        return len(self.seqs)

    def finish(self) -> Mapping[int, frozenset[int]]:
        """The decisions as a read-only mapping by seq, off the disk."""
        folder = tempfile.TemporaryDirectory(prefix="curate-lines-")
        work = Path(folder.name)
        ends = np.frombuffer(self.ends, np.int64) if self.ends else np.empty(0, np.int64)
        records = np.empty(len(self.seqs), _LINES)
        records["seq"] = self.seqs
        records["start"] = np.r_[0, ends[:-1]] if len(ends) else []
        records["end"] = ends
        records = records[np.argsort(records["seq"], kind="stable")]
        keys = RecordFile(work / "lines.u64", np.uint64, keep=folder)
        keys.append(np.frombuffer(self.keys, np.uint64) if self.keys else [])
        keys.close()
        index = RecordFile(work / "documents.rec", _LINES, keep=folder)
        index.append(records)
        self.seqs, self.ends, self.keys = array("q"), array("q"), array("Q")
        return SortedRecords(index, "seq", _LinesOf(keys))


_LINES = np.dtype([("seq", np.int64), ("start", np.int64), ("end", np.int64)])


class _LinesOf:
    """A spilled document record back as its frozenset of line hashes.

    The hashes are read `KEYS_READ` at a time (32 KiB), not a file read a document: the
    engine asks for the documents in input order, which is the order they were written in."""

    KEYS_READ = 4096

    def __init__(self, keys: RecordFile) -> None:
        self.keys = keys
        self._first = 0  # the position of the first hash read
        self._read: list[int] = []

    def __call__(self, record: Any) -> frozenset[int]:
        start, end = int(record["start"]), int(record["end"])
        if not (self._first <= start and end <= self._first + len(self._read)):
            self._first = start
            self._read = self.keys.read(start, max(end, start + self.KEYS_READ)).tolist()
        return frozenset(self._read[start - self._first : end - self._first])


class LineRemover(LedgerHelpers):
    """What the corpus stages that remove whole lines share: a state of line hashes to remove
    by document (`RepeatedLinesState`), applied as ledger edits of the stage's `rule`."""

    rule: ClassVar[str]

    def decision_for(self, state: RepeatedLinesState, seq: int) -> frozenset[int] | None:
        return state.decisions.get(seq)

    def apply(self, doc: Document, decision: frozenset[int] | None) -> Document:
        return remove_lines(self, doc, decision, self.rule)

    def summary(self, state: RepeatedLinesState) -> dict[str, Any]:
        return dict(state.stats)


@register
@dataclass(frozen=True)
class RepeatedLineRemover(LineRemover, CorpusStage):
    """Remove the lines a site repeats across its documents."""

    name = "repeated_lines"
    rule = RULE
    min_documents: int = 3  # a line must stand on at least this many documents of its site
    min_share: float = 0.05  # ... and on at least this share of the site's documents
    max_words: int = 80  # longer lines are article text even when repeated
    max_removed_share: float = 0.5  # leave a document whole rather than remove more of it

    def __post_init__(self) -> None:
        if self.min_documents < 2:
            raise ValueError("repeated_lines.min_documents must be >= 2")
        if not 0.0 <= self.min_share <= 1.0 or not 0.0 < self.max_removed_share <= 1.0:
            raise ValueError("repeated_lines.min_share and max_removed_share must be in [0, 1]")
        if self.max_words < 1:
            raise ValueError("repeated_lines.max_words must be >= 1")

    def sketch(self, doc: Document) -> LineSketch:
        site = site_of(doc.source)
        total = 0
        lines: dict[int, int] = {}
        for _start, _end, words, key in line_keys(doc.text):
            total += words
            if site is not None and words <= self.max_words:
                if key is not None:  # words summed over the line's repeats in this document
                    lines[key] = lines.get(key, 0) + words
        return LineSketch(site, total, tuple(lines.items()))

    def fit(self, sketches) -> RepeatedLinesState:
        # each sketch held as one array of (line hash, words) pairs until its site is decided:
        # 16 bytes a line, where the tuples of ints took about 120 (3.4 KiB a web page)
        by_site: dict[str, list[tuple[int, CompactLines]]] = defaultdict(list)
        documents = 0
        for seq, _doc_id, sketch in sketches:
            documents += 1
            if sketch.site is not None and sketch.lines:
                by_site[sketch.site].append((seq, CompactLines.of(sketch)))
        decisions = LineDecisions()
        furniture_lines = sites_with_furniture = spared = removed_lines = 0
        for members in by_site.values():
            counts = Counter(key for _, sketch in members for key in sketch.keys())
            needed = self.needed(len(members))
            furniture = {key for key, count in counts.items() if count >= needed}
            if not furniture:
                continue
            sites_with_furniture += 1
            furniture_lines += len(furniture)
            spare, removed = decide(members, furniture, self.max_removed_share, decisions)
            spared += spare
            removed_lines += removed
        stats = {
            "documents": documents,
            "sites": len(by_site),
            "sites_with_furniture": sites_with_furniture,
            "furniture_lines": furniture_lines,
            "documents_edited": len(decisions),
            "documents_spared": spared,
            "lines_removed": removed_lines,
        }
        return RepeatedLinesState(decisions.finish(), stats)

    def needed(self, site_documents: int) -> int:
        """On how many of a site's documents (those with short lines) a line is furniture."""
        return max(self.min_documents, math.ceil(self.min_share * site_documents))

    def furniture_in(
        self, lines: Iterable[tuple[int, int]], words: int, furniture: Container[int]
    ) -> tuple[frozenset[int], bool]:
        """The furniture lines to remove from one document, and whether it is spared instead.

        `lines` are the document's `(line hash, words)`, `words` its word count. A document
        the furniture would take more than `max_removed_share` of is left whole (spared).
        """
        return furniture_in(lines, words, furniture, self.max_removed_share)


class CompactLines:
    """A `LineSketch`'s `words` and `lines`, the pairs flattened into one unsigned array."""

    __slots__ = ("pairs", "words")

    def __init__(self, words: int, pairs: array) -> None:
        self.words = words
        self.pairs = pairs

    @classmethod
    def of(cls, sketch: LineSketch) -> CompactLines:
        return cls(sketch.words, array("Q", [value for pair in sketch.lines for value in pair]))

    @property
    def lines(self) -> Iterator[tuple[int, int]]:
        pairs = self.pairs
        return zip(pairs[0::2], pairs[1::2], strict=True)

    def keys(self) -> array:
        return self.pairs[0::2]


def remove_lines(
    stage: LedgerHelpers, doc: Document, decision: frozenset[int] | None, rule: str
) -> Document:
    """Remove the lines of `doc` whose `line_key` is in `decision`, as ledger edits of `rule`."""
    if not decision:
        return doc
    removals = [(rule, start, end) for start, end in spans_with_keys(doc.text, decision)]
    stage.remove_blocks(doc, removals)
    return doc


def decide(
    members: Iterable[tuple[int, Any]],
    furniture: Container[int],
    max_share: float,
    decisions: MutableMapping[int, frozenset[int]] | LineDecisions,
) -> tuple[int, int]:
    """Each `(seq, sketch)`'s furniture lines into `decisions` (sketches with `lines` and
    `words`); returns (documents spared, lines to remove)."""
    spared = removed = 0
    for seq, sketch in members:
        lines, spare = furniture_in(sketch.lines, sketch.words, furniture, max_share)
        spared += spare
        if lines:
            decisions[seq] = lines
            removed += len(lines)
    return spared, removed


def furniture_in(
    lines: Iterable[tuple[int, int]], words: int, furniture: Container[int], max_share: float
) -> tuple[frozenset[int], bool]:
    """The furniture among a document's `(line hash, words)`, and whether the document is
    spared instead (the furniture would take more than `max_share` of its `words`)."""
    mine = [(key, count) for key, count in lines if key in furniture]
    if not mine:
        return frozenset(), False
    if sum(count for _, count in mine) > max_share * words:
        return frozenset(), True
    return frozenset(key for key, _ in mine), False


def line_key(words: list[str]) -> int | None:
    """Hash of a line's normalised words; None for a line without letters ("2019", "* * *")."""
    if not any(LETTER.search(word) for word in words):
        return None
    return xxhash.xxh3_64_intdigest(DIGIT.sub("0", " ".join(words)).encode("utf-8"))


def site_of(source: str | None) -> str | None:
    """`https://www.example.com/a` -> `example.com`; `crawl/site/page.html` -> `crawl/site`."""
    if not source or source.startswith("<"):
        return None  # "<records>": in-memory records with no URL have no site
    try:
        parts = urlsplit(source)
    except ValueError:  # "http://[broken" is no URL and no path either
        return None
    if parts.scheme in ("http", "https"):
        return parts.hostname.removeprefix("www.") if parts.hostname else None
    return str(PurePath(source).parent)
