"""A Hugging Face Hub cache folder given as input: `datasets--org--news/` as
`huggingface_hub.snapshot_download` (or `load_dataset`) leaves it under
`~/.cache/huggingface/hub/`.

Its files are stored once, by hash, in `blobs/` (no extension); `snapshots/<revision>/` holds
the dataset's own names as links to them, and `refs/main` names the revision. Walked as any
folder, the links were read and the blobs were listed as skipped with advice to rename them
`.txt` ("3 file(s) with no extension hold text and were not read"), which would read every file
twice and the dataset card as an article; an old revision beside the current one was read as
well, every record twice. `blobs/` and `refs/` are passed over, and of the snapshots only the
one `refs/main` names is read (all of them when it names none there).
"""

from __future__ import annotations

from pathlib import Path

REPO_PREFIXES = ("datasets--", "models--", "spaces--")
STORES = ("blobs", "refs")


def _is_cache_repo(folder: Path) -> bool:
    return folder.name.startswith(REPO_PREFIXES) and (folder / "snapshots").is_dir()


def passed_over(folder: Path, name: str) -> bool:
    """Whether the subfolder `name` of `folder` is a Hub cache's storage (`blobs/`, `refs/`)
    or a snapshot of a revision other than the one `refs/main` names."""
    if name in STORES and _is_cache_repo(folder):
        return True
    if folder.name != "snapshots" or not _is_cache_repo(folder.parent):
        return False
    try:
        main = (folder.parent / "refs" / "main").read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return False
    return name != main and (folder / main).is_dir()
