"""A line's head before a separator, read by its shape: where the line's sentence starts.

A translation leaves a sentence in small letters after a line's head: a dateline ("Bamako, Mali
-- the army", "KINDIA, Dec. 11, 2024). - the"), an agency before its place ("AGENCE X - KANKAN,
11 December - the"), a section's tag ("SPORT | the"), a bulletin's number ("Bulletin no. 12 -
the"), a stamp ("Published 11/12/2026 at 14:32 - the"), a clock ("14h32 – the"), an
interview's letter ("R – the"), a list's letter ("b) the"). Each blind batch of news brings
heads of new wordings, and a reader of one more wording per batch does not carry to the next.
This module reads the head by its SHAPE instead: the span of a line from its start to the first
separator after which a word in small letters follows (a run of dashes or a pipe between spaces,
a colon, a dash glued to a closing bracket or a stop; earlier separators followed by a capital or
a figure belong to the head: "AGENCE X - KANKAN, 11 December - "), or a list's lead ("b) ",
"ii. ", "2/ "). The span is a head when it is SHORT and NOT A CLAUSE (`is_head`):

- ten tokens at most, at most `REACH` characters;
- it opens with a capital, a figure or a mark, never with a word that opens sentences
  ("The plan - the third this year - failed", "Meanwhile - the talks"): a function word, a
  sentence's opener or a clause's adverb, unless in capitals ("THE WITNESS: ");
- its words are mostly capitals, figures and marks: the small words among them are a particle's,
  a function word's or a clock's ("Rio de Janeiro", "Bulletin of the Port", "no. 12", "14:32
  pm"), as many as the other tokens at most, and one other small word at most (a label's noun:
  "Editor's note"), in a head of three tokens at most and no verb (`verb`);
- no word of it is a verb of the stage's lists ("Police say - the");
- no score nor range ("Lyon 2-1 Nice - the", "Final score (3:1): ", "2019-2024 - the");
- it holds what only a head holds: a figure, a word in capitals, a bracket, a comma (a place and
  its country), two capitalised words, a name (a capitalised word that clean English writes in
  small letters fewer than `ORDINARY` times: "Bamako", not "Warning") or a single letter ("Q",
  "R").

What the separator then leaves is read by the stage: the word must open a clause, the document's
evidence must allow it (a house style writes small letters after a label: "UPDATE 2: the road
reopened"), and a list whose heads all take small letters keeps them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

REACH = 100  # how far into its line a head's separator stands at most
MOST_TOKENS = 10  # the tokens of a head at most ("SAN ISIDRO, Dec. 4, 2026 (Notimex)." has six)
ORDINARY = 3  # a word clean English writes in small letters this often mid-sentence is no name
# a separator: a run of dashes or a pipe between spaces (" - ", " -- ", " — ", " | "), a
# colon, a run of hyphens glued to a closing bracket, a stop or an apostrophe ("(EFE).- ",
# ")- ", "45+2'- "), or an en or em dash glued to a closing bracket ("(ABP)—", ")– "); the
# marks between spaces a class: a pipe's, a bullet's, a breadcrumb's or a pointer's, a slash
# (" | ", " · ", " › ", " → ", " || "; not a slash, which prose writes: "Sales / the crews")
_SEPARATOR = re.compile(
    r" {1,2}(?:-{1,3}|[–—]{1,3}|[|+•·>›→]{1,3}) {1,2}|: |(?<=[)\].'’])\.?-{1,2} "
    r"|(?<=[)\]])[–—]{1,2} ?"
)
# a list's lead at a line's start: a letter, a roman numeral or a number and its stop or its
# bracket, or a thread's counter ("b) ", "(b) ", "B. ", "ii. ", "12) ", "2/ ")
_LEAD = re.compile(r"\(?(?:[A-Za-z]|[ivx]{2,4}|[IVX]{2,4}|[0-9]{1,2})[.)] |[0-9]{1,2}/ ")
# a separator before a small letter, anywhere (`candidates` reads the line of each)
_BEFORE_SMALL = re.compile(r"[-–—|+•·>›→:]{1,3} {1,2}(?=[a-z])|[)\]][–—]{1,2}(?=[a-z])")
# whether a text may hold one at all, asked first: most texts hold none, and `re` tries the
# pattern above at every position (a repeated class first: 40 us a 2 KB text), these two tests
# in C at a fifth of that; an ASCII mark before a small letter, or a mark `re` must decode
_ASCII_BEFORE_SMALL = re.compile(r"[-|+>:] {1,2}[a-z]")
_WIDE_MARKS = ("–", "—", "•", "·", "›", "→")
# a tag in brackets at a line's start: a section's, a clock's, a cue's ("[TECH] ", "[09:05] ",
# "(LIVE) "): no sentence opens with a bracket closed before its first word
_TAG = r"[\[(][^\[\]()\n]{1,40}[\])] "
# a list's lead or a tag, led by a line break
_LEAD_LINE = re.compile(r"\n(?:(?P<lead>" + _LEAD.pattern + r")|" + _TAG + r")(?=[a-z])")
_LEAD_OR_TAG = re.compile(r"(?P<lead>" + _LEAD.pattern + r")|" + _TAG)  # before any letter
# a numbered label after a separator, before the next: "item 7: ", "stage 6 | ", "no. 4 – "
_NUMBERED = re.compile(r"[a-z]{2,12}\.? [0-9]{1,4}[a-z]?(?=[ :])")
# a score, a ratio or a range, no date nor clock: "2-1", "4:0", "(3:1)", "1990-95", "10–15"
_SCORE = re.compile(r"[0-9]{1,4}[-–][0-9]{1,4}|[0-9]{1,3}:[0-9](?![0-9])")
_EDGE = ".,;:!?“”\"‘’'()[]{}*+#|/«»"


class Head(NamedTuple):
    """A line's head: the offsets of its line's start, its separator and the word after it,
    and the separator's kind ("colon", "dash", "pipe" or "lead": a list's)."""

    line: int
    mark: int
    word: int
    kind: str


def candidates(value: str) -> list[Head]:
    """Each line's span before the first separator that a word in small letters follows, or
    its list's lead: a head by position; `is_head` says whether by shape. The lines are found
    by one search of the whole text for a separator's mark before a small letter (in C: most
    lines hold none), then each is read from its start."""
    heads: dict[int, Head | None] = {}  # a line's start -> its head (None: none)
    for m in _LEAD_LINE.finditer("\n" + value):  # offsets one past `value`'s
        kind = "lead" if m.group("lead") else "tag"
        mark = m.end() - (3 if kind == "lead" else 2)
        heads[m.start()] = Head(m.start(), mark, m.end() - 1, kind)
    if _ASCII_BEFORE_SMALL.search(value) is None and not any(m in value for m in _WIDE_MARKS):
        return [heads[begin] for begin in sorted(heads) if heads[begin] is not None]
    for m in _BEFORE_SMALL.finditer(value):
        begin = value.rfind("\n", 0, m.start()) + 1
        if begin in heads or m.start() - begin > REACH:
            continue  # the line's first separator before a small letter only
        heads[begin] = _head(value, begin)
    return [heads[begin] for begin in sorted(heads) if heads[begin] is not None]


def _head(value: str, begin: int) -> Head | None:
    """The head of the line at `value[begin]`: its span before the first separator that a
    small letter follows, where each earlier one opens a part of it with a capital, a figure
    or a bracket ("AGENCE X - KANKAN, 11 December - the")."""
    if not value[begin : begin + 1].strip() or value[begin].islower():
        return None  # a line that opens with a word in small letters holds no head
    for m in _SEPARATOR.finditer(value, begin, begin + REACH):
        after = value[m.end() : m.end() + 1]
        if after.islower() and (n := _NUMBERED.match(value, m.end())) is not None:
            if _SEPARATOR.match(value, n.end()) is not None:
                continue  # "Council minutes, Moncton – item 7: the": a numbered label's part
        if after.islower():
            mark = m.group().strip()[:1]
            kind = "colon" if mark == ":" else "dash" if mark in "-–—" else "pipe"
            return Head(begin, m.start(), m.end(), kind)
        if not (after.isupper() or after.isdigit() or after in '([“"‘'):
            return None  # a head's parts open with a capital, a figure or a bracket
    return None


def ending_at(value: str, index: int) -> Head | None:
    """The head of `value[index]`'s line whose separator, tag or lead ends right before it,
    whatever letter follows ("SION (ATS) – A incursion", "[09:05] A report", "b) An union"):
    where a word after a line's head stands as at the line's start (`is_head` judges the
    span)."""
    begin = value.rfind("\n", 0, index) + 1
    if not 0 < index - begin <= REACH + 4 or value[begin].islower():
        return None
    led = _LEAD_OR_TAG.fullmatch(value, begin, index)
    if led is not None:
        kind = "lead" if led.group("lead") else "tag"
        return Head(begin, index - (2 if kind == "lead" else 1), index, kind)
    for m in _SEPARATOR.finditer(value, begin, index):
        if m.end() == index:
            mark = m.group().strip()[:1]
            kind = "colon" if mark == ":" else "dash" if mark in "-–—" else "pipe"
            return Head(begin, m.start(), m.end(), kind)
        after = value[m.end() : m.end() + 1]
        if not (after.isupper() or after.isdigit() or after in '([“"‘'):
            return None  # a head's parts open with a capital, a figure or a bracket
    return None


# a relative's word: a span holding one holds a clause of a sentence, no head
_RELATIVES = frozenset(("where", "which", "who", "whom", "whose", "when", "while"))


def is_head(
    head: str,
    kind: str,
    small: frozenset[str],
    openers: frozenset[str],
    verbs: frozenset[str],
    ordinary: Callable[[str], bool],
    verb: Callable[[str, str], bool],
    labels: bool = False,
) -> bool:
    """Whether `head`, a line's span before its separator, is a head by its shape (the module's
    docstring): `small`, the small words a head may hold (a particle's, a function word's, a
    clock's); `openers`, the words that open a sentence; `verbs`, the verbs' forms; `ordinary`,
    whether a word in small letters is an ordinary word of clean English (no name); `verb`,
    whether a word in small letters before the next is a finite verb. `kind`: the
    separator's (`Head`); a pipe or another mark no sentence writes between spaces ("Economy |
    the", "+++ 09:14 +++ the") holds a head alone. `labels`: so does a label of one to three
    words before a colon ("Festival guide: the", "Travel advice: the"), a heading run into
    its line's sentence."""
    tokens = head.split()
    if not tokens or len(tokens) > MOST_TOKENS or len(head) > REACH:
        return False
    cores = [t.strip(_EDGE) for t in tokens]
    plain = [c.lower() for c in cores]
    if any(_SCORE.fullmatch(c) for c in cores):
        return False  # "Lyon 2-1 Nice - the", "Final score (3:1): the"
    # a capital after a figure is a date's month, no verb: "3 May", "12 March"
    dated = [i > 0 and cores[i - 1][:1].isdigit() and c[:1].isupper() for i, c in enumerate(cores)]
    if kind != "pipe" and any(p in verbs and not d for p, d in zip(plain, dated, strict=True)):
        return False  # "Police say - the", "Prices rose: the" (a pipe ends no clause; "3 May")
    first = next((c for c in cores if c), "")
    if not first or first[:1].islower():
        return False
    if first.lower() in openers and not _shout(first):
        return False  # "The plan - the third", "Meanwhile - the", "At noon - the"
    if kind != "pipe" and any(p in _RELATIVES for p in plain[1:]):
        return False  # "Zenica, where the mill closed, 12. 3. 2026 - the": a clause inside it
    heads = smalls = 0  # tokens only a head holds; small words of a particle, a clock, ...
    content: list[int] = []  # the other small words: a label's noun
    part = [0] * len(cores)  # each token's part: a mark or a comma ends one ("Minutes, Sion")
    bracket = 0  # the depth of brackets: a name's small words ("(Wallis et Futuna la 1ère)")
    for i, core in enumerate(cores):
        token = tokens[i]
        bracket += token.count("(") + token.count("[")
        inside = bracket > 0
        bracket = max(0, bracket - token.count(")") - token.count("]"))
        if i:
            ended = not any(c.isalnum() for c in cores[i - 1]) or tokens[i - 1].endswith(",")
            part[i] = part[i - 1] + ended
        if not any(c.isalnum() for c in core):
            continue  # a mark: "+++", "|", "(", "—"
        if core[:1].islower():
            numbered = i + 1 < len(cores) and cores[i + 1][:1].isdigit()
            if plain[i] in small or (token.endswith(".") and len(core) <= 3) or numbered:
                smalls += 1  # "de", "of", "am", "no.", "ca.", a numbered label's "stage 6"
            elif inside and heads:
                smalls += 1  # a bracketed name's small word: "(Wallis et Futuna)"
            elif token.endswith(".") and i + 1 < len(tokens):
                return False  # "Wow, dude. Vladimir Putin": a sentence ended inside it
            else:
                content.append(i)
            continue
        heads += 1
    if smalls > max(heads, 1) or len(content) > 1:
        return False
    if content:
        i = content[0]
        nxt = plain[i + 1] if i + 1 < len(plain) else ""
        # the words of its part, no small word nor figure: "Epidemiological bulletin no. 48"
        words = sum(part[j] == part[i] and cores[j][:1].isalpha() for j in range(len(cores)))
        words -= sum(part[j] == part[i] and plain[j] in small for j in range(len(cores)))
        if words > 3 or (kind != "pipe" and verb(plain[i], nxt)):
            return False  # "Prices rise fast - the": a clause's words
    return (
        kind in ("pipe", "tag")
        or (labels and kind == "colon" and len(tokens) <= 3)
        or any(c.isdigit() for c in head)
        or any(_shout(c) for c in cores)
        or "(" in head
        or "[" in head
        or "," in head
        or sum(c[:1].isupper() for c in cores) >= 2
        or any(c[:1].isupper() and (len(c) == 1 or not ordinary(c.lower())) for c in cores)
    )


def stands_alone(head: str, kind: str, ordinary: Callable[[str], bool]) -> bool:
    """Whether `head` (`is_head`), before its separator of `kind`, is one no English house
    style writes a small letter after, so that the document's evidence of translation of any
    kind lets its sentence open with a capital: not a label before a colon ("UPDATE 2: the
    road reopened" is Chicago's style), nor a list's lead; a head that opens with a name, a
    figure, a mark or capitals and holds a figure, capitals, a bracket or a comma ("Bamako,
    Mali -- the", "14h32 – the", "Bulletin no. 12 - the"), or a section's tag before a pipe
    ("Sport | the"); one that opens with an ordinary word holds a comma or a bracket ("Port
    Vellan, Oristan – the"; not "Rates 2025-03-14 - the", "Warning - the"); not a name alone
    before a dash ("Bonn/Köln - the trains", which a sentence may open with)."""
    if kind == "colon" and head.rstrip().endswith(")") and "," in head:
        return True  # a dateline's agency before its colon: "MARADI, 10 December (ANP): the"
    if kind in ("colon", "lead"):
        return False
    cores = [c for c in (t.strip(_EDGE) for t in head.split()) if c]
    first = cores[0] if cores else ""
    listed = kind == "pipe" or "(" in head or "[" in head or "," in head
    if first[:1].isalpha() and not _shout(first) and ordinary(first.lower()):
        return listed  # "Port Vellan, Oristan – the"; not "Rates 2025-03-14 - the"
    return listed or any(c.isdigit() for c in head) or any(_shout(c) for c in cores)


# a part of a bilingual label: one to four words, the first a capital's ("Avis", "Press release",
# "VIGILANCE ORANGE"); the label is two parts joined by a slash between spaces
_LABEL_PART = re.compile(r"[^\W\d_][^\s/]{0,30}(?: [^\W\d_][^\s/]{0,30}){0,3}")
# a date's token: a weekday's or a month's name (abbreviated or not, a stop after it), a day's
# number (an ordinal's suffix after it) or a year ("Tuesday", "3", "March", "2026", "Sept.")
_DATE_TOKEN = re.compile(
    r"(?i:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?"
    r"|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
    r"|[0-9]{1,2}(?:st|nd|rd|th)?|[12][0-9]{3}"
)
_MONTH_TOKEN = re.compile(r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?")
# the words a heading of a question's shape opens with ("What we know", "Why it matters")
_WH_WORDS = frozenset(("what", "why", "how", "where", "who", "when", "which"))
# the verbs a wh-word's clause holds, not a heading's ("What he said was: the")
_COPULAS = frozenset(("is", "was", "are", "were", "be", "been", "'s", "’s"))


def bilingual(head: str) -> bool:
    """Whether `head` is a label in two languages, two parts of one to four words each joined by
    a slash between spaces ("Avis / Notice", "Aviso / Warning", "VIGILANCE ORANGE / ORANGE
    ALERT"): an institution's banner, no writer's note whose own words run on in small letters;
    not a name's slash, which prose writes glued ("Bonn/Köln")."""
    parts = head.strip().split(" / ")
    return len(parts) == 2 and all(
        p[:1].isupper() and _LABEL_PART.fullmatch(p) is not None for p in parts
    )


def foreign_tag(head: str) -> bool:
    """Whether `head` is a tag of one to three words in capitals, one of them with a letter
    English does not write ("ÉNERGIE", "SOCIÉTÉ", "MÉTÉO LOCALE"): a section's label left in
    the source language, which no English note's label is ("UPDATE", "WARNING")."""
    cores = [t.strip(_EDGE) for t in head.split()]
    if not 1 <= len(cores) <= 3 or not all(_shout(c) for c in cores):
        return False
    return any(ch.isalpha() and not ch.isascii() for c in cores for ch in c)


def date_only(head: str) -> bool:
    """Whether `head` is a date and nothing else: a month's name and a day's number, a weekday's
    name and a year around them or not ("Tuesday 3 March", "Friday, May 9, 2026", "14th
    June"): a timeline's or a diary's date, which no note's label leads ("UPDATE, Dec 6" holds
    another word)."""
    cores = [t.strip(",") for t in head.split()]
    if not 2 <= len(cores) <= 5 or not all(_DATE_TOKEN.fullmatch(c) for c in cores):
        return False
    return any(_MONTH_TOKEN.fullmatch(c) for c in cores) and any(
        c[:1].isdigit() and len(c.rstrip("stndrh")) <= 2 for c in cores
    )


def wh_heading(head: str) -> bool:
    """Whether `head`, before a colon, is a heading of a question's shape: a wh-word in capital
    and one to four words after it, no copula ("What we know", "Why it matters", "How the vote
    works"), a story's section run into its line; not a clause that names its subject ("What
    he said was")."""
    words = head.split()
    if not 2 <= len(words) <= 5 or words[0].lower() not in _WH_WORDS or not words[0][:1].isupper():
        return False
    rest = [w.lower().strip(_EDGE) for w in words[1:]]
    return all(w.isalpha() for w in rest) and not any(w in _COPULAS for w in rest)


# the words an English section heading opens with before its noun ("The facts", "Our view",
# "In numbers", "Key dates"): `article_heading`
_HEADING_LEADS = frozenset(("the", "our", "in", "key", "at"))


def article_heading(head: str, verbs: frozenset[str]) -> bool:
    """Whether `head`, before a colon, is a section's heading in English that opens with an
    article, a possessive or a preposition and one or two words in small letters ("The facts",
    "The bottom line", "Our view", "In numbers"), no verb among them ("The rule is simple",
    "The minister added": a clause, its colon goes on with the sentence)."""
    words = head.split()
    if not 2 <= len(words) <= 3 or words[0].lower() not in _HEADING_LEADS:
        return False
    if not words[0][:1].isupper():
        return False
    rest = words[1:]
    return all(w.isalpha() and w.islower() for w in rest) and not any(
        w in verbs or w in _COPULAS or w in _HEADING_LEADS for w in rest
    )


def heading(head: str, verbs: frozenset[str]) -> bool:
    """Whether `head` before a colon is an English section heading run into its sentence: a
    question's shape ("What changes", "Why it matters", "What's next") or an article's
    (`article_heading`)."""
    first, _, rest = head.partition(" ")
    stem = first.removesuffix("'s").removesuffix("’s")
    if stem != first and stem.lower() in _WH_WORDS and rest:
        head = f"{stem} {rest}"  # "What's next": "What next"
    return wh_heading(head) or article_heading(head, verbs)


def _shout(word: str) -> bool:
    """Whether `word` is in capitals, two letters or more ("SPORT", "AFP", "QALA-E-SABZ")."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)
