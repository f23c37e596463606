"""Plain-text noise: how many content blocks the cleaning keeps and how many noise blocks it drops.

Data: every page of the two shared benchmarks read as plain text (`curate.evaluate.pages`, the
`plain` variant: all the page's text blocks around the article, the headline first), each block
labelled content or noise against the page's gold. The text goes through the `news` recipe's
`unicode`, `markup` and `boilerplate` stages, as a plain-text input would; a block is kept when
its words still stand as a line of the text or as the title.

Rows: the rules alone, the rules with the line model (the shipped setting), the same followed
by `bylines`, then by `common_lines` over the half's pages as one corpus (the `news` recipe's
text stages, as `curate run` runs them), and the crude rule
of the issue (keep lines of 3+ words ending in `. ! ?` or a quote), each on the two halves of
the sites, each scored by a line model that never saw its sites: half B by the shipped model
(trained on half A), half A by the one `make train` writes from half B's sites. Each on two
texts: `plain`, the article's neighbourhood, which the model and its threshold were tuned on,
and `whole`, every block of the page, which nothing was tuned on. Then what each rule removed
that the gold calls content (where the rules and the model disagree, which to trust), and the
errors left, by kind.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import textwrap
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from curate.document import TITLE, Document, line_key
from curate.evaluate.pages import CONTENT, NOISE, Page, labelled, pages_of, scoring_model
from curate.stages.boilerplate import BoilerplateRemover
from curate.stages.markup import MarkupStripper
from curate.stages.metadata import BylineExtractor
from curate.stages.unicode import UnicodeRepair

CRUDE_END = re.compile(r"[.!?\"”’']\s*$")


def run(eval_dir: Path) -> str:
    pages = pages_of(eval_dir)
    if not pages:
        return f"skipped: no benchmark pages under {eval_dir}"
    return report(pages)


def systems(part: str) -> list[tuple[str, System]]:
    """The systems compared, for the pages of half `part`: the line model is one that never saw
    their sites (`scoring_model`)."""
    shipped = BoilerplateRemover(model_file=scoring_model(part))
    rules = dataclasses.replace(shipped, rules=tuple(r for r in shipped.rules if r != "line_model"))
    one = dataclasses.replace(shipped, prose_threshold=None)
    model = (
        f"rules + line model ({shipped.threshold}, prose {shipped.prose_threshold})"
        if shipped.prose_threshold is not None
        else f"rules + line model (threshold {shipped.threshold})"
    )
    return [
        ("rules only", _each(_through(rules))),
        (model, _each(_through(shipped))),
        (f"rules + line model, {shipped.threshold} for every page", _each(_through(one))),
        (f"{model} + bylines", _each(_through(shipped, bylines=True))),
        (f"{model} + bylines + common_lines", _with_common_lines(_through(shipped, True))),
        ("crude: 3+ words ending . ! ? or a quote", _each(_crude)),
        # the same pages hard-wrapped, as wire copy and mail are: the stage should not care
        (f"{model}, text cut at {WIDTH} columns", _each(_through(shipped, width=WIDTH))),
    ]


def report(pages: list[Page]) -> str:
    by_half = {part: systems(part) for part in ("A", "B")}
    model = by_half["B"][1][0]
    out = [
        f"{'system':<56} {'text':>5} {'half':>4} {'content kept':>12} {'noise removed':>13} "
        f"{'content':>8} {'noise':>6}"
    ]
    by_rule: Counter = Counter()
    errors: Counter = Counter()
    examples: dict[str, list[str]] = {}
    for variant in VARIANTS:
        for index, (name, _) in enumerate(by_half["A"]):
            if variant == "whole" and (name == "rules only" or "columns" in name):
                continue  # the slow rows of the second set, and the least telling
            for part in ("A", "B"):
                system = by_half[part][index][1]
                found = list(labelled([p for p in pages if p.half == part], variant))
                counts: Counter = Counter()
                outcomes = system([lines for _, lines, _ in found])
                for (page, lines, labels), (kept, doc) in zip(found, outcomes, strict=True):
                    removed_by = _removed_by(doc)
                    for line, label in zip(lines, labels, strict=True):
                        if label is None:
                            continue
                        stays = line_stays(line, kept)
                        counts[(label, stays)] += 1
                        if name == model and part == "B" and variant == "plain":
                            rule = removed_by.get(_key(line))
                            if rule and label == CONTENT and not stays:
                                by_rule[rule] += 1
                            kind = _kind(line, label, stays)
                            if kind:
                                errors[kind] += 1
                                examples.setdefault(kind, [])
                                if len(examples[kind]) < 3:
                                    examples[kind].append(f"{page.site}: {line[:90]}")
                out.append(f"{name:<56} {variant:>5} {part:>4} {shares(counts)}")
    out.append("")
    out.append("half B, content blocks removed, by rule: " + _counts(by_rule))
    out.append("half B, errors of the shipped stage by kind: " + _counts(errors))
    for kind, lines in sorted(examples.items()):
        out.extend(f"  {kind}: {line}" for line in lines)
    return "\n".join(out)


def shares(counts: Counter) -> str:
    """The cells of a row: content kept, noise removed, content lines, noise lines, from counts
    of (label, stays)."""
    content = counts[(CONTENT, True)] + counts[(CONTENT, False)]
    noise = counts[(NOISE, True)] + counts[(NOISE, False)]
    return (
        f"{counts[(CONTENT, True)] / max(content, 1):12.3f} "
        f"{counts[(NOISE, False)] / max(noise, 1):13.3f} {content:8d} {noise:6d}"
    )


def copies_counts(lines: list[str], labels: list[int | None], doc: Document) -> Counter:
    """(label, stays) counts where each copy of a line standing more than once counts: a key's
    copies left in the text (or as its title) go to its content copies first, the rest to its
    noise copies. `line_stays` asks only whether a line's key stands anywhere, so a table of
    contents whose headings stay below it, or a menu printed twice and removed once, counts as
    kept (and a repeated headline as kept however many of its copies went)."""
    left = Counter(line_key(line) for line in doc.text.split("\n\n"))
    if doc.title and not left[line_key(doc.title)]:
        left[line_key(doc.title)] = 1
    copies: dict[str, Counter] = {}
    for line, label in zip(lines, labels, strict=True):
        if label is not None:
            copies.setdefault(_key(line), Counter())[label] += 1
    counts: Counter = Counter()
    for key, found in copies.items():
        content_left = min(left[key], found[CONTENT])
        noise_left = min(left[key] - content_left, found[NOISE])
        counts[(CONTENT, True)] += content_left
        counts[(CONTENT, False)] += found[CONTENT] - content_left
        counts[(NOISE, True)] += noise_left
        counts[(NOISE, False)] += found[NOISE] - noise_left
    return counts


Outcome = tuple[set[str], Document | None]
System = Callable[[list[list[str]]], list[Outcome]]
# `plain`: the article's neighbourhood (what the line model is tuned on); `whole`: every block
# of the page, a second test set that no threshold here was chosen on
VARIANTS = ("plain", "whole")
WIDTH = 72  # wire copy's and mail's columns


def _each(clean: Callable[[list[str]], Outcome]) -> System:
    return lambda documents: [clean(lines) for lines in documents]


def _with_common_lines(clean: Callable[[list[str]], Outcome]) -> System:
    """The map stages page by page, then `common_lines` over the half's pages as one corpus
    (no sites: plain text has none), with the `news` recipe's settings: what `curate run` does
    with the `news` recipe."""
    from curate.recipe import build_stage, load

    corpus = build_stage(next(s for s in load("news")["stages"] if s["stage"] == "common_lines"))

    def run(documents: list[list[str]]) -> list[Outcome]:
        cleaned = [clean(lines) for lines in documents]
        docs = [doc for _, doc in cleaned]
        state = corpus.fit((seq, str(seq), corpus.sketch(doc)) for seq, doc in enumerate(docs))
        outcomes = []
        for seq, (kept, doc) in enumerate(cleaned):
            cut = kept - _kept(doc)[0]  # lines `bylines` cut a clause from, kept so far
            left, doc = _kept(corpus.apply(doc, corpus.decision_for(state, seq)))
            outcomes.append((left | _cut_lines(cut, left), doc))
        return outcomes

    return run


def _through(
    stage: BoilerplateRemover, bylines: bool = False, width: int | None = None
) -> Callable[[list[str]], tuple[set[str], Document]]:
    """The text stages a plain-text page passes: `unicode`, `markup`, `stage` and, as in the
    `news` recipe, `bylines` (it moves bylines, datelines, time stamps and credits out).
    `width`: each line cut at this many columns, as wire copy and mail are (a paragraph's pieces
    kept together are the line: `line_key` reads across the line breaks)."""
    before = (UnicodeRepair(), MarkupStripper())
    after = (BylineExtractor(),) if bylines else ()

    def clean(lines: list[str]) -> tuple[set[str], Document]:
        if width:
            lines = [_wrapped(line, width) for line in lines]
        doc = Document(id="page", text="\n\n".join(lines))
        for each in (*before, stage):
            doc = each.process(doc)
        if not after:
            return _kept(doc)
        was, _ = _kept(doc)
        for each in after:
            doc = each.process(doc)
        kept, doc = _kept(doc)
        return kept | _cut_lines(was - kept, kept - was), doc

    return clean


def _wrapped(line: str, width: int) -> str:
    """`line` cut at `width` columns between words, as `fmt` and mail clients cut it."""
    return "\n".join(
        textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) or [line]
    )


def _cut_lines(gone: set[str], new: set[str]) -> set[str]:
    """The lines `bylines` did not remove but cut a leading clause from ("MADRID — " out of
    the paragraph it opened): what stands of them ends them."""
    return {key for key in gone if any(key.endswith(rest) for rest in new if rest)}


def _kept(doc: Document) -> Outcome:
    """The keys of the lines that stand in the text or became the title: a first line the
    `headline` rule moved to the title stays, though `title_site_name` then cut the site's
    name off the title ("NASA adds five companies ... - SpaceNews.com"): the headline is kept,
    in the field made for it (before session 37 such a line counted as lost: 27 of the 4,887
    content lines of the hand-checked news pages)."""
    kept = {line_key(line) for line in doc.text.split("\n\n")}
    if doc.title:
        kept.add(line_key(doc.title))
    kept.update(
        line_key(edit.after)
        for edit in doc.edits
        if edit.rule == "headline" and edit.field == TITLE and edit.after
    )
    return kept, doc


_REPAIR = UnicodeRepair()


@functools.cache
def _key(line: str) -> str:
    """A line's key as it stands after the `unicode` stage: "Not\u00adfall" is kept as
    "Notfall", which is no loss (a soft hyphen dropped is a repair, not a removal)."""
    return line_key(_REPAIR.process(Document(id="line", text=line)).text)


def line_stays(line: str, kept: set[str]) -> bool:
    """Whether a labelled line is still in the cleaned text (or is its title)."""
    return _key(line) in kept


def _crude(lines: list[str]) -> tuple[set[str], None]:
    return {_key(line) for line in lines if len(line.split()) >= 3 and CRUDE_END.search(line)}, None


def _removed_by(doc: Document | None) -> dict[str, str]:
    if doc is None:
        return {}
    return {_key(e.before): e.rule for e in doc.edits if e.after == "" and e.field == "text"}


def _kind(line: str, label: int, stays: bool) -> str | None:
    """A rough kind for an error, by shape: what to look at next."""
    if label == CONTENT and not stays:
        words = len(line.split())
        return "content lost: short line (<= 6 words)" if words <= 6 else "content lost: longer"
    if label == NOISE and stays:
        words = len(line.split())
        if re.search(r"\d{1,2}:\d{2}|\b(?:19|20)\d{2}\b", line):
            return "noise left: date or time"
        if words <= 4:
            return "noise left: label (<= 4 words)"
        return (
            "noise left: sentence-like" if CRUDE_END.search(line) else "noise left: headline-like"
        )
    return None


def _counts(counter: Counter[Any]) -> str:
    return ", ".join(f"{key} {value}" for key, value in counter.most_common()) or "none"
