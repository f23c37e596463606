"""What the newcomer rounds' tests share: distinct short texts, the reader's items by type, and
`curate run` with its counts checked (read = kept + removed + quarantined + skipped)."""

from __future__ import annotations

import json
from pathlib import Path

from curate.io.readers import Document, Quarantined, Skipped, read_inputs
from tests.test_newcomer_inputs import invoke

WORDS = "council budget schools roads river bridge harbour market museum library".split()


def text_of(k: int) -> str:
    """A sentence of its own for each k (no two near-duplicates)."""
    picked = [WORDS[(k * 7 + i * 3) % len(WORDS)] for i in range(8)]
    return f"Report {k}: the {' and the '.join(picked)} were discussed on day {k * 13 % 97}."


def texts_of(n: int, start: int = 0) -> list[str]:
    return [text_of(k) for k in range(start, start + n)]


def read_all(*inputs: Path, reader: dict | None = None) -> list[Document | Quarantined | Skipped]:
    return list(read_inputs(inputs, reader=reader))


def documents(items: list) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


def quarantined(items: list) -> list[Quarantined]:
    return [i for i in items if isinstance(i, Quarantined)]


def run_counted(*args) -> tuple[dict, str]:
    """`curate run ... --skip quality` (short texts), its report and its words."""
    result, text = invoke("run", *args, "--skip", "quality")
    assert result.exit_code == 0, text
    out = Path(args[args.index("--out") + 1])
    report = json.loads((out / "report.json").read_text())
    counts = report["counts"]
    skipped = counts.get("skipped", 0)
    assert counts["read"] == counts["kept"] + counts["removed"] + counts["quarantined"] + skipped
    return report, text
