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
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from curate.evaluate.checked import CHECKED, aligned, load_checked
from curate.evaluate.lines import _crude, line_stays, shares, systems
from curate.evaluate.pages import Page, labelled, pages_of

PROSE_CONTENT = 0.85  # share of a page's content lines that the crude rule keeps


def run(eval_dir: Path) -> str:
    pages = pages_of(eval_dir)
    if not pages:
        return f"skipped: no benchmark pages under {eval_dir}"
    checked = aligned(load_checked(), pages)[0] if CHECKED.is_file() else []
    return report(pages, checked)


Labelled = list[tuple[list[str], list[int | None]]]


def news_shaped(lines: list[str], labels: list[int | None]) -> bool:
    """Whether at least `PROSE_CONTENT` of the page's content lines are sentences."""
    sentences, _ = _crude(lines)
    content = [
        line_stays(line, sentences) for line, label in zip(lines, labels, strict=True) if label == 1
    ]
    return bool(content) and sum(content) >= PROSE_CONTENT * len(content)


def sets(pages: list[Page], checked: list) -> dict[tuple[str, str], Labelled]:
    """(label set, half) -> the news-shaped pages' lines and labels."""
    found: dict[tuple[str, str], Labelled] = {}
    for part in ("A", "B"):
        mine = [page for page in pages if page.half == part]
        overlap = [(lines, labels) for _, lines, labels in labelled(mine, "plain")]
        read = [
            (page.plain_lines, list(item.labels)) for item, page in checked if item.half == part
        ]
        found[("overlap", part)] = [doc for doc in overlap if news_shaped(*doc)]
        found[("read", part)] = [doc for doc in read if news_shaped(*doc)]
    return found


def report(pages: list[Page], checked: list) -> str:
    found = sets(pages, checked)
    out = [
        f"pages whose content lines are {PROSE_CONTENT:.0%}+ sentences: "
        + ", ".join(f"{name} half {part} {len(docs)}" for (name, part), docs in found.items()),
        f"{'system':<56} {'set':>7} {'half':>4} {'content kept':>12} {'noise removed':>13} "
        f"{'content':>8} {'noise':>6}",
    ]
    by_half = {part: systems(part) for part in ("A", "B")}
    for index, (name, _) in enumerate(by_half["A"]):
        for label_set in ("overlap", "read"):
            for part in ("A", "B"):
                docs = found[(label_set, part)]
                counts: Counter = Counter()
                outcomes = by_half[part][index][1]([lines for lines, _ in docs])
                for (lines, labels), (kept, _) in zip(docs, outcomes, strict=True):
                    for line, label in zip(lines, labels, strict=True):
                        if label is not None:
                            counts[(label, line_stays(line, kept))] += 1
                out.append(f"{name:<56} {label_set:>7} {part:>4} {shares(counts)}")
    return "\n".join(out)
