"""Round 45 of the `translation` stage: sentence starts at places the stage never looked at.

Held-out batch 41 planted a sentence in small letters where no search of `sentence_case` read
(0 of 4 each): a list's item after the first whose list writes its items as sentences, a
timeline's second clock item, a quoted reply right after a quoted question, a clock's "p.m."
ending its sentence, datelines whose date or dash the dateline shapes did not know. Each kind is
pinned with made-up examples in shapes batch 41 did not use, next to the look-alikes that must
stay (`kept`). On the base commit 19 of these 40 tests fail, all of them `opened` ones; the
other `opened` examples show the kind holds where the stage already read it (an asterisk's
item, a dateline in capitals), and the `kept` ones pass on both.
"""

from __future__ import annotations

import pytest

from tests import translation_slips as slips


# a list's item after the first, any mark or counter, when a sibling opens as a sentence -------
@pytest.mark.parametrize(
    ("raw", "opened"),
    [
        ("Known so far\n› Two ferries were cancelled\n› harbour pilots refused to sail",
         "› Harbour pilots refused"),
        ("The day in brief\n▸ Power was cut to the north\n▸ the substation flooded at noon",
         "▸ The substation flooded"),
        ("Decisions\n■ The toll rises in May\n■ cyclists will pay nothing", "■ Cyclists will"),
        ("What changed\n* Forty jobs go at the mill\n* its owners blamed energy prices",
         "* Its owners blamed"),
        ("Outcome\n● The strike ended at dusk\n● both unions signed the deal",
         "● Both unions signed"),
    ],
)  # fmt: skip
def test_later_list_item_opens_its_sentence(raw, opened):
    slips.assert_opened(raw, opened)


# a timeline's clock item after one that opens with a capital ----------------------------------
@pytest.mark.parametrize(
    ("raw", "opened"),
    [
        ("How the night unfolded\n21:10 Smoke seen above the mill\n21:32 two fire crews "
         "arrived from Dunmere", "21:32 Two fire crews"),
        ("Timeline\n7.05am First train cancelled\n7.40am commuters crowded the platform",
         "7.40am Commuters crowded"),
        ("Monday\n09:00 - Talks open in the town hall\n09:45 - the unions walked out",
         "09:45 - The unions walked"),
        # (round 21 kept this one as no label's turn; it is a timeline's item)
        ("10:30 The doors opened.\n11:00 the crowds were let in.", "11:00 The crowds"),
    ],
)  # fmt: skip
def test_timeline_clock_item_opens_its_sentence(raw, opened):
    slips.assert_opened(raw, opened)


# a quoted reply right after a quoted question or sentence -------------------------------------
@pytest.mark.parametrize(
    ("raw", "opened"),
    [
        ("“Will the mill reopen?” “the owners have not decided,” a worker said.",
         "“The owners have"),
        ("“Is the water safe?” “tests came back clean on Friday,” the engineer replied.",
         "“Tests came back"),
        ('"Who cut the cable?" "thieves did it overnight," the manager said.', '"Thieves did'),
    ],
)  # fmt: skip
def test_quoted_reply_opens_its_sentence(raw, opened):
    slips.assert_opened(raw, opened)


# a clock's p.m. or a.m. that ends its sentence before a clause --------------------------------
@pytest.mark.parametrize(
    ("raw", "opened"),
    [
        # (a verb `_finite` doubts before the clock: "hit", "cut", "put")
        ("The storm hit the northern coast at 4 a.m. rescue teams reached the village at dawn.",
         "a.m. Rescue teams"),
        ("The bars along the quay cut their prices at 6.30 p.m. local fishermen filled the "
         "tables.", "p.m. Local fishermen"),
        ("The council put the new tariff online at 11.30 p.m. ferry operators protested at "
         "once.", "p.m. Ferry operators"),
        ("The last ferry left Dunmere pier at 11.15 p.m. deckhands stayed aboard all night.",
         "p.m. Deckhands stayed"),
    ],
)  # fmt: skip
def test_clock_abbreviation_ends_its_sentence(raw, opened):
    slips.assert_opened(raw, opened)


@pytest.mark.parametrize(
    "kept",
    [
        # a list that continues its sentence, on a line or across lines
        "The plan covers three things: a) the bus lanes, b) the parking charges and c) the tram.",
        "Bring these:\n* warm socks\n* a torch\n* spare batteries",
        "Shopping list\n› eggs and flour\n› Milk",
        # a clock in a timetable with no clause after it
        "Timetable\n07:45 Depart Dunmere\n09:10 arrive in Kellow",
        # p.m. or a.m. inside its sentence
        "At 9 p.m. local fishermen pulled the boats up the slipway.",
        "The ferry sails at 7 p.m. local time on weekdays.",
        "Officials said that at 6 a.m. two lorries blocked the bridge.",
        # a quote after a quote that closes its sentence no question: what says it
        "“We are done.” he said, and left the hall.",
        "“Who pays?” “the farmers” was all she said.",
    ],
)
def test_look_alikes_stay(kept):
    slips.assert_kept(kept)


# a dateline by its shape: capitalised words and a date of any shape, then a dash (spaced or
# glued), a colon or an agency's bracket -------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "opened"),
    [
        ("Tessaly. Mar 3. PNA - the ministry opened two new clinics in the hills.", "- The"),
        ("Vel Harro, Sept.14 (MNA)- the ministry opened two new clinics.", ")- The"),
        ("Dorrisk, Apr 2, SANA -- local farmers began the spring planting early.", "-- Local"),
        ("KELMBURG, 14/03/2026 - the council approved the budget on Monday.", "- The council"),
        ("LOSVANA, 3 MAR (ZNA) – the ministry opened two new clinics.", "– The ministry"),
        ("TORVELD, Slovenia, Apr. 3. By Anja Kern - Novus: the ministry opened two new "
         "clinics.", "Novus: The"),
        ("Amsel, 14 March 2026 — the ministry opened two new clinics.", "— The ministry"),
    ],
)  # fmt: skip
def test_dated_head_opens_its_sentence(raw, opened):
    slips.assert_opened(raw, opened)


@pytest.mark.parametrize(
    "kept",
    [
        # a date in prose, a date in a heading with no clause after it, a hyphen's glued dash
        "On Mar 3 the ministry said - the clinics would open.",
        "Election night, Mar 3: what we know so far",
        "Sale ends 5 May - the best deals are online.",
        "Anti- and pro-government crowds met on 5 May in Lyon.",
        # a date a word leads, no place's comma or stop before it
        "Rates 2026-03-14 - the figures were revised twice.",
        # a note's label, before its date or not: the note's own small letters (rounds 21-34)
        "UPDATE, Dec 6: the road reopened at noon.",
        "Editor's note: the first version of this story named the wrong harbour.",
        # a list whose other item opens with a figure shows no habit of capitals (round 30)
        "Key facts\n* 3,400 homes without power\n* the crews stood down before dawn",
    ],
)
def test_dateline_look_alikes_stay(kept):
    slips.assert_kept(kept)
