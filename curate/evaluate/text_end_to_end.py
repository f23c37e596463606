"""The pages read by people, as plain-text files, end to end: `curate run --recipe news`.

`news` and `checked` score each page after the text stages. A user (and the held-out measure
of plain-text news) runs the whole recipe on files: a page `quality` drops, one `dedup` or
`stories` takes for a copy, or one the reader quarantines publishes nothing, and every content
line of it counts as lost. This writes each read page as a `.txt` file (its lines, a blank line
between them), runs `curate run` as a user does (LocalEngine, the `news` recipe, each half of
the sites one corpus, by the line model that never saw its sites) and scores what was published
against the reading: content lines kept, noise lines removed. A line counts as kept when it
stands in the published text or is the record's title; a line that `bylines` cut a clause from
counts by what is left of it.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path

from curate.document import line_key
from curate.evaluate.checked import NEWS, READ_FILES, aligned, load_checked
from curate.evaluate.end_to_end import _curate_run, _read_output
from curate.evaluate.lines import _cut_lines, _key, shares
from curate.evaluate.pages import pages_of, scoring_model

RECIPE = "news"
# (row name, stages skipped)
RUNS = (("curate run --recipe news", ()), ("curate run --recipe news --skip quality", ("quality",)))
# (set name, label files): the news pages read after the line model's threshold was chosen,
# and every read page (articles, product pages, listings, recipes)
SETS = (("read2", (NEWS,)), ("all read", READ_FILES))

Labelled = tuple[tuple[str, ...], list[str], list[int | None]]  # (sets, lines, labels)


def run(eval_dir: Path) -> str:
    pages = pages_of(eval_dir)
    if not pages:
        return f"skipped: no benchmark pages under {eval_dir}"
    by_half: dict[str, list[Labelled]] = {"A": [], "B": []}
    for path in READ_FILES:  # each read page once (a set's pages are one corpus, no copies)
        if path.is_file():
            sets = tuple(name for name, files in SETS if path in files)
            for item, page in aligned(load_checked(path), pages)[0]:
                by_half[item.half].append((sets, page.plain_lines, list(item.labels)))
    out = [
        f"{'system':<42} {'set':>8} {'half':>4} {'content kept':>12} {'noise removed':>13} "
        f"{'content':>8} {'noise':>6}"
    ]
    notes = []
    with tempfile.TemporaryDirectory(prefix="curate-eval-text-e2e-") as tmp:
        for system, skip in RUNS:
            counts: dict[tuple[str, str], Counter] = {}
            for part, docs in by_half.items():
                outcome, reasons = _published(Path(tmp), part, docs, skip)
                for (sets, lines, labels), (text, title) in zip(docs, outcome, strict=True):
                    stays = _stays(lines, text, title)
                    for name in sets:
                        tally = counts.setdefault((name, part), Counter())
                        for kept, label in zip(stays, labels, strict=True):
                            if label is not None:
                                tally[(label, kept)] += 1
                listed = ", ".join(f"{why} {n}" for why, n in reasons.most_common()) or "none"
                notes.append(f"{system}, half {part}: {len(docs)} pages, not published: {listed}")
            for name, _ in SETS:
                for part in ("A", "B"):
                    tally = counts.get((name, part), Counter())
                    out.append(f"{system:<42} {name:>8} {part:>4} {shares(tally)}")
    notes.append(
        "each half run by the line model that never saw its sites (half B: the shipped model; "
        "half A: make train's model of half B); a page not published keeps no line"
    )
    return "\n".join(out + notes)


def _published(
    tmp: Path, part: str, docs: list[Labelled], skip: tuple[str, ...]
) -> tuple[list[tuple[str, str | None]], Counter]:
    """Each page's published (text, title), ("", None) when it was not published; and why the
    pages not published were not."""
    inputs = tmp / f"pages-{part}"
    if not inputs.is_dir():
        inputs.mkdir()
        for index, (_, lines, _) in enumerate(docs):
            (inputs / f"{index:05d}.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    out = tmp / f"out-{part}-{'-'.join(skip)}"
    _curate_run(inputs, out, scoring_model(part), skip, RECIPE)
    texts, _, why = _read_output(out)
    titles = _titles(out)
    found, reasons = [], Counter()
    for index in range(len(docs)):
        name = f"{index:05d}"
        if name in texts:
            found.append((texts[name], titles.get(name)))
        else:
            found.append(("", None))
            reasons[why.get(name, "not read")] += 1
    return found, reasons


def _titles(out: Path) -> dict[str, str]:
    import pyarrow.parquet as pq

    titles: dict[str, str] = {}
    for shard in sorted((out / "data").glob("*.parquet")):
        table = pq.read_table(shard, columns=["id", "title"]).to_pydict()
        titles.update((i, t) for i, t in zip(table["id"], table["title"], strict=True) if t)
    return titles


def _stays(lines: list[str], text: str, title: str | None) -> list[bool]:
    """Whether each input line stands in the published text (or is its title), a line cut to
    its rest by `bylines` by what is left."""
    kept = {line_key(line) for line in text.split("\n") if line.strip()}
    if title:
        kept.add(line_key(title))
    keys = [_key(line) for line in lines]
    gone = {key for key in keys if key not in kept}
    cut = _cut_lines(gone, kept - set(keys))
    return [key in kept or key in cut for key in keys]
