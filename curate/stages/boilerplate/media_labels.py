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


@dataclass(frozen=True)
class Words:
    """The word lists of `media_labels` in `data/boilerplate.yaml`, casefolded."""

    media: frozenset[str]
    verbs: frozenset[str]

    @classmethod
    def of(cls, table: dict[str, Any]) -> Words:
        return cls(
            frozenset(w.casefold() for w in table["media"]),
            frozenset(w.casefold() for w in table["verbs"]),
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
