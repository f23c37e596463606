"""What a run spends outside its stages: each cut keeps the published bytes as they were.

Issue 14: a third of an end-to-end run went to reading, checkpoints, row checks, writing and
the dedup index. Each test pins one cut, and that what is written or read back is unchanged.
"""

import random

import pyarrow.parquet as pq

from curate.corpus.dedup import NearDuplicateRemover
from curate.corpus.dedup_index import load_index, save_index
from curate.document import Document


def _texts(count, seed=3):
    rng = random.Random(seed)
    words = [f"w{i}" for i in range(300)]
    return [" ".join(rng.choices(words, k=40)) for _ in range(count)]


def _fitted(count):
    stage = NearDuplicateRemover(threshold=0.6, num_perm=64)
    docs = [Document(id=f"d{i}", text=t, seq=i) for i, t in enumerate(_texts(count))]
    return stage, stage.fit((d.seq, d.id, stage.sketch(d)) for d in docs)


def test_the_dedup_index_has_no_dictionary_pages_and_reads_back_the_same(tmp_path):
    stage, state = _fitted(300)
    path = save_index(state, tmp_path)
    metadata = pq.ParquetFile(path).metadata
    for group in range(metadata.num_row_groups):
        for column in range(metadata.num_columns):
            encodings = metadata.row_group(group).column(column).encodings
            assert "RLE_DICTIONARY" not in encodings and "PLAIN_DICTIONARY" not in encodings
    table = pq.read_table(path)
    assert table.column("id").to_pylist() == [f"d{i}" for i in range(300)]
    assert table.column("seq").to_pylist() == list(range(300))
    # a later run is deduplicated against it as before: a copy of d5 is removed as d5's
    texts = {f"d{i}": t for i, t in enumerate(_texts(300))}
    copy = Document(id="new", text=texts["d5"], seq=1000)
    again = stage.fit([(copy.seq, copy.id, stage.sketch(copy))], prior=load_index(tmp_path))
    assert again.stats["prior_documents"] == 300
    assert stage.decision_for(again, 1000).duplicate_of == "d5"
