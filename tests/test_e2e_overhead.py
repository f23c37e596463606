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


RECIPE = {
    "name": "overhead-test",
    "stages": ["unicode", {"quality": {"min_words": 3}}, "dedup"],
    "engine": {"batch_size": 4},
}


def _batches(count):
    texts = _texts(count)
    texts[5:8] = texts[:3]  # copies, so that dedup decides something for them and theirs
    docs = [Document(id=f"d{i}", text=t, seq=2 * i) for i, t in enumerate(texts)]
    docs[1].text = "two words"  # removed by quality: still written, to be published removed
    return [(docs[i : i + 4], None) for i in range(0, count, 4)]


def test_a_pool_worker_writes_the_checkpoint_and_sends_back_no_documents(tmp_path):
    """The parent gets a receipt (rows, rejects, how many documents were written), and the
    checkpoint file holds the documents the parent used to unpickle and pickle again."""
    from curate import Pipeline
    from curate.engines.local import Checkpoints, Runner
    from curate.engines.plan import run_batch

    pipeline = Pipeline(Pipeline.from_recipe(RECIPE).recipe)
    store = Checkpoints(tmp_path, 0)
    batches = _batches(12)
    with Runner(pipeline.recipe, 2) as runner:
        receipts = list(runner.map(0, batches, store))
    assert store.count == 3
    for index, (receipt, (docs, _)) in enumerate(zip(receipts, batches, strict=True)):
        expected = run_batch(pipeline.segments[0], [_copy(d) for d in docs])
        assert receipt.docs == [] and receipt.sketches == []
        assert receipt.written == len(expected.docs) == len(docs)
        saved = store.cached(index)
        assert saved.docs == expected.docs
        assert [d.removed for d in saved.docs] == [index == 0 and i == 1 for i in range(4)]
        assert [(s, i) for s, i, _ in saved.sketches] == [(s, i) for s, i, _ in expected.sketches]


def test_the_next_segment_gets_the_checkpoint_and_the_decisions_of_its_seqs(tmp_path):
    """Each batch after a corpus stage goes to the worker as its checkpoint file, with the
    decision of every document it still holds: the decisions the documents found before."""
    from curate import Pipeline
    from curate.engines.handoff import Stored, documents_of
    from curate.engines.local import Checkpoints, Runner, _span, _with_decisions

    pipeline = Pipeline(Pipeline.from_recipe(RECIPE).recipe)
    store = Checkpoints(tmp_path, 0)
    batches = _batches(12)
    with Runner(pipeline.recipe, 1) as runner:
        list(runner.map(0, batches, store))
        dedup = pipeline.segments[0].sketch
        state = runner.fit(dedup, store)
    spans = [_span(docs) for docs, _ in batches]
    handed = list(_with_decisions(store, dedup, state, spans))
    before = list(_with_decisions(store, dedup, state))
    assert len(handed) == len(before) == 3
    for (source, decisions), (docs, old) in zip(handed, before, strict=True):
        assert isinstance(source, Stored) and documents_of(source) == docs
        assert {d.seq: decisions.get(d.seq) for d in docs if not d.removed} == old
    assert sum(value is not None for _, old in before for value in old.values()) >= 4


def _copy(doc):
    return Document(doc.id, doc.text, doc.title, doc.source, doc.seq, dict(doc.labels))
