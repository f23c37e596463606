"""A learned decision: does a lower-case word after a doubtful boundary open a sentence?

The `sentence_case` rules of the `translation` stage capitalise a sentence's first word where
its shape is certain ("mid-November. it continued"). After a line's prefix ("PARIS (Reuters) -
the", "14.05 GMT the", "Q. the"), a colon, a dash, a bracket or an abbreviation ("Capt. the"
against "incl. the") each wording took one more rule, and each rule fitted its batch without
carrying to the next. This model weighs the SHAPE of the place instead: the prefix segment (its
tokens' case, digits, dates and clocks, brackets, an agency-like token, its last mark), the
boundary mark, how often the word opens a sentence in clean English (counted from clean news
text by `sentence_opener_train`, not listed by hand), the words after it, and the rules' own
signals. Whether the prefix is a fragment or a clause is read the same way: a label, a stamp, a
date or a counter holds few small words and none that reads as a verb ("Editor's note:", "Mon
3 Mar:", "+++ 09:14 +++"), running text holds one ("Two things are scarce this month:"), and a
sentence after the mark holds one where a label's value does not ("Weather: drizzle, then
sun."); a word reads as a verb by how often it follows a subject pronoun in the same clean text
("they are", "he said"), learned, not listed (session 50: four sessions of prefix wordings
gained nothing blind). It only adds starts the rules leave alone; the rules' decisions stand.
The stage asks it only where its dateline or label scan fires, or where a short head before a
mark opens a line (`translation_scan.HEAD`; not on every field: +69% CPU), never after a stop
(the rules decide there alone), and for a word that opens sentences at least as often as one
it capitalised in training (`least_odds`); it capitalises only above a score no negative of
its training reached at the same kind of boundary (a line's start, after its prefix, a colon, a
dash, a bracket): a look-alike negative of one kind ("WARNING: the bridge") does not silence the
model at another, nor do the stops it is never asked about. The shape cannot tell a house
style from a slip ("UPDATE 2: the road reopened" is correct English, Chicago's): a start it
finds after a line's prefix, a colon, a dash or a bracket stands only on the document's
evidence (`opener_evidence`: another sentence start a rule is sure of, or a capital at the same
kind of place elsewhere), a line's bare first word on its score alone.

Its weights are data (`curate/data/sentence_opener.json`), read once; scoring walks a few small
gradient-boosted trees, deterministic. A candidate is a lower-case word right after a mark,
at a line's start, or after a line prefix without lower-case letters; once it is capitalised
the next word follows a capitalised word, which is no candidate: a second run finds nothing new.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from typing import Any

from curate.resources import DATA_DIR

MODEL_FILE = "sentence_opener.json"
# a lower-case word after a mark and spaces ("PARIS (AP) - the", "Q: the", "Capt. the")
_AFTER_MARK = re.compile(r"[-–—:)\].!?|>•][ \t\u00a0]{1,3}(?=[a-z])")
# a line's first word in lower case, maybe after a prefix without lower-case letters
# ("14.05 GMT the", "[UPDATED 17:20] the", "LONDON the"): at most six such tokens; led by the
# line break, which the regex engine finds by a fast search (one is put before the text)
_LINE_PREFIX = re.compile(r"\n[ \t]*(?:[^\sa-z]{1,40}[ \t\u00a0]{1,3}){0,6}(?=[a-z])")
_CORE = re.compile(r"[a-z][a-z'’-]{0,40}")
_TRAIL = ",.;:!?)]}’”\"'"
_TOKEN = re.compile(r"\S{1,200}")
_STOP = re.compile(r"[.!?](?=[\s\"”’)\]]|$)")
MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
DAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs "
    "fri sat sun".split()
)
_CLOCK = re.compile(r"\d{1,2}[:.h]\d{2}")
_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}(?:[./-]\d{1,4})?")
# the boundary marks, in the order of the one-hot features
MARKS = ("line", "prefix", ":", "-", ")", ".", "!?", "other")
# after a stop the rules decide alone: trained on the batches' stops, the model read "incl. the"
# and "i.e. the" (made-up negatives) as sentence starts, its odds those of "the" after any stop
STOPS = frozenset({".", "!?"})
REACH = 160  # characters of the prefix segment read before the word
AHEAD = 6  # words read after the candidate for a verb
NO_VERB = math.log(0.1 / 10)  # `_verb` of a word never seen: no verb before the mark


def mark_kind(mark: str) -> str:
    if mark in ("--", "-", "–", "—"):
        return "-"
    if mark in ")]":
        return ")"
    if mark in "!?":
        return "!?"
    if mark in (":", "."):
        return mark
    return "other"


def candidates(value: str) -> dict[int, str]:
    """Offset of each candidate word's first letter -> its boundary kind (`MARKS`)."""
    found: dict[int, str] = {}
    for m in _LINE_PREFIX.finditer("\n" + value):  # offsets one past `value`'s
        found[m.end() - 1] = "prefix" if m.group(0).strip() else "line"
    for m in _AFTER_MARK.finditer(value):
        mark = "--" if value[max(m.start() - 1, 0) : m.start() + 1] == "--" else value[m.start()]
        found.setdefault(m.end(), mark_kind(mark))
    return {at: kind for at, kind in sorted(found.items()) if word_at(value, at)}


def word_at(value: str, at: int) -> str:
    """The lower-case word at `at`, or "" when the token holds more than a word ("iPhone",
    "e.g.", "example.org", "x86"): those are no sentence's first word to capitalise."""
    token = _TOKEN.match(value, at)
    core = token.group(0).rstrip(_TRAIL) if token else ""
    m = _CORE.fullmatch(core)
    return core if m else ""


def features(value: str, at: int, kind: str, rules: int, gated: bool, stats: dict) -> list[float]:
    """The shape of the place at `at` (see the module's docstring), as numbers."""
    line_start = value.rfind("\n", 0, at) + 1
    head = max(line_start, at - REACH)
    before = value[head:at].rstrip()
    # the prefix segment: from the line's start or the last sentence's end before the mark
    cut = max((m.end() for m in _STOP.finditer(before, 0, max(len(before) - 1, 0))), default=0)
    segment = before[cut:].strip()
    tokens = segment.split()
    words = [t.strip("()[]\"'“”‘’,;:") for t in tokens]
    alpha = [w for w in words if w[:1].isalpha()]
    n = len(tokens)
    caps = sum(w[:1].isupper() for w in alpha)
    shout = sum(w.isupper() and len(w) > 1 for w in alpha)
    digits = sum(any(c.isdigit() for c in t) for t in tokens)
    lowered = {w.lower().rstrip(".") for w in alpha}
    last = tokens[-1] if tokens else ""
    last_word = last.rstrip(".:-–—)]").lstrip("([")
    word = word_at(value, at)
    after = value[at + len(word) : at + len(word) + 80].split()
    nxt = after[0] if after else ""
    rest = value[at : at + 200]
    stop = _STOP.search(rest)
    rest_tokens = len(rest[: stop.start()].split()) if stop else 40
    opens, total = _stat(stats, word)
    nxt_open, nxt_total = _stat(stats, nxt.strip(_TRAIL).lower())
    # a fragment or a clause before the mark: a label holds few small words and no verb
    # ("Editor's note:", "Update, 6:18 p.m. ET:", "QUARTERMAINE (by phone):"), running text
    # holds a verb ("Two things are scarce this month:"); what follows is a clause, or a value
    small = [w for w in words if w[:1].islower() and w.isalpha()]
    ahead = [t.strip(_TRAIL + "“‘(").lower() for t in after[:AHEAD]]
    row = [1.0 if kind == k else 0.0 for k in MARKS]
    row += [
        math.log1p(n),
        caps / len(alpha) if alpha else 0.0,
        shout / len(alpha) if alpha else 0.0,
        digits / n if n else 0.0,
        float(not alpha and n > 0),  # only digits and marks before it ("14:05 -")
        float(bool(lowered & MONTHS)),
        float(bool(lowered & DAYS)),
        float(bool(_CLOCK.search(segment))),
        float(bool(_DATE.search(segment))),
        float("(" in segment or "[" in segment),
        float(any(w.isupper() and 2 <= len(w) <= 6 for w in alpha)),  # "AP", "AFP", "PTI"
        float(cut == 0 and head == line_start),  # the segment opens the line
        float(last.endswith(".") and len(last_word) <= 4 and last_word[:1].isupper()),  # "Capt."
        float(last.endswith(".") and last_word[:1].islower()),  # "incl.", "approx."
        float(last.endswith(".") and len(last_word) == 1),  # "Q.", an initial
        float(last_word.isupper() and len(last_word) > 1),
        float(last_word[:1].islower()),
        float(last_word[:1].isupper() and not last_word.isupper()),
        float(bool(last_word) and last_word[:1].isdigit()),
        opens,
        math.log1p(total),
        nxt_open,
        float(nxt[:1].isupper()),
        float(nxt[:1].islower()),
        math.log1p(rest_tokens),
        float(bool(stop)),
        min(rules, 3) / 3,
        float(gated),
        math.log1p(len(small)),
        max((_verb(stats, w) for w in small), default=NO_VERB),
        float(bool(tokens) and not tokens[0][:1].islower()),
        max((_verb(stats, w) for w in ahead), default=NO_VERB),
    ]
    return row


NAMES = tuple(f"mark={k}" for k in MARKS) + (
    "tokens", "caps", "shout", "digits", "no_words", "month", "weekday", "clock", "date",
    "brackets", "agency", "line_segment", "cap_abbrev", "low_abbrev", "letter_dot",
    "last_shout", "last_lower", "last_title", "last_digit", "opens", "frequency",
    "next_opens", "next_cap", "next_lower", "rest_tokens", "rest_stops", "rules", "gated",
    "segment_small", "segment_verb", "segment_opens_cap", "ahead_verb",
)  # fmt: skip


def _stat(stats: dict, word: str) -> tuple[float, float]:
    """(log-odds that `word` opens a sentence, times seen) in the clean text counted."""
    opened, mid = stats.get(word, (0, 0))[:2]
    prior = stats.get("", (1.0, 20.0))  # the share of sentence starts among all words
    odds = math.log((opened + prior[0]) / (mid + prior[1]))
    return odds, opened + mid


def _verb(stats: dict, word: str) -> float:
    """Log-odds that `word` follows a subject pronoun ("he said", "they are", "it was") in the
    clean text counted: how much it reads as a finite verb, learned, not listed."""
    counts = stats.get(word, (0, 0, 0))
    after_subject = counts[2] if len(counts) > 2 else 0
    return math.log((after_subject + 0.1) / (counts[0] + counts[1] + 10))


@cache
def model() -> dict[str, Any] | None:
    """The shipped trees, word counts and threshold (None when the data file is absent)."""
    path = DATA_DIR / MODEL_FILE
    if not path.is_file():
        return None
    with open(path, encoding="utf-8") as handle:
        return load(json.load(handle))


def load(data: dict[str, Any]) -> dict[str, Any]:
    """The model of a data file's contents, as `score` reads it."""
    trees = [
        tuple(zip(t["feature"], t["threshold"], t["left"], t["right"], t["value"], strict=True))
        for t in data["trees"]
    ]
    stats = {w: tuple(c) for w, c in data["words"].items()}
    # only a word that opens sentences as often as one the model capitalised is looked for: a
    # rarer one is no candidate (most of them, found at no cost)
    least = float(data.get("least_odds", -math.inf))
    cut = data["threshold"]  # one score, or one per boundary kind (`MARKS`)
    return {
        "words": frozenset(w for w in stats if w and _stat(stats, w)[0] >= least),
        "trees": trees,
        "base": float(data["base"]),
        # a kind without a threshold (a stop) is never judged: 2.0, out of any score's reach
        "threshold": {k: float(cut.get(k, 2.0) if isinstance(cut, dict) else cut) for k in MARKS},
        "stats": stats,
    }


def score(row: list[float], m: dict[str, Any]) -> float:
    """P(the word opens a sentence): the trees' log-odds summed, as a probability."""
    z = m["base"]
    for tree in m["trees"]:
        node = tree[0]
        while node[0] >= 0:  # a split: go right when the feature exceeds the threshold
            node = tree[node[3] if row[node[0]] > node[1] else node[2]]
        z += node[4]
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def starts(
    value: str, taken: set[int], rules: int, gated: bool
) -> list[tuple[int, int, str, float]]:
    """`(start, end, capital, score)` of each candidate the model calls a sentence's start,
    among those the rules did not decide (`taken`)."""
    m = model()
    if m is None:
        return []
    out = []
    words = m["words"]
    for at, kind in candidates(value).items():
        if at in taken or kind in STOPS or word_at(value, at) not in words:
            continue
        p = score(features(value, at, kind, rules, gated, m["stats"]), m)
        if p >= m["threshold"][kind]:
            out.append((at, at + 1, value[at].upper(), round(p, 3)))
    return out
