"""Photo captions labelled by the page's markup: training lines for the `plain` line model.

A caption written as a sentence ("Volunteers stack sandbags outside the library on Tuesday.")
has a short paragraph's shape, and the read pages hold few of them against the short body
sentences (85 / 110 sentence captions against 547 / 611 short body sentences, site half A / B):
the trees never see enough of them to learn what tells them apart (session 50: three columns
for it, each learned too little to move the blind batches). The HTML pages say which texts
are captions: a `<figure>`'s and a `<figcaption>`'s texts, an image's `alt` and `title` (the
strongest of the reader's caption labels, `io.captions`; the short blocks beside an image are
left out: on the read pages a fifth of them are body lines). `caption_document` gives a page's
plain text (`evaluate.pages`: its blocks around the article) with those labels: each line
mostly made of such a text is noise, and each `alt`/`title` text that is no line of the page
stands as a line of its own where its image stands, noise; every other line is a neighbour
without a label (the page's own example labels it). A text that is the page's title, a heading
or a link's text is no caption (an image often repeats the headline, a teaser's image the
headline of its story).

Measured on the read pages' plain lines (human kinds): of the lines mostly made of such texts
(4+ words, no title, heading or link text), `<figure>` texts 158 / 214 lines (half A / B),
5 / 20 of them content; `alt` / `title` texts 87 / 117, 6 / 18 content. Only sentences are
labelled (`SENTENCE`): an image's description without a stop has a headline's shape, and
learned as noise it took the blind batches' headlines. Of 50 labelled lines read by eye, 46
are noise (about 36 captions or image descriptions, 10 adverts, teasers, product names and
prompts), 4 content (a joke's punchline, two recipe steps in a slideshow, a title's variant).
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from curate.document import line_key
from curate.io.captions import CAPTION_WORDS, FIGURE_WORDS, captioned_lines

# the weight of the caption lines in the `plain` model's training (0: none are made, and the
# rows and model files are byte-identical to before). Measured in session 51 and not shipped
# (README): at 2 with `credit_below.ON` the blind batches' captions removed rose 30 -> 42 of
# 135 and 32 -> 42 of 124, but half B lost 0.7 points of content on whole pages and 0.5 on the
# read ones. Alone (2, the column off) 30 -> 31 and 32 -> 34; at 4, 42 and 43 and more content
# lost. To try: 2.0 and `credit_below.ON = True`, then `make train`
WEIGHT = 0.0
# a shorter text or line is a logo's or an icon's name, a credit or a word of a recipe's list as
# often as a caption; counted between blanks ("plos-one-zebra-cow.jpg" is one word)
MIN_WORDS = 4
# a caption written as a sentence: a stop closes a sentence in it (with a credit after it, "...
# on Tuesday. Photo: J. Smith"), or a credit in parentheses closes it. An image's description
# without one ("Mark Meadows and Debbie Meadows") has a headline's shape: learned as noise, it
# cost the blind batches' headlines
SENTENCE = re.compile(r"[.!?…][)\"'”’»]?(?:\s|$)|\)$")
# a page whose caption lines are more of its lines than this is a gallery whose figures hold its
# text ("What you need: A red bandana and blue denim shirt ..." under each costume's picture)
MAX_SHARE = 0.4
# whether the page's content lines keep their labels in the caption example (else they stand
# unlabelled, as neighbours). Without them the example adds noise lines only, at `WEIGHT`: with
# the labels at 2 and `credit_below.ON`, half B's whole pages lost 37 content lines and regained
# 7 (lists of places or product features, Q&A answers, subheadings, a recipe's name; no caption
# shape among them). Measured in session 52 and not shipped (README): with `SIDES` below, at 2,
# line blind 1-13 content kept / noise removed .9756/.7775 -> .9792/.7737 (half 1) and
# .9683/.8040 -> .9712/.7987 (half 2), captions 36 -> 46 of 154 and 37 -> 45 of 139; half B's
# whole .9660/.8243 -> .9643/.8257, checked .9331/.7419 -> .9335/.7320: content bought with
# noise, as a higher bar would
CONTENT_TOO = False
# whether a caption line is learned only where a credit the rules removed stands right beside
# it (`credit_below`'s column set): the blind batches' captions, most of which stand over their
# credit line; the rest teach the trees that a short sentence of a page with pictures is noise.
# Measured in session 52 and not shipped (README): at 4 with `credit_below.SIDES` below, the
# column's importance 0.004 -> 0.039; line blind 1-13 .9756/.7775 -> .9752/.7859 (half 1),
# .9683/.8040 -> .9645/.8101 (half 2), captions 36 -> 51 of 154 and 37 -> 47 of 139; half B's
# read captions removed 51 -> 65 of 128, but its whole pages' content .9660 -> .9629 and blind
# half 2's -0.38 points (7 of its 13 lines lost stand right over a credit or caption removed)
CREDITED_ONLY = False
NOISE, CONTENT = 0, 1

# (id, lines, labels, title, linked lines, captioned lines): `train.Example`
Example = tuple[str, list[str], list[int | None], str | None, None, None]


def _text(node: Any) -> str:
    return " ".join(" ".join(node.itertext()).split())


def image_texts(tree: Any, title: str | None) -> tuple[set[str], set[str]]:
    """The `line_key`s of the texts `tree` gives to its images (`<figure>` and `<figcaption>`
    texts, `alt` and `title`), and those that are no caption: the title, headings, links."""
    texts = set()
    for box in tree.iter("figure", "figcaption"):
        if next(box.iter("table"), None) is not None:
            continue  # a table set as a figure: its cells are the page's text
        whole = line_key(_text(box))
        if len(whole.split()) <= FIGURE_WORDS:
            texts.add(whole)
        texts.update(
            key
            for inner in box.iterdescendants()
            if isinstance(inner.tag, str)
            and len(key := line_key(_text(inner)).strip()) > 0
            and len(key.split()) <= CAPTION_WORDS
        )
    for image in tree.iter("img"):
        texts.update(line_key(image.get(name) or "") for name in ("alt", "title"))
    others = {line_key(_text(node)) for node in tree.iter("h1", "h2", "h3", "h4", "h5", "h6", "a")}
    others.add(line_key(title or ""))
    return {key for key in texts if _wanted(key) and key not in others}, others


def _wanted(key: str) -> bool:
    return MIN_WORDS <= len(key.split()) <= CAPTION_WORDS


def _sentence(line: str) -> bool:
    return len(line.split()) >= MIN_WORDS and SENTENCE.search(line.strip()) is not None


def caption_document(
    key: str, tree: Any, title: str | None, lines: list[str], labels: list[int | None]
) -> Example | None:
    """The page's plain lines (`lines`, `labels`: as its own example has them) with its image
    texts standing where its images stand, the captions labelled noise (`labels` noise or
    content stay out: the page's example labels them) and the rest unlabelled; None when the
    page gives no caption that its example does not already label."""
    from curate.evaluate.pages import page_blocks

    captions, others = image_texts(tree, title)
    if not captions:
        return None
    blocks = page_blocks(tree)
    # the plain lines are a run of the blocks, the title first where the run did not open with it
    for skip in (0, 1):
        body = lines[skip:]
        low = _find(blocks, body)
        if low is not None:
            break
    else:
        return None
    keys = {line_key(block) for block in blocks}
    joined = "\n".join(f" {k} " for k in keys)
    added: list[str] = []

    def stand_in(image: Any) -> str | None:
        """An image's `alt` or `title` text when it is a caption the page's lines do not hold."""
        for name in ("alt", "title"):
            text = " ".join((image.get(name) or "").split())
            key = line_key(text)
            if not _sentence(text) or key not in captions:
                continue
            if key not in keys and f" {key} " not in joined:
                if key not in added:
                    added.append(key)
                    return text
        return None

    placed = page_blocks(tree, stand_in)
    inserted = set(added)
    at = [i for i, block in enumerate(placed) if line_key(block) not in inserted]
    if [placed[i] for i in at] != blocks:  # an image inside a block's text moves no block
        return None
    window = placed[at[low] : at[low + len(body) - 1] + 1]
    found = set(captioned_lines("\n\n".join(lines), captions))
    given = dict(zip(map(line_key, lines), labels, strict=True))
    out_lines = lines[:skip] + window
    out_labels: list[int | None] = [None] * skip
    for line in window:
        line_k = line_key(line)
        caption = line_k in inserted or (line_k in found and given.get(line_k) is None)
        wanted = caption and line_k not in others and _sentence(line)
        content = CONTENT_TOO and not caption and given.get(line_k) == CONTENT
        out_labels.append(NOISE if wanted else CONTENT if content else None)
    noise = out_labels.count(NOISE)
    if not noise or noise > MAX_SHARE * len(out_labels):
        return None
    return key, out_lines, out_labels, None, None, None


def credited_rows(
    rows: list[list[float]], targets: list[int], texts: list[str], names: tuple[str, ...]
) -> tuple[list[list[float]], list[int], list[str]]:
    """The rows of a caption example's lines that are learned (`train.rows_of`'s rows,
    targets, 1: noise, and texts; `names`: the rows' columns): with `CREDITED_ONLY` and the
    `credit_below` column, a noise line only where that column is set; else all of them."""
    from curate.stages.boilerplate import credit_below

    if not CREDITED_ONLY or credit_below.NAMES[0] not in names:
        return rows, targets, texts
    at = names.index(credit_below.NAMES[0])
    keep = [
        i for i, (row, want) in enumerate(zip(rows, targets, strict=True)) if not want or row[at]
    ]
    return [rows[i] for i in keep], [targets[i] for i in keep], [texts[i] for i in keep]


def _find(blocks: list[str], body: list[str]) -> int | None:
    """Where `body` stands in `blocks` as a run (the plain lines are a run of the blocks)."""
    if not body:
        return None
    for start in range(len(blocks) - len(body) + 1):
        if blocks[start] == body[0] and blocks[start : start + len(body)] == body:
            return start
    return None


def caption_examples(
    eval_dir: Path, pages: Iterable[Any], labels: dict[str, list[int | None]]
) -> list[Example]:
    """`caption_document` of each of `pages` (`evaluate.pages.Page`s with plain lines; `labels`:
    the labels their own examples learn, by page key), in the order of `pages`."""
    from trafilatura.utils import load_html

    from curate.evaluate.pages import page_sources

    wanted = {page.key: page for page in pages if page.plain_lines}
    benchmarks = tuple(sorted({page.benchmark for page in wanted.values()}))
    found: dict[str, Example] = {}
    with tempfile.TemporaryDirectory(prefix="curate-captions-") as tmp:
        for key, _, _, data, _ in page_sources(eval_dir, benchmarks, Path(tmp)):
            page = wanted.get(key)
            tree = None if page is None else load_html(data)
            if tree is None:
                continue
            item = caption_document(
                key, tree, page.title, page.plain_lines, labels.get(key, page.plain_labels)
            )
            if item is not None:
                found[key] = item
    return [found[key] for key in wanted if key in found]
