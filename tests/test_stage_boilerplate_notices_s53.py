"""`site_voice` (`boilerplate.notice_bar`): notices written as sentences, where notices stand.

The kind pinned: a cookie banner, a paywall, a newsletter or app pitch, a "got a story?" prompt
written as full sentences, in several languages, below the story's last body paragraph or above
its first, goes; the story's own lines there stay (a quotation, a short closing paragraph, a
question of an interview), and so does a notice between the story's paragraphs (no notice's
place), or anything in a text of no body paragraph. Off by default.
"""

from __future__ import annotations

import pytest

from curate.document import Document
from curate.stages.boilerplate import BoilerplateRemover, line_words, site_voice

BODY = [
    "The council voted by seven to two on Tuesday night to close the harbour road for repairs, "
    "a decision that will divert buses and delivery lorries through the town centre until March.",
    "Engineers found cracks in the sea wall during a routine survey last autumn, and the "
    "council's own report warned that a winter storm could undermine the carriageway completely.",
    "Businesses on the quay said they had not been consulted and feared losing trade during the "
    "busiest weeks of the spring, when ferries bring thousands of visitors across the estuary.",
]
# made up in the shapes of the line blind batches' notices; each speaks to the reader or as
# the site outside any quotation, or says what notices say
NOTICES = [
    "We use cookies to improve your experience on our site. By continuing you agree to our use "
    "of cookies.",
    "You have reached your limit of free articles this month. Subscribe to keep reading.",
    "Get the Gazette's morning headlines on WhatsApp. Tap here to join our channel.",
    "Ce site utilise des cookies pour vous offrir la meilleure expérience. En poursuivant, vous "
    "acceptez leur utilisation.",
    "Abonnez-vous à notre lettre d'information pour recevoir l'essentiel chaque matin.",
    "Suscríbete a nuestro boletín y recibe las noticias de tu región cada mañana.",
    "Melden Sie sich für unseren Newsletter an und erhalten Sie jeden Freitag die besten Tipps.",
    "Got a tip? Email our newsroom at news@gazette.example or call us on 555-0100.",
]
# the story's own closing lines: a quotation, a short report, a question
STORY_ENDS = [
    '"We will reopen the road before the summer," the council leader told residents.',
    "The work is expected to cost about £2.1 million.",
    "What happens to the buses?",
    "« Nous ne lâcherons rien », a déclaré la présidente de l'association des commerçants.",
]


def _cleaned(lines: list[str], bar: float | None = 0.7) -> list[str]:
    stage = BoilerplateRemover(notice_bar=bar)
    doc = stage.process(Document(id="d", text="\n\n".join(lines), title="Harbour road to close"))
    return doc.text.split("\n\n")


@pytest.mark.parametrize("notice", NOTICES)
def test_a_notice_below_the_story_goes(notice):
    assert notice not in _cleaned([*BODY, STORY_ENDS[1], notice])


@pytest.mark.parametrize("notice", NOTICES[:3])
def test_a_notice_above_the_story_goes(notice):
    assert notice not in _cleaned([notice, *BODY])


@pytest.mark.parametrize("end", STORY_ENDS)
def test_the_story_s_own_last_lines_stay(end):
    assert _cleaned([*BODY, end]) == [*BODY, end]


@pytest.mark.parametrize("notice", NOTICES[:3])
def test_a_notice_above_a_line_of_the_story_stays(notice):
    """A walk from the text's end stops at the first sentence that is no notice: a notice
    above the story's own closing line is no notice's place (a how-to's "you" step)."""
    lines = [*BODY, notice, STORY_ENDS[1]]
    assert notice in _cleaned(lines)


@pytest.mark.parametrize("notice", NOTICES[:3])
def test_a_notice_between_the_story_s_paragraphs_stays(notice):
    lines = [BODY[0], notice, BODY[1], BODY[2]]
    assert notice in _cleaned(lines)


# a release's or a site's closing lines with an address, no sentence among them
ADDRESSED = [
    "Media contact: Jane Roe, press@harbourlink.example, +1 555 0100",
    "View original content: https://www.releasewire.example/news/harbour-road-302118",
    "Investor relations: ir@harbourlink.example",
    "Kontakt: redaktion@hafenblatt.example",
]


@pytest.mark.parametrize("line", ADDRESSED)
def test_an_address_line_closing_the_text_goes(line):
    assert line not in _cleaned([*BODY, STORY_ENDS[1], NOTICES[0], line])


def test_an_address_line_inside_the_story_stays():
    line = "Residents can read the survey at www.harbourton.example/roads before the meeting."
    assert line in _cleaned([BODY[0], line, BODY[1], BODY[2]])


def test_a_text_of_no_body_paragraph_is_left_alone():
    """Session 54 judges a text of one body paragraph too (`MIN_BODIES` 1); with none there is
    no story to walk towards."""
    lines = [STORY_ENDS[1], NOTICES[0]]
    assert site_voice.notices(lines, 0.7) == []


def test_a_story_that_speaks_to_its_reader_keeps_its_lines():
    """A how-to says "you" throughout: its lines that do are its own, not the site's."""
    body = [
        "First, open your router's settings page in a browser and log in with the password "
        "printed on the sticker under the box, which you should change once you are in.",
        "Then choose a new network name and a long passphrase, and write both down somewhere "
        "safe before you press save, because every device you own will have to join again.",
    ]
    step = "Finally, restart your phone and join the new network with your passphrase."
    assert step in _cleaned([*body, step])


def test_off_by_default_nothing_changes():
    assert BoilerplateRemover().notice_bar is None
    lines = [*BODY, NOTICES[0]]
    assert _cleaned(lines, None) == lines


def test_a_second_run_removes_nothing():
    lines = [NOTICES[1], *BODY, STORY_ENDS[1], NOTICES[0], NOTICES[4]]
    once = _cleaned(lines)
    assert _cleaned(once) == once


def test_the_removal_is_on_the_ledger_with_its_score():
    stage = BoilerplateRemover(notice_bar=0.7)
    doc = stage.process(Document(id="d", text="\n\n".join([*BODY, NOTICES[0]]), title="T"))
    rules = {edit.rule for edit in doc.edits}
    assert "site_voice" in rules


def test_explain_shows_the_words_that_moved_it():
    stage = BoilerplateRemover(notice_bar=0.7)
    shown = stage.explain_line_model(Document(id="d", text="\n\n".join([*BODY, NOTICES[0]])))
    assert NOTICES[0] in shown
    assert any(term == "cookies" for term, _ in shown[NOTICES[0]]["top_features"])


def test_quotations_say_nothing_of_the_site():
    """A quote says "we" and "you" between its marks: not the site's voice."""
    assert site_voice.SECOND not in site_voice.terms('"You can count on us," she said.')
    assert site_voice.SECOND in site_voice.terms("You can count on us.")
    assert "count" not in site_voice.terms('"You can count on us," she said.')


@pytest.mark.parametrize("bar", [0.4, 1.5])
def test_a_bar_out_of_range_is_refused(bar):
    with pytest.raises(ValueError, match="notice_bar"):
        BoilerplateRemover(notice_bar=bar)


def test_training_gives_the_same_model_twice():
    lines = [f"We use cookies on site {n}. Manage your preferences." for n in range(12)]
    lines += [f"The council met on day {n} and voted to close the road." for n in range(12)]
    targets = [1] * 12 + [0] * 12
    sites = [f"s{n}" for n in range(12)] * 2
    first = site_voice.fit(lines, targets, sites)
    assert first == site_voice.fit(lines, targets, sites)
    assert first["weights"]["cookies"] > 0 > first["weights"]["council"]
    assert line_words.fit(lines, targets, [1.0] * 24, sites) != first  # its own terms


@pytest.mark.parametrize(
    "text",
    [
        '"' * 100_000,
        "you. " * 20_000,
        "« nous " * 14_000 + ".",
        "„Sie " * 20_000 + "?",
        "a" * 100_000 + ".",
    ],
)
def test_hostile_input_runs(text):
    """100 KB lines of quote marks, pronouns, stops: linear scans only (no timing asserted)."""
    lines = [*BODY, text, NOTICES[0]]
    found = site_voice.notices(lines, 0.7)
    assert all(0 <= i < len(lines) for i, _ in found)
