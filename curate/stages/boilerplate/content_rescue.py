"""The story's own short lines the line model removed, kept by the story around them.

On line blind half 1 (batches 1-16) the model removed 15 headlines, 2 standfirsts and 26
subheadings. Two kinds, each with its own setting (both measured and off, README):

- `kept` (`content_rescue`): the headline or standfirst above the first body paragraph. 13 of
  the headlines stood under a line the page prints above them (a section label, a breadcrumb, a
  wire slug, a cookie notice): that line became the title and the model, scoring the real
  headline as a line under the title, removed it (scores 0.32 to 0.76, most at the prose bar).
  The headline and the standfirst name what the body names (its people, places, things): the
  words of a byline, a time stamp, a label, a promo or another story's headline stand in it
  little or not at all. So of the lines the model removes above the first body paragraph, the
  one whose long words (`continuity.words_of`: 4+ characters, no digits) stand most in the
  story's lines stays, once a round, when it reads as a headline or a standfirst (`MIN_WORDS`
  or more, no closing stop: a caption is a sentence; no time; no menu's steps; no furniture's
  words by the word model) with `MIN_SHARE` and `MIN_SHARED` of its words in the story, and
  either it stands right under the title and its words run through the story's lines more
  than the title's do (the title is a label), or it is a standfirst's length;
- `subheads_kept` (`subhead_rescue`): a heading inside the story (below the first body
  paragraph, `STORY_ABOVE` lines of the story above it, the nearest line kept above one of
  them) over the story's next line (a body paragraph, a sentence) or its table's (`FIGURES`
  figures, or `BODY_WORDS` of the body's words). A label over other stories has their
  headlines under it (no figures, nothing of the body), a photographer's credit is a name,
  a dateline a place the body names.

Only the lines left and this round's verdicts decide, so the round that removes nothing is a
fixed point and a second run finds nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Container, Sequence
from itertools import chain
from typing import Any

from curate.document import line_key
from curate.stages.boilerplate import caption_place
from curate.stages.boilerplate.continuity import words_of
from curate.stages.boilerplate.features import DATE
from curate.stages.boilerplate.keep_content import LETTER, LISTED
from curate.stages.boilerplate.story_blocks import CREDIT, is_heading

Scored = list[tuple[int, Any, float]]  # (index in the lines left, row, noise score)

MIN_WORDS = 4  # "FV Lörrach-Brombach siegt im Derby"
MAX_WORDS = 40  # a standfirst's longest
# the headline under the title: no more lines above it than this (a slug's "Eds:" advisory)
HEADLINE_AT = 1
STANDFIRST_WORDS = 8  # under the real headline: a standfirst's words at least (a byline fewer)
LOWER_WORDS = 2  # a standfirst's words in small letters at least (a name's, a credit's fewer)
BETWEEN = 1  # lines gone between a standfirst and the headline over it at most (a label, a date)
MIN_SHARE = 0.5  # of the line's long words, standing in the body paragraphs
MIN_SHARED = 2  # long words in the body at least ("Keta" alone is a byline's place)
# a line's word log-odds of noise (`WordModel.margin`) under this: no furniture's words
MARGIN = 0.9
# a line ending so is a sentence (a caption, a prompt, a notice) or a credit ("(WCKT)")
STOPS = ".!)]"
TIME = re.compile(r"\d{1,2}[:.h]\d\d\b")  # a time stamp's: "17:48", "9.30", "10h05"
FIGURES_LEAD = "0123456789 "  # a title's opening figures, read past for its shape
# a list of other stories around a lead: this many of its items name little of the story
OTHERS = 2
ITEM_WORDS, ITEM_MAX = 3, 15  # a list item's words ("Boeing 737 Engines"), as a headline's most
# a menu or a run of short links right under a line ("Home", "Reviews", "Deals"): this many
# short lines in a row at least, each of `LINK_WORDS` words or fewer with no figure (a byline
# "By Sera Tuiloma" and a date "June 3, 2027" stand under a standfirst: one short line, then
# a figure)
MENU, LINK_WORDS = 3, 3


def kept(
    noise: Scored,
    scored: Scored,
    texts: Sequence[str],
    margin: Callable[[str], float],
    is_prose: Callable[[str], bool],
    title: str | None = None,
    credited: Container[int] = frozenset(),
    document: Sequence[str] = (),
    at: Sequence[int] = (),
    heads: frozenset[int] = frozenset(),
    marked: Container[int] = frozenset(),
) -> Scored:
    """`noise` without the story's headline or standfirst above its first body paragraph (the
    lines not in `scored` are body paragraphs; `texts`: the lines left; `margin`: a line's word
    log-odds of noise; `is_prose`: whether a line is a sentence; `credited`: the lines a
    picture's credit stands right under or closes, `credited`'s, by index in `texts`: captions,
    whatever their words; `document`: all the document's lines as it came, `at`: each line
    left's index in it, for where a line stands among the lines already gone; `heads`: the
    indices in `document` of the line the title came from and its copies; `marked`: the indices
    in `document` of the lines `credited` names, bylines and captions, no list's items)."""
    if not noise:
        return noise
    judged = {i for i, _, _ in scored}
    first_body = next((i for i in range(len(texts)) if i not in judged), None)
    if first_body is None:
        return noise
    above = [i for i, _, _ in noise if i < first_body]
    if not above:
        return noise
    going = {i for i, _, _ in noise}
    # the story's lines: its body paragraphs and the sentences that stay, below the lines
    # above the first body paragraph
    story = [
        i
        for i in range(min(above) + 1, len(texts))
        if i not in going and (i not in judged or is_prose(texts[i]))
    ]
    first = story[0] if story else len(texts)  # the story's first line: the lead stands above
    # the tests of the line alone first: most documents have no such line above their body
    above = [
        i for i in above if i <= first and _unvetoed(texts[i]) and _reads_as_lead(texts[i], margin)
    ]
    if not above:
        return noise
    words = words_of([line_key(text) for text in texts])
    # in how many of the story's lines each word stands
    holding = Counter(chain.from_iterable(words[i] for i in story))
    body = holding.keys()
    # the title's share: a section label or a slug taken for the headline names little of the
    # story, the headline under it more; under the real headline only a standfirst stays
    (titled,) = words_of([line_key(title or "")])
    bar = _spread(titled, holding)
    # a title that reads as a headline and names the story is the story's headline (a page's
    # own title, the `headline` rule's first line): no second headline stands under it, only a
    # standfirst; a label or a slug taken for the title names little of it
    # ("2018 Boys State Swim Results": a headline may open with a figure)
    headed = bool(titled & body) and _reads_as_lead((title or "").lstrip(FIGURES_LEAD), margin)
    place = _Place(document, at, going, heads, marked) if len(at) == len(texts) else None
    best, most = None, 0.0
    for i in above:
        if place.in_run(i) if place is not None else _in_run(i, going, texts):
            continue
        if headed and place is not None and place.dated_item(i, first):
            continue
        own = words[i]
        shared = len(own & body)
        if shared < MIN_SHARED or shared < MIN_SHARE * len(own):
            continue
        # the credits asked last: `credited` and `marked` may be made on demand (`Lazy`)
        if i in credited:
            continue
        if place is not None and (place.listed(i, body) or place.above_copy(i, first)):
            continue
        share = shared / len(own)
        lead = (
            not headed
            and i <= HEADLINE_AT
            and _spread(own, holding) > bar
            or _standfirst(texts[i], own, titled)
            and (place is None or place.under_headline(i) and not place.over_menu(i))
        )
        if lead and share > most:
            best, most = i, share
    return noise if best is None else [item for item in noise if item[0] != best]


class Lazy:
    """A set made on its first question (`make()`): the credits of a document are read only
    when a line passes the cheaper tests (most documents have none that does)."""

    def __init__(self, make: Callable[[], Collection[int]]) -> None:
        self._make: Callable[[], Collection[int]] | None = make
        self._found: Collection[int] = frozenset()

    def __contains__(self, item: object) -> bool:
        if self._make is not None:
            self._found, self._make = self._make(), None
        return item in self._found


def credited(lines: Sequence[tuple[int, int, str]], shapes: caption_place.Shapes) -> frozenset[int]:
    """The starts of `lines` (all the document's, as it came) with a picture's credit right
    below them or closing them (`caption_place.Credits`), or a byline's lead word opening them
    over a name (`byline_leads`: "Von Moritz Bachmann publiziert am ..."): a caption above the
    body names the story's people and places as its headline does ("Izkia Siches y Manuel
    Monsalve en el Congreso"), its credit ("PAP/ Rafał Guz", "Noah Berger / AP") tells it
    apart; a byline names the story's writer, and the body may name them too."""
    bylines = frozenset(
        start
        for start, _, text in lines
        if len(words := text.split()) >= 2
        and words[0].casefold() in shapes.byline_leads
        and words[1][:1].isupper()
    )
    credits = caption_place.Credits.of(list(lines), shapes)
    if credits is None:
        return bylines
    return bylines | frozenset(credits.below) | frozenset(credits.tails)


def _unvetoed(text: str) -> bool:
    """No credit's shape inside (a slash between names: "...last week.Credit...Anna
    Moneymaker/The New York Times") and no tag line's (its first letter small: "eu european
    commission European Union ..."): a headline opens with a capital, a digit or a quote."""
    opening = LETTER.search(text)
    return CREDIT.search(text) is None and (opening is None or not opening.group().islower())


def _standfirst(text: str, own: frozenset[str], titled: frozenset[str]) -> bool:
    """A standfirst's shape: `STANDFIRST_WORDS`+ words, `LOWER_WORDS`+ of them in small letters
    (a byline's or a credit's names, "Lisa Kaczke and Trevor J. Mitchell Sioux Falls Argus
    Leader", and a title-cased headline of another story have fewer), and no restating of the
    title (a second wording of the headline: `MIN_SHARE` of its words the title's)."""
    parts = text.split()
    return (
        len(parts) >= STANDFIRST_WORDS
        and sum(part[:1].islower() for part in parts) >= LOWER_WORDS
        and len(own & titled) < MIN_SHARE * len(own)
    )


class _Place:
    """Where a line left stands in the document as it came, among the lines already gone."""

    def __init__(
        self,
        document: Sequence[str],
        at: Sequence[int],
        going: set[int],
        heads: frozenset[int],
        marked: Container[int] = frozenset(),
    ) -> None:
        self.document, self.at, self.headlines, self.marked = document, at, heads, marked
        self.staying = frozenset(k for i, k in enumerate(at) if i not in going)

    def under_headline(self, i: int) -> bool:
        """Whether at most `BETWEEN` lines gone stand between line `i` and the nearest line above
        that stays or is the headline: a standfirst stands right under its headline (a label or
        a date between at most); a caption under the byline, the time stamp, the share buttons
        and the picture, right over the body ("Izkia Siches y Manuel Monsalve en el Congreso")."""
        k = self.at[i]
        above = next(
            (j for j in range(k - 1, -1, -1) if j in self.staying or j in self.headlines), -1
        )
        return k - above - 1 <= BETWEEN

    def above_copy(self, i: int, first: int) -> bool:
        """Whether a copy of the title stands between line `i` and the story's first line
        (`first`, an index in the lines left): the page's own headline stands below it, so it
        is no part of the story's head but a bar or a menu over the page's masthead ("Get the
        Lowest Prices anywhere on Macs ... updated November 20th" over "Home", "Reviews",
        "Deals" and the headline again)."""
        k = self.at[i]
        end = self.at[first] if first < len(self.at) else len(self.document)
        title = line_key(self.document[min(self.headlines)]) if self.headlines else None
        return any(
            j in self.headlines or line_key(self.document[j]) == title for j in range(k + 1, end)
        )

    def over_menu(self, i: int) -> bool:
        """Whether a menu or a run of short links stands right under line `i` in the document
        as it came (`MENU` lines in a row of `LINK_WORDS` words or fewer, no figure, no closing
        stop): a standfirst stands over the byline, the date, the picture or the body, a promo
        bar over "Home", "Reviews", "Deals"."""
        k = self.at[i]
        below = range(k + 1, k + 1 + MENU)
        return below.stop <= len(self.document) and all(self._link(j) for j in below)

    def _link(self, j: int) -> bool:
        """Whether the document's line `j` reads as a menu's item or a short link: `LINK_WORDS`
        words or fewer, no figure, no closing stop, no byline's (`marked`), not the title's."""
        line = self.document[j].strip()
        return (
            j not in self.headlines
            and 0 < len(line.split()) <= LINK_WORDS
            and not any(c.isdigit() for c in line)
            and line[-1:] not in STOPS
            and j not in self.marked
        )

    def dated_item(self, i: int, first: int) -> bool:
        """Whether a date stands right under line `i` (gone) and a headline's line (`MIN_WORDS`+
        words, no closing stop, not the title's) between that date and the story's first line
        (`first`, an index in the lines left): an item of a list of other stories, each headline
        over its date ("Los Angeles 2015: Nissan Sentra debuts ..." over "November 20, 2015", then
        "Boosted 2017 Nissan Sentra SR Turbo launched"); under the page's headline a standfirst
        has the byline and the body under it."""
        k = self.at[i]
        end = self.at[first] if first < len(self.at) else len(self.document)
        if k + 1 >= end or k + 1 in self.staying or DATE.search(self.document[k + 1]) is None:
            return False
        return any(self._headline_line(j) for j in range(k + 2, end))

    def in_run(self, i: int) -> bool:
        """Whether the document's lines right above and below line `i` are gone and are
        headlines' lines (`MIN_WORDS`+ words, no closing stop, not the title's): a list of other
        stories' headlines, however many rounds removed them."""
        k = self.at[i]
        return all(
            0 <= j < len(self.document) and j not in self.staying and self._headline_line(j)
            for j in (k - 1, k + 1)
        )

    def listed(self, i: int, story: Collection[str]) -> bool:
        """Whether line `i` stands in a list of other stories' headlines: in the run of list
        items around it in the document as it came (`_item`, whatever stays or goes), `OTHERS`
        or more name little of the story (`story`: its words; fewer than `MIN_SHARED` or than
        `MIN_SHARE` of their words in it). A sidebar's headlines above the story ("Joe Biden,
        Elizabeth Warren lead Calif. 2020 poll" over "PG&E hasn't confirmed precise outage
        timing"), a trending bar under the page's headline ("Volker & Morrison Hearing" over
        "Vindman & Williams Hearing", "Boeing 737 Engines"); under a label the story's own
        headline has a byline, a date, a standfirst or the body beside it, no other headlines."""
        k, others = self.at[i], 0
        for step in (-1, 1):
            j = k + step
            while 0 <= j < len(self.document) and self._item(j):
                (own,) = words_of([line_key(self.document[j])])
                shared = len(own & story)
                if shared < MIN_SHARED or shared < MIN_SHARE * len(own):
                    others += 1
                    if others >= OTHERS:
                        return True
                j += step
        return False

    def _item(self, j: int) -> bool:
        """Whether the document's line `j` has a list item's shape: another story's headline or
        a topic (`ITEM_WORDS` words or more, two opening with a letter, no closing stop, no date
        nor time), not the title's, no byline's or caption's (`marked`)."""
        line = self.document[j].strip()
        parts = line.split()
        return (
            j not in self.headlines
            and ITEM_WORDS <= len(parts) <= ITEM_MAX
            and sum(LETTER.match(part) is not None for part in parts) >= 2
            and line[-1:] not in STOPS
            and DATE.search(line) is None
            and TIME.search(line) is None
            and j not in self.marked
        )

    def _headline_line(self, j: int) -> bool:
        """Whether the document's line `j` has a headline's shape (`MIN_WORDS`+ words, no
        closing stop) and is not the title's."""
        line = self.document[j]
        return (
            j not in self.headlines
            and len(line.split()) >= MIN_WORDS
            and line.rstrip()[-1:] not in STOPS
        )


def _in_run(i: int, going: set[int], texts: Sequence[str]) -> bool:
    """Whether the lines right above and below line `i` go too and are headlines' lines
    (`MIN_WORDS`+ words, no closing stop): a list of other stories' headlines ("More on ..."),
    where the story's words stand by chance; the story's own headline stands under one label,
    over a byline, a time stamp or its body."""
    return all(
        j in going and len(texts[j].split()) >= MIN_WORDS and texts[j].rstrip()[-1:] not in STOPS
        for j in (i - 1, i + 1)
    )


def _spread(own: frozenset[str], holding: Counter) -> float:
    """The story's lines holding each of `own`'s words, a word on average: a headline's words
    run through the story, a byline's place or a label's word stands in one line if any."""
    return sum(map(holding.get, own & holding.keys())) / len(own) if own else 0.0


def _reads_as_lead(text: str, margin: Callable[[str], float]) -> bool:
    """A headline's or a standfirst's shape: enough words, no closing stop, no time."""
    text = text.strip()
    return (
        MIN_WORDS <= len(text.split()) <= MAX_WORDS
        and text[-1:] not in STOPS
        and LETTER.match(text.lstrip("'\"‘“«„¿¡ ")) is not None
        and TIME.search(text) is None
        and LISTED.search(text) is None
        and margin(text) < MARGIN
    )


# -- a subheading inside the story (`subhead_rescue`) ---------------------------------------

# figures of a table's line ("Hollis 64, Westfield 50"; a comment counter's one: "Comments (3)")
FIGURE = re.compile(r"\d+(?:[.,:/]\d+)*")
FIGURES = 2
# lines of the story above a subheading (under the standfirst: a paywall's or a section's label)
STORY_ABOVE = 2
# a name alone ("Phil Helsel", "Michael Conroy"): a photographer's credit between paragraphs
NAME_WORDS = (2, 3)
BODY_WORDS = 2  # an item of the story's table names this many of the body's words at least


def subheads_kept(
    noise: Scored,
    scored: Scored,
    texts: Sequence[str],
    adjacent: Sequence[bool],
    margin: Callable[[str], float],
    is_prose: Callable[[str], bool],
) -> Scored:
    """`noise` without the story's subheadings: below the first body paragraph, a heading
    (`story_blocks.is_heading`, no furniture's words, no credit's or name's shape) whose nearest
    line kept above is a line of the story (a body paragraph or a sentence) and whose line right
    below stays and is the story's (a body paragraph, a sentence) or its table's (a figure, or
    words of the story's body). A label over other stories' headlines has their headlines under
    it, which name nothing of the story and hold no figure."""
    if not noise:
        return noise
    judged = {i for i, _, _ in scored}
    going = {i for i, _, _ in noise}
    count = len(texts)
    first_body = next((i for i in range(count) if i not in judged), count)
    story = [i not in going and (i not in judged or is_prose(texts[i])) for i in range(count)]
    candidates = [
        i
        for i, _, _ in noise
        if first_body < i < count - 1 and adjacent[i + 1] and i + 1 not in going
    ]
    if not candidates:
        return noise
    words = words_of([line_key(text) for text in texts])
    body = frozenset().union(*[words[i] for i in range(count) if i not in judged])
    spared = set()
    for i in candidates:
        above = next((j for j in range(i - 1, -1, -1) if j not in going), None)
        if above is None or not story[above] or sum(story[:i]) < STORY_ABOVE:
            continue
        if not _reads_as_subhead(texts[i], margin):
            continue
        below = i + 1
        if words[i] and len(texts[i].split()) == 1 and words[i] <= body:
            continue  # a place the story names, alone: a dateline ("Lörrach")
        figures = len(FIGURE.findall(texts[below]))
        if story[below] or figures >= FIGURES or len(words[below] & body) >= BODY_WORDS:
            spared.add(i)
    return [item for item in noise if item[0] not in spared] if spared else noise


def _reads_as_subhead(text: str, margin: Callable[[str], float]) -> bool:
    """A heading's shape, no furniture's words, no credit's or name's shape."""
    text = text.strip()
    parts = text.split()
    name = (
        len(parts) in NAME_WORDS
        and all(part[:1].isupper() for part in parts)
        and not all(part.isupper() for part in parts)
    )
    bare = re.sub(r"\([^()]*\)", "", text)  # "Price per kilo (raw nut, farm gate)"
    return (
        is_heading(text)
        and not name
        and "," not in bare
        and LISTED.search(text) is None
        and CREDIT.search(text) is None
        and margin(text) < MARGIN
    )
