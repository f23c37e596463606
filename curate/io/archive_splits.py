"""`--split` of a `.zip` / `.tar` holding a dataset's splits, as of a folder holding them.

`train.jsonl` and `test.jsonl` zipped together (Kaggle's "Download"), or a Hub dataset's
`data/train-00000-of-00001.parquet` files in a tar: `--split test` stopped the run with
"test not in the input; it holds no splits", since the split of a file was told from the
paths of a folder's files alone. The members' names tell it the same way (io.splits): the
archive is kept when it holds a split asked for, and only that split's members are read,
their documents published as that split. The members of other splits, or of none, are left
out, as a folder's files are.

Two more ways a dataset's splits come packed (session 25):

- a `.json` member of splits (`{"train": [...], "test": [...]}`, io.json_splits) zipped or
  tarred: `--split test` stopped with "it holds no splits", the member's name naming none.
  Such a member is looked into as a folder's `.json` is, and read for the splits asked for
  (the others' records counted as skipped, by split);
- a `DatasetDict.save_to_disk` folder packed (`zip -r ds.zip ds/`): its `dataset_dict.json`
  names the splits, each a member folder of `.arrow` shards (a split of any name: IMDB's
  `unsupervised` was none, since only split words were told from folder names), and its
  `state.json` / `dataset_info.json` beside the shards hold no records: they are counted as
  skipped members, where `state.json` was a `missing_field` record advising
  `--text-field filename`. Read whole, such an archive's documents are counted by split
  (`report.json`'s `input_splits`) and the run names the splits it merged, as of a folder.
"""

from __future__ import annotations

import json
import tarfile
import tempfile
import zipfile
import zlib
from pathlib import Path, PurePosixPath

DATASET_DICT = "dataset_dict.json"  # DatasetDict.save_to_disk's list of splits
BESIDE_SHARDS = ("state.json", "dataset_info.json")  # save_to_disk's, beside each split's shards
MAX_MARKER_BYTES = 1 << 20  # a dataset_dict.json is a line; a larger member is no such marker
# what a broken archive or member raises (a password: RuntimeError; a tar's link out: KeyError):
# looked into no further here, its reading says what is wrong (io.archives)
BROKEN = (OSError, EOFError, zlib.error, zipfile.BadZipFile, tarfile.TarError, ValueError)
BROKEN += (RuntimeError, KeyError)


def member_splits(path: Path, names: list[str] | None = None) -> dict[str, str]:
    """The split of each member of an archive that belongs to one, by member name (`names`:
    the archive's members to read, when known already)."""
    from curate.io.archives import archive_suffix, member_names
    from curate.io.splits import file_splits

    if archive_suffix(path) is None:
        return {}
    names = (member_names(path) or []) if names is None else names
    saved = _saved_splits(path, names)  # a packed save_to_disk folder's split folders
    sidecars = saved_dataset_members(names)  # its `state.json`: of no split, never read
    # under the archive's own path, a file: no member's folder is looked up on the disk
    named = {Path(f"{path}/{n}"): n for n in names if n not in saved and n not in sidecars}
    found = {named[member]: split for member, split in file_splits(named).items()}
    return found | saved


def _saved_splits(path: Path, names: list[str]) -> dict[str, str]:
    """Members under a split folder its `dataset_dict.json` names, with that split."""
    markers = [n for n in names if PurePosixPath(n).name == DATASET_DICT]
    if not markers:
        return {}
    splits = _dataset_dicts(path, set(markers))
    found: dict[str, str] = {}
    for name in names:
        member = PurePosixPath(name)
        held = splits.get(str(member.parent.parent)) or ()
        if member.parent.name in held and member.name not in BESIDE_SHARDS:
            found[name] = member.parent.name
    return found


def _dataset_dicts(path: Path, markers: set[str]) -> dict[str, frozenset[str]]:
    """The splits each `dataset_dict.json` member names, by its folder in the archive."""
    from curate.io.archives import _members

    found: dict[str, frozenset[str]] = {}
    try:
        for name, opener in _members(path):
            if name not in markers:
                continue
            source = opener()
            if source is None:
                continue
            with source:
                data = source.read(MAX_MARKER_BYTES + 1)
            try:
                splits = json.loads(data).get("splits") if len(data) <= MAX_MARKER_BYTES else None
            except (ValueError, AttributeError):
                splits = None
            if isinstance(splits, list):
                names = frozenset(s for s in splits if isinstance(s, str))
                found[str(PurePosixPath(name).parent)] = names
    except BROKEN:
        return found
    return found


def saved_dataset_members(names: list[str]) -> set[str]:
    """save_to_disk's files that hold no records: every `dataset_dict.json`, and the
    `state.json` / `dataset_info.json` of a member folder that holds `.arrow` shards."""
    shards = {str(PurePosixPath(n).parent) for n in names if n.lower().endswith(".arrow")}
    return {
        name
        for name in names
        if PurePosixPath(name).name == DATASET_DICT
        or (PurePosixPath(name).name in BESIDE_SHARDS and str(PurePosixPath(name).parent) in shards)
    }


def members_holding_splits(path: Path, fields: tuple[str, ...]) -> dict[str, list[str]]:
    """The splits each `.json` member holds inside it (io.json_splits), by member name;
    members named for a split are left to their names."""
    from curate.io.archives import _members, _passed_over, archive_suffix
    from curate.io.json_splits import file_splits_inside
    from curate.io.readers import JSON_SUFFIXES, suffix_of

    if archive_suffix(path) is None:
        return {}
    named = member_splits(path)
    found: dict[str, list[str]] = {}
    try:
        with tempfile.TemporaryDirectory(prefix="curate-splits-") as scratch:
            for number, (name, opener) in enumerate(_members(path)):
                member = PurePosixPath(name)
                if _passed_over(name) or name in named or member.name == DATASET_DICT:
                    continue
                if suffix_of(Path(member.name)) not in JSON_SUFFIXES:
                    continue
                copy = Path(scratch) / str(number) / member.name
                copy.parent.mkdir(parents=True)
                source = opener()
                if source is None:
                    continue
                with source, open(copy, "wb") as sink:
                    while chunk := source.read(1 << 20):
                        sink.write(chunk)
                held = file_splits_inside(copy, fields)
                if held:
                    found[name] = held
                copy.unlink()
    except BROKEN:
        return found
    return found


def archive_held_splits(path: Path, fields: tuple[str, ...] = ("text",)) -> set[str]:
    """The splits an archive holds (for `--split`'s choice of files), or none: by its
    members' names and inside its `.json` members."""
    inside = members_holding_splits(path, fields)
    return set(member_splits(path).values()) | {s for held in inside.values() for s in held}
