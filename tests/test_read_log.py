"""Library log lines while reading: to read.log, counted by kind, nothing left attached after."""

from __future__ import annotations

import logging

from curate.io.read_log import ReadLog, summary_lines


def _pages(logger: logging.Logger):
    for encoding in ("ascii", "latin-1", "ascii"):
        logger.warning("wrong encoding detected: %s", encoding)
        yield encoding
    logging.getLogger("trafilatura.core").error("empty HTML tree: %s", None)
    yield "last"


def test_messages_go_to_the_file_counted_by_kind(tmp_path):
    logger = logging.getLogger("trafilatura.utils")
    log = ReadLog(tmp_path / "read.log")
    assert list(log.reading(_pages(logger))) == ["ascii", "latin-1", "ascii", "last"]
    assert dict(log.counts) == {
        "WARNING trafilatura.utils: wrong encoding detected: %s": 3,
        "ERROR trafilatura.core: empty HTML tree: %s": 1,
    }
    lines = (tmp_path / "read.log").read_text(encoding="utf-8").splitlines()
    assert lines[1] == "WARNING trafilatura.utils: wrong encoding detected: latin-1"
    assert len(lines) == 4


def test_everything_is_put_back_after_reading(tmp_path, caplog):
    root = logging.getLogger("trafilatura")
    before = (list(root.handlers), root.propagate)
    log = ReadLog(tmp_path / "read.log")
    list(log.reading(_pages(logging.getLogger("trafilatura.utils"))))
    assert (list(root.handlers), root.propagate) == before
    with caplog.at_level(logging.WARNING):
        logging.getLogger("trafilatura.utils").warning("after the run")
    assert "after the run" in caplog.text  # back to the application's own logging
    assert "after the run" not in (tmp_path / "read.log").read_text(encoding="utf-8")


def test_no_message_no_file(tmp_path):
    log = ReadLog(tmp_path / "read.log")
    assert list(log.reading(iter([1, 2]))) == [1, 2]
    assert not (tmp_path / "read.log").exists() and not log.counts


def test_the_terminal_names_each_kind_once_with_its_count():
    report = {"read_log": {"WARNING a.b: x %s": 3, "ERROR c: y": 1}}
    assert summary_lines(report) == [
        "WARNING a.b: x … (3 times; see read.log)",
        "ERROR c: y (once; see read.log)",
    ]
    assert summary_lines({}) == []
