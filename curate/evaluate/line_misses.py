"""Why the line model keeps the noise it keeps: the read news pages' errors by kind and by bar.

`news` and `checked` give the share of each kind the shipped stage gets right. To find the
cause of a kind's misses one must know how each missed line was judged (`HOW`): a body
paragraph (20+ words closed like a sentence) is never scored; in a document of sentences a
line that is no sentence is judged at `prose_threshold` (0.3) and a sentence at `threshold`
(0.65); in any other page every line is judged at `threshold`. A line scored far under its bar
(under two thirds of it) lacks evidence; one near it is a matter of where the bar stands.

Session 42, halves A / B: of the noise kept (181 / 180 lines), 20 / 34 are captions, headlines
of other stories and promos judged as sentences far under 0.65 (a caption "This illustration
of SpaceX's concept for a commercial lunar lander shows how ...", another story's headline
"Could an astronaut lost in space use gravity to get around?"), 74 / 71 stand in pages the
stage does not take for documents of sentences (lists of other stories' headlines, menus),
and on half A 25 are navigation judged as sentences (mostly a table of contents of questions,
a sentence by its `?`); only 35 / 45 score near their bar. So a lower bar buys little: what
the misses lack is evidence.

Data: the news-shaped read pages (`news`: the `read` pages whose content is 85%+ sentences
and every `read2` page), each half scored by the line model that never saw its sites (as
`lines`), through `unicode`, `markup` and the stage. Each copy of a line standing twice is
counted (`copies_left`): by key alone, a table of contents that `contents_list` removed counted
as kept while its headings stood below (navigation wrong 46 -> 36 on half A, 30 -> 20 on B). Run
by name only (`python -m curate.evaluate --eval-dir DIR line_misses`, seconds once the pages
are read): it is a diagnosis, not a figure anything is tuned to.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from curate.document import Document, line_key
from curate.evaluate.checked import CHECKED, CONTENT, NEWS, NOISE, aligned, load_checked
from curate.evaluate.lines import _key, _through
from curate.evaluate.news import news_shaped
from curate.evaluate.pages import pages_of, scoring_model
from curate.stages.boilerplate import BoilerplateRemover, _is_prose, features
from curate.stages.boilerplate import model as line_model

NEAR = 2 / 3  # a score at this share of its bar or more is near it
# how a kept line was judged: the record's title, a body paragraph (never scored), or scored
# as a line that is no sentence in a document of sentences (at `prose_threshold`), as a
# sentence (at `threshold`), or as a line of a page that is no document of sentences (the same)
HOW = (
    "title",
    "body",
    "unfinished far",
    "unfinished near",
    "sentence far",
    "sentence near",
    "list page far",
    "list page near",
)


def run(eval_dir: Path) -> str:
    pages = pages_of(eval_dir)
    if not pages or not CHECKED.is_file():
        return f"skipped: no benchmark pages under {eval_dir} or no read pages"
    pairs = []
    for path in (CHECKED, NEWS):
        if path.is_file():
            for item, page in aligned(load_checked(path), pages)[0]:
                if path == NEWS or news_shaped(page.plain_lines, list(item.labels)):
                    pairs.append((item, page))
    return report(pairs)


def judged(pairs: list, part: str) -> list[tuple[str, int, str | None, bool]]:
    """(kind, label, how it was judged, whether it stays) of each labelled line of the
    pages of half `part`; `how` is one of `HOW` for a line left in the text, None if gone."""
    model_file = scoring_model(part)
    stage = BoilerplateRemover(model_file=model_file)
    model = line_model.load(model_file)["plain"]
    clean = _through(stage)
    found = []
    for item, page in pairs:
        if item.half != part:
            continue
        _, doc = clean(page.plain_lines)
        left = [line.strip() for line in doc.text.split("\n\n") if line.strip()]
        how = {line_key(line): "body" for line in left}  # the title: no line left
        if left:
            rows = features.matrix(left, doc.title)
            texts = [left[i] for i in rows.index]
            scores = model.scores_said(rows.rows, texts) if rows.rows else []
            bars = stage._thresholds(left)
            prose = min(bars) < stage.threshold
            for i, score in zip(rows.index, scores, strict=True):
                bar = "unfinished" if bars[i] < stage.threshold else "sentence" if prose else ""
                if not bar:  # no line judged at the lower bar: is the line a sentence?
                    known = features.facts(left[i])
                    bar = "sentence" if _is_prose(left[i], known.words) else "list page"
                how[line_key(left[i])] = f"{bar} {'near' if score >= NEAR * bars[i] else 'far'}"
        stays = copies_left(page.plain_lines, list(item.labels), doc)
        for line, label, kind, kept_copy in zip(
            page.plain_lines, item.labels, item.kinds, stays, strict=True
        ):
            if label is not None:
                judged_as = how.get(_key(line), "title") if kept_copy else None
                found.append((kind, label, judged_as, kept_copy))
    return found


def copies_left(lines: list[str], labels: list[int | None], doc: Document) -> list[bool]:
    """Whether each line stays: a content line when its key stands in the text or as the
    title (a headline printed twice and kept once is no loss), a noise line when its key stands
    more often than the page's content copies of it. By key alone, a table of contents whose
    headings stay below it counted as kept (on the news pages, most of the navigation lines
    counted kept: lists that `contents_list` had removed)."""
    left = Counter(line_key(line) for line in doc.text.split("\n\n"))
    if doc.title and not left[line_key(doc.title)]:
        left[line_key(doc.title)] = 1
    keys = [_key(line) for line in lines]
    spare = Counter(left)  # the copies left beyond the content copies: the noise kept
    spare.subtract(key for key, label in zip(keys, labels, strict=True) if label == CONTENT)
    stays = []
    for key, label in zip(keys, labels, strict=True):
        if label == NOISE:
            stays.append(spare[key] > 0)
            spare[key] -= 1
        else:
            stays.append(left[key] > 0)
    return stays


def report(pairs: list) -> str:
    out = [
        f"{len(pairs)} news-shaped read pages; per kind, lines wrong of all (noise kept, content "
        "lost), then the noise kept by how it was judged: "
        + ", ".join(HOW)
        + f" (far: scored under {NEAR:.2f} of its bar)"
    ]
    for part in ("A", "B"):
        counts: dict[str, Counter] = {}
        for kind, label, how, stays in judged(pairs, part):
            count = counts.setdefault(kind, Counter())
            count["all"] += 1
            if stays != (label == CONTENT):
                count["wrong"] += 1
                if label == NOISE:
                    count[how] += 1
        out.append(f"half {part}")
        for kind, count in sorted(counts.items(), key=lambda item: (-item[1]["wrong"], item[0])):
            split = " ".join(f"{count[how]:3d}" for how in HOW)
            out.append(f"  {kind:<17} {count['wrong']:4d} of {count['all']:4d}   {split}")
    return "\n".join(out)
