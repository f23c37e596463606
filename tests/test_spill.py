"""Per-document columns on disk (`curate.corpus.spill`), and the corpus states built on them:
what a state keeps to the end of a run must not grow with the corpus in memory.
"""

import gc
import pickle
import random
import tracemalloc

import numpy as np
import pytest

from curate.corpus.dedup import NearDuplicateRemover
from curate.corpus.repeated_lines import LineDecisions, RepeatedLineRemover
from curate.corpus.spill import BLOCK, RecordFile, SortedRecords, StringColumn
from curate.document import Document

IDS = ["<urn:uuid:0001>", "é-ünïcode", "", "d3", "文章-4"]


def test_string_column_gives_back_each_string_by_position_and_in_slices(tmp_path):
    column = StringColumn(tmp_path, "ids")
    values = [IDS[i % len(IDS)] + str(i) for i in range(BLOCK * 2 + 7)]
    column.extend(values[:10])
    column.extend([])
    column.extend(values[10:])
    assert len(column) == len(values)
    assert [column[i] for i in (0, 1, BLOCK - 1, BLOCK, len(values) - 1)] == [
        values[i] for i in (0, 1, BLOCK - 1, BLOCK, len(values) - 1)
    ]
    assert column[-1] == values[-1]
    assert column.slice(BLOCK - 3, BLOCK + 3) == values[BLOCK - 3 : BLOCK + 3]
    assert column.slice(5, 5) == []
    assert column.tolist() == values
    with pytest.raises(IndexError):
        column[len(values)]


def test_sorted_records_is_a_read_only_mapping_by_key(tmp_path):
    dtype = np.dtype([("seq", np.int64), ("value", np.float64)])
    records = RecordFile(tmp_path / "r.rec", dtype)
    seqs = np.arange(0, 3 * (BLOCK + 5), 3)  # gaps: every third seq
    rows = np.empty(len(seqs), dtype)
    rows["seq"], rows["value"] = seqs, seqs / 2
    records.append(rows[:100])
    records.append(rows[100:])
    mapping = SortedRecords(records, "seq", lambda r: float(r["value"]))
    expected = {int(s): s / 2 for s in seqs}
    assert mapping == expected and expected == mapping
    assert mapping[3 * BLOCK] == 3 * BLOCK / 2
    assert mapping.get(1) is None and 1 not in mapping and -3 not in mapping
    assert mapping.get(int(seqs[-1]) + 3) is None
    assert len(mapping) == len(seqs)
    assert pickle.loads(pickle.dumps(mapping)) == expected  # travels as a plain dict


def test_line_decisions_come_back_as_the_frozensets_given():
    decisions = LineDecisions()
    given = {9: frozenset({2**64 - 1, 5}), 2: frozenset({7}), 40: frozenset({1, 2, 3})}
    for seq, lines in given.items():
        decisions[seq] = lines
    assert len(decisions) == 3
    assert decisions.finish() == given
    assert LineDecisions().finish() == {}


def _pages(count):
    """`count` documents, copies of 10 texts from 4 sites: every document is in a cluster and
    loses its two short lines (the paragraphs are too long to count as furniture)."""
    rng = random.Random(3)
    words = [f"w{i}" for i in range(300)]
    texts = [
        "\n".join(
            ["Share this story", "Sign up for our newsletter"]
            + [" ".join(rng.choices(words, k=90)) for _ in range(3)]
        )
        for _ in range(10)
    ]
    for i in range(count):
        yield Document(
            id=f"<urn:uuid:{i:08d}-0000-0000-0000-000000000000>",
            text=texts[i % 10],
            source=f"https://site{i % 4}.example/page?copy={i}",
            seq=i,
        )


def _held_by_state(stage, count):
    """Bytes (traced) the fitted state of `stage` keeps, over `count` documents."""
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    state = stage.fit((d.seq, d.id, stage.sketch(d)) for d in _pages(count))
    gc.collect()
    held = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    return state, held


@pytest.mark.parametrize(
    "stage",
    [NearDuplicateRemover(num_perm=64), RepeatedLineRemover(min_documents=3)],
    ids=["dedup", "repeated_lines"],
)
def test_a_fitted_state_holds_no_memory_per_document(stage):
    """Twice the documents: about the same bytes held (ids, decisions and band keys are on
    disk); a dict of decisions and a list of ids held 300 to 600 bytes a document more."""
    _held_by_state(stage, 500)  # caches that fill once (token hashes, permutations)
    small, small_held = _held_by_state(stage, 2000)
    large, large_held = _held_by_state(stage, 4000)
    assert len(large.decisions) == 2 * len(small.decisions) > 0
    assert (large_held - small_held) / 2000 < 40  # bytes a document
    seq = max(large.decisions)
    assert stage.decision_for(large, seq) == large.decisions[seq]
