"""Other pages' titles: whether corpus evidence could find related-story headlines.

The kind the boilerplate stage misses most is the related-story headline ("Fire damages Fort
Orange Club in Albany" under an article about something else). Its shape is a content
headline's shape, so no line column tells them apart. In a crawl, such a line is often the
title of another page of the same site: a corpus pass could collect every document's title and
mark a later line of a document that equals another document's title. This report measures,
before anything is built, whether that evidence stands in the data we can see.

A line (not the first of its page) is matched against the titles of every other page (its
`title` and first line, each also with a site suffix " | The Site" cut off), three ways:
`exact` (the same `line_key`), `suffix` (the line with a site suffix cut is a title) and
`opening` (its first `OPENING_WORDS` words open a title of at least that many: a headline run
on into its teaser, or cut short). Counted per label set (`read`, `read2`, `web`: labelled by
reading, with kinds) and half, and on the overlap labels (`plain` and `whole` variants), and on
the shipped seeds. Then the same lines through the `other_titles` stage (`curate.corpus`), run
over every page of the benchmarks as one corpus (`plain` or `whole` lines, titled by the page's
HTML title): what it removes, by label.

What it showed (session 33): the benchmarks hold 1,171 pages of 1,082 sites; the few pages of one
site are unrelated articles, not the pages its headlines link to. Of the related headlines read
(203 / 153 in `read`, 97 / 118 in `read2`, 298 / 314 in `web`, halves A / B), none is another
page's title: the benchmarks cannot measure how many related headlines a crawl would find so.
What they can show is precision, on the `whole` reading (sidebars included): 13 noise lines are
another page's title exactly (same-site links on slashgear, autoindustriya, latimes, space.com,
chron.com; aggregator links on msn, digg, ctvnews) and no content line is. The content lines
that match exactly (3, in the read sets) are a page's own headline repeated under its title while
a copy of the page is in the set: a mechanism must never remove a line equal to the document's
own title. Matching by opening words or a cut suffix is not precise (content 6 of 19 in `whole`;
in the read sets 7 content lines and no noise: a quoted slogan that opens other sites' titles
of the same story, "Meth. We're on it"; a subheading that is another site's title).
The stage (exact matches, with its guards) removes 10 / 3 noise lines of the `whole` readings
(halves A / B) and no content line; of the `plain` and read lines, none.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

from curate.corpus.other_titles import OtherTitleRemover, title_variants
from curate.document import Document, line_key
from curate.evaluate.checked import CHECKED as READ
from curate.evaluate.checked import NEWS, WEB, CheckedPage, aligned, load_checked
from curate.evaluate.pages import CONTENT, Page, labelled, pages_of

MIN_WORDS = 3  # shorter lines ("Most Popular") are labels, not headlines: never matched
OPENING_WORDS = 5  # a line and a title that open with as many words are near-equal
WAYS = ("exact", "suffix", "opening")
STAGE = ("removed",)
LABEL_SETS = (("read", READ), ("read2", NEWS), ("web", WEB))


def title_keys(title: str) -> set[str]:
    """A title's keys: its `line_key`, and the keys of it with one or two site suffixes cut
    ("Headline - Section | Site"), each of at least `MIN_WORDS` words."""
    keys = {line_key(variant) for variant in title_variants(title)}
    return {key for key in keys if len(key.split()) >= MIN_WORDS}


def _opening(key: str) -> str | None:
    words = key.split()
    return " ".join(words[:OPENING_WORDS]) if len(words) >= OPENING_WORDS else None


class TitleIndex:
    """Every page's title keys, and the openings of the long ones, each with the pages that
    hold it."""

    def __init__(self, titled: Iterable[tuple[str, Iterable[str]]]) -> None:
        self.pages: dict[str, set[str]] = defaultdict(set)
        self.openings: dict[str, set[str]] = defaultdict(set)
        for page, titles in titled:
            for title in titles:
                for key in title_keys(title):
                    self.pages[key].add(page)
                    if opening := _opening(key):
                        self.openings[opening].add(page)

    def match(self, line: str, own: str) -> str | None:
        """How `line` (of page `own`) matches another page's title: a name of `WAYS`, or None."""
        key = line_key(line)
        if len(key.split()) < MIN_WORDS:
            return None
        if self.pages.get(key, set()) - {own}:
            return "exact"
        if any(self.pages.get(cut, set()) - {own} for cut in title_keys(line)):
            return "suffix"
        opening = _opening(key)
        if opening and self.openings.get(opening, set()) - {own}:
            return "opening"
        return None


def page_titles(page: Page) -> list[str]:
    """The titles a page is known by: its HTML title and the first line of each reading."""
    return [t for t in (page.title, *page.plain_lines[:1], *page.whole_lines[:1]) if t]


Row = tuple[str, str, list[str], list, list]  # page key, half, lines, labels, kinds


Judge = Callable[[str, str], str | None]  # (line, page key) -> a way it matched, or None


def count(judge: Judge, rows: Iterable[Row]) -> Counter:
    """(half, label, kind, way or "lines") -> lines, over every labelled line but the first."""
    counts: Counter = Counter()
    for page, part, lines, labels, kinds in rows:
        for line, label, kind in list(zip(lines, labels, kinds, strict=True))[1:]:
            if label is None:
                continue
            counts[(part, label, kind, "lines")] += 1
            way = judge(line, page)
            if way:
                counts[(part, label, kind, way)] += 1
    return counts


def table(name: str, counts: Counter, ways: tuple[str, ...] = WAYS) -> list[str]:
    """One row per (label, kind): per half, lines and how many match each way."""
    out = [f"{name}: lines not first on their page, matched to another page's title"]
    for label, kind in sorted({(key[1], key[2]) for key in counts}, key=str):
        what = "content" if label == CONTENT else "noise"
        cells = []
        for part in ("A", "B"):
            found = " ".join(f"{way} {counts[(part, label, kind, way)]:3d}" for way in ways)
            cells.append(f"{part} {counts[(part, label, kind, 'lines')]:5d} lines, {found}")
        out.append(f"  {what:<7} {kind or '':<17} " + " | ".join(cells))
    return out


def sibling_rows(pages: list[Page], read: list[tuple[CheckedPage, Page]]) -> list[str]:
    """Why the benchmarks can hardly show it: how many read pages have another page of their
    site at all, and how many related headlines those hold."""
    sites = Counter(page.site for page in pages)
    with_sibling = [(item, page) for item, page in read if sites[page.site] > 1]
    related = sum(kind == "related_headline" for item, _ in with_sibling for kind in item.kinds)
    return [
        f"pages {len(pages)}, sites {len(sites)}, sites of 2+ pages "
        f"{sum(n > 1 for n in sites.values())} ({sum(n for n in sites.values() if n > 1)} pages)",
        f"read pages (all label sets) {len(read)}, with another page of their site "
        f"{len(with_sibling)}, related headlines on those {related}",
    ]


def seed_rows(folder: Path) -> list[str]:
    """The shipped seeds as plain-text documents (first line: the title)."""
    docs = {
        path.name: [line for line in path.read_text("utf-8").split("\n\n") if line.strip()]
        for path in sorted(folder.glob("*.txt"))
    }
    index = TitleIndex((name, lines[:1]) for name, lines in docs.items())
    found = Counter(index.match(line, name) for name, lines in docs.items() for line in lines[1:])
    lines = sum(found.values())
    matched = ", ".join(f"{way} {found[way]}" for way in WAYS)
    return [f"seeds: {len(docs)} documents, {lines} lines not first, matched: {matched}"]


def stage_judge(pages: list[Page], variant: str) -> Judge:
    """The `other_titles` stage over every page's `variant` lines as one corpus (each page
    titled by its HTML title): "removed" for a line it took out of its page."""
    stage = OtherTitleRemover()
    docs = [
        Document(id=page.key, text="\n\n".join(getattr(page, f"{variant}_lines")),
                 title=page.title, seq=seq)
        for seq, page in enumerate(pages)
    ]  # fmt: skip
    state = stage.fit((doc.seq, doc.id, stage.sketch(doc)) for doc in docs)
    removed = {
        doc.id: {
            line_key(edit.before)
            for edit in stage.apply(doc, stage.decision_for(state, doc.seq)).edits
            if edit.rule == stage.rule
        }
        for doc in docs
    }
    return lambda line, page: "removed" if line_key(line) in removed[page] else None


def report(pages: list[Page]) -> str:
    index = TitleIndex((page.key, page_titles(page)) for page in pages)
    judges = {variant: stage_judge(pages, variant) for variant in ("plain", "whole")}
    out: list[str] = []
    read_all: list[tuple[CheckedPage, Page]] = []
    for name, path in LABEL_SETS:
        if not path.is_file():
            continue
        found = aligned(load_checked(path), pages)[0]
        read_all += found
        rows = [(pg.key, it.half, pg.plain_lines, it.labels, it.kinds) for it, pg in found]
        out += table(name, count(index.match, rows))
        out += table(f"{name}, the other_titles stage", count(judges["plain"], rows), STAGE)
    for variant in ("plain", "whole"):
        rows = [
            (page.key, page.half, lines, labels, [None] * len(lines))
            for page, lines, labels in labelled(pages, variant)
        ]
        out += table(f"overlap labels, {variant}", count(index.match, rows))
        out += table(f"overlap labels, {variant}, the stage", count(judges[variant], rows), STAGE)
    return "\n".join(sibling_rows(pages, read_all) + out)


def run(eval_dir: Path) -> str:
    from curate.resources import SEEDS_DIR

    pages = pages_of(eval_dir)
    if not pages:
        return f"skipped: no benchmark pages under {eval_dir}"
    return "\n".join([report(pages), *seed_rows(Path(SEEDS_DIR))])
