"""`SketchStore.append_flat` stores what `append` stores for the same sets."""

import numpy as np
import pytest

from curate.corpus.dedup import SketchStore


@pytest.mark.parametrize("sizes", [[3, 0, 2, 1], [0, 0], [5], []])
def test_append_flat_stores_what_append_stores(tmp_path, sizes):
    rng = np.random.default_rng(len(sizes))
    sets = [rng.integers(0, 2**32, size, dtype=np.uint64).astype(np.uint32) for size in sizes]
    signatures = rng.integers(0, 2**32, (len(sizes), 2), dtype=np.uint64).astype(np.uint32)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    plain, flat = SketchStore(tmp_path / "a", 2), SketchStore(tmp_path / "b", 2)
    for _ in range(2):  # twice: the offsets of a second call follow the first's
        plain.append(signatures, sets)
        flat_values = np.concatenate(sets) if sets else np.empty(0, np.uint32)
        flat.append_flat(signatures, flat_values, np.array(sizes, np.int64))
    plain.close()
    flat.close()
    assert flat.count == plain.count == 2 * len(sizes)
    assert flat.offsets.tolist() == plain.offsets.tolist()
    assert np.asarray(flat.shingles).tobytes() == np.asarray(plain.shingles).tobytes()
    assert np.asarray(flat.signatures).tobytes() == np.asarray(plain.signatures).tobytes()
