"""Sentence starts in small letters of shapes the stage did not reach (session 58).

Real translated news scored 0.83 recall against 0.97 on planted sets; held-out news missed
these kinds at one artifact a document: a sentence opened by a fronted phrase, a preposition's
or an adverb's, after a dateline, a line's head or an abbreviation that ends the sentence
before (`phrase_openers`: "LYON – in the spring the council"), and a lone item, a line led by a
dash, a bullet or a counter with no item beside it (`lone_items`: "2/ the council will"). A
phrase with no clause after it, a list after a lead-in's colon, an item that is no clause and a
code or a brand's inner capital keep their small letters. Made-up wordings, none from the
evaluation's batches.
"""

from __future__ import annotations

import pytest

from curate.stages import phrase_opener
from curate.stages.translation import TranslationRepair
from tests import translation_slips as slips

# a dateline or a line's head, then a fronted phrase and its clause
FRONTED = [
    ("LYON – in the spring the council will open two tram lines.", "LYON – In"),
    ("NANTES (AFP) – at the foot of the cathedral the crews set up a stage.", "(AFP) – At"),
    ("BREST, 4 March — by nightfall, the crews had cleared the road to the port.", "— By"),
    ("TOULON (Reuters) - on the far side of the harbour two tugs pulled the ship clear.", "- On"),
    ("MÜNCHEN (dpa) – during the night the snow blocked the pass above the town.", "– During"),
    ("GRENOBLE – under the new rules the ski lifts close at five.", "GRENOBLE – Under"),
    ("CAYENNE, French Guiana – last year the town planted 4,000 trees.", "Guiana – Last"),
]

# an abbreviation that closes a noun phrase, then a fronted phrase and its clause
AFTER_ABBREVIATION = [
    ("The strike shut the post office, the library, the pool, etc. by noon the town was silent.",
     "etc. By"),
    ("The new timetable covers lines 1, 4, 7 etc. at the far end of the line the works go on.",
     "etc. At"),
    ("The contract went to Orlan Holdings Ltd. during the winter the firm hired forty welders.",
     "Ltd. During"),
]  # fmt: skip

# a lone item: no line beside it led by a mark or a counter
LONE = [
    ("The ministry published its plan on Monday.\n2/ the regional councils will pay for the "
     "buses.", "2/ The"),
    ("The mayor spoke on Monday.\n\n- the prefecture will close the bridge from Monday.\n\nThe "
     "works will last a month.", "- The"),
    ("The mayor spoke on Monday.\n– residents of the old town must register before Friday.",
     "– Residents"),
    ("Officials met in Rennes.\n• most of the ferries will sail again on Sunday.", "• Most"),
    ("The council met in Kiel on Monday.\n3/ thirty-six taxis were towed from the square.",
     "3/ Thirty"),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "opened"), FRONTED + AFTER_ABBREVIATION + LONE)
def test_the_sentence_opens(raw, opened):
    slips.assert_opened(raw, opened)


@pytest.mark.parametrize(
    ("setting", "raw"),
    [
        ("phrase_openers", FRONTED[0][0]),
        ("phrase_openers", AFTER_ABBREVIATION[0][0]),
        ("lone_items", LONE[0][0]),
        ("lone_items", LONE[1][0]),
    ],
)
def test_each_behaviour_is_a_setting(setting, raw):
    off = TranslationRepair(**{setting: False})
    assert slips.repaired(raw, slips.PLAIN, off) == raw
    assert slips.repaired(raw, slips.PLAIN) != raw


# look-alikes that keep their small letters, with the document's evidence too --------------
KEPT = [
    # a phrase with no clause after it, or a relative's clause
    "LYON – in pictures",
    "LYON – in the town that the council built in 1990.",
    # a list after a lead-in's colon, its items in small letters, one or more
    "Visitors are asked to bring:\n- the booking number;\n- two photos.",
    "Visitors are asked to bring:\n- the booking number.",
    # a lone item that is no clause, or ends with no stop
    "The kit list\n\n- a red torch and a flask of tea.",
    "Officials met on Monday.\n\n- the prefecture and the bridge",
    # a code and a brand's inner capital after a head
    "id-4471: the ticket was closed on Monday.",
    "UPDATE | iOS users can download the new version from Monday.",
]


@pytest.mark.parametrize("text", KEPT)
def test_look_alikes_keep_their_small_letter(text):
    slips.assert_kept(text)


@pytest.mark.parametrize(
    ("words", "fronted"),
    [
        ("in the spring the council will open", True),
        ("by nightfall, the crews had cleared", True),
        ("before long the water reached the quay", True),
        ("in the spring.", False),  # no clause
        ("in the town that the council built", False),  # a relative: no fronting
        ("the council will open", False),  # a subject, no phrase
        ("In the spring the council will open", False),  # a capital: no slip
    ],
)
def test_fronted_phrase_shape(words, fronted):
    stage = slips.STAGE
    table = stage._table
    found = phrase_opener.clause_after_phrase(
        words,
        0,
        table["phrase_openers"],
        lambda at: stage._clause_follows(words, at) is not None,
        table["phrase_breakers"],
    )
    assert found is fronted


@pytest.mark.parametrize(
    "unit",
    ["LYON – in the ", "\n- the crews were told.", "etc. by the ", "\n2/ in the ", ":\n- a "],
)
def test_hostile_input_runs_in_linear_time(unit):
    slips.assert_linear(unit * 3, joints=("\n", " "))
