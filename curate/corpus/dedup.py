"""Exact and near-duplicate removal: datasketch MinHash + LSH, verified, clustered, explained.

sketch: per document, an exact key (xxh3 of the normalised tokens) and a MinHash signature (a
        compact uint32 array) computed by datasketch over hashed word shingles.
fit:    exact keys grouped; LSH (datasketch MinHashLSH) proposes candidate pairs; each pair is
        kept only if its estimated Jaccard over the full signature reaches the threshold, so an
        LSH false positive never removes a document; union-find turns pairs into clusters.
apply:  in each cluster the representative is the most complete text (most words), then the
        earliest in input order; the others are removed with `duplicate_of` and similarity.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from typing import Any, NamedTuple

import numpy as np
from datasketch import MinHash, MinHashLSH

from curate.corpus.shingles import normalized_hash, shingle_hashes, tokens
from curate.corpus.unionfind import UnionFind
from curate.document import Document
from curate.stages.base import CorpusStage, register

SCHEME = "affine32"


class Sketch(NamedTuple):
    exact: int
    signature: np.ndarray  # uint32[num_perm]
    words: int


class Decision(NamedTuple):
    cluster: str  # id of the cluster's representative
    size: int
    duplicate_of: str | None = None  # set when this document is removed
    rule: str | None = None
    similarity: float | None = None


@dataclass
class DedupState:
    ids: list[str]
    decisions: dict[int, Decision]  # by seq; documents in no cluster are absent
    stats: dict[str, Any]


@register
@dataclass(frozen=True)
class NearDuplicateRemover(CorpusStage):
    """Remove exact and near-duplicate documents, keeping one representative per cluster."""

    name = "dedup"
    threshold: float = 0.8  # Jaccard similarity of shingle sets that counts as a duplicate
    num_perm: int = 128
    ngram: int = 5
    seed: int = 1
    exact: bool = True
    near: bool = True

    def __post_init__(self) -> None:
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError("dedup.threshold must be in (0, 1]")
        if self.num_perm < 16 or self.ngram < 1:
            raise ValueError("dedup.num_perm must be >= 16 and dedup.ngram >= 1")

    @cached_property
    def _permutations(self) -> np.ndarray:
        return MinHash(num_perm=self.num_perm, seed=self.seed, scheme=SCHEME).permutations

    def signature(self, shingles: np.ndarray) -> np.ndarray:
        """datasketch's MinHash of already-hashed shingles (hash function: identity)."""
        minhash = MinHash(
            num_perm=self.num_perm,
            seed=self.seed,
            hashfunc=int,
            permutations=self._permutations,
            scheme=SCHEME,
        )
        minhash.update_batch(shingles.tolist())
        return minhash.hashvalues.astype(np.uint32)

    def sketch(self, doc: Document) -> Sketch:
        words = tokens(doc.text)
        return Sketch(
            normalized_hash(words), self.signature(shingle_hashes(words, self.ngram)), len(words)
        )

    def fit(self, sketches) -> DedupState:
        seqs: list[int] = []
        ids: list[str] = []
        words: list[int] = []
        exact_keys: list[int] = []
        signatures: list[np.ndarray] = []
        for seq, doc_id, sketch in sketches:
            seqs.append(seq)
            ids.append(doc_id)
            words.append(sketch.words)
            exact_keys.append(sketch.exact)
            signatures.append(sketch.signature)
        matrix = np.vstack(signatures) if signatures else np.empty((0, self.num_perm), np.uint32)
        union = UnionFind()
        exact_pairs = 0
        if self.exact:
            first_of: dict[int, int] = {}
            for index, key in enumerate(exact_keys):
                if key in first_of:
                    union.union(first_of[key], index)
                    exact_pairs += 1
                else:
                    first_of[key] = index
        candidates = verified = 0
        if self.near and len(ids) > 1:
            lsh = MinHashLSH(threshold=self.threshold, num_perm=self.num_perm)
            for index in range(len(ids)):
                minhash = MinHash(
                    seed=self.seed,
                    hashvalues=matrix[index],
                    permutations=self._permutations,
                    scheme=SCHEME,
                )
                for other in sorted(lsh.query(minhash)):
                    candidates += 1
                    if self._similarity(matrix, index, other) >= self.threshold:
                        verified += 1
                        union.union(other, index)
                lsh.insert(index, minhash, check_duplication=False)
        decisions: dict[int, Decision] = {}
        sizes: Counter[int] = Counter()
        removed = Counter()
        for members in union.groups().values():
            keeper = min(members, key=lambda i: (-words[i], seqs[i]))
            sizes[len(members)] += 1
            cluster = ids[keeper]
            decisions[seqs[keeper]] = Decision(cluster, len(members))
            for member in members:
                if member == keeper:
                    continue
                rule = (
                    "exact_duplicate"
                    if exact_keys[member] == exact_keys[keeper]
                    else ("near_duplicate")
                )
                removed[rule] += 1
                decisions[seqs[member]] = Decision(
                    cluster,
                    len(members),
                    ids[keeper],
                    rule,
                    round(self._similarity(matrix, member, keeper), 4),
                )
        stats = {
            "documents": len(ids),
            "clusters": sum(sizes.values()),
            "documents_in_clusters": sum(size * n for size, n in sizes.items()),
            "largest_cluster": max(sizes, default=0),
            "cluster_sizes": {str(size): sizes[size] for size in sorted(sizes)},
            "removed_exact": removed["exact_duplicate"],
            "removed_near": removed["near_duplicate"],
            "lsh_candidates": candidates,
            "lsh_verified": verified,
            "exact_pairs": exact_pairs,
        }
        return DedupState(ids, decisions, stats)

    @staticmethod
    def _similarity(matrix: np.ndarray, a: int, b: int) -> float:
        return float(np.count_nonzero(matrix[a] == matrix[b])) / matrix.shape[1]

    def decision_for(self, state: DedupState, seq: int) -> Decision | None:
        return state.decisions.get(seq)

    def apply(self, doc: Document, decision: Decision | None) -> Document:
        if decision is None:
            doc.labels["dup_cluster"] = doc.id
            doc.labels["dup_count"] = 1
            return doc
        doc.labels["dup_cluster"] = decision.cluster
        doc.labels["dup_count"] = decision.size
        if decision.duplicate_of is not None:
            doc.remove(
                self.name,
                decision.rule,
                f"{decision.rule.replace('_', ' ')} of {decision.duplicate_of} "
                f"(estimated Jaccard {decision.similarity})",
                duplicate_of=decision.duplicate_of,
                similarity=decision.similarity,
            )
        return doc

    def summary(self, state: DedupState) -> dict[str, Any]:
        return dict(state.stats)
