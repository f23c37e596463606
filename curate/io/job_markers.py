"""The files a Spark, Hadoop or Databricks job writes beside its parts: never anyone's text.

`_SUCCESS` (the job finished), `.part-00000.crc` (Hadoop's checksum of a part),
`_committed_<id>` and `_started_<id>` (Databricks' commit protocol), `_metadata` and
`_common_metadata` (Parquet's summary files: a footer, no rows). In a folder they were skipped
(as files of no extension, or hidden ones), but zipped or tarred with the parts each but the
hidden `.crc` was an `unsupported` quarantine record, a job's output looking damaged. In a
folder and in an archive alike they are now skipped and counted as one kind, `job marker`.
"""

from __future__ import annotations

from pathlib import PurePosixPath

JOB_MARKER = "job marker"
NAMES = frozenset({"_SUCCESS", "_metadata", "_common_metadata"})
PREFIXES = ("_committed_", "_started_")
CHECKSUM = ".crc"


def is_job_marker(name: str) -> bool:
    """`name` (a path or a member's name) is a job's marker file (see the module)."""
    base = PurePosixPath(name.rstrip("/")).name
    return base in NAMES or base.startswith(PREFIXES) or base.lower().endswith(CHECKSUM)


def marker_kind(skipped: str) -> str | None:
    """`job marker` for a skipped file that is one, else None."""
    return JOB_MARKER if not skipped.endswith("/") and is_job_marker(skipped) else None
