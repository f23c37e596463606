"""Bylines, datelines, time stamps and credits as fields: precision and recall per field.

Gold: `data/metadata_gold.jsonl`, one row per page (ids, URLs and gold values, no page text):
- 181 news pages of article-extraction-benchmark (`aeb`), `dateline` and `credit` labelled by
  hand: each page's extracted text was shown with its first and last lines and every
  candidate a broad pattern finds (a capitalised word then a dash, colon or parenthesis near
  a line start; an agency name, "Photo", "By" anywhere in those lines), and the place of the
  dateline and the agency credited were written down, or null when the page has none;
- the pages of trafilatura's evaluation set whose `evaldata.json` carries `author` and `date`
  (the page's metadata as trafilatura's maintainers wrote it down, not trafilatura's output:
  trafilatura's own metadata misses it often, see its row): `authors` and `published`. On
  HTML the main text rarely keeps the byline, so there the text-only row finds little and
  trafilatura's metadata does most of the work. Authors are split on
  `;`, `,`, ` and `, ` und `; two malformed dates were read as written ('2022-29-11' day
  first, '2022-01.26'), an empty author or date is gold "none".
Five author labels were mended where the page itself shows them wrong: a lead word kept
("Von Roland Brockmann"), a share button's label glued on ("Amber Guetebier  Shares"), a
first letter lost ("oachim Schork"), degrees split off as names ("PhD"), a title-case "And"
and the paper's name unsplit ("Glen Owen And Brendan Carlin For The Mail On Sunday").
A field a row does not carry is unlabelled for that page and not counted.

Each page is read by `curate.io.html` (trafilatura with curate's options) and cleaned by the
`web` recipe's map stages up to `bylines`: once on the text only, once with trafilatura's
metadata (author, date) and what the page's markup states (JSON-LD, microdata, `<meta>`,
`rel=author`: `curate.io.page_metadata`) in the `page_metadata` label the stage reads, and each
of those alone (trafilatura's metadata alone: the reference). Scores are micro P/R:
`authors` per name (casefolded), `published` on the date (YYYY-MM-DD), `dateline` on the place's
first comma part, `credit` on the agency's canonical name; on each half of a site split.
"""

from __future__ import annotations

import gzip
import json
import tarfile
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

from curate.document import CAPTIONED_LINES, LINKED_LINES, Document
from curate.evaluate.pages import half, site_of
from curate.io.html import extract_page
from curate.pipeline import Pipeline
from curate.stages.metadata import FIELDS, PAGE_METADATA, BylineExtractor

GOLD = Path(__file__).with_name("data") / "metadata_gold.jsonl"
RECIPE = "web"
MAP_STAGES = ("unicode", "markup", "boilerplate")
WORKERS = 2
SYSTEMS = (
    "curate, text only",
    "curate + page metadata",
    "page metadata alone",
    "trafilatura metadata alone",
)


def run(eval_dir: Path) -> str:
    started = time.perf_counter()
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]
    with tempfile.TemporaryDirectory(prefix="curate-eval-") as tmp:
        pages = _locate(eval_dir, gold, Path(tmp))
        with ProcessPoolExecutor(WORKERS) as pool:
            results = dict(pool.map(_page, pages, chunksize=4))
    counts: dict[tuple[str, str, str], Counter] = {}
    for row in gold:
        found = results.get(row["id"])
        if found is None:
            continue
        side = half(site_of(row["url"], row["url"]))
        for system, predicted in zip(SYSTEMS, found, strict=True):
            for name in FIELDS:
                if name in row:
                    for key in (side, "all"):
                        tally = counts.setdefault((name, system, key), Counter())
                        tally.update(_match(name, predicted.get(name), row[name]))
    out = [f"{'field':<10} {'system':<31} {'half':<4} {'P':>6} {'R':>6} {'gold':>5} {'pred':>5}"]
    for name in FIELDS:
        for system in SYSTEMS:
            for key in ("A", "B", "all"):
                tally = counts.get((name, system, key))
                if not tally or not (tally["gold"] or tally["predicted"]):
                    continue
                precision = tally["tp"] / tally["predicted"] if tally["predicted"] else 0.0
                recall = tally["tp"] / tally["gold"] if tally["gold"] else 0.0
                out.append(
                    f"{name:<10} {system:<31} {key:<4} {precision:6.3f} {recall:6.3f} "
                    f"{tally['gold']:5d} {tally['predicted']:5d}"
                )
    sets = Counter(row["set"] for row in gold if row["id"] in results)
    seconds = time.perf_counter() - started
    found = ", ".join(f"{name} {count}" for name, count in sorted(sets.items()))
    out.append(
        f"{sum(sets.values())} labelled pages ({found}) in {seconds:.0f} s; "
        "half: curate.evaluate.pages.half of the host, as in every make eval table"
    )
    missing = len(gold) - sum(sets.values())
    if missing:
        out.append(f"{missing} labelled pages not found in {eval_dir}")
    return "\n".join(out)


def _locate(eval_dir: Path, gold: list[dict[str, Any]], tmp: Path) -> list[tuple[str, Path]]:
    pages = []
    aeb = eval_dir / "aeb" / "html"
    for row in gold:
        if row["set"] == "aeb" and (aeb / f"{row['id']}.html.gz").exists():
            pages.append((row["id"], aeb / f"{row['id']}.html.gz"))
    archive_path = eval_dir / "trafilatura" / "html.tar.xz"
    wanted = {row["file"]: row["id"] for row in gold if row["set"] == "trafilatura"}
    if wanted and archive_path.exists():
        with tarfile.open(archive_path) as archive:
            archive.extractall(tmp, filter="data")
        for file, key in wanted.items():
            for sub in ("cache", "eval"):
                if (tmp / sub / file).exists():
                    pages.append((key, tmp / sub / file))
                    break
    return pages


def _page(page: tuple[str, Path]) -> tuple[str, tuple[dict, ...] | None]:
    """Fields from the text; with the page's metadata; from the page's metadata alone; from
    trafilatura's metadata alone (the names of `SYSTEMS`)."""

    key, path = page
    data = path.read_bytes()
    if path.name.endswith(".gz"):
        data = gzip.decompress(data)
    found = extract_page(data, str(path))
    if not isinstance(found, tuple):
        return key, None
    text, title, _, linked, page_metadata, captioned = found  # the reader's one pass
    doc = Document(id=key, text=text, title=title, input_title=title)
    if linked:
        doc.labels[LINKED_LINES] = linked
        doc.labels[CAPTIONED_LINES] = captioned
    for name in MAP_STAGES:
        doc = _stage(name).process(doc)
    text_only = _bylines(page_metadata=False).process(_copy(doc))
    with_page = _copy(doc)
    with_page.labels[PAGE_METADATA] = page_metadata
    with_page = _bylines().process(with_page)
    alone = Document(id=key, text="", labels={PAGE_METADATA: page_metadata})
    alone = _bylines(site_as_credit=True).process(alone)
    # trafilatura's own author and date, without what the markup states (`io.page_metadata`)
    trafilatura_only = {
        k: v for k, v in page_metadata.items() if k in ("author", "date", "sitename")
    }
    bare = Document(id=key, text="", labels={PAGE_METADATA: trafilatura_only})
    bare = _bylines(site_as_credit=True).process(bare)
    return key, tuple(
        {n: d.labels.get(n) for n in FIELDS} for d in (text_only, with_page, alone, bare)
    )


def _copy(doc: Document) -> Document:
    return replace(doc, labels=dict(doc.labels), edits=list(doc.edits))


def _match(name: str, predicted: Any, gold: Any) -> Counter:
    """tp, predicted and gold counts of one field on one page."""
    if name == "authors":
        got = {" ".join(a.casefold().split()) for a in predicted or []}
        want = {" ".join(a.casefold().split()) for a in gold or []}
        return Counter(tp=len(got & want), predicted=len(got), gold=len(want))
    got, want = _key(name, predicted), _key(name, gold)
    return Counter(
        tp=int(got is not None and got == want),
        predicted=int(got is not None),
        gold=int(want is not None),
    )


def _key(name: str, value: Any) -> str | None:
    if not value:
        return None
    if name == "published":
        return value[:10]
    if name == "dateline":
        return value.split(",")[0].strip().casefold()
    return value.casefold()


@cache
def _stage(name: str) -> Any:
    return next(s for s in Pipeline.from_recipe(RECIPE).stages if s.name == name)


@cache
def _bylines(**settings: bool) -> BylineExtractor:
    """The recipe's `bylines` stage, with some settings changed (built once per process)."""
    stage = _stage("bylines")
    assert isinstance(stage, BylineExtractor)
    return replace(stage, **settings)
