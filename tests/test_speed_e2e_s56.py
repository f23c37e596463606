"""Session 56's end-to-end speed cuts answer as the ways they replaced (issue 14).

`line_keys.squeezed` squeezes a long buffer's runs of spaces by one numpy pass and a short one
by `bytes.replace` passes: both must give `re.sub(b"  +", b" ", data)` on any buffer, at any
length around the switch between them, with runs at the ends, between lines and long runs.
"""

from __future__ import annotations

import random
import re

import pytest

from curate.corpus import line_keys
from curate.corpus.line_keys import SQUEEZE_ARRAY, _squeezed_by_passes, squeezed, word_lines

_RUNS = re.compile(b"  +")

TEXTS = [
    "Breaking: the   council, in a vote (7-2), said  “no” to   the plan.\n\n  Officials , said",
    "  leading spaces and trailing ones   \n   \n\tTabs\tand – dashes — and… dots...  ",
    "Ünïcödé   Straße ΣΊΣΥΦΟΣ  İstanbul ﬁnance ½ ٣ 東京  都\n—\n* * *\n2019 , 2020",
    "Москва,  Россия — В понедельник   министр заявил.\nПодробнее:  читайте",
]


def _buffers(seed: int, count: int) -> list[bytes]:
    """Made-up buffers of spaces, letters, newlines and other bytes, of many lengths."""
    rng = random.Random(seed)
    alphabet = [b" "] * 6 + [b"a", b"b", b"0", b"_", b"\n", b"\xc3\xa9", b"  ", b"    "]
    out = [b"", b" ", b"  ", b"a", b" " * (SQUEEZE_ARRAY + 5), b"x" * SQUEEZE_ARRAY]
    for _ in range(count):
        size = rng.choice([1, 2, 7, 63, SQUEEZE_ARRAY - 1, SQUEEZE_ARRAY, SQUEEZE_ARRAY + 1, 3000])
        out.append(b"".join(rng.choice(alphabet) for _ in range(size))[: size + 3])
    return out


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_squeezed_is_the_regex_on_every_buffer(seed):
    for data in _buffers(seed, 150):
        assert squeezed(data) == _RUNS.sub(b" ", data), data[:80]
        assert _squeezed_by_passes(data) == _RUNS.sub(b" ", data)


def test_both_ways_agree_on_long_texts_at_the_switch():
    for text in TEXTS:
        data = line_keys._folded_text(text * 40)
        for size in (SQUEEZE_ARRAY - 1, SQUEEZE_ARRAY, SQUEEZE_ARRAY + 1, len(data)):
            piece = data[:size]
            assert squeezed(piece) == _squeezed_by_passes(piece) == _RUNS.sub(b" ", piece)


def test_word_lines_of_long_texts_are_the_words_of_each_line():
    for text in TEXTS:
        long = (text + "\n") * 30
        lines = word_lines(long)
        assert len(lines) == len(long.split("\n"))
        for line, spaced in zip(long.split("\n"), lines, strict=True):
            assert spaced.strip() == line_keys.squeezed(line_keys._folded_text(line)).strip()
            assert b"  " not in spaced


def test_a_long_run_of_spaces_is_one_space():
    data = b"a" + b" " * 100_000 + b"b\n" + b" " * 50_000
    assert squeezed(data) == b"a b\n "
