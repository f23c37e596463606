"""`--split` of a `.zip` / `.tar` holding a dataset's splits, as of a folder holding them.

`train.jsonl` and `test.jsonl` zipped together (Kaggle's "Download"), or a Hub dataset's
`data/train-00000-of-00001.parquet` files in a tar: `--split test` stopped the run with
"test not in the input; it holds no splits", since the split of a file was told from the
paths of a folder's files alone. The members' names tell it the same way (io.splits): the
archive is kept when it holds a split asked for, and only that split's members are read,
their documents published as that split. The members of other splits, or of none, are left
out, as a folder's files are.
"""

from __future__ import annotations

from pathlib import Path


def member_splits(path: Path) -> dict[str, str]:
    """The split of each member of an archive that belongs to one, by member name."""
    from curate.io.archives import archive_suffix, member_names
    from curate.io.splits import file_splits

    if archive_suffix(path) is None:
        return {}
    # under the archive's own path, a file: no member's folder is looked up on the disk
    named = {Path(f"{path}/{name}"): name for name in member_names(path) or []}
    return {named[member]: split for member, split in file_splits(named).items()}


def archive_held_splits(path: Path) -> set[str]:
    """The splits an archive holds (for `--split`'s choice of files), or none."""
    return set(member_splits(path).values())
