"""A dedup sketch pickled into a checkpoint (as its arrays' bytes) comes back the same: equal
arrays of the same dtype, and the same decisions from `fit`."""

import pickle

import numpy as np

from curate.corpus.dedup import NearDuplicateRemover, Sketch
from curate.document import Document


def _same(a: Sketch, b: Sketch) -> bool:
    return (
        a.exact == b.exact
        and a.words == b.words
        and all(
            type(x) is type(y)
            and (not isinstance(x, np.ndarray) or (x.dtype == y.dtype and x.shape == y.shape))
            and np.array_equal(x, y)
            for x, y in ((a.signature, b.signature), (a.shingles, b.shingles))
        )
    )


def test_sketches_of_every_shape_come_back_equal():
    matrix = np.arange(40, dtype=np.uint32).reshape(4, 10)
    cases = [
        Sketch(1, matrix[2], 3, np.array([5, 9, 2**32 - 1], np.uint32)),  # a row of a matrix
        Sketch(0, matrix[:, 1], 0, np.empty(0, np.uint32)),  # strided; no shingles
        Sketch(2**64 - 1, np.full(128, 7, np.uint32), 10**6, np.arange(200_000, dtype=np.uint32)),
        Sketch(5, np.array([1, 2], ">u4"), 1, np.array([3], np.int64)),  # other byte order, dtype
        Sketch(6, [1, 2], 2, (3, 4)),  # not arrays: pickled as a plain tuple
        Sketch(7, matrix, 1, np.array([1], np.uint32)),  # 2-D: pickled as a plain tuple
    ]
    for sketch in cases:
        again = pickle.loads(pickle.dumps(sketch, protocol=pickle.HIGHEST_PROTOCOL))
        assert isinstance(again, Sketch) and _same(sketch, again)
        assert _same(sketch, pickle.loads(pickle.dumps(sketch, protocol=2)))


def test_fit_decides_the_same_from_pickled_sketches():
    stage = NearDuplicateRemover(threshold=0.6, num_perm=64)
    base = "the council met on monday to discuss the new budget for the city schools " * 3
    texts = [base, base + "again", "something else entirely about weather and rain " * 4, base]
    docs = [Document(id=f"d{i}", text=t, seq=i) for i, t in enumerate(texts)]
    sketches = [(d.seq, d.id, s) for d, s in zip(docs, stage.sketch_batch(docs), strict=True)]
    pickled = pickle.loads(pickle.dumps(sketches, protocol=pickle.HIGHEST_PROTOCOL))
    first, second = stage.fit(sketches), stage.fit(pickled)
    decisions = [stage.decision_for(first, d.seq) for d in docs]
    assert decisions == [stage.decision_for(second, d.seq) for d in docs]
    assert sum(d is not None and d.duplicate_of is not None for d in decisions) >= 2
