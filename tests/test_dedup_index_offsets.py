"""The dedup index's shingle list offsets: made int32 in numpy, the same array `Array.cast` made."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pytest

from curate.corpus.dedup_index import _list_offsets


def _cast(offsets: np.ndarray) -> pa.Array:
    """The way before: int64 to Arrow, then Arrow's safe cast to int32."""
    return pa.array(offsets - offsets[0], pa.int64()).cast(pa.int32())


@pytest.mark.parametrize(
    "offsets",
    [
        [0],
        [0, 0, 0],
        [0, 5, 17, 17, 120],
        [4_000_000_000, 4_000_000_007, 4_000_000_100],  # a later row group: big start, small sizes
        [7, 7 + 2**31 - 1],  # the largest offset int32 holds
    ],
)
def test_same_array_as_the_cast(offsets: list[int]) -> None:
    values = np.asarray(offsets, dtype=np.int64)
    made = _list_offsets(values)
    assert made.type == pa.int32()
    assert made.equals(_cast(values))


def test_random_offsets_give_the_cast_array() -> None:
    rng = np.random.default_rng(15)
    for _ in range(50):
        sizes = rng.integers(0, 5000, size=int(rng.integers(1, 300)))
        start = int(rng.integers(0, 2**40))
        values = np.r_[start, start + np.cumsum(sizes)].astype(np.int64)
        assert _list_offsets(values).equals(_cast(values))


def test_out_of_int32_raises_as_the_cast_did() -> None:
    values = np.asarray([0, 2**31], dtype=np.int64)
    with pytest.raises(pa.ArrowInvalid):
        _cast(values)
    with pytest.raises(pa.ArrowInvalid):
        _list_offsets(values)
