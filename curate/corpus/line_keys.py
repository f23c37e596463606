r"""Every non-empty line of a text with its word count and `repeated_lines.line_key`, in one pass.

`common_lines` (sketch and apply) and `repeated_lines` know a line by the hash of its
case-folded `\w+` words with digits as 0. Done a line at a time that was a slice, a casefold,
a regex `findall`, a letter search per word and a digit `sub` for every line.
Here the whole text is case-folded and its digits made 0 once, the words are found as in
`curate.words.word_bytes` (a byte table and `split`), and the text is cut into lines after.

This gives the same values as the line-at-a-time way (`tests/test_corpus_line_keys.py`
compares them on any string) because every step works one character at a time: `casefold`
maps each character on its own (no context rule, unlike `lower`'s final sigma) and never
makes or takes a newline; a digit made 0 is still a word character and still no letter. A lone
surrogate is no word character, so it becomes a space like any separator; a text that still
cannot be encoded takes the line-at-a-time way.
"""

from __future__ import annotations

import functools
import re

import xxhash

from curate.words import WORD, _is_word_char

_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_DIGIT = re.compile(r"\d")


@functools.cache
def _is_digit(char: str) -> bool:
    return _DIGIT.match(char) is not None


# every ASCII byte `\w` does not match becomes a space, except the newline that cuts lines;
# ASCII digits become "0"; letters, "_" and the bytes of non-ASCII characters stay
_TABLE = bytes(
    byte
    if byte >= 0x80 or chr(byte).isalpha() or byte in (ord("_"), ord("\n"))
    else ord("0")
    if chr(byte).isdigit()
    else ord(" ")
    for byte in range(256)
)
# after the table a line is letters, "_", "0", spaces and the bytes of non-ASCII characters, all
# word characters and none a digit (every digit is 0 now): so every byte but "0", "_" and " " is
# part of a letter (`[^\W\d_]`), and a line without letters strips to nothing


def line_keys(text: str) -> list[tuple[int, int, int, int | None]]:
    """The non-empty lines of `text` (as `stages.base.paragraphs` spans them), each as
    `(start, end, words, key)`: its `\\w+` words and `repeated_lines.line_key` of them."""
    folded = text.casefold()
    if not folded.isascii():  # the few distinct non-ASCII characters, each replaced once
        for char in set(_NON_ASCII.findall(folded)):
            if _is_digit(char):  # "٣" (the table makes the ASCII digits 0)
                folded = folded.replace(char, "0")
            elif not _is_word_char(char):  # "’"
                folded = folded.replace(char, " ")
    try:
        cut = folded.encode("utf-8").translate(_TABLE).split(b"\n")
    except UnicodeEncodeError:  # not expected (surrogates are spaces by now): the safe way
        return slow_line_keys(text)
    lines = []
    pos = 0
    digest = xxhash.xxh3_64_intdigest
    for line, words_of in zip(text.split("\n"), cut, strict=True):
        end = pos + len(line)
        if line.strip():
            words = words_of.split()
            # no letter: nothing but "0", "_" and spaces ("2019", "* * *")
            key = digest(b" ".join(words)) if words_of.strip(b"0_ ") else None
            lines.append((pos, end, len(words), key))
        pos = end + 1
    return lines


def slow_line_keys(text: str) -> list[tuple[int, int, int, int | None]]:
    """`line_keys` a line at a time, as the stages did it: the reference the fast way must equal."""
    from curate.corpus.repeated_lines import line_key
    from curate.stages.base import paragraphs

    lines = []
    for start, end in paragraphs(text):
        words = WORD.findall(text[start:end].casefold())
        lines.append((start, end, len(words), line_key(words)))
    return lines
