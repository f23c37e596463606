"""Tokens that survive translation: numbers, years, names, codes, URLs and handles.

A French story and its English translation share few words but many of these: "1,5 milliard"
and "1.5 billion" both give `1.5`; "Miloslav Kala" and "Aktuálně.cz" are written the same in
both. A set of them is a fingerprint of the story that no model is needed to compute.

- number: `1,5` / `1.5` -> `1.5`; `1 500` / `1,500` / `1.500` -> `1500` (one separator before
  exactly three digits is a thousands separator; with two kinds, the last one is the decimal
  point). Integers below `min_integer` are dropped: "three" and "3" are both common.
- year: a four-digit integer from 1000 to 2100 (its value, like any number).
- a number with a lowercase suffix is the number: an ordinal, a decade, a unit or a compound
  ("21st", "3e", "1980s", "10km", "61-year-old") is written apart or not at all in the other
  language ("21e siecle", "les annees 1980", "10 km", "age de 61 ans"); so is a Roman
  numeral with a French ordinal suffix ("XIXe siecle" and "19th century" give `19`).
- name: a capitalised word not at a sentence start (the start of a line, or after `.!?:`),
  accents folded, lowercased, split at hyphens, aliased and transliterated to one spelling:
  "Nečas" -> `necas`; "l'Europe" -> `europ`; "Allemagne" -> `germany`; "Pouchkine" and
  "Pushkin" -> `pushkin`, then cut to its first `name_prefix` letters (6): cognates differ by
  language in their endings ("Palestiniens" / "Palestinians", "République" / "Republic",
  "Azerbaïdjan" / "Azerbaijan", "Californie" / "California"), not their starts. In German,
  where every noun is capitalised, only runs of capitalised words count ("Christine
  Lagarde", not "die Inflation").
- code: a word mixing letters and digits ("A320", "COVID-19") or an acronym ("ODS"); a word
  in capitals among others in capitals is a shouted line, not a code.
- url and handle: `https://...`, `www....`, `@name`, `#tag`, lowercased.

Words capitalised by one language and not the other (English months and days, nationalities,
titles such as "Mr" and "President") and the aliases and transliteration rules are listed in
`curate/data/stories.yaml`.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from operator import itemgetter

import numpy as np
import xxhash

from curate.resources import data_file, load_yaml

KINDS = ("number", "year", "name", "code", "url", "handle")
# uppercase letters of the Latin, Greek and Cyrillic blocks: what starts a name
_UPPER = "".join(chr(c) for c in range(0x41, 0x530) if chr(c).isupper() and chr(c).isalpha())
_LETTER = r"[^\W\d_]"
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'«»“”()\[\]]+[^\s<>\"'«»“”()\[\].,;:!?]")
# Every other token starts with a digit, a capital, "@" or "#": the pattern opens with a
# character class, which the regex engine scans for in C before it tries any alternative (3x
# faster than a lookahead at every position); each alternative then checks what stands before.
# The class scanned is ASCII's digits and capitals, "@", "#" and any non-ASCII character (one
# bitmap test a character), the exact class checked behind it: `[\d@#{_UPPER}]` tests a Unicode
# category and a table at every character. Lookaheads read a word once (possessive), and a
# capitalised word with no digit after its letters is a word at once; only one with a digit
# ahead is tried as a code first ("A320"), then as a word. 30% faster than one alternative a
# kind, with the same matches.
_ELIDED = r"(?:(?<![\w'’-].)|(?<=\b[ldjmnstcLDJMNSTC]['’].)|(?<=\bqu['’].))"
_DIGIT_AHEAD = r"[^\W\d]*+(?:-[^\W\d]*+)*+\d"  # `[\w-]*\d`, without backtracking
_ALTERNATIVES = (
    # a word starting with a capital; after an elided article too: "l'Europe", "qu'Obama"
    # (a capital's alternatives first, as most matches are capitalised words: each
    # alternative first tests the character scanned (a capital, "@" or "#", a digit), so
    # two of different characters never match at one place and their order across
    # characters changes no match; 4% faster than the digits' first)
    # (its letters read as `[a-z]*+` first, a bitmap test a letter, then as `_LETTER`, two
    # Unicode lookups a letter: the same letters, as both are possessive; 9% faster a scan;
    # likewise a space or a quote before it, and a space or a stop after it, settle the
    # tests of what stands around it at once: 7% faster)
    rf"(?P<word>(?<=[{_UPPER}])(?:(?<=[ \n\"(].)|{_ELIDED})[a-z]*+{_LETTER}*+"
    rf"(?:(?=[ ,.;:\n)\"])|(?!{_DIGIT_AHEAD}))(?:[-'’]{_LETTER}+)*)",
    # a word with a digit and a letter, from a capital ("A320", "COVID-19", "H1N1", "F-16"),
    # from a digit in `code` below ("19th")
    rf"(?P<capital_code>(?<=[{_UPPER}])(?<![\w.,-].)(?={_DIGIT_AHEAD})\w*(?:-\w+)*(?![\w-]))",
    rf"(?P<word_before_digit>(?<=[{_UPPER}]){_ELIDED}{_LETTER}*(?:[-'’]{_LETTER}+)*)",
    r"(?P<handle>(?<=[@#])(?<![\w@#].)[A-Za-z_]\w{1,30})",
    r"(?P<code>(?<=\d)(?<![\w.,-].)(?=[\d_-]*+[^\W\d_])\w*(?:-\w+)*(?![\w-]))",
    # thousands-grouped or plain, with an optional decimal part: "1 500", "1,500.25", "1,5"
    r"(?P<number>(?<=\d)(?<![\w.,].)(?:\d{0,2}(?:[ \u00a0\u202f\u2009.,]\d{3})+(?:[.,]\d+)?"
    r"|\d*(?:[.,]\d+)?)(?![\w]|[.,]\d))",
)
# The class scanned, `[0-9A-Z@#\x80-\U0010ffff]`, written as what it leaves out (the other ASCII
# characters): `re` compiles a class holding characters past U+00FF to a table of 256-character
# blocks (a block's number, then its bit: ~30 instructions a character, the scan's loop),
# its complement within ASCII to one 256-bit map (~8): the same characters, checked over all
# of Unicode; the scan 620M -> 561M instructions on the bench's 1,779 stories texts
SCANNED = r"[^\x00-\x22\x24-\x2f:-?\[-\x7f]"
_PATTERN = re.compile(SCANNED + rf"(?<=[\d@#{_UPPER}])" + "(?:" + "|".join(_ALTERNATIVES) + ")")
# the same pattern without its group names, to scan with: a match records no groups (5%
# faster); `_PATTERN` names the group of a match not seen before (`_group`)
_SCAN = re.compile(re.sub(r"\(\?P<\w+>", "(?:", _PATTERN.pattern))
_CLASS_END = _SCAN.pattern.index("(?:")  # the scanned class and its check end here
_GROUPS = {"capital_code": "code", "word_before_digit": "word"}  # one kind, two alternatives
_OPENING = " \t\"'«“‘„([{-–—*•"  # what may stand between a sentence end and its first word
_SENTENCE_END = ".!?…:\n"
_POSSESSIVE = re.compile(r"['’]s$")
# a French elided article or pronoun before a capitalised word: "L'Europe", "D'Artagnan"
ELISION = re.compile(r"^(?:[ldjmnstc]|qu)'(?=.)")
_SHOUT_AFTER = re.compile(r"[ \t,;:\-–—]+[A-Z]{2,}\b")
_SHOUT_BEFORE = re.compile(r"\b[A-Z]{2,}[ \t,;:\-–—]+$")
_NEXT_CAPITAL = re.compile(rf"[ \t]+[{_UPPER}]")
_PREVIOUS_CAPITAL = re.compile(rf"[{_UPPER}]{_LETTER}*[ \t]+$")
WORD_CACHE_LIMIT = 200_000  # capitalised words remembered by a fingerprinter
_SEPARATORS = re.compile(r"[ \u00a0\u202f\u2009.,]")
# a Roman numeral with a French ordinal suffix: a century or a rank ("XIXe", "XXIème", "Ire");
# never "Le" or "Ce" (one L or C: the words, "Le Pen")
_ROMAN_ORDINAL = re.compile(r"(?![LC]e)([IVXLC]+)(?:e|er|re|ème|ère|eme)")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
# a number and a lowercase suffix: an ordinal ("21st", "3e", "1er", "2º"), a decade ("1980s",
# "1980's"), a unit ("10km") or a compound ("61-year-old", "95-jährige"); never a code in
# capitals ("3D", "5G") or one with more digits ("4x4", "h1n1")
_NUMBER_SUFFIX = re.compile(r"(\d+)(?:['’]?[a-zß-ÿºª]{1,3}|(?:-[^\W\d_]+)+)")
_STOPS = _OPENING + _SENTENCE_END  # what may stand right before a sentence's first word
_NAME, _SHOUT = 1, 2  # checks a capitalised word needs: not at a sentence start, not shouted
# what a fingerprinter knows of a raw match: (kind, tokens, check, each token then its hash,
# raw); `check` is 0 for a match with no token (nothing to check). Strings, ints and tuples of
# them only, one level deep: the garbage collector stops following an entry at its second
# young collection, before the oldest generation (`_kept`)
_Known = tuple[str, tuple[str, ...], int, tuple[str | int, ...], str]
_TOKEN_HASHES = itemgetter(3)
# what a match with no token is known as (`_kept` keeps none of them: they add nothing)
_NOTHING: _Known = ("", (), 0, (), "")


@dataclass(frozen=True)
class Fingerprinter:
    """Turns a text into its fingerprint tokens; settings come from `stories.yaml` or a file."""

    fingerprints_file: str | None = None

    @cached_property
    def _table(self) -> dict:
        table = load_yaml(self.fingerprints_file) if self.fingerprints_file else None
        return table or data_file("stories.yaml")

    @cached_property
    def titles(self) -> frozenset[str]:
        return frozenset(fold(word) for word in self._table.get("titles") or ())

    @cached_property
    def _longer_than_titles(self) -> int:
        """Letters more than any title has (`at_sentence_start`'s `longer`), and more than an
        initial has: with no titles, "J. Smith" is still no sentence end."""
        return max(map(len, self.titles), default=1) + 1

    @cached_property
    def not_names(self) -> frozenset[str]:
        return self.titles | {fold(word) for word in self._table.get("not_names") or ()}

    @cached_property
    def aliases(self) -> dict[str, str]:
        return {fold(k): fold(v) for k, v in (self._table.get("aliases") or {}).items()}

    @cached_property
    def transliteration(self) -> list[tuple[re.Pattern[str], str]]:
        rules = self._table.get("transliteration") or ()
        return [(re.compile(pattern), replacement) for pattern, replacement in rules]

    def transliterate(self, token: str) -> str:
        """One spelling for the transliterations of a name: "pouchkine" -> "pushkin"."""
        for pattern, replacement in self.transliteration:
            token = pattern.sub(replacement, token)
        return token

    @cached_property
    def min_integer(self) -> int:
        return int(self._table.get("min_integer", 10))

    @cached_property
    def name_prefix(self) -> int:
        return int(self._table.get("name_prefix", 6))

    @cached_property
    def _known(self) -> dict[str, _Known]:
        """raw match -> (kind, tokens, check, their hashes, raw): what `_classify` made of
        it, remembered (bounded). A raw string is matched by one pattern group only (a code
        holds a digit and a letter, a number no letter, a word no digit), so the raw alone is
        the key."""
        return {}

    @cached_property
    def _scan(self) -> re.Pattern[str]:
        """The scan, less the words that surely open a sentence for this fingerprinter's
        titles (`scan_skipping_sentence_starts`)."""
        return scan_skipping_sentence_starts(self._longer_than_titles, self.titles)

    @cached_property
    def capitalised_nouns(self) -> frozenset[str]:
        return frozenset(self._table.get("capitalised_nouns") or ())

    def tokens(
        self, text: str, lang: str | None = None, spelled: dict[str, str] | None = None
    ) -> dict[str, str]:
        """`{token: kind}` in order of first appearance (a token keeps its first kind);
        `spelled`, when given, receives each token's first spelling in the text.

        In a language that capitalises its nouns (`capitalised_nouns` in stories.yaml:
        German), a capitalised word is a name only next to another: "Christine Lagarde",
        "Europäischen Zentralbank", not "die Inflation".
        """
        found: dict[str, str] = {}
        for kind, names, _, _, raw in self._kept(text, lang):
            for name in names:
                if name not in found:
                    found[name] = kind
                    if spelled is not None:
                        spelled[name] = raw
        return found

    def token_hashes(self, text: str, lang: str | None = None) -> Iterable[int]:
        """`hash_values(tokens(text, lang))`, as ints: each token's hash was computed with its
        match's classification and is remembered with it, and the tokens are put in order
        of first appearance by one dict built in C (no lookup of each token's hash, no
        Python loop over the tokens: 0.07 s of the 20,000 bench documents' 1.1 s)."""
        kept = self._kept(text, lang)
        # (a token repeated keeps its first place; its hash is the same each time)
        flat = itertools.chain.from_iterable(map(_TOKEN_HASHES, kept))  # token, hash, ...
        firsts = dict(zip(flat, flat, strict=True))  # (one iterator twice: its pairs)
        return firsts.values()

    def _kept(self, text: str, lang: str | None) -> list[_Known]:
        """What is known of each match kept, in order. A match whose place needs no check (a
        number, a code, a URL; a word with no token) is kept each time it appears: its tokens
        are the same each time, and a token keeps its first place in `tokens` and
        `token_hashes` (a set of the raw matches already kept cost more, at 2 in 5 matches,
        than the entries it spared them)."""
        kept: list[_Known] = []
        keep = kept.append
        known = self._known
        titles, longer = self.titles, self._longer_than_titles
        nouns = lang in self.capitalised_nouns
        # capitalised words this text needs nothing more of: kept where each first stands as a
        # name; until then, each time it appears is looked at
        done: set[str] = set()
        for match in _matches(text, self._scan):
            raw = match[0]
            what = known.get(raw)
            if what is None:
                if len(known) >= WORD_CACHE_LIMIT:
                    known.clear()
                kind, names, check = self._classify(raw, _group(match, text))
                # (no tuple of (token, hash) tuples: an entry holding tuples of tuples stayed
                # followed by the collector into the oldest generation, 20,900 of them on the
                # 20,000 bench documents, enough to start one more full collection of the
                # process than dedup's run has, 0.1 to 0.17 s)
                pairs = zip(names, map(_hash, names), strict=True)
                flat = tuple(itertools.chain.from_iterable(pairs))
                what = known[raw] = (kind, names, check, flat, raw) if names else _NOTHING
            if what is _NOTHING:
                continue  # no token ("We", "Monday", "6": 1 match in 5): nothing to keep
            check = what[2]
            if check:  # a capitalised word with tokens: where it stands decides
                if raw in done:
                    continue
                start = match.start()
                if check == _NAME:
                    # a name is not at the start of a sentence, where every word is
                    # capitalised (most names follow a space after a word, many words that
                    # are not names open a line: both decided here)
                    if (start < 2 or text[start - 1] != " " or text[start - 2] in _STOPS) and (
                        not start
                        or text[start - 1] == "\n"
                        or at_sentence_start(text, start, titles, longer)
                    ):
                        continue
                    if nouns and not self._in_name(text, start, match.end()):
                        continue
                elif shouted(text, start, match.end()):
                    continue  # an acronym is one wherever it stands ("ODS"), unless shouted
                done.add(raw)
            keep(what)
        return kept

    def _classify(self, raw: str, group: str | None) -> tuple[str, tuple[str, ...], int]:
        """A match's kind, its tokens (none: nothing to keep) and the check its place in the
        text still needs (`_NAME`, `_SHOUT` or none)."""
        group = _GROUPS.get(group or "", group)
        if group == "word" and (roman := _ROMAN_ORDINAL.fullmatch(raw)):
            number = roman_value(roman[1])  # "XIXe siècle": the 19th century
            return "number", (str(number),) if number >= self.min_integer else (), 0
        if group == "word":
            kind, names = self._word(raw)
            return kind, names, _NAME if kind == "name" else _SHOUT
        if group == "number" or (group == "code" and (bare := _NUMBER_SUFFIX.fullmatch(raw))):
            kind, token = self._number(raw if group == "number" else bare[1])
            return kind, (token,) if token else (), 0
        return group or "url", (raw.lower(),), 0  # the URL pattern names no group

    def _in_name(self, text: str, start: int, end: int) -> bool:
        """Whether the capitalised word at `start:end` stands next to another one that is not
        at a sentence start (a run of capitalised words: a name)."""
        if _NEXT_CAPITAL.match(text, end):
            return True
        before = _PREVIOUS_CAPITAL.search(text, max(0, start - 60), start)
        return before is not None and not at_sentence_start(
            text, before.start(), self.titles, self._longer_than_titles
        )

    def _number(self, raw: str) -> tuple[str, str]:
        """A number's kind and one spelling ("" when it is too small to keep)."""
        token = normalise_number(raw)
        if "." not in token and int(token) < self.min_integer:
            return "number", ""
        if raw.isdigit() and len(raw) == 4 and 1000 <= int(raw) <= 2100:
            return "year", token
        return "number", token

    def _word(self, raw: str) -> tuple[str, tuple[str, ...]]:
        """A capitalised word's kind and tokens, wherever it stands (none: not a name).

        A compound is split at its hyphens ("Saint-Pétersbourg" -> `saint`, `petersburg`), as
        the other language may write it as two words; an alias names it the same in all.
        """
        if len(raw) < 2:
            return "name", ()  # "I", "A": initials and one-letter words
        token = ELISION.sub("", fold(_POSSESSIVE.sub("", raw)))
        token = self.aliases.get(token, token)
        if token in self.not_names or len(token) < 2:
            return "name", ()
        if raw.isupper():
            return "code", (token,)
        parts = (self.aliases.get(p, p) for p in token.split("-") if len(p) > 1)
        cut = self.name_prefix
        return "name", tuple(self.transliterate(p)[:cut] for p in parts if p not in self.not_names)

    @cached_property
    def _hashes(self) -> dict[str, int]:
        return {}

    def hashes(self, tokens: Iterable[str]) -> tuple[np.ndarray, np.ndarray]:
        """Sorted distinct 32-bit hashes of the tokens (the set the stage compares), and where
        each first appears among them (uint32 ranks: the order a translation keeps)."""
        return distinct_hashes(self.hash_values(tokens))

    def hash_values(self, tokens: Iterable[str]) -> np.ndarray:
        """The 32-bit hash of each token, in order (uint32)."""
        cache = self._hashes
        if len(cache) >= WORD_CACHE_LIMIT:
            cache.clear()
        tokens = list(tokens)
        # (all in C when every token is known: 2x faster than a test a token in Python)
        try:
            return np.fromiter(map(cache.__getitem__, tokens), np.uint32, len(tokens))
        except KeyError:
            for token in tokens:
                if token not in cache:
                    cache[token] = _hash(token)
            return np.fromiter(map(cache.__getitem__, tokens), np.uint32, len(tokens))


def distinct_hashes(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The sorted distinct values, and where each first stands among them (uint32 ranks)."""
    # distinct tokens rarely share a hash: a stable sort is then `np.unique`'s answer
    first = np.argsort(values, kind="stable")
    distinct = values[first]
    if len(distinct) > 1 and not (distinct[1:] != distinct[:-1]).all():
        distinct, first = np.unique(values, return_index=True)
    return distinct, first.astype(np.uint32)


def distinct_hashes_of_many(
    sets: list[np.ndarray],
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """`distinct_hashes` of each array at once: the distinct values and their ranks of all
    of them one after the other, and how many each has. One sort of (array, value, position)
    keys in place of a numpy sort per array (most of whose cost was the calls: 5 microseconds
    an array of 21 values)."""
    sizes = np.fromiter(map(len, sets), np.int64, len(sets))
    if not sizes.sum():
        return np.empty(0, np.uint32), np.empty(0, np.uint32), np.zeros(len(sets), np.int64)
    values = np.concatenate(sets).astype(np.uint32, copy=False)
    which = np.repeat(np.arange(len(sets), dtype=np.int64), sizes)
    position = np.arange(len(values), dtype=np.int64) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    if len(sets) < 2**15 and sizes.max() < 2**16:  # one 63-bit key: sort the keys themselves
        keys = which << 48 | values.astype(np.int64) << 16 | position
        keys.sort()
        which, position = keys >> 48, keys & 0xFFFF
        values = (keys >> 16 & 0xFFFFFFFF).astype(np.uint32)
    else:  # (array, value) keys sorted stably: equal ones keep their positions in order
        order = np.argsort(which << 32 | values.astype(np.int64), kind="stable")
        which, position, values = which[order], position[order], values[order]
    first = np.r_[True, (values[1:] != values[:-1]) | (which[1:] != which[:-1])]
    counts = np.bincount(which[first], minlength=len(sets))
    return values[first], position[first].astype(np.uint32), counts


def roman_value(numeral: str) -> int:
    """The value of a Roman numeral of I, V, X, L and C ("XIX" -> 19)."""
    values = [_ROMAN[c] for c in numeral]
    return sum(-v if v < after else v for v, after in zip(values, values[1:] + [0], strict=True))


def _hash(token: str) -> int:
    return xxhash.xxh32_intdigest(token.encode("utf-8"))


def _matches(text: str, scan: re.Pattern[str] = _SCAN) -> Iterator[re.Match[str]]:
    """The token matches in order; what lies inside a URL is the URL only."""
    # (":" first: one character, searched for at memory speed; 2 in 3 bench texts have none)
    if (":" not in text or "://" not in text) and "www." not in text:
        return scan.finditer(text)
    return _with_urls(text, scan)


def scan_skipping_sentence_starts(longer: int, titles: Iterable[str] = ()) -> re.Pattern[str]:
    """`_SCAN`, less the capitalised words that surely open a sentence and could only be
    names (a capital, lowercase ASCII letters, then a space or a stop): "Residents" in
    "their homes.\nResidents said", "The" in "was flooded. The": 385,000 of the 1.22M
    matches of the 20,000 bench documents, each of which `tokens` looked at to drop it.

    Surely: after a newline, at the start of the text, after `!?…:` and a space, or after a
    stop and a space that follow `longer` ASCII letters (`at_sentence_start`'s `longer`: a
    word longer than any title) or three lowercase ASCII letters no title (folded) ends with
    ("said. The": the word before the stop, folded, ends with them, so it is no title).
    Such a word yields no token wherever it stands at a sentence start (a name is not one
    there; a one-letter word or one that is not a name never is), and its letters and the
    stop after it hold no other match: the matches left are the same.
    """
    endings = sorted({title[-3:] for title in titles if len(title) >= 3})
    not_a_title = "".join(rf"(?<!{re.escape(ending)}\. [A-Z])" for ending in endings)
    guard = (
        rf"(?!(?:(?<=\n[A-Z])|(?<=\A[A-Z])"
        rf"|(?<=\. [A-Z])(?:(?<=[A-Za-z]{{{longer}}}\. [A-Z])|(?<=[a-z]{{3}}\. [A-Z]){not_a_title})"
        r"|(?<=[!?…:] [A-Z]))[a-z]*+[ ,.;:\n)\"])"
    )
    return re.compile(_SCAN.pattern[:_CLASS_END] + guard + _SCAN.pattern[_CLASS_END:])


def _group(match: re.Match[str], text: str) -> str | None:
    """The name of the alternative of `_PATTERN` a match of `_SCAN` is (None: a URL)."""
    if match.re is _URL:
        return None
    return _PATTERN.match(text, match.start()).lastgroup  # type: ignore[union-attr]


def _with_urls(text: str, scan: re.Pattern[str]) -> Iterator[re.Match[str]]:
    urls = list(_URL.finditer(text))
    at = 0
    inside = -1  # end of the last URL given
    for match in scan.finditer(text):
        while at < len(urls) and urls[at].start() <= match.start():
            yield urls[at]
            inside = urls[at].end()
            at += 1
        if match.start() >= inside:
            yield match
    yield from urls[at:]


def at_sentence_start(
    text: str, start: int, titles: frozenset[str] = frozenset(), longer: int = 0
) -> bool:
    """Whether the word at `start` opens a sentence, a line or a quotation after a colon.

    A full stop after a title or an initial ends no sentence: "Mr. Kala", "J. Smith". With
    `longer` (more letters than any title has), a stop after that many ASCII letters ends one
    at once: their word, folded, is longer than any title ("career.", most stops).
    """
    i = start - 1
    while i >= 0 and text[i] in _OPENING:
        i -= 1
    if i < 0 or text[i] == "\n":
        return True
    if text[i] not in _SENTENCE_END:
        return False
    if text[i] == ".":
        if longer and i >= longer:
            tail = text[i - longer : i]
            if tail.isascii() and tail.isalpha():
                return True
        j = i
        while j > 0 and text[j - 1].isalpha():
            j -= 1
        before = text[j:i]
        if (len(before) == 1 and before.isupper()) or fold(before) in titles:
            return False
    return True


def shouted(text: str, start: int, end: int) -> bool:
    """Whether a word in capitals stands among other words in capitals: a line set in capitals
    ("ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY"), not an acronym."""
    return bool(
        _SHOUT_AFTER.match(text, end) or _SHOUT_BEFORE.search(text, max(0, start - 40), start)
    )


def fold(word: str) -> str:
    """Accents folded, lowercased: "Nečas" -> "necas", "Aktuálně" -> "aktualne"."""
    if word.isascii():  # nothing to fold
        return word.lower()
    plain = unicodedata.normalize("NFKD", word)
    return "".join(c for c in plain if not unicodedata.combining(c)).lower().replace("’", "'")


def normalise_number(raw: str) -> str:
    """One spelling per value: "1,5" / "1.5" -> "1.5"; "1 500" / "1,500" / "1.500" -> "1500"."""
    # the commonest shapes first, with string methods (most numbers of a corpus are seen once:
    # this runs for 90,000 of the 20,000 bench documents' numbers); the same answers
    if raw.isdigit():
        return _canonical(raw, "")
    if raw.count(".") + raw.count(",") == 1:
        whole, fraction = raw.replace(",", ".").split(".")
        if whole.isdigit() and fraction.isdigit():
            # a lone mark is a decimal point unless exactly three digits follow
            if len(fraction) != 3:
                return _canonical(whole, fraction)
            return _canonical(whole + fraction, "")
    marks = _SEPARATORS.findall(raw)
    if not marks:
        return _canonical(raw, "")
    parts = _SEPARATORS.split(raw)
    last = marks[-1]
    kinds = set(marks)
    # a decimal point: the last mark when marks differ ("1,500.25", "1.500,25"), or a lone "."
    # or "," not followed by exactly three digits ("1,5", "2.75")
    decimal = last in ".," and (
        (len(kinds) > 1 and last not in marks[:-1]) or (len(marks) == 1 and len(parts[-1]) != 3)
    )
    if decimal:
        return _canonical("".join(parts[:-1]), parts[-1])
    return _canonical("".join(parts), "")


def _canonical(whole: str, fraction: str) -> str:
    whole = whole.lstrip("0") or "0"
    fraction = fraction.rstrip("0")
    return f"{whole}.{fraction}" if fraction else whole
