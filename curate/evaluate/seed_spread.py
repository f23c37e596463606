"""How far a retrain alone moves the line model's figures: the same rows, other seeds.

A rule that removes lines before the model changes the model's training rows, so `make train`
must rebuild the model, and the figures move by the rule and by the retrain together. This
section retrains both site halves' models with other seeds of the boosted models' draws
(`train.SEED` + `OFFSETS`; the shipped seed's models are the shipped files) and scores each
half with the model that never saw its sites, on the hand-checked sets of `checked` and the
news-shaped sets of `news`. A change whose figures move less than a set's range is not
evidence. Measured when it was written (seeds 20241201, 20241302, 20241403): on `checked` and
`web` the ranges were at most 0.4 points of content kept and 0.7 of noise removed; on the
news-shaped sets of half B, 2.4 (`overlap`, 0.809 to 0.833) and 1.9 (`read2`, 0.749 to 0.768)
points of noise removed. A rule whose retrain moved `read2` half B from 0.768 to 0.744 (the
`table_of_contents` rule of session 23) moved it 0.5 points beyond that range, not 2.4.

Not part of a plain `make eval` (it trains 2 models a seed: minutes): name it,
`python -m curate.evaluate seed_spread`.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from curate.evaluate.checked import CHECKED, NEWS, WEB, aligned, load_checked
from curate.evaluate.lines import _each, _through, line_stays
from curate.evaluate.news import sets as news_sets
from curate.evaluate.pages import CONTENT, NOISE, pages_of, scoring_model
from curate.stages.boilerplate import BoilerplateRemover

OFFSETS = (0, 101, 202)  # added to `train.SEED`; 0: the shipped models
HALVES = ("A", "B")

Labelled = list[tuple[list[str], list[int | None]]]


def run(eval_dir: Path) -> str:
    from curate.stages.boilerplate import train

    pages = pages_of(eval_dir)
    if not pages or not CHECKED.is_file():
        return f"skipped: no benchmark pages or no {CHECKED.name}"
    found = labelled_sets(pages)
    figures: dict[int, dict[tuple[str, str], tuple[float, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for offset in OFFSETS:
            seed = train.SEED + offset
            files = model_files(eval_dir, seed, Path(tmp)) if offset else shipped_files()
            figures[seed] = {
                (name, part): shares(BoilerplateRemover(model_file=files[part]), docs)
                for (name, part), docs in found.items()
            }
    return report(figures)


def labelled_sets(pages: list) -> dict[tuple[str, str], Labelled]:
    """(set, half) -> lines and labels of each page: `checked`, `web` and the news sets."""
    found: dict[tuple[str, str], Labelled] = {}
    for name, path in (("checked", CHECKED), ("web", WEB)):
        if path.is_file():
            pairs = aligned(load_checked(path), pages)[0]
            for part in HALVES:
                mine = [(item, page) for item, page in pairs if item.half == part]
                found[(name, part)] = [(page.plain_lines, list(item.labels)) for item, page in mine]
    later = aligned(load_checked(NEWS), pages)[0] if NEWS.is_file() else []
    checked = aligned(load_checked(CHECKED), pages)[0]
    found.update(news_sets(pages, checked, later))
    return found


def shipped_files() -> dict[str, str | None]:
    return {part: scoring_model(part) for part in HALVES}


def model_files(eval_dir: Path, seed: int, folder: Path) -> dict[str, str]:
    """Models of `seed`: half A's pages scored by a model of half B's sites, and the reverse."""
    from curate.stages.boilerplate import train

    files = {}
    for part, other in zip(HALVES, reversed(HALVES), strict=True):
        out = folder / f"line_model_{seed}_{other}.json"
        train._write(train.train(eval_dir, (), (other,), seed), out)
        files[part] = str(out)
    return files


def shares(stage: BoilerplateRemover, docs: Labelled) -> tuple[float, float]:
    """(content kept, noise removed) of `docs` through the map stages up to `stage`."""
    counts: Counter = Counter()
    outcomes = _each(_through(stage))([lines for lines, _ in docs])
    for (lines, labels), (kept, _) in zip(docs, outcomes, strict=True):
        for line, label in zip(lines, labels, strict=True):
            if label is not None:
                counts[(label, line_stays(line, kept))] += 1
    content = counts[(CONTENT, True)] + counts[(CONTENT, False)]
    noise = counts[(NOISE, True)] + counts[(NOISE, False)]
    return counts[(CONTENT, True)] / max(content, 1), counts[(NOISE, False)] / max(noise, 1)


def report(figures: dict[int, dict[tuple[str, str], tuple[float, float]]]) -> str:
    """Per set and half: each seed's content kept / noise removed, and their ranges in points."""
    seeds = list(figures)
    keys = list(figures[seeds[0]])
    out = [
        f"{'set':<8} {'half':>4} "
        + " ".join(f"{'seed ' + str(seed):>13}" for seed in seeds)
        + f" {'range content':>13} {'range noise':>11}"
    ]
    for key in keys:
        cells = [figures[seed][key] for seed in seeds]
        out.append(
            f"{key[0]:<8} {key[1]:>4} "
            + " ".join(f"{kept:.3f}/{removed:.3f}".rjust(13) for kept, removed in cells)
            + f" {spread(kept for kept, _ in cells):>13.1f} {spread(r for _, r in cells):>11.1f}"
        )
    out.append(
        f"(seed {seeds[0]}: the shipped models; a range is max - min in points: a change that "
        "moves a figure less than its range is within what a retrain alone does)"
    )
    return "\n".join(out)


def spread(values: Iterable[float]) -> float:
    """max - min of shares, in points."""
    found = list(values)
    return round(100 * (max(found) - min(found)), 1)
