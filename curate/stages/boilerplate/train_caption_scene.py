"""Train `caption_scene`'s weights from the read pages: `python -m
curate.stages.boilerplate.train_caption_scene --eval-dir /work/shared/eval`.

Rows: the lines of the pages people read line by line (`evaluate.checked.READ_FILES`: 986
pages, one a site), each a `caption_scene.candidate`: a caption (1) or a content line of any
kind (0: headline, lead, subheading, list item, body), seen as the stage sees it once the
noise is gone: among the page's content lines, the first headline out (the stage moves it to
the title). The other noise kinds are left out. Sites are split by `evaluate.pages.half`:
half A trains, half B is reported. A logistic regression by full-batch gradient descent from
zeros, the classes weighted equally: no randomness, the same weights on every run.

Since session 58 the rows of the line blind batches 1 to `BLIND_BATCHES`' half-1 outlets join
them (`blind_rows`, at `BLIND_WEIGHT` each, as `site_voice.blind_examples`): their captions are
the scene sentences plain-text news writes under its pictures ("Cattle graze in a paddock
outside Odzi."), the read pages' are alt texts and credits; half 2 of every batch stays the test.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from curate.stages.boilerplate.caption_scene import (
    DATA,
    FEATURES,
    candidate,
    features,
    story_shares,
)
from curate.stages.boilerplate.train_caption_shape import fit as shape_fit
from curate.stages.boilerplate.train_caption_shape import harvested

STEPS = 4000
TRAIN_HALF = "A"
CAPTION = "caption"
# the line blind batches whose half-1 outlets' lines are learned besides the read pages (0: the
# pages alone), each row at this weight (a page row weighs 1): half 1 left four batches out at a
# time, caption_scene_credit at 0.65 removed 7 noise lines more at weight 5 than with the pages
# alone, no content line (README)
BLIND_BATCHES = 16
BLIND_WEIGHT = 5.0


def page_rows(lines: list[str], labels: list, kinds: list) -> list[dict]:
    """The rows of one read page: each candidate caption or content line among the content
    lines left (the first headline out), with its features."""
    content = [i for i, label in enumerate(labels) if label == 1]
    heads = [i for i in content if kinds[i] == "headline"]
    if heads and heads[0] == content[0]:
        content = content[1:]
    rows = []
    for i, (line, label, kind) in enumerate(zip(lines, labels, kinds, strict=True)):
        if label is None or not candidate(line):
            continue
        if label == 1 and i not in content:
            continue
        if label == 0 and kind != CAPTION:
            continue
        left = sorted({*content, i})
        texts = [lines[j] for j in left]
        at = left.index(i)
        before = texts[at - 1] if at else None
        after = texts[at + 1] if at + 1 < len(texts) else None
        share = story_shares(texts)[at]
        rows.append(
            {
                "y": 1 if label == 0 else 0,
                "kind": kind,
                "text": line,
                "x": features(line, before, after, at, share),
            }
        )
    return rows


def harvest(eval_dir: Path) -> list[dict]:
    """Rows {site, half, y, kind, text, x} of every read page, in a fixed order."""
    from curate.evaluate.checked import READ_FILES, aligned, load_checked
    from curate.evaluate.pages import load_pages

    pages = load_pages(eval_dir)
    found = []
    for path in READ_FILES:
        if not path.is_file():
            continue
        for item, page in aligned(load_checked(path), pages)[0]:
            for row in page_rows(page.plain_lines, list(item.labels), list(item.kinds)):
                found.append({"site": page.site, "half": page.half, **row})
    return found


def blind_rows(halves: tuple[str, ...] = (TRAIN_HALF,)) -> list[dict]:
    """Rows {site, half, y, kind, text, x} of the line blind batches 1 to `BLIND_BATCHES`'
    documents whose outlets are of the blind half of `halves` (`train.BLIND_HALF`): each caption
    (1) or content line (0) among the document's content lines, as `page_rows` sees a page."""
    if not BLIND_BATCHES or not BLIND_WEIGHT:
        return []
    from curate.evaluate.line_blind import BATCHES, CONTENT
    from curate.stages.boilerplate.train import blind_documents

    found = []
    for _, doc in blind_documents(halves, BATCHES[:BLIND_BATCHES]):
        labels = [1 if label == CONTENT else 0 for label in doc.labels]
        for row in page_rows(list(doc.lines), labels, list(doc.kinds)):
            found.append({"site": f"blind:{doc.outlet}", "half": "blind", **row})
    return found


def fit(x: np.ndarray, y: np.ndarray, weights: np.ndarray | None = None) -> np.ndarray:
    """The caption shape's logistic regression (same rate and L2), for `STEPS` rounds, each row
    at its weight (None: 1), the classes' weights summing equal."""
    return shape_fit(x, y, STEPS, weights)


def matrix(rows: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    x = np.array([row["x"] for row in rows], dtype=float).reshape(len(rows), len(FEATURES))
    y = np.array([row["y"] for row in rows], dtype=float)
    return x, y


def report(w: np.ndarray, rows: list[dict], cut: float) -> str:
    x, y = matrix(rows)
    p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
    hit = p >= cut
    tp = float((hit & (y == 1)).sum())
    lost: dict[str, int] = {}
    for row, took in zip(rows, hit, strict=True):
        if took and not row["y"]:
            lost[row["kind"]] = lost.get(row["kind"], 0) + 1
    return (
        f"cut {cut:.2f}: captions {int(y.sum())}, content {int((1 - y).sum())}; precision "
        f"{tp / max(hit.sum(), 1):.3f} recall {tp / max((y == 1).sum(), 1):.3f} content "
        f"removed {int((hit & (y == 0)).sum())} {dict(sorted(lost.items()))}"
    )


def main(argv: list[str] | None = None) -> None:
    args, rows = harvested(argv, __doc__.splitlines()[0], DATA, harvest)
    rows.sort(key=lambda row: (row["site"], row["text"], row["y"], row["x"]))
    train = [row for row in rows if row["half"] == TRAIN_HALF]
    test = [row for row in rows if row["half"] != TRAIN_HALF]
    blind = blind_rows()
    x, y = matrix(train + blind)
    weights = np.array([1.0] * len(train) + [BLIND_WEIGHT] * len(blind))
    w = fit(x, y, weights)
    captions = sum(row["y"] for row in train)
    data = {
        "features": list(FEATURES),
        "weights": [round(float(v), 6) for v in w],
        "trained_on": f"read pages of half {TRAIN_HALF}: {len(train)} lines, {captions} captions"
        + (
            f"; line blind batches 1-{BLIND_BATCHES} half 1 at weight {BLIND_WEIGHT:g}: "
            f"{len(blind)} lines, {sum(row['y'] for row in blind)} captions"
            if blind
            else ""
        ),
    }
    args.out.write_text(json.dumps(data, indent=1) + "\n", "utf-8")
    for cut in (0.5, 0.7, 0.8, 0.9, 0.95):
        print("train A", report(w, train, cut))
        print("test  B", report(w, test, cut))


if __name__ == "__main__":
    main()
