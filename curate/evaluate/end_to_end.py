"""The two HTML benchmarks end to end: `curate run --recipe web` on the pages as files.

The `extraction` evaluation scores each page after the stages up to `boilerplate`. A user runs
the whole recipe, and so does any held-out measure: a page the `quality` filter drops, a page
`dedup` takes for a copy of another or one the reader quarantines publishes no text, and scores
0 on its own page. This runs `curate run` as a user does (LocalEngine, the `web` recipe, every
page of a benchmark one corpus) and scores what was published, a page not published as empty,
with the metrics of `extraction` (aeb: per-page shingle F1; trafilatura's set: segments).

Each half of the sites is scored by the run whose line model never saw its sites (half B: the
shipped model; half A: `make train`'s model of half B). The pages not published are listed by
why, with the F1 they would have had had their text been published.
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from curate.evaluate.extraction import (
    _segment_scores,
    _shingle_scores,
    aeb_pages,
    trafilatura_pages,
)
from curate.evaluate.pages import half, scoring_model, site_of

RECIPE = "web"
WORKERS = 2


# (row name, stages skipped): the recipe as shipped, and without `quality`, as a measure of
# extraction alone runs it (a short page is no error of extraction)
RUNS = (
    ("curate run --recipe web", ()),
    ("curate run --recipe web --skip quality", ("quality",)),
)


def run(eval_dir: Path) -> str:
    out = [
        f"{'benchmark':<12} {'system (a page not published: empty)':<46} {'P':>6} {'R':>6} "
        f"{'F1':>6} {'F1 A':>6} {'F1 B':>6}"
    ]
    notes: list[str] = []
    for name, folder, stage in (
        ("aeb", eval_dir / "aeb", _aeb_pages),
        ("trafilatura", eval_dir / "trafilatura", _trafilatura_pages),
    ):
        if not folder.is_dir():
            notes.append(f"{name}: skipped, {folder} not found")
            continue
        with tempfile.TemporaryDirectory(prefix="curate-eval-e2e-") as tmp:
            pages, gold, score = stage(folder, Path(tmp))
            halves = {key: part for key, (_, part) in pages.items()}
            for system, skip in RUNS:
                published = _published(Path(tmp), pages, skip)
                texts = {key: text for key, (text, _, _) in published.items() if text is not None}
                precision, recall, f1 = score(texts, gold)
                by_half = [
                    score(texts, {k: v for k, v in gold.items() if halves.get(k) == part})[2]
                    for part in "AB"
                ]
                out.append(
                    f"{name:<12} {system:<46} {precision:6.3f} {recall:6.3f} {f1:6.3f} "
                    f"{by_half[0]:6.3f} {by_half[1]:6.3f}"
                )
                notes.append(_unpublished(name, system, published, gold, texts, score))
    notes.append(
        "each half scored by the run whose line model never saw its sites (half B: the "
        "shipped model; half A: make train's model of half B); F1 if published: the F1 had each "
        "page removed whole been published with its text when removed"
    )
    return "\n".join(out + notes)


def _unpublished(name, system, published, gold, texts, score) -> str:
    """The pages not published, by why, and what publishing their text would have scored."""
    reasons = Counter(why for _, why, _ in published.values() if why is not None)
    lost = {key: text for key, (_, _, text) in published.items() if text is not None}
    _, _, f1 = score({**lost, **texts}, gold)
    listed = ", ".join(f"{why} {n}" for why, n in reasons.most_common()) or "none"
    return (
        f"{name}, {system}: {len(published)} pages, {len(texts)} published; not published: "
        f"{listed}; F1 if published {f1:.3f}"
    )


# The pages as files ---------------------------------------------------------------------------
Pages = dict[str, tuple[Path, str]]  # key -> (file, half)


def _aeb_pages(folder: Path, tmp: Path) -> tuple[Pages, dict, Any]:
    pages, gold = aeb_pages(folder)
    return _with_halves(pages), gold, _shingle_scores


def _trafilatura_pages(folder: Path, tmp: Path) -> tuple[Pages, dict, Any]:
    pages, segments = trafilatura_pages(folder, tmp / "archive")
    return _with_halves(pages), segments, _segment_scores


def _with_halves(pages: list[tuple[str, Path, str | None]]) -> Pages:
    """The pages present, each with the half of its site."""
    return {key: (path, half(site_of(url, key))) for key, path, url in pages if path.is_file()}


# One run per line model ------------------------------------------------------------------------
def _published(
    tmp: Path, pages: Pages, skip: tuple[str, ...]
) -> dict[str, tuple[str | None, str | None, str | None]]:
    """Per page: its published text (None: not published), why not, and the text it had when
    it was removed whole (None: it was not)."""
    inputs = tmp / "pages"
    names = {f"{index:05d}": key for index, key in enumerate(sorted(pages))}
    if not inputs.is_dir():
        inputs.mkdir()
        for name, key in names.items():
            path = pages[key][0]
            suffix = ".html.gz" if path.name.endswith(".gz") else ".html"
            (inputs / f"{name}{suffix}").symlink_to(path.resolve())
    results: dict[str, tuple[str | None, str | None, str | None]] = {}
    for part in "AB":
        out = tmp / f"out-{part}-{'-'.join(skip)}"
        _curate_run(inputs, out, scoring_model(part), skip)
        texts, removed, why = _read_output(out)
        for name, key in names.items():
            if pages[key][1] != part:
                continue
            if name in texts:
                results[key] = (texts[name], None, None)
            else:
                results[key] = (None, why.get(name, "not read"), removed.get(name))
    return results


def _curate_run(
    inputs: Path,
    out: Path,
    model_file: str | None,
    skip: tuple[str, ...],
    recipe_name: str = RECIPE,
) -> None:
    from curate.arrow_pandas import skip_pandas_probe
    from curate.engines.local import LocalEngine
    from curate.pipeline import Pipeline
    from curate.recipe import load

    recipe = load(recipe_name)
    recipe["stages"] = [entry for entry in recipe["stages"] if entry["stage"] not in skip]
    if model_file is not None:
        for entry in recipe["stages"]:
            if entry["stage"] == "boilerplate":
                entry["model_file"] = model_file
    skip_pandas_probe()  # as `curate run` does
    LocalEngine(workers=WORKERS).run(Pipeline(recipe), inputs=[str(inputs)], out=str(out))


def _read_output(out: Path) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """The kept texts by id, the removed texts by id, and why each unpublished id was not."""
    import pyarrow.parquet as pq

    texts = {}
    for shard in sorted((out / "data").glob("*.parquet")):
        table = pq.read_table(shard, columns=["id", "text"]).to_pydict()
        texts.update(zip(table["id"], table["text"], strict=True))
    removed, why = {}, {}
    for shard in sorted((out / "removed").glob("*.parquet")):
        table = pq.read_table(shard).to_pydict()
        for index, doc_id in enumerate(table["id"]):
            why[doc_id] = f"removed by {table['stage'][index]}/{table['rule'][index]}"
            removed[doc_id] = table["text"][index] if "text" in table else ""
    quarantine = out / "quarantine.jsonl"
    if quarantine.is_file():
        for line in quarantine.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            name = Path(row.get("file") or "").name.split(".")[0]
            why.setdefault(name, f"quarantined: {row.get('kind')}")
    return texts, removed, why
