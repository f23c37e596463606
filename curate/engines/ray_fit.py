"""Corpus stages' `fit` as Ray Data operations, deciding exactly what the local `fit` decides.

The driver streams the sketches off the checkpoints once, as the local engine does, and puts
them into the Ray object store as Arrow blocks (spilled to disk by Ray when they outgrow it).
What grows with the corpus then runs on the cluster:

dedup           (`NearDuplicateRemover`)
    1. band keys: `map_batches` computes `band_keys` from the signatures and explodes every
       document into one row per band: (band, bucket, key, order, index).
    2. candidates: `groupby(["band", "bucket"]).map_groups` shuffles the rows by band key (the
       bucket is the key modulo a count chosen so that a group holds about a million rows).
       Every row of one band key lands in one group, so `run_pairs` pairs each run of equal
       keys exactly as the local fit does (runs ordered by input order, same window).
    3. verification, a shuffle join on document index: candidate pairs and sketch rows are
       unioned and grouped by `a`'s bucket (duplicate pairs meet there and are dropped; `a`'s
       shingles are attached), then by `b`'s bucket, where each pair's real Jaccard is
       computed with the same `jaccard` and compared with the same threshold. Pairs of equal
       exact keys skip the arithmetic when `exact` is on: they are one cluster already.
    Every unique candidate streams back to the driver as (a, b, duplicate): the driver counts
    them (`lsh_candidates`) and keeps the duplicates, O(edges) ints, for union-find. Exact-key
    groups, union-find, representatives, decisions and stats are the stage's own code
    (`gather`, `cluster`), so they are the local engine's by construction; `lsh_verified` is
    the number of merges the duplicate pairs make after the exact groups, which is what the
    local loop counts whatever the order of the pairs. `gather` also keeps on the driver what
    the local fit keeps: ids, seqs, word counts and exact keys in memory; signatures and
    shingle sets on disk; band keys (computed there too, for the index) in memory up to
    `memory_mb` and on disk past it. The published dedup index is written from these, so it
    is the local one; `band_tables_spilled` comes from the same `BandTable` as locally; and
    `similarity`/`estimate` of each removed near duplicate are read from the shingles of just
    that document and its keeper. With a prior index (`--dedup-against`) the whole fit runs
    on the driver, as locally.

repeated_lines  (`RepeatedLineRemover`)
    (site, line hash) occurrences are counted after a shuffle by line hash: `groupby` on the
    hash's bucket, then Arrow's `group_by` count inside each group (Ray Data's own
    `groupby(["site", "key"]).count()` took 33 s on 36,000 documents where this takes a few).
    The lines standing on at least `min_documents` documents come back to the driver, which
    applies each site's threshold (`needed`, from the documents per site it counted while
    streaming); the furniture goes out to a `map_batches` that decides every document
    (`furniture_in`).

Other corpus stages (`names`) fit on the driver. Stages never import Ray; this module only
calls their pure parts.
"""

from __future__ import annotations

import math
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np
import pyarrow as pa

from curate.corpus.dedup import (
    CHUNK,
    Gathered,
    NearDuplicateRemover,
    band_keys,
    jaccard,
    run_pairs,
    sorted_unique,
)
from curate.corpus.repeated_lines import LineSketch, RepeatedLineRemover, RepeatedLinesState

PARTITION_BYTES = 64 * 2**20  # shuffle partitions of about this size (at least one per worker)
BAND_ROWS_PER_GROUP = 2**20  # band-key rows per `map_groups` call (one key bucket of one band)
MIN_BLOCK_ROWS = 256

JOIN_SCHEMA = pa.schema(
    [
        ("bucket", pa.int64()),
        ("a", pa.int64()),
        ("b", pa.int64()),  # -1 on a sketch row
        ("exact", pa.uint64()),
        ("shingles", pa.list_(pa.uint32())),
    ]
)


def fit(stage: Any, sketches: Iterable[tuple[int, str, Any]], parallelism: int) -> Any:
    """`stage.fit(sketches)`, with the work that grows with the corpus done by Ray Data."""
    if isinstance(stage, NearDuplicateRemover):
        return fit_dedup(stage, sketches, parallelism)
    if isinstance(stage, RepeatedLineRemover):
        return fit_repeated_lines(stage, sketches, parallelism)
    return stage.fit(sketches)


# dedup -------------------------------------------------------------------------------------------


def fit_dedup(stage: NearDuplicateRemover, sketches, parallelism: int):
    folder = tempfile.TemporaryDirectory(prefix="curate-dedup-")
    try:
        seen = stage.gather(sketches, folder)
        candidates, edges = 0, np.empty((0, 2), np.int64)
        if stage.near and seen.count > 1:
            candidates, edges = near_pairs(stage, seen, parallelism)
        # every edge is a verified duplicate; `cluster` skips those already joined
        return stage.cluster(seen, candidates, edges.tolist(), lambda a, b: True)
    except BaseException:
        folder.cleanup()
        raise


def near_pairs(
    stage: NearDuplicateRemover, seen: Gathered, parallelism: int
) -> tuple[int, np.ndarray]:
    """(number of unique candidate pairs, the verified ones as int64[k, 2]), computed on Ray."""
    import ray

    n = seen.count
    bands, rows = stage.bands
    refs = [ray.put(block) for block in sketch_blocks(seen, parallelism)]
    sketch_rows = ray.data.from_arrow_refs(refs)
    key_buckets = max(1, math.ceil(n / BAND_ROWS_PER_GROUP))
    doc_buckets = _partitions(4 * len(seen.store.shingles) + 32 * n, parallelism)
    # 1. one row per document and band
    band_rows = sketch_rows.map_batches(
        explode_bands,
        fn_kwargs={"bands": bands, "rows": rows, "buckets": key_buckets},
        batch_size=None,
        batch_format="pyarrow",
    )
    # 2. runs of equal band keys -> candidate pairs, keyed by the bucket of `a`
    candidates = band_rows.groupby(
        ["band", "bucket"], num_partitions=_partitions(40 * n * bands, parallelism)
    ).map_groups(
        pair_runs,
        fn_kwargs={"window": stage.run_window, "buckets": doc_buckets},
        batch_format="pyarrow",
    )
    # 3. a shuffle join on document index, twice: attach `a`'s shingles, then check against `b`'s
    by_index = sketch_rows.map_batches(
        join_rows, fn_kwargs={"buckets": doc_buckets}, batch_size=None, batch_format="pyarrow"
    )
    halves = (
        candidates.union(by_index)
        .groupby("bucket", num_partitions=doc_buckets)
        .map_groups(attach_first, fn_kwargs={"buckets": doc_buckets}, batch_format="pyarrow")
    )
    checked = (
        halves.union(by_index)
        .groupby("bucket", num_partitions=doc_buckets)
        .map_groups(
            verify,
            fn_kwargs={"threshold": stage.threshold, "exact": stage.exact},
            batch_format="pyarrow",
        )
    )
    count = 0
    edges = []
    for batch in checked.iter_batches(batch_format="numpy", batch_size=None):
        count += len(batch["a"])
        keep = batch["duplicate"]
        edges.append(np.stack([batch["a"][keep], batch["b"][keep]], axis=1))
    del refs, sketch_rows
    return count, np.concatenate(edges) if edges else np.empty((0, 2), np.int64)


def sketch_blocks(seen: Gathered, parallelism: int) -> Iterator[pa.Table]:
    """The gathered sketches as Arrow blocks: index, order, exact, signature, shingles."""
    store = seen.store
    n = seen.count
    step = min(CHUNK, max(MIN_BLOCK_ROWS, math.ceil(n / (2 * parallelism))))
    for start in range(0, n, step):
        stop = min(start + step, n)
        offsets = store.offsets[start : stop + 1]
        yield pa.table(
            {
                "index": pa.array(np.arange(start, stop, dtype=np.int64)),
                "order": pa.array(seen.order_key[start:stop]),
                "exact": pa.array(seen.exact_keys[start:stop]),
                "signature": pa.FixedSizeListArray.from_arrays(
                    pa.array(np.asarray(store.signatures[start:stop]).reshape(-1), pa.uint32()),
                    store.num_perm,
                ),
                "shingles": pa.ListArray.from_arrays(
                    pa.array((offsets - offsets[0]).astype(np.int32)),
                    pa.array(np.asarray(store.shingles[offsets[0] : offsets[-1]]), pa.uint32()),
                ),
            }
        )


def explode_bands(block: pa.Table, bands: int, rows: int, buckets: int) -> pa.Table:
    """One row per document and band: (band, bucket, key, order, index)."""
    n = block.num_rows
    signature = block.column("signature").combine_chunks()
    signatures = signature.values.to_numpy().reshape(n, signature.type.list_size)
    keys = band_keys(signatures, bands, rows).reshape(-1)
    return pa.table(
        {
            "band": np.tile(np.arange(bands, dtype=np.int64), n),
            "bucket": (keys % np.uint64(buckets)).astype(np.int64),
            "key": keys,
            "order": np.repeat(block.column("order").to_numpy(), bands),
            "index": np.repeat(block.column("index").to_numpy(), bands),
        }
    )


def pair_runs(group: pa.Table, window: int, buckets: int) -> pa.Table:
    """Candidate pairs of one band and key bucket: the local fit's rule, run by run."""
    keys = group.column("key").to_numpy()
    index = group.column("index").to_numpy()
    order = np.lexsort((group.column("order").to_numpy(), keys))
    pairs = run_pairs(keys[order], index[order], window)
    return _join_table(pairs[:, 0], pairs[:, 0], pairs[:, 1], buckets)


def join_rows(block: pa.Table, buckets: int) -> pa.Table:
    """Sketch rows in the join's shape: bucket of the index, a = index, b = -1."""
    index = block.column("index").to_numpy()
    return pa.table(
        {
            "bucket": index % buckets,
            "a": index,
            "b": np.full(len(index), -1, np.int64),
            "exact": block.column("exact"),
            "shingles": block.column("shingles"),
        },
        schema=JOIN_SCHEMA,
    )


def attach_first(group: pa.Table, buckets: int) -> pa.Table:
    """Unique pairs whose `a` is in this bucket, with `a`'s exact key and shingles, keyed by `b`."""
    docs, pairs = _split(group)
    packed = sorted_unique(
        pairs.column("a").to_numpy().astype(np.uint64) << np.uint64(32)
        | pairs.column("b").to_numpy().astype(np.uint64)
    )
    a = (packed >> np.uint64(32)).astype(np.int64)
    b = (packed & np.uint64(0xFFFFFFFF)).astype(np.int64)
    at = _positions(docs, a)
    return _join_table(
        b,
        a,
        b,
        buckets,
        docs.column("exact").to_numpy()[at],
        docs.column("shingles").combine_chunks().take(pa.array(at)),
    )


def verify(group: pa.Table, threshold: float, exact: bool) -> pa.Table:
    """Each pair whose `b` is in this bucket, and whether it is a duplicate (real Jaccard)."""
    docs, pairs = _split(group)
    a = pairs.column("a").to_numpy()
    b = pairs.column("b").to_numpy()
    at = _positions(docs, b)
    same = pairs.column("exact").to_numpy() == docs.column("exact").to_numpy()[at]
    first = pairs.column("shingles").combine_chunks()
    second = docs.column("shingles").combine_chunks()
    first_offsets, first_values = first.offsets.to_numpy(), first.values.to_numpy()
    second_offsets, second_values = second.offsets.to_numpy(), second.values.to_numpy()
    duplicate = np.zeros(len(a), bool)
    for i, j in enumerate(at.tolist()):
        if exact and same[i]:
            duplicate[i] = True  # joined by its exact key already: no arithmetic needed
            continue
        shingles_a = first_values[first_offsets[i] : first_offsets[i + 1]]
        shingles_b = second_values[second_offsets[j] : second_offsets[j + 1]]
        duplicate[i] = jaccard(shingles_a, shingles_b) >= threshold
    return pa.table({"a": a, "b": b, "duplicate": duplicate})


def _join_table(bucket_of, a, b, buckets, exact=None, shingles=None) -> pa.Table:
    n = len(a)
    if shingles is None:
        shingles = pa.ListArray.from_arrays(
            pa.array(np.zeros(n + 1, np.int32)), pa.array([], pa.uint32())
        )
    return pa.table(
        {
            "bucket": np.asarray(bucket_of, np.int64) % buckets,
            "a": np.asarray(a, np.int64),
            "b": np.asarray(b, np.int64),
            "exact": np.zeros(n, np.uint64) if exact is None else np.asarray(exact, np.uint64),
            "shingles": shingles,
        },
        schema=JOIN_SCHEMA,
    )


def _split(group: pa.Table) -> tuple[pa.Table, pa.Table]:
    """(sketch rows, pair rows) of one join group."""
    is_doc = group.column("b").to_numpy() < 0
    return group.filter(pa.array(is_doc)), group.filter(pa.array(~is_doc))


def _positions(docs: pa.Table, index: np.ndarray) -> np.ndarray:
    """Row of each `index` among the sketch rows (every index has one)."""
    doc_index = docs.column("a").to_numpy()
    order = np.argsort(doc_index, kind="stable")
    return order[np.searchsorted(doc_index[order], index)]


# repeated_lines ----------------------------------------------------------------------------------


def fit_repeated_lines(
    stage: RepeatedLineRemover, sketches, parallelism: int
) -> RepeatedLinesState:
    import ray

    documents = 0
    site_documents: Counter[str] = Counter()
    refs = []
    held: list[tuple[int, LineSketch]] = []
    lines = 0
    for seq, _doc_id, sketch in sketches:
        documents += 1
        if sketch.site is None or not sketch.lines:
            continue
        site_documents[sketch.site] += 1
        held.append((seq, sketch))
        lines += len(sketch.lines)
        if len(held) >= CHUNK:
            refs.append(ray.put(line_block(held)))
            held = []
    if held:
        refs.append(ray.put(line_block(held)))
    furniture: dict[str, set[int]] = defaultdict(set)
    decisions: dict[int, frozenset[int]] = {}
    spared = removed_lines = 0
    if refs:
        docs = ray.data.from_arrow_refs(refs)
        buckets = _partitions(48 * lines, parallelism)
        counts = (
            docs.map_batches(
                site_lines, fn_kwargs={"buckets": buckets}, batch_size=None, batch_format="pyarrow"
            )
            .groupby("bucket", num_partitions=buckets)
            .map_groups(
                count_lines, fn_kwargs={"least": stage.min_documents}, batch_format="pyarrow"
            )
        )
        for batch in counts.iter_batches(batch_format="pyarrow", batch_size=None):
            for site, key, count in zip(
                batch.column("site").to_pylist(),
                batch.column("key").to_pylist(),
                batch.column("documents").to_pylist(),
                strict=True,
            ):
                if count >= stage.needed(site_documents[site]):
                    furniture[site].add(key)
    if furniture:
        decided = docs.map_batches(
            decide_lines,
            fn_kwargs={
                "stage": stage,
                "furniture": {s: frozenset(k) for s, k in furniture.items()},
            },
            batch_size=None,
            batch_format="pyarrow",
        )
        for batch in decided.iter_batches(batch_format="pyarrow", batch_size=None):
            spared += sum(batch.column("spared").to_pylist())
            for seq, keys in zip(
                batch.column("seq").to_pylist(), batch.column("keys").to_pylist(), strict=True
            ):
                if keys:
                    decisions[seq] = frozenset(keys)
                    removed_lines += len(keys)
    stats = {
        "documents": documents,
        "sites": len(site_documents),
        "sites_with_furniture": len(furniture),
        "furniture_lines": sum(len(keys) for keys in furniture.values()),
        "documents_edited": len(decisions),
        "documents_spared": spared,
        "lines_removed": removed_lines,
    }
    return RepeatedLinesState(decisions, stats)


def line_block(held: list[tuple[int, LineSketch]]) -> pa.Table:
    """Documents with short lines: seq, site, words, and their (line hash, words) as lists."""
    return pa.table(
        {
            "seq": pa.array([seq for seq, _ in held], pa.int64()),
            "site": pa.array([sketch.site for _, sketch in held], pa.string()),
            "words": pa.array([sketch.words for _, sketch in held], pa.int64()),
            "keys": pa.array(
                [[key for key, _ in sketch.lines] for _, sketch in held], pa.list_(pa.uint64())
            ),
            "key_words": pa.array(
                [[words for _, words in sketch.lines] for _, sketch in held],
                pa.list_(pa.int64()),
            ),
        }
    )


def site_lines(block: pa.Table, buckets: int) -> pa.Table:
    """One (bucket, site, line hash) row per distinct line of each document."""
    keys = block.column("keys").combine_chunks()
    site = block.column("site").combine_chunks().take(keys.value_parent_indices())
    key = keys.flatten()
    bucket = (key.to_numpy() % np.uint64(buckets)).astype(np.int64)
    return pa.table({"bucket": bucket, "site": site, "key": key})


def count_lines(group: pa.Table, least: int) -> pa.Table:
    """Documents per (site, line hash) of one bucket, for the lines on at least `least`."""
    counts = group.group_by(["site", "key"]).aggregate([("bucket", "count")])
    documents = counts.column("bucket_count")
    counts = pa.table({"site": counts.column("site"), "key": counts.column("key")})
    counts = counts.append_column("documents", documents)
    return counts.filter(pa.array(documents.to_numpy() >= least))


def decide_lines(
    block: pa.Table, stage: RepeatedLineRemover, furniture: dict[str, frozenset[int]]
) -> pa.Table:
    """(seq, line hashes to remove, spared) of each document its site's furniture touches."""
    seqs, removed, spared = [], [], []
    for seq, site, words, keys, key_words in zip(
        *(block.column(name).to_pylist() for name in ("seq", "site", "words", "keys", "key_words")),
        strict=True,
    ):
        lines, spare = stage.furniture_in(
            zip(keys, key_words, strict=True), words, furniture.get(site, ())
        )
        if lines or spare:
            seqs.append(seq)
            removed.append(sorted(lines))
            spared.append(spare)
    return pa.table(
        {
            "seq": pa.array(seqs, pa.int64()),
            "keys": pa.array(removed, pa.list_(pa.uint64())),
            "spared": pa.array(spared, pa.bool_()),
        }
    )


def _partitions(nbytes: int, parallelism: int) -> int:
    """Shuffle partitions for `nbytes` of rows: one per worker at least, each ~PARTITION_BYTES."""
    return max(parallelism, math.ceil(nbytes / PARTITION_BYTES))
