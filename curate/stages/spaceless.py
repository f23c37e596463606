"""Words of scripts written without spaces (Chinese, Japanese, Thai...), estimated.

Counting words by whitespace makes a 1,117-character Japanese article "42 words" (aeb benchmark,
note100yen.com). A whitespace word is cut at each run of such a script's characters; a run counts
as its characters divided by the script's average word length (`curate/data/
spaceless_scripts.yaml`, with where each figure comes from), at least one word; the rest of the
whitespace word ("iPhone" in "iPhoneを") counts as a word when it has a letter or a digit.
No dictionary, no segmenter: a count, not a segmentation.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from curate.resources import data_file

# a piece of a whitespace word between runs that counts as a word: one with a letter or digit
# ("2019" in "2019年", "iPhone" in "iPhoneを"); "、" between two runs does not
_WORDLIKE = re.compile(r"[^\W_]")
_ASCII = bytes(range(0x80))


@dataclass(frozen=True)
class Scripts:
    """The scripts' character class and each character's share of a word."""

    run: re.Pattern[str]  # one run of characters of the scripts
    char: re.Pattern[str]  # one character of them: `search` is twice as fast without the `+`
    bounds: tuple[tuple[int, int, float], ...]  # (first, last code point, 1 / chars_per_word)


@functools.cache
def scripts() -> Scripts:
    table = data_file("spaceless_scripts.yaml")["scripts"]
    bounds = []
    for spec in table.values():
        weight = 1.0 / float(spec["chars_per_word"])
        bounds.extend((int(low), int(high), weight) for low, high in spec["ranges"])
    bounds.sort()
    klass = "".join(f"\\U{low:08x}-\\U{high:08x}" for low, high, _ in bounds)
    # `char` scans for one range from the scripts' first code point to their last, a test a
    # character, and checks the class behind a character found: the class's 29 ranges were
    # tried in turn at every character of a Latin text (a fifth of the quality stage)
    span = f"\\U{bounds[0][0]:08x}-\\U{max(high for _, high, _ in bounds):08x}"
    return Scripts(re.compile(f"[{klass}]+"), re.compile(f"[{span}](?<=[{klass}])"), tuple(bounds))


@functools.cache
def _weight(char: str) -> float:
    """A character's share of a word: 1 / its script's chars_per_word."""
    code = ord(char)
    return next((w for low, high, w in scripts().bounds if low <= code <= high), 0.0)


@dataclass(frozen=True)
class Split:
    """A text's words with the runs of spaceless scripts counted by their estimate."""

    spaced: list[str]  # whitespace words and the word-like pieces between runs
    runs: list[str]  # the runs of spaceless scripts
    estimated: int  # the runs' words: sum of max(1, characters / chars_per_word), rounded


def has_spaceless(text: str) -> bool:
    """Whether the text has a character of a script written without spaces: searched among
    its non-ASCII characters alone (its UTF-8 less the ASCII bytes, three passes in C at
    memory speed), where the scan of the whole text tested each of a Latin text's
    characters."""
    if text.isascii():
        return False
    rest = text.encode("utf-8", "surrogatepass").translate(None, _ASCII)
    return scripts().char.search(rest.decode("utf-8", "surrogatepass")) is not None


def split_words(words: list[str]) -> Split:
    """Whitespace words cut at runs of spaceless scripts; the runs' words estimated."""
    pattern = scripts().run
    spaced: list[str] = []
    runs: list[str] = []
    for word in words:
        found = pattern.findall(word) if not word.isascii() else []
        if not found:
            spaced.append(word)
            continue
        runs.extend(found)
        spaced.extend(p for p in pattern.split(word) if _WORDLIKE.search(p))
    estimate = sum(max(1.0, sum(map(_weight, run))) for run in runs)
    return Split(spaced, runs, int(estimate + 0.5))
