"""Other stories' headlines below the story (`boilerplate.other_stories`, session 53).

The kind of error: under an article a page lists other stories ("More Sport news" over two
headlines, a "Most read" list, a box of related headlines with no label at all), and the line
model, scoring each line alone as a headline or a subhead, keeps most of them where the
document is not all sentences (bar 0.65). Their place is the evidence: after the story's last
paragraph, in a block of lines that are no sentences, with no colon or heading over them. The
story's own lines there are introduced (a list under "... these routes:" or under "Tour
dates"), or shaped as a table (digits, times, names between commas), or in brackets.

The articles are made up (varied topics and languages, none from the evaluation).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from curate.stages.boilerplate import BoilerplateRemover, other_stories
from tests.conftest import run_stage

BODY = [
    "The harbour board agreed on Tuesday to spend four million on a new breakwater after two "
    "winters of storms damaged the fishing fleet's moorings at the east quay.",
    "Work will start in the spring and should be finished before the herring season, the "
    "board's chairwoman told a meeting of skippers and boat owners.",
]

# other stories' headlines in runs below the story, in several languages and shapes
RUNS = [
    [
        "Ferry operator adds a third sailing on winter weekends",
        "Lifeboat crew rescues two kayakers off the point",
        "School roof repairs to cost twice the estimate",
    ],
    [
        "Neue Ampel an der Hauptstraße sorgt für Ärger",
        "Stadtbücherei verlängert ihre Öffnungszeiten",
    ],
    [
        "1. Bakery on the square closes after 70 years",
        "2. Council votes to keep the night bus",
        "3. Rugby club names new captain for the season",
    ],
    ["Le marché de Noël ouvrira plus tôt cette année"],
    ["Inflation: what the new figures mean for your rent"],
]

# the story's own lines below its last paragraph, each block as it stands there
OWN_BLOCKS = [
    # a list under a sentence that introduces it
    (
        "The new timetable adds these crossings from December:",
        ["Morning sailing to the island twice a week", "Late return on Friday nights"],
    ),
    # a list under a short heading
    (
        None,
        [
            "What skippers want",
            "A deeper channel at the harbour mouth",
            "Longer opening hours at the fuel pontoon",
        ],
    ),
    # a table's rows: results, times and scores
    (None, ["1. Maria Olsen (Bergen) 2:31:08", "2. Ana Duarte (Porto) 2:32:40"]),
    (None, ["Harbour Rovers 2-1 Quay Athletic", "East End United 0-0 Lighthouse FC"]),
    # a line-up: names between commas
    (None, ["Rovers: Dunn, Ives, Kerr, Lamb, Moss, Nash, Orr"]),
    # a note in brackets, a list's marked items
    (None, ["(Corrects the name of the board's chairwoman in the second paragraph)"]),
    (None, ["- Morning sailing to the island twice a week", "• Late return on Friday nights"]),
    # a subhead over the story's closing sentence
    (None, ["What the skippers asked for", "A deeper channel, and soon."]),
    # the rows of one template
    (
        None,
        ["River Tamar at Gunnislake: warning in force", "River Fal at Tregony: warning in force"],
    ),
]


def _lines(texts: list[str]) -> list[tuple[int, int, str]]:
    out, at = [], 0
    for text in texts:
        out.append((at, at + len(text), text))
        at += len(text) + 2
    return out


def _gone(texts: list[str], removed: set[int] | None = None) -> list[str]:
    lines = _lines(texts)
    gone = {lines[i][0] for i in removed or set()}
    found = {start for _, start, _ in other_stories.removals(lines, gone)}
    return [text for start, _, text in lines if start in found]


@pytest.mark.parametrize("run", RUNS)
def test_a_run_of_headlines_below_the_story_goes(run: list[str]) -> None:
    assert _gone([*BODY, *run]) == run


@pytest.mark.parametrize("run", RUNS)
def test_a_run_under_a_removed_label_goes(run: list[str]) -> None:
    """The label the rules or the model removed ("More news", "Most read") is no heading."""
    texts = [*BODY, "More from the harbour", *run, "© 2026 The Quay Gazette"]
    assert _gone(texts, removed={2, len(texts) - 1}) == run


@pytest.mark.parametrize(("lead", "block"), OWN_BLOCKS)
def test_the_storys_own_lines_below_it_stay(lead: str | None, block: list[str]) -> None:
    assert _gone([*BODY, *([lead] if lead else []), *block]) == []


def test_a_headline_above_the_last_paragraph_stays() -> None:
    """Only what stands below the story's last paragraph: a subhead between two stays."""
    texts = [BODY[0], "A breakwater built for another century", BODY[1]]
    assert _gone(texts) == []


def test_a_heading_with_one_line_under_it_is_no_heading() -> None:
    """A label over one headline ("Also from this source") heads another story, not a list."""
    texts = [*BODY, "Also from this source today", "Quay Gazette wins regional award"]
    assert _gone(texts) == texts[2:]


def test_a_heading_keeps_its_list_down_to_the_next_sentence_only() -> None:
    """Under "Tour dates" its rows stay; below the story's closing sentence a run goes."""
    own = ["Tour dates", "Bergen and the fjord towns", "Oslo and the south coast"]
    texts = [*BODY, *own, "Tickets go on sale on Friday.", *RUNS[0]]
    assert _gone(texts) == RUNS[0]


def test_short_sentences_and_labels_stay() -> None:
    """Sentences (the story's closing lines) and lines of three words or fewer are left to the
    rules and the model."""
    texts = [*BODY, "The board meets again in May.", "Read more", "Sport"]
    assert _gone(texts) == []


@pytest.mark.parametrize(
    ("line", "shaped"),
    [
        ("Lifeboat crew rescues two kayakers off the point", True),
        ("Inflation: what the new figures mean for your rent", True),
        ("The board meets again in May.", False),
        ("Harbour Rovers 2-1 Quay Athletic (HT 1-0)", False),
        ("Kick-off at 19:45 on the east pitch", False),
        ("Dunn, Ives, Kerr, Lamb and Moss", False),
        ("(Updated with the board's vote)", False),
        ("Sport", False),
        ("A " + "very " * 30 + "long line", False),
    ],
)
def test_headline_shape(line: str, shaped: bool) -> None:
    assert other_stories.headline_shaped(line) is shaped


STAGE = BoilerplateRemover(other_stories=False)
ON = replace(STAGE, other_stories=True)
ARTICLE = "\n\n".join(
    [
        "Harbour board backs new breakwater",
        *BODY,
        "Skippers said the delay had cost them two seasons of catches at the east quay, and "
        "asked the board to publish its timetable for the work.",
        "More from the harbour",
        *RUNS[0],
        "© 2026 The Quay Gazette. All rights reserved.",
    ]
)


def test_on_as_shipped_and_off_by_the_setting() -> None:
    """The stage's defaults turn it on (session 54: the judges judge what the `news` recipe
    ships); `other_stories: false` keeps the headlines, and that is the only difference."""
    assert BoilerplateRemover().other_stories is True
    assert run_stage(BoilerplateRemover(), ARTICLE).text == run_stage(ON, ARTICLE).text
    off = run_stage(STAGE, ARTICLE)
    on = run_stage(ON, ARTICLE)
    assert all(line not in on.text.split("\n\n") for line in RUNS[0])
    assert on.text == "\n\n".join(BODY + [ARTICLE.split("\n\n")[3]])
    assert {e.rule for e in on.edits} - {e.rule for e in off.edits} <= {other_stories.RULE}


def test_idempotent() -> None:
    once = run_stage(ON, ARTICLE)
    twice = run_stage(ON, once.text, title=once.title)
    assert twice.text == once.text


def test_a_hostile_line_is_read_once() -> None:
    """A 100 KB line of marks and digits: no search along it goes back over it."""
    hostile = '."' * 25_000 + "1:2" * 5_000 + "x"
    # seven words of 20 KB each: a headline's length in words, each test reading all of it
    long_words = " ".join(["ab.\"'" * 4_000 + "x"] * 7)
    lines = _lines([*BODY, long_words, "Ferry " + long_words, hostile, "word " * 20_000])
    assert other_stories.removals(lines, set()) == [
        (other_stories.RULE, start, end) for start, end, _ in lines[2:4]
    ]


def test_a_batch_reads_as_each_document_alone() -> None:
    """The model's question of the trial (what would be left) is answered in a batch as alone."""
    from curate.document import Document

    texts = [ARTICLE, "\n\n".join([*BODY, *RUNS[1]]), "\n\n".join([*BODY, *OWN_BLOCKS[1][1]])]
    alone = [run_stage(ON, text).text for text in texts]
    batch = ON.process_batch([Document(id=str(i), text=text) for i, text in enumerate(texts)])
    assert [doc.text for doc in batch] == alone
