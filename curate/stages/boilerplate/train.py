"""`make train`: rebuild the line model (`curate/data/line_model.json`) from labelled lines.

`python -m curate.stages.boilerplate.train [--eval-dir DIR] [--lines FILE ...] [--out FILE]`

Training lines come from the shared evaluation pages (`curate.evaluate.pages`: each page read
as the HTML reader reads it and as plain text, each line labelled against the page's gold) and
from the seeds (every line the rules leave there is article text). Where a person read a page's
plain text line by line (`curate.evaluate.checked.read_labels`: 986 pages of 986 sites), the
`plain` model learns those labels in place of the overlap labels: they follow the definition of
human-labelled news sets (the headline is content, a caption or a credit is noise, whatever a
benchmark's gold kept) and label the short lines the overlap leaves out. Learned from the read
pages of its own half only, each model's plain text noise removed rose by 2 to 10 points on the
other half's read pages, content kept within 0.5 points (see the README).

The shipped model learns from the sites of half A. `make eval` never scores a page with a model
that saw its site: half B with the shipped model, half A with a second model `make train` writes,
trained the same way on the sites of half B only (`curate/evaluate/data/line_model_half_B.json`),
so both halves' figures are out of sample. (A model of both halves was tried: on the other
quarter of the sites it removed no more noise than a model of two quarters, +0.2 points on the
article text and +2 on whole pages at 98% of content kept, one quarter 5 and 16 points worse,
while the planted bylines and related headlines it removed fell from 0.90 and 1.00 to 0.77 and
0.72, and the seeds' section tag stayed.) A user's own labelled lines join them with `--lines`:
JSON Lines of `{"id": ..., "lines": [str, ...], "labels": [1 content | 0 noise | null, ...]}`,
optionally with `"title"` and `"html": true` (with `"linked": [line, ...]`, the lines that are
link text, and `"captioned": [line, ...]`, the lines the page gives to an image); those train
both models unless `html` says which. The line blind batches (`curate.evaluate.line_blind`)
can join the `plain` model's word model (`BLIND_WEIGHT`, off: measured in session 43 and not
shipped, see the README), each site half's model one half of their outlets. The pages' photo
captions, labelled by their markup, can join the `plain` model (`caption_examples.WEIGHT`, off:
measured in session 51 and not shipped, see the README).

The `plain` model also carries a word model (`line_words`: a logistic regression over the
words of the same lines, terms of 3+ sites), whose evidence of noise the stage adds to the
trees' log-odds; the trees do not see it, so they are the trees they were without it.

Each line is seen as the stage sees it at run time: after `unicode` and `markup`, among the
lines the rules leave (the model only ever judges those), with the same features. Two models,
each the mean of three gradient-boosted tree models from scikit-learn (a `dev` dependency;
inference needs numpy only): `plain` for text without markup and `html` with the reader's link
labels and its caption labels (`io.captions`) as extra features.
Seeded and single-threaded: the same data gives the same file, byte for byte.

`--stacked` gives the `plain` model a second pass (`second_pass`: stacked sequential learning,
trees over each line's row and the first pass's out-of-fold scores around it, `stacked`), which
the stage scores with `boilerplate.stacked`; measured in session 46 and not shipped (README).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

from curate import resources
from curate.document import CAPTIONED_LINES, LINKED_LINES, Document, line_key
from curate.stages.boilerplate import (
    RULES,
    BoilerplateRemover,
    caption_examples,
    credit_below,
    features,
    line_words,
    paragraph_rows,
    stacked,
)
from curate.stages.markup import MarkupStripper
from curate.stages.unicode import UnicodeRepair

CONTENT, NOISE = 1, 0
SEED = 20241201
TREES = 150
# Three boosted models averaged, each seeing 80% of the rows at every tree: one model's trees
# moved with any small change of its rows (28 more lines of 3,917 moved the read pages of half
# A by -0.8 points of content kept), the mean of three moves less, and scores better on both
# site halves (see the README); inference walks three times the trees (boilerplate stage -3%)
BAGS = 3
SUBSAMPLE = 0.8
DEPTH = 3
LEARNING_RATE = 0.1
MIN_LEAF = 20
TRAIN_HALF = "A"  # the shipped model's sites
HOLDOUT_HALF = "B"  # a model of these sites scores half A in `make eval`
HOLDOUT_DIR = Path(__file__).resolve().parents[2] / "evaluate" / "data"
SEED_WEIGHT = 3.0  # the seeds' lines are hand-checked: worth more than a gold overlap
# The line blind batches (`curate.evaluate.line_blind`): plain-text news documents labelled by
# hand line by line, with the kinds of noise the pages' overlap labels seldom hold (captions and
# credits, teasers, promos, bios, wire slugs). At a weight above 0 each site half's model learns
# one half of their outlets (`BLIND_HALF`), and `line_blind` scores each half with the model
# that never saw it; their lines join the word model only: trees that learned them (weight 1 to
# 5) removed 5 to 11 points more of the blind noise left out but lost 0.5 to 1.2 points of
# content on site half A's pages (web, lines, whole). Off (0): the word model alone at weight 3
# (chosen of 1, 2, 3, 5, 8 by leaving one batch out on blind half 1 and half A's pages) kept half
# A's content within 0.3 points but lost 0.4 on half B's `lines` and `whole` (README, session 43)
BLIND_HALF = {TRAIN_HALF: 1, HOLDOUT_HALF: 2}
BLIND_WEIGHT = 0.0
# whether the trees learn the blind lines too (else the word model alone): session 48 measured
# both on batches 1-8 (trees and words at 1: blind batches 9 and 10 +2.0 / +1.5 points of noise
# removed, but half B's `web` -0.9 and `whole` -0.5 points of content, `read` -2.1 of noise;
# README): off, as session 43 left it
BLIND_TREES = False
# the page's lines beyond the article's neighbourhood (menus, footers, sidebars: the `whole`
# variant less the `plain` one), with their overlap labels: the read pages hold few such lines,
# and a model that learned from them alone kept the menus of whole pages (half B 0.52 -> 0.34
# of their noise removed); at this weight it removes them (0.78) and keeps the read figures
WHOLE_WEIGHT = 0.05

# (id, lines, labels, title, linked lines, captioned lines)
Example = tuple[str, list[str], list[int | None], str | None, list[str] | None, list[str] | None]
# the models given a second pass with `--stacked` (`stacked`), fitted on out-of-fold
# first-pass scores of `FOLDS` groups of sites; measured in session 46 and not shipped (README):
# `make train` leaves it out and the model files are as they were
STACKED_KINDS = ("plain",)
FOLDS = 5
WORDS_KINDS = ("plain",)  # the models whose lines' words add evidence of noise (`line_words`)
# the models given a paragraph model (`paragraph_rows`: the body paragraphs the trees never
# judge), and what it learns besides the pages and the seeds: the line blind batches 1 to 8
# (each site half's model one half of their outlets, `BLIND_HALF`), at this weight; their noise
# written as paragraphs (disclaimers, bios, an outlet's about box) is the kind the pages hold
# few of
PARAGRAPH_KINDS = ("plain",)
# whether `make train` writes the paragraph model into the model files: measured in session 49
# and not shipped (the stage's `paragraph_bar` is off; README), so the files are as they were
PARAGRAPHS = False
PARAGRAPH_BATCHES = 8
PARAGRAPH_BLIND_WEIGHT = 1.0
PARAGRAPH_BAGS = 1  # one boosted model: it scores every body paragraph of every document


class View(NamedTuple):
    """One document as the model judges it: the judged lines' places among the `count` lines
    left, their rows, targets (None: unlabelled, still a neighbour) and texts."""

    index: list[int]
    rows: list[list[float]]
    targets: list[int | None]
    texts: list[str]
    count: int


# Rules the shipped model's rows were made without: `contents_list` came after the model (a
# retrain moves each site half by up to a point of noise, more than the rule's own gain, so it
# was measured with the model as it was); its lines are 24 of half A's read lines.
UNSEEN = ("line_model", "contents_list")


def rules_only() -> list[Any]:
    """The stages a line passes before the model judges it: unicode, markup, the rules."""
    return [
        UnicodeRepair(),
        MarkupStripper(),
        BoilerplateRemover(rules=tuple(r for r in RULES if r not in UNSEEN)),
    ]


def rows_of(
    lines: list[str],
    labels: list[int | None],
    title: str | None,
    linked: list[str] | None,
    html: bool,
    stages: list[Any],
    captioned: list[str] | None = None,
    views: list[View] | None = None,
    paragraphs: list[Paragraphs] | None = None,
) -> tuple[list[list[float]], list[int], list[str]]:
    """Feature rows, targets (1: noise) and texts of the labelled lines the rules leave;
    `views` gets each document as the model judges it (`View`: every judged line, labelled or
    not, for the second pass's neighbour scores), in the order the rows come; `paragraphs` gets the
    document as the paragraph model judges it (`paragraph_view`)."""
    by_key = {}
    for line, label in zip(lines, labels, strict=True):
        by_key.setdefault(line_key(line), label)
    doc = Document(id="x", text="\n\n".join(lines), title=title, input_title=title)
    if html:
        doc.labels[LINKED_LINES] = list(linked or [])
        doc.labels[CAPTIONED_LINES] = list(captioned or [])
    for stage in stages:
        doc = stage.process(doc)
    left = [line.strip() for line in doc.text.split("\n\n") if line.strip()]
    if not left:
        return [], [], []
    # each line beside a credit the rules removed, as the stage passes it (`credit_below`)
    credited = (
        credit_below.from_ledger(doc.text, doc.edits, BoilerplateRemover.name)
        if credit_below.ON
        else None
    )
    if paragraphs is not None:
        paragraphs.append(paragraph_view(left, by_key, doc.title))
    captions = set(captioned or ())
    judged = features.matrix(left, doc.title, set(linked or ()), html, captions, credited)
    rows, targets, texts = [], [], []
    wanted: list[int | None] = []
    for i, row in zip(judged.index, judged.rows, strict=True):
        label = by_key.get(line_key(left[i]))
        wanted.append(None if label is None else 1 - label)
        if label is not None:
            rows.append(row)
            targets.append(1 - label)
            texts.append(left[i])
    if views is not None:
        views.append(
            View(judged.index, judged.rows, wanted, [left[i] for i in judged.index], len(left))
        )
    # The stage scores again what is left until nothing more goes: the lines must also be seen
    # in the document as it stands once its noise is gone, where they must stay.
    kept = [by_key.get(line_key(line)) != NOISE for line in left]
    clean = [line for line, keep in zip(left, kept, strict=True) if keep]
    if len(clean) < len(left) and len(clean) > 1:
        near = (
            None
            if credited is None
            else [flag for flag, keep in zip(credited, kept, strict=True) if keep]
        )
        again = features.matrix(clean, doc.title, set(linked or ()), html, captions, near)
        wanted = []
        for i, row in zip(again.index, again.rows, strict=True):
            content = by_key.get(line_key(clean[i])) == CONTENT
            wanted.append(0 if content else None)
            if content:
                rows.append(row)
                targets.append(0)
                texts.append(clean[i])
        if views is not None:
            texts_again = [clean[i] for i in again.index]
            views.append(View(again.index, again.rows, wanted, texts_again, len(clean)))
    return rows, targets, texts


class Paragraphs(NamedTuple):
    """One document as the paragraph model judges it: its lines, their labels (None:
    unlabelled) and its title."""

    lines: list[str]
    labels: list[int | None]
    title: str | None


def paragraph_view(left: list[str], by_key: dict[str, int | None], title: str | None) -> Paragraphs:
    """The lines the rules leave less the labelled noise that is no body paragraph (what the
    trees would remove: the stage asks the paragraph model once they remove no more)."""
    body = set(paragraph_rows.body_index(left))
    view = [line for i, line in enumerate(left) if i in body or by_key.get(line_key(line)) != NOISE]
    return Paragraphs(view, [by_key.get(line_key(line)) for line in view], title)


def paragraph_fit(
    items: list[tuple[Paragraphs, float]], words: dict | None, seed: int = SEED
) -> dict:
    """The paragraph model: trees over the body paragraphs' `paragraph_rows` of the documents
    as `paragraph_view` gives them (with the weight of each), their words read by `words`."""
    from curate.stages.boilerplate.line_words import WordModel

    model = WordModel.from_dict(words) if words else None
    said = None if model is None else (lambda lines: [model.margin(x) - model.bias for x in lines])
    rows: list[list[float]] = []
    targets: list[int] = []
    weights: list[float] = []
    for (view, labels, title), weight in items:
        judged = paragraph_rows.matrix(view, title, said)
        for i, row in zip(judged.index, judged.rows, strict=True):
            if labels[i] is not None:
                rows.append(row)
                targets.append(1 - labels[i])
                weights.append(weight)
    spec = fit(rows, targets, weights, paragraph_rows.NAMES, seed, bags=PARAGRAPH_BAGS)
    spec["rows_sha256"] = rows_digest((rows, targets, weights))
    return spec


def examples(
    eval_dir: Path | None,
    user_files: Iterable[Path],
    halves: Iterable[str] = (TRAIN_HALF,),
    sites: dict[str, str] | None = None,
    benchmarks: Iterable[str] | None = None,
) -> dict[str, list[Example]]:
    """(id, lines, labels, title, linked, captioned) per model kind, of the pages of the sites
    of `halves` (`whole`: each page's lines beyond the `plain` ones, for the `plain` model);
    `sites` gets each page's site by its id; `benchmarks`: only the pages of these (None:
    every benchmark; `curate.evaluate.transfer` trains on one and scores the other)."""
    found: dict[str, list[Example]] = {"plain": [], "html": [], "whole": [], "captions": []}
    if eval_dir is not None:
        from curate.evaluate.checked import read_labels
        from curate.evaluate.pages import pages_of

        wanted = set(halves)
        sources = None if benchmarks is None else set(benchmarks)
        pages = [
            page
            for page in pages_of(eval_dir)  # read once
            if page.half in wanted and (sources is None or page.benchmark in sources)
        ]
        read = read_labels(pages)
        for page in pages:
            if sites is not None:
                sites[page.key] = page.site
            if page.plain_lines:
                labels = read.get(page.key, page.plain_labels)
                found["plain"].append((page.key, page.plain_lines, labels, None, None, None))
            if page.whole_lines:
                near = {line_key(line) for line in page.plain_lines}
                far = [
                    None if line_key(line) in near else label
                    for line, label in zip(page.whole_lines, page.whole_labels, strict=True)
                ]
                found["whole"].append((page.key, page.whole_lines, far, None, None, None))
            if page.html_lines:
                labels = html_labels(page, read.get(page.key))
                found["html"].append(
                    (page.key, page.html_lines, labels, page.title, page.linked, page.captioned)
                )
        if caption_examples.WEIGHT:  # the pages' captions by their markup (`caption_examples`)
            found["captions"] = caption_examples.caption_examples(eval_dir, pages, read)
    for path in user_files:
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not raw.strip():
                continue
            row = json.loads(raw)
            lines, labels = row.get("lines"), row.get("labels")
            if (
                not isinstance(lines, list)
                or not isinstance(labels, list)
                or len(lines) != len(labels)
            ):
                raise ValueError(
                    f"{path}:{number}: `lines` and `labels` must be lists of one length"
                )
            item = (
                str(row.get("id", number)),
                lines,
                labels,
                row.get("title"),
                row.get("linked"),
                row.get("captioned"),
            )
            kinds = (
                ["html"] if row.get("html") else ["plain"] if "html" in row else ["plain", "html"]
            )
            for kind in kinds:
                found[kind].append(item)
    return found


def html_labels(page: Any, read: list[int | None] | None) -> list[int | None]:
    """The labels of a page's lines as the HTML reader gives them: where the page was read as
    plain text, a line the reading saw (the same line key) takes its read label, the rest keep
    their overlap labels."""
    from curate.evaluate.checked import labels_by_key

    if read is None:
        return list(page.html_labels)
    by_key = labels_by_key(page.plain_lines, read)
    return [
        by_key[key] if key in by_key else label
        for key, label in zip(map(line_key, page.html_lines), page.html_labels, strict=True)
    ]


def holdout_file(half: str) -> Path:
    """The model trained on the sites of `half` only (`make eval` scores the other half with it)."""
    return HOLDOUT_DIR / f"line_model_half_{half}.json"


def blind_examples(
    halves: Iterable[str], sites: dict[str, str] | None = None, batches: Iterable | None = None
) -> list[Example]:
    """The documents of the line blind batches (`batches`: (file, outlet halves) pairs, default
    `line_blind.TRAINING_BATCHES`) whose outlets are of the blind half of `halves` (`BLIND_HALF`);
    `sites` gets each one's outlet, so the word model counts an outlet's stock lines once."""
    from curate.evaluate.line_blind import TRAINING_BATCHES

    items: list[Example] = []
    for path, doc in blind_documents(halves, TRAINING_BATCHES if batches is None else batches):
        key = f"{path.stem}:{doc.id}"
        if sites is not None:
            sites[key] = f"blind:{doc.outlet}"
        items.append((key, list(doc.lines), list(doc.labels), None, None, None))
    return items


def blind_documents(halves: Iterable[str], batches: Iterable) -> Iterator[tuple[Path, Any]]:
    """(file, document) of the line blind `batches` ((file, outlet halves) pairs) whose outlets
    are of the blind half of `halves` (`BLIND_HALF`), in the files' order."""
    from curate.evaluate.line_blind import load_batch

    wanted = {BLIND_HALF[part] for part in halves}
    for path, outlets in batches:
        for doc in load_batch(path, outlets):
            if doc.half in wanted:
                yield path, doc


def paragraph_blind(halves: Iterable[str]) -> list[Example]:
    """The line blind documents the paragraph model learns: batches 1 to `PARAGRAPH_BATCHES`, the
    outlets of the blind half of `halves`."""
    if not PARAGRAPH_BLIND_WEIGHT:
        return []
    from curate.evaluate.line_blind import BATCHES

    return blind_examples(halves, None, BATCHES[:PARAGRAPH_BATCHES])


def seed_examples() -> list[Example]:
    """The seeds: every line the rules leave is article text (their cleaning is pinned)."""
    items = []
    for path in sorted(resources.SEEDS_DIR.glob("*.txt")):
        doc = Document(id=path.stem, text=path.read_text(encoding="utf-8"))
        for stage in rules_only():
            doc = stage.process(doc)
        lines = [line.strip() for line in doc.text.split("\n\n") if line.strip()]
        items.append((path.stem, lines, [1] * len(lines), doc.title, None, None))
    return items


def fit(
    rows: list[list[float]],
    targets: list[int],
    weights: list[float],
    names: tuple,
    seed: int = SEED,
    bags: int = BAGS,
) -> dict:
    """`BAGS` boosted models, each on its own 80% draw of the rows at every tree (seeds `seed`,
    `seed + 1`, ...), exported as one model: all their trees, each leaf divided by `BAGS`, so the
    score is the logistic of their mean log-odds."""
    import numpy as np
    from sklearn.ensemble import GradientBoostingClassifier

    x = np.asarray(rows, dtype=np.float64)
    y = np.asarray(targets)
    models = []
    for bag in range(bags):
        model = GradientBoostingClassifier(
            n_estimators=TREES,
            max_depth=DEPTH,
            learning_rate=LEARNING_RATE,
            min_samples_leaf=MIN_LEAF,
            subsample=SUBSAMPLE,
            init="zero",
            random_state=seed + bag,
        )
        model.fit(x, y, sample_weight=np.asarray(weights))
        models.append(model)
    trees = []
    for model in models:
        for (estimator,) in model.estimators_:
            tree = estimator.tree_
            trees.append(
                {
                    "feature": [int(f) for f in tree.feature],
                    "threshold": [float(t) for t in tree.threshold],
                    "left": [int(c) for c in tree.children_left],
                    "right": [int(c) for c in tree.children_right],
                    "value": [float(v) * LEARNING_RATE / bags for v in tree.value[:, 0, 0]],
                }
            )
    spec = {"features": list(names), "base": 0.0, "depth": DEPTH, "trees": trees}
    _check(spec, models, x)
    mean_importance = np.mean([model.feature_importances_ for model in models], axis=0)
    importance = sorted(
        zip(names, (float(v) for v in mean_importance), strict=True),
        key=lambda item: -item[1],
    )
    spec["importance"] = [[name, round(value, 4)] for name, value in importance]
    spec["examples"] = {"lines": len(targets), "noise": int(sum(targets))}
    return spec


def _check(spec: dict, models: list[Any], x: Any) -> None:
    """The numpy scorer gives the logistic of the trained models' mean log-odds.

    On rows as scikit-learn's trees see them (float32): a float64 value between a float32 one
    and a split's threshold would take the other branch in one of the two scorers only."""
    import numpy as np

    from curate.stages.boilerplate.model import TreeModel

    rows = x[:2000].astype(np.float32).astype(np.float64)
    mine = np.asarray(TreeModel.from_dict(spec).scores(rows.tolist()))
    mean = np.mean([model.decision_function(rows) for model in models], axis=0)
    theirs = 1.0 / (1.0 + np.exp(-mean))
    if not np.allclose(mine, theirs, atol=1e-9):
        raise AssertionError("the exported trees do not reproduce scikit-learn's scores")


Rows = tuple[list[list[float]], list[int], list[float]]  # feature rows, targets, weights


def training_rows(
    eval_dir: Path | None,
    user_files: Iterable[Path] = (),
    halves: Iterable[str] = (TRAIN_HALF,),
    benchmarks: Iterable[str] | None = None,
    views: dict[str, list[tuple[str, float, View]]] | None = None,
    paragraphs: dict[str, list[tuple[Paragraphs, float]]] | None = None,
) -> tuple[dict[str, Rows], dict[str, int], dict[str, dict]]:
    """What `fit` learns from, per model kind, the documents each kind's rows came from
    (`seeds`: how many of them are the seeds), the word model of each kind that has one
    (learned from the same lines: `line_words.fit`), and per kind the lines only the word model
    learned (the line blind batches' at `BLIND_WEIGHT`: `rows_digest` covers them);
    `paragraphs` gets per kind of `PARAGRAPH_KINDS` each document as the paragraph model sees
    it, and its weight."""
    halves = tuple(halves)
    stages = rules_only()
    page_sites: dict[str, str] = {}
    found = examples(eval_dir, user_files, tuple(halves), page_sites, benchmarks)
    seeds = seed_examples()
    blind = blind_examples(halves, page_sites) if BLIND_WEIGHT else []
    table: dict[str, Rows] = {}
    words: dict[str, dict] = {}
    unseen: dict[str, list] = {}  # per kind, the word model's lines the trees do not see
    for kind in ("plain", "html"):
        html = kind == "html"
        rows: list[list[float]] = []
        targets: list[int] = []
        weights: list[float] = []
        said: list[tuple[str, int, float, str]] = []  # the word model's lines: text, target, ...
        far = found["whole"] if kind == "plain" else []
        captions = found["captions"] if kind == "plain" else []
        typed = blind if kind == "plain" else []  # plain text: no markup, no link labels
        learns = paragraphs is not None and kind in PARAGRAPH_KINDS  # the pages and the seeds
        for items, weight, trees, learned in (
            (found[kind], 1.0, True, learns),
            (far, WHOLE_WEIGHT, True, False),
            (captions, caption_examples.WEIGHT, True, False),
            (seeds, SEED_WEIGHT, True, learns),
            (typed, BLIND_WEIGHT, BLIND_TREES, False),  # the words only: see BLIND_WEIGHT
        ):
            for key, lines, labels, title, linked, captioned in items:
                seen: list[View] | None = [] if views is not None and trees else None
                para: list | None = [] if learned else None
                more, wanted, texts = rows_of(
                    lines, labels, title, linked, html, stages, captioned, seen, para
                )
                if items is captions:
                    more, wanted, texts = caption_examples.credited_rows(
                        more, wanted, texts, features.names(html)
                    )
                if para:
                    paragraphs.setdefault(kind, []).extend((view, weight) for view in para)
                site = page_sites.get(key, key)
                if seen:
                    views.setdefault(kind, []).extend((site, weight, view) for view in seen)
                these = [
                    (text, want, weight, site) for text, want in zip(texts, wanted, strict=True)
                ]
                said += these
                if trees:
                    rows += more
                    targets += wanted
                    weights += [weight] * len(wanted)
                else:
                    unseen.setdefault(kind, []).extend(these)
        if paragraphs is not None and kind in PARAGRAPH_KINDS:
            for _, lines, labels, title, _, _ in paragraph_blind(halves):
                para = []
                rows_of(lines, labels, title, None, html, stages, None, None, para)
                paragraphs.setdefault(kind, []).extend(
                    (view, PARAGRAPH_BLIND_WEIGHT) for view in para
                )
        if kind in WORDS_KINDS and rows:
            words[kind] = line_words.fit(*map(list, zip(*said, strict=True)))
        table[kind] = (rows, targets, weights)
    documents = {kind: len(found[kind]) + len(seeds) for kind in table}
    documents["plain"] += len(blind)
    return table, {**documents, "seeds": len(seeds), "line_blind": len(blind)}, words, unseen


def rows_digest(rows: Rows, unseen: Iterable[tuple] = ()) -> str:
    """A fingerprint of training rows (and of `unseen`, the lines only the word model learns):
    a model file whose rows the code no longer makes is stale."""
    import hashlib

    import numpy as np

    features_, targets, weights = rows
    digest = hashlib.sha256()
    digest.update(np.asarray(features_, dtype=np.float64).tobytes())
    digest.update(np.asarray(targets, dtype=np.int8).tobytes())
    digest.update(np.asarray(weights, dtype=np.float64).tobytes())
    extra = list(unseen)
    if extra:
        digest.update(json.dumps(extra, ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()


def stale(
    model_file: Path,
    eval_dir: Path | None,
    user_files: Iterable[Path] = (),
    halves: Iterable[str] = (TRAIN_HALF,),
) -> list[str]:
    """The model kinds of `model_file` that `make train` would not rebuild as they are: the
    rows the code makes now are not the rows they were fitted on (the rules or the features
    changed, and nobody retrained)."""
    spec = json.loads(model_file.read_text(encoding="utf-8"))
    table, _, _, unseen = training_rows(eval_dir, user_files, halves)
    return [
        kind
        for kind, model in spec["models"].items()
        if model.get("rows_sha256") != rows_digest(table[kind], unseen.get(kind, ()))
    ]


def train(
    eval_dir: Path | None,
    user_files: Iterable[Path] = (),
    halves: Iterable[str] = (TRAIN_HALF,),
    seed: int = SEED,
    benchmarks: Iterable[str] | None = None,
    second: bool = False,
) -> dict:
    """The model file's content; `seed`: the boosted models' draws (another seed measures how
    far a retrain alone moves the figures: `curate.evaluate.seed_spread`); `benchmarks`: learn
    the pages of these only (None: both; `curate.evaluate.transfer`); `second`: the
    `STACKED_KINDS` models get a second pass (`second_pass`, the stage's `stacked`)."""
    halves = tuple(halves)
    benchmarks = None if benchmarks is None else tuple(benchmarks)
    views: dict[str, list[tuple[str, float, View]]] = {}
    paragraphs: dict[str, list] = {}
    table, documents, words, unseen = training_rows(
        eval_dir,
        user_files,
        halves,
        benchmarks,
        views if second else None,
        paragraphs if PARAGRAPHS else None,
    )
    models, sources = {}, {}
    for kind, (rows, targets, weights) in table.items():
        if not rows or len(set(targets)) < 2:
            raise SystemExit(f"train: no labelled {kind} lines of both kinds to learn from")
        models[kind] = fit(rows, targets, weights, features.names(kind == "html"), seed)
        if kind in words:
            models[kind]["words"] = words[kind]
            models[kind]["words_weight"] = line_words.WEIGHT
        models[kind]["rows_sha256"] = rows_digest(table[kind], unseen.get(kind, ()))
        if kind in paragraphs:
            models[kind]["paragraphs"] = paragraph_fit(paragraphs[kind], words.get(kind), seed)
        if second and kind in STACKED_KINDS:
            models[kind]["second"] = second_pass(views[kind], features.names(kind == "html"), seed)
        sources[kind] = {"documents": documents[kind]}
    return {
        "about": "curate line model: P(noise) of a line, gradient-boosted trees; make train",
        "trained_on": {
            "eval_pages": (
                "article-extraction-benchmark and trafilatura evaluation set"
                if benchmarks is None
                else " and ".join(benchmarks)
            )
            + f", site half {' and '.join(halves)} ({_held_out(halves)} held out)",
            "seeds": documents["seeds"],
            "user_files": [str(p) for p in user_files],
            **{kind: sources[kind] for kind in sources},
        },
        "seed": seed,
        "models": models,
    }


def fold_of(site: str) -> int:
    """A site's fold among `FOLDS`: by a hash of its name, so the same in every run."""
    return int(hashlib.sha256(site.encode("utf-8")).hexdigest(), 16) % FOLDS


def second_pass(views: list[tuple[str, float, View]], names: tuple, seed: int = SEED) -> dict:
    """The second pass (`stacked`): trees on each labelled line's row and the `stacked`
    columns of the first pass's scores around it, fitted on OUT-OF-FOLD first-pass scores: each
    of `FOLDS` groups of sites scored by a first pass (trees and word model, as `train` makes
    them) that never saw those sites, so the second pass learns scores like those it meets at
    run time, not the first pass's overfit scores of its own training lines."""
    scores = oof_scores(views, seed)
    rows, targets, weights = stacked_rows(views, scores)
    return fit(rows, targets, weights, (*names, *stacked.NAMES), seed)


def oof_scores(views: list[tuple[str, float, View]], seed: int = SEED) -> list[list[float]]:
    """The first pass's score of each judged line of each view, by a model of the other folds."""
    from curate.stages.boilerplate.model import TreeModel

    folds = [fold_of(site) for site, _, _ in views]
    found: list[list[float]] = [[] for _ in views]
    for fold in sorted(set(folds)):
        rows, targets, weights, texts, sites = [], [], [], [], []
        for (site, weight, view), at in zip(views, folds, strict=True):
            if at == fold:
                continue
            for row, want, text in zip(view.rows, view.targets, view.texts, strict=True):
                if want is not None:
                    rows.append(row)
                    targets.append(want)
                    weights.append(weight)
                    texts.append(text)
                    sites.append(site)
        spec = fit(rows, targets, weights, tuple(map(str, range(len(rows[0])))), seed)
        spec["words"] = line_words.fit(texts, targets, weights, sites)
        spec["words_weight"] = line_words.WEIGHT
        first = TreeModel.from_dict(spec)
        for k, ((_, _, view), at) in enumerate(zip(views, folds, strict=True)):
            if at == fold and view.rows:
                found[k] = first.scores_said(view.rows, view.texts)
    return found


def stacked_rows(views: list[tuple[str, float, View]], scores: list[list[float]]) -> Rows:
    """The labelled lines' rows with their `stacked` columns, in the order `training_rows`
    gives the first pass's rows."""
    rows, targets, weights = [], [], []
    for (_, weight, view), said in zip(views, scores, strict=True):
        extra = stacked.columns(said, view.index, view.count)
        for row, more, want in zip(view.rows, extra, view.targets, strict=True):
            if want is not None:
                rows.append([*row, *more])
                targets.append(want)
                weights.append(weight)
    return rows, targets, weights


def _held_out(halves: tuple[str, ...]) -> str:
    rest = [part for part in (TRAIN_HALF, HOLDOUT_HALF) if part not in halves]
    return "half " + " and ".join(rest) if rest else "no half"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m curate.stages.boilerplate.train")
    parser.add_argument("--eval-dir", type=Path, default=Path("../shared/eval"))
    parser.add_argument("--lines", type=Path, nargs="*", default=[], help="your labelled JSONL")
    parser.add_argument("--out", type=Path, default=resources.DATA_DIR / "line_model.json")
    parser.add_argument(
        "--stacked",
        action="store_true",
        help="give the plain model a second pass over its neighbours' scores (boilerplate.stacked)",
    )
    parser.add_argument(
        "--no-holdout",
        dest="holdout",
        action="store_false",
        help="skip the model of half B's sites that make eval scores half A with",
    )
    args = parser.parse_args(argv)
    eval_dir = args.eval_dir if args.eval_dir.is_dir() else None
    if eval_dir is None and not args.lines:
        print(f"train: {args.eval_dir} not found and no --lines given", file=sys.stderr)
        return 2
    outputs = [(args.out, (TRAIN_HALF,))]
    if eval_dir is not None and args.holdout:
        outputs.append((holdout_file(HOLDOUT_HALF), (HOLDOUT_HALF,)))
    for out, halves in outputs:
        spec = train(eval_dir, args.lines, halves, second=args.stacked)
        _write(spec, out)
        for kind, model in spec["models"].items():
            top = ", ".join(f"{name} {value}" for name, value in model["importance"][:8])
            print(f"{kind}: {model['examples']} lines; top features: {top}")
        print(f"wrote {out} (sites of half {' and '.join(halves)})")
    return 0


def _write(spec: dict, out: Path) -> None:
    tmp = out.with_suffix(".tmp")
    tmp.write_text(json.dumps(spec, indent=None, separators=(",", ":")) + "\n", encoding="utf-8")
    tmp.replace(out)


if __name__ == "__main__":
    sys.exit(main())
