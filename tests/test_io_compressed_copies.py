"""A compressed file beside the same file uncompressed (io.compressed_copies): the copy is
skipped and counted by kind; a compressed file that differs, or stands alone, is read."""

import bz2
import gzip
import json

import pytest
import zstandard

from curate.io.compressed_copies import COMPRESSED_COPY, compressed_copies
from curate.io.readers import skipped_kinds, walk_inputs
from tests.newcomer_runs import documents, quarantined, read_all, run_counted, texts_of
from tests.test_newcomer_inputs import invoke

COMPRESS = {".gz": gzip.compress, ".zst": zstandard.ZstdCompressor().compress}
COMPRESS[".bz2"] = bz2.compress


def _jsonl(texts):
    return "".join(json.dumps({"id": f"d{k}", "text": t}) + "\n" for k, t in enumerate(texts))


def _csv(texts):
    return "id,text\n" + "".join(f'd{k},"{t}"\n' for k, t in enumerate(texts))


SHAPES = {".jsonl": _jsonl, ".json": _jsonl, ".csv": _csv}


@pytest.mark.parametrize("kind", sorted(SHAPES))
@pytest.mark.parametrize("compression", sorted(COMPRESS))
def test_a_compressed_copy_beside_its_plain_file_is_read_once(tmp_path, kind, compression):
    # `gunzip -k part-0.jsonl.gz` beside the shard: every record was read twice
    data = SHAPES[kind](texts_of(3)).encode()
    (tmp_path / f"part-0{kind}").write_bytes(data)
    copy = tmp_path / f"part-0{kind}{compression}"
    copy.write_bytes(COMPRESS[compression](data))
    items = read_all(tmp_path)
    assert [d.id for d in documents(items)] == ["d0", "d1", "d2"] and not quarantined(items)
    found = walk_inputs([tmp_path])
    assert found.skipped == [str(copy)]
    assert skipped_kinds(found.skipped) == {COMPRESSED_COPY: 1}


@pytest.mark.parametrize(
    "other",
    [
        _jsonl(texts_of(4)).encode(),  # a longer export under the same name
        _jsonl(texts_of(3, start=5)).encode(),  # another one
        b"\x1f\x8b\x08\x00damaged",  # a damaged copy: read, and quarantined saying so
    ],
)
def test_a_compressed_file_that_differs_from_its_namesake_is_read(tmp_path, other):
    (tmp_path / "part-0.jsonl").write_text(_jsonl(texts_of(3)))
    packed = other if other.startswith(b"\x1f\x8b") else gzip.compress(other)
    (tmp_path / "part-0.jsonl.gz").write_bytes(packed)
    found = walk_inputs([tmp_path])
    assert [p.name for p in found.paths] == ["part-0.jsonl", "part-0.jsonl.gz"]
    assert not found.skipped


@pytest.mark.parametrize(
    "names",
    [
        ["part-0.jsonl.gz"],  # alone
        ["part-0.jsonl.gz", "part-1.jsonl"],  # another shard's plain file
        ["part-0.jsonl.gz", "part-0.json"],  # another kind of the same stem
    ],
)
def test_a_compressed_file_with_no_plain_twin_is_read(tmp_path, names):
    data = _jsonl(texts_of(2)).encode()
    files = []
    for name in names:
        path = tmp_path / name
        path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
        files.append((path, name))
    assert compressed_copies(files) == (files, [])


def test_compressed_copies_through_the_cli(tmp_path):
    folder = tmp_path / "shards"
    folder.mkdir()
    for rank in range(2):
        data = _jsonl(texts_of(2, start=10 * rank)).replace('"d', f'"r{rank}-').encode()
        (folder / f"{rank:05d}.jsonl.gz").write_bytes(gzip.compress(data))
    (folder / "00000.jsonl").write_bytes(gzip.decompress((folder / "00000.jsonl.gz").read_bytes()))
    out = tmp_path / "out"
    report, text = run_counted(str(folder), "--out", str(out), "--skip", "dedup")
    assert report["counts"]["read"] == 4 and report["counts"]["kept"] == 4
    assert report["skipped_files"] == [str(folder / "00000.jsonl.gz")]
    assert f"{COMPRESSED_COPY} 1" in text
    assert invoke("validate", str(out))[0].exit_code == 0
