"""Whether the token a sentence start would capitalise is no word of prose, by its shape.

A web address ("www.example.fr", "reservations.example.fr"), a unit ("mg/l", "km"), a chess
move ("e4", "nf3"), a code with a digit ("x86") or a brand with an inner capital ("eBay",
"iPads", "mRNA") keeps its small letter where a sentence opens: capitalising it makes a new
error. Read by the token's shape alone (a dot or a slash inside it, a letter-digit mix, a
capital after its first letter, a short run of letters with no vowel), never by a list.
"""

from __future__ import annotations

import re

# the token from a sentence start to the next space (bounded: a hostile run stops at 80)
_TOKEN = re.compile(r"\S{1,80}")
# its leading run of letters (an apostrophe or a hyphen ends it: "l'Europe", "de-Gaulle")
_LETTERS = re.compile(r"[^\W\d_]{1,80}")
# a mark inside it, a letter or a digit on each side: "www.lac.fr", "mg/l", "e.g" (not "it.")
_INNER_MARK = re.compile(r"\w[./]\w")
_VOWELS = frozenset("aeiouyàâäéèêëîïôöùûüÿæœ")


def opens_as_name(value: str, start: int) -> bool:
    """Whether the token at `value[start]` holds a digit among its letters ("e4", "x86") or a
    capital after its first letter ("eBay"): a name's or a move's shape that opens a sentence
    as a capital would, so its stop ends it. A dot's or a vowel-less run's shape does not
    ("e.g. the plan", "npm install it. then")."""
    m = _LETTERS.match(value, start)
    if m is None or not value[start : start + 1].islower():
        return False
    return _name_shaped(m.group(), value[m.end() : m.end() + 1])


def _name_shaped(run: str, after: str) -> bool:
    """Whether a token's leading run of letters, `run`, and what follows it, `after`, make a
    name's or a move's shape: a digit right after the letters ("e4", "x86", "mp3") or a capital
    after the first letter ("eBay", "iPads", "mRNA")."""
    return after[:1].isdigit() or any(c.isupper() for c in run[1:])


def no_word(value: str, start: int) -> bool:
    """Whether the token at `value[start]`, a letter in small case a rule would capitalise, is
    no word of prose by its shape: an address's or a unit's dot or slash inside it ("www.x.fr",
    "km/h"), a digit among its letters ("e4", "x86"), a capital after its first letter ("eBay",
    "iOS"), or two to four letters with no vowel ("km", "mg", "kWh")."""
    m = _TOKEN.match(value, start)
    if m is None or not value[start : start + 1].islower():
        return False
    token = m.group()
    if _INNER_MARK.search(token):
        return True
    letters = _LETTERS.match(token)
    if letters is None:
        return False
    run = letters.group()
    rest = token[len(run) :]
    if _name_shaped(run, rest):
        return True  # "e4", "x86", "eBay", "iPads"
    # "km | 12", "mg | 4": a unit's short run with no vowel, alone before a mark or a space
    return (
        2 <= len(run) <= 4 and not (set(run.lower()) & _VOWELS) and (not rest or rest[0] in "|,;:)")
    )
