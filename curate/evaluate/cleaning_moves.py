"""What the cleaning stages do to each HTML page's score, page by page, per site half.

On held-out pages the cleaning after extraction gained nothing on average (shingle F1 0.912 ->
0.912: 130 pages better, 140 worse). An average hides which pages moved and why; this view
scores every page of the two benchmarks twice, as the reader extracted it (the `web` recipe's
reader, trafilatura with curate's options) and after the `web` recipe's cleaning stages
(`MAP_STAGES`: the map stages to `bylines`, each half's pages by the line model that never saw
their sites, then the corpus stages over each benchmark as one corpus), and counts the pages
made better and worse, per half.

A worse page is given the kind of its loss: the rule whose removed lines, put back, win back
the most of its score (`line_model`, `link_list_dense`, ... by rule name; `emptied`: a page
the stages removed whole); `rewrite` when no removal explains it (a clause moved to a field,
a line rewritten). Scores, as `extraction` has them: aeb, the page's 4-gram shingle F1
against the gold body; the trafilatura set, the page's F of its `with` segments found (TP),
missed (FN) and `without` segments found (FP).

The pages people read line by line (`checked`'s `READ_FILES`: 986 pages, each line with its
kind) say what each rule took and what was left, in the reading's words: per half, the content
lines each rule removed by kind (`subheading`, `body`, ...) and the noise lines kept by kind
(`related_headline`, `comment`, ...), each line found by its `line_key`'s hash.

Not part of a plain `make eval` (the same pages as `extraction`, read again): name it,
`python -m curate.evaluate cleaning_moves`.
"""

from __future__ import annotations

import gzip
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from curate.document import Document
from curate.evaluate import extraction
from curate.evaluate.extraction import SPACE, _shingles, _stage, aeb_pages, trafilatura_pages
from curate.evaluate.pages import half, site_of

MAP_STAGES = ("unicode", "markup", "boilerplate", "bylines")  # then extraction's CORPUS_STAGES
WORKERS = 2
MOVED = 0.005  # a page's score moving less than this moved nowhere (rounding, a shingle)
EMPTIED = "emptied"
REWRITE = "rewrite"
KEPT = "kept"
TOP = 6  # kinds listed a cell


@dataclass
class Move:
    """One page: its score extracted and cleaned, and the lines the cleaning removed by rule."""

    key: str
    benchmark: str
    half: str
    before: float
    after: float
    removed: dict[str, list[str]] = field(default_factory=dict)
    kind: str | None = None  # a worse page's loss, by rule (None: not worse)
    gains: dict[str, float] = field(default_factory=dict)  # rule -> score won back
    # on a read page: (what became of a labelled line of the reader's text, its read label,
    # its read kind) -> lines; what: the rule that removed it, or `KEPT`
    read: Counter = field(default_factory=Counter)

    @property
    def change(self) -> float:
        return self.after - self.before


# Scores of one page ---------------------------------------------------------------------------
def shingle_f1(text: str, body: str) -> float:
    """aeb: the page's 4-gram shingle F1 against its gold body (both empty: 1)."""
    truth, predicted = _shingles(body), _shingles(text)
    if not truth or not predicted:
        return float(not truth and not predicted)
    common = sum((truth & predicted).values())
    precision, recall = common / sum(predicted.values()), common / sum(truth.values())
    return 2 * precision * recall / (precision + recall) if common else 0.0


def segment_f(text: str, segments: tuple[list[str], list[str]]) -> float:
    """The trafilatura set: F of the page's `with` segments found and `without` found."""
    wanted, unwanted = segments
    output = SPACE.sub(" ", text)
    tp = sum(SPACE.sub(" ", s) in output for s in wanted)
    fp = sum(SPACE.sub(" ", s) in output for s in unwanted)
    fn = len(wanted) - tp
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


# The run --------------------------------------------------------------------------------------
def run(eval_dir: Path) -> str:
    moves = collect(eval_dir)
    return report(moves) if moves else f"skipped: no benchmark pages under {eval_dir}"


def collect(eval_dir: Path) -> list[Move]:
    """Every page of both benchmarks, extracted and cleaned, scored both ways."""
    eval_dir = Path(eval_dir)
    moves: list[Move] = []
    if (eval_dir / "aeb" / "ground-truth.json").is_file():
        pages, gold = aeb_pages(eval_dir / "aeb")
        moves += _moves("aeb", pages, gold, shingle_f1)
    if (eval_dir / "trafilatura" / "evaldata.json").is_file():
        with tempfile.TemporaryDirectory(prefix="curate-moves-") as tmp:
            pages, segments = trafilatura_pages(eval_dir / "trafilatura", Path(tmp))
            moves += _moves("trafilatura", pages, segments, segment_f)
    return moves


def _moves(benchmark: str, pages: list, gold: dict, score: Callable[[str, Any], float]) -> list:
    with ProcessPoolExecutor(WORKERS) as pool:
        read = [r for r in pool.map(_cleaned_page, pages, chunksize=4) if r is not None]
    extracted = {doc.id: text for text, doc in read}
    cleaned = _corpus([doc for _, doc in read])
    kinds = read_kinds()
    moves = []
    for key, doc in sorted(cleaned.items()):
        if key not in gold:
            continue
        url = next((u for k, _, u in pages if k == key), None)
        text = "" if doc.removed else doc.text
        move = Move(
            key=key,
            benchmark=benchmark,
            half=half(site_of(url, key)),
            before=score(extracted[key], gold[key]),
            after=score(text, gold[key]),
            removed=removed_lines(doc),
        )
        if key in kinds:
            move.read = fates(extracted[key], doc, kinds[key])
        if move.change <= -MOVED:
            move.kind, move.gains = loss_kind(doc, text, gold[key], score)
        moves.append(move)
    return moves


def removed_lines(doc: Document) -> dict[str, list[str]]:
    """The whole lines each rule removed from the text (by the ledger)."""
    found: dict[str, list[str]] = defaultdict(list)
    for edit in doc.edits:
        if edit.field == "text" and edit.after == "" and edit.before.strip():
            found[edit.rule].append(edit.before.strip())
    return dict(found)


def read_kinds() -> dict[str, dict[str, tuple[int, str]]]:
    """page key -> line hash -> (read label, read kind), from every file of hand labels. A line
    read twice on its page with two labels is left out: a table of contents' entry (navigation)
    and the subheading it links to have one `line_key`, and the HTML reader's text holds one."""
    from curate.evaluate.checked import READ_FILES, load_checked

    found: dict[str, dict[str, tuple[int, str]]] = {}
    for path in READ_FILES:
        if path.is_file():
            for page in load_checked(path):
                lines: dict[str, tuple[int, str]] = {}
                both = set()
                for line, label, kind in zip(page.hashes, page.labels, page.kinds, strict=True):
                    if label is not None and lines.setdefault(line, (label, kind))[0] != label:
                        both.add(line)
                found[page.id] = {line: read for line, read in lines.items() if line not in both}
    return found


def fates(text: str, doc: Document, kinds: dict[str, tuple[int, str]]) -> Counter:
    """What became of each read line of the reader's `text`: (the rule that removed it, or
    `KEPT`, its read label, its read kind) -> lines."""
    from curate.evaluate.checked import line_hash

    by_line = {}
    for rule, lines in removed_lines(doc).items():
        for line in lines:
            by_line.setdefault(line_hash(line), rule)
    left = set() if doc.removed else {line_hash(line) for line in doc.text.split("\n\n")}
    found: Counter = Counter()
    for line in text.split("\n\n"):
        key = line_hash(line)
        if key in kinds:
            fate = KEPT if key in left else by_line.get(key, EMPTIED if doc.removed else REWRITE)
            found[(fate, *kinds[key])] += 1
    return found


def loss_kind(
    doc: Document, text: str, gold: Any, score: Callable[[str, Any], float]
) -> tuple[str, dict[str, float]]:
    """The rule whose removed lines, put back (after the text), win back the most score;
    `emptied` for a page removed whole; `rewrite` when no removal wins anything back."""
    if doc.removed:
        return EMPTIED, {}
    now = score(text, gold)
    gains = {
        rule: score("\n\n".join([text, *lines]), gold) - now
        for rule, lines in removed_lines(doc).items()
    }
    best = max(gains.items(), key=lambda item: (item[1], item[0]), default=(REWRITE, 0.0))
    return (best[0] if best[1] > 0 else REWRITE), gains


def _cleaned_page(page: tuple[str, Path, str | None]) -> tuple[str, Document] | None:
    """(the reader's text, the document after the map stages) of one page, the line model
    one that never saw its site; None when the reader finds no text."""
    from curate.io.html import page_document

    key, path, url = page
    if not path.is_file():
        return None
    data = path.read_bytes()
    if path.name.endswith(".gz"):
        data = gzip.decompress(data)
    doc = page_document(data, str(path), key, "trafilatura", source=url)
    if not isinstance(doc, Document):
        return None
    text = doc.text
    part = half(site_of(url, key))
    for name in MAP_STAGES:
        if doc.removed:
            break
        doc = _stage(name, part).process(doc)
    return text, doc


def _corpus(docs: list[Document]) -> dict[str, Document]:
    """The recipe's corpus stages over one benchmark's pages (those not removed whole), as
    `extraction` runs them."""
    found = {doc.id: doc for doc in docs}
    found.update(extraction._corpus([doc for doc in docs if not doc.removed]))
    return found


# The report -----------------------------------------------------------------------------------
def report(moves: list[Move]) -> str:
    out = [
        f"{'benchmark':<12} {'half':<4} {'pages':>5} {'before':>7} {'after':>7} "
        f"{'better':>6} {'worse':>6}  worse by kind (pages, score lost)"
    ]
    for benchmark in sorted({m.benchmark for m in moves}):
        for part in ("A", "B"):
            some = [m for m in moves if m.benchmark == benchmark and m.half == part]
            if not some:
                continue
            better = sum(m.change >= MOVED for m in some)
            worse = [m for m in some if m.change <= -MOVED]
            kinds = Counter(m.kind for m in worse)
            lost = Counter()
            for m in worse:
                lost[m.kind] -= m.change
            listed = ", ".join(f"{k} {n} ({lost[k]:.2f})" for k, n in kinds.most_common())
            out.append(
                f"{benchmark:<12} {part:<4} {len(some):5d} {_mean(some, 'before'):7.4f} "
                f"{_mean(some, 'after'):7.4f} {better:6d} {len(worse):6d}  {listed or '-'}"
            )
    out.append(
        f"(per page: aeb shingle F1, trafilatura set segment F; better / worse: moved by at least "
        f"{MOVED}; each half by the line model that never saw its sites)"
    )
    return "\n".join(out + read_report(moves))


def read_report(moves: list[Move]) -> list[str]:
    """Per half, on the read pages: the content lines removed, by rule and kind, and the noise
    lines kept, by kind."""
    out = []
    for part in ("A", "B"):
        fates: Counter = Counter()
        pages = 0
        for move in moves:
            if move.half == part and move.read:
                fates.update(move.read)
                pages += 1
        if not pages:
            continue
        content = sum(n for (_, label, _), n in fates.items() if label == 1)
        noise = sum(n for (_, label, _), n in fates.items() if label == 0)
        lost: Counter = Counter()
        left: Counter = Counter()
        for (fate, label, kind), n in fates.items():
            if label == 1 and fate != KEPT:
                lost[f"{fate}/{kind}"] += n
            elif label == 0 and fate == KEPT:
                left[kind] += n
        out.append(
            f"read pages, half {part}: {pages} pages; content lines removed "
            f"{sum(lost.values())} of {content}: {_listed(lost)}; noise lines kept "
            f"{sum(left.values())} of {noise}: {_listed(left)}"
        )
    return out


def _listed(counts: Counter) -> str:
    return ", ".join(f"{name} {n}" for name, n in counts.most_common(TOP)) or "none"


def _mean(moves: list[Move], name: str) -> float:
    return sum(getattr(m, name) for m in moves) / len(moves)
