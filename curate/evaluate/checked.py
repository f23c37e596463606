"""Hand-checked lines: a second test set for the line model, labelled by reading, not by overlap.

The `lines` figures rest on labels made by word n-gram overlap with each benchmark's gold. Those
labels follow each benchmark's idea of the article (some golds keep a byline, a caption or a
subheading, some drop them) and leave a line unlabelled when the overlap is partial. The line
model learns from such labels, so they cannot also be what tells whether it generalises.

Data: `data/checked_lines.jsonl`, one row per page: 160 sites of each site half (one page each,
sites and pages chosen by a hash of their names, pages of 6 to 70 lines; 40 sites a half first,
then 120 more), read as the `plain` variant of `curate.evaluate.pages`, every line labelled by
reading the page as a whole (one annotator per 40 pages, shown the page's lines only: not the
gold, the overlap labels or any output of curate), to the definition human-labelled news
boilerplate sets use: content is the headline, the lead, the body, subheadings, the article's
lists and quotes; noise is bylines, time stamps, datelines, captions and credits, section labels
and tags, other stories' headlines, navigation, share and newsletter prompts, ads, author boxes
and legal lines. Each line has its kind. No page text is stored: each line is named by a hash
of its `line_key`, and a page whose lines no longer hash the same (the benchmark or the page
reader changed) is left out and counted.

A second file, `data/web_lines.jsonl`, holds one page of each of 553 more sites (278 of half A,
275 of half B: every site the other read sets leave, pages of 6 to 70 lines chosen by a hash of
their names), read the same way, 14 annotators of 31 to 50 pages; its pages are of every kind
the benchmarks hold (articles, but also product pages, recipes, home pages), and `run` reports
it apart (`web`).

Each half's read pages train that half's line model (`make train`, their labels in place of the
overlap labels); a half is always scored by the model of the other half, so no page is scored
by a model that learned from it or from any page of its site.

Reports, per half, each half's pages scored by the line model that never saw their sites:
content kept and noise removed for the same systems as `lines`, noise removed and content kept
by kind (the errors left, named by what they are), and where the overlap labels the model
learns from disagree with the reading, by kind.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from curate.document import line_key
from curate.evaluate.pages import CONTENT, NOISE, Page, half, pages_of

CHECKED = Path(__file__).with_name("data") / "checked_lines.jsonl"
# every page labelled by reading: this set, the news pages read after `prose_threshold` was
# chosen (`curate.evaluate.news`), and one page of each other site (`web_lines.jsonl`)
NEWS, WEB = CHECKED.with_name("news_lines.jsonl"), CHECKED.with_name("web_lines.jsonl")
READ_FILES = (CHECKED, NEWS, WEB)
CONTENT_KINDS = frozenset({"headline", "lead", "body", "subheading", "list_item"})
NOISE_KINDS = frozenset(
    {
        "byline",
        "timestamp",
        "dateline",
        "caption",
        "credit",
        "section_label",
        "related_headline",
        "navigation",
        "social",
        "promo",
        "comment",
        "author_bio",
        "legal",
        "other_noise",
    }
)


@dataclass(frozen=True)
class CheckedPage:
    """One page's hand labels: per line, its hash, label (1 content, 0 noise, None) and kind."""

    id: str
    site: str
    hashes: tuple[str, ...]
    labels: tuple[int | None, ...]
    kinds: tuple[str | None, ...]

    @property
    def half(self) -> str:
        return half(self.site)


def line_hash(line: str) -> str:
    return hashlib.sha1(line_key(line).encode("utf-8")).hexdigest()[:12]


def load_checked(path: Path = CHECKED) -> list[CheckedPage]:
    """The checked pages, each row checked for shape (a broken row names its line)."""
    pages = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip():
            continue
        row = json.loads(raw)
        hashes, labels, kinds = row["line_hashes"], row["labels"], row["kinds"]
        if not len(hashes) == len(labels) == len(kinds):
            raise ValueError(f"{path}:{number}: line_hashes, labels and kinds differ in length")
        for label, kind in zip(labels, kinds, strict=True):
            if label not in (CONTENT, NOISE, None):
                raise ValueError(f"{path}:{number}: label {label!r} is not 1, 0 or null")
            wanted = {CONTENT: CONTENT_KINDS, NOISE: NOISE_KINDS}.get(label)
            if wanted is not None and kind not in wanted:
                raise ValueError(f"{path}:{number}: kind {kind!r} does not go with label {label}")
        pages.append(
            CheckedPage(row["id"], row["site"], tuple(hashes), tuple(labels), tuple(kinds))
        )
    return pages


def aligned(
    checked: list[CheckedPage], pages: list[Page]
) -> tuple[list[tuple[CheckedPage, Page]], list[str]]:
    """Each checked page with the benchmark page whose plain lines it labels; the ids of those
    that no longer match line for line."""
    by_key = {page.key: page for page in pages}
    found, stale = [], []
    for item in checked:
        page = by_key.get(item.id)
        if page is None or tuple(line_hash(line) for line in page.plain_lines) != item.hashes:
            stale.append(item.id)
        else:
            found.append((item, page))
    return found, stale


def read_labels(pages: list[Page]) -> dict[str, list[int | None]]:
    """page key -> its read labels, for the pages of `pages` some file of `READ_FILES` labels
    line for line (a page whose lines changed keeps its overlap labels)."""
    found: dict[str, list[int | None]] = {}
    for path in READ_FILES:
        if path.is_file():
            for item, page in aligned(load_checked(path), pages)[0]:
                found[page.key] = list(item.labels)
    return found


def labels_by_key(lines: list[str], labels: list[int | None]) -> dict[str, int | None]:
    """A read page's labels by line key (the first reading of a line that stands twice): what
    labels the same line in the page's other readings (the HTML reader's lines)."""
    found: dict[str, int | None] = {}
    for line, label in zip(lines, labels, strict=True):
        found.setdefault(line_key(line), label)
    return found


def run(eval_dir: Path) -> str:
    if not CHECKED.is_file():
        return f"skipped: {CHECKED} not found"
    pages = pages_of(eval_dir)
    if not pages:
        return f"skipped: no benchmark pages under {eval_dir}"
    text = report(aligned(load_checked(), pages))
    if WEB.is_file():
        text += "\n\n" + report(aligned(load_checked(WEB), pages), "web: ")
    from curate.evaluate.checked_html import html_report

    read = [
        pair
        for path in READ_FILES
        if path.is_file()
        for pair in aligned(load_checked(path), pages)[0]
    ]
    return text + "\n\n" + html_report(read)


def report(found: tuple[list[tuple[CheckedPage, Page]], list[str]], name: str = "") -> str:
    from curate.evaluate.lines import copies_counts, systems

    pairs, stale = found
    out = [
        f"{name}{len(pairs)} hand-checked pages"
        + (f" ({len(stale)} left out: their lines no longer match)" if stale else ""),
        f"{'system':<56} {'half':>4} {'content kept':>12} {'noise removed':>13} "
        f"{'content':>8} {'noise':>6}",
    ]
    by_kind: dict[str, Counter] = {}
    by_place: Counter = Counter()  # the shipped stage's errors, by place in the page
    copies = {"A": Counter(), "B": Counter()}  # the shipped stage, each copy counted
    shipped = ""  # its row's name
    for part in ("A", "B"):
        mine = [(item, page) for item, page in pairs if item.half == part]
        for index, (name, system) in enumerate(systems(part)):
            outcomes = system([page.plain_lines for _, page in mine])
            shipped = name if index == 1 else shipped
            counts: Counter = Counter()
            for (item, page), (kept, doc) in zip(mine, outcomes, strict=True):
                if index == 1 and doc is not None:  # each copy of a repeated line counted
                    copies[part] += copies_counts(page.plain_lines, list(item.labels), doc)
                places = _places(page.plain_lines)
                for line, label, kind, place in zip(
                    page.plain_lines, item.labels, item.kinds, places, strict=True
                ):
                    if label is None:
                        continue
                    stays = _stays(line, kept)
                    counts[(label, stays)] += 1
                    if index == 1:  # the shipped stage: rules and line model
                        by_kind.setdefault(kind, Counter())[(part, stays)] += 1
                        if stays != (label == CONTENT):
                            by_place[(label, place)] += 1
            out.append(_row(name, part, counts))
    out += [_row(f"{shipped}, each copy", part, copies[part]) for part in ("A", "B")]
    out.append("")
    out.append(
        "by kind, rules + line model (each half by the model that never saw it): "
        "share kept of content, share removed of noise"
    )
    out += kind_rows(by_kind)
    out.append(
        "errors of the shipped stage by place (both halves; body: 20+ words closed like a "
        "sentence): "
        + "; ".join(
            f"{what}: " + ", ".join(f"{place} {by_place[(label, place)]}" for place in PLACES)
            for label, what in ((NOISE, "noise left"), (CONTENT, "content lost"))
        )
    )
    out.append("")
    out.append(_agreement(pairs))
    return "\n".join(out)


def kind_rows(by_kind: dict[str, Counter], width: int = 3) -> list[str]:
    """Per read kind, most lines first: the share of content kept or of noise removed, per half
    (`by_kind[kind][(half, stays)]` counts the lines)."""
    rows = []
    for kinds, label in ((CONTENT_KINDS, CONTENT), (NOISE_KINDS, NOISE)):
        # ties by name: a set's order changes from one process to the next (string hashing)
        for kind in sorted(kinds & by_kind.keys(), key=lambda k: (-sum(by_kind[k].values()), k)):
            counts = by_kind[kind]
            cells = []
            for part in ("A", "B"):
                total = counts[(part, True)] + counts[(part, False)]
                share = counts[(part, label == CONTENT)] / total if total else float("nan")
                cells.append(f"{part} {share:.2f} of {total:{width}d}")
            what = "kept" if label == CONTENT else "removed"
            rows.append(f"  {kind:<17} {what:<7} " + "   ".join(cells))
    return rows


PLACES = ("above", "between", "below", "no body")


def _places(lines: list[str]) -> list[str]:
    """Each line's place: above the first body paragraph, between two, below the last."""
    from curate.stages.boilerplate.features import BODY_WORDS, _ends_sentence

    body = [i for i, line in enumerate(lines) if len(line.split()) >= BODY_WORDS]
    body = [i for i in body if _ends_sentence(lines[i])]
    if not body:
        return ["no body"] * len(lines)
    return [
        "above" if i < body[0] else "below" if i > body[-1] else "between"
        for i in range(len(lines))
    ]


def _stays(line: str, kept: set[str]) -> bool:
    from curate.evaluate.lines import line_stays

    return line_stays(line, kept)


def _row(name: str, part: str, counts: Counter) -> str:
    from curate.evaluate.lines import shares

    return f"{name:<56} {part:>4} {shares(counts)}"


def _agreement(pairs: list[tuple[CheckedPage, Page]]) -> str:
    """How the n-gram overlap labels (what the model learns from) read the checked lines."""
    overall: Counter = Counter()
    noise_called_content: Counter = Counter()
    noise_total: Counter = Counter()
    for item, page in pairs:
        for mine, theirs, kind in zip(item.labels, page.plain_labels, item.kinds, strict=True):
            if mine is None:
                continue
            overall[(mine, theirs)] += 1
            if mine == NOISE:
                noise_total[kind] += 1
                noise_called_content[kind] += theirs == CONTENT
    checked = sum(overall.values()) or 1
    lines = [
        "overlap labels against the reading (all pages): "
        f"content read as content {_share(overall, CONTENT, CONTENT)}, "
        f"unlabelled {_share(overall, CONTENT, None)}, noise {_share(overall, CONTENT, NOISE)}; "
        f"noise read as noise {_share(overall, NOISE, NOISE)}, "
        f"unlabelled {_share(overall, NOISE, None)}, content {_share(overall, NOISE, CONTENT)} "
        f"({checked} lines)",
        "  noise the overlap labels call content, by kind: "
        + (
            ", ".join(
                f"{kind} {noise_called_content[kind]}/{noise_total[kind]}"
                for kind in sorted(noise_total, key=lambda k: (-noise_called_content[k], k))
                if noise_called_content[kind]
            )
            or "none"
        ),
    ]
    return "\n".join(lines)


def _share(counts: Counter, mine: int, theirs: int | None) -> str:
    total = sum(value for (label, _), value in counts.items() if label == mine)
    return f"{counts[(mine, theirs)] / total:.2f}" if total else "-"
