"""Session 53's cheaper ways of the middle stages give what the ways they replace gave.

Each test builds many texts of the shapes the rewritten step reads (runs of spaces, lines
in capitals, headed lines, long paragraphs) and compares the new step with the old one,
kept here as the reference; hostile inputs finish (no runaway search).
"""

from __future__ import annotations

import random
import re

import pytest
import xxhash

from curate.corpus import line_keys
from curate.corpus.common_lines import CommonLineRemover
from curate.corpus.line_keys import heads_of, squeezed, word_lines
from curate.corpus.other_titles import ends_sentence
from curate.document import Document
from curate.stages import metadata, metadata_shapes
from curate.stages.metadata_shapes import UP

PIECES = [
    "WASHINGTON",
    "SAN DIEGO, Calif.",
    "Paris (AFP)",
    "By Jane Doe",
    "the minister said.",
    "“Quoted,” he said.",
    "ÉCOLE",
    "Łódź",
    "2026",
    "  ",
    " ",
    "\t",
    "\n",
    "\n\n",
    ",",
    "(Reuters) -",
    "Altre notizie di Cronaca",
    "Last updated 9:05 a.m. CT, March 21",
    "View original content:",
    "a",
    "Ü",
    "/",
    "—",
    "ОБНОВЛЕНО",
    "京",
    "(Photo by Jane Doe/Getty Images)",
    "© 2024 Reuters",
]


def _texts(count: int, seed: int = 53) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(PIECES) + rng.choice(["", " ", "\n"]) for _ in range(rng.randint(0, 40)))
        for _ in range(count)
    ]


def test_squeezed_is_the_runs_of_spaces_made_one():
    rng = random.Random(1)
    old = re.compile(b"  +")
    cases = [b"", b" ", b"  ", b"   ", b"a  b   c    d", b" " * 1025, b"\n  \n   "]
    cases += [bytes(rng.choice(b"  a\n0_") for _ in range(rng.randint(0, 60))) for _ in range(3000)]
    for data in cases:
        assert squeezed(data) == old.sub(b" ", data)


def test_squeezed_finishes_on_a_long_run():
    data = b" " * 100_000 + b"x" + b" " * 99_999
    assert squeezed(data) == b" x "


def test_standing_candidates_are_the_multiline_search():
    old = re.compile(rf"^[ \t]*([{UP}][^a-z\n,(/]{{0,40}}(?:[,(/].{{0,80}})?)$", re.M)
    for text in _texts(3000):
        assert metadata_shapes.Shapes.standing_candidates(text) == old.findall(text)
    hostile = "A" * 100_000 + "\n" + " \t" * 50_000
    assert metadata_shapes.Shapes.standing_candidates(hostile) == old.findall(hostile)


def test_credit_head_is_the_inline_pattern():
    old = r"^[\s(\[—–-]*(?:©|\(c\)|copyright)?\s*(?:\d{4}\s*)?"
    for text in [*_texts(2000), "(c) 2024 AP", "COPYRIGHT 1999 x", "— © Reuters"]:
        assert metadata_shapes._CREDIT_HEAD.sub("", text) == re.sub(old, "", text, flags=re.I)


def _old_prose(text: str) -> bool:
    return len(text.split()) >= 6 and metadata._is_sentence(text) and any(c.islower() for c in text)


def test_prose_counts_words_as_before():
    for text in _texts(3000):
        for line in text.split("\n"):
            line = line.strip()
            assert metadata._prose(line) == _old_prose(line)


_OLD_CITED = re.compile(r"[.!?…][\"'”’»]?\s*\([^()]{1,60}\)$")


def _old_is_sentence(text: str) -> bool:
    return text[-1] in metadata.ENDS or _OLD_CITED.search(text) is not None


class _OldClassify(metadata.BylineExtractor):
    """`_classify` as it was: every word of the line counted, the sentence test after."""

    def _classify(self, line, start, first):
        stripped = line.strip()
        words = len(stripped.split())
        if not stripped or words > self.max_words or (words > 12 and _old_is_sentence(stripped)):
            return self._clause(line, start) if first else None
        item = self._shapes.line(stripped, self.kinds)
        if item is not None:
            return item.at(start, start + len(line))
        return self._clause(line, start) if first else None


@pytest.mark.parametrize("max_words", [1, 5, 11, 12, 13, 40])
def test_classify_as_before(max_words):
    """`_classify` counts a line's words only as far as its tests read: the same items."""
    new, old = metadata.BylineExtractor(max_words=max_words), _OldClassify(max_words=max_words)
    lines = [line for text in _texts(600) for line in text.split("\n")]
    lines += ["word " * n + end for n in range(0, 60, 3) for end in ("end.", "end", "(AP)", ")")]
    lines += ["Weiter so. (Quelle: SWR)", "(Quelle: SWR)", "x)", ")"]
    for line in lines:
        for first in (True, False):
            assert new._classify(line, 0, first) == old._classify(line, 0, first), line
    for line in lines:
        if line.strip():
            assert metadata._is_sentence(line.strip()) == _old_is_sentence(line.strip())


def _old_heads_of(lines, spaced, head_words, max_words):
    heads = []
    low, high = line_keys.HEAD_MIN_WORDS - 1, max_words - 1
    for number, line in enumerate(spaced):
        kept = line.strip()
        if not low <= kept.count(b" ") <= high or line_keys._SENTENCE_END.search(
            lines[number][-8:]
        ):
            continue
        parts = line_keys._NUMBER.sub(b"0", kept).split(b" ")
        head = b" ".join(parts[: min(len(parts) - 1, head_words)])
        if head.strip(b"0_ "):
            heads.append((number, len(parts), xxhash.xxh3_64_intdigest(head, line_keys.HEAD_SEED)))
    return heads


def test_heads_of_as_before():
    for text in _texts(2000):
        lines, spaced = text.split("\n"), word_lines(text)
        for head_words, max_words in ((4, 12), (1, 3), (2, 80)):
            assert heads_of(lines, spaced, head_words, max_words) == _old_heads_of(
                lines, spaced, head_words, max_words
            )


@pytest.mark.parametrize("max_words", [2, 80])
def test_common_lines_sketch_heads_as_heads_of(max_words):
    """The sketch keys heads in its own pass: the heads `heads_of` gives, summed by key in
    order, whatever `max_words` skips."""
    stage = CommonLineRemover(heads=True, count_removed=True, max_words=max_words)
    for n, text in enumerate(_texts(1500)):
        sketch = stage.sketch(Document(id=str(n), text=text))
        expected: dict[int, int] = {}
        for _number, words, key in heads_of(text.split("\n"), word_lines(text), *stage._head):
            expected[key] = expected.get(key, 0) + words
        assert sketch.heads == tuple(expected.items())


def test_other_titles_sentence_end_is_the_search():
    old = re.compile(r"[.!?…][\"'”’»)]?\s*$")
    ends = [
        ".",
        "!",
        "?",
        "…",
        '"',
        "'",
        "”",
        "’",
        "»",
        ")",
        " ",
        "\u00a0",
        "\t",
        "a",
        "\n",
        "\u2028",
    ]
    rng = random.Random(7)
    cases = [*_texts(1000), *(line for text in _texts(1000) for line in text.split("\n"))]
    cases += ["".join(rng.choice(ends) for _ in range(rng.randint(0, 6))) for _ in range(5000)]
    for line in cases:
        assert ends_sentence(line) == (old.search(line) is not None), repr(line)


def test_language_matrix_rows_as_filled_one_at_a_time():
    """The factory writes the rows it made since the matrix was last read all at once: each
    row holds what the profile table's `fill` writes for its n-gram alone."""
    import numpy as np

    from curate.stages.language import LanguageLabeler

    stage = LanguageLabeler()
    texts = [
        "The minister said the talks would resume on Tuesday in Geneva.",
        "Le ministre a déclaré que les pourparlers reprendraient mardi à Genève.",
        "Der Minister sagte, die Gespräche würden am Dienstag in Genf fortgesetzt.",
        "Министр заявил, что переговоры возобновятся во вторник в Женеве.",
        "部长说，会谈将于星期二在日内瓦恢复。",
        "Ο υπουργός δήλωσε ότι οι συνομιλίες θα συνεχιστούν την Τρίτη.",
    ]
    stage.process_batch([Document(id=str(n), text=text) for n, text in enumerate(texts)])
    for text in texts:
        stage.detect(text + " " + text[::-1])
    factory = stage._factory
    matrix = factory.matrix
    assert not factory._unfilled and factory.rows
    for gram, row in factory.rows.items():
        alone = np.zeros(matrix.shape[1])
        factory.word_lang_prob_map.fill(gram, alone)
        assert matrix[row].tobytes() == alone.tobytes(), gram
    assert not matrix[len(factory.rows) :].any()


def test_has_spaceless_as_the_whole_text_searched():
    """Searched among the non-ASCII characters alone, with the scripts' span scanned first:
    the answer of the class searched over the whole text."""
    from curate.stages import spaceless

    bounds = spaceless.scripts().bounds
    klass = "".join(f"\\U{low:08x}-\\U{high:08x}" for low, high, _ in bounds)
    old = re.compile(f"[{klass}]")
    rng = random.Random(3)
    edges = [chr(c) for low, high, _ in bounds for c in (low - 1, low, high, high + 1)]
    alphabet = [*edges, "a", " ", "\n", "é", "’", "Ж", "\ud800", "😀", "\U00020000", "の"]
    cases = [*_texts(500)]
    cases += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(5000)]
    for text in cases:
        assert spaceless.has_spaceless(text) == (old.search(text) is not None), repr(text)


def test_unicode_special_held_as_the_whole_text_searched():
    """The unicode stage asks whether a character rule applies among a text's characters other
    than printable ASCII and the line break: the answer of the class searched in the whole
    text (every code point, and made-up texts)."""
    from curate.stages import unicode as stage_module

    stage = stage_module.UnicodeRepair()
    special = stage._patterns["special"]
    assert not stage._special_whole
    for c in range(0x110000):
        char = chr(c)
        assert stage_module._holds(special, char) == (special.search(char) is not None), c
    rng = random.Random(5)
    alphabet = ["a", " ", "\n", "\t", "\r", "\u00a0", "\u200b", "\u2028", "\x85", "\x00", "é", "’"]
    alphabet += ["\ud800", "😀", "\x7f", "~"]
    for text in [*_texts(500), *("".join(rng.choices(alphabet, k=9)) for _ in range(3000))]:
        assert stage_module._holds(special, text) == (special.search(text) is not None), text


def test_unicode_class_with_printable_ascii_searched_whole():
    from curate.stages.unicode import _touches_printable

    assert _touches_printable(re.compile("[ \u00a0]"))
    assert _touches_printable(re.compile("[\n\u2028]"))
    assert not _touches_printable(re.compile("[\t\u00a0]"))


def test_unicode_safe_everywhere_as_the_unsafe_search():
    """ftfy is skipped for a text in normal form whose characters are safe alone and stand
    apart: exactly when the search for an unsafe character finds none."""
    from curate.stages import unicode as stage_module

    stage = stage_module.UnicodeRepair()
    unsafe = stage._patterns["unsafe_normalized"]
    rng = random.Random(11)
    alphabet = ["a", " ", "\n", "\t", "é", "’", "“", "—", "€", "Ã", "Â", "Ĳ", "ŉ", "Ł", "ó", "d"]
    alphabet += ["\u00a0", "\x85", "\x00", "\x7f", "~", "😀", "\ud800", "京", "Ж", "\u2028"]
    cases = [*_texts(1000), "", "abc", "Zürich café", "Łódź", "don’t “quote” — end"]
    cases += ["".join(rng.choices(alphabet, k=rng.randint(1, 12))) for _ in range(20000)]
    for text in cases:
        assert stage._safe_everywhere(text) == (unsafe.search(text) is None), repr(text)
    for c in range(0x110000):
        text = "a" + chr(c) + "b"
        assert stage._safe_everywhere(text) == (unsafe.search(text) is None), c
