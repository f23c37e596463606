r"""Every non-empty line of a text with its word count and `repeated_lines.line_key`, in one pass.

`common_lines` (sketch and apply) and `repeated_lines` know a line by the hash of its
case-folded `\w+` words with digits as 0. Done a line at a time that was a slice, a casefold,
a regex `findall`, a letter search per word and a digit `sub` for every line.
Here the whole text is turned into bytes once: each distinct non-ASCII character is replaced
by what it becomes (its case fold, with digits made 0 and characters `\w` does not match made
spaces), worked out once a character and remembered, and a byte table does the same for every
ASCII byte (upper case to lower case included, so an ASCII text is never case-folded); the
bytes are cut into lines after.

This gives the same values as the line-at-a-time way (`tests/test_corpus_line_keys.py`
compares them on any string) because every step works one character at a time: `casefold`
maps each character on its own (no context rule, unlike `lower`'s final sigma) and never
makes or takes a newline, and what it makes is folded already (`casefold` of a fold is that
fold, on every code point: tested), so no replacement changes what an earlier one wrote; a
digit made 0 is still a word character and still no letter; UTF-8 finds a character's bytes
only where that character stands. A lone surrogate is no word character: a space, as any
separator.
"""

from __future__ import annotations

import functools
import re

import numpy as np
import xxhash

from curate import words
from curate.words import WORD, _is_word_char

_DIGIT = re.compile(r"\d")
_ASCII = bytes(range(0x80))


@functools.cache
def _is_digit(char: str) -> bool:
    return _DIGIT.match(char) is not None


# every ASCII byte `\w` does not match becomes a space, except the newline that cuts lines;
# ASCII digits become "0", ASCII capitals their lower case (`casefold` of an ASCII letter);
# lower-case letters, "_" and the bytes of non-ASCII characters stay
_TABLE = bytes(
    byte
    if byte >= 0x80 or chr(byte).islower() or byte in (ord("_"), ord("\n"))
    else ord(chr(byte).lower())
    if chr(byte).isalpha()
    else ord("0")
    if chr(byte).isdigit()
    else ord(" ")
    for byte in range(256)
)
# after the table a line is letters, "_", "0", spaces and the bytes of non-ASCII characters, all
# word characters and none a digit (every digit is 0 now): so every byte but "0", "_" and " " is
# part of a letter (`[^\W\d_]`), and a line without letters strips to nothing


@functools.cache
def _folded(char: str) -> bytes:
    """What one non-ASCII character becomes, as UTF-8 bytes: its case fold, each character of
    which a digit made "0" ("٣"), a character `\\w` does not match made a space ("’"), and
    ASCII passed through the byte table ("K" the Kelvin sign folds to "k")."""
    parts = []
    for part in char.casefold():
        if part.isascii() or (_is_word_char(part) and not _is_digit(part)):
            parts.append(part)
        else:
            parts.append("0" if _is_digit(part) else " ")
    return "".join(parts).encode("utf-8", "surrogatepass").translate(_TABLE)


def word_lines(text: str) -> list[bytes]:
    """The lines of `text` (`text.split("\\n")`, one for one) as UTF-8 bytes, case-folded,
    digits as "0", every character `\\w` does not match as a space, each run of spaces made
    one: a line `strip()`ped is its `\\w+` words (of the case-folded line) joined by a space,
    the bytes its key hashes, and holds `count(b" ") + 1` of them. The table leaves no
    whitespace byte but the space, so these are the words `split()` gives; not making them
    (340 bytes objects a news text) saves a fifth of `line_keys`."""
    return squeezed(_folded_text(text)).split(b"\n")


def squeezed(data: bytes) -> bytes:
    """Each run of spaces made one (`re.sub(b"  +", b" ", data)`): a buffer of `SQUEEZE_ARRAY`
    bytes or more by one numpy pass that drops every space standing after a space, a shorter
    one by `bytes.replace` passes (`_squeezed_by_passes`). Under cachegrind `bytes.replace` was
    1.7% of a one-worker `news` run of the bench's 2,000 documents (384M instructions, 63% of
    them here: a news text's folded bytes hold some 24 doubled spaces, each found by its own
    search in each pass); the mask costs the same at any number of runs."""
    if len(data) < SQUEEZE_ARRAY:
        return _squeezed_by_passes(data)
    u8 = np.frombuffer(data, np.uint8)
    other = u8 != _SPACE
    keep = np.empty(len(u8), bool)
    keep[0] = True  # the first byte stands after nothing
    np.logical_or(other[1:], other[:-1], out=keep[1:])  # not a space, or not after one
    return u8[keep].tobytes()


# bytes from which `squeezed` takes the array pass: on the bench's folded news texts, a buffer
# of 64 bytes squeezed in 0.16 us by passes and 2.9 by numpy (the calls' fixed cost), of 512 in
# 2.8 against 3.5, of 1,024 in 6.1 against 3.8, of 2,048 in 46 against 5.0 (loaded machine)
SQUEEZE_ARRAY = 768
_SPACE = ord(" ")


def _squeezed_by_passes(data: bytes) -> bytes:
    """`squeezed` by `bytes.replace` passes, each halving every run, until one changes nothing
    (it then gives its input back): a run of n spaces takes log2(n) + 1 passes. Under
    cachegrind, the 2,000 bench texts' folded bytes: 170.6M instructions by the regex (its
    matches built one by one), 130.1M by passes each asked first whether two spaces stand
    together, 113.2M so."""
    while True:
        squeezed = data.replace(b"  ", b" ")
        if len(squeezed) == len(data):
            return squeezed
        data = squeezed


def _folded_text(text: str) -> bytes:
    data = text.encode("utf-8", "surrogatepass")
    if not text.isascii():  # the distinct non-ASCII characters, each replaced once
        distinct = set(data.translate(None, _ASCII).decode("utf-8", "surrogatepass"))
        changed = {}
        for char in distinct:
            encoded = char.encode("utf-8", "surrogatepass")
            folded = _folded(char)
            if folded != encoded:  # "é" stays; "’", "É", "٣" are replaced
                changed[char] = folded
        if len(changed) > words.FEW_CHARACTERS:  # a Russian text's capitals: one pass in all
            mapping = dict(words.ASCII_KEPT)  # every character found: no lookup misses
            mapping.update((ord(char), char) for char in distinct)
            for char, folded in changed.items():
                mapping[ord(char)] = folded.decode("utf-8", "surrogatepass")
            return text.translate(mapping).encode("utf-8", "surrogatepass").translate(_TABLE)
        for char, folded in changed.items():
            data = data.replace(char.encode("utf-8", "surrogatepass"), folded)
    return data.translate(_TABLE)


def line_keys(text: str) -> list[tuple[int, int, int, int | None]]:
    """The non-empty lines of `text` (as `stages.base.paragraphs` spans them), each as
    `(start, end, words, key)`: its `\\w+` words and `repeated_lines.line_key` of them."""
    lines = []
    pos = 0
    digest = xxhash.xxh3_64_intdigest
    for line, spaced in zip(text.split("\n"), word_lines(text), strict=True):
        end = pos + len(line)
        words = spaced.strip()  # the words, one space between two
        if words:
            # no letter: nothing but "0", "_" and spaces ("2019", "* * *")
            key = digest(words) if words.strip(b"0_ ") else None
            lines.append((pos, end, words.count(b" ") + 1, key))
        elif line.strip():  # no word at all: "* * *", "—"
            lines.append((pos, end, 0, None))
        pos = end + 1
    return lines


def spans_with_keys(
    text: str, keys: frozenset[int] | set[int], spaced_lines: list[bytes] | None = None
) -> list[tuple[int, int]]:
    """`(start, end)` of each line of `text` whose key is in `keys`: `line_keys` filtered, the
    offsets summed only up to the lines found (`spaced_lines`: the text's `word_lines`, when
    the caller has them)."""
    digest = xxhash.xxh3_64_intdigest
    if spaced_lines is None:
        spaced_lines = word_lines(text)
    found = [
        number
        for number, spaced in enumerate(spaced_lines)
        if spaced.strip(b"0_ ") and digest(spaced.strip()) in keys
    ]
    return spans_of_lines(text, found)


def spans_of_lines(text: str, found: list[int]) -> list[tuple[int, int]]:
    """`(start, end)` of the lines of `text` numbered `found` (ascending, `text.split("\n")`)."""
    if not found:
        return []
    spans = []
    lines = text.split("\n", found[-1] + 1)
    pos = number = 0
    for want in found:
        pos += sum(map(len, lines[number:want])) + want - number  # each line and its newline
        number = want
        spans.append((pos, pos + len(lines[want])))
    return spans


def slow_line_keys(text: str) -> list[tuple[int, int, int, int | None]]:
    """`line_keys` a line at a time, as the stages did it: the reference the fast way must equal."""
    from curate.corpus.repeated_lines import line_key
    from curate.stages.base import paragraphs

    lines = []
    for start, end in paragraphs(text):
        words = WORD.findall(text[start:end].casefold())
        lines.append((start, end, len(words), line_key(words)))
    return lines


# a line's head: furniture that recurs with its end changed ("Altre notizie di Cronaca" / "... di
# Sport", "Accueil > Région > Esneux" / "... > Hamoir", "View original content: <each release's
# URL>", "Last updated 9:05 a.m. CT, March 21" / "Last updated 11:42 p.m. ET, March 14") is one
# key: the line's first words, all but its last and at most `head_words` of them, a number of
# any length as one 0 (`0+`: the table made each digit a 0)
_NUMBER = re.compile(b"0+")
HEAD_SEED = 0x4EAD  # head hashes apart from the hashes of whole lines and of shapes
HEAD_MIN_WORDS = 3  # a line of 2 words would be known by 1 ("Local News" by `local`)
# a line that ends a sentence is prose, whose first words many stories share ("The company said
# it would appeal.", "Further talks are scheduled for Tuesday."): no head (as `line_shapes`);
# closing quotes and brackets after the stop are looked through
_SENTENCE_END = re.compile(r"[.!?。！？…][\s\"'”’»)\]]*$")


def line_heads(text: str, head_words: int, max_words: int) -> list[tuple[int, int, int]]:
    """`(line number, words, head key)` of each line of `text` (`text.split("\\n")`) of
    `HEAD_MIN_WORDS` to `max_words` words that ends no sentence and whose head (`_NUMBER`'s
    comment) has a letter."""
    return heads_of(text.split("\n"), word_lines(text), head_words, max_words)


def heads_of(
    lines: list[str], spaced: list[bytes], head_words: int, max_words: int
) -> list[tuple[int, int, int]]:
    """`line_heads` of the lines of a text and their `word_lines`, made once by the caller."""
    heads = []
    low, high = HEAD_MIN_WORDS - 1, max_words - 1  # spaces between the words
    for number, line in enumerate(spaced):
        kept = line.strip()
        spaces = kept.count(b" ")
        if low <= spaces <= high:
            key = head_key(kept, lines[number], head_words)
            if key is not None:  # a number made one 0 keeps the count: "0+" takes no space
                heads.append((number, spaces + 1, key))
    return heads


def head_key(words: bytes, line: str, head_words: int) -> int | None:
    """The head key of a line of `HEAD_MIN_WORDS` words or more (`words`: its `word_lines`
    stripped; `line`: the line as written), None when it ends a sentence or its head has no
    letter (`heads_of`, a line at a time: `common_lines`' sketch asks inside its own pass)."""
    if _SENTENCE_END.search(line[-8:]):
        return None
    parts = _NUMBER.sub(b"0", words).split(b" ")
    head = b" ".join(parts[: min(len(parts) - 1, head_words)])
    return xxhash.xxh3_64_intdigest(head, HEAD_SEED) if head.strip(b"0_ ") else None
