"""Words that are lower case by nature, which `translation`'s `sentence_case` leaves as written.

The stage capitalises a sentence that a machine translation left opening in small letters
("mid-November. it continued"). Two kinds of small letters are no such slip, and each round's
fix of one word ("ebay", "bpost", "approx.") did not carry to the next word of the kind:

- a name its owner writes small ("inwi cut its prices", "tado"), opening a sentence. The
  document says which: it writes the word in small letters inside a clause after a
  preposition or a conjunction ("customers of inwi", "bought on vexamo"), never after a
  determiner ("the ferry", "the first tram": a common noun's place), never with a capital
  ("Inwi"), not in the plural ("told volunteers"), and clean English does not use it as a
  common word (`sentence_opener`'s counts of clean news: "officials", "the", "residents" are
  common words, their small letter after a stop a slip however the document writes them). A
  word whose shape no common word has, small with a capital or a figure inside ("eSIM",
  "bKash", "my6sense", "'s-Hertogenbosch"), is a name on its shape alone. Either opens a
  sentence as a capital does: the slip after it is still repaired;
- the stop of an abbreviation in small letters ("the avg. price", "costs 60,000 ariary incl.
  port taxes"): two to six small letters that end as no word of clean English ends, that the
  document never writes bare and clean English uses as no word, after no number (a unit ends
  its sentence), before a word that opens sentences no more often than any word does ("price",
  "of"; not "the", "they", "but"). The stage then judges it as one of its listed
  abbreviations: it still ends its sentence when a clause stands on both sides.

A name written once, at its sentence's start only ("leboncoin listed fewer than ten"), has no
evidence here: it is capitalised as before. On clean text, where every small letter after a stop
is right: of 237 in the aeb gold and the second set, 7 are read as names or shapes (my6sense,
iPhone, iPadOS), none as an abbreviation; of 704 on the read pages, 21 names or shapes (eBay,
stockX, iBuyPower) and 90 abbreviations (German and Polish "bzw.", "np.", "inkl."). Off by
default (`TranslationRepair.lowercase_words`): the odd batches 1-47 show no gain (session 52).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from functools import cache

from curate.stages import opener_evidence, sentence_opener

# a word and the word in small letters after it and one space ("of inwi", "The ferry"), or a
# figure, a comma or a semicolon before it (read as no evidence: "2 tea bags", "kitchen, tea");
# the second word in a lookahead, so that every pair is read
_PAIR = re.compile(
    r"(?:(?<![\w'’-])([A-Za-z][a-z'’-]{0,40})|[0-9,;])(?= ([a-z][a-z0-9'’-]{0,40})(?![\w@/]))"
)
# the same word with a capital: "Inwi" anywhere (a slip the document also writes right)
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][a-z0-9'’-]{0,40}(?![\w@/])")
# a token at a sentence's start: its letters, with a capital or a figure inside if any
_TOKEN = re.compile(r"[a-z][A-Za-z0-9'’-]{0,40}")
# a small word with a capital or a figure after its first letter: no common word's shape
_ODD_SHAPE = re.compile(r"[a-z][a-z'’-]*[A-Z0-9]")
# an abbreviation's token before its stop: two to six small letters, a word of its own, and the
# token before it ("the avg.", "500 mg.")
_BEFORE_STOP = re.compile(r"(?<![\w'’.@/&+-])[a-z]{2,6}\Z")
_NUMBER_BEFORE = re.compile(r"[0-9][0-9.,]{0,20} \Z")
# the word after the stop and its space, in small letters
_NEXT = re.compile(r" ([a-z][a-z'’-]{0,40})")
_BARE = re.compile(r"(?<![\w.'’-])([a-z]{2,6})(?![\w'’.-])")  # "avg" with no stop after it
# a word of clean English ends in two letters that this many of its words end in, at least
# ("quay", "rains", "ibid"; not "avg", "incl", "govt", "bldg": no word's ending)
ENDINGS = 3


def _stats() -> dict | None:
    m = sentence_opener.model()
    return None if m is None else m["stats"]


@cache
def _endings() -> Counter[str]:
    """How many words of the clean text `sentence_opener` counted end in each two letters."""
    stats = _stats() or {}
    return Counter(w[-2:] for w in stats if len(w) >= 3 and w.isalpha())


def ordinary(word: str, stats: dict) -> bool:
    """Whether clean English writes `word` in small letters as a common word: seen often
    enough inside sentences in the clean news `sentence_opener` counted ("the", "officials"),
    before its apostrophe ("that’s", "council's"), each part of a compound ("so-called")."""
    core = _APOSTROPHE.split(word, 1)[0]
    parts = [part for part in core.split("-") if part] or [core]
    return all(stats.get(part, (0, 0))[1] >= opener_evidence.ORDINARY for part in parts)


_APOSTROPHE = re.compile("['’]")


def names(value: str, determiners: Collection[str], links: Collection[str] = ()) -> frozenset[str]:
    """The words `value` writes as names in small letters: inside a clause after a
    preposition or a conjunction (`links`: "customers of inwi", "bought on vexamo"), never a
    noun's place in a determiner's phrase ("the ferry", "the first tram") nor with a capital,
    in the plural ("told volunteers") nor a common word of clean English."""
    stats = _stats()
    if stats is None or not value:
        return frozenset()
    inside: set[str] = set()
    determined: set[str] = set()
    pairs = {m.start(2): (m.group(1), m.group(2)) for m in _PAIR.finditer(value)}
    for at, (before, word) in pairs.items():
        if before is None:
            continue  # a figure, a comma: a list's item, a count ("kitchen, tea", "2 tea bags")
        if before.lower() in determiners:
            determined.add(word)
            after = pairs.get(at + len(word) + 1)  # "the first tram": a noun two words on
            if after is not None:
                determined.add(after[1])
        elif before in links:
            inside.add(word)
    inside -= determined
    if not inside:
        return frozenset()
    capitalised = {m.group().lower() for m in _CAPITALISED.finditer(value)}
    return frozenset(
        w
        for w in inside
        if w not in capitalised and not ordinary(w, stats) and not _PLURAL.search(w)
    )


# a noun in the plural ("volunteers", "palaeontologists"): a common noun's shape, which a
# sentence's subject takes after a stop as often as inside a clause ("told volunteers")
_PLURAL = re.compile(r"[^s'’]s\Z")


def keeps(value: str, start: int, known: Collection[str]) -> bool:
    """Whether the word at `value[start]`, where a sentence opens, keeps its small letter: a
    name of the document (`known`, from `names`) or a word of a shape no common word has."""
    token = _TOKEN.match(value, start)
    if token is None:
        return False
    word = token.group().rstrip("'’-")
    if _ODD_SHAPE.match(word):
        return True  # "eSIM plans sold", "bKash transfers", "my6sense provides"
    return word.lower() in known


def abbreviation(value: str, dot: int, bare: Counter[str], listed: Collection[str] = ()) -> bool:
    """Whether the full stop at `value[dot]` closes an abbreviation in small letters ("the avg.
    price", "ariary incl. port taxes"): the token before it is two to six small letters that
    end as no word of clean English ends (`ENDINGS`), that the document never writes bare
    (`bare`, from `bare_words`) and that clean English uses as no word, after no number (a unit
    ends its sentence: "500 mg. the", "4 pts. investors"), and the word after it goes on the
    clause: it opens sentences in clean English no more often than any word does ("price",
    "port", "of"; not "the", "they", "but"). Whether an abbreviation also ends its sentence is
    the stage's to judge, as for the abbreviations it lists ("Harrow & Finch plc. five
    tanners start work": a clause on both sides); so is a token of the stage's own lists
    (`listed`: "plc", "etc"), which its tables read."""
    stats = _stats()
    if stats is None:
        return False
    token = _BEFORE_STOP.search(value, max(0, dot - 7), dot)
    if token is None:
        return False
    core = token.group()
    if core in listed or bare[core] or ordinary(core, stats) or _endings()[core[-2:]] >= ENDINGS:
        return False
    if _NUMBER_BEFORE.search(value, max(0, token.start() - 22), token.start()):
        return False
    after = _NEXT.match(value, dot + 1)
    if after is None:
        return False
    opened, inside = stats.get(after.group(1), (0, 0))[:2]
    prior = stats.get("", (1.0, 20.0))  # the share of sentence starts among all words
    return (opened + prior[0]) * prior[1] <= prior[0] * (inside + prior[1])


def bare_words(value: str) -> Counter[str]:
    """How often `value` writes each short token in small letters with no stop after it."""
    return Counter(_BARE.findall(value))


class Evidence:
    """The evidence of one text, read when first asked: its names in small letters and its
    tokens written bare."""

    def __init__(
        self,
        value: str,
        determiners: Collection[str],
        listed: Collection[str] = (),
        links: Collection[str] = (),
    ) -> None:
        self.value = value
        self.determiners = determiners
        self.listed = listed
        self.links = links
        self._names: frozenset[str] | None = None
        self._bare: Counter[str] | None = None

    def keeps(self, start: int) -> bool:
        if self._names is None:
            self._names = names(self.value, self.determiners, self.links)
        return keeps(self.value, start, self._names)

    def abbreviation(self, dot: int) -> bool:
        if self._bare is None:
            self._bare = bare_words(self.value)
        return abbreviation(self.value, dot, self._bare, self.listed)


def drop(
    value: str,
    spans: list[tuple[int, int, str]],
    learned: list[tuple[int, int, str, float]],
    determiners: Collection[str],
    links: Collection[str] = (),
) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str, float]]]:
    """`spans` and `learned` (a stage's sentence starts in `value`) without the starts whose
    word keeps its small letter (`Evidence.keeps`)."""
    evidence = Evidence(value, determiners, links=links)
    return (
        [s for s in spans if not evidence.keeps(s[0])],
        [s for s in learned if not evidence.keeps(s[0])],
    )
