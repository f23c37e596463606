"""A second planting procedure, built apart from `curate.evaluate.inject`, for the second set.

The first procedure plants each kind in the one context its author had in mind ("Japan, which"
-> "Japan , which"; "5,000 people" -> "5 000 people"; "November. It" -> "November. it"). A rule
tuned until that set passes may hold only there. This one plants the same kinds at other places
and in other forms, where translated news shows them too:
- spaced marks after a number, a percentage or a straight quote ("in 2012 , the", "4% ;"), a
  colon in a title ("Messenger : NASA"), a question mark at the end of a line ("President ?");
- spaced and French quotes around straight quotes as well as curly ones (`" real war "`,
  `« real war »`; the reference keeps the document's own quotes);
- numbers with a currency sign, in brackets, before a full stop or a comma, in a compound or a
  range ("£312 455.", "(A$870 000)", "drew 43 219,", "a 20 000-seat", "7 000-8,000"), decimals
  before other units ("2,5 km", "1,5bn");
- a title or a mangled name after a verb of speaking or at a sentence start;
- a/an before numbers and initialisms ("a 8-year-old", "an BBC");
- a lower-case sentence start after a number, a year, a score, a percentage, a bracket or a
  short word ("in 2007. the", "won 6-2. the", "came in. but");
- a doubled word after a comma or at a line start, from the longer list the stage knows.
The doubled spaces and stray markup of other stages are planted as in the first procedure.
"""

from __future__ import annotations

import random
import re

from curate.evaluate import inject as first
from curate.evaluate.inject import FRENCH_SPACES, Planter, Site
from curate.resources import data_file

DOUBLED = (
    "the", "a", "an", "of", "to", "and", "or", "for", "with", "from", "at", "by", "into",
    "its", "their", "his", "our", "your",
)  # fmt: skip
NOT_A_NOUN = frozenset(
    "a an the and or of in on at to is are was were be as by for nor but so it its if".split()
)
NOT_A_NAME = frozenset("That This He She It They We What Who There Police".split())
SPEAKING = r"(?:said|says|told|added|wrote|explained|argued|noted|insisted|warned|stated)"
# words before a full stop that is not a sentence end, for this procedure
NOT_AN_END = frozenset(
    "mr mrs ms dr st mt ft gen sen rep gov lt col capt prof rev jr sr inc co corp ltd bros no"
    " vs jan feb mar apr jun jul aug sep sept oct nov dec u.s a.m p.m etc approx".split()
)


def _pairs(text: str):
    """`(start, end, open, close, inner)` of each quoted phrase on one line, curly or straight."""
    for m in re.finditer(r"“([^“”\"\s](?:[^“”\"\n]{0,200}[^“”\"\s])?)”", text):
        yield m.start(), m.end(), "“", "”", m.group(1)
    for line in re.finditer(r"[^\n]+", text):
        marks = [m.start() for m in re.finditer('"', line.group(0))]
        if len(marks) % 2:
            continue  # unbalanced: which mark opens is a guess
        for left, right in zip(marks[::2], marks[1::2], strict=True):
            inner = line.group(0)[left + 1 : right]
            if inner and not inner[0].isspace() and not inner[-1].isspace() and len(inner) < 200:
                start = line.start() + left
                yield start, line.start() + right + 1, '"', '"', inner


def _space_before_punct(text: str):
    # after a number, a percentage, a straight quote or a bracket: "in 2012 , the", "4% ;"
    for m in re.finditer(r"(?<=[0-9%\"”)])[,;:?!](?= \S)", text):
        yield Site("space_before_punct", m.start(), m.end(), m.group(0), " " + m.group(0))
    # a colon in a title: "Messenger: NASA discovers" -> "Messenger : NASA discovers"
    for m in re.finditer(r"(?<=[A-Z][a-z])[a-z]*(:)(?= [A-Z])", text):
        yield Site("space_before_punct", m.start(1), m.end(1), ":", " :")
    # a question or an exclamation at the end of a line: "for President?" -> "President ?"
    for m in re.finditer(r"(?<=[^\W\d_])[?!](?=\n|$)", text):
        yield Site("space_before_punct", m.start(), m.end(), m.group(0), " " + m.group(0))
    # a comma after a word before a capital or a number: "Paris, France", "in March, 2012"
    for m in re.finditer(r"(?<=[a-z]{2}),(?= [A-Z0-9])", text):
        yield Site("space_before_punct", m.start(), m.end(), ",", " ,")


def _space_inside_quotes(text: str):
    # "real war" -> " real war " (spaces chosen in `variant`)
    for start, end, left, right, inner in _pairs(text):
        yield Site("space_inside_quotes", start, end, f"{left}{inner}{right}", inner)


def _guillemets(text: str):
    # "real war" -> « real war »; the reference keeps the straight or curly quotes
    for start, end, left, right, inner in _pairs(text):
        yield Site("guillemets", start, end, f"{left}{inner}{right}", inner)


def _number_format(text: str):
    # thousands anywhere a number stands alone: "£312,455." "(A$870,000)" "drew 43,219,"
    # "a 20,000-seat" "7,000-8,000" -> a space, or a no-break one, for the first comma(s)
    # (not after another number: "October 2012 118,800" spaced is not a number anyone can read)
    for m in re.finditer(
        r"(?<![\w.,])(?<![0-9] )[1-9][0-9]{0,2}(?:,[0-9]{3})+(?!\w|[.,][0-9])", text
    ):
        yield Site("number_format", m.start(), m.end(), m.group(0), m.group(0).replace(",", " "))
    # decimals before a unit other than the first procedure's: "2.5 km", "1.5bn", "3.25 points"
    units = r"(?=(?: ?(?:bn|km|kg|tonnes|points|per cent|percent|%)|(?: (?:million|billion)))\b)"
    for m in re.finditer(r"(?<![\w.,])[0-9]{1,3}\.[0-9]{1,2}(?![0-9.,])" + units, text):
        yield Site("number_format", m.start(), m.end(), m.group(0), m.group(0).replace(".", ","))


def _title(kind: str, english: str, source: str):
    def find(text: str):
        # "Mr. Kala" -> "M. Kala"
        for m in re.finditer(rf"(?<![\w.]){re.escape(english)} (?=[A-Z][a-z])", text):
            yield Site(kind, m.start(), m.end(), m.group(0), source + " ")
        # "said Kala" -> reference "said Mr. Kala", injected "said M. Kala"
        for m in re.finditer(rf"\b{SPEAKING} (?=[A-Z][a-z]{{2,}}(?:[,.]| [a-z]))", text):
            yield Site(kind, m.end(), m.end(), english + " ", source + " ")
        # a sentence opening with a surname before a verb: "Kala said" -> "Mr. Kala said"
        for m in re.finditer(rf"(?:^|(?<=\n)|(?<=\. ))(?=[A-Z][a-z]{{2,}} {SPEAKING}\b)", text):
            if text[m.start() : m.start() + 20].split()[0] in NOT_A_NAME:
                continue  # "That said": no surname
            before = text[max(0, m.start() - 6) : m.start()].split()
            if before and before[-1].rstrip(".").lower() in NOT_AN_END:
                continue  # "Mr. Kala said": a title is there already
            yield Site(kind, m.start(), m.start(), english + " ", source + " ")

    return find


def _gazetteer(text: str):
    # a two-word name anywhere, a sentence start or a possessive too: "Petr Necas's" ->
    # reference "Vladimir Putin's", injected "Wladimir Putin's" (names chosen in `variant`)
    for m in re.finditer(r"(?<![\w.’'-])([A-Z][a-z]{2,} [A-Z][a-z]{2,})(?=[ ,.;’'])", text):
        first_word = m.group(1).split()[0].lower()
        if first_word not in NOT_A_NOUN and first_word not in ("this", "that", "there", "when"):
            yield Site("gazetteer", m.start(1), m.end(1), "", "")


def _article(text: str):
    # before a number or an initialism read letter by letter: "an 8-year-old" -> "a 8-year-old",
    # "a BBC" -> "an BBC"; before a lower-case word after a comma or a bracket: "(an early" -> "(a"
    pattern = r"(?<![\w'’.\-/@&+])(a|an) (?=([0-9][0-9,]*\b|[B-DF-HJ-NP-TV-Z]{2,4}\b|[a-z][a-z-]+))"
    for m in re.finditer(pattern, text):
        word, after = m.group(1), m.group(2)
        if after.lower() in NOT_A_NOUN:
            continue
        if after[0].isdigit() and after[:2] in ("11", "18") and len(after.split(",")[0]) == 4:
            continue  # "a 1100" is read either way
        if after[0].islower() and text[max(0, m.start() - 2) : m.start()] not in (", ", " ("):
            if not text[max(0, m.start() - 1) : m.start()] == "(":
                continue  # lower-case words: only after a comma or a bracket (the first set
                # plants them everywhere)
        swapped = {"a": "an", "an": "a"}[word]
        yield Site("article", m.start(), m.start() + len(word), word, swapped)


def _sentence_case(text: str):
    # after a sentence that ends in a number, a year, a score, a percentage, a bracket, a quote or
    # a short word: "in 2007. The" -> "in 2007. the", "won 6-2. The", "came in. But"
    lower = set(re.findall(r"(?<![\w'’-])[a-z]+(?![\w'’-])", text))
    ends = r"(?:[0-9]+(?:-[0-9]+)?%?|[A-Za-z][a-z]{1,2}|[A-Za-z]+[)\"”]|[0-9]+\))"
    for m in re.finditer(rf"(?<![\w.])({ends})\. ([A-Z])([a-z]+)(?=[ ,])", text):
        if m.group(1).lower().rstrip(')"”') in NOT_AN_END:
            continue
        if (m.group(2).lower() + m.group(3)) in lower:
            at = m.start(2)
            yield Site("sentence_case", at, at + 1, m.group(2), m.group(2).lower())


def _doubled_word(text: str):
    # after a comma or a bracket, or at a line start: ", the the report", "\nThe the"
    words = "|".join(DOUBLED)
    for m in re.finditer(rf"(?<=[,(] )({words}) (?=[a-z])", text):
        word = m.group(1)
        yield Site("doubled_word", m.start(), m.end(1), word, f"{word} {word}")
    capitals = "|".join(w.capitalize() for w in DOUBLED)
    for m in re.finditer(rf"(?:^|(?<=\n))({capitals}) (?=[a-z])", text):
        word = m.group(1)
        yield Site("doubled_word", m.start(), m.end(1), word, f"{word} {word.lower()}")
    for m in re.finditer(r"(?<![\w'’-])(into|its|their|his|our|your) (?=[a-z])", text):
        word = m.group(1)
        yield Site("doubled_word", m.start(), m.end(1), word, f"{word} {word}")


def variant(site: Site, rng: random.Random) -> Site:
    """Per planting: which space, which name, which title form."""
    space = rng.choice(FRENCH_SPACES)
    if site.kind == "gazetteer":
        row = rng.choice(data_file("gazetteer.yaml")["names"])
        return Site(site.kind, site.start, site.end, row["right"], row["wrong"])
    if site.kind in ("space_inside_quotes", "guillemets"):
        left, right = site.reference[0], site.reference[-1]
        if site.kind == "guillemets":
            left, right = "«", "»"
            space = "" if rng.random() < 0.4 else space
        return Site(
            site.kind,
            site.start,
            site.end,
            site.reference,
            f"{left}{space}{site.injected}{space}{right}",
        )
    if site.kind == "space_before_punct":
        return Site(site.kind, site.start, site.end, site.reference, space + site.reference)
    if site.kind == "number_format" and " " in site.injected:
        injected = site.injected.replace(" ", space)
        return Site(site.kind, site.start, site.end, site.reference, injected)
    if site.kind == "title_mme" and rng.random() < 0.3:
        return Site(site.kind, site.start, site.end, site.reference, "Mme. ")
    return first.PLANTER.variant(site, rng)


FINDERS = {
    **first.PLANTER.finders,
    "space_before_punct": _space_before_punct,
    "space_inside_quotes": _space_inside_quotes,
    "guillemets": _guillemets,
    "number_format": _number_format,
    "title_m": _title("title_m", "Mr.", "M."),
    "title_mme": _title("title_mme", "Mrs.", "Mme"),
    "gazetteer": _gazetteer,
    "article": _article,
    "sentence_case": _sentence_case,
    "doubled_word": _doubled_word,
}
PLANTER = Planter(FINDERS, variant)
