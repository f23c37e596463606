"""Which translation rules may match a field, from one Hyperscan pass over its UTF-8 bytes.

The translation rules' pre-checks (the names' literals, a space before a mark, a number's
shape, a doubled word, a sentence opening in lower case) are each a Python regex scan of the
whole field, and nearly every field answers "no" to every one: on the bench's news they were
most of the stage's time. Hyperscan runs them all as one compiled multi-pattern scan and gives
one bit per rule. A bit is set whenever the field holds a shape that every match of the rule
holds (a superset: its own pre-check then runs as before); a clear bit proves the rule has no
match in the field, so the stage skips it. Each shape, in the UTF-8 bytes:

- `NAMES`: one of the literals of the gazetteer and the titles (the same list as the
  stage's `_names_needs`; a str literal is in a str exactly when its UTF-8 is in its UTF-8);
- `SPACE`: a space then one of `,;:!?.` (`_NEEDS_SPACE_BEFORE_PUNCT`, exactly);
- `NUMBER`: an ASCII digit then a comma and one or two digits with no digit or comma after
  them, or a space (plain, U+00A0 or U+202F) and three digits: every decimal comma ("1,5") and
  every thousands space ("5 000") has one, and a thousands comma ("1,500", most numbers in
  news) has neither (the stage's `_may_number` asks the same two shapes);
- `DOUBLED`: a doubled word "w w" of the list, ASCII case ignored, with no ASCII letter, digit
  or `_` on either side (`\\b`): the doubled-word pattern wants no Unicode word character
  there, and a non-ASCII character is no ASCII one; its case-insensitive match of non-ASCII
  letters (the long s, the Kelvin sign) is left to the stage, which asks the full check then;
- `SENTENCE`: `.`, `!` or `?`, a bracket or a closing quote, a space or a paragraph break, an
  opening quote or bracket, then a lower-case ASCII letter: the shape of every match of the
  sentence pattern;
- `DECORATED`: `.`, `!` or `?`, a bracket or a closing quote, then a footnote's mark (a
  superscript digit, `†`, `‡`, `[` and a digit) or a space and an emoji's first bytes: the
  shape of every match of the stage's `_DECORATED_CASE` (a sentence's end, a footnote's mark
  or an emoji, a word in small letters: "€12bn.² the", "screen. 🎬 restorers");
- `DATELINE`: a dateline at a line's start (a capital, then capitals, digits, `.`, `'`, `’`,
  spaces and hyphens; a country, a state or a date after a comma, twice at most, an agency in
  brackets; or capitalised words and an agency in brackets), a dash between spaces (`-`, `--`,
  `–`, `—`) and a lower-case ASCII letter: the shape of every sentence the stage's
  `_after_datelines` reads ("PARIS (Reuters) - the traders", "MEXICO CITY, Oct 30 (AFP) --
  the", "Bonn/Köln (dpa) - the"); what follows the comma is read as any bytes but a line
  break; or a line that opens with a capital and holds an agency in brackets, then a dash, a
  stop and a hyphen or nothing ("Quillon, Nov 8 (EFE).- the", "Vennamor, Nov 8 (IANS) the"),
  or the agency alone before its dash ("(Bloomberg) -- the"); or a line that opens with a
  capital or a bracket, and a closing bracket before a colon or a dash ("Drennock, Dec 5 (PTI):
  the", "(ANSA) - Corvistow, December 5 - the", "Quillby, Scotland--(Newsfile Corp. - December
  5, 2026) - the"), or a wire between slashes ("BRINDLEMERE, December 5. /TASS/. the"); or
  a comma or a stop, a date (a month's name and a day, or a day and a month's name, a year or
  none), its colon and a lower-case ASCII letter, wherever the line opens ("NALKOT, December 6:
  the", "KARVEL, 6 Dec.: the", "Noorkhanwala, Dec. 4: the": the place before the date, in
  capitals or not, is the stage's to read); the same date, then words that open with no small
  letter before a dash, a colon, a bracket or a slash, wherever the line opens (the stage's
  `_dated_head`, whose dates in figures or months in capitals this bit leaves to the others:
  "Oqtepa. Dec 5. UzA - the", "Vel Harro, Sept.14 (MNA)- the", "…, Dec. 5. By Ines Molt -
  Trend: the"; one alternative for both, its literal months one fast scan);
- `PLACE`: a line that opens with up to eight words, each opening with a capital, a figure or a
  bracket (a place's particle before one aside), then a run of one to three dashes between
  spaces and a lower-case ASCII letter; or a wire's name alone in brackets before one: the
  datelines `DATELINE` does not stand for, a place alone or a dash written as a run ("Mbanza
  Quiela - the", "KORVEL, 06 DECEMBER 2026 (PNA) --- the", "(KPL) the"), read by the stage's
  `_after_datelines` (`_place_alone`, `_dash_run`), or a run of dashes glued to the word or to
  what ends the dateline ("(ABP)—entire", "KIGALI—the": `_glued_run`), or a date and a wire's
  name with no mark after it ("Baku, December 4, AZERTAC the"); a bit of its own, so
  that the learned openers, which `DATELINE` and `LABELLED` gate, are not asked on these fields
  for it;
- `LABELLED`: a label at a line's start (a clock's stamp in brackets, before a dash or bare, with
  its am or pm or not, one to four words, the first opening with a capital, their other bytes any
  but a space, a colon or a line break, a role in brackets or after a comma or none, and a colon, in
  bold or not; or a capital and a stop), spaces and a lower-case ASCII letter; or a question's
  label, then an answer's on its line after a mark: the shape of every turn the stage's
  `_after_speaker_labels` and `_answers` read ("MODERATOR: investors", "Dr Patel: the", "A. rescue",
  "[00:12:41] REPORTER: the", "14:32 – Chief Nwosu: the", "Sen. Ruiz (D-Texas): the", "Dr Renner,
  health commissioner: the", "Harbour master: the", "11.42am — Harbour master Olu Breck: the",
  "**Chief Inspector Hale:** the", "Q: Who pays? A: the"); or a line with two capitalised words
  before a colon and a lower-case letter after it, where the stage's `_named_label` reads a label
  that ends with a person's name ("[14h05] Prof. Ulla Marsk (Pellory University): the", "3:15 p.m.
  ET — Police spokesman Rafe Dunmore: the"), a handle's ("@caldrithfire (12:40): the"), or a label
  in capitals with its note in brackets ("THE WITNESS [through an interpreter]: the").
- `PREFIX`: a figure, or a closing bracket, before a colon (spaces between or none), a space
  and a lower-case ASCII letter ("Day 4: the", "Speaker 2 (03:17): the"); a figure, then a
  closing bracket, a space and one ("[16:40] the"); a figure or a roman numeral's letter, a
  stop, a space and one ("ii. the"); a closing bracket, then a run of one to three dashes,
  glued or after spaces, a space or none and one ("(STT) – the", "(ABP)—entire"); or a story's
  flash at a line's start (the stage's `flash_labels`, any case), a run of dashes and one
  ("URGENT – the"): the shape of every prefix the stage's `_after_prefix` lets through
  (`_prefix_routed`), wherever the line opens;
- `HEAD`: a line that opens with a short head (at most 60 bytes: a label, a stamp, a date, a
  counter) before a colon, a bracket, a slash, a plus or a run of dashes, then spaces and a
  lower-case ASCII letter, or a run of dashes opening the line: the places where the stage's
  learned openers (`sentence_opener`) weigh whether the head is a fragment or a clause ("09:42
  GMT – the", "+++ 09:14 +++ the", "Thu 4 Dec: the", "2/ the"); a gate for the model only;
- `ARTICLE_A`, `ARTICLE_AN`, `ARTICLE_CAP`: the article rule's suspect pairs (the stage's
  `_article_suspects`), one bit each: "a" before a character a vowel sound may open with (or a
  letter and a hyphen: "a X-ray"), "an" before anything, "A", "An" or "AN"; each after no ASCII
  letter, digit or `_` (`\\b`): the stage's lookbehinds want no Unicode word character there
  (nor an apostrophe, a stop, a hyphen...), and a non-ASCII character is no ASCII one.

Without the `hyperscan` package (no wheel for the platform), `FieldScan.build` gives None and
the stage asks every pre-check, as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from curate.build_cache import cached_database

try:
    import hyperscan
except ImportError:  # pragma: no cover (no wheel for this platform)
    hyperscan = None

NAMES = 1
SPACE = 2
NUMBER = 4
DOUBLED = 8
SENTENCE = 16
DECORATED = 32
DATELINE = 64
LABELLED = 128
PLACE = 256
ARTICLE_A = 512
ARTICLE_AN = 1024
ARTICLE_CAP = 2048
PREFIX = 4096
HEAD = 8192
ARTICLES = (ARTICLE_A, ARTICLE_AN, ARTICLE_CAP)  # in the order of the stage's suspects
EVERY = NAMES | SPACE | NUMBER | DOUBLED | SENTENCE | DECORATED | DATELINE | LABELLED | PLACE
EVERY |= ARTICLE_A | ARTICLE_AN | ARTICLE_CAP | PREFIX | HEAD
# a mark that ends a sentence, a bracket or a closing quote, then a footnote's mark (¹ ² ³ in
# U+00B2-00B9, ⁰ ⁴-⁹ in U+2070-2079, † ‡, "[" and a digit) or a space and an emoji (U+2600 to
# U+27BF, U+2B50, U+2B55, or a character of plane 1 from U+1F000)
# a month's name, its abbreviation with a stop or none (the stage's `_MONTH`)
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# a dateline's head by its shape (the stage's `_dated_head`): a date of the stage's `_HEAD_DATE`
# after a comma or a stop, then words that open with no small letter (a place's particle aside)
_HEAD_WORDS = (
    r"(?:[^\n\x20]|\x20[^\n\x20a-z]|\x20(?:de|del|la|le|el|al|da|do|dos|di|du)\x20[^\n\x20a-z])"
)
# (a month's name as the stage's `_MONTH` writes it, before or after its day: the literal names
# keep the scan fast; a date in figures or a month in capitals after a place not in capitals is
# read when another of the field's shapes asks for the dateline search, not by this bit)
_HEAD_DATE = _MONTH + r"\x20?[0-9]|[0-9]{1,2}(?:st|nd|rd|th)?\x20" + _MONTH
# a line's start, a dateline (the stage's `_DATELINE`, what follows its comma read as any bytes
# but a line break: an unbounded repeat, which Hyperscan compiles faster than bounded ones),
# then a dash between spaces and a letter in small letters; or a date after a comma or a stop,
# words that open with no small letter, a dash, a colon, a bracket or a slash and a letter in
# small letters, wherever the line opens (the stage's `_DATE_END` and `_dated_head`: "NALKOT,
# December 6: the", "Noorkhanwala, Dec. 4: the", "Golzarabad, Dec 5, IRNA -- the"; literal
# months, a fast scan)
_DATELINE = (
    r"^[A-Z](?:[A-Z0-9.'\x20-]|\xe2\x80\x99){1,40}"
    r"(?:,\x20[^\n]*)?"
    r"(?:\x20?\([A-Za-z]{1,12}\))?"
    r"\x20(?:--?|\xe2\x80[\x93\x94]|/)\x20[a-z]"
    r"|^[A-Z][^\n\x20(]*(?:\x20[A-Z][^\n\x20(]*)*\x20\([A-Za-z]{2,12}\)"
    r"\x20(?:--?|\xe2\x80[\x93\x94])\x20[a-z]"
    r"|^[A-Z][^\n]*\([A-Za-z\x20-]{2,24}\)(?:\.-|\x20(?:--?|\xe2\x80[\x93\x94]))?\x20[a-z]"
    r"|^\([A-Za-z]{2,12}\)\x20(?:[^\n]*\x20)?(?:--?|\xe2\x80[\x93\x94])\x20[a-z]"
    r"|^[A-Z(][^\n]*\)(?::|\x20(?:--?|\xe2\x80[\x93\x94]))\x20[a-z]"
    r"|^[A-Z][^\n]*/[A-Za-z][A-Za-z-]{1,24}/\.?\x20(?:(?:--?|\xe2\x80[\x93\x94])\x20)?[a-z]"
    r"|[,.]\x20(?:" + _HEAD_DATE + r")" + _HEAD_WORDS + r"*"
    r"\x20?(?:-|\xe2\x80[\x93\x94]|:|\)|/\.?)\x20[a-z]"
)
# a line's start, up to eight words that open with a capital, a figure or a bracket (a place's
# particle before one aside), then a run of one to three dashes between spaces and a letter in small
# letters; or a wire's name alone in brackets before a letter in small letters: the datelines
# `DATELINE` leaves to the other bits, a place alone or a run of dashes (the stage's `_place_alone`
# and `_dash_run`: "Mbanza Quiela - the", "São João do Ribeirão (Agência Brasil) – the", "KORVEL, 06
# DECEMBER 2026 (PNA) --- the", "(KPL) the", "(Jiji Press) the"); or a line that opens with a
# capital or a bracket and holds a run of dashes glued to a word in small letters or to what ends a
# dateline, after a capital, a figure, a stop or a bracket, or after a small letter on a line that
# opens with two capitals (the stage's `_glued_run`: "(ABP)—entire", "KIGALI—the", "--(BUSINESS
# WIRE)-- five", "LAGOS, Nigeria—the"; a lone hyphen after a bracket only, not "UN-backed"); or a
# date as `DATELINE` reads it, then a wire's name in capitals after a comma or a stop and no mark
# before the word ("Baku, December 4, AZERTAC the": the stage's `_AGENCY_LAST`); a bit of its own,
# which the stage's learned openers are not asked on
_CAPITAL_WORD = r"(?:[A-Z0-9(]|\xc3[\x80-\x9e])[^\n\x20]*"
_PLACE = (
    r"^"
    + _CAPITAL_WORD
    + r"(?:\x20(?:(?:de|del|la|le|el|al|da|do|dos|das|di|du)\x20)?"
    + _CAPITAL_WORD
    + r"){0,7}\x20(?:-|\xe2\x80[\x93\x94]){1,3}\x20[a-z]"
    r"|^\([A-Za-z]{2,12}(?:\x20[A-Z][A-Za-z]{1,11})?\)\x20[a-z]"
    r"|^[A-Z(][^\n]*(?:(?:[A-Z0-9.]|\xc3[\x80-\x9e])(?:--|-?\xe2\x80[\x93\x94])"
    r"|[)\]](?:-|\xe2\x80[\x93\x94]))(?:-|\xe2\x80[\x93\x94]){0,2}\x20?[a-z]"
    r"|^[A-Z(][A-Z][^\n]*[a-z](?:--|-?\xe2\x80[\x93\x94])"
    r"(?:-|\xe2\x80[\x93\x94]){0,2}\x20?[a-z]"
    r"|[,.]\x20(?:" + _HEAD_DATE + r")" + _HEAD_WORDS + r"*[,.]\x20[A-Z][A-Za-z]*[A-Z]\x20[a-z]"
)
# a line's start, a clock's stamp in brackets, before a dash or bare ("17:31 Breaking: "), one to
# four words, the first opening with a capital (any bytes but a space, a colon or a line break after
# each), a role in brackets or not, and a colon, or a capital and a stop, then spaces and a letter
# in small letters (the stage's `_TRANSCRIPT_LABEL` before a word in small letters; unbounded
# repeats, which Hyperscan compiles faster than bounded ones); or a question's label before an
# answer's on its line and a letter in small letters (the stage's `_INLINE_ANSWER` after a "Q"
# label)
_LABELLED = (
    r"^(?:\[[0-9:]*\]\x20|[0-9:.]+(?:\x20?[ap][.m]*)?\x20(?:(?:-|\xe2\x80[\x93\x94])\x20)?)?"
    r"(?:\*\*)?(?:[A-Z][^\n:\x20]*(?:\x20[A-Za-z][^\n:\x20]*){0,3}"
    r"(?:\x20[(\[][^\n]*[)\]]|,\x20[a-z][^\n:]*)?:(?:\*\*)?|[A-Z]\.)\x20{1,3}[a-z]"
    r"|(?:Q[.:]|Question:)\x20[^\n]*[?!.]\x20(?:A[.:]|Answer:)\x20{1,3}[a-z]"
    r"|^[^\n]*[A-Z][a-z]+\x20[A-Z][a-z]+[^\n:]*:[*_]{0,2}\x20[a-z]"
    r"|^@[A-Za-z][^\n]*:\x20[a-z]"
    r"|^[A-Z][A-Z\x20]*\x20[\[(][a-z][^\n\])]*[\])]:\x20[a-z]"
)
# a line's prefix before its sentence in small letters (the stage's `_after_prefix`, the
# prefixes `_prefix_routed` lets through): a counter's figure or a stamp's bracket before a
# colon; a stamp in brackets that holds a figure; a counter's stop; a bracket before a run of
# dashes (a story's flash before one: `_flash_prefix`)
_DASHES = r"(?:-|\xe2\x80[\x93\x94])"
_PREFIX = (
    r"[0-9)\]]\x20*:\x20[a-z]"
    r"|[0-9][^()\[\]\n]*[)\]]\x20[a-z]"
    r"|[0-9ivxlcIVXLC]\.\x20[a-z]"
    r"|[)\]](?:\x20+" + _DASHES + r"{1,3}\x20|" + _DASHES + r"{1,3}\x20?)[a-z]"
)
# a short head at a line's start (at most 60 bytes: a label, a dateline, a stamp, a counter),
# then a colon, a bracket, a slash, a plus or a run of dashes, and a letter in small letters; or
# a run of dashes opening the line: the places `sentence_opener` weighs as a fragment before a
# sentence ("09:42 GMT – the", "+++ 09:14 +++ the", "Editor's note: the", "b) the", "2/ the")
_HEAD = (
    r"^[^\n]{1,60}(?::|[)\]+/]|\x20" + _DASHES + r"{1,3})\x20{1,3}[a-z]"
    r"|^" + _DASHES + r"{1,3}\x20{1,3}[a-z]"
)
_DECORATED = (
    r"[.!?](?:[)\]\x22]|\xe2\x80[\x9d\x99])?(?:\xc2[\xb2\xb3\xb9]|\xe2\x81[\xb0\xb4-\xb9]"
    r"|\xe2\x80[\xa0\xa1]|\[[0-9]|\x20(?:\xe2(?:[\x98-\x9e]|\xad[\x90\x95])|\xf0\x9f))"
)


def _flash_prefix(flashes: Iterable[str]) -> str:
    """A story's flash alone at a line's start before a run of dashes and a letter ("URGENT –
    the", "Breaking news—the"): `PREFIX`'s last shape, its labels' bytes as literals."""
    labels = "|".join(_bytes_pattern(label) for label in sorted(flashes))
    return r"^(?:" + labels + r")(?:\x20+" + _DASHES + r"{1,3}\x20|" + _DASHES + r"{1,3})[a-z]"


def _bytes_pattern(literal: str) -> str:
    """`literal`'s UTF-8 bytes as a Hyperscan pattern, each byte written `\\xHH`."""
    return "".join(f"\\x{byte:02x}" for byte in literal.encode("utf-8", "surrogatepass"))


class FieldScan:
    """The rules' shapes compiled into one Hyperscan database; `shapes(value)` scans a field.

    `names`: the names' literals (None: that pre-check is not asked, the bit is always set);
    `doubled_words`: plain lower-case ASCII words, or None; `space`, `number`, `sentence`:
    whether the stage's own pre-checks of those rules are the shipped ones the shapes stand for;
    `articles`: the ASCII characters a vowel sound may open with and the letters read before a
    hyphen (the stage's `_article_openings`), or None (the article bits always set).
    """

    def __init__(
        self,
        names: Iterable[str] | None,
        doubled_words: Iterable[str] | None,
        space: bool,
        number: bool,
        sentence: bool,
        articles: tuple[str, str] | None = None,
        flashes: Iterable[str] = (),
    ) -> None:
        expressions: list[tuple[str, int, int]] = []  # (pattern, bit, flags)
        always = 0  # the bits set for every field: rules this scan does not stand for
        if names is None:
            always |= NAMES
        else:
            expressions += [(_bytes_pattern(name), NAMES, 0) for name in names if name]
        if doubled_words is None:
            always |= DOUBLED
        else:
            caseless = hyperscan.HS_FLAG_CASELESS if hyperscan else 0
            expressions += [(rf"\b{w} {w}\b", DOUBLED, caseless) for w in doubled_words]
        if space:
            expressions.append((r"\x20[,;:!?.]", SPACE, 0))
        else:
            always |= SPACE
        if number:
            expressions.append(
                (
                    r"[0-9](?:,[0-9]{1,2}(?:[^0-9,]|$)|(?:\x20|\xc2\xa0|\xe2\x80\xaf)[0-9]{3})",
                    NUMBER,
                    0,
                )
            )
        else:
            always |= NUMBER
        if sentence:
            expressions.append(
                (
                    r"[.!?](?:[)\]\x22]|\xe2\x80[\x9d\x99])?(?:\x20|\n\n)(?:[\x22(]|\xe2\x80[\x9c\x98])?[a-z]",
                    SENTENCE,
                    0,
                )
            )
        else:
            always |= SENTENCE
        if articles is None:
            always |= ARTICLE_A | ARTICLE_AN | ARTICLE_CAP
        else:
            opens, hyphened = (re.escape(chars) for chars in articles)
            expressions += [
                (rf"\ba\x20(?:[{opens}]|[{hyphened}]-)", ARTICLE_A, 0),
                (r"\ban\x20", ARTICLE_AN, 0),
                (r"\bA[nN]?\x20", ARTICLE_CAP, 0),
            ]
        expressions.append((_DECORATED, DECORATED, 0))
        multiline = hyperscan.HS_FLAG_MULTILINE if hyperscan else 0
        expressions.append((_DATELINE, DATELINE, multiline))
        expressions.append((_LABELLED, LABELLED, multiline))
        expressions.append((_PLACE, PLACE, multiline))
        expressions.append((_PREFIX, PREFIX, 0))
        expressions.append((_HEAD, HEAD, multiline))
        if flashes:
            caseless = hyperscan.HS_FLAG_CASELESS if hyperscan else 0
            expressions.append((_flash_prefix(flashes), PREFIX, multiline | caseless))
        self.expressions = expressions
        self.always = always
        self._database: Any = None

    @classmethod
    def build(cls, *args: Any, **kwargs: Any) -> FieldScan | None:
        """A scan, or None without the `hyperscan` package."""
        if hyperscan is None:
            return None
        return cls(*args, **kwargs)

    def _compiled(self) -> Any:
        if self._database is None:
            # compiled once per machine, not per run and worker (curate.build_cache)
            self._database = cached_database(self.expressions, self._compile)
        return self._database

    def _compile(self) -> Any:
        database = hyperscan.Database()
        if self.expressions:
            patterns, bits, flags = zip(*self.expressions, strict=True)
            database.compile(
                expressions=[pattern.encode("ascii") for pattern in patterns],
                ids=list(bits),
                flags=[flag | hyperscan.HS_FLAG_SINGLEMATCH for flag in flags],
            )
        return database

    def shapes(self, value: str) -> int:
        """The bits of the rules that may match in `value` (a clear bit: no match)."""
        if not self.expressions:
            return self.always
        found = [self.always]

        def seen(bit: int, start: int, end: int, flags: int, context: Any) -> None:
            found[0] |= bit

        self._compiled().scan(value.encode("utf-8", "surrogatepass"), match_event_handler=seen)
        return found[0]

    def __getstate__(self) -> dict[str, Any]:
        """Pickled without the compiled database (made again when first asked)."""
        return {**self.__dict__, "_database": None}
