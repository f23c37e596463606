"""The dedup index of a published folder, so the next crawl is deduplicated against this one.

`save_index(state, folder)` writes `<folder>/dedup_index/index.parquet`: one row per document the
fit saw (this crawl's and any prior index's, so indexes accumulate), with its id, seq, word
count, exact key, MinHash signature, band keys and sorted shingle hashes, plus the settings
that made them in the file's metadata. `load_index(folder)` returns a `PriorIndex` to pass as
`NearDuplicateRemover.fit(sketches, prior=...)`: prior documents join the clustering first,
a new document that duplicates one is removed with `duplicate_of` naming it, and prior
documents are never removed (they are the representatives of their clusters).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from curate.corpus.dedup import BandTable, DedupState, SketchStore, band_keys
from curate.corpus.spill import release

INDEX_DIR = "dedup_index"
INDEX_FILE = "index.parquet"
SETTINGS = ("num_perm", "ngram", "seed")
# documents a row group of the index: the writer holds a whole row group's encoded columns, 93
# MiB of Arrow memory for 8,192 web pages (the row group before, which `fit`'s CHUNK set)
INDEX_ROWS = 1024
INT32 = np.iinfo(np.int32)
# no dictionary pages: the columns are hashes, ids and seqs that hardly repeat, so Parquet's
# dictionary was tried on every value and dropped, the costliest part of writing the index
# (65 -> 18 ms for 2,000 bench documents; the file 0.04% larger, the same values read back)
INDEX_DICTIONARY = False


def save_index(state: DedupState, folder: str | Path) -> Path:
    """Write the index of everything `fit` saw; returns the file written."""
    index = state.index
    if index is None:
        raise ValueError("this dedup state has no index (it was pickled or built elsewhere)")
    store: SketchStore = index.store
    target = Path(folder) / INDEX_DIR
    target.mkdir(parents=True, exist_ok=True)
    path = target / INDEX_FILE
    table = index.table
    # band keys a row group at a time from the table's file; all at once only if it spilled
    keys = table.all_keys() if table.bands and table.spilled else None
    settings = {**index.settings, "bands": index.table.bands}
    schema = pa.schema(
        [
            ("id", pa.string()),
            ("seq", pa.int64()),
            ("words", pa.int64()),
            ("exact", pa.uint64()),
            ("signature", pa.list_(pa.uint32(), store.num_perm)),
            ("band_keys", pa.list_(pa.uint64())),
            ("shingles", pa.list_(pa.uint32())),
        ],
        metadata={"curate.dedup": json.dumps(settings)},
    )
    with pq.ParquetWriter(path, schema, use_dictionary=INDEX_DICTIONARY) as writer:
        for start in range(0, store.count, INDEX_ROWS):
            stop = min(start + INDEX_ROWS, store.count)
            signatures, shingles = store.rows(start, stop)
            signatures = signatures.reshape(-1)
            if not table.bands or not table.count:
                bands = None
            elif keys is not None:
                bands = keys[start:stop] if len(keys) else None
            else:
                bands = table.rows(start, stop)
            offsets = store.offsets[start : stop + 1]
            columns = {
                "id": pa.array(_ids(index.ids, start, stop), pa.string()),
                "seq": _numbers(index.seqs[start:stop]),
                "words": _numbers(index.words[start:stop]),
                "exact": _numbers(index.exact_keys[start:stop]),
                "signature": pa.FixedSizeListArray.from_arrays(
                    _numbers(signatures, pa.uint32()), store.num_perm
                ),
                "band_keys": pa.ListArray.from_arrays(
                    _numbers(np.arange(stop - start + 1) * index.table.bands, pa.int32()),
                    _numbers(bands.reshape(-1), pa.uint64()),
                )
                if bands is not None
                else pa.nulls(stop - start, pa.list_(pa.uint64())),
                "shingles": pa.ListArray.from_arrays(
                    _list_offsets(offsets),
                    _numbers(shingles, pa.uint32()),
                ),
            }
            writer.write_table(pa.table(columns, schema=schema))
            del columns, signatures, shingles
            pa.default_memory_pool().release_unused()  # Arrow's allocator keeps freed memory
            release(index.seqs, index.words, index.exact_keys, store.offsets)
    return path


def _list_offsets(offsets: np.ndarray) -> pa.Array:
    """A row group's list offsets, from 0, as int32: converted in numpy after the range check
    Arrow's safe cast makes (out of range, that cast runs and raises as before), not by
    `Array.cast`, whose first call imports pyarrow.compute (34 ms of every run)."""
    relative = offsets - offsets[0]
    if len(relative) and (relative.min() < INT32.min or relative.max() > INT32.max):
        return pa.array(relative, pa.int64()).cast(pa.int32())
    return _numbers(relative.astype(np.int32), pa.int32())


def _numbers(values: np.ndarray, kind: pa.DataType | None = None) -> pa.Array:
    """`pa.array(values, kind)` of a 1-d numpy array, made on its buffer when its dtype is
    `kind`'s (or any, with no `kind`) and every value fits an int32 `kind`: `pa.array` of a
    numpy array imports `numpy.ma` to ask whether it is masked (6-7 ms of CPU a run, once).
    Anything else goes to `pa.array`, which converts (and raises) as before."""
    values = np.ascontiguousarray(values)
    if kind == pa.int32() and values.dtype.kind == "i" and len(values):
        if values.min() >= INT32.min and values.max() <= INT32.max:
            values = values.astype(np.int32)
    try:
        natural = pa.from_numpy_dtype(values.dtype)
    except (NotImplementedError, TypeError, pa.ArrowNotImplementedError):
        natural = None
    if values.ndim != 1 or natural is None or (kind is not None and natural != kind):
        return pa.array(values, kind)
    return pa.Array.from_buffers(natural, len(values), [None, pa.py_buffer(values)])


def _ids(ids, start: int, stop: int) -> list[str]:
    """Ids `start` to `stop` of a `StringColumn` (one read) or a list."""
    return ids.slice(start, stop) if hasattr(ids, "slice") else list(ids[start:stop])


class PriorIndex:
    """A saved index, read in batches into a new `fit`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        metadata = pq.read_schema(path).metadata or {}
        self.settings: dict[str, Any] = json.loads(metadata.get(b"curate.dedup", b"{}"))

    def absorb(self, stage, store: SketchStore, table: BandTable, ids, seqs, words, exact) -> int:
        """Append the prior documents to `fit`'s arrays; returns how many."""
        wanted = {name: getattr(stage, name) for name in SETTINGS}
        saved = {name: self.settings.get(name) for name in SETTINGS}
        if wanted != saved:
            raise ValueError(f"dedup index {self.path} was made with {saved}, not {wanted}")
        bands, rows = stage.bands
        count = 0
        for batch in pq.ParquetFile(self.path).iter_batches(batch_size=INDEX_ROWS):
            n = batch.num_rows
            ids.extend(batch.column("id").to_pylist())
            seqs.append(batch.column("seq").to_numpy())
            words.append(batch.column("words").to_numpy())
            exact.append(batch.column("exact").to_numpy())
            signatures = batch.column("signature").values.to_numpy().reshape(n, stage.num_perm)
            column = batch.column("shingles")
            offsets = column.offsets.to_numpy()
            values = column.values.to_numpy()
            store.append(signatures, [values[offsets[i] : offsets[i + 1]] for i in range(n)])
            if stage.near:
                # band keys are recomputed: cheap, and right even if the LSH banding changed
                table.append(count, band_keys(signatures, bands, rows))
            count += n
        return count


def load_index(folder: str | Path) -> PriorIndex:
    """The index saved in a previous output folder (`<folder>/dedup_index/index.parquet`)."""
    path = Path(folder) / INDEX_DIR / INDEX_FILE
    if not path.is_file():
        raise FileNotFoundError(f"{folder}: no dedup index ({INDEX_DIR}/{INDEX_FILE})")
    return PriorIndex(path)
