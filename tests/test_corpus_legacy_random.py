"""numpy's `RandomState(seed)` words and `randint`s read off Python's twister, and the run's
numeric Arrow columns made without `numpy.random` or `numpy.ma` (imports of 4-7 ms of CPU
each, once a process)."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pyarrow as pa
import pytest

from curate.corpus.dedup_index import _numbers
from curate.corpus.legacy_random import random_bits, twister_words


@pytest.mark.parametrize("seed", [0, 1, 7, 42, 12345, 2**31, 2**32 - 1])
@pytest.mark.parametrize("count", [0, 1, 5, 128, 624, 625, 1500])
def test_words_are_randomstates(seed: int, count: int) -> None:
    theirs = np.random.RandomState(seed).randint(0, 2**32, count, dtype=np.uint32)
    ours = twister_words(seed, count)
    assert ours.dtype == np.uint32 and np.array_equal(ours, theirs)


@pytest.mark.parametrize("bits", [(31, 32), (1, 16, 32), (8,), (32, 31, 5)])
@pytest.mark.parametrize("seed", [0, 3, 99991])
def test_bits_are_randomstates_randints_in_turn(bits: tuple[int, ...], seed: int) -> None:
    generator = np.random.RandomState(seed)
    theirs = [generator.randint(0, 2**k, 300, dtype=np.uint32) for k in bits]
    ours = random_bits(seed, bits, 300)
    for made, expected in zip(ours, theirs, strict=True):
        assert made.dtype == expected.dtype and np.array_equal(made, expected)


@pytest.mark.parametrize("seed", [-1, 2**32, 2**40])
def test_seeds_randomstate_refuses_are_refused(seed: int) -> None:
    with pytest.raises(ValueError):
        np.random.RandomState(seed)
    with pytest.raises(ValueError):
        twister_words(seed, 4)


@pytest.mark.parametrize("bits", [(0,), (33,), (31, 40)])
def test_bits_out_of_a_word_are_refused(bits: tuple[int, ...]) -> None:
    with pytest.raises(ValueError):
        random_bits(1, bits, 4)


@pytest.mark.parametrize(
    "values,kind",
    [
        (np.arange(5, dtype=np.int64), None),
        (np.array([], dtype=np.int64), pa.int64()),
        (np.array([1, 2**63 + 5], dtype=np.uint64), pa.uint64()),
        (np.array([0, 7, 2**32 - 1], dtype=np.uint32), pa.uint32()),
        (np.arange(0, 40, 4) * 23, pa.int32()),  # int64 values an int32 column holds
        (np.arange(10, dtype=np.int64)[::3], pa.int64()),  # not contiguous
        (np.array([1, 2], dtype=np.int32), pa.int64()),  # another dtype: converted by Arrow
    ],
)
def test_numbers_are_pa_arrays(values: np.ndarray, kind: pa.DataType | None) -> None:
    expected = pa.array(values, kind)
    made = _numbers(values, kind)
    assert made.type == expected.type and made.equals(expected)


def test_numbers_too_big_for_int32_raise_as_pa_array_does() -> None:
    values = np.array([0, 2**31], dtype=np.int64)
    with pytest.raises(pa.ArrowInvalid):
        pa.array(values, pa.int32())
    with pytest.raises(pa.ArrowInvalid):
        _numbers(values, pa.int32())


def test_dedup_and_its_index_import_neither_numpy_random_nor_ma(tmp_path) -> None:
    """As `curate run` makes them: with pyarrow's pandas probe skipped (`arrow_pandas`)."""
    code = (
        "import sys\n"
        "from curate.arrow_pandas import skip_pandas_probe\n"
        "skip_pandas_probe()\n"
        "from curate.corpus.dedup import NearDuplicateRemover\n"
        "from curate.corpus.dedup_index import save_index\n"
        "from curate.document import Document\n"
        "stage = NearDuplicateRemover(threshold=0.6)\n"
        "texts = ['one two three four five six seven', 'one two three four five six eight']\n"
        "docs = [Document(str(n), t, seq=n) for n, t in enumerate(texts)]\n"
        "state = stage.fit([(d.seq, d.id, stage.sketch(d)) for d in docs])\n"
        f"save_index(state, {str(tmp_path)!r})\n"
        "print('numpy.random' in sys.modules, 'numpy.ma' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]
