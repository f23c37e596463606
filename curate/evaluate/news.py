"""Plain-text news: the labelled pages that are shaped like human-labelled news sets.

The `lines` and `checked` sets hold every kind of page the two benchmarks have: articles, but
also product pages, recipes, listings and link pages, whose content is half short lines. A set
of real news articles labelled block by block is not like that: there, keeping only lines of 3+
words ending like a sentence (the crude rule) keeps about 89% of the content. Here the same rule
keeps 61 to 68%, so figures on all pages tell little about news.

This view keeps the pages whose content lines are at least `PROSE_CONTENT` (85%) sentences
(chosen by their labels, not by anything curate sees) from both label sets: `overlap` (the
`plain` variant of `curate.evaluate.pages`, labelled against the gold) and `read` (the hand-checked
pages of `curate.evaluate.checked`). On them, rules alone keep 99.5 to 99.8% of content and
remove 30 to 38% of noise, and the crude rule keeps 91 to 94% and removes 86 to 90%: the
figures human-labelled news sets give. Each half is scored by the line model that never saw its
sites, as in `lines`; the rows are the systems of `lines.systems`.

`read2` is a test set made after `prose_threshold` was chosen on those pages (the line model's 0.65
came later, chosen with half A's figures among others: half B's pages are the clean test; each
half's read pages train only its own half's model): `data/news_lines.jsonl`, 113 pages of 113 sites
that neither `read` set holds (48 of half A, 65 of half B), each page the news-shaped one of its
site by the overlap labels (picked by a hash of its name, 6 to 70 lines: chosen before any line was
read), labelled by reading (four annotators, ~30 pages each, shown the page's lines only) to the
definition and conventions of `curate.evaluate.checked`. Rules alone keep 0.993 / 0.994 of its
content and remove 0.30 / 0.26 of its noise (halves A / B), as on the held-out news set the
boilerplate issue quotes (0.994 / 0.27). Its kinds are reported as in `checked`.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from curate.evaluate.checked import CHECKED, CONTENT, NEWS, CheckedPage, aligned, load_checked
from curate.evaluate.lines import _crude, copies_counts, line_stays, shares, systems
from curate.evaluate.pages import Page, labelled, pages_of

PROSE_CONTENT = 0.85  # share of a page's content lines that the crude rule keeps
NEWS_CHECKED = NEWS
LABEL_SETS = ("overlap", "read", "read2")


def run(eval_dir: Path) -> str:
    pages = pages_of(eval_dir)
    if not pages:
        return f"skipped: no benchmark pages under {eval_dir}"
    checked = aligned(load_checked(), pages)[0] if CHECKED.is_file() else []
    later, stale = ([], [])
    if NEWS_CHECKED.is_file():
        later, stale = aligned(load_checked(NEWS_CHECKED), pages)
    text = report(pages, checked, later)
    if stale:
        text += f"\nread2: {len(stale)} pages left out (their lines no longer match)"
    return text


Labelled = list[tuple[list[str], list[int | None]]]


def news_shaped(lines: list[str], labels: list[int | None]) -> bool:
    """Whether at least `PROSE_CONTENT` of the page's content lines are sentences."""
    sentences, _ = _crude(lines)
    content = [
        line_stays(line, sentences) for line, label in zip(lines, labels, strict=True) if label == 1
    ]
    return bool(content) and sum(content) >= PROSE_CONTENT * len(content)


def sets(
    pages: list[Page], checked: list, later: list | None = None
) -> dict[tuple[str, str], Labelled]:
    """(label set, half) -> the news-shaped pages' lines and labels (`read2`: every page of
    `later`, chosen as news-shaped before it was read)."""
    found: dict[tuple[str, str], Labelled] = {}
    for part in ("A", "B"):
        mine = [page for page in pages if page.half == part]
        overlap = [(lines, labels) for _, lines, labels in labelled(mine, "plain")]
        read = [
            (page.plain_lines, list(item.labels)) for item, page in checked if item.half == part
        ]
        found[("overlap", part)] = [doc for doc in overlap if news_shaped(*doc)]
        found[("read", part)] = [doc for doc in read if news_shaped(*doc)]
        found[("read2", part)] = [
            (page.plain_lines, list(item.labels)) for item, page in later or () if item.half == part
        ]
    return found


def report(pages: list[Page], checked: list, later: list | None = None) -> str:
    found = sets(pages, checked, later)
    out = [
        f"pages whose content lines are {PROSE_CONTENT:.0%}+ sentences: "
        + ", ".join(f"{name} half {part} {len(docs)}" for (name, part), docs in found.items()),
        f"{'system':<56} {'set':>7} {'half':>4} {'content kept':>12} {'noise removed':>13} "
        f"{'content':>8} {'noise':>6}",
    ]
    by_half = {part: systems(part) for part in ("A", "B")}
    copies: dict[tuple[str, str], Counter] = {}  # the shipped stage, each copy counted
    for index, (name, _) in enumerate(by_half["A"]):
        for label_set in LABEL_SETS:
            for part in ("A", "B"):
                docs = found[(label_set, part)]
                counts: Counter = Counter()
                outcomes = by_half[part][index][1]([lines for lines, _ in docs])
                for (lines, labels), (kept, doc) in zip(docs, outcomes, strict=True):
                    for line, label in zip(lines, labels, strict=True):
                        if label is not None:
                            counts[(label, line_stays(line, kept))] += 1
                    if index == 1:  # each copy of a line standing twice (`copies_counts`)
                        copy = copies.setdefault((label_set, part), Counter())
                        copy += copies_counts(lines, labels, doc)
                out.append(f"{name:<56} {label_set:>7} {part:>4} {shares(counts)}")
    name = f"{by_half['A'][1][0]}, each copy"
    for label_set in LABEL_SETS:
        for part in ("A", "B"):
            counts = copies.get((label_set, part), Counter())
            out.append(f"{name:<56} {label_set:>7} {part:>4} {shares(counts)}")
    if later:
        out += ["", _by_kind(later, by_half)]
    return "\n".join(out)


def _by_kind(later: list[tuple[CheckedPage, Page]], by_half: dict) -> str:
    """The `read2` lines by kind, through the shipped stage: what it still gets wrong."""
    counts: dict[str, Counter] = {}
    for part in ("A", "B"):
        mine = [(item, page) for item, page in later if item.half == part]
        outcomes = by_half[part][1][1]([page.plain_lines for _, page in mine])
        for (item, page), (kept, _) in zip(mine, outcomes, strict=True):
            for line, label, kind in zip(page.plain_lines, item.labels, item.kinds, strict=True):
                if label is not None:
                    right = line_stays(line, kept) == (label == CONTENT)
                    counts.setdefault(kind, Counter())[(label, part, right)] += 1
    out = ["read2 by kind, rules + line model: share kept of content, share removed of noise"]
    for kind, count in sorted(counts.items(), key=lambda item: -sum(item[1].values())):
        label = next(iter(count))[0]
        cells = []
        for part in ("A", "B"):
            total = count[(label, part, True)] + count[(label, part, False)]
            share = count[(label, part, True)] / total if total else float("nan")
            cells.append(f"{part} {share:.2f} of {total:3d}")
        what = "kept" if label == CONTENT else "removed"
        out.append(f"  {kind:<17} {what:<7} " + "   ".join(cells))
    return "\n".join(out)
