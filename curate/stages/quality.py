"""Quality heuristics as labels, and as filters when the recipe asks.

The measures are the well-known ones from Gopher (Rae et al., 2021) and C4, computed in one
pass over the words and lines; each can flag a document, and flags listed in `filter` remove it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from curate.document import Document
from curate.stages.base import MapStage, check_ranges, register
from curate.stages.spaceless import has_spaceless, split_words
from curate.words import whitespace_spaced

# a word with no letter: only digits, punctuation and symbols ("2023", "--", "$5"); matched
# against whole whitespace-separated words
LETTERLESS = re.compile(r"(?:[^\w\s]|[\d_])+")
ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
FLAGS = (
    "too_short",
    "too_long",
    "symbol_ratio",
    "alpha_words",
    "repeated_lines",
    "mean_word_length",
    "bullet_lines",
)


@register
@dataclass(frozen=True)
class QualityFilter(MapStage):
    """Label `quality` (measures and flags); remove documents whose flags are in `filter`."""

    name = "quality"
    min_words: int = 50
    max_words: int = 100_000
    max_symbol_ratio: float = 0.1  # Gopher: "#" and "..." per word
    min_alpha_words: float = 0.8  # Gopher: share of words with a letter
    max_repeated_line_ratio: float = 0.3  # Gopher: share of characters in duplicate lines
    min_mean_word_length: float = 3.0
    max_mean_word_length: float = 10.0
    max_bullet_lines: float = 0.9
    filter: tuple[str, ...] = ("too_short",)

    def __post_init__(self) -> None:
        check_ranges(self, min_words=(0, None), max_words=(max(1, self.min_words), None))
        check_ranges(self, max_symbol_ratio=(0, None), min_alpha_words=(0, 1))
        check_ranges(self, max_repeated_line_ratio=(0, 1), max_bullet_lines=(0, 1))
        check_ranges(self, min_mean_word_length=(0, None))
        check_ranges(self, max_mean_word_length=(self.min_mean_word_length, None))
        unknown = sorted(set(self.filter) - set(FLAGS))
        if unknown:
            raise ValueError(f"quality.filter: unknown flag(s) {unknown}; known: {list(FLAGS)}")

    def measure(self, text: str) -> dict:
        return self._measure(text)[0]

    def _measure(self, text: str) -> tuple[dict, int]:
        """The measures, and how many of the words are estimated (`curate.stages.spaceless`)."""
        spaceless = has_spaceless(text)
        facts = None if spaceless else _spaced_words(text)
        estimated = 0
        if facts is not None:
            n_words, word_chars, letterless = facts
        else:
            words = text.split()  # the same words as `WORD.findall`, without the regex
            n_words = len(words)
            if spaceless:
                # "不正に改造したiPhoneを販売" is one whitespace word: its runs of Han and kana
                # count as their estimated words, "iPhone" as one
                split = split_words(words)
                words, estimated = split.spaced, split.estimated
                n_words = len(words) + estimated
                word_chars = len("".join(words)) + sum(map(len, split.runs))
            else:
                word_chars = len("".join(words))  # the words' characters, counted in C
            # a word starting with an ASCII letter has a letter: only the others go to the regex
            letterless = sum(
                1 for word in words if word[0] not in ASCII_LETTERS and LETTERLESS.fullmatch(word)
            )
        # Gopher's symbols: "#", "…" and non-overlapping "..." (no two can overlap)
        symbols = text.count("#") + text.count("...") + text.count("…")
        lines = list(filter(None, map(str.strip, text.split("\n"))))
        line_chars = sum(map(len, lines))
        # every time a line stands again: its first time is the one the set keeps
        repeated_chars = line_chars - sum(map(len, set(lines)))
        total_chars = line_chars or 1
        bullets = sum(1 for line in lines if line[:1] in "-*•·")
        measures = {
            "words": n_words,
            "mean_word_length": round(word_chars / n_words, 3) if n_words else 0.0,
            "symbol_ratio": round(symbols / n_words, 4) if n_words else 0.0,
            "alpha_words": round((n_words - letterless) / n_words, 4) if n_words else 0.0,
            "repeated_line_ratio": round(repeated_chars / total_chars, 4),
            "bullet_lines": round(bullets / len(lines), 4) if lines else 0.0,
        }
        return measures, estimated

    def flags(self, m: dict, estimated: int = 0) -> list[str]:
        """`estimated`: words counted from runs of scripts written without spaces."""
        # Gopher's 3-10 characters a word is for words between spaces: a Chinese word is about
        # 1.7 characters, so the rule is left out when most words are estimated
        spaced = estimated * 2 < m["words"] or not m["words"]
        checks = {
            "too_short": m["words"] < self.min_words,
            "too_long": m["words"] > self.max_words,
            "symbol_ratio": m["symbol_ratio"] > self.max_symbol_ratio,
            "alpha_words": m["alpha_words"] < self.min_alpha_words,
            "repeated_lines": m["repeated_line_ratio"] > self.max_repeated_line_ratio,
            "mean_word_length": spaced
            and not (
                self.min_mean_word_length <= m["mean_word_length"] <= self.max_mean_word_length
            ),
            "bullet_lines": m["bullet_lines"] > self.max_bullet_lines,
        }
        return [flag for flag in FLAGS if checks[flag]]

    def process(self, doc: Document) -> Document:
        measures, estimated = self._measure(doc.text)
        flags = self.flags(measures, estimated)
        doc.labels["quality"] = {**measures, "flags": flags}
        failed = [f for f in flags if f in self.filter]
        if failed:
            doc.remove(self.name, failed[0], _explain(failed[0], measures, self, estimated))
        return doc


# `str.split`'s ASCII whitespace as " ", ASCII letters as "a", every other byte as "x" (a
# non-ASCII character's bytes, once its whitespace is one space: `words.whitespace_spaced`)
_MARKS = bytes(
    ord(" ")
    if byte < 0x80 and chr(byte).isspace()
    else ord("a")
    if byte < 0x80 and chr(byte) in ASCII_LETTERS
    else ord("x")
    for byte in range(256)
)


def _spaced_words(text: str) -> tuple[int, int, int] | None:
    """`text.split()`'s words: how many, their characters, and how many have no letter, read
    off the marked bytes without making the words (340 str objects a news text, 60% of the
    stage's time): a word opens at a non-space after a space, its characters are the text's
    less its whitespace, and only a word opening with no ASCII letter ("2023", "“Yes", "$5")
    is made, for the regex. None for a text UTF-8 cannot hold (a lone surrogate)."""
    data = whitespace_spaced(text)
    if data is None:
        return None
    marks = data.translate(_MARKS)
    opens_with_other = [0] if marks.startswith(b"x") else []
    found = marks.find(b" x")
    while found >= 0:
        opens_with_other.append(found + 1)
        found = marks.find(b" x", found + 2)
    count = len(opens_with_other) + marks.count(b" a") + marks.startswith(b"a")
    letterless = 0
    for start in opens_with_other:
        end = marks.find(b" ", start)
        word = data[start : end if end >= 0 else len(data)].decode("utf-8")
        letterless += LETTERLESS.fullmatch(word) is not None
    return count, len(text) - marks.count(b" "), letterless


def _explain(flag: str, m: dict, s: QualityFilter, estimated: int = 0) -> str:
    # "12 words (9 estimated from scripts without spaces)": a reader sees why a count is low
    counted = f" ({estimated} estimated from scripts written without spaces)" if estimated else ""
    reasons = {
        "too_short": f"{m['words']} words{counted} < min_words {s.min_words}",
        "too_long": f"{m['words']} words{counted} > max_words {s.max_words}",
        "symbol_ratio": f"symbol ratio {m['symbol_ratio']} > {s.max_symbol_ratio}",
        "alpha_words": f"alphabetic words {m['alpha_words']} < {s.min_alpha_words}",
        "repeated_lines": (
            f"repeated lines {m['repeated_line_ratio']} > {s.max_repeated_line_ratio}"
        ),
        "mean_word_length": f"mean word length {m['mean_word_length']} out of range",
        "bullet_lines": f"bullet lines {m['bullet_lines']} > {s.max_bullet_lines}",
    }
    return reasons[flag]
