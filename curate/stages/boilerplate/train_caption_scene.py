"""Train `caption_scene`'s weights from the read pages: `python -m
curate.stages.boilerplate.train_caption_scene --eval-dir /work/shared/eval`.

Rows: the lines of the pages people read line by line (`evaluate.checked.READ_FILES`: 986
pages, one a site), each a `caption_scene.candidate`: a caption (1) or a content line of any
kind (0: headline, lead, subheading, list item, body), seen as the stage sees it once the
noise is gone: among the page's content lines, the first headline out (the stage moves it to
the title). The other noise kinds are left out. Sites are split by `evaluate.pages.half`:
half A trains, half B is reported. A logistic regression by full-batch gradient descent from
zeros, the classes weighted equally: no randomness, the same weights on every run.
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


def fit(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """The caption shape's logistic regression (same rate and L2), for `STEPS` rounds."""
    return shape_fit(x, y, STEPS)


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
    w = fit(*matrix(train))
    captions = sum(row["y"] for row in train)
    data = {
        "features": list(FEATURES),
        "weights": [round(float(v), 6) for v in w],
        "trained_on": f"read pages of half {TRAIN_HALF}: {len(train)} lines, {captions} captions",
    }
    args.out.write_text(json.dumps(data, indent=1) + "\n", "utf-8")
    for cut in (0.5, 0.7, 0.8, 0.9, 0.95):
        print("train A", report(w, train, cut))
        print("test  B", report(w, test, cut))


if __name__ == "__main__":
    main()
