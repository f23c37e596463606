"""Section labels and kickers over the headline, told by their place and the story's words.

A page prints its section over the headline: "Local News", "Crime & Courts", "Player ratings",
"Markets & Prices", "Culture & Loisirs". The stage takes a page's first line for its headline,
or the second under a label of one word, in capitals or with a breadcrumb's separators
(`BoilerplateRemover._label_shaped`); a two- to four-word label of mixed case became the title
and the model judged the headline under it (line blind half 1, batches 1-16: 11 labels so),
and a label the stage did see was left for the model, which kept it (8 more). Length alone
does not tell a label from a short headline over a standfirst ("The Impeachment Clock" over a
longer line: session 53's `headline_labels` lost such titles on the real pages); the story's
words do: a headline names what the story is about, a section's label names none of it. So a
short line is a label over the headline when its words (their first `STEM` letters, so
"Court" and "courts" meet) stand neither in the headline under it nor in the story's paragraphs
(not "Crime & Courts" over a sentencing, nor "Player ratings" over "Scotland player ratings vs
Hungary": those stay as they were).

`headline_at(texts, label_shaped, headline_shaped, count)`: where the headline stands among
the document's lines `texts`: under up to `MOST_LABELS` labels (`label_shaped`, or a kicker:
`kicker(text, story_stems(texts, at))`), the first line that reads as a headline
(`headline_shaped`) of `HEADLINE_WORDS`+ words (`count`) and more words than each label above
it, with a line below it (under a kicker, one naming a word of the story's paragraphs: a
short headline over a byline or a contact line is no kicker over a headline); 0 when there is
none. The stage removes the labels above it as rule
`RULE` (setting `boilerplate.section_labels`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

RULE = "section_label"
MOST_LABELS = 2  # a breadcrumb and a section label ("Print Edition" over "News")
LABEL_WORDS = 4  # a kicker has at most this many words
HEADLINE_WORDS = 4  # the headline under labels has at least this many words, more than each
STEM = 5  # the letters of a word compared: "court" in "Courts", "market" and "Markets"
WORD = re.compile(r"[^\W\d_]{3,}")  # a word of three letters or more ("AI" and "&" are none)
# a line closed as a clause or a sentence, or a question or a call: no label
CLOSED = re.compile(r"[.!?:;,\"”»…]\s*$")
LONGEST = 1000  # characters: a longer line (a paragraph, or 1 MB of "<") is no label nor headline
BODY_WORDS = 12  # a paragraph of the story: this many words at least, closed like a sentence
SENTENCE_ENDS = ".!?\"”’'»"


def stems(text: str) -> set[str]:
    """The stems (first `STEM` letters, casefolded) of the words of `text`."""
    return {word.casefold()[:STEM] for word in WORD.findall(text)}


def short(text: str) -> bool:
    """1 to `LABEL_WORDS` words, no figure, no closing mark: the shape of a kicker."""
    words = text.split()
    return (
        0 < len(words) <= LABEL_WORDS
        and CLOSED.search(text) is None
        and not any(character.isdigit() for character in text)
    )


def kicker(text: str, story: set[str]) -> bool:
    """A short line (`short`) with a word of three letters or more, none of whose stems stands
    in the story (`story`: the stems of its headline and paragraphs, `story_stems`)."""
    if not short(text):
        return False
    own = stems(text)
    return bool(own) and not own & story


def paragraph_stems(texts: list[str]) -> set[str]:
    """The stems of the story's paragraphs alone (`BODY_WORDS`+ words closed like a sentence)."""
    found: set[str] = set()
    for text in texts:
        stripped = text.rstrip()
        if stripped[-1:] in SENTENCE_ENDS and len(stripped.split()) >= BODY_WORDS:
            found |= stems(stripped)
    return found


def story_stems(texts: list[str], below: int) -> set[str]:
    """The stems of the story's words: of the lines under line `below` that are not `short`
    among the first `MOST_LABELS` + 1 (the headline), and of every paragraph (`BODY_WORDS`+
    words closed like a sentence). Not of the page's other short lines: "More Sport", "Local
    News" in a footer repeat the label and are no part of the story."""
    found: set[str] = set()
    for at, text in enumerate(texts):
        stripped = text.rstrip()
        heading = below < at <= MOST_LABELS + 1 and not short(stripped)
        if heading or stripped[-1:] in SENTENCE_ENDS and len(stripped.split()) >= BODY_WORDS:
            found |= stems(stripped)
    return found


def headline_at(
    texts: list[str],
    label_shaped: Callable[[str], bool],
    headline_shaped: Callable[[str], bool],
    count: Callable[[str], int],
) -> int:
    """Where the headline stands among the document's lines `texts` (see the module's text); 0
    when no label stands over it. The story's stems are read only when a kicker is asked of."""
    story: set[str] | None = None
    longest = 0
    kicked = False  # a kicker (no label of the old shape) stands over the line
    for at, text in enumerate(texts[: MOST_LABELS + 1]):
        if len(text) > LONGEST:  # no label, kicker nor headline; and `count` is not asked of it
            break
        words = count(text)
        if (
            at
            and at + 1 < len(texts)
            and words >= max(HEADLINE_WORDS, longest + 1)
            and headline_shaped(text)
            and (not kicked or stems(text) & paragraph_stems(texts[at + 1 :]))
        ):
            return at
        if not label_shaped(text):
            if not short(text):
                break
            if story is None:
                story = story_stems(texts, at)
            if not kicker(text, story):
                break
            kicked = True
        longest = max(longest, words)
    return 0


def labels_over(texts: list[str], at: int) -> list[int]:
    """Which of the lines above the headline `at` go: the kickers, whose words the story lacks
    (a label of the stage's old shape that shares them, "SPORT" over a match report that says
    "sport", stays for the model to judge, as before)."""
    story = story_stems(texts, at - 1)
    return [index for index in range(at) if kicker(texts[index], story)]
