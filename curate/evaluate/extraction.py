"""Main-text extraction from HTML: curate against trafilatura alone, on two public benchmarks.

- `aeb/`: scrapinghub's article-extraction-benchmark, 181 pages with gold article bodies.
  P/R/F1 over multisets of 4-gram shingles of lowercased `\\w+` tokens, averaged per page.
- `trafilatura/`: trafilatura's own evaluation set, 990 pages with segments that must appear
  (`with`) and must not (`without`) in the output; P/R/F summed over the corpus.

Each page is read by `curate.io.html` (trafilatura with curate's options), cleaned by the map
stages of the `web` recipe up to `boilerplate`, then its corpus stages `repeated_lines` and
`other_titles` run over each benchmark as one corpus, sites told apart by the page URL.
Baselines come from the same run: trafilatura with default options, and trafilatura with
curate's options (before any stage).
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import re
import tarfile
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from pathlib import Path
from typing import Any

from curate.document import CAPTIONED_LINES, HEADED_LINES, LINKED_LINES, Document
from curate.evaluate.pages import half, scoring_model, site_of
from curate.io.html import extract_page, read_page
from curate.pipeline import Pipeline
from curate.stages.base import CorpusStage, MapStage

RECIPE = "web"
MAP_STAGES = ("unicode", "markup", "boilerplate")
CORPUS_STAGES = ("repeated_lines", "other_titles")
RULES_ONLY = "boilerplate, rules only"
WORKERS = 2
TOKEN = re.compile(r"\w+")
SPACE = re.compile(r"\s+")

Page = tuple[str, Path, str | None]  # (key, file, url)


def run(eval_dir: Path) -> str:
    started = time.perf_counter()
    out = [f"{'benchmark':<12} {'system':<44} {'P':>6} {'R':>6} {'F1':>6} {'F1 A':>6} {'F1 B':>6}"]
    notes = []
    pages = 0
    benchmarks: list[tuple[str, Path, Callable]] = [
        ("aeb", eval_dir / "aeb", _aeb),
        ("trafilatura", eval_dir / "trafilatura", _trafilatura),
    ]
    for name, folder, evaluate in benchmarks:
        if not folder.is_dir():
            notes.append(f"{name}: skipped, {folder} not found")
            continue
        rows, removed, count = evaluate(folder)
        pages += count
        for system, (precision, recall, f1), halves in rows:
            out.append(
                f"{name:<12} {system:<44} {precision:6.3f} {recall:6.3f} {f1:6.3f} "
                f"{halves['A'][2]:6.3f} {halves['B'][2]:6.3f}"
            )
        rules = ", ".join(f"{rule} {n}" for rule, n in removed.most_common())
        notes.append(f"{name}: {count} pages; lines removed by curate: {rules or 'none'}")
    seconds = time.perf_counter() - started
    notes.append(
        f"{pages} pages in {seconds:.0f} s ({WORKERS} processes); F1 A / F1 B: the pages of each "
        "half of the sites (curate.evaluate.pages.half), each scored by a line model that never "
        "saw its sites (half B: the shipped model, trained on half A; half A: one trained on B)"
    )
    return "\n".join(out + notes)


# Benchmarks -----------------------------------------------------------------------------------
def aeb_pages(folder: Path) -> tuple[list[Page], dict[str, str]]:
    """The pages of article-extraction-benchmark and the gold article body of each."""
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = [
        (key, folder / "html" / f"{key}.html.gz", item.get("url")) for key, item in truth.items()
    ]
    return pages, {key: item["articleBody"] for key, item in truth.items()}


def trafilatura_pages(
    folder: Path, tmp: Path
) -> tuple[list[Page], dict[str, tuple[list[str], list[str]]]]:
    """The pages of trafilatura's evaluation set, unpacked into `tmp`, and the segments each
    must (`with`) and must not (`without`) show."""
    truth = json.loads((folder / "evaldata.json").read_text(encoding="utf-8"))
    with tarfile.open(folder / "html.tar.xz") as archive:
        archive.extractall(tmp, filter="data")
    pages = []
    for url, item in truth.items():
        found = (Path(tmp, sub, item["file"]) for sub in ("cache", "eval"))
        path = next((p for p in found if p.exists()), None)
        if path is not None:
            pages.append((url, path, url if url.startswith("http") else None))
    return pages, {url: (item["with"], item["without"]) for url, item in truth.items()}


def _aeb(folder: Path) -> tuple[list, Counter, int]:
    pages, gold = aeb_pages(folder)
    systems, removed = _systems(pages)
    halves = {key: half(site_of(url, key)) for key, _, url in pages}
    rows = [
        (name, _shingle_scores(texts, gold), _by_half(_shingle_scores, texts, gold, halves))
        for name, texts in systems
    ]
    return rows, removed, len(pages)


def _trafilatura(folder: Path) -> tuple[list, Counter, int]:
    with tempfile.TemporaryDirectory(prefix="curate-eval-") as tmp:
        pages, segments = trafilatura_pages(folder, Path(tmp))
        systems, removed = _systems(pages)
    halves = {key: half(site_of(url, key)) for key, _, url in pages}
    rows = [
        (name, _segment_scores(texts, segments), _by_half(_segment_scores, texts, segments, halves))
        for name, texts in systems
    ]
    return rows, removed, len(pages)


def _by_half(score: Callable, texts: dict, gold: dict, halves: dict[str, str]) -> dict:
    return {
        part: score(texts, {key: value for key, value in gold.items() if halves.get(key) == part})
        for part in ("A", "B")
    }


def _systems(pages: list[Page]) -> tuple[list[tuple[str, dict[str, str]]], Counter]:
    """The outputs per page: trafilatura defaults, curate's extraction, curate, and the same
    with Resiliparse as the extractor."""
    with ProcessPoolExecutor(WORKERS) as pool:
        results = list(pool.map(_page, pages, chunksize=4))
    default = {r[0]: r[1] for r in results}
    extracted = {r[0]: r[2] for r in results}
    cleaned = _corpus([r[3] for r in results if r[3] is not None])
    rules_only = _corpus([r[4] for r in results if r[4] is not None])
    fast_raw = {r[0]: r[5] for r in results}
    fast = _corpus([r[6] for r in results if r[6] is not None])
    removed = Counter(
        edit.rule
        for doc in cleaned.values()
        for edit in doc.edits
        if edit.after == "" and edit.field == "text"
    )
    systems = [
        ("trafilatura 2.3.1 (default options)", default),
        ("trafilatura include_comments=False (curate's)", extracted),
        ("curate, rules only (no line model)", {k: d.text for k, d in rules_only.items()}),
        ("curate (trafilatura + stages)", {k: d.text for k, d in cleaned.items()}),
        # reader.extractor: resiliparse, the fast extractor for the bulk of a crawl
        ("resiliparse main content (curate's reader)", fast_raw),
        ("curate (resiliparse + stages)", {k: d.text for k, d in fast.items()}),
    ]
    return systems, removed


def _corpus(docs: list[Document]) -> dict[str, Document]:
    """The recipe's corpus stages over the benchmark's pages, one after the other, sites told
    apart by URL."""
    for seq, doc in enumerate(docs):
        doc.seq = seq
    for name in CORPUS_STAGES:
        corpus = _stage(name)
        state = corpus.fit((doc.seq, doc.id, corpus.sketch(doc)) for doc in docs)
        for doc in docs:
            corpus.apply(doc, corpus.decision_for(state, doc.seq))
    return {doc.id: doc for doc in docs}


def _page(page: Page) -> tuple[str, str, str, Document | None, Document | None, str, Any]:
    """(key, trafilatura default, curate's extraction, curate, rules only, resiliparse's
    extraction, curate with resiliparse) for one page."""
    import trafilatura

    key, path, url = page
    part = half(site_of(url, key))  # the line model scoring it never saw its site
    data = path.read_bytes()
    if path.name.endswith(".gz"):
        data = gzip.decompress(data)
    default = trafilatura.extract(data) or ""
    fast = extract_page(data, str(path), extractor="resiliparse")
    fast_text, fast_doc = "", None
    if isinstance(fast, tuple):
        fast_text = fast[0]
        fast_doc = _cleaned(key, fast, url, MAP_STAGES, part)
    read = read_page(data, str(path))
    if not isinstance(read, tuple):
        return key, default, "", None, None, fast_text, fast_doc
    found, headed = read
    cleaned = _cleaned(key, found, url, MAP_STAGES, part, headed)
    rules_only = _cleaned(key, found, url, MAP_STAGES[:-1] + (RULES_ONLY,), part, headed)
    return key, default, found[0], cleaned, rules_only, fast_text, fast_doc


def _cleaned(
    key: str,
    found: tuple,
    url: str | None,
    stages: tuple[str, ...],
    part: str,
    headed: list[str] | None = None,
) -> Document:
    """An extracted page through the given map stages of the `web` recipe, the line model one
    that never saw the sites of half `part`; `headed`: the reader's headed lines."""
    text, title, page_url, linked, _, captioned = found
    doc = Document(id=key, text=text, title=title, input_title=title, source=url or page_url)
    doc.labels[LINKED_LINES] = list(linked)
    doc.labels[CAPTIONED_LINES] = list(captioned)
    doc.labels[HEADED_LINES] = list(headed or ())
    for name in stages:
        doc = _stage(name, part).process(doc)
    return doc


@cache
def _stage(name: str, part: str = "B") -> Any:
    """A stage of the `web` recipe, with the recipe's settings (one per process and half); the
    boilerplate stage's line model is `scoring_model(part)`."""
    if name == RULES_ONLY:
        stage = _stage("boilerplate")
        return dataclasses.replace(stage, rules=tuple(r for r in stage.rules if r != "line_model"))
    stage = next(s for s in Pipeline.from_recipe(RECIPE).stages if s.name == name)
    assert isinstance(stage, MapStage | CorpusStage)
    if name == "boilerplate":
        stage = dataclasses.replace(stage, model_file=scoring_model(part))
    return stage


# Metrics (upstream definitions) ---------------------------------------------------------------
def _shingles(text: str) -> Counter:
    words = TOKEN.findall(text.lower())
    return Counter(tuple(words[i : i + 4]) for i in range(len(words) - 3))


def _shingle_scores(texts: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """article-extraction-benchmark: per-page P/R over shingle multisets, averaged."""
    precision = recall = 0.0
    for key, body in gold.items():
        truth, predicted = _shingles(body), _shingles(texts.get(key, ""))
        if not truth or not predicted:
            same = float(not truth and not predicted)
            precision, recall = precision + same, recall + same
            continue
        common = sum((truth & predicted).values())
        precision += common / sum(predicted.values())
        recall += common / sum(truth.values())
    return _with_f1(precision / len(gold), recall / len(gold))


def _segment_scores(
    texts: dict[str, str], segments: dict[str, tuple[list[str], list[str]]]
) -> tuple[float, float, float]:
    """trafilatura's eval: `with` segments found are TP, `without` segments found are FP."""
    tp = fn = fp = 0
    for key, (wanted, unwanted) in segments.items():
        output = SPACE.sub(" ", texts.get(key, ""))
        found = [SPACE.sub(" ", s) in output for s in wanted]
        tp += sum(found)
        fn += len(found) - sum(found)
        fp += sum(SPACE.sub(" ", s) in output for s in unwanted)
    return _with_f1(tp / (tp + fp), tp / (tp + fn))


def _with_f1(precision: float, recall: float) -> tuple[float, float, float]:
    total = precision + recall
    return precision, recall, (2 * precision * recall / total if total else 0.0)
