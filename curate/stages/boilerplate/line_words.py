"""What a line says, as evidence of noise for the line model: words weighed across many sites.

Shape and place leave some noise looking like body text or like a heading: a share bar
("Teilen", "WhatsApp"), a promo ("Sign up for our newsletter."), a credit ("Photo: AFP"), a
section's furniture ("Startseite", "Schlagworte", "Read more"). Their words give them away,
in many languages, and no hand-made list will name them all. So the words are learned: a
logistic regression over a line's words and word pairs (case-folded, digits as 0) from the
labelled lines of the training sites. Only terms that stand on the lines of at least
`MIN_SITES` sites are learned, so that no one site's own vocabulary is.

The words' log-odds join the trees' only where they say noise (`TreeModel.scores_said`): a
line's words can raise its score, never lower it. Words that speak for content are mostly
those of prose ("the", "for", "said"), and another story's headline or a caption is prose too:
as a column the trees split on, the words cost the planted related headlines 0.90 -> 0.60 of
their removal and moved the trees' own splits; added this way the trees stay as they were.

Measured on the read lines' first scoring round, each site half scored by the models of the
other half's sites: ROC AUC 0.8810 -> 0.8875 (half A) and 0.8750 -> 0.8846 (half B), noise
removed at 98% of content kept 0.327 -> 0.402 and 0.360 -> 0.414. (Half or 1.5 times the
words' log-odds: 0.371 / 0.395 and 0.414 / 0.399; only the terms for noise, at half weight:
0.357 / 0.398.) The stage's figures are in the README.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import compress
from operator import mul

TOKEN = re.compile(r"\w+")
# every digit 0; the table holds every ASCII character (the others map to themselves):
# `str.translate` raises and catches a KeyError for each character its table lacks, and with
# the digits alone that was 8 us of a line of 83 characters, 0.8 us now (the same text out)
DIGITS = {code: code for code in range(128)} | str.maketrans("0123456789", "0" * 10)
MAX_TOKENS = 64  # a line's first words: a caption or a promo says what it is early
MIN_SITES = 3
WEIGHT = 1.0  # the share of the words' log-odds added to the trees' where they say noise
C = 1.0  # inverse strength of the logistic regression's L2 penalty
DECIMALS = 6  # weights are stored rounded: the same file on any machine


def terms(line: str) -> list[str]:
    """The words of a line (case-folded, every digit 0) and each pair of neighbouring words."""
    tokens = TOKEN.findall(line.casefold().translate(DIGITS))[:MAX_TOKENS]
    return tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)]


# margins kept (then cleared): the rounds of a batch's documents (`process_batch` asks each
# document's lines again a round later, after the other documents'), a site's furniture
MARGINS_MAX = 16_384


@dataclass(frozen=True)
class WordModel:
    bias: float
    weights: dict[str, float]
    # each line's margin, kept: the stage scores a document's lines again after each round of
    # removals, and a site's furniture stands in many documents
    _margins: dict[str, float] = field(default_factory=dict, init=False, repr=False, compare=False)

    @classmethod
    def from_dict(cls, data: dict) -> WordModel:
        return cls(float(data["bias"]), {str(k): float(v) for k, v in data["weights"].items()})

    def margin(self, line: str, key: str | None = None) -> float:
        """The line's log-odds of noise: the bias plus its known terms' weights, the counts
        scaled to unit length (a long line weighs no more than a short one).

        `key`: `line_key(line)`, when the caller has it (its words are the line's tokens)."""
        return self.margins([line], [key])[0]

    def margins(self, lines: list[str], keys: list[str | None]) -> list[float]:
        """`margin(line, key)` of each line, in one loop: the lines a round asks of first
        (thousands a batch) each paid a method call, a cache look-up and the model's attribute
        reads. Each margin is kept as `margin` keeps it."""
        weights, kept, bias = self.weights, self._margins, self.bias
        known_of = self._known_terms
        weight, root = weights.__getitem__, math.sqrt
        found: list[float] = []
        for line, key in zip(lines, keys, strict=True):
            margin = kept.get(line)
            if margin is None:
                if len(kept) >= MARGINS_MAX:
                    kept.clear()
                known = known_of(line, key)
                if not known:
                    margin = bias
                elif len(set(known)) == len(known):
                    # each known term once (most lines): a count of 1 multiplies by nothing,
                    # the terms in the order first met are the Counter's, the norm is
                    # sqrt(len): the same floats without the Counter
                    margin = bias + sum(map(weight, known)) / root(len(known))
                else:
                    # `_counted`'s Counter written as a dict (the same counts, in the order
                    # first met: the same floats; a Counter a line was a quarter of this loop)
                    counts = dict.fromkeys(known, 0)
                    for term in known:
                        counts[term] += 1
                    norm = root(sum(map(mul, counts.values(), counts.values())))
                    margin = bias + sum(map(mul, map(weight, counts), counts.values())) / norm
                kept[line] = margin
            found.append(margin)
        return found

    def _known_terms(self, line: str, key: str | None = None) -> list[str]:
        r"""`[term for term in terms(line) if term in weights]`, a pair written out only where
        its first word opens a known pair (2 in 10 of a line's words; writing every pair out
        was 40% of a new line's margin), the words and the openers picked by C loops.

        `key`: `line_key(line)`: the `\w+` words of the case-folded line, so its words with
        each digit 0 are the tokens (a `translate` and a `split` of the key took 4.6 us a bench
        document, `findall` of the whole line 10.4)."""
        weights, opens = self.weights, self._pair_openers
        if key is None:
            tokens = TOKEN.findall(line.casefold().translate(DIGITS))[:MAX_TOKENS]
        else:
            tokens = key.translate(DIGITS).split()[:MAX_TOKENS]
        known = list(filter(weights.__contains__, tokens))
        pairs = zip(tokens, tokens[1:], strict=False)
        for first, second in compress(pairs, map(opens.__contains__, tokens)):
            pair = f"{first} {second}"
            if pair in weights:
                known.append(pair)
        return known

    @cached_property
    def _pair_openers(self) -> frozenset[str]:
        """The first words of the known pairs (a term with a space is a pair: words have none)."""
        return frozenset(term.split(" ", 1)[0] for term in self.weights if " " in term)

    def top_terms(self, line: str, top: int = 5) -> list[tuple[str, float]]:
        """The terms of a line that moved its score most (+: towards noise), for `explain`."""
        counts, norm = self._known(line)
        moved = sorted(
            ((t, self.weights[t] * c / norm) for t, c in counts.items()),
            key=lambda item: (-abs(item[1]), item[0]),
        )
        return [(t, round(v, 3)) for t, v in moved[:top]]

    def _known(self, line: str) -> tuple[Counter, float]:
        """How often each known term stands in the line, and the length of those counts."""
        weights = self.weights
        return self._counted([term for term in terms(line) if term in weights])

    @staticmethod
    def _counted(known: list[str]) -> tuple[Counter, float]:
        counts = Counter(known)
        return counts, math.sqrt(sum(map(mul, counts.values(), counts.values())))


def fit(
    lines: Sequence[str],
    targets: Sequence[int],
    weights: Sequence[float],
    sites: Sequence[str],
    terms_of: Callable[[str], list[str]] = terms,
    min_sites: int = MIN_SITES,
) -> dict:
    """A word model of labelled lines (targets: 1 noise), its terms those of `MIN_SITES`+ sites
    (`terms_of`: a line's terms, `terms` unless another model reads them otherwise; `min_sites`:
    `MIN_SITES` unless another model asks more). Training
    needs scikit-learn (the `dev` extra); the result is plain data."""
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    seen: dict[str, set[str]] = {}
    per_line = [terms_of(line) for line in lines]
    for found, site in zip(per_line, sites, strict=True):
        for term in set(found):
            seen.setdefault(term, set()).add(site)
    vocabulary = sorted(t for t, where in seen.items() if len(where) >= min_sites)
    if not vocabulary:  # nothing shared: every line scores the weighted share of noise
        noise = sum(w for w, t in zip(weights, targets, strict=True) if t) / sum(weights)
        share = min(max(noise, 1e-6), 1 - 1e-6)
        return {"bias": round(math.log(share / (1 - share)), DECIMALS), "weights": {}}
    column = {t: k for k, t in enumerate(vocabulary)}
    data, indices, indptr = [], [], [0]
    for found in per_line:
        counts = Counter(column[t] for t in found if t in column)
        norm = math.sqrt(sum(c * c for c in counts.values())) or 1.0
        for k in sorted(counts):
            indices.append(k)
            data.append(counts[k] / norm)
        indptr.append(len(indices))
    x = csr_matrix((data, indices, indptr), shape=(len(per_line), len(vocabulary)))
    model = LogisticRegression(C=C, max_iter=5000)
    model.fit(x, np.asarray(targets), sample_weight=np.asarray(weights, dtype=np.float64))
    kept = {
        term: round(float(w), DECIMALS)
        for term, w in zip(vocabulary, model.coef_[0], strict=True)
        if round(float(w), DECIMALS) != 0.0
    }
    return {"bias": round(float(model.intercept_[0]), DECIMALS), "weights": kept}
