"""Other stories' headlines left below the story: told by their place and shape (issue 13).

Under an article a page lists other stories: "More Sport news" over two headlines, "Most read"
over a numbered list, a "Related" box, a headline alone before the copyright line. The line
model scores each such line alone as a headline or a subhead (0.2-0.6), and in a document
whose content is not all sentences its bar is 0.65, so most of them stay. Their place is the
evidence the model's columns do not carry together: they stand after the story's last
paragraph, in a block of lines that are no sentences, with nothing that introduces them. The
story's own lines there are introduced: a list under a line that ends with a colon ("The new
aircraft will go first to these routes:"), or under a short heading followed by its items
("Tour dates", "Key points", "Results"); its tables are digits ("Remo Stars 1-0 Shooting
Stars"), its line-ups lists of names (commas), its notes in brackets.

`removals(lines, gone)`: on the lines left (those of `lines` whose start is not in `gone`),
after the last body paragraph (`BODY_WORDS`+ words closed like a sentence), the blocks of
lines that are no sentences, split by the sentences between them. Nothing goes from a line
that introduces what follows (ending with a colon, or a heading of `HEADING_WORDS` words or
fewer over `HEADING_ITEMS`+ lines) down to the next sentence, nor the line right over a
sentence (the subhead of the story's closing lines); of the rest, each line shaped like a
headline (`headline_shaped`) that shares no template with its neighbours goes, as rule
`RULE`. Only the lines left decide (no score), so a second run finds the same nothing
(idempotence); the stage keeps these removals only when the line model, scoring what would be
left, removes nothing more (`BoilerplateRemover._other_stories`).
"""

from __future__ import annotations

import re

RULE = "other_stories"
BODY_WORDS = 12  # the story's last paragraph: this many words at least, closed like a sentence
HEADING_WORDS = 6  # a heading over the story's own list ("Tour dates", "Results (final)")
HEADING_ITEMS = 2  # lines under a heading in its block that make it one
MIN_WORDS, MAX_WORDS = 4, 15  # a headline's length ("Auch Metzgerei Schulte gibt auf")
DIGITS_MOST = 0.1  # share of a line's characters: more is a table's row ("Week 1: $355")
COMMAS_MOST = 1  # more is a list of names ("Ardkinglas: D Walker, A Murray, S McKinnon")
SENTENCE_ENDS = ".!?\"”’'»“"  # how a sentence ends (its last character)
COLON_WORDS = 8  # a line of this many words ending with a colon is a sentence (it leads a list)
# a line ending like a clause or a sentence: a stop, a comma, a semicolon or a colon, then
# closing quotes or brackets ("... das verdient.“", "... (Reuters).")
CLOSED = re.compile(r"[.;,:…][\"'”’»)“]*\s*$")
DIGIT = re.compile(r"\d")
# a list's item or a note: "- A housing loan fund", "• Fuel duty frozen", "(Corrects ...)"
OPENINGS = ("(", "[", "- ", "– ", "• ", "* ", "· ", "▪ ")
ITEM_MARK = re.compile(r"\w{1,2}\)\s")  # "b) Planung des Rückzugs", "2) The old fort road"
TAIL = 12  # the characters a line's closing marks are looked for in
# a schedule's, a result's or a score's line ("expected peak 02:00", "2:01:48", "Rovers 2-1")
TIME = re.compile(r"\d:\d\d|\d ?[-–] ?\d")
# the words a template repeats ("River ... at ...: expected peak")
WORD = re.compile(r"[^\W\d_]{3,}")
SHARED_WORDS = 2  # words two neighbouring lines share: the rows of one list, not other stories


def removals(
    lines: list[tuple[int, int, str]], gone: dict[int, object] | set[int]
) -> list[tuple[str, int, int]]:
    """(rule, start, end) of each line left below the story that heads another story (`gone`:
    the starts of the lines removed so far)."""
    found = []
    for block, closed in _open_blocks(lines, gone):
        words = [_words(text) for _, _, text in block]
        for at, (start, end, text) in enumerate(block):
            if closed and at == len(block) - 1:
                continue  # right over a sentence: the subhead of the story's closing lines
            if headline_shaped(text) and not _templated(words, at):
                found.append((RULE, start, end))
    return found


def _open_blocks(
    lines: list[tuple[int, int, str]], gone: dict[int, object] | set[int]
) -> list[tuple[list[tuple[int, int, str]], bool]]:
    """The blocks of lines left below the last body paragraph that are no sentences, split by
    the sentences between them, each with whether a sentence follows it; none from a line that
    introduces what follows (a line ending with a colon, a heading over `HEADING_ITEMS` lines)
    down to the next sentence: the story's own list."""
    left = [line for line in lines if line[0] not in gone]
    last = next((at for at in range(len(left) - 1, -1, -1) if _is_body(left[at][2])), None)
    if last is None:
        return []
    zone = left[last + 1 :]
    sentence = [_is_sentence(text) for _, _, text in zone]
    # how many lines that are no sentences stand right under each line (one pass, from below)
    below = [0] * len(zone)
    for at in range(len(zone) - 2, -1, -1):
        below[at] = 0 if sentence[at + 1] else below[at + 1] + 1
    blocks = []
    block: list[tuple[int, int, str]] = []
    led = False  # under a line that introduces a list, down to the next sentence
    for at, line in enumerate(zone):
        text = line[2].rstrip()
        if sentence[at]:
            blocks.append((block, not led))
            block, led = [], text.endswith(":")
        elif not led and (text.endswith(":") or _is_heading(text) and below[at] >= HEADING_ITEMS):
            blocks.append((block, False))
            block, led = [], True
        elif not led:
            block.append(line)
    blocks.append((block, False))
    return [(block, closed) for block, closed in blocks if block]


def _words(text: str) -> set[str]:
    return {word.casefold() for word in WORD.findall(text)}


def _templated(words: list[set[str]], at: int) -> bool:
    """Whether line `at` shares `SHARED_WORDS` words with the line above or below it in its
    block: rows of the story's own list ("River Eden at Appleby: expected peak 02:00" over
    "River Kent at Kendal: ..."); other stories' headlines share few."""
    return any(
        0 <= near < len(words) and len(words[at] & words[near]) >= SHARED_WORDS
        for near in (at - 1, at + 1)
    )


def headline_shaped(text: str) -> bool:
    """A headline: 4 to 15 words ending on a word, no closing mark of a clause, few digits and
    commas, no time or score, not in brackets nor marked as a list's item."""
    stripped = text.strip()
    words = len(stripped.split())
    if not MIN_WORDS <= words <= MAX_WORDS or stripped.startswith(OPENINGS):
        return False
    if not stripped[-1].isalnum() or ITEM_MARK.match(stripped):
        return False  # a headline ends on a word ("... 😉", "... sauber!«" are the story's)
    # the end's marks read from the last characters alone (no search along a long line)
    if CLOSED.search(stripped[-TAIL:]) or stripped.count(",") > COMMAS_MOST:
        return False
    if TIME.search(stripped):
        return False
    return len(DIGIT.findall(stripped)) <= DIGITS_MOST * len(stripped)


def _is_heading(text: str) -> bool:
    stripped = text.rstrip()
    return len(stripped.split()) <= HEADING_WORDS and stripped[-1:] not in ".!?;,"


def _is_body(text: str) -> bool:
    stripped = text.rstrip()
    return stripped[-1:] in SENTENCE_ENDS and len(stripped.split()) >= BODY_WORDS


def _is_sentence(text: str) -> bool:
    """A sentence (as the stage's `_is_prose`): 3+ words closed like one, or 8+ words ending
    with a colon."""
    stripped = text.rstrip()
    words = len(stripped.split())
    if stripped.endswith(":"):
        return words >= COLON_WORDS
    return stripped[-1:] in SENTENCE_ENDS and words >= 3
