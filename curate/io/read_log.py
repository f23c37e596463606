"""What the reading libraries say goes to `read.log` in the output folder, not over the terminal.

On a folder of 2,147 real pages trafilatura alone logs hundreds of lines ("WARNING
trafilatura.utils: wrong encoding detected: ascii", "ERROR trafilatura.core: empty HTML tree")
through the progress bar. While a run reads its inputs, the loggers of the libraries that read
pages (trafilatura, htmldate, courlan, charset detection, the WARC readers) write to
`read.log` instead, and each message kind (level, logger, message template) is counted for
`report.json` (`read_log`); the CLI then names each kind once, with its count.
"""

from __future__ import annotations

import contextlib
import logging
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

READ_LOG = "read.log"
LIBRARIES = (
    "trafilatura",
    "htmldate",
    "courlan",
    "justext",
    "readability",
    "charset_normalizer",
    "chardet",
    "lxml",
    "fastwarc",
    "resiliparse",
    "warcio",
)
FORMAT = "%(levelname)s %(name)s: %(message)s"
T = TypeVar("T")


class ReadLog(logging.Handler):
    """Writes each record to the log file (opened at the first one) and counts it by kind."""

    def __init__(self, path: Path, level: int = logging.WARNING) -> None:
        super().__init__(level)
        self.path = path
        self.counts: Counter[str] = Counter()
        self.setFormatter(logging.Formatter(FORMAT))
        self._file: Any = None
        self._pending: list[tuple[logging.LogRecord, str]] = []
        self._reading = False

    def emit(self, record: logging.LogRecord) -> None:
        template = record.msg if isinstance(record.msg, str) else type(record.msg).__name__
        self.counts[f"{record.levelname} {record.name}: {template}"] += 1
        try:  # written when the item it came from is read, naming that item's input
            self._pending.append((record, self.format(record).replace("\n", " ")))
            if not self._reading:
                self._settle(None)
        except Exception:  # logging must never stop a run
            self.handleError(record)

    def _settle(self, where: str | None) -> None:
        """Write the lines logged while an item was read, each naming where it was read."""
        pending, self._pending = self._pending, []
        for record, line in pending:
            try:
                if self._file is None:
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                    self._file = open(self.path, "w", encoding="utf-8")  # noqa: SIM115
                self._file.write(f"{line} [{where}]\n" if where else line + "\n")
            except Exception:  # logging must never stop a run
                self.handleError(record)

    def close(self) -> None:
        self._settle(None)
        if self._file is not None:
            self._file.close()
            self._file = None
        super().close()

    def reading(self, items: Iterable[T], libraries: tuple[str, ...] = LIBRARIES) -> Iterator[T]:
        """`items`, with the libraries' log records routed here while they are read (the
        readers run as the engine pulls items); everything is put back when they end. Each
        line names the input file of the item it was logged while reading: "ERROR
        trafilatura.utils: parsed tree length: 0 ... (3 times; see read.log)" named none, and
        a folder of 2,000 files left no way to find the page (session 50)."""
        with capture(self, libraries):
            self._reading = True
            try:
                for item in items:
                    self._settle(input_of(item))
                    yield item
            finally:
                self._reading = False
                self._settle(None)


def input_of(item: Any) -> str | None:
    """The input file an item of `read_inputs` was read from, or None for what names none (a
    `Skipped`). The file, not the line: a reader may look a few records ahead (a file of
    wikitext rows: io.wikitext_rows), so a line would be a guess; the file never is."""
    if hasattr(item, "labels"):  # a Document: its `input` label, (file, line)
        found = item.labels.get("input")
        return found[0] if isinstance(found, tuple) and found else None
    file = getattr(item, "file", None)  # a Quarantined
    return file if isinstance(file, str) else None


@contextlib.contextmanager
def capture(target: Path | ReadLog, libraries: tuple[str, ...] = LIBRARIES) -> Iterator[ReadLog]:
    """Route the libraries' log records to a log file for the duration; put everything back."""
    handler = target if isinstance(target, ReadLog) else ReadLog(target)
    saved = []
    for name in libraries:
        logger = logging.getLogger(name)
        saved.append((logger, logger.propagate))
        logger.addHandler(handler)
        logger.propagate = False
    try:
        yield handler
    finally:
        for logger, propagate in saved:
            logger.removeHandler(handler)
            logger.propagate = propagate
        handler.close()


def summary_lines(report: dict[str, Any]) -> list[str]:
    """One line per message kind of a report's `read_log`, most frequent first."""
    counts = report.get("read_log") or {}
    lines = []
    for kind, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        times = "once" if count == 1 else f"{count:,} times"
        lines.append(f"{kind.replace('%s', '…').replace('%r', '…')} ({times}; see {READ_LOG})")
    return lines
