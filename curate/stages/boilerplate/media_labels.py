"""Lines that label a video or a photo gallery, by their shape (issue 13).

A page's player and gallery leave a label in its text: "Watch: Drone footage of the new fissure
(1:42)", "VIDEO: Travellers stranded at Arlanda", "Photo gallery: Orbis Fold 3 (14 images)",
"Photos (3)", "Bildergalerie: Das Derby in Bildern (18 Fotos)". Alone each reads as a headline
or a subheading, and the line model kept most of them (line blind half 1: video 19 of 32 and
gallery 11 of 28 kept). Their shape is what gives them away, in any language the words name:
- a lead of 1 to 3 words that names a medium or tells the reader to watch ("Video", "Photo
  gallery", "In pictures", "Watch", "Bekijk ook"), then a colon, a bar, a dash or a stop and the
  label's words;
- a count or a running time in brackets closing the line ("(12)", "(24 photos)", "(1:42)"),
  with a medium named in the line;
- a short line opened by the verb to watch ("Watch the council meeting in full").
None ends like a sentence ("Councillors watched a video of the design." stays) and none is
longer than `MAX_WORDS` words. The media words and verbs are in `data/boilerplate.yaml`
(`media_labels`).

A player's audio and video buttons (`buttons`, setting `boilerplate.media_places`, session 58)
stand where no story line stands: above the story's first paragraph, beside the byline and the
time stamp ("Listen to this article · 4 min", "Artikel anhören", "Escuchar noticia 3:12"), or
below its last. There a short line (`PLACE_WORDS` words or fewer) not closed like a sentence
goes when it opens with the verb to listen or to watch (`listen` and `verbs`), or closes with it
in a line of `TAIL_VERB_WORDS` words or fewer ("Jetzt anhören"), or closes on a running time
with a medium named ("Audio 2:11", "Podcast · 24 min"). Between the story's paragraphs, away
from any line removed, a subheading that says the same ("Listen to your body") stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

RULE = "media_label"
MAX_WORDS = 14  # a label's words at most; longer is prose
MAX_CHARS = 200  # and its characters: a body paragraph is passed over without a call
VERB_WORDS = 10  # a line opened by the verb to watch: at most this many words
# a lead of 1-3 words, then ":", "|", " - ", ". " and the label ("VIDÉO. Les vagues ...")
LEAD = re.compile(
    r"^(?P<lead>[^\W\d_][\w'’-]{0,20}(?: [\w'’-]{1,20}){0,2}) ?(?::|\||\.| [-–—]) ?\S"
)
# what closes the line: a count, perhaps with its medium, or a running time, in brackets
COUNT = re.compile(r"\((?:\d{1,3}(?: (?P<what>[^\W\d_][\w'’]{1,15}))?|\d{1,2}:\d{2})\)$")
TOKEN = re.compile(r"[^\W\d_][\w'’]*")
# how a sentence ends: a stop, then perhaps closing quotes or brackets
SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*$")
PLACE_WORDS = 8  # `buttons`: a player's button at the story's edges has at most this many words
TAIL_VERB_WORDS = 3  # `buttons`: a line closed by the verb to listen has at most this many words
STORY_WORDS = 12  # a paragraph of the story: this many words and a closing stop
# a running time closing the line, perhaps after a dot or a bar: "3:12", "· 4 min", "(4 minutes)"
RUNNING = re.compile(
    r"(?:^|[\s(·•|:–—-])(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,3} ?(?P<unit>[^\W\d_]{1,8})\.?)\)?$"
)


@dataclass(frozen=True)
class Words:
    """The word lists of `media_labels` in `data/boilerplate.yaml`, casefolded."""

    media: frozenset[str]
    verbs: frozenset[str]
    listen: frozenset[str] = frozenset()  # the verb to listen (`buttons`)
    audio: frozenset[str] = frozenset()  # a sound's medium (`buttons`)
    units: frozenset[str] = frozenset()  # a running time's unit ("min", "Minuten")

    @classmethod
    def of(cls, table: dict[str, Any]) -> Words:
        return cls(
            frozenset(w.casefold() for w in table["media"]),
            frozenset(w.casefold() for w in table["verbs"]),
            frozenset(w.casefold() for w in table.get("listen", ())),
            frozenset(w.casefold() for w in table.get("audio", ())),
            frozenset(w.casefold() for w in table.get("units", ())),
        )


def is_label(line: str, words: Words) -> bool:
    """Whether `line` labels a video or a gallery (the module's shapes)."""
    text = line.strip()
    if not text or len(text) > MAX_CHARS or SENTENCE_END.search(text[-4:]):
        return False
    split = text.split(None, MAX_WORDS)
    if len(split) > MAX_WORDS:
        return False
    # the lead, the closing count and the verb asked in turn; the words casefolded only where
    # a shape asks them (most lines left have none of the three)
    lead = LEAD.match(text)
    if lead is not None:
        named = [token.casefold() for token in TOKEN.findall(lead.group("lead"))]
        if any(token in words.media or token in words.verbs for token in named):
            return True
    closing = COUNT.search(text[-24:]) if text[-1] == ")" else None
    if closing is not None:
        what = (closing.group("what") or "").casefold()
        if what in words.media or any(t.casefold() in words.media for t in TOKEN.findall(text)):
            return True
    return split[0].casefold() in words.verbs and len(split) <= VERB_WORDS


def is_button(line: str, words: Words) -> bool:
    """Whether `line`, standing at the story's edges, is a player's button (`buttons`): at most
    `PLACE_WORDS` words, not closed like a sentence, with the verb to listen or to watch in it
    or a running time closing it with a medium named."""
    text = line.strip()
    if not text or len(text) > MAX_CHARS or SENTENCE_END.search(text[-4:]):
        return False
    if len(text.split(None, PLACE_WORDS)) > PLACE_WORDS:
        return False
    tokens = [token.casefold() for token in TOKEN.findall(text)]
    if not tokens:
        return False
    verbs = words.verbs | words.listen
    # the verb or a sound's medium first ("Listen to this article", "Écouter l'article",
    # "Podcast: ..."), or the verb last in a short line ("Artikel anhören", "Jetzt anhören"); a
    # standfirst's "... did not listen" is longer
    if tokens[0] in verbs or tokens[0] in words.audio:
        return True
    if tokens[-1] in verbs and len(tokens) <= TAIL_VERB_WORDS:
        return True
    running = RUNNING.search(text[-24:])
    media = words.media | words.audio
    if running is None or not any(token in media for token in tokens):
        return False
    unit = running.group("unit")
    return unit is None or unit.casefold() in words.units


def _story(text: str) -> bool:
    """A paragraph of the story: `STORY_WORDS`+ words closed like a sentence."""
    return len(text.split(None, STORY_WORDS)) >= STORY_WORDS and (
        SENTENCE_END.search(text.rstrip()[-4:]) is not None
    )


def removals(
    lines: list[tuple[int, int, str]],
    gone: dict[int, object] | set[int],
    words: Words,
    titled: bool,
) -> list[tuple[str, int, int]]:
    """(rule, start, end) of each line left that labels a video or a gallery; with no title
    (`titled` False) never the first line left, which is the headline."""
    left = [line for line in lines if line[0] not in gone]
    return [
        (RULE, start, end)
        for start, end, text in left[0 if titled else 1 :]
        if len(text) <= MAX_CHARS and is_label(text, words)
    ]


def buttons(
    lines: list[tuple[int, int, str]],
    gone: dict[int, object] | set[int],
    words: Words,
    titled: bool,
) -> list[tuple[str, int, int]]:
    """(rule, start, end) of each line left that is a player's button (`is_button`, no label of
    `removals`) where no story line stands: above the story's first paragraph, below its last,
    or right beside a line gone (as the document came: a byline, a time stamp, a share bar);
    with no title (`titled` False) never the first line left."""
    story = [start for start, _, text in lines if start not in gone and _story(text)]
    if not story:
        return []
    found = []
    at = -1
    for index, (start, end, text) in enumerate(lines):
        if start in gone:
            continue
        at += 1
        if at == 0 and not titled or len(text) > MAX_CHARS:
            continue
        if _edge(lines, index, gone, story[0], story[-1]) and is_button(text, words):
            if not is_label(text, words):
                found.append((RULE, start, end))
    return found


def _edge(
    lines: list[tuple[int, int, str]],
    index: int,
    gone: dict[int, object] | set[int],
    first: int,
    last: int,
) -> bool:
    """Whether `lines[index]` stands where no story line stands: above the story's `first`
    paragraph, below its `last`, or right beside a line gone (as the document came)."""
    start = lines[index][0]
    if not first <= start <= last:
        return True
    return (index > 0 and lines[index - 1][0] in gone) or (
        index + 1 < len(lines) and lines[index + 1][0] in gone
    )
