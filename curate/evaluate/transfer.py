"""Benchmark transfer: a line model trained on one benchmark's pages scores the other's.

The site halves of `lines`, `checked` and `news` mix both benchmarks: a model of half A's sites
has seen aeb pages and trafilatura-set pages, and is scored on pages of the same two sources,
of the same years and the same scrapers. On held-out pages of other benchmarks and years the
line model added nothing (the boilerplate issue: cleaning moved shingle F1 0.912 -> 0.912).
This view measures what a site split cannot: transfer to a source the model never saw. A model
is trained (`train.train`, seeded, both site halves) on the pages of one benchmark only, and
the news-shaped plain-text pages of the other benchmark are scored with it, each direction.

Scored pages (`news_pages`): every page of the scored benchmark whose plain-text lines are
news-shaped (`news.news_shaped`), each with its best labels: `read2` where a person read it
for `news_lines.jsonl`, else `read` (`checked_lines.jsonl`), else the overlap labels; the
`read2` pages always (chosen as news-shaped before they were read), as in the `news` view.
Measures, as `news` reports them (content kept, noise removed, through `unicode`, `markup`
and `boilerplate`): at the shipped thresholds; at the lowest single threshold (every line,
no `prose_threshold`) that keeps 98% of the content lines; and the ROC AUC of the model's
first-round scores of the labelled lines the rules leave.

Not part of a plain `make eval` (it trains two models: minutes): name it,
`python -m curate.evaluate transfer`. Scratch models go to a temporary folder.
"""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Iterable
from pathlib import Path

from curate.document import Document, line_key
from curate.evaluate.checked import CHECKED, NEWS, aligned, load_checked
from curate.evaluate.news import news_shaped
from curate.evaluate.pages import Page, pages_of
from curate.evaluate.seed_spread import Labelled, shares  # the same tally as the seeds' spread
from curate.stages.boilerplate import BoilerplateRemover, features
from curate.stages.boilerplate import model as line_model

BENCHMARKS = ("aeb", "trafilatura")
HALVES = ("A", "B")  # a transfer model learns every site of its benchmark
TARGET_CONTENT = 0.98
STEPS = 12  # bisection steps of the 98% threshold (to 0.8 / 2**12)
LOWEST = 0.05


def directions() -> list[tuple[str, str]]:
    """(trained on, scored on): each benchmark against the other."""
    return [(source, target) for source in BENCHMARKS for target in BENCHMARKS if source != target]


def run(eval_dir: Path) -> str:
    from curate.stages.boilerplate import train

    pages = pages_of(eval_dir)
    if not pages:
        return f"skipped: no benchmark pages under {eval_dir}"
    checked, later = read_sets(pages)
    rows = []
    with tempfile.TemporaryDirectory(prefix="curate-transfer-") as tmp:
        for source, target in directions():
            out = Path(tmp) / f"line_model_{source}.json"
            train._write(train.train(eval_dir, (), HALVES, train.SEED, (source,)), out)
            docs = news_pages(pages, target, checked, later)
            rows.append((source, target, len(docs), measure(str(out), docs)))
    return report(rows)


def read_sets(pages: list[Page]) -> tuple[list, list]:
    """The read pages (`checked`) and the later read pages (`read2`) aligned with `pages`."""
    checked = aligned(load_checked(CHECKED), pages)[0] if CHECKED.is_file() else []
    later = aligned(load_checked(NEWS), pages)[0] if NEWS.is_file() else []
    return checked, later


def news_pages(pages: list[Page], benchmark: str, checked: list, later: list) -> Labelled:
    """The news-shaped plain-text pages of `benchmark` only, each with its best labels."""
    best: dict[str, tuple[list[str], list[int | None], bool]] = {}
    for page in pages:
        if page.benchmark == benchmark and page.plain_lines:
            best[page.key] = (page.plain_lines, list(page.plain_labels), False)
    for pairs, always in ((checked, False), (later, True)):
        for item, page in pairs:
            if page.benchmark == benchmark:
                best[page.key] = (page.plain_lines, list(item.labels), always)
    return [
        (lines, labels)
        for lines, labels, always in best.values()
        if always or news_shaped(lines, labels)
    ]


def measure(model_file: str, docs: Labelled) -> dict[str, float]:
    """Content kept and noise removed at the shipped thresholds and at the lowest threshold
    keeping `TARGET_CONTENT` of the content; the first round's ROC AUC."""
    shipped = BoilerplateRemover(model_file=model_file)
    kept, removed = shares(shipped, docs)
    at, kept98, removed98 = at_content(shipped, docs)
    return {
        "kept": kept,
        "removed": removed,
        "threshold98": at,
        "kept98": kept98,
        "removed98": removed98,
        "auc": auc(*first_round(model_file, docs)),
    }


def at_content(stage: BoilerplateRemover, docs: Labelled) -> tuple[float, float, float]:
    """(threshold, content kept, noise removed) at the lowest single threshold (bisected) whose
    content kept is at least `TARGET_CONTENT`; nan if the rules alone keep less."""

    def at(threshold: float) -> tuple[float, float]:
        each = dataclasses.replace(
            stage,
            threshold=threshold,
            prose_threshold=None,
            tag_veto=min(stage.tag_veto, threshold),
        )
        return shares(each, docs)

    high, best = 1.0, at(1.0)
    if best[0] < TARGET_CONTENT:
        return float("nan"), *best
    low = LOWEST
    found = at(low)
    if found[0] >= TARGET_CONTENT:
        return low, *found
    for _ in range(STEPS):
        middle = round((low + high) / 2, 6)
        found = at(middle)
        if found[0] >= TARGET_CONTENT:
            high, best = middle, found
        else:
            low = middle
    return high, *best


def first_round(model_file: str, docs: Labelled) -> tuple[list[float], list[int]]:
    """The model's scores of the labelled lines the rules leave (the stage's first round, the
    body paragraphs it does not judge left out) and their targets (1: noise)."""
    from curate.stages.boilerplate.train import rules_only

    model = line_model.load(model_file)["plain"]
    stages = rules_only()
    scores: list[float] = []
    targets: list[int] = []
    for lines, labels in docs:
        by_key: dict[str, int | None] = {}
        for line, label in zip(lines, labels, strict=True):
            by_key.setdefault(line_key(line), label)
        doc = Document(id="page", text="\n\n".join(lines))
        for stage in stages:
            doc = stage.process(doc)
        left = [line.strip() for line in doc.text.split("\n\n") if line.strip()]
        if len(left) < 2:
            continue
        judged = features.matrix(left, doc.title)
        if not len(judged.rows):
            continue
        said = model.scores_said(judged.rows, [left[i] for i in judged.index])
        first = 0 if doc.title else 1  # with no title the first line is the headline: kept
        for i, score in zip(judged.index, said, strict=True):
            label = by_key.get(line_key(left[i]))
            if label is not None and i >= first:
                scores.append(score)
                targets.append(1 - label)
    return scores, targets


def auc(scores: Iterable[float], targets: Iterable[int]) -> float:
    """ROC AUC of noise scores (ties count half): the chance a noise line outscores content."""
    import numpy as np

    s = np.asarray(list(scores), dtype=np.float64)
    y = np.asarray(list(targets))
    positive, negative = int((y == 1).sum()), int((y == 0).sum())
    if not positive or not negative:
        return float("nan")
    order = np.argsort(s, kind="mergesort")
    ranks = np.empty(len(s), dtype=np.float64)
    sorted_s = s[order]
    start = 0
    while start < len(s):  # tied scores share their mean rank
        end = start
        while end + 1 < len(s) and sorted_s[end + 1] == sorted_s[start]:
            end += 1
        ranks[order[start : end + 1]] = (start + end) / 2 + 1
        start = end + 1
    return float((ranks[y == 1].sum() - positive * (positive + 1) / 2) / (positive * negative))


def report(rows: list[tuple[str, str, int, dict[str, float]]]) -> str:
    out = [
        f"{'trained on':<12} {'scored on':<12} {'pages':>5} {'kept':>6} {'removed':>7} "
        f"{'t@98%':>6} {'kept':>6} {'removed':>7} {'AUC':>6}"
    ]
    for source, target, pages, m in rows:
        out.append(
            f"{source:<12} {target:<12} {pages:>5} {m['kept']:6.3f} {m['removed']:7.3f} "
            f"{m['threshold98']:6.3f} {m['kept98']:6.3f} {m['removed98']:7.3f} {m['auc']:6.4f}"
        )
    out.append(
        "(kept / removed: content lines kept and noise lines removed through the stage at the "
        "shipped thresholds, then at the lowest single threshold keeping 98% of content; AUC: "
        "the model's first-round scores of the labelled lines the rules leave)"
    )
    return "\n".join(out)
