"""The shared evaluation pages as labelled lines: what the line model learns from and is judged on.

Two benchmarks in `<eval_dir>` (see each folder's SOURCE.txt):
- `aeb/`: 181 pages with the full gold article body. A line is `content` when most of its word
  n-grams stand in the gold, `noise` when almost none do; in between it is left unlabelled.
- `trafilatura/`: 990 pages with `with` segments (must appear) and `without` segments (must not).
  A line holding a `with` segment is content; a line that a `without` segment mostly covers is
  noise; the rest is unlabelled.

Each page is read three ways:
- `html`: the HTML reader as the `web` recipe runs it (trafilatura with curate's options), with
  the reader's link labels: the lines the pipeline sees on HTML input.
- `plain`: every text block of the page (paragraphs, headings, list items, captions, table
  cells...), cut to the article's neighbourhood (`WINDOW` blocks above the first and below the
  last content block), with the page title as the first line: plain-text news as a scraper
  leaves it, bylines, datelines, captions, credits and related headlines included.
- `whole`: the same blocks, the whole page (menus, footers, sidebars): a second test set for
  what is tuned on `plain`, cut by no use of the gold.

Sites are split in two halves by a hash of the host name (`half`): the line model trains on
half A only, and every figure is reported on both halves, so no site is in both training and
the held-out half.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import tarfile
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from curate.document import line_key

TOKEN = re.compile(r"\w+")
SPACE = re.compile(r"\s+")
WINDOW = 5  # blocks kept above the first and below the last content block (plain variant)
CONTENT_AT = 0.7  # share of a line's n-grams in the gold for `content`
NOISE_BELOW = 0.2  # ... and under which it is `noise`
CONTENT, NOISE = 1, 0
SEGMENT_WORDS = 3  # a `with` segment this long labels its line content
WORKERS = 2
BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd td th tr table figcaption caption figure "
    "blockquote pre section article header footer aside nav address form fieldset legend main "
    "br hr time label option button".split()
)
SKIP_TAGS = frozenset("script style noscript svg template head iframe select textarea".split())


@dataclass
class Page:
    """One benchmark page, read both ways, each line with its label (None: unlabelled)."""

    key: str
    benchmark: str
    site: str
    url: str | None
    title: str | None = None
    html_lines: list[str] = field(default_factory=list)
    html_labels: list[int | None] = field(default_factory=list)
    linked: list[str] = field(default_factory=list)
    captioned: list[str] = field(default_factory=list)  # the reader's `captioned_lines`
    plain_lines: list[str] = field(default_factory=list)
    plain_labels: list[int | None] = field(default_factory=list)
    whole_lines: list[str] = field(default_factory=list)
    whole_labels: list[int | None] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def half(self) -> str:
        return half(self.site)


def half(site: str) -> str:
    """ "A" or "B": a fixed split of sites, the same on every machine."""
    return "A" if hashlib.md5(site.encode("utf-8")).digest()[0] % 2 == 0 else "B"


def scoring_model(part: str) -> str | None:
    """The line model `make eval` scores the pages of half `part` with: one that never saw their
    sites. Half B: the shipped model (trained on half A); half A: the model `make train` wrote
    from half B's sites, `curate/evaluate/data/line_model_half_B.json` (without it, the shipped
    model, which has seen half A: its figures are then in sample)."""
    from curate.stages.boilerplate.train import HOLDOUT_HALF, TRAIN_HALF, holdout_file

    if part == TRAIN_HALF and holdout_file(HOLDOUT_HALF).is_file():
        return str(holdout_file(HOLDOUT_HALF))
    return None


def site_of(url: str | None, fallback: str) -> str:
    host = urlsplit(url).hostname if url and "://" in url else None
    host = (host or fallback).lower()
    return host[4:] if host.startswith("www.") else host


# Reading the benchmarks -----------------------------------------------------------------------
def load_pages(eval_dir: Path, benchmarks: tuple[str, ...] = ("aeb", "trafilatura")) -> list[Page]:
    """Every page of the benchmarks found in `eval_dir`, in a fixed order."""
    with tempfile.TemporaryDirectory(prefix="curate-pages-") as tmp:
        jobs = list(page_sources(eval_dir, benchmarks, Path(tmp)))
        with ProcessPoolExecutor(WORKERS) as pool:
            pages = list(pool.map(_read_page, jobs, chunksize=8))
    return [page for page in pages if page is not None]


def page_sources(
    eval_dir: Path, benchmarks: tuple[str, ...], tmp: Path
) -> Iterator[tuple[str, str, str | None, bytes, Any]]:
    """(key, benchmark, url, HTML, gold) of each page of `benchmarks`, in a fixed order
    (`tmp`: where the trafilatura set's archive is unpacked)."""
    eval_dir = Path(eval_dir)
    if "aeb" in benchmarks and (eval_dir / "aeb" / "ground-truth.json").is_file():
        truth = json.loads((eval_dir / "aeb" / "ground-truth.json").read_text("utf-8"))
        for key, item in sorted(truth.items()):
            path = eval_dir / "aeb" / "html" / f"{key}.html.gz"
            data = gzip.decompress(path.read_bytes())
            yield key, "aeb", item.get("url"), data, item["articleBody"]
    folder = eval_dir / "trafilatura"
    if "trafilatura" in benchmarks and (folder / "evaldata.json").is_file():
        truth = json.loads((folder / "evaldata.json").read_text("utf-8"))
        with tarfile.open(folder / "html.tar.xz") as archive:
            archive.extractall(tmp, filter="data")
        for url, item in sorted(truth.items()):
            path = next(
                (p for sub in ("cache", "eval") if (p := Path(tmp, sub, item["file"])).exists()),
                None,
            )
            if path is None:
                continue
            gold = (item["with"], item["without"])
            meta = {k: item.get(k) for k in ("author", "date", "title", "sitename")}
            yield url, "trafilatura", url, path.read_bytes(), (gold, meta)


_PAGES: dict[Path, list[Page]] = {}


def pages_of(eval_dir: Path) -> list[Page]:
    """`load_pages(eval_dir)`, read once per process (`make eval` has several reports of them)."""
    key = eval_dir.resolve()
    if key not in _PAGES:
        _PAGES[key] = load_pages(eval_dir)
    return _PAGES[key]


def _read_page(job: tuple[str, str, str | None, bytes, Any]) -> Page | None:
    from curate.io.html import extract_page

    key, benchmark, url, data, gold = job
    page = Page(key=key, benchmark=benchmark, site=site_of(url, key), url=url)
    found = extract_page(data, key)
    if isinstance(found, tuple):
        text, page.title, page_url, page.linked, _, page.captioned = found
        page.url = page.url or page_url
        page.html_lines = [line for line in text.split("\n\n") if line.strip()]
    blocks = page_blocks(data)
    if benchmark == "aeb":
        label = _gold_labeller(gold)
    else:
        (wanted, unwanted), page.metadata = gold
        label = _segment_labeller(wanted, unwanted)
    page.html_labels = [label(line) for line in page.html_lines]
    block_labels = [label(line) for line in blocks]
    content = [i for i, value in enumerate(block_labels) if value == CONTENT]
    if content:
        low, high = max(0, content[0] - WINDOW), min(len(blocks), content[-1] + WINDOW + 1)
        page.plain_lines, page.plain_labels = _headed(
            page.title, blocks[low:high], block_labels[low:high]
        )
        page.whole_lines, page.whole_labels = _headed(page.title, blocks, block_labels)
    return page


def _headed(
    title: str | None, lines: list[str], labels: list[int | None]
) -> tuple[list[str], list[int | None]]:
    """Plain-text news opens with its headline: content, as the evaluations count it."""
    if title and line_key(title) != line_key(lines[0]):
        return [title, *lines], [CONTENT, *labels]
    return list(lines), list(labels)


def page_blocks(html: Any, image_text: Callable[[Any], str | None] | None = None) -> list[str]:
    """Every text block of a page (its HTML, or lxml's tree of it), in document order: what a
    naive scraper keeps; `image_text`: the text an `<img>` element stands for, a block of its
    own where the image stands between blocks (None: none)."""
    from lxml import etree
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return []
    body = tree.find(".//body")
    root = body if body is not None else tree
    blocks: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = " ".join("".join(current).split())  # inline tags split no word: <b>para</b>graph
        if text:
            blocks.append(text)
        current.clear()

    def walk(node: Any) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag.lower() in SKIP_TAGS or isinstance(node, etree._Comment):
            if node.tail:
                current.append(node.tail)
            return
        block = tag.lower() in BLOCK_TAGS
        if block:
            flush()
        if node.text:
            current.append(node.text)
        # an image between blocks (inside a block's text it would split the block in two)
        between = image_text is not None and tag.lower() == "img" and not "".join(current).strip()
        if between and (text := image_text(node)):
            flush()
            blocks.append(text)
        for child in node:
            walk(child)
        if block:
            flush()
        if node.tail:
            current.append(node.tail)

    walk(root)
    flush()
    return blocks


# Labels -------------------------------------------------------------------------------------------
def _tokens(text: str) -> list[str]:
    return TOKEN.findall(text.casefold())


def _grams(tokens: list[str], size: int) -> list[tuple[str, ...]]:
    return [tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1)]


def _gold_labeller(gold: str):
    """Label a line by the share of its word n-grams found in the gold body."""
    tokens = _tokens(gold)
    grams = {size: set(_grams(tokens, size)) for size in (1, 2, 3, 4)}
    gold_lines = {line_key(line) for line in gold.split("\n") if line.strip()}

    def label(line: str) -> int | None:
        words = _tokens(line)
        if not words:
            return None
        if len(words) <= 2:  # a word or two: content only as a line of the gold itself
            if line_key(line) in gold_lines:
                return CONTENT
            return NOISE if not {(word,) for word in words} <= grams[1] else None
        size = min(4, len(words))
        mine = _grams(words, size)
        share = sum(gram in grams[size] for gram in mine) / len(mine)
        if share >= CONTENT_AT:
            return CONTENT
        return NOISE if share <= NOISE_BELOW else None

    return label


def _segment_labeller(wanted: list[str], unwanted: list[str]):
    wanted = [SPACE.sub(" ", s).strip() for s in wanted if s.strip()]
    unwanted = [SPACE.sub(" ", s).strip() for s in unwanted if s.strip()]

    def label(line: str) -> int | None:
        line = SPACE.sub(" ", line).strip()
        found = [segment for segment in wanted if segment in line]
        # a segment of a word or two ("Geschichte") also names a menu entry: no evidence
        if any(len(segment.split()) >= SEGMENT_WORDS for segment in found):
            return CONTENT
        if found:
            return None
        covered = max((len(s) for s in unwanted if s in line), default=0)
        if covered and covered >= 0.5 * len(line):
            return NOISE
        return None

    return label


def labelled(pages: list[Page], variant: str) -> Iterator[tuple[Page, list[str], list[int | None]]]:
    for page in pages:
        lines, labels = {
            "html": (page.html_lines, page.html_labels),
            "plain": (page.plain_lines, page.plain_labels),
            "whole": (page.whole_lines, page.whole_labels),
        }[variant]
        if lines:
            yield page, lines, labels
