"""Train `caption_shape`'s weights from real captions: `python -m
curate.stages.boilerplate.train_caption_shape --eval-dir /work/shared/eval`.

Positives: the lines of the shared HTML pages the reader finds the markup gives to an image
(`Page.captioned`: `<figcaption>`, `alt`/`title`, blocks beside an image); negatives: the lines
the gold labels content and the markup does not. Sites are split by `evaluate.pages.half`: half A
trains, half B is reported (precision and recall at the shipped cut). A logistic regression by
full-batch gradient descent from zeros with the classes weighted equally: no randomness, the
same weights on every run (`SEED` fixes the order the rows are read in, for the record).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

import numpy as np

from curate.stages.boilerplate.caption_shape import (
    DATA,
    FEATURES,
    MIN_WORDS,
    candidate,
    features,
)

SEED = 44
STEPS = 3000
RATE = 0.5
L2 = 1e-3
TRAIN_HALF = "A"


def harvest(eval_dir: Path) -> list[dict]:
    """Rows {site, half, y, text, before, after, at}: the `plain` lines of the shared pages
    (`evaluate.pages`: every text block around the article, as a scraper leaves it) that are
    an image's caption by the page's markup (1: the text of a `<figcaption>`, or an image's
    `alt`/`title` of 4+ words) or content by the gold (0), each with its neighbours."""
    from curate.document import line_key
    from curate.evaluate.pages import CONTENT, load_pages

    captions = markup_captions(eval_dir)
    rows = []
    for page in load_pages(eval_dir):
        marked = captions.get(page.key, set())
        lines = page.plain_lines
        for at, (line, label) in enumerate(zip(lines, page.plain_labels, strict=True)):
            if not candidate(line):
                continue
            y = 1 if line_key(line) in marked else 0 if label == CONTENT else None
            if y is not None:
                before = lines[at - 1] if at else None
                after = lines[at + 1] if at + 1 < len(lines) else None
                rows.append(
                    {
                        "site": page.site,
                        "half": page.half,
                        "y": y,
                        "text": line,
                        "before": before,
                        "after": after,
                        "at": at,
                    }
                )
    return rows


def markup_captions(eval_dir: Path) -> dict[str, set[str]]:
    """Per page key (as `evaluate.pages` names it), the `line_key`s of its images' texts."""
    import gzip
    import tarfile
    import tempfile

    found = {}
    aeb = eval_dir / "aeb"
    if (aeb / "ground-truth.json").is_file():
        for key in sorted(json.loads((aeb / "ground-truth.json").read_text("utf-8"))):
            found[key] = _image_texts(
                gzip.decompress((aeb / "html" / f"{key}.html.gz").read_bytes())
            )
    folder = eval_dir / "trafilatura"
    if (folder / "evaldata.json").is_file():
        truth = json.loads((folder / "evaldata.json").read_text("utf-8"))
        with tempfile.TemporaryDirectory(prefix="curate-captions-") as tmp:
            with tarfile.open(folder / "html.tar.xz") as archive:
                archive.extractall(tmp, filter="data")
            for url, item in sorted(truth.items()):
                for sub in ("cache", "eval"):
                    path = Path(tmp, sub, item["file"])
                    if path.exists():
                        found[url] = _image_texts(path.read_bytes())
                        break
    return found


def _image_texts(data: bytes) -> set[str]:
    import lxml.html

    from curate.document import line_key

    try:
        tree = lxml.html.fromstring(data)
    except (ValueError, lxml.etree.ParserError):
        return set()
    texts = [" ".join(node.text_content().split()) for node in tree.iter("figcaption")]
    texts += [
        " ".join(value.split())
        for node in tree.iter("img")
        for value in (node.get("alt"), node.get("title"))
        if value and len(value.split()) >= MIN_WORDS
    ]
    return {line_key(text) for text in texts}


def fit(
    x: np.ndarray, y: np.ndarray, steps: int = STEPS, weights: np.ndarray | None = None
) -> np.ndarray:
    """Logistic regression, classes weighted equally, L2 on all but the bias; `steps` rounds of
    gradient descent (the caption scene's trainer asks for more), each row at its weight (None:
    1; the scene's trainer weighs the blind batches' rows)."""
    if weights is None:
        sample = np.where(y == 1, 0.5 / max(y.sum(), 1), 0.5 / max((1 - y).sum(), 1))
    else:
        sample = weights * np.where(
            y == 1,
            0.5 / max((weights * (y == 1)).sum(), 1e-9),
            0.5 / max((weights * (y == 0)).sum(), 1e-9),
        )
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (sample * (p - y))
        grad[1:] += L2 * w[1:]
        w -= RATE * grad
    return w


def matrix(rows: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    x = np.array(
        [
            features(row["text"], row.get("before"), row.get("after"), row.get("at", 9))
            for row in rows
        ],
        dtype=float,
    )
    y = np.array([row["y"] for row in rows], dtype=float)
    return x, y


def report(w: np.ndarray, rows: list[dict], cut: float) -> str:
    x, y = matrix(rows)
    p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
    hit = p >= cut
    tp = float((hit & (y == 1)).sum())
    precision = tp / max(hit.sum(), 1)
    recall = tp / max((y == 1).sum(), 1)
    fp_rate = float((hit & (y == 0)).sum()) / max((y == 0).sum(), 1)
    return (
        f"cut {cut:.2f}: captions {int(y.sum())}, body {int((1 - y).sum())}; precision "
        f"{precision:.3f} recall {recall:.3f} body removed {fp_rate:.4f}"
    )


def harvested(
    argv: list[str] | None, description: str, out: Path, harvest: Callable[[Path], list[dict]]
) -> tuple[argparse.Namespace, list[dict]]:
    """A caption trainer's command line (`--eval-dir`, `--rows`, `--out`, `--dump`) and its
    rows: harvested from the pages by `harvest`, or read back from an earlier `--dump`."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--eval-dir", type=Path, default=Path("/work/shared/eval"))
    parser.add_argument("--rows", type=Path, help="harvested rows (jsonl) instead of the pages")
    parser.add_argument("--out", type=Path, default=out)
    parser.add_argument("--dump", type=Path, help="write the harvested rows here (jsonl)")
    args = parser.parse_args(argv)
    if args.rows:
        rows = [json.loads(line) for line in args.rows.read_text("utf-8").splitlines()]
    else:
        rows = harvest(args.eval_dir)
    if args.dump:
        args.dump.write_text("".join(json.dumps(row) + "\n" for row in rows), "utf-8")
    return args, rows


def main(argv: list[str] | None = None) -> None:
    args, rows = harvested(argv, __doc__.splitlines()[0], DATA, harvest)
    rows.sort(key=lambda row: (row["site"], row["text"], row["y"]))
    np.random.default_rng(SEED).shuffle(rows)
    train = [row for row in rows if row["half"] == TRAIN_HALF]
    test = [row for row in rows if row["half"] != TRAIN_HALF]
    w = fit(*matrix(train))
    captions = sum(row["y"] for row in train)
    data = {
        "features": list(FEATURES),
        "weights": [round(float(v), 6) for v in w],
        "trained_on": f"half {TRAIN_HALF}: {len(train)} lines, {captions} captions",
    }
    args.out.write_text(json.dumps(data, indent=1) + "\n", "utf-8")
    for cut in (0.5, 0.8, 0.9, 0.93, 0.95, 0.97):
        print("train A", report(w, train, cut))
        print("test  B", report(w, test, cut))


if __name__ == "__main__":
    main()
