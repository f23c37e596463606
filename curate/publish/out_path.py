"""`--out` names a folder: a new destination named like a data file is refused before work.

`curate run seeds --out clean.jsonl` published a folder named `clean.jsonl` (data/, jsonl/,
README.md inside), which a user then opened as a file. datatrove's writers and NeMo Curator's
`to_json` / `to_parquet` take an output folder too, so the folder is right and the name is the
slip: said before anything is read, with the folder to give and where the JSON Lines will be.
An existing folder of that name (an earlier run's) is left to the usual destination checks.
"""

from __future__ import annotations

from pathlib import Path


def file_like_name(out: Path) -> str | None:
    """Why a destination that does not exist yet cannot be `out`, or None: its name ends in a
    data file's extension (`.jsonl`, `.parquet`, `.csv`, `.json.gz`, ...)."""
    from curate.io.readers import KNOWN_SUFFIXES, SNIFFED_SUFFIXES, suffix_of

    if out.exists() or out.is_symlink():
        return None
    suffix = suffix_of(out)
    if suffix not in KNOWN_SUFFIXES + SNIFFED_SUFFIXES:
        return None
    folder = out.with_name(out.name[: -len(suffix)] or "dataset")
    return (
        f"--out {out} names a file ({suffix}), but curate publishes a folder (data/*.parquet, "
        f"jsonl/*.jsonl, README.md, report.json), as datatrove's and NeMo Curator's writers "
        f"write to a folder: give a folder, such as --out {folder}; the JSON Lines are then in "
        f"{folder / 'jsonl'}"
    )
