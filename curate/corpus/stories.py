"""The same story across languages and translations: clusters from tokens that survive translation.

MinHash on word shingles cannot see a translation: the French original of a wire story and its
English translation share almost no 5-grams, and two English translations of it share few
(median Jaccard 0.06 on WMT newstest2013). They share numbers, years, names and codes
(`curate.corpus.fingerprints`).

sketch: per document, the 32-bit hashes of its fingerprint tokens in order, its language, its
        length and whether it carries the `translated_from` label. A document with fewer
        than `min_tokens` tokens is too short to fingerprint: counted, never merged.
fit:    the sorted distinct hashes of every set and their MinHash signatures (datasketch's
        affine32, computed as `dedup` computes it), both for many sketches at once; the sets go
        to `dedup`'s spill store; LSH bands (datasketch's (b, r) for `lsh_threshold`) give
        candidate pairs exactly as in `dedup` (`band_pairs`), never all pairs. Each
        candidate is verified on the full sets: Jaccard weighted by rarity (a token's weight is
        its inverse document frequency in this corpus, so "2012" counts less than "Nečas"), at
        least `threshold` to join, and at least `min_order` of the shared tokens must come in
        the same order in both texts: a translation keeps the order of its sentences, two
        stories about one event drawing on the same names do not (on the generated corpus of
        `curate.synth`, this check takes the false pairs from 10 to 2 at 0.35, from 39 to 7
        at 0.3). Union-find turns verified pairs into clusters.
apply:  every document gets `story_cluster` (the id of its cluster's representative; null when
        alone) and `story_similarity` (its best verified similarity to another member). With
        `keep: per_language` (the news recipe), within a cluster that shows a translation (a
        version in another language, or a `translated_from` label on the copy or the version
        kept) the copies in the language of a kept version are removed as `translated_copy`,
        with `duplicate_of` and similarity; the
        version kept is the original (no `translated_from` label, then the fewest repairs of
        machine-translation artifacts by the `translation` stage), else the most complete (the
        longest text), then the smallest id. Versions in other languages stay, labelled. A document
        whose language is unknown is never removed. `keep: one` keeps one version per story;
        `keep: label` removes nothing.

The result depends only on the set of `(seq, id, sketch)` triples: candidate pairs are sorted,
and clusters do not depend on the order they merge in. Threshold and weighting were chosen on
half A of the dev set: `python -m curate.evaluate stories`.
"""

from __future__ import annotations

import bisect
import itertools
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Literal, NamedTuple

import numpy as np

from curate.corpus.band_pairs import candidate_keys, unpack
from curate.corpus.batch_minhash import signatures
from curate.corpus.dedup import (
    CHUNK,
    BandTable,
    NearDuplicateRemover,
    SketchStore,
    band_keys,
    sorted_unique,
)
from curate.corpus.dedup import _chunks as chunks
from curate.corpus.fingerprints import Fingerprinter, distinct_hashes, distinct_hashes_of_many
from curate.corpus.unionfind import UnionFind
from curate.document import Document
from curate.stages.base import CorpusStage, check_ranges, register

RULE = "translated_copy"
TRANSLATION = "translation"  # the stage whose repairs are evidence of machine translation
UNKNOWN = "unknown"  # the language of a document no language stage labelled
PAIRS_AT_ONCE = 1 << 18  # candidate pairs unpacked and scored at once (`_passing`)


class StorySketch(NamedTuple):
    values: np.ndarray  # uint32 hashes of the fingerprint tokens, in order of first appearance
    lang: str | None
    length: int  # characters of text: how complete a version is
    translated: bool  # carries the `translated_from` label
    repairs: int  # edits of the `translation` stage: machine-translation artifacts it repaired
    minhash: tuple[int, int]  # (num_perm, seed) of the signature

    # `fit` sorts the hashes of all sketches at once (`distinct_hashes_of_many`) and computes
    # their signatures at once (`batch_minhash`); a sketch still gives each for one document

    @property
    def tokens(self) -> np.ndarray:
        """Sorted distinct uint32 hashes of the fingerprint tokens."""
        return distinct_hashes(self.values)[0]

    @property
    def order(self) -> np.ndarray:
        """uint32, per token of `tokens`: its rank of first appearance in the text."""
        return distinct_hashes(self.values)[1]

    @property
    def signature(self) -> np.ndarray:
        """uint32[num_perm]: the MinHash of `tokens`. `fit` computes all of them at once
        (`batch_minhash`), so sketches carry no signature (512 of their 700 bytes)."""
        num_perm, seed = self.minhash
        return NearDuplicateRemover(num_perm=num_perm, seed=seed).signature(self.tokens)


class StoryDecision(NamedTuple):
    cluster: str  # id of the cluster's representative
    similarity: float  # best verified similarity to another member
    duplicate_of: str | None = None  # set when this document is removed
    duplicate_similarity: float | None = None


@dataclass
class StoryState:
    decisions: dict[int, StoryDecision]  # by seq; documents alone are absent
    stats: dict[str, Any]


@register
@dataclass(frozen=True)
class StoryClusters(CorpusStage):
    """Group one story's versions across languages and translations; drop same-language copies."""

    name = "stories"
    keep: Literal["label", "one", "per_language"] = "label"
    # weighted Jaccard that makes one story: chosen on half A, where whole documents now tie from
    # 0.25 to 0.5; the cut versions need the lower (first 10 segments, fr-en F1 of halves A / B:
    # 0.980 / 0.898 at 0.35, 0.913 / 0.826 at 0.5)
    threshold: float = 0.35
    weighting: Literal["idf", "none"] = "idf"
    # share of the shared tokens that appear in the same order in both texts (longest common
    # subsequence): a translation keeps the order of its sentences, a look-alike does not
    min_order: float = 0.7  # chosen on half A
    # unweighted Jaccard the LSH bands aim at (candidates only); 0.3 leaves none of WMT13's
    # 154 pairs at or above `threshold` out, whole or cut (0.25 made 4.7x the candidates)
    lsh_threshold: float = 0.3
    min_tokens: int = 5  # fewer distinct fingerprint tokens: too short, never merged
    num_perm: int = 128
    seed: int = 1
    memory_mb: int = 256  # band tables beyond this go to disk as sorted runs
    run_window: int = 32
    fingerprints_file: str | None = None  # a YAML file in place of `curate/data/stories.yaml`

    def __post_init__(self) -> None:
        check_ranges(
            self,
            threshold=(0.01, 1.0),
            min_order=(0.0, 1.0),
            lsh_threshold=(0.01, 1.0),
            min_tokens=(1, None),
            num_perm=(16, 1024),
            seed=(0, 2**32 - 1),
            memory_mb=(0, None),
            run_window=(2, None),
        )

    @cached_property
    def fingerprinter(self) -> Fingerprinter:
        return Fingerprinter(self.fingerprints_file)

    @cached_property
    def _minhash(self) -> NearDuplicateRemover:
        """`dedup`'s MinHash and banding, at this stage's LSH threshold."""
        return NearDuplicateRemover(
            threshold=self.lsh_threshold,
            num_perm=self.num_perm,
            seed=self.seed,
            memory_mb=self.memory_mb,
            run_window=self.run_window,
        )

    # sketch --------------------------------------------------------------------------------
    def fingerprint(self, doc: Document) -> dict[str, str]:
        """`{token: kind}` of the document's text in its language (the title, in title case, is
        not used)."""
        return self.fingerprinter.tokens(doc.text, doc.labels.get("lang"))

    def sketch(self, doc: Document) -> StorySketch:
        labels = doc.labels
        return StorySketch(
            self.fingerprinter.hash_values(self.fingerprint(doc)),
            labels.get("lang"),
            len(doc.text),
            bool(labels.get("translated_from")),
            sum(1 for edit in doc.edits if edit.stage == TRANSLATION) if doc.edits else 0,
            self._minhash_key,
        )

    def sketch_batch(self, docs: list[Document]) -> list[tuple]:
        """`[tuple(self.sketch(doc)) for doc in docs]`: the hashes of each document's tokens
        come with its tokens (`Fingerprinter.token_hashes`: remembered with each match's
        classification), those of the whole batch turned into one array, each document's
        hashes a slice of it (one numpy call a batch where `sketch` made one a document).

        Each sketch is a plain tuple of `StorySketch`'s fields (`StorySketch(*sketch)` names
        them; `fit` reads them by place): a plain tuple of arrays, strings and numbers leaves
        the garbage collector's watch at its first collection, a named tuple never does, and
        the 20,000 sketches the fit held made it run a full collection of every object in the
        process (0.04 s on the bench documents) that dedup's fit does not."""
        if not docs:
            return []
        fingerprinter = self.fingerprinter
        hash_lists = [fingerprinter.token_hashes(doc.text, doc.labels.get("lang")) for doc in docs]
        ends = list(itertools.accumulate(map(len, hash_lists)))
        values = np.fromiter(itertools.chain.from_iterable(hash_lists), np.uint32, ends[-1])
        minhash_key = self._minhash_key
        sketches = []
        # (a slice each: `np.split` made each piece through numpy's Python wrappers, 3
        # microseconds a document)
        starts = [0, *ends[:-1]]
        for doc, start, end in zip(docs, starts, ends, strict=True):
            doc_values = values[start:end]
            labels = doc.labels
            edits = doc.edits
            sketches.append(
                (
                    doc_values,
                    labels.get("lang"),
                    len(doc.text),
                    bool(labels.get("translated_from")),
                    sum(1 for edit in edits if edit.stage == TRANSLATION) if edits else 0,
                    minhash_key,
                )
            )
        return sketches

    @cached_property
    def _minhash_key(self) -> tuple[int, int]:
        """(num_perm, seed): one tuple for all sketches, not one a document (fewer objects for
        the garbage collector to count)."""
        return (self.num_perm, self.seed)

    # fit -----------------------------------------------------------------------------------
    def fit(self, sketches: Iterable[tuple[int, str, Any]]) -> StoryState:
        with tempfile.TemporaryDirectory(prefix="curate-stories-") as folder:
            return self._fit(sketches, Path(folder))

    def _fit(self, sketches: Iterable[tuple[int, str, Any]], folder: Path) -> StoryState:
        bands, rows = self._minhash.bands
        store = SketchStore(folder, 1)
        (folder / "order").mkdir()
        orders = SketchStore(folder / "order", 1)  # the ranks, in a store of their own
        table = BandTable(bands, self.memory_mb * 2**20, folder)
        ids: list[str] = []
        seqs: list[int] = []
        langs: list[str | None] = []
        lengths: list[int] = []
        translated: list[bool] = []
        repairs: list[int] = []
        for chunk in chunks(sketches, CHUNK):
            first = len(ids)
            # the chunk's columns, taken apart in C (a sketch is a tuple of its fields)
            chunk_seqs, chunk_ids, chunk_sketches = zip(*chunk, strict=True)
            values, chunk_langs, chunk_lengths, chunk_translated, chunk_repairs, _ = zip(
                *chunk_sketches, strict=True
            )
            ids += chunk_ids
            seqs += chunk_seqs
            langs += chunk_langs
            lengths += chunk_lengths
            translated += chunk_translated
            repairs += chunk_repairs
            value_sets = list(values)
            tokens, ranks, counts = distinct_hashes_of_many(value_sets)
            none = np.zeros((len(chunk), 1), np.uint32)  # (the stores' signatures: unused)
            store.append_flat(none, tokens, counts)
            orders.append_flat(none, ranks, counts)
            # (the bands read the first bands x rows values of each signature: only those;
            # a set's repeated hashes leave its minimum as it is)
            banded = signatures(self._minhash, value_sets, bands * rows)
            table.append(first, band_keys(banded, bands, rows))
        store.close()
        orders.close()
        sizes = np.diff(store.offsets)
        short = sizes < self.min_tokens
        keys = np.empty(0, np.uint64)
        if len(ids) > 1:
            keys = candidate_keys(table, np.asarray(seqs, np.int64), self.run_window)
        similarity = Similarity(store, self.weighting == "idf")
        candidates, pairs, scores = self._passing(similarity, keys, short)
        del keys
        union = UnionFind()
        best: dict[int, float] = {}
        ranks = np.asarray(orders.shingles)
        joined = similarity.in_order(pairs, ranks, self.min_order) >= self.min_order
        for (a, b), score in zip(pairs[joined].tolist(), scores[joined].tolist(), strict=True):
            union.union(a, b)
            best[a] = max(best.get(a, 0.0), score)
            best[b] = max(best.get(b, 0.0), score)
        verified = int(joined.sum())
        decisions: dict[int, StoryDecision] = {}
        by_pair: Counter[str] = Counter()
        cluster_sizes: Counter[int] = Counter()
        copies: list[tuple[int, int, str]] = []  # (member, keeper, cluster) of each removal
        for members in union.groups().values():
            # the original first: no `translated_from`, then fewer machine-translation repairs
            ranked = sorted(
                members,
                key=lambda i: (translated[i], repairs[i], -lengths[i], ids[i], seqs[i]),
            )
            cluster = ids[ranked[0]]
            cluster_sizes[len(members)] += 1
            by_pair.update(language_pairs([langs[i] or UNKNOWN for i in members]))
            kept_for = self._keepers(ranked, langs, translated)
            for member in members:
                keeper = kept_for.get(member)
                if keeper is None or keeper == member:
                    decisions[seqs[member]] = StoryDecision(cluster, round(best[member], 4))
                else:
                    copies.append((member, keeper, cluster))
        removed = len(copies)
        if copies:
            to_keeper = similarity.scores(np.array([(m, k) for m, k, _ in copies], np.int64))
            for (member, keeper, cluster), score in zip(copies, to_keeper.tolist(), strict=True):
                decisions[seqs[member]] = StoryDecision(
                    cluster, round(best[member], 4), ids[keeper], round(score, 4)
                )
        stats = {
            "keep": self.keep,
            "documents": len(ids),
            "too_short_to_fingerprint": int(short.sum()),
            "clusters": sum(cluster_sizes.values()),
            "documents_in_clusters": sum(size * n for size, n in cluster_sizes.items()),
            "largest_cluster": max(cluster_sizes, default=0),
            "cluster_sizes": {str(size): cluster_sizes[size] for size in sorted(cluster_sizes)},
            "clusters_by_language_pair": {pair: by_pair[pair] for pair in sorted(by_pair)},
            "lsh_bands": bands,
            "lsh_rows": rows,
            "lsh_candidates": candidates,
            "verified_pairs": verified,
            "removed_translated_copy": removed,
        }
        return StoryState(decisions, stats)

    def _passing(
        self, similarity: Similarity, keys: np.ndarray, short: np.ndarray
    ) -> tuple[int, np.ndarray, np.ndarray]:
        """The candidate pairs (packed keys, sorted) that reach `threshold`, with their scores,
        and how many candidates there were (those with a document too short left out).

        The keys are unpacked and scored a slice at a time: the pairs of all of them (16 bytes
        each) and their scores (8) were 75 MiB on the 20,000 bench documents, memory the
        process had never touched, whose pages the kernel gave it at a cost (a third of the
        fit's time went to the system); a slice's arrays are reused. Sorted slices of sorted
        keys are scored as the whole would be: a pair's score never depends on its batch."""
        candidates = 0
        found_pairs, found_scores = [np.empty((0, 2), np.int64)], [np.empty(0)]
        for start in range(0, len(keys), PAIRS_AT_ONCE):
            pairs = unpack(keys[start : start + PAIRS_AT_ONCE])
            if short.any():
                pairs = pairs[~short[pairs[:, 0]] & ~short[pairs[:, 1]]]
            candidates += len(pairs)
            scores = similarity.scores(pairs, self.threshold)
            reached = scores >= self.threshold
            found_pairs.append(pairs[reached])
            found_scores.append(scores[reached])
        return candidates, np.concatenate(found_pairs), np.concatenate(found_scores)

    def _keepers(
        self, ranked: list[int], langs: list[str | None], translated: list[bool]
    ) -> dict[int, int]:
        """member -> the member kept in its place (itself when kept), for the `keep` setting.

        `per_language` removes a version in the language of a kept one only where the cluster
        shows a translation: a version in another language, or the `translated_from` label on
        either of the two. Two originals in one language with neither are two articles on one
        event, or one text two outlets ran (`dedup`'s to judge): both stay, labelled with one
        cluster. (On the 1,171 pages of `../shared/eval` all 3 removals were of this kind: two
        outlets on one presidential visit, one press release on two sites, two posts of one
        blog on one show; on 5,000 bench documents, 7 of 7, each of another planted story.
        A repair alone is no evidence: the one the bench left was of an original with one
        space before a stop repaired.)"""
        if self.keep == "label":
            return {}
        if self.keep == "one":
            return dict.fromkeys(ranked, ranked[0])
        told_twice = len({lang for lang in map(langs.__getitem__, ranked) if lang}) > 1
        kept: dict[str, int] = {}
        out: dict[int, int] = {}
        for member in ranked:  # best first: the first of each language is its kept version
            lang = langs[member]
            if lang is None:
                continue  # unknown language: nothing to compare it with, never removed
            keeper = kept.setdefault(lang, member)
            machine = translated[member] or translated[keeper]
            out[member] = keeper if told_twice or machine else member
        return out

    def decision_for(self, state: StoryState, seq: int) -> StoryDecision | None:
        return state.decisions.get(seq)

    # apply ---------------------------------------------------------------------------------
    def apply(self, doc: Document, decision: StoryDecision | None) -> Document:
        doc.labels["story_cluster"] = decision.cluster if decision else None
        doc.labels["story_similarity"] = decision.similarity if decision else None
        if decision is not None and decision.duplicate_of is not None:
            doc.remove(
                self.name,
                RULE,
                f"translated copy of {decision.duplicate_of}, kept in the same language "
                f"(fingerprint similarity {decision.duplicate_similarity})",
                duplicate_of=decision.duplicate_of,
                similarity=decision.duplicate_similarity,
            )
        return doc

    def summary(self, state: StoryState) -> dict[str, Any]:
        return dict(state.stats)


_BITS = (1 << np.arange(8)).astype(np.uint8)


class Similarity:
    """Jaccard of documents' fingerprint sets, each token weighted by its rarity (or not).

    Pairs are scored in batches with numpy: a bit table marks each document's tokens, and a
    pair's shared weight is the weight of `b`'s tokens whose bit is set in `a`'s row. Candidate
    pairs come sorted by `a`, so consecutive probes read one row of the table (in cache: 1.6x
    faster than probing `a`'s tokens into `b`'s rows). Both sets are sorted, so the shared
    tokens are summed in one order from either side: the same float. A pair's score depends
    only on the two sets and the corpus weights, never on the batch it came in.

    Most candidate pairs share a few common tokens only (of 3.1M on 20,000 bench documents,
    9,600 reach 0.35): with `at_least`, a pair is first sifted by its heaviest tokens
    (`_reaching`), then its shared tokens are counted, and only a pair whose `count` heaviest
    tokens could reach the score is weighed.
    """

    GRID = 32  # steps of the prefix table (`_prefixes`), from the threshold to 1
    BATCH = 1 << 18  # (pair, token) probes per numpy batch: a few MiB per array
    RISE_AT_ONCE = 64  # sequences up to this long sorted all at once (a row of a table each)
    SEARCH_PAIRS = 1 << 14  # pairs scored by search, without a table
    SIFT_PAIRS = 1 << 16  # pairs sifted at once: each step over them is one numpy call
    TABLE_LIMIT = 1 << 27  # (document, token) cells of the membership table: 16 MiB of bits

    def __init__(self, store: SketchStore, weighted: bool) -> None:
        values = np.asarray(store.shingles)
        self.offsets = store.offsets
        self.sizes = np.diff(store.offsets)
        # every set holds a token once, so its count over all sets is its document count
        _, self.token, counts = np.unique(values, return_inverse=True, return_counts=True)
        self.vocabulary = np.int64(len(counts))
        # a table row per document, whole bytes long: a probe's byte is its row's first byte
        # plus its token's byte, its bit its token's bit
        self.stride = (int(self.vocabulary) + 7) // 8 * 8
        self.token_byte = self.token >> 3
        self.token_bit = _BITS[self.token & 7]
        weights = idf(counts, store.count) if weighted else np.ones(len(counts))
        self.weight = weights[self.token]  # per (document, token)
        document = np.repeat(np.arange(store.count, dtype=np.int64), self.sizes)
        # sorted, as each set is sorted and token ids follow token values
        self.keys = document * self.stride + self.token
        self.total = np.bincount(document, weights=self.weight, minlength=store.count)
        # each set heaviest first (ties by token id: one order for every set), its running sums
        # (one integer key: the document, then the token's place in that order; as
        # `np.lexsort((-weight, document))` orders them, 3x faster)
        places = np.empty(len(weights), np.int64)
        places[np.lexsort((np.arange(len(weights)), -weights))] = np.arange(len(weights))
        heavy = np.argsort(document * max(len(weights), 1) + places[self.token])
        self.heaviest = running_sums(self.weight[heavy], self.sizes)
        # (the smallest type that holds a byte of a row: read at random, they stay in cache)
        self.heavy_byte = self.token_byte[heavy].astype(np.min_scalar_type(self.stride // 8))
        self.heavy_shift = (self.token[heavy] & 7).astype(np.uint8)  # its bit in its byte
        # `heaviest` as one ascending key: the document, plus half its running share of the
        # total; searched by `_prefixes`, with room for the rounding of the sum
        self.heavy_key = document + 0.5 * self.heaviest / np.maximum(self.total, 1e-300)[document]
        self.key_slack = 4 * float(np.spacing(np.float64(max(store.count, 1))))
        # membership by lookup in a bit table of documents x tokens (several times faster than
        # a binary search of the keys); past `TABLE_LIMIT` cells, one table per block of
        # documents, the pairs taken block by block of their `a`
        self.block = max(1, self.TABLE_LIMIT // max(self.stride, 1))  # documents (no tokens: 0)
        self._last: tuple[int, np.ndarray] | None = None
        self._buffer: np.ndarray | None = None
        self._grid: tuple[float, np.ndarray] | None = None

    def __call__(self, a: int, b: int) -> float:
        return float(self.scores(np.array([[a, b]], np.int64))[0])

    def scores(self, pairs: np.ndarray, at_least: float | None = None) -> np.ndarray:
        """float64 similarity of each `(a, b)` row; with `at_least`, 0.0 for a pair whose
        similarity is surely below it (the others exact)."""
        out = np.zeros(len(pairs))
        if at_least is None and len(pairs) <= self.SEARCH_PAIRS:
            return self._searched(pairs)
        first_docs = pairs[:, 0]
        if np.all(first_docs[1:] >= first_docs[:-1]):  # candidate pairs come sorted: slices
            bounds = np.arange(0, len(self.sizes) + self.block, self.block)
            edges = sorted_unique(np.searchsorted(first_docs, bounds)).tolist()
            groups = [slice(lo, hi) for lo, hi in itertools.pairwise(edges)]
        else:
            blocks = first_docs // self.block
            order = np.argsort(blocks, kind="stable")
            groups = np.split(order, np.flatnonzero(np.diff(blocks[order])) + 1)
        for rows in groups if len(pairs) else ():
            part = pairs[rows]
            first = int(part[0, 0]) // self.block * self.block
            table = self._table(first, min(first + self.block, len(self.sizes)))
            # (sorted pairs come as slices: their scores written in place)
            scored = out[rows] if isinstance(rows, slice) else np.zeros(len(part))
            if at_least is not None:  # sifted position by position: pairs by number
                for start in range(0, len(part), self.SIFT_PAIRS):
                    stop = start + self.SIFT_PAIRS
                    scored[start:stop] = self._batch(part[start:stop], table, first, at_least)
                out[rows] = scored
                continue
            ends = np.cumsum(self.sizes[part[:, 1]])  # probes up to each pair, summed once
            start = 0
            while start < len(part):
                done = int(ends[start - 1]) if start else 0
                stop = max(start + 1, int(np.searchsorted(ends, done + self.BATCH)))
                scored[start:stop] = self._batch(part[start:stop], table, first, at_least)
                start = stop
            out[rows] = scored
        return out

    def _searched(self, pairs: np.ndarray) -> np.ndarray:
        """Exact scores of a few pairs, `b`'s tokens searched among `a`'s keys: no table to
        build (the 2,165 removals' similarities to their keepers, spread over 4 blocks of the
        bench corpus, built 4 tables of 16 MiB). The shared weights are summed as `_batch`
        sums them, so the floats are the same."""
        a, b = pairs[:, 0], pairs[:, 1]
        sizes = self.sizes[b]
        ends = np.cumsum(sizes)
        element = np.repeat(self.offsets[b] - ends + sizes, sizes) + np.arange(int(ends[-1:].sum()))
        row = np.repeat(np.arange(len(pairs)), sizes)
        probe = a[row] * self.stride + self.token[element]
        at = np.minimum(np.searchsorted(self.keys, probe), max(len(self.keys) - 1, 0))
        hit = self.keys[at] == probe if len(self.keys) else np.zeros(len(probe), bool)
        shared = np.bincount(row, weights=self.weight[element] * hit, minlength=len(pairs))
        union = self.total[a] + self.total[b] - shared
        return np.divide(shared, union, out=np.zeros(len(pairs)), where=union > 0)

    def in_order(
        self, pairs: np.ndarray, ranks: np.ndarray, at_least: float | None = None
    ) -> np.ndarray:
        """`in_order` of each pair's two sets, `ranks` aligned with their tokens: the shared
        tokens of all pairs found at once (each of `b`'s tokens searched among `a`'s), a
        pair whose ranks rise in one order is 1.0 at once, the others sorted one by one.

        With `at_least`, 0.0 for a pair surely below it: a rising run holds at most one of
        two neighbours that fall, so a sequence of `n` with `k` such pairs apart (a run of
        `r` falls in a row holds `ceil(r / 2)` of them) has a run of `n - k` at most (most
        look-alikes fall half the time: 4,450 of the 7,360 sequences of the bench corpus that
        do not rise all the way are decided so, without a sort).
        """
        out = np.zeros(len(pairs))
        if not len(pairs):
            return out
        a, b = pairs[:, 0], pairs[:, 1]
        sizes = self.sizes[b]
        ends = np.cumsum(sizes)
        element = np.repeat(self.offsets[b] - ends + sizes, sizes) + np.arange(int(ends[-1]))
        pair = np.repeat(np.arange(len(pairs)), sizes)
        # `keys` holds every (document, token) in flat order: a key found is `a`'s element
        probe = a[pair] * self.stride + self.token[element]
        at = np.minimum(np.searchsorted(self.keys, probe), len(self.keys) - 1)
        found = self.keys[at] == probe
        pair, in_a, in_b = pair[found], at[found], element[found]
        # each pair's shared tokens in `a`'s order of appearance, with their rank in `b`: one
        # integer key, the pair then the rank in `a` (a set's ranks are distinct, so are the
        # keys: any sort gives `np.lexsort((ranks[in_a], pair))`'s order, 3x faster)
        order = np.argsort(pair << 32 | ranks[in_a].astype(np.int64))
        pair, sequence = pair[order], ranks[in_b][order].astype(np.int64)
        counts = np.bincount(pair, minlength=len(pairs))
        starts = np.cumsum(counts) - counts
        falls = np.flatnonzero((sequence[1:] <= sequence[:-1]) & (pair[1:] == pair[:-1]))
        out[counts > 0] = 1.0  # all in one order (most translations): the whole run
        rows = sorted_unique(pair[falls])
        if at_least is not None and len(falls):
            # runs of falls in a row (a fall at i and at i + 1 share a neighbour)
            opens = np.r_[True, np.diff(falls) > 1]
            run = np.cumsum(opens) - 1
            lengths = np.bincount(run)
            apart = np.bincount(pair[falls[opens]], (lengths + 1) // 2, minlength=len(pairs))
            # (the share computed as the exact one is: a longest run / n no larger)
            below = (counts[rows] - apart[rows]) / counts[rows] < at_least
            out[rows[below]] = 0.0
            rows = rows[~below]
        short = counts[rows] <= self.RISE_AT_ONCE
        out[rows[short]] = longest_rises(sequence, starts[rows[short]], counts[rows[short]])
        for row in rows[~short].tolist():
            start = int(starts[row])
            out[row] = longest_rise(sequence[start : start + int(counts[row])].tolist())
        return out

    def _table(self, first: int, stop: int) -> np.ndarray:
        """The membership bits of documents `first` to `stop` (excluded), a row of `stride`
        bits each (the last block's kept: pairs scored one at a time reuse it)."""
        if self._last is not None and self._last[0] == first:
            return self._last[1]
        base = first * self.stride
        low, high = np.searchsorted(self.keys, [base, stop * self.stride])
        keys = self.keys[low:high] - base
        # one buffer for every block (fresh pages of 16 MiB a block cost more than zeroing)
        cells = (stop - first) * self.stride // 8
        if self._buffer is None or len(self._buffer) < cells:
            self._buffer = np.zeros(cells, np.uint8)
        table = self._buffer[:cells]
        table[:] = 0
        np.bitwise_or.at(table, keys >> 3, _BITS[keys & 7])
        self._last = (first, table)
        return table

    def _batch(
        self, pairs: np.ndarray, table: np.ndarray, first: int, at_least: float | None
    ) -> np.ndarray:
        a, b = pairs[:, 0], pairs[:, 1]
        if at_least is None:
            sizes = self.sizes[b]
            ends = np.cumsum(sizes)
            # the positions of `b`'s tokens in the flat arrays
            element = np.repeat(self.offsets[b] - ends + sizes, sizes)
            element += np.arange(len(element))
            byte = np.repeat((a - first) * (self.stride // 8), sizes)
            byte += self.token_byte[element]
            hit = (table[byte] & self.token_bit[element]) != 0
            row = np.repeat(np.arange(len(pairs)), sizes)
            # the weights of the shared tokens, summed in order
            shared = np.bincount(row, weights=self.weight[element] * hit, minlength=len(pairs))
            union = self.total[a] + self.total[b] - shared
            return np.divide(shared, union, out=np.zeros(len(pairs)), where=union > 0)
        # (contiguous copies: every step below reads them, a column of `pairs` is strided)
        a, b = np.ascontiguousarray(a), np.ascontiguousarray(b)
        live, count = self._reaching(a, b, table, first, at_least)
        a, b = a[live], b[live]
        last = count - 1  # (a live pair shares a token: count >= 1)
        at_most = np.minimum(
            self.heaviest[self.offsets[a] + last], self.heaviest[self.offsets[b] + last]
        )
        # the bound, with room for rounding (shared and union are sums of the same weights)
        bound = at_most / np.maximum(self.total[a] + self.total[b] - at_most, 1e-300)
        out = np.zeros(len(pairs))
        weighed = live[bound >= at_least - 1e-6]
        if len(weighed):
            exact = self._batch(pairs[weighed], table, first, None)
            out[weighed] = np.where(exact >= at_least, exact, 0.0)
        return out

    def _reaching(
        self, a: np.ndarray, b: np.ndarray, table: np.ndarray, first: int, at_least: float
    ) -> tuple[np.ndarray, np.ndarray]:
        """The pairs that could reach `at_least` (the others surely cannot), and the count of
        tokens each shares.

        A pair reaching it shares at least `need` = t / (1 + t) x (total a + total b) of
        weight (shared / (total a + total b - shared) >= t). Take `b`'s tokens heaviest first,
        in one order for all sets: every shared token stands at or after the first one, so the
        tokens from the first shared one on weigh at least `need`. Only `b`'s first `prefix`
        tokens are followed by that much, so a pair none of whose first `prefix` tokens is in
        `a` cannot reach it (the prefix filter of set-similarity joins). On the bench corpus
        that is 8.7 of 21 tokens a pair, and 1 pair in 3 goes on to have the rest counted.
        """
        low = at_least - 1e-6  # room for rounding, as the bound has
        total_a, total_b = self.total[a], self.total[b]
        need = total_a + total_b
        need *= low / (1.0 + low) * (1.0 - 1e-9)
        # `need` is at least `low` times total_b (or the pair cannot reach it, as the totals
        # are then further apart than `low`): the grid step at or below the pair's share
        grid = self._prefixes(low)
        step = need / np.maximum(total_b, 1e-300)
        step -= low
        step *= self.GRID / (1.0 - low)
        np.clip(step, 0, self.GRID, out=step)
        step = step.astype(np.intp)  # floor, as step >= 0
        step += b * (self.GRID + 1)
        prefix = grid.ravel()[step]
        np.minimum(total_a, total_b, out=total_a)
        prefix[need > total_a] = 0
        start = self.offsets[b]
        rows = (a - first) * (self.stride // 8)
        count = self._count(table, rows, start, prefix)
        live = np.flatnonzero(count)
        count = count[live]
        count += self._count(
            table, rows[live], start[live] + prefix[live], self.sizes[b[live]] - prefix[live]
        )
        return live, count

    def _prefixes(self, low: float) -> np.ndarray:
        """For each set, at each step of a grid of `need` from `low` to 1 times its total: how
        many of its heaviest tokens are followed by at least `need` (the first shared token of
        a pair that shares `need` stands among them). A lower `need` makes a longer prefix, so
        the step at or below a pair's `need` gives a prefix at least as long as its own."""
        if self._grid is not None and self._grid[0] == low:
            return self._grid[1]
        shares = low + (1.0 - low) * np.arange(self.GRID + 1) / self.GRID
        # the tokens after the first `k` weigh total - heaviest[k - 1]: at least `need` while
        # heaviest[k - 1] <= total - need, that is while its key is within d + (1 - share) / 2
        # (queries ascending: each document's highest share first)
        documents = np.arange(len(self.sizes))
        queries = documents[:, None] + (0.5 * (1.0 - shares[::-1]) + self.key_slack)[None, :]
        within = np.searchsorted(self.heavy_key, queries.ravel(), side="right")
        within = within.reshape(queries.shape)[:, ::-1] - self.offsets[:-1, None]
        grid = np.minimum(within + 1, self.sizes[:, None])
        self._grid = (low, grid)
        return grid

    def _count(
        self, table: np.ndarray, rows: np.ndarray, start: np.ndarray, length: np.ndarray
    ) -> np.ndarray:
        """How many of the tokens `start` to `start + length` of the heaviest-first order are
        set in each pair's row of the table (`rows`: the row's first byte).

        Position by position: the pairs sorted longest first, the `j`-th tokens of the pairs
        longer than `j` are one slice (no index array of every probe to build: 2x faster).
        """
        count = np.zeros(len(length), np.int64)
        if not len(length):
            return count
        # (a radix sort of small integers: any order of equal lengths does)
        small = np.int16 if length.max() < 2**15 else np.int64
        order = np.argsort(-length.astype(small), kind="stable")
        longest = length[order]
        rows, start = rows[order], start[order]
        # how many pairs are longer than j, for each j
        longer = np.searchsorted(-longest, -np.arange(int(longest[0])), side="left").tolist()
        found = np.zeros(len(order), np.uint16 if longest[0] < 2**16 else np.int64)
        # buffers of their own, reused at every position: no allocation in the loop
        byte = np.empty(len(order), np.int64)
        in_row = np.empty(len(order), self.heavy_byte.dtype)
        byte_bits, shift = np.empty(len(order), np.uint8), np.empty(len(order), np.uint8)
        heavy_byte, heavy_shift = self.heavy_byte, self.heavy_shift
        for j, k in enumerate(longer):
            # the `j`-th tokens: the starts read in the arrays from `j` on (a view, no sum)
            np.take(heavy_byte[j:], start[:k], out=in_row[:k])
            np.add(rows[:k], in_row[:k], out=byte[:k])
            np.take(table, byte[:k], out=byte_bits[:k])
            np.take(heavy_shift[j:], start[:k], out=shift[:k])
            np.right_shift(byte_bits[:k], shift[:k], out=byte_bits[:k])
            np.bitwise_and(byte_bits[:k], 1, out=byte_bits[:k])
            np.add(found[:k], byte_bits[:k], out=found[:k])
        count[order] = found
        return count


def running_sums(values: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """Each segment's running sum (segments of `sizes` in a row), added one value at a time per
    segment: with `values` sorted heaviest first in each document, the sum of a document's k
    heaviest tokens (what k shared tokens weigh at most) stands at `offsets[d] + k - 1`. Not a
    running sum of the whole array less the one before the segment: on a large corpus that
    difference is off by more than the bound's slack."""
    out = np.array(values, np.float64)
    starts = np.cumsum(sizes) - sizes
    live = np.flatnonzero(sizes > 1)
    step = 1
    while len(live):
        at = starts[live] + step
        out[at] += out[at - 1]
        step += 1
        live = live[sizes[live] > step]
    return out


def in_order(a: np.ndarray, a_rank: np.ndarray, b: np.ndarray, b_rank: np.ndarray) -> float:
    """The share of the tokens two texts share that come in the same order in both.

    The longest increasing run of `b`'s ranks, taken in `a`'s order (patience sorting): 1.0
    for a faithful translation, about 0.4 for two stories drawing on one pool of names.
    """
    if not len(a) or not len(b):
        return 0.0
    # the shared tokens, ascending, as `np.intersect1d(..., return_indices=True)` finds them
    at = np.searchsorted(b, a)
    found = b[np.minimum(at, len(b) - 1)] == a
    in_a = np.flatnonzero(found)
    if not len(in_a):
        return 0.0
    in_b = at[found]
    sequence = np.asarray(b_rank)[in_b][np.argsort(np.asarray(a_rank)[in_a], kind="stable")]
    if (sequence[1:] > sequence[:-1]).all():
        return 1.0  # all in one order (most translations): the whole run
    return longest_rise(sequence.tolist())


def longest_rises(values: np.ndarray, starts: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """`longest_rise` of each `values[start : start + count]`, all sequences at once: the
    patience sort one position at a time, each sequence's tails a row of a table (a tail's
    place is the count of tails below the value: `bisect_left` of the row)."""
    out = np.zeros(len(counts))
    if not len(counts):
        return out
    top = int(counts.max())
    tails = np.full((len(counts), top), np.iinfo(np.int64).max)
    longest = np.zeros(len(counts), np.int64)
    for j in range(top):
        live = np.flatnonzero(counts > j)
        value = values[starts[live] + j].astype(np.int64)
        place = (tails[live] < value[:, None]).sum(axis=1)
        tails[live, place] = value
        longest[live] = np.maximum(longest[live], place + 1)
    return longest / counts


def longest_rise(sequence: list[int]) -> float:
    """The longest strictly increasing run of `sequence` (patience sorting), as a share of it."""
    tails: list[int] = []
    for rank in sequence:
        at = bisect.bisect_left(tails, rank)
        if at == len(tails):
            tails.append(rank)
        else:
            tails[at] = rank
    return len(tails) / len(sequence)


def idf(document_counts: np.ndarray, documents: int) -> np.ndarray:
    """Smoothed inverse document frequency: a token in every document still weighs 1."""
    return np.log((1.0 + documents) / (1.0 + document_counts)) + 1.0


def weighted_jaccard(a: np.ndarray, b: np.ndarray, weight_of=None) -> float:
    """Jaccard of two sorted distinct arrays; with `weight_of`, weights summed instead of counts."""
    if not len(a) or not len(b):
        return 0.0
    common = np.intersect1d(a, b, assume_unique=True)
    if weight_of is None:
        return len(common) / (len(a) + len(b) - len(common))
    shared = float(weight_of(common).sum())
    total = float(weight_of(a).sum()) + float(weight_of(b).sum()) - shared
    return shared / total if total else 0.0


def language_pairs(langs: list[str]) -> set[str]:
    """The language pairs a cluster holds: "en-fr" for an English and a French version, "en-en"
    for two English ones."""
    counts = Counter(langs)
    pairs = {f"{a}-{b}" for a in counts for b in counts if a < b}
    pairs |= {f"{lang}-{lang}" for lang, n in counts.items() if n > 1}
    return pairs


def shared_tokens(stage: StoryClusters, a: Document, b: Document) -> dict[str, list[str]]:
    """The fingerprint tokens two documents share, by kind, as `a` spells them (what
    `curate explain` shows)."""
    spelled: dict[str, str] = {}
    mine = stage.fingerprinter.tokens(a.text, a.labels.get("lang"), spelled)
    theirs = stage.fingerprint(b)
    out: dict[str, list[str]] = defaultdict(list)
    for token, kind in mine.items():
        if token in theirs:
            out[kind].append(spelled[token])
    return dict(out)
