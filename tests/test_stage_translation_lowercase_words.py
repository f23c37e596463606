"""Words lower case by nature, which the `translation` stage's `sentence_case` leaves as written.

Two kinds (`curate.stages.lowercase_words`): a name its owner writes small that opens a sentence
("inwi said"), when the document writes it small inside a clause with no determiner before it
and never with a capital, or when its shape is no common word's ("eSIM", "bKash"); and the stop
of an abbreviation in small letters inside a clause ("the avg. price"), a token that ends as no
word of clean English ends and that the document never writes bare, before a word that goes on
the clause. The names and abbreviations here are made up, so that no list can hold them; the
look-alikes are real slips a translation leaves, which must still open with a capital.
"""

from __future__ import annotations

import pytest

from curate.document import Document
from curate.stages import lowercase_words
from curate.stages.translation import TranslationRepair
from tests import translation_slips as slips
from tests.conftest import assert_contract
from tests.conftest import assert_linear as linear_in_size

ON = TranslationRepair(lowercase_words=True)
OFF = TranslationRepair()  # the setting is off by default


def repaired(raw: str, host: str) -> str:
    """`slips.repaired` with the setting on (the contract checked: twice changes nothing, the
    ledger replays)."""
    doc = assert_contract(ON, host + raw)
    return doc.text[len(host) :] if doc.text.startswith(host) else doc.text


def assert_kept(text: str) -> None:
    """`slips.assert_kept` with the setting on: unchanged without evidence and with it."""
    assert repaired(text, slips.PLAIN) == text
    assert repaired(text, slips.EVIDENT).endswith("\n\n" + text)


# a name the document writes small, opening a sentence: kept -----------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Customers of zunvo complained about the fees. zunvo said it would cut them.",
        "Shares fell after a deal with quorbix, its rival. quorbix declined to comment.",
        "The bank opened 2 branches for klenta in May. klenta opened four more in June.",
        "Traffic on plenzo, the ride app, doubled. plenzo now runs in six towns.",
        "Fans bought tickets on vexamo for the final. vexamo removed the resale listings.",
        # the name first, the evidence after
        "Bills rose again. orvanto cut its prices. Families who switched to orvanto saved a tenth.",
    ],
)  # fmt: skip
def test_a_name_written_small_inside_a_clause_keeps_its_small_letter(text):
    assert_kept(text)
    assert OFF.process(Document(id="x", text=text)).text != text  # what the setting changes


@pytest.mark.parametrize(
    "text",
    [
        "Roaming at the border is costly. zSIM plans sold there are cheaper.",
        "Relief is reaching families by phone. qPay transfers went out on Sunday.",
        "Readers moved to the new site. my7reader now lists every story.",
    ],
)  # fmt: skip
def test_a_word_of_no_common_shape_keeps_its_small_letter(text):
    assert_kept(text)


# the same places, with a real slip: still capitalised -----------------------------------------
@pytest.mark.parametrize(
    ("raw", "opened"),
    [
        # a common word of clean English, however the document writes it
        ("The minister told officials on Monday that the plan was dead. officials said the "
         "talks had failed.", "Officials said"),
        ("Talks in the capital stalled. the talks resumed on Tuesday.", "The talks"),
        ("The mayor met him twice, and he left. he said the talks were over.", "He said"),
        # a word written after a determiner is a noun, no name ("the ferry")
        ("The ferry left late. Crews blamed the ferry operator. ferry crews said it was the "
         "weather.", "Ferry crews"),
        # a noun in the plural is a common noun's shape, however the document writes it
        ("Farmers hired pickers for the harvest. pickers said the pay was late.",
         "Pickers said"),
        # a word the document also writes with a capital
        ("Zunvo raised its fees. Customers of zunvo complained. zunvo said it would cut them.",
         "Zunvo said"),
    ],
)  # fmt: skip
def test_a_real_slip_still_opens_with_a_capital(raw, opened):
    out = repaired(raw, slips.EVIDENT)
    assert opened in out, out


# a sentence that opens with such a word is a sentence: the slip after it is repaired ----------
@pytest.mark.parametrize(
    ("raw", "opened"),
    [
        ("Prices rose in May. 's-Kelderbosch twinned with Wicklestone in 1964. the allotment "
         "society celebrated.", "The allotment"),
        ("Bills rose again. my7reader now lists every story. the editors said so.",
         "The editors"),
        ("Customers of zunvo complained on Monday. zunvo cut its prices in May. the stonemasons "
         "switched within the week.", "The stonemasons"),
    ],
)  # fmt: skip
def test_the_sentence_after_one_opened_by_a_small_name_is_repaired(raw, opened):
    out = repaired(raw, slips.EVIDENT)
    assert opened in out, out
    assert out.lower().endswith(raw.lower())


# the stop of an abbreviation in small letters inside a clause: no sentence's end --------------
@pytest.mark.parametrize(
    "text",
    [
        "The avg. price of a ticket rose again in the city.",
        "The crossing costs 60,000 ariary incl. port taxes, the ferry company said.",
        "The ferry company raised the blvg. fare of its ticket holders in May.",
        "Figures for the mgmt. team of the port were published on Monday.",
    ],
)  # fmt: skip
def test_an_abbreviation_stop_inside_a_clause_is_no_sentence_end(text):
    assert_kept(text)


@pytest.mark.parametrize(
    ("raw", "opened"),
    [
        # a word that ends as English words end, a unit after a number, a sentence opener after
        ("The crews waited on the quay. ferry crews slept in their vans.", "Ferry crews"),
        ("Each tablet contains 500 mg. residents should not take more.", "Residents should"),
        ("The fishermen stayed in port all week. the harbour master blamed the storm.",
         "The harbour"),
        ("The survey covered the avg. the talks resumed on Tuesday.", "The talks"),
        # a token the document also writes bare is a word
        ("The avg fell in May. The figure is the avg. price rises followed.", "Price rises"),
    ],
)  # fmt: skip
def test_a_sentence_end_after_a_short_word_still_opens(raw, opened):
    out = repaired(raw, slips.EVIDENT)
    assert opened in out, out


def test_setting_off_by_default_capitalises_as_before():
    text = "Customers of zunvo complained about the fees. zunvo said it would cut them."
    assert "Zunvo said" in OFF.process(Document(id="x", text=text)).text
    out = OFF.process(Document(id="x", text="The avg. price of a ticket rose again.")).text
    assert "avg. Price" in out


def test_names_read_the_document():
    determiners = {"the", "a", "an"}
    text = "Customers of zunvo and the ferry, on plenzo and Vexamo; by vexamo, 2 klenta, by trams."
    # not "ferry" (after a determiner), "vexamo" (with a capital), "klenta" (after a figure),
    # "trams" (plural), "and" (common)
    assert lowercase_words.names(text, determiners, {"of", "on", "by"}) == {"zunvo", "plenzo"}
    assert lowercase_words.names("", determiners) == frozenset()


def test_reading_is_linear():
    line = "Customers of zunvo paid the avg. price. zunvo said"
    for joint in ("\n", " "):
        linear_in_size(
            lambda text: ON.process(Document(id="x", text=text)),
            lambda k, joint=joint: joint.join([line] * k),
            8000,
        )
