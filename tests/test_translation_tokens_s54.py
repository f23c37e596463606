"""A token whose shape says it is no word of prose keeps its small letter (session 54).

The kind: `sentence_case` opens a sentence a translation left in small letters, and a token that
stands where a sentence opens but is no word (a web address, a unit opening a table's row, a
chess move, a brand with an inner capital) must not be capitalised. `prose_token` reads the
shape (a dot or a slash inside, a letter-digit mix, an inner capital, a short run with no vowel);
every token here is made up, in several places: a line's start, after a line's head or a label,
after a stop. Real sentence starts next to them are still opened.
"""

from __future__ import annotations

import pytest

from curate.document import Document
from curate.stages import prose_token
from curate.stages.translation import TranslationRepair
from tests import translation_slips as slips

TOKENS = [
    "www.lorvane.example lists the cuts.",
    "tickets.kestermouth.example has the dates.",
    "bookings.tarvossa.example or by phone.",
    "mg/l | 4.2 | 3.9",
    "kg/m2 | 3 | 4",
    "km | 12 | 14",
    "mm | 4 | 5",
    "kWh | 3 | 4",
    "e4 was met by a bold reply.",
    "nf3 was played next.",
    "d5 followed at once.",
    "x86 chips were the rule.",
    "eBay cut its fees on Monday.",
    "iPads sold out within the hour.",
    "mRNA doses were given.",
    "zTrain tickets went on sale.",
]
PLACES = [
    "{T}",
    "The day was long.\n{T}",
    "The day was long. {T}",
    "The day was long! {T}",
    "LIVE | {T}",
    "SPORT | {T}",
    "Bookings: {T}",
    "Website: {T}",
    "PARIS (Reuters) - {T}",
    "14.05 GMT — {T}",
    "[16:40] {T}",
    "Ms Okafor: {T}",
    "Unit | 2024 | 2025\n{T}",
    "Water quality\n{T}",
]


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("token", TOKENS)
def test_a_token_that_is_no_word_keeps_its_small_letter(token, place):
    raw = place.replace("{T}", token)
    assert slips.with_slip(raw) == raw
    assert slips.repaired(raw, slips.EVIDENT).endswith(raw)


@pytest.mark.parametrize(
    ("raw", "kept", "opened"),
    [
        ("The day was long. km | 12 | 14\nthe rows were read on Monday.", "km |", "\nThe rows"),
        ("The day was long. mm | 4 | 5. the gauge was new.", "mm |", ". The gauge"),
        ("LIVE | eBay cut its fees. the shops reopened.", "| eBay", ". The shops"),
        ("www.lorvane.example lists the cuts. the butchers agree.", "www.", ". The butchers"),
        ("It opened quietly. the crowd cheered. e4 was met by a reply.", ". e4", ". The crowd"),
        # a sentence a token that is no word opens ends at its stop: the next one opens
        ("It opened quietly. e4 was met by a reply. the crowd cheered.", ". e4", ". The crowd"),
        ("The day ended. x86 chips were the rule. the shops closed.", ". x86", ". The shops"),
        ("The day ended. eBay cut its fees. the sellers left.", ". eBay", ". The sellers"),
    ],
)
def test_a_real_sentence_start_next_to_one_is_still_opened(raw, kept, opened):
    out = slips.with_slip(raw)
    assert kept in out and opened in out, out


def test_the_setting_off_capitalises_a_unit_after_a_stop():
    """A shape the stage's own guards missed before: a unit with no vowel after a stop; and a
    sentence after one a chess move opens stayed small."""
    raw = "The day was long. km | 12 | 14"
    off = TranslationRepair(prose_tokens=False)
    text = slips.SLIP + raw
    assert off.process(Document(id="t", text=text)).text.endswith("The day was long. Km | 12 | 14")
    assert slips.with_slip(raw) == raw
    move = "It opened quietly. e4 was met by a reply. the crowd cheered."
    assert off.process(Document(id="t", text=slips.SLIP + move)).text.endswith(move)


@pytest.mark.parametrize(
    "word",
    ["the", "its", "they", "my", "by", "why", "l'Europe", "de-Gaulle", "it.", "eggs,", "a"],
)
def test_a_word_of_prose_is_a_word(word):
    assert not prose_token.no_word(word + " rest", 0)


@pytest.mark.parametrize(
    "token", ["www.a.fr", "km/h", "e4", "h2o", "eBay", "iOS", "km", "mg,", "kWh", "x86"]
)
def test_a_token_of_each_shape_is_no_word(token):
    assert prose_token.no_word("Seen: " + token + " there", 6)


def test_a_hostile_token_reads_fast():
    """One bounded token read per start: 100 KB of one run reads at once (no backtracking)."""
    assert prose_token.no_word("a" * 100_000, 0) is False
    assert prose_token.no_word("e" + "4" * 100_000, 0) is True
