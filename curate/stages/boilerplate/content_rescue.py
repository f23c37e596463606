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
from collections.abc import Callable, Sequence
from itertools import chain
from typing import Any

from curate.document import line_key
from curate.stages.boilerplate import caption_place
from curate.stages.boilerplate.continuity import words_of
from curate.stages.boilerplate.keep_content import LETTER, LISTED
from curate.stages.boilerplate.story_blocks import CREDIT, is_heading

Scored = list[tuple[int, Any, float]]  # (index in the lines left, row, noise score)

MIN_WORDS = 4  # "FV Lörrach-Brombach siegt im Derby"
MAX_WORDS = 40  # a standfirst's longest
# the headline under the title: no more lines above it than this (a slug's "Eds:" advisory)
HEADLINE_AT = 1
STANDFIRST_WORDS = 8  # under the real headline: a standfirst's words at least (a byline fewer)
MIN_SHARE = 0.5  # of the line's long words, standing in the body paragraphs
MIN_SHARED = 2  # long words in the body at least ("Keta" alone is a byline's place)
# a line's word log-odds of noise (`WordModel.margin`) under this: no furniture's words
MARGIN = 0.9
# a line ending so is a sentence (a caption, a prompt, a notice) or a credit ("(WCKT)")
STOPS = ".!)]"
TIME = re.compile(r"\d{1,2}[:.h]\d\d\b")  # a time stamp's: "17:48", "9.30", "10h05"


def kept(
    noise: Scored,
    scored: Scored,
    texts: Sequence[str],
    margin: Callable[[str], float],
    is_prose: Callable[[str], bool],
    title: str | None = None,
    credited: frozenset[int] = frozenset(),
) -> Scored:
    """`noise` without the story's headline or standfirst above its first body paragraph (the
    lines not in `scored` are body paragraphs; `texts`: the lines left; `margin`: a line's word
    log-odds of noise; `is_prose`: whether a line is a sentence; `credited`: the lines a
    picture's credit stands right under or closes, `credited`'s, by index in `texts`: captions,
    whatever their words)."""
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
    words = words_of([line_key(text) for text in texts])
    # the story's words: its body paragraphs' and the sentences that stay, below the lines
    # above the first body paragraph
    story = [
        i
        for i in range(min(above) + 1, len(texts))
        if i not in going and (i not in judged or is_prose(texts[i]))
    ]
    # in how many of the story's lines each word stands
    holding = Counter(chain.from_iterable(words[i] for i in story))
    body = holding.keys()
    # the title's share: a section label or a slug taken for the headline names little of the
    # story, the headline under it more; under the real headline only a standfirst stays
    (titled,) = words_of([line_key(title or "")])
    bar = _spread(titled, holding)
    best, most = None, 0.0
    for i in above:
        if i in credited or not _unvetoed(texts[i]) or _in_run(i, going, texts):
            continue
        own = words[i]
        shared = len(own & body)
        if shared < MIN_SHARED or shared < MIN_SHARE * len(own):
            continue
        share = shared / len(own)
        lead = (
            i <= HEADLINE_AT
            and _spread(own, holding) > bar
            or len(texts[i].split()) >= STANDFIRST_WORDS
        )
        if lead and share > most and _reads_as_lead(texts[i], margin):
            best, most = i, share
    return noise if best is None else [item for item in noise if item[0] != best]


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
