"""What a long run holds in memory stays bounded: rows, index row groups, mapped pages.

Each test pins a bound that a run on a web archive of any size relies on (README, "Web
archives: speed and memory"), with the bytes of what is written unchanged.
"""

import json
import random

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from curate.corpus.dedup import NearDuplicateRemover, SketchStore
from curate.corpus.dedup_index import INDEX_ROWS, load_index, save_index
from curate.document import Document
from curate.publish.writer import BLOCK, ROW_GROUP, ShardWriter

SCHEMA = pa.schema([("id", pa.string()), ("text", pa.string())])


def _rows(count):
    return [{"id": f"d{i}", "text": f"text {i} " * (i % 7 + 1)} for i in range(count)]


def test_rows_waiting_for_their_row_group_are_arrow_and_their_json_lines_are_written(tmp_path):
    writer = ShardWriter(tmp_path / "data", "train", SCHEMA, 100_000, tmp_path / "jsonl")
    rows = _rows(ROW_GROUP - 1)
    for row in rows:
        writer.write(row)
    assert len(writer.buffer) < BLOCK  # not a thousand Python dicts
    writer._jsonl.flush()
    written = (tmp_path / "jsonl" / "train-00000.jsonl").read_text(encoding="utf-8")
    assert [json.loads(line) for line in written.splitlines()] == rows
    writer.close(always_one=True)


def test_row_groups_are_cut_as_before(tmp_path):
    """1,000 rows a group from each shard's start, the shard's end cutting the last; every
    shard after the first starts with a group of one row (as the writer always did)."""
    writer = ShardWriter(tmp_path / "data", "train", SCHEMA, 2500, tmp_path / "jsonl")
    rows = _rows(5200)
    for row in rows:
        writer.write(row)
    paths = writer.close(always_one=True)
    groups = [
        [
            pq.ParquetFile(p).metadata.row_group(i).num_rows
            for i in range(pq.ParquetFile(p).num_row_groups)
        ]
        for p in paths
    ]
    assert groups == [[1000, 1000, 500], [1, 1000, 1000, 499], [1, 199]]
    assert pq.read_table(paths[1]).to_pylist() == rows[2500:5000]
    assert writer.nbytes == sum(pq.read_table(p).nbytes for p in paths)


def _fitted(count, seed=7):
    stage = NearDuplicateRemover(threshold=0.6, num_perm=64)
    rng = random.Random(seed)
    words = [f"w{i}" for i in range(400)]
    docs = [
        Document(id=f"d{i}", text=" ".join(rng.choices(words, k=60)), seq=i) for i in range(count)
    ]
    return stage, stage.fit((d.seq, d.id, stage.sketch(d)) for d in docs)


def test_the_dedup_index_is_written_in_row_groups_of_index_rows(tmp_path):
    stage, state = _fitted(INDEX_ROWS * 2 + 5)
    path = save_index(state, tmp_path)
    metadata = pq.ParquetFile(path).metadata
    assert [metadata.row_group(i).num_rows for i in range(metadata.num_row_groups)] == [
        INDEX_ROWS,
        INDEX_ROWS,
        5,
    ]
    table = pq.read_table(path)
    store = state.index.store
    assert table.column("id").to_pylist() == state.ids
    assert np.array_equal(
        table.column("signature").combine_chunks().values.to_numpy(), store.signatures.reshape(-1)
    )
    assert np.array_equal(
        table.column("shingles").combine_chunks().values.to_numpy(), store.shingles
    )
    assert load_index(tmp_path).settings["num_perm"] == 64


def test_sketch_store_reads_rows_and_lets_mapped_pages_go(tmp_path):
    store = SketchStore(tmp_path, 4)
    sets = [np.arange(i, i + 3 * i + 1, dtype=np.uint32) for i in range(50)]
    signatures = np.arange(200, dtype=np.uint32).reshape(50, 4)
    store.append(signatures, sets)
    store.close()
    read_signatures, read_shingles = store.rows(10, 20)
    assert np.array_equal(read_signatures, signatures[10:20])
    assert np.array_equal(read_shingles, np.concatenate(sets[10:20]))
    before = store.jaccard(3, 4)
    store.release()
    assert store.jaccard(3, 4) == before  # the pages come back from the file when read again


def test_the_report_page_holds_only_the_first_copies_of_the_clusters_it_shows():
    """Kept rows come first, so the clusters shown are known before any copy: only theirs
    are held, `COPIES_SHOWN` each (the rest counted), the same ones a full sort would show."""
    from curate.inspect.collect import CLUSTERS_SHOWN, COPIES_SHOWN, _Gatherer

    gatherer = _Gatherer(3, None)
    clusters = CLUSTERS_SHOWN + 5
    for c in range(clusters):
        row = {"id": f"k{c:02d}", "text": "kept", "title": None, "edits": []}
        gatherer.kept(row | {"dup_cluster": f"k{c:02d}", "dup_count": c % 12 + 2})
    copies = {}
    rng = random.Random(5)
    for c in range(clusters):
        for j in range(c % 12 + 1):
            similarity = rng.choice([None, 1.0, 0.7, round(rng.random(), 2)])
            copy = (f"c{c:02d}-{j:02d}", "dedup/near_duplicate", similarity)
            copies.setdefault(f"k{c:02d}", []).append(copy)
            gatherer.removed(
                {"id": copy[0], "text": "copy", "title": None, "edits": [], "stage": "dedup"}
                | {"rule": "near_duplicate", "duplicate_of": f"k{c:02d}", "similarity": similarity}
            )
    shown = gatherer.clusters()
    sizes = sorted((-(c % 12 + 2), f"k{c:02d}") for c in range(clusters))[:CLUSTERS_SHOWN]
    assert [(-c.size, c.kept_id) for c in shown] == sizes
    for cluster in shown:
        everything = sorted(copies[cluster.kept_id], key=lambda c: (-(c[2] or 0.0), c[0]))
        assert cluster.copies == everything[:COPIES_SHOWN]
        assert cluster.copies_total == len(everything)
    assert set(gatherer.copies) == {c.kept_id for c in shown}
    assert all(len(held.held) < 2 * COPIES_SHOWN for held in gatherer.copies.values())
