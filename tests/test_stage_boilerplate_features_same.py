"""`features.matrix` gives the very floats it gave before it was made faster.

The line model's trees compare each column with a threshold: a column off by one unit in the
last place can move a line across a split, so the rows must be equal bit for bit (and of the
same type), not close. The oracle below is the implementation as it was before the speed-up
(per-line `map(str.isdigit, ...)` counts, a `Counter` of keys, distances by a scan), kept here
only to check the fast one against it on generated news, the seeds, furniture-shaped lines and
arbitrary Unicode.
"""

from __future__ import annotations

import math
import random
import re
from collections import Counter
from itertools import accumulate
from operator import itemgetter

from hypothesis import given, settings
from hypothesis import strategies as st

from curate.document import line_key
from curate.stages.boilerplate import continuity, features
from curate.stages.boilerplate.features import (
    ADDRESS,
    BODY_WORDS,
    CLOSING,
    CREDIT,
    DATE,
    ENDS,
    FAR,
    IN_TITLE,
    REPEATS,
    SENTENCE_BREAK,
    SEPARATORS,
    SHORT_WORDS,
    TIME,
    TITLE_OVERLAP,
    VOCABULARY,
    WORD,
    YEAR,
    ZONE,
    Judged,
    _ends_sentence,
    _Shape,
)
from curate.synth import news_corpus
from tests.conftest import SEED_000, SEED_003, hostile_text, seed_paragraphs
from tests.test_speed_boilerplate_s55 import CODE_SHIFT, GATHER

# The oracle: features.matrix before the speed-up ---------------------------------------------


def _old_line_shape(line: str, title_words: frozenset[str]) -> list[float]:
    shape = _old_measure(line)
    columns = shape.columns.copy()
    folded = shape.folded
    if title_words:
        columns[TITLE_OVERLAP] = len(folded & title_words) / len(folded | title_words)
        columns[IN_TITLE] = len(folded & title_words) / len(folded) if folded else 0.0
    return columns


def _old_measure(line: str) -> _Shape:
    stripped = line.rstrip(CLOSING).rstrip()
    last = stripped[-1:] if stripped else ""
    words = WORD.findall(line)
    tokens = line.split()
    count = len(tokens)
    alpha = len(words) or 1
    chars = len(line) or 1
    # one pass over the words for every count made of them
    capitalised = upper = short_lower = letters = best = run = 0
    for w in words:
        letters += len(w)
        if w[0].isupper():
            capitalised += 1
            run += 1
            if run > best:
                best = run
            if len(w) > 1 and w.isupper():
                upper += 1
        else:
            run = 0
            if len(w) <= 3 and w.islower():
                short_lower += 1
    # counted by C loops (`map`): a character is never both alphanumeric and a space
    digits = sum(map(str.isdigit, line))
    marks = len(line) - sum(map(str.isalnum, line)) - sum(map(str.isspace, line))
    first = line.lstrip()[:1]
    first_letter = next((c for c in line if c.isalpha()), "")
    columns = [
        math.log1p(count),
        math.log1p(len(line)),
        float(bool(last) and last in ENDS),
        float(last == ":"),
        float(bool(last) and not last.isalnum() and last not in ENDS and last != ":"),
        capitalised / alpha,
        upper / alpha,
        short_lower / alpha,
        digits / chars,
        marks / chars,
        letters / alpha,
        # each pattern is searched only where the characters it needs occur (same values)
        float(digits > 0 and DATE.search(line) is not None),
        float(digits > 0 and TIME.search(line) is not None or ZONE.search(line) is not None),
        float(digits > 0 and YEAR.search(line) is not None),
        min(len(SEPARATORS.findall(line)), 5.0) if _old_has(line, "|•·/–—»>") else 0.0,
        float(_old_has(line, "/©(v") and CREDIT.search(line) is not None),
        float(_old_has(line, "@:w") and ADDRESS.search(line) is not None),
        best / count if count else 0.0,
        min(len(SENTENCE_BREAK.findall(line)), 10.0) if _old_has(line, ".!?…") else 0.0,
        float(bool(first) and not first.isalnum() and first not in "\"'“‘(«"),
        float(first_letter.islower()),
        float(any(q in line for q in '"“”«»„')),
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
    ]
    return _Shape(columns, frozenset(map(str.casefold, words)))


def _old_has(line: str, characters: str) -> bool:
    return any(character in line for character in characters)


def _old_matrix(
    lines: list[str],
    title: str | None,
    linked: set[str] | frozenset[str] | None = None,
    html: bool = False,
    captioned: set[str] | frozenset[str] | None = None,
) -> Judged:
    """One row of `names(html)` per line the model judges, of a document (the lines left)."""
    title_words = frozenset(w.casefold() for w in WORD.findall(title)) if title else frozenset()
    total = len(lines)
    words = [len(line.split()) for line in lines]
    ends = [_ends_sentence(line) for line in lines]
    body = [i for i in range(total) if words[i] >= BODY_WORDS and ends[i]]
    body_set = set(body)
    judged = [i for i in range(total) if i not in body_set]
    if not judged:  # all body paragraphs: nothing to judge, no row
        return Judged([], [])
    keys = [line_key(line) for line in lines]
    counts = Counter(keys)
    vocabulary = _OldVocabulary(keys, body)
    first_body, last_body = (body[0], body[-1]) if body else (total, -1)
    above = _old_distances(body, total, forward=True)
    below = _old_distances(body, total, forward=False)
    short = [words[i] <= SHORT_WORDS and not ends[i] for i in range(total)]
    runs = _old_run_lengths(short)
    flags = [key in linked for key in keys] if html and linked else [False] * total
    linked_share = sum(flags) / total if total else 0.0
    caption = [key in captioned for key in keys] if html and captioned else [False] * total
    all_words = sum(words) or 1
    median = sorted(words)[total // 2] if total else 1
    log_median = math.log1p(median)
    # running sums: words above each line, body paragraphs above each line (exact integers)
    words_above = [0, *accumulate(words)]
    body_above = [0, *accumulate(i in body_set for i in range(total))]
    # the `continuity` columns: one function for every maker of rows
    carries_on = (
        continuity.columns(
            continuity.words_of(keys),
            [i in body_set for i in range(total)],
            judged,
            [continuity.start_of(line) for line in lines],
            [len(line) for line in lines],
        )
        if continuity.names(html)
        else [[]] * len(judged)
    )
    rows = []
    for i, continued in zip(judged, carries_on, strict=True):
        row = _old_line_shape(lines[i], title_words)
        row[REPEATS] = float(counts[keys[i]] > 1)
        row[VOCABULARY : VOCABULARY + 3] = vocabulary.columns(i)
        previous, following = i - 1, i + 1
        low, high = max(0, i - 3), min(total, i + 4)
        row += [
            float(i < first_body),
            float(i > last_body),
            float(first_body < i < last_body),
            math.log1p(above[i]),
            math.log1p(below[i]),
            math.log1p(runs[i]),
            math.log1p(words[previous]) if previous >= 0 else -1.0,
            math.log1p(words[following]) if following < total else -1.0,
            float(ends[previous]) if previous >= 0 else -1.0,
            float(ends[following]) if following < total else -1.0,
            float(previous in body_set) if previous >= 0 else -1.0,
            float(following in body_set) if following < total else -1.0,
            words_above[i] / all_words,
            math.log1p(words[i]) - log_median,
            math.log1p(words_above[high] - words_above[low] - words[i]),
            float(body_above[high] - body_above[low]),  # line i is no body paragraph
        ]
        row += continued
        if html:
            row += [
                float(flags[i]),
                float(flags[previous]) if previous >= 0 else 0.0,
                float(flags[following]) if following < total else 0.0,
                linked_share,
                float(caption[i]),
                float(
                    (previous >= 0 and caption[previous])
                    or (following < total and caption[following])
                ),
            ]
        rows.append(row)
    return Judged(judged, rows)


class _OldVocabulary:
    """The document's own words, for the columns that ask whether a line speaks of the story.

    - `body_words_share`: share of the line's words of 4+ letters that stand in the body
      paragraphs: a subheading or a caption names what the story names, a
      menu, a byline or another story's headline does not;
    - `common_words_share`: share of the line's words among the document's 25 most frequent (its
      language's function words, learned from the document itself: no list of any language);
    - `first_line_overlap`: share of the line's words in the first line (the headline of plain
      text).
    """

    COMMON = 25

    def __init__(self, keys: list[str], body: list[int]) -> None:
        self.keys = keys
        # the body's words between spaces: " word " in it is `word` among them (no set built:
        # a few words of the judged lines are looked up, of hundreds)
        self.body_text = f" {' '.join([keys[i] for i in body])} "
        frequency = Counter(" ".join(keys).split())
        # `most_common`, by one C sort (ties in the order first met, as there)
        ranked = sorted(frequency.items(), key=itemgetter(1), reverse=True)
        self.common = {word for word, _ in ranked[: self.COMMON]}
        self.first = set(keys[0].split()) if keys else set()

    def columns(self, i: int) -> list[float]:
        words = self.keys[i].split()
        if not words:
            return [-1.0, -1.0, -1.0]
        long = {w for w in words if len(w) >= 4 and not w.isdigit()}
        body = self.body_text
        in_body = sum(1 for w in long if f" {w} " in body) / len(long) if long else -1.0
        common = sum(1 for w in words if w in self.common) / len(words)
        first = len(set(words) & self.first) / len(set(words)) if i > 0 else -1.0
        return [in_body, common, first]


def _old_distances(marks: list[int], total: int, forward: bool) -> list[int]:
    """For each line, the distance to the nearest marked line above (`forward`) or below."""
    result = [FAR] * total
    marked = set(marks)
    order = range(total) if forward else range(total - 1, -1, -1)
    last = None
    for i in order:
        if last is not None:
            result[i] = min(abs(i - last), FAR)
        if i in marked:
            last = i
    return result


def _old_run_lengths(flags: list[bool]) -> list[int]:
    """For each line, the length of the run of flagged lines it stands in (0: not flagged)."""
    result = [0] * len(flags)
    i = 0
    while i < len(flags):
        if not flags[i]:
            i += 1
            continue
        j = i
        while j < len(flags) and flags[j]:
            j += 1
        for k in range(i, j):
            result[k] = j - i
        i = j
    return result


# The checks ----------------------------------------------------------------------------------


def _same(lines: list[str], title: str | None, linked: set[str] | None, html: bool) -> None:
    # the lines the reader gave to an image: none, then every third from the second
    for captioned in (None, {line_key(line) for line in lines[1::3]}):
        old = _old_matrix(lines, title, linked, html, captioned)
        # a plain text's rows end with the `island` columns (none while `island.PLAIN` is off)
        islands = features.island_columns(lines, old.index, html)
        if islands:
            rows = [row + more for row, more in zip(old.rows, islands, strict=True)]
            old = Judged(old.index, rows)
        # ... then the `reader_address` columns (none while `reader_address.ON` is off)
        addressed = features.reader_address_columns(lines, old.index, html)
        if addressed:
            rows = [row + more for row, more in zip(old.rows, addressed, strict=True)]
            old = Judged(old.index, rows)
        if features.credit_names():  # and with `credit_below.ON` the `beside_credit` column
            old = Judged(old.index, [row + [0.0] for row in old.rows])
        expected = repr(old)  # 0 and 0.0 differ
        assert repr(features.matrix(lines, title, linked, html, captioned)) == expected
        # again, from the shapes and facts kept of the first call
        assert repr(features.matrix(lines, title, linked, html, captioned)) == expected


def _document_lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def test_generated_news_rows_are_the_old_rows_bit_for_bit():
    for number, doc in enumerate(news_corpus(300, seed=14)):
        lines = _document_lines(doc["text"])
        linked = {line_key(line) for line in lines[number % 3 :: 3]}
        _same(lines, doc.get("title"), None, False)
        _same(lines, None, linked, True)
        _same(lines[1:], doc.get("title"), linked, number % 2 == 0)  # a later model round


def test_seed_rows_are_the_old_rows_bit_for_bit():
    for seed in (SEED_000, SEED_003):
        lines = _document_lines(seed.read_text(encoding="utf-8"))
        for title in (None, lines[0], "North Korea fires a missile"):
            _same(lines, title, None, False)
            _same(lines, title, {line_key(line) for line in lines[::2]}, True)


# lines of the shapes the columns look for, and characters the fast counts must class right:
# digits of other scripts ("٣", "²"), numbers that are no digits ("½"), separators that are
# spaces ("\x1c", NBSP, "\u2028"), a lone surrogate, zones and times
SHAPED = [
    "By Jane Doe | Reuters",
    "Updated 14 Jan 2008, 10:30 a.m. EST",
    "Photo: AFP / Getty Images ©",
    "Follow us on Twitter @curate",
    "https://www.example.com/news/2019/11/19/story",
    "Read more: Looted colonial art",
    "SEOUL, Nov. 29 (Yonhap) --",
    "« Citation » — dit-il.",
    "١٢ ٣٤٥ ² ½ Ⅻ x\x1cy\x1dz\x1e\x1f",
    "\u00a0\u2028\u3000 spaced \u200b out \t",
    "lone \ud800 surrogate 12:30 UTC",
    "T",
    "GMT+1 CEST CET 09.45 12h30 pm",
    "",
    "“Quoted,” she said.",
    "ALL CAPS HEADLINE ABOUT 2019",
    "- list item",
]
LINES = st.one_of(
    st.sampled_from(SHAPED),
    st.sampled_from(seed_paragraphs(0)),
    hostile_text,
    st.lists(st.sampled_from(SHAPED + ["the", "Korea", "2019", ".", ":"]), max_size=30).map(
        " ".join
    ),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(LINES, min_size=1, max_size=24), st.booleans(), st.sampled_from([None, 0, 1]))
def test_any_lines_give_the_old_rows_bit_for_bit(lines, html, title_from):
    title = None if title_from is None else (lines[0] if title_from == 0 else "Korea 2019 News")
    linked = {line_key(line) for line in lines[1::2]}
    _same(lines, title, linked, html)


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(), st.sampled_from(SHAPED), hostile_text))
def test_character_classes_are_the_str_methods_counts(line):
    assert features._classes(line) == (
        sum(map(str.isdigit, line)),
        sum(map(str.isalnum, line)),
        sum(map(str.isspace, line)),
    )


def test_every_character_is_classed_like_the_str_methods():
    # all of Unicode at once, a few thousand characters a line
    characters = [chr(code) for code in range(0x110000)]
    random.Random(14).shuffle(characters)
    for start in range(0, len(characters), 4096):
        line = "".join(characters[start : start + 4096])
        assert features._classes(line) == (
            sum(map(str.isdigit, line)),
            sum(map(str.isalnum, line)),
            sum(map(str.isspace, line)),
        )


def test_the_rules_measure_each_line_once_for_the_model():
    """The stage's rules split and key every line; the model's rows read the same facts."""
    from curate.stages.boilerplate import BoilerplateRemover
    from tests.conftest import run_stage

    features._FACTS.clear()
    text = SEED_003.read_text(encoding="utf-8")
    run_stage(BoilerplateRemover(rules=("caption", "page_repeat")), text)
    lines = _document_lines(text)
    assert all(line in features._FACTS for line in lines)
    assert [features._FACTS[line] for line in lines] == [
        (len(line.split()), _ends_sentence(line), line_key(line)) for line in lines
    ]


# The line model's scores: a tree's test outcomes read as one number --------------------------


def test_eight_outcomes_read_as_one_uint64_give_their_code():
    # the slot-by-slot scoring before s55-speed (the reference `test_speed_boilerplate_s55`
    # checks the model against): times GATHER, byte k of the uint64 lands at bit 56 + k and
    # no other product reaches bits 56-63
    import numpy as np

    patterns = np.array([[code >> k & 1 for k in range(8)] for code in range(256)], dtype=bool)
    codes = (patterns.view("<u8")[:, 0] * GATHER) >> CODE_SHIFT
    assert codes.tolist() == list(range(256))


def _tree_with_splits(rng: random.Random, columns: int, splits: int) -> dict:
    """A tree of exactly `splits` split nodes, 4 levels at most, in scikit-learn's layout."""
    tree = {"feature": [-2], "threshold": [-2.0], "left": [-1], "right": [-1], "value": [0.0]}
    depth = {0: 0}
    for _ in range(splits):
        node = rng.choice([n for n in depth if tree["feature"][n] == -2 and depth[n] < 4])
        tree["feature"][node] = rng.randrange(columns)
        tree["threshold"][node] = round(rng.uniform(-1, 1), 1)
        for side in ("left", "right"):
            tree[side][node] = len(tree["feature"])
            depth[len(tree["feature"])] = depth[node] + 1
            for key, fill in (("feature", -2), ("threshold", -2.0), ("left", -1), ("right", -1)):
                tree[key].append(fill)
            tree["value"].append(round(rng.uniform(-1, 1), 3))
    return tree


def test_trees_of_up_to_ten_splits_score_like_the_walk_down_the_levels():
    # 8 splits or fewer: the uint64 read; 9 and 10: the matmul of the bits; both the walk's
    # scores bit for bit, on values that fall on the thresholds too
    import numpy as np

    from curate.stages.boilerplate.model import TreeModel

    for most in (1, 5, 8, 9, 10):
        rng = random.Random(most)
        trees = [_tree_with_splits(rng, 6, rng.randint(1, most)) for _ in range(30)]
        trees.append(_tree_with_splits(rng, 6, most))
        spec = {"features": [f"f{i}" for i in range(6)], "base": -0.2, "depth": 4}
        model = TreeModel.from_dict({**spec, "trees": trees})
        assert model._paths is not None
        assert (model._paths[2] is None) == (most <= 8)
        rows = [[round(rng.uniform(-1.2, 1.2), 1) for _ in range(6)] for _ in range(200)]
        walked = model.value[np.arange(len(trees))[None, :], model._leaves(np.asarray(rows))]
        expected = 1 / (1 + np.exp(-(-0.2 + walked.sum(axis=1))))
        assert model.scores(rows) == expected.tolist()
        assert [model.scores([row])[0] for row in rows[:10]] == expected[:10].tolist()


def test_the_shipped_models_compare_each_distinct_test_once_and_score_as_slot_by_slot():
    # 3,600 slots, ~1,200 distinct (feature, threshold) tests: each compared once per row
    import numpy as np

    from curate.stages.boilerplate import model as line_model

    rng = np.random.default_rng(7)
    for kind, each in line_model.load().items():
        feature, threshold, _, (table, offsets) = each._paths
        tested, bar, slot = each._tests
        assert len(tested) < len(feature) / 2, kind
        assert (tested[slot] == feature).all() and (bar[slot] == threshold).all(), kind
        # rows whose values fall on the thresholds too, scored slot by slot as before
        rows = rng.normal(size=(300, len(each.names)))
        rows[::2] = threshold[rng.integers(0, len(threshold), size=rows[::2].shape)]
        outcomes = rows.take(feature, axis=1) > threshold
        packed = (outcomes.view("<u8") * GATHER) >> CODE_SHIFT
        codes = packed.view(np.int64) + offsets
        expected = each.base + table.take(codes).sum(axis=1)
        assert each._margins(rows).tobytes() == expected.tobytes(), kind


# A line's key without the regex ----------------------------------------------------------------


ASCII = st.text(alphabet=st.characters(max_codepoint=127))


@settings(max_examples=500, deadline=None)
@given(
    st.one_of(
        ASCII,
        st.lists(st.sampled_from(["a", "Bc", " ", "\t", "\x1c", "\x1f", ".", "\r"])).map("".join),
    )
)
def test_an_ascii_lines_facts_are_its_split_count_its_end_and_its_key(line):
    """ASCII lines are counted and keyed from one encoding (no word objects): what `split`,
    `_ends_sentence` and `line_key` give, "\x1c" to "\x1f" counted as spaces as `str.split`
    counts them (`bytes.split` does not)."""
    features._FACTS.pop(line, None)
    assert features.facts(line) == (
        len(line.split()),
        _ends_sentence(line),
        line_key.__wrapped__(line),
    )


def test_every_ascii_character_counts_words_like_str_split():
    characters = [chr(code) for code in range(128)]
    for joiner in characters:
        for line in (joiner.join(characters), f"a{joiner}b", joiner * 3, f"{joiner}x{joiner}"):
            assert features._measured([line])[0].words == len(line.split()), repr(line)


@settings(max_examples=500, deadline=None)
@given(
    st.one_of(st.text(), st.sampled_from(SHAPED), hostile_text, st.sampled_from(seed_paragraphs(0)))
)
def test_keys_are_line_keys(line):
    assert features._key(line) == line_key.__wrapped__(line)


def test_every_character_keys_like_line_key():
    # each character between word characters, and the characters that are no word characters
    # (the path that reads them as "?") all in one line with ASCII words between them
    characters = [chr(code) for code in range(0x110000)]
    random.Random(14).shuffle(characters)
    for start in range(0, len(characters), 2048):
        chunk = characters[start : start + 2048]
        for line in ("".join(f"Ab{c}" for c in chunk), " ".join(chunk)):
            assert features._key(line) == line_key.__wrapped__(line)
    word = re.compile(r"\w")
    separators = [c for c in characters if not c.isascii() and not word.search(c.casefold())]
    assert len(separators) > 100_000
    for start in range(0, len(separators), 2048):
        line = "x1".join(separators[start : start + 2048])
        assert features._key(line) == line_key.__wrapped__(line)
