"""A photo caption in plain text, told by two kinds of evidence: its picture's credit, and its
place or its form.

In plain text a caption is a sentence like a short paragraph ("Firefighters battle the blaze on
Main Street on Tuesday."): its shape alone (`caption_shape`) or a column beside it
(`credit_below`, `caption_examples`) did not tell it from content. What does, on line blind
half 1 (batches 1-15), is the credit that comes with it: a credit line right below it
("Photo: Jane Doe", "(Orbis Photo/Le Quang Hieu)", "Picture: SUPPLIED"), or a tail that closes
it ("... on Monday. (PTI Photo)", "... storm. Photo / Supplied", "... este martes. / JOSÉ
MIRALLES"). A credit is told by shape: a few words, no digit, no sentence, names (capitalised
words, an agency in capitals, a few joining words) and a photo noun (`caption_place.photo_words`
in `data/boilerplate.yaml`, any language) or, without one, names either side of a `/`
("Gavelpoint/Dominic Ferrante-Hsu") or an agency alone ("PA Media"). A byline ("By Jane Doe |
Staff") and a gallery's label ("In pictures: Kings v Stags") are no credits.

A credit is the first kind of evidence and never enough alone. A photo credit needs a second
kind: its place (a prose paragraph above it, or right after it and its credit; not the
headline's block; a body paragraph's length says nothing of place) or its form (a scene: a day,
a time of day, a month, a year or a position such as "(left)", and no quotation mark and no
reporting verb). A name credit needs both, below the story's first paragraph (a standfirst
stands over its byline). The credit line under a caption that goes goes with it (a second run
would otherwise find the line above that credit next to it).

`removals(left, below, shapes, first_kept)` gives the `caption_place` removals among the lines
left; `credits_below(lines, shapes)` the credit strength of each line's first neighbour below,
so a credit the rules removed first still counts. The stage asks both with the rules that look
at the lines around a line (`_around`), after each round of the rules and of the line model, so
its output is a fixed point: a second run finds nothing more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

RULE = "caption_place"
MAX_WORDS = 50  # a longer line is article text, whatever sits below it
MIN_WORDS = 3  # "Eleanor Ruth Vandermeer" above a credit is a name, and the rules' to judge
CREDIT_WORDS = 10  # the most words of a credit (a line's or a tail's)
HEAD_WORDS = 3  # the fewest words before a credit tail
PROSE_WORDS = 12  # a paragraph of the story: this many words and a closing stop
BODY_WORDS = 20  # a body paragraph: this many words and a closing stop (`features`' measure)
NAME, PHOTO = 1, 2  # credit strengths: names only; a photo noun

_SPLIT = re.compile(r"[\s/|:,]+")
# a stop after a word of 4+ letters with more after it: a sentence, no credit ("fot. PAP" is one)
_SENTENCE_ON = re.compile(r"(?<=[^\W\d_]{4})[.!?]\s+\S")
_STRIP = " \t()[].—–-"
_LABEL = re.compile(r"[:|]")  # a label's colon or a list's bar: no name credit
_PROSE_ENDS = ".!?\"”»’'"


@dataclass(frozen=True)
class Shapes:
    """The word lists of `caption_place` in `data/boilerplate.yaml`, read once a stage."""

    photo_words: frozenset[str]
    name_links: frozenset[str]
    byline_leads: frozenset[str]
    gallery_leads: frozenset[str]
    agencies: frozenset[str]
    scene: re.Pattern[str]  # a day, a time of day, a month, a year, a position
    reported: re.Pattern[str]  # a quotation mark or a reporting verb

    @classmethod
    def of(cls, table: dict[str, Any], agencies: list[str]) -> Shapes:
        scene_words = "|".join(re.escape(w) for w in sorted(table["scene_words"], key=len)[::-1])
        said = "|".join(re.escape(w) for w in sorted(table["said_words"], key=len)[::-1])
        positions = "|".join(re.escape(w) for w in sorted(table["positions"], key=len)[::-1])
        return cls(
            photo_words=frozenset(w.casefold() for w in table["photo_words"]),
            name_links=frozenset(w.casefold() for w in table["name_links"]),
            byline_leads=frozenset(w.casefold() for w in table["byline_leads"]),
            gallery_leads=frozenset(w.casefold() for w in table["gallery_leads"]),
            agencies=frozenset(a.casefold() for a in agencies),
            # a scene word opens a word ("Mittwochnachmittag", "donderdagavond"); a year stands
            # alone; a position is in brackets or between commas ("(left)", ", right,")
            scene=re.compile(
                rf"(?i)(?<!\w)(?:{scene_words})|(?<!\d)(?:19|20)\d\d(?!\d)"
                rf"|\((?:{positions})\)|,\s(?:{positions}),"
            ),
            reported=re.compile(rf"[\"“”«»„]|(?:^|\s)['‘]|^[–—-]\s|(?i:(?<!\w)(?:{said})(?!\w))"),
        )


def credit(text: str, shapes: Shapes, bare: bool = False) -> int:
    """How much `text`, a whole line or a line's tail, reads as a picture's credit: `PHOTO` (a
    photo noun and names), `NAME` (names either side of a `/`, or an agency alone; with
    `bare`, two names or more: a tail after a slash) or 0."""
    core = text.strip(_STRIP)
    words = core.split()
    if not words or len(words) > CREDIT_WORDS or any(ch.isdigit() for ch in core):
        return 0
    lead = words[0].casefold()
    if lead in shapes.byline_leads or lead in shapes.gallery_leads or _SENTENCE_ON.search(core):
        return 0
    tokens = [t for t in _SPLIT.split(core) if t]
    photo = [t.casefold().rstrip(".") in shapes.photo_words for t in tokens]
    other = [
        t
        for t, is_photo in zip(tokens, photo, strict=True)
        if not is_photo and not _is_name(t) and t.casefold() not in shapes.name_links
    ]
    if any(photo):
        # one other word at most, and then by a photo noun that opens or closes the credit
        # ("Photo fournie par ...", "Picture: family handout"; "Sala posiedzeń Sejmu, fot.
        # PAP/Tomasz Żurek" is a caption)
        return PHOTO if not other or len(other) == 1 and (photo[0] or photo[-1]) else 0
    if other:
        return 0
    if core.casefold() in shapes.agencies or (bare and len(tokens) >= 2):
        return NAME
    # names either side of one or two slashes, no label ("Share: Facebook | X" is a prompt)
    return NAME if 1 <= core.count("/") <= 2 and not _LABEL.search(core) else 0


def _is_name(token: str) -> bool:
    """A capitalised word or one in capitals ("Ferrante-Hsu", "REUTERS", "L'ESTRIE", "T.L.")."""
    return token[:1].isupper() or (token[:1] in "'’" and token[1:2].isupper())


def tail(text: str, shapes: Shapes) -> int:
    """The credit strength of the tail that closes `text`: a closing parenthesis, or what
    follows its last ` / `, ` | `, ` — ` or ` - `, or its last stop or comma."""
    line = text.rstrip()
    best = 0
    if line.endswith(")"):
        opened = line.rfind("(")
        if opened > 0 and len(line[:opened].split()) >= HEAD_WORDS:
            best = credit(line[opened + 1 : -1], shapes)
    for mark in (" / ", " | ", " — ", " – ", " - "):
        at = line.rfind(mark)
        if at > 0 and len(line[:at].split()) >= HEAD_WORDS:
            rest = line[at + len(mark) :]
            found = credit(rest, shapes, bare=mark == " / ")
            # names after a slash ("... este martes. / JOSÉ MIRALLES"); after a bar or a dash
            # an agency only ("... | Reuters"): "Saturday: Market Square | Harbour Road" and
            # "Oct. 2 — Columbus, Ohio" are a listing's items
            names = mark == " / " or rest.strip(_STRIP).casefold() in shapes.agencies
            best = max(best, found if names or found == PHOTO else 0)
    for mark in (". ", ", "):
        at = line.rfind(mark)
        if at > 0 and len(line[:at].split()) >= HEAD_WORDS:
            found = credit(line[at + 2 :], shapes)
            # "... on Tuesday. Priya Nandakumar/Metro Daily Wire": names after a stop only
            best = max(best, found if found == PHOTO or mark == ". " else 0)
    return best


def credits_below(lines: list[tuple[int, int, str]], shapes: Shapes) -> dict[int, int]:
    """The credit strength of each line's neighbour below in `lines` (the document's lines as
    they came), by the line's start: a credit the rules remove first still tells of the line
    above it."""
    found = {}
    for (start, _, _), (_, _, text) in zip(lines, lines[1:], strict=False):
        strength = credit(text, shapes)
        if strength:
            found[start] = strength
    return found


def _prose(text: str) -> bool:
    return len(text.split()) >= PROSE_WORDS and text.rstrip()[-1:] in _PROSE_ENDS


def removals(
    left: list[tuple[int, int, str]],
    below: dict[int, int],
    shapes: Shapes,
    first_kept: bool,
) -> list[tuple[str, int, int]]:
    """The `caption_place` removals among `left` (the `(start, end, text)` lines left): each
    caption with two kinds of evidence, and the credit line right below it. `below`:
    `credits_below` of the document's lines as they came; `first_kept`: the first line left is
    the headline kept in the text (no title), never a caption."""
    found: list[tuple[str, int, int]] = []
    taken: set[int] = set()
    prose_above = False
    for at, (start, end, text) in enumerate(left):
        if at > 0:
            prose_above = prose_above or _prose(left[at - 1][2])
        if start in taken or (at == 0 and first_kept):
            continue
        words = len(text.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            continue
        nxt = left[at + 1][2] if at + 1 < len(left) else None
        under = credit(nxt, shapes) if nxt is not None else 0
        strength = max(tail(text, shapes), below.get(start, 0), under)
        if not strength:
            continue
        after = left[at + 2][2] if under and at + 2 < len(left) else nxt
        place = prose_above or (after is not None and _prose(after))
        form = not shapes.reported.search(text) and shapes.scene.search(text) is not None
        # a body paragraph's length: its place tells nothing (the story's own paragraph over
        # a picture that has no caption)
        place = place and (words < BODY_WORDS or not _prose(text))
        # names alone, no photo noun, are a byline's shape too: below the story's first
        # paragraph only (a standfirst stands over its byline)
        if (strength == PHOTO and (place or form)) or (prose_above and place and form):
            found.append((RULE, start, end))
            taken.add(start)
            if under:  # its credit line goes with it
                below_start, below_end, _ = left[at + 1]
                found.append((RULE, below_start, below_end))
                taken.add(below_start)
    return found
