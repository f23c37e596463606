"""A hard-wrapped paragraph is one line to the boilerplate stage, as it is to a reader.

Plain text from wire feeds, mail, archives and `lynx -dump` is often cut at a fixed width (60 to
100 columns). Each of a paragraph's pieces then looks like a short line with no closing stop, the
shape of a byline, a section label or another story's headline, and the document has no body
paragraph (20+ words closed like a sentence) to place the other lines by: on the line blind
batches wrapped at 72 columns the stage removed 0.63-0.70 of the noise where it removes 0.77-0.86
of the same documents unwrapped, and lost up to 4.6% of their content.

So the stage judges logical lines. A line runs on into the next when it reaches to within a
quarter of the text's longest line (the width), the next line's first word would not have fit
on it (a cut, not a break the writer made), and it has no closing stop or the next line opens in
small letters; with no blank lines between paragraphs, the next line must also reach the width
or close the paragraph (a headline over a byline does not run on). The text is taken as wrapped
only when some run of lines makes a body paragraph (20+ words ending with a stop), which the
stage keeps: a second run finds the same runs, so cleaning twice changes nothing. A short line
(a byline, a caption, a paragraph's last piece) stays a line of its own, and a paragraph's pieces
are removed or kept together. Text with a line longer than `MAX_WIDTH` is not wrapped: its
lines are the stage's lines as before.

Measured (`python -m curate.evaluate line_blind`, row "text cut at 72 columns", content kept /
noise removed on the three blind batches' halves, b1 h1, b1 h2, b2 h1, b2 h2, b3 h1, b3 h2):
before .987/.723 .979/.673 .933/.757 .968/.747 .947/.689 .961/.686; after .981/.786 .986/.772
.979/.831 .989/.859 .984/.759 .955/.789, where the same text unwrapped gives .981/.792
.986/.766 .979/.820 .989/.859 .989/.769 .972/.773.
"""

from __future__ import annotations

from operator import itemgetter, sub

MAX_WIDTH = 110  # wider lines: a paragraph a line, not a text cut at a width
MIN_WIDTH = 40
MIN_LINES = 3
BODY_WORDS = 20  # a body paragraph: this many words and a closing stop (`features.BODY_WORDS`)
FULL = 0.75  # a line this share of the width long reaches the width (a long word wraps early)
ENDS = ".!?…:;"
CLOSING = "\"'”’»)]"

Line = tuple[int, int, str]


def lines(text: str) -> list[Line]:
    """`(start, end, text)` of each logical line of `text`: each non-empty line stripped, or, in
    a wrapped text, each run of lines cut at the width, its pieces joined by a space (`start`
    and `end` span the run)."""
    physical = []
    after_blank = []
    start = 0
    blank = True
    for line in text.split("\n"):
        end = start + len(line)
        stripped = line.strip()
        if stripped:
            physical.append((start, end, stripped))
            after_blank.append(blank)
        blank = not stripped
        start = end + 1
    runs_on = _runs_on(physical, after_blank)
    if not runs_on:
        return physical
    joined: list[Line] = []
    open_run: list[Line] = []
    for index, line in enumerate(physical):
        open_run.append(line)
        if index not in runs_on:
            joined.append((open_run[0][0], line[1], " ".join(piece for _, _, piece in open_run)))
            open_run = []
    return joined


def _closed(text: str) -> bool:
    return text.rstrip(CLOSING)[-1:] in ENDS


def _runs_on(physical: list[Line], after_blank: list[bool]) -> frozenset[int]:
    """The indexes of the lines that go on on the next line, when the text is wrapped."""
    if len(physical) < MIN_LINES:
        return frozenset()
    width = max(map(sub, map(itemgetter(1), physical), map(itemgetter(0), physical)))
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        return frozenset()
    full = FULL * width
    # paragraphs apart (a blank line between): a line runs on only inside its paragraph
    spaced = sum(after_blank[1:]) >= MIN_LINES
    runs_on: set[int] = set()
    for index, (start, end, text) in enumerate(physical[:-1]):
        if end - start < full or after_blank[index + 1]:
            continue
        following = physical[index + 1]
        if end - start + 1 + len(following[2].split(None, 1)[0]) <= width:
            continue  # the next line's first word would have fit on this one: no cut here
        opens_lower = following[2][0].islower()
        # with no blank lines between paragraphs, a line with no closing stop goes on where the
        # next is a piece of the same paragraph: at the width too, or its last piece, closed by
        # a stop (a headline over a byline or over a short label does not)
        goes_on = following[1] - following[0] >= full or _closed(following[2])
        if opens_lower or ((spaced or goes_on) and not _closed(text)):
            runs_on.add(index)
    # a text cut at a width has a paragraph of prose cut in pieces: the body the stage places
    # the other lines by, which it keeps (so a second run finds the text wrapped as the first)
    piece_words = 0
    for index, (_, _, text) in enumerate(physical):
        piece_words += len(text.split())
        if index in runs_on:
            continue
        if piece_words >= BODY_WORDS and index - 1 in runs_on and _closed(text):
            return frozenset(runs_on)
        piece_words = 0
    return frozenset()
