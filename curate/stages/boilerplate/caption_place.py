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
would otherwise find the line above that credit next to it). A credit line with no story
paragraph below it may be a picture's credit standing alone at the end (no caption): the line
above it then goes only if it shows what a picture shows, a name past its first word or a
scene's form, and is no speech (`_pictured`; the story's closing "They have no plans to grow
again." stays, "Trucks lined up outside a Sentosa Cargo warehouse." goes).

`removals(left, credits, shapes, first_kept)` gives the `caption_place` removals among the
lines left; `Credits.of(lines, shapes)` a document's credits, read once (None in most
documents: no line is a credit or ends with one), with the credit strength of each line's first
neighbour below as the document came, so a credit the rules removed first still counts. The
stage asks for the removals with the rules that look at the lines around a line (`_around`),
after each round of the rules and of the line model, so its output is a fixed point: a second
run finds nothing more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from curate.stages.boilerplate.literal_scan import LiteralScan

RULE = "caption_place"
MAX_WORDS = 50  # a longer line is article text, whatever sits below it
MIN_WORDS = 3  # "Eleanor Ruth Vandermeer" above a credit is a name, and the rules' to judge
CREDIT_WORDS = 10  # the most words of a credit (a line's or a tail's)
CREDIT_CHARS = 160  # the longest credit: a longer text is not split to count its words
HEAD_WORDS = 3  # the fewest words before a credit tail
PROSE_WORDS = 12  # a paragraph of the story: this many words and a closing stop
BODY_WORDS = 20  # a body paragraph: this many words and a closing stop (`features`' measure)
NAME, PHOTO = 1, 2  # credit strengths: names only; a photo noun

_SPLIT = re.compile(r"[\s/|:,]+")
# a stop after a word of 4+ letters with more after it: a sentence, no credit ("fot. PAP" is one)
_SENTENCE_ON = re.compile(r"(?<=[^\W\d_]{4})[.!?]\s+\S")
_STRIP = " \t()[].—–-"
_DIGIT = re.compile(r"\d")
# a stop after a word of 3+ letters, then a capital: one sentence ends and another starts
_SENTENCES = re.compile(r"(?<=[^\W\d_]{3})[.!?][\"”’»]?\s+[^\W\d_]")
_LABEL = re.compile(r"[:|]")  # a label's colon or a list's bar: no name credit
_PROSE_ENDS = ".!?\"”»’'"


@dataclass(frozen=True)
class Shapes:
    """The word lists of `caption_place` in `data/boilerplate.yaml`, read once a stage."""

    photo_words: frozenset[str]
    # `photo_words` as text to look for in a line (asked first: most lines hold none): one
    # search for those that hold no other ("photo" holds for "photographs" too)
    photo_any: re.Pattern[str]
    # the same words as one Hyperscan pass over a document's short lines (None without the
    # `hyperscan` package): the regex scanned 474 characters a bench document in 7 us, this 1
    photo_scan: LiteralScan | None
    name_links: frozenset[str]
    byline_leads: frozenset[str]
    gallery_leads: frozenset[str]
    agencies: frozenset[str]
    scene: re.Pattern[str]  # a day, a time of day, a month, a year, a position
    reported: re.Pattern[str]  # a quotation mark or a reporting verb
    # a reporting verb, or a line opening with a quotation mark or a dash: speech (a title in
    # quotation marks inside a caption, "in a still from 'Ghar Vaat'", is none)
    speech: re.Pattern[str]

    @classmethod
    def of(cls, table: dict[str, Any], agencies: list[str]) -> Shapes:
        scene_words = "|".join(re.escape(w) for w in sorted(table["scene_words"], key=len)[::-1])
        said = "|".join(re.escape(w) for w in sorted(table["said_words"], key=len)[::-1])
        positions = "|".join(re.escape(w) for w in sorted(table["positions"], key=len)[::-1])
        return cls(
            photo_words=frozenset(w.casefold() for w in table["photo_words"]),
            photo_any=_any_of(photos := {w.casefold() for w in table["photo_words"]}),
            photo_scan=LiteralScan.build(_least(photos)),
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
            speech=re.compile(rf"^[\"“”«»„'‘–—-]|(?i:(?<!\w)(?:{said})(?!\w))"),
        )

    def holds_photo(self, low: str) -> bool:
        """Whether the case-folded `low` holds a photo noun (`photo_any`'s search)."""
        if self.photo_scan is None:
            return self.photo_any.search(low) is not None
        return bool(self.photo_scan.present([low])[0])


def _any_of(words: set[str]) -> re.Pattern[str]:
    """One search for any of `words` in a text: those that hold another left out (a text holds
    one of them just when it holds one of the rest; 34 `in` tests a line took 3.6 us, the
    search of 17 1.7)."""
    return re.compile("|".join(map(re.escape, _least(words))))


def _least(words: set[str]) -> list[str]:
    """`words` less those that hold another of them."""
    return sorted(w for w in words if not any(o != w and o in w for o in words))


def credit(text: str, shapes: Shapes, bare: bool = False) -> int:
    """How much `text`, a whole line or a line's tail, reads as a picture's credit: `PHOTO` (a
    photo noun and names), `NAME` (names either side of a `/`, or an agency alone; with
    `bare`, two names or more: a tail after a slash) or 0."""
    if len(text) > CREDIT_CHARS:
        return 0
    core = text.strip(_STRIP)
    # no photo noun, no slash, no agency: no credit (most lines; substring tests in C)
    low = core.casefold()
    if not (
        bare or "/" in core or low in shapes.agencies or shapes.photo_any.search(low) is not None
    ):
        return 0
    words = core.split()
    if not words or len(words) > CREDIT_WORDS or _DIGIT.search(core):
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
    follows its last ` / `, ` | `, ` — ` or ` - `, or its last stop or comma. A line that ends
    like a sentence has none (most lines: asked first)."""
    line = text.rstrip()
    if not line or line[-1] in _PROSE_ENDS:
        return 0
    best = 0
    if line[-1] == ")":
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


@dataclass(frozen=True)
class Credits:
    """A document's credits, by line start, read once (each depends on its line alone):
    `lines`, the lines that are a credit; `tails`, those closed by one; `below`, the lines
    whose first neighbour below, as the document came, is a credit (the rules may remove it
    before the rounds that ask: it still tells of the line above it)."""

    lines: dict[int, int]
    tails: dict[int, int]
    below: dict[int, int]

    @classmethod
    def of(cls, lines: list[tuple[int, int, str]], shapes: Shapes) -> Credits | None:
        """None when no line of the document is a credit or ends with one (most documents)."""
        # the tests that open `credit` and `tail` asked here first: most lines are too long
        # for a credit and end like a sentence (no call for them)
        short = [(start, text) for start, _, text in lines if len(text) <= CREDIT_CHARS]
        joined = "\n".join(text for _, text in short)
        if "/" not in joined and not shapes.holds_photo(joined.casefold()):
            # no short line holds a slash or a photo noun (most documents: one search, not one
            # a line): an agency alone is the only credit left, asked as `credit` asks it
            short = [
                (start, text)
                for start, text in short
                if text.strip(_STRIP).casefold() in shapes.agencies
            ]
        whole = {start: strength for start, text in short if (strength := credit(text, shapes))}
        tails = {
            start: strength
            for start, _, text in lines
            if text.rstrip()[-1:] not in _PROSE_ENDS and (strength := tail(text, shapes))
        }
        if not whole and not tails:
            return None
        below = {
            start: whole[after]
            for (start, _, _), (after, _, _) in zip(lines, lines[1:], strict=False)
            if after in whole
        }
        return cls(whole, tails, below)


def _prose(text: str) -> bool:
    return len(text.split()) >= PROSE_WORDS and text.rstrip()[-1:] in _PROSE_ENDS


def _pictured(text: str, shapes: Shapes) -> bool:
    """Whether `text` shows what a picture shows: a name (a capitalised word past its first:
    "Trucks lined up outside a Sentosa Cargo warehouse") or a scene's form (a day, a time, a
    position), and no speech. The story's own closing line names nothing new ("They have no
    plans to grow again.") or quotes someone."""
    if shapes.speech.search(text):
        return False
    words = text.split()[1:]
    return any(len(w) > 1 and _is_name(w.lstrip('(["“«„')) for w in words) or bool(
        shapes.scene.search(text)
    )


def removals(
    left: list[tuple[int, int, str]],
    credits: Credits,
    shapes: Shapes,
    first_kept: bool,
) -> list[tuple[str, int, int]]:
    """The `caption_place` removals among `left` (the `(start, end, text)` lines left): each
    caption with two kinds of evidence, and the credit line right below it. `credits`: the
    document's (`Credits.of` its lines as they came); `first_kept`: the first line left is the
    headline kept in the text (no title), never a caption."""
    found: list[tuple[str, int, int]] = []
    taken: set[int] = set()
    first_prose: int | None = None  # the first prose line of `left`, found when first asked
    last_prose: int | None = None  # the last (-1: none), found when first asked
    last = len(left) - 1
    for at, (start, end, text) in enumerate(left):
        if start in taken or (at == 0 and first_kept):
            continue
        own = credits.tails.get(start, 0)
        under = credits.lines.get(left[at + 1][0], 0) if at < last else 0
        beside = max(credits.below.get(start, 0), under)
        if not own and not beside:
            continue
        words = len(text.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            continue
        if first_prose is None:
            first_prose = next((i for i, line in enumerate(left) if _prose(line[2])), len(left))
        # its place: below a paragraph of the story (a body paragraph's own place tells
        # nothing: the story's paragraph over a picture that has no caption)
        place = first_prose < at and (words < BODY_WORDS or not _prose(text))
        form = not shapes.reported.search(text) and shapes.scene.search(text) is not None
        if own:  # the credit closes the line: a caption's, whatever the line says
            going = place or form if own == PHOTO else place and form
        else:
            # a credit line below tells of one sentence: a heading over a picture is no
            # caption without a scene's form, a paragraph of several sentences none at all
            # (real pages: the story's own paragraph over an image without a caption)
            stopped = text.rstrip()[-1:] in _PROSE_ENDS
            if last_prose is None:
                last_prose = max((i for i, line in enumerate(left) if _prose(line[2])), default=-1)
            if _SENTENCES.search(text):
                going = False
            elif last_prose <= at + (1 if under else 0) and not _pictured(text, shapes):
                # the credit closes the story (no paragraph of it below): a picture with no
                # caption, its credit alone, unless the line shows what is pictured
                going = False
            elif beside == PHOTO:
                going = (place or form) if stopped else place and form
            else:  # names alone are a byline's shape too: a sentence in the story, a scene
                going = stopped and place and form
        if going:
            found.append((RULE, start, end))
            taken.add(start)
            if under:  # its credit line goes with it
                below_start, below_end, _ = left[at + 1]
                found.append((RULE, below_start, below_end))
                taken.add(below_start)
    return found
