"""The line model's document vocabulary and word margins, made cheaper, give what they gave.

`features._Vocabulary` splits each key once for the counts, the body's words and the first
line's; `WordModel.margin` keeps each line's margin. Both must give exactly what the plain
definitions give: the trees compare the columns with thresholds, and a word counted in or out
of the 25 moves `common_words_share`.
"""

from __future__ import annotations

import math
from collections import Counter
from operator import itemgetter

from hypothesis import given, settings
from hypothesis import strategies as st

from curate.stages.boilerplate import features, line_words
from curate.stages.boilerplate.line_words import WordModel, terms


def _top_by_sorting(frequency: Counter, top: int) -> set[str]:
    """The definition: a stable sort by count, highest first, ties in the order first met."""
    ranked = sorted(frequency.items(), key=itemgetter(1), reverse=True)
    return {word for word, _ in ranked[:top]}


# keys of few distinct words, some empty: ties at the 25th count, words shared with the body
KEYS = st.lists(
    st.lists(st.sampled_from([f"w{n}" for n in range(40)] + ["0", "2019"]), max_size=30).map(
        " ".join
    ),
    min_size=1,
    max_size=14,
)


@settings(max_examples=300, deadline=None)
@given(KEYS, st.data())
def test_vocabulary_matches_the_joined_text_definition(keys: list[str], data) -> None:
    """The counts, the body's words and the first line's, from each key split once, are those
    of the keys joined and split (as the columns were defined), and so are the columns."""
    body = sorted(data.draw(st.sets(st.integers(0, len(keys) - 1))))
    ours = features._Vocabulary(tuple(keys), body)
    body_words = set(" ".join(keys[i] for i in body).split())
    common = _top_by_sorting(Counter(" ".join(keys).split()), features._Vocabulary.COMMON)
    first = set(keys[0].split())
    assert (ours.body_words, ours.common, ours.first) == (body_words, common, first)
    for i, key in enumerate(keys):
        words = key.split()
        if not words:
            assert ours.columns(i) == [-1.0, -1.0, -1.0]
            continue
        long = {w for w in words if len(w) >= 4 and not w.isdigit()}
        assert ours.columns(i) == [
            len(long & body_words) / len(long) if long else -1.0,
            sum(1 for w in words if w in common) / len(words),
            len(set(words) & first) / len(set(words)) if i > 0 else -1.0,
        ]


def _margin_by_definition(words: WordModel, line: str) -> float:
    counts = Counter(term for term in terms(line) if term in words.weights)
    if not counts:
        return words.bias
    norm = math.sqrt(sum(c * c for c in counts.values()))
    return words.bias + sum(words.weights[t] * c for t, c in counts.items()) / norm


def test_a_kept_margin_is_the_margin_and_the_store_stays_bounded(monkeypatch) -> None:
    monkeypatch.setattr(line_words, "MARGINS_MAX", 8)
    words = WordModel(bias=-0.5, weights={"photo": 1.25, "afp": 0.5, "photo afp": 2.0})
    lines = [f"Photo: AFP {n} photo" if n % 2 else f"Line {n}" for n in range(30)]
    for _ in range(2):  # the second pass reads what the first kept (or measures it again)
        for line in lines:
            assert words.margin(line) == _margin_by_definition(words, line)
            assert len(words._margins) <= 8
    # two models keep their own margins: the same line, another weight
    other = WordModel(bias=0.0, weights={"photo": -1.0})
    assert other.margin("Photo: AFP 1 photo") == _margin_by_definition(other, "Photo: AFP 1 photo")
    assert words.margin("Photo: AFP 1 photo") == _margin_by_definition(words, "Photo: AFP 1 photo")
