"""Other stories' headlines under the story, judged as a run with their neighbours (issue 13).

Under an article a page lists other stories: two to five headlines, often under a short label
("Trending", "More Crime & Courts", "I più letti"). The line model judges each line alone and
removes some of a run and keeps the rest ("Viral video shows raccoon stealing pizza" 0.84 gone,
"Brookdale dog park reopens after renovation" 0.43 kept, line blind half 1); `other_stories`
reads the block but stands down where its first line could be a heading over the story's own
list, and its removals are undone whenever the model, scoring what is left, removes one more
line anywhere (a dateline "BROOKDALE —" above the story, a cookie notice below it: half 1, 6 of
its 14 refused proposals were so).

`removals(lines, gone, title)`: below the story's last paragraph (`BODY_WORDS`+ words closed
like a sentence), the lines as they came are cut into runs of lines that are gone already, read
as a headline (`headline_like`: `other_stories.headline_shaped`, a numbered item's mark
allowed) or as a short label (`LABEL_WORDS` words or fewer, unfinished); a line that stays and
is none of them ends a run. In a run of `RUN_HEADLINES`+ headlines, the lines left go (rule
`RULE`) when at least as many of the run's lines are gone as are left, or a label the model
removed stands over them ("Trending" over two headlines), unless the lines left share the
story's words (their long words' stems standing in its paragraphs or its title, `STORY_SHARE`
of them on the mean): then they are the story's own list or subheads. A heading left over them
("Property highlights") makes them the story's own list too.

`edges_only(lines, removals, more)`: whether every line the model would remove once a proposal
is taken (`more`) stands at the story's edges: a short line right over its first paragraph in
the document as it came (a dateline: "BROOKDALE —"), or a sentence below its last (a notice).
A short headline under a label that became the title ("Storm warning" under "Markets") stands
over the byline and the date, not over the first paragraph: it is no edge (session 58; before,
any short line above the first paragraph was, and made-up pages of line blind half 1 lost 6
headlines cut to three words). Then the proposal is taken with
them (`BoilerplateRemover._settled`, setting `boilerplate.headline_runs`); a heading or an item
inside or under the story ("Line-ups", "Sydney") still refuses it.
"""

from __future__ import annotations

import re

from curate.stages.boilerplate import other_stories

RULE = "headline_run"
BODY_WORDS = 12  # the story's paragraph: this many words at least, closed like a sentence
SENTENCE_ENDS = ".!?\"”’'»"
MIN_WORDS, MAX_WORDS = 4, 15  # a headline's length, as `other_stories`
LABEL_WORDS = 4  # a run's label ("Top stories", "Weitere Meldungen") at most
RUN_HEADLINES = 2  # headlines in a run at least
STORY_SHARE = 0.5  # of a run's long words standing in the story: the story's own lines
EDGE_WORDS = 3  # a line above the story's first paragraph the model may take with a proposal
STEM = 5
LONG = re.compile(r"[^\W\d_]{4,}")  # a word of four letters or more
NUMBERED = re.compile(r"\d{1,2}[.)]\s")  # "1. Frana sulla provinciale ..."
# closed like a clause or a sentence (closing quotes and brackets after the mark allowed)
CLOSED = re.compile(r"[.;,:…][\"'”’»)]*\s*$")


def _is_body(text: str) -> bool:
    stripped = text.rstrip()
    return stripped[-1:] in SENTENCE_ENDS and len(stripped.split()) >= BODY_WORDS


def _is_sentence(text: str) -> bool:
    stripped = text.rstrip()
    return stripped[-1:] in '.!?"”’»' and len(stripped.split()) >= 3


def headline_like(text: str) -> bool:
    """`other_stories.headline_shaped`, a numbered item's mark ("1. ", "2) ") left out: a
    "Most read" list numbers its headlines."""
    stripped = text.strip()
    mark = NUMBERED.match(stripped)
    return other_stories.headline_shaped(stripped[mark.end() :] if mark else stripped)


def _label(text: str) -> bool:
    stripped = text.strip()
    return 0 < len(stripped.split()) <= LABEL_WORDS and not CLOSED.search(stripped)


def _stems(text: str) -> set[str]:
    return {word.casefold()[:STEM] for word in LONG.findall(text)}


def removals(
    lines: list[tuple[int, int, str]], gone: dict[int, object] | set[int], title: str | None
) -> list[tuple[str, int, int]]:
    """(rule, start, end) of each line left in a run of other stories' headlines below the
    story (see the module's text); `gone`: the starts of the lines removed so far."""
    left = [at for at, line in enumerate(lines) if line[0] not in gone]
    last = next((at for at in reversed(left) if _is_body(lines[at][2])), None)
    if last is None:
        return []
    story = _stems(title or "")
    for at in left:
        if at <= last and _is_body(lines[at][2]):
            story |= _stems(lines[at][2])
    found: list[tuple[str, int, int]] = []
    run: list[int] = []
    for at in range(last + 1, len(lines) + 1):
        line = lines[at] if at < len(lines) else None
        if line is not None and (line[0] in gone or headline_like(line[2]) or _label(line[2])):
            run.append(at)
            continue
        found += _run_removals(lines, run, gone, story)
        run = []
    return found


def _run_removals(
    lines: list[tuple[int, int, str]],
    run: list[int],
    gone: dict[int, object] | set[int],
    story: set[str],
) -> list[tuple[str, int, int]]:
    heads = [at for at in run if headline_like(lines[at][2])]
    kept = [at for at in run if lines[at][0] not in gone]
    if len(heads) < RUN_HEADLINES or not any(at in heads for at in kept):
        return []
    first = next(at for at in heads if at in kept)
    if any(at in kept and at not in heads for at in run if at < first):
        return []  # under a heading that stays: the story's own list ("Property highlights")
    # the lines left go where the model removed as many of the run's lines as it kept, or a
    # label over them ("Trending", "More from the network")
    opened = any(lines[at][0] in gone and _label(lines[at][2]) for at in run if at < first)
    if len(run) - len(kept) < len(kept) and not opened:
        return []  # the model removed fewer than it kept, and no label
    shares = []
    for at in (at for at in kept if at in heads):
        own = _stems(lines[at][2])
        if own:
            shares.append(len(own & story) / len(own))
    if shares and sum(shares) / len(shares) >= STORY_SHARE:
        return []  # the story's own list or subheads
    return [(RULE, lines[at][0], lines[at][1]) for at in kept if at in heads]


def edges_only(
    lines: list[tuple[int, int, str]], removals: dict[int, object], more: dict[int, object]
) -> bool:
    """Whether each line of `more` (starts) stands at the story's edges, among the lines left
    by `removals`: right over its first paragraph in `lines` (the document as it came) and
    `EDGE_WORDS` words or fewer, or below its last and a sentence."""
    left = [line for line in lines if line[0] not in removals]
    bodies = [at for at, line in enumerate(left) if _is_body(line[2])]
    if not bodies or not more:
        return False
    first, last = bodies[0], bodies[-1]
    # the line right over the story's first paragraph in the document as it came: a dateline's
    # place ("BROOKDALE —"); the headline under a label stands over the byline and the date
    opening = next((k - 1 for k, line in enumerate(lines) if line[0] == left[first][0]), -1)
    over = lines[opening][0] if opening >= 0 else None
    for at, (start, _, text) in enumerate(left):
        if start not in more:
            continue
        if at < first and start == over and len(text.split()) <= EDGE_WORDS:
            continue
        if at > last and _is_sentence(text):
            continue
        return False
    return True
