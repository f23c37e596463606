"""`story_span`: the site's lines below the story's last line go, the story's own stay (s55).

Made-up articles: a tail of notices of several kinds and languages under a story (a bio, a
disclaimer, a release's contact and its origin address, a newsletter pitch) goes with the
setting on and stays with it off; the story's own closing lines stay (a short last sentence,
a sentence giving a number to call, a list of helplines under a colon), and a second run
removes nothing.
"""

from __future__ import annotations

import time

import pytest

from curate.document import Document
from curate.stages.boilerplate import BoilerplateRemover, story_span

STORY = [
    "Harbour council approves new ferry terminal",
    "The Harbourton council voted on Tuesday to approve a new ferry terminal on the east quay, "
    "ending a planning dispute that has run for more than six years.",
    "The terminal will cost £14 million and is due to open in the spring of 2028, the council "
    "said in a statement after the vote.",
    "Residents who opposed the plan said the extra traffic would clog the narrow streets of the "
    "old town during the summer months.",
    "Council leader Maria Penhale said the terminal would bring jobs and visitors to the town.",
]
GERMAN = [
    "Stadtrat beschließt neue Radwege für die Innenstadt",
    "Der Stadtrat hat am Mittwochabend mit großer Mehrheit beschlossen, bis 2028 rund zwölf "
    "Kilometer neue Radwege in der Innenstadt anzulegen, darunter auf der Bahnhofstraße.",
    "Die Kosten von 8,6 Millionen Euro sollen zu zwei Dritteln aus Fördermitteln des Landes "
    "gedeckt werden, teilte die Stadtverwaltung nach der Sitzung mit.",
    "Die Einzelhändler befürchten dagegen den Wegfall von Parkplätzen.",
]
# notices of several kinds, each scored a notice by `site_voice` or carrying an address
NOTICES = {
    "bio": "Jane Doe is a freelance writer based in Cornwall. She writes about planning and "
    "transport.",
    "disclaimer": "The views expressed in this article are those of the author and do not "
    "necessarily reflect those of the Harbourton Gazette.",
    "contact": "Media contact: Tom Reyes, 0207 555 0100",
    "origin": "View original content: https://www.newswire.example/news/harbourton-ferry",
}
NEWSLETTER_DE = "Jetzt den kostenlosen Newsletter der Nordstadt Zeitung abonnieren!"


def _clean(lines: list[str], on: bool = True) -> list[str]:
    stage = BoilerplateRemover(story_span=on)
    doc = stage.process(Document(id="t", text="\n\n".join(lines)))
    return doc.text.split("\n\n")


@pytest.mark.parametrize("kind", sorted(NOTICES))
def test_a_notice_under_the_story_goes(kind: str) -> None:
    notice = NOTICES[kind]
    left = _clean([*STORY, notice])
    assert notice not in left
    assert left == STORY[1:]  # the headline moved to the title, the story's lines all stay


def test_a_run_of_notices_goes_and_the_story_stays() -> None:
    tail = list(NOTICES.values())
    kept = _clean([*STORY, *tail], on=False)
    assert NOTICES["bio"] in kept and NOTICES["disclaimer"] in kept  # sentences the trees keep
    left = _clean([*STORY, *tail])
    assert left == STORY[1:]
    assert all(notice not in left for notice in tail)


def test_a_german_pitch_goes() -> None:
    assert _clean([*GERMAN, NEWSLETTER_DE]) == GERMAN[1:]
    assert NEWSLETTER_DE in _clean([*GERMAN, NEWSLETTER_DE], on=False)


@pytest.mark.parametrize(
    "closing",
    [
        "He was 82.",
        "Work starts in March.",
        "Families who need help can call the council on 0800 555 0199.",
        "The ferry office on 01872 555 014 takes bookings from May.",
        "Tickets are on sale at the harbour office from Monday.",
    ],
)
def test_the_story_s_closing_line_stays(closing: str) -> None:
    """A short last sentence, one with a number to call: the story's, above the notices."""
    tail = [NOTICES["bio"], NOTICES["disclaimer"]]
    left = _clean([*STORY, closing, *tail])
    assert closing in left
    assert all(notice not in left for notice in tail)


def test_a_list_of_helplines_under_a_colon_stays() -> None:
    helplines = [
        "Residents can get help from these lines:",
        "Council flood line: 0800 555 0177",
        "Harbour master: 01872 555 014",
    ]
    left = _clean([*STORY, *helplines, NOTICES["disclaimer"]])
    assert all(line in left for line in helplines)


def test_a_second_run_removes_nothing() -> None:
    stage = BoilerplateRemover(story_span=True)
    lines = [*STORY, "He was 82.", *NOTICES.values(), "Share this story"]
    once = stage.process(Document(id="t", text="\n\n".join(lines)))
    twice = stage.process(Document(id="t", text=once.text, title=once.title))
    assert twice.text == once.text


def test_no_story_paragraph_nothing_goes() -> None:
    """Without a body paragraph there is no span to stand below."""
    lines = ["Short note", "Media contact: Tom Reyes, 0207 555 0100"]
    assert story_span.outside(lines, {}) == []


def test_hostile_lines_are_read_in_linear_time() -> None:
    """Digits and separators the telephone pattern could backtrack on, 100 KB of them."""
    hostile = "1 2 3 4 " * 12_500 + "x"
    body = STORY[1]
    started = time.process_time()
    story_span.outside([body, hostile, hostile + "."], {1: 0.9})
    assert story_span.PHONE.search("0" * 100_000 + "-") is None
    # a generous bound on a 2-core shared machine; the pattern is linear, this is no timing test
    assert time.process_time() - started < 30
