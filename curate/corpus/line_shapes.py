"""A line's shape: its words with the names and numbers taken out, so that furniture a site
prints with a different name, date or count each time is one key across the corpus.

"By Maria Lopez" and "By JOHN SMITH" are one shape (`by A`); "Photo: Jane Doe / Reuters" and
"Photo: Ali Khan / AFP" another (`photo : A / A`); "Posted 3 hours ago | 12 comments" keeps its
words and loses its numbers (`posted 0 hours ago | 0 comments`). A shape keeps the words that
do not change from page to page, the function words and the furniture's own vocabulary, and
abstracts names (a run of them is one `A`) and numbers (`0`); punctuation stays, for it is most
of a dateline's or a credit's shape. `common_lines` counts shapes per story as it counts lines
(`shapes: true`).

Which capitalised word is a name is the document's own evidence: a word the document also
writes in lower case is a word ("The Verdict" over a story that says "the verdict" keeps its
words: `the verdict`, no shape), one it never writes so is a name ("Maria", "JOHN", "Jan").
A line's first word is kept, for a line's first capital says nothing; but a shape that keeps
nothing else (`obama A` of "Obama Wins Iowa") counts only if some document writes that word in
lower case (`shape_of`'s vouching: `by A`). A line of more than a few words ending a sentence
is prose, whose shape is its words.
"""

from __future__ import annotations

import re
from collections.abc import Container

import xxhash

# a run of digits, a word (letters, or letter runs joined by a hyphen or apostrophe: "E-Book",
# "Jean-Luc", "l'US"), or one other visible character; each repeat must take its joiner, so
# there is one way to match (linear time)
TOKEN = re.compile(r"\d+|[^\W\d_]+(?:[-'’][^\W\d_]+)*|[^\w\s]")
# where a sentence starts: a capital after it is the sentence's, no evidence of a name
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")  # TOKEN's words
SENTENCE_BREAK = re.compile(r"[.!?:;]\s+|\n\s*")  # a blank line between two is one break
NAME, NUMBER = "A", "0"
SENTENCE_END = frozenset(".!?")
PROSE_WORDS = 4  # a line of this many words ending a sentence is prose
SPACES_PER_WORD = 4  # a line of more spaces than this many a word allowed has too many words
DIGIT = re.compile(r"\d")
# a text that capitalises this share of the words inside its sentences capitalises its nouns
# (German: 0.34 to 0.50 of the blind batches' bodies, 0.25 to 0.46 of whole German pages of
# site half A; English 0.12 at the median, French 0.06), so a capital is no evidence of a name
# there ("Die Ergebnisse" is a subheading, not `die A`); lower is the safe side (fewer shapes)
NOUN_CAPITALS = 0.25
SEED = 0x5A4E  # shape hashes apart from `line_keys`'s hashes of whole lines


class _Every:
    """Every word: what a text that capitalises its nouns has seen in lower case."""

    def __contains__(self, word: object) -> bool:
        return True


EVERY = _Every()


def lower_words(text: str) -> Container[str]:
    """The words `text` writes in lower case somewhere (not names), or every word when the text
    capitalises its nouns (`NOUN_CAPITALS`): its capitalised words, less one a sentence, are
    that share of its words, less one a sentence."""
    tokens = WORD.findall(text)
    seen = frozenset(token for token in set(tokens) if token.islower())
    capitals = sum(1 for token in tokens if token[0].isupper())
    sentences = len(SENTENCE_BREAK.findall(text)) + 1
    inside = len(tokens) - sentences
    return EVERY if inside > 0 and capitals - sentences >= NOUN_CAPITALS * inside else seen


def skeleton(line: str, words_seen: Container[str], max_words: int) -> tuple[str, int]:
    """The shape of `line` as text (`by A`) and its number of words (letter runs): its first
    word, a word in lower case, or one `words_seen` holds in lower case, is kept (case-folded:
    a line's first capital says nothing), any other is a name. Past `max_words` words the
    count is all that matters (no shape): `max_words + 1` and the shape so far."""
    out: list[str] = []
    words = 0
    for match in TOKEN.finditer(line):
        token = match.group()
        if token[0].isdigit():
            part = NUMBER
        elif token[0].isalpha():
            words += 1
            if words > max_words:
                break
            lower = token.casefold()
            part = lower if not out or token.islower() or lower in words_seen else NAME
        else:
            part = token
        if part in (NAME, NUMBER) and out and out[-1] == part:
            continue  # "Maria Lopez" and "New York City" are one name
        out.append(part)
    return " ".join(out), words


def shape_of(line: str, words_seen: Container[str], max_words: int) -> tuple[str, int, bool] | None:
    """`skeleton(line, words_seen)` and whether this document vouches for it, when `line` may
    be furniture of a recurring shape, else None. A shape has one to `max_words` words; a name
    or a number was abstracted (else it is `common_lines`'s exact line); it does not end a
    sentence of `PROSE_WORDS` words or more. It keeps a word, punctuation after its first word
    ("Photo: A") or two numbers, or it has no shape ("Storm Kills 12"). The document vouches
    for it when what it keeps is more than its first word or that word is one the document
    writes in lower case: "By Maria Lopez" over a text that says "by" (`by A`); "Obama Wins
    Iowa" (`obama A`) is vouched for by no document, so a headline of names never goes."""
    if line.count(" ") > SPACES_PER_WORD * max_words:
        return None  # a paragraph: cheaper seen by its spaces than by its words
    rest = line[1:]
    if rest == rest.lower() and not DIGIT.search(line):
        return None  # no capital after the first letter, no digit: nothing to abstract
    shape, words = skeleton(line, words_seen, max_words)
    if not 0 < words <= max_words:
        return None
    parts = shape.split(" ")
    numbers = parts.count(NUMBER)
    if NAME not in parts and not numbers:
        return None
    if words >= PROSE_WORDS and parts[-1] in SENTENCE_END:
        return None
    first = parts[0][0].isalpha()
    kept = any(part[0].isalpha() and part != NAME for part in parts[1:])
    other = kept or numbers >= 2 or (first and any(not p[0].isalnum() for p in parts[1:]))
    if not (other or first):
        return None
    return shape, words, other or parts[0] in words_seen


def shape_key(shape: str) -> int:
    return xxhash.xxh3_64_intdigest(shape.encode("utf-8"), SEED)


def shape_lines(text: str, max_words: int) -> list[tuple[int, int, int, str, bool]]:
    """Every line of `text` (`text.split("\\n")`) that has a shape, as `(start, end, words,
    shape, vouched)`; a line without one is left out."""
    seen = lower_words(text)
    found = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        shaped = shape_of(line, seen, max_words) if line.strip() else None
        if shaped is not None:
            shape, words, vouched = shaped
            found.append((pos, end, words, shape, vouched))
        pos = end + 1
    return found
