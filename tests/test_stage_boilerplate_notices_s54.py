"""`site_voice` in session 54: notice words learned from the line blind batches' half 1 too.

The kinds pinned, each in several made-up wordings: a disclaimer, a release's forward-looking
statements, an "about us" box, a bio, a paywall, an origin note written as sentences below the
story go at `notice_bar` 0.5; a cookie banner with its buttons after its last stop is judged as
the sentence it is; a text of one body paragraph is judged; a standfirst speaking as "we" above
the story stays (the reader's address goes by itself only below the story); once notices go,
a short closing paragraph the trees then take keeps its notices and stays (`SPARE`). Training
reads half 1 of batches 1-16 only, and no story-like noise as a notice.
"""

from __future__ import annotations

import pytest

from curate.document import Document
from curate.stages.boilerplate import BoilerplateRemover, site_voice
from tests.test_stage_boilerplate_notices_s53 import BODY, STORY_ENDS

BAR = 0.5
# made up, none a line of the blind batches: what the site says of the article, its writer,
# itself or the reader's access
NOTICES = [
    "The opinions in this column belong to the columnist and are not necessarily those of the "
    "Harbour Gazette.",
    "This article is for informational purposes only and does not constitute financial advice.",
    "This release includes forward-looking statements that involve risks and uncertainties; "
    "actual results could differ materially.",
    "The Harbour Gazette is an independent weekly newspaper published in Harbourton since 1974.",
    "Jane Morrow is a transport economist and writes for the Gazette every month.",
    "This story first appeared in the Valley Courier and is republished with permission.",
    "Este contenido es exclusivo para suscriptores. Suscríbete para seguir leyendo.",
]
# cookie banners ending on their buttons, no stop after them
BANNERS = [
    "We use cookies to make our site work and to measure traffic. By using the site you accept "
    "them. Manage preferences",
    "Ce site utilise des cookies pour mesurer l'audience. En continuant, vous acceptez. Tout "
    "refuser · Accepter",
]


def _cleaned(lines: list[str], bar: float | None = BAR) -> list[str]:
    stage = BoilerplateRemover(notice_bar=bar)
    doc = stage.process(Document(id="d", text="\n\n".join(lines), title="Harbour road to close"))
    return doc.text.split("\n\n")


@pytest.mark.parametrize("notice", NOTICES + BANNERS)
def test_a_notice_below_the_story_goes(notice):
    assert _cleaned([*BODY, STORY_ENDS[1], notice]) == [*BODY, STORY_ENDS[1]]


@pytest.mark.parametrize("notice", NOTICES[:3] + BANNERS)
def test_a_notice_under_one_body_paragraph_goes(notice):
    assert _cleaned([BODY[0], notice]) == [BODY[0]]


@pytest.mark.parametrize("end", STORY_ENDS)
def test_the_story_s_own_last_lines_stay_at_the_lower_bar(end):
    assert _cleaned([*BODY, end]) == [*BODY, end]


@pytest.mark.parametrize(
    "standfirst",
    [
        "Here is what we know so far about the closure of the harbour road and the diversions.",
        "We look at what the closure means for the buses, the ferries and the shops on the quay.",
    ],
)
def test_a_standfirst_speaking_as_we_above_the_story_stays(standfirst):
    assert standfirst in _cleaned([standfirst, *BODY])


@pytest.mark.parametrize(
    "line",
    [
        "We use cookies. By continuing you agree. Manage preferences",
        "Cet article est réservé aux abonnés. Déjà abonné ? Se connecter",
        "Accept cookies to view this content. Accept / Reject",
    ],
)
def test_a_sentence_with_buttons_after_it_is_tailed(line):
    assert site_voice._tailed(line)


@pytest.mark.parametrize(
    "line",
    [
        "We use cookies to improve your experience.",  # closed: a sentence already
        "Manage preferences",  # no sentence before it
        "The council met. It voted to close the road and to reopen it in spring next year",
    ],
)
def test_a_line_without_a_short_tail_is_not(line):
    assert not site_voice._tailed(line)


def test_a_caption_with_its_credit_does_not_stop_the_walk():
    """A tailed line that is no notice is passed over like any line that is no sentence."""
    caption = "The harbour wall after the storm in January. Photo: Jane Roe"
    out = _cleaned([*BODY, caption, BANNERS[0]])
    assert BANNERS[0] not in out


@pytest.mark.parametrize("end", ["Rovers visit Penzance next Saturday.", "Kick-off is at 3pm."])
@pytest.mark.parametrize(
    "notice",
    [
        "Join our WhatsApp channel for the latest news from Manicaland.",
        "Join our Telegram channel for breaking news from the region.",
    ],
)
def test_a_short_closing_paragraph_stays_with_its_notices(end, notice):
    """The trees judge what is left once the notices go: where they would then take the
    story's short last paragraph, the notices stay (`SPARE`), and a second run agrees."""
    lines = ["Harbour road to close for repairs", *BODY, end, "Read more: Sport", notice]
    stage = BoilerplateRemover(notice_bar=BAR)
    once = stage.process(Document(id="d", text="\n\n".join(lines))).text
    assert end in once.split("\n\n")
    assert stage.process(Document(id="d", text=once)).text == once


def test_off_by_default():
    assert BoilerplateRemover().notice_bar is None
    lines = [*BODY, NOTICES[0]]
    assert _cleaned(lines, None) == lines


def test_a_second_run_removes_nothing():
    lines = [BANNERS[0], *BODY, STORY_ENDS[1], NOTICES[0], NOTICES[3]]
    once = _cleaned(lines)
    assert _cleaned(once) == once


def test_the_blind_lines_learned_are_half_1_s_notices_and_content():
    from curate.evaluate.line_blind import BATCHES, load_batch

    found = site_voice.blind_examples(("A",))
    outlets = {site.removeprefix("blind:") for _, _, site in found}
    half_1 = {
        doc.outlet
        for path, halves in BATCHES[: site_voice.BLIND_BATCHES]
        for doc in load_batch(path, halves)
        if doc.half == 1
    }
    assert outlets <= half_1
    kinds = {
        (line, kind)
        for path, halves in BATCHES[: site_voice.BLIND_BATCHES]
        for doc in load_batch(path, halves)
        for line, kind in zip(doc.lines, doc.kinds, strict=True)
    }
    learned = {line for line, target, _ in found if target}
    assert learned
    story_like = {line for line, kind in kinds if kind in ("caption", "pullquote", "related")}
    assert not learned & story_like


@pytest.mark.parametrize("text", ["a. " * 30_000 + "b c", ". " * 50_000, "x? y " * 20_000])
def test_hostile_tails_run(text):
    """100 KB of stops: `_tailed` scans the line from its end (no timing asserted)."""
    assert site_voice._tailed(text) in (True, False)
    lines = [*BODY, text, BANNERS[0]]
    assert all(0 <= i < len(lines) for i, _ in site_voice.notices(lines, BAR))


# pullquotes (`boilerplate.pullquotes`): a story's own words lifted out between its paragraphs
STORY = [
    "The council voted on Tuesday to close the harbour road for repairs, and the leader said "
    '"we cannot keep patching a wall the sea has already won" before the vote was taken.',
    "Engineers found cracks in the sea wall during a routine survey last autumn, and their "
    "report said the tide brings back what the drains carried down every winter.",
    "Businesses on the quay said they had not been consulted and feared losing trade during "
    "the busiest weeks of the spring, when ferries bring visitors across the estuary.",
]
LIFTED = [
    '"We cannot keep patching a wall the sea has already won"',
    "The tide brings back what the drains carried down every winter.",
    "“Feared losing trade during the busiest weeks of the spring”",
]


def _pulled(lines: list[str], on: bool = True) -> list[str]:
    stage = BoilerplateRemover(pullquotes=on)
    doc = stage.process(Document(id="d", text="\n\n".join(lines), title="Harbour road to close"))
    return doc.text.split("\n\n")


@pytest.mark.parametrize("lifted", LIFTED)
def test_a_pullquote_between_the_paragraphs_goes(lifted):
    assert _pulled([STORY[0], lifted, STORY[1], STORY[2]]) == STORY


@pytest.mark.parametrize(
    "line",
    [
        "Harbour road closed until March",  # too short: a label, a name, a score
        "The tide brings back what the storm drains carried down.",  # not word for word
        "Rain or no rain, the wall was always going to crack.",  # in no paragraph
        "Ide brings back what the drains carried down every winter.",  # not on a word's start
    ],
)
def test_a_line_that_repeats_no_paragraph_stays(line):
    assert line in _pulled([STORY[0], line, STORY[1], STORY[2]])


def test_pullquotes_are_off_by_default():
    assert BoilerplateRemover().pullquotes is False
    lines = [STORY[0], LIFTED[1], STORY[1], STORY[2]]
    assert _pulled(lines, False) == lines


def test_a_pullquote_s_text_runs_once():
    once = _pulled([STORY[0], LIFTED[0], STORY[1], LIFTED[1], STORY[2]])
    assert once == STORY
    assert _pulled(once) == once


def test_hostile_repeats_run():
    """Many candidate lines over a long paragraph: one substring search each, and a text of
    more than `MAX_LINES` lines is not searched (no timing asserted)."""
    from curate.stages.boilerplate import pullquote

    body = "word " * 20_000 + "end."
    lines = [body] + ["word " * 10 + "end."] * 300
    assert len(pullquote.repeats(lines)) == 300
    assert pullquote.repeats([body] + lines * 2) == []
