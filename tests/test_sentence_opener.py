"""The learned decision for a lower-case word after a line's doubtful prefix (`sentence_opener`).

The kind: a dateline whose prefix the rules doubt (a weekday and a full date before the dash)
leaves its sentence's first word in lower case; the model capitalises it, in the ledger under
`sentence_case` with its score. It must not capitalise a word after an abbreviation or a
mid-sentence dash or colon, and a second run changes nothing. Made-up places and dates, none
from the evaluation's batches. On the base commit (no model) 9 of these 29 tests fail: the six
datelines, the ledger's score, and the two that read the module. Since session 47 the rules
read a weekday-dated dateline as a start themselves (s47-tkinds2), so these datelines open
either way; the ledger's score is pinned on a short numeric date, still the model's to read.
"""

import pytest

from curate.document import Document
from curate.stages.translation import TranslationRepair

STAGE = TranslationRepair()

OPENED = [
    ("ADELAIDE, Friday 7 June 2024 - the council voted to delay the plan.", "The council"),
    ("KINGSTON, Monday 3 March 2025 - the port reopened after the storm.", "The port"),
    ("TAMPERE, Tuesday 12 August 2025 - the mill cut its output.", "The mill"),
    ("NAIROBI, Sunday 9 November 2025 -- the court adjourned the hearing.", "The court"),
    ("GALWAY, Wednesday 1 October 2025 - the ferry left without passengers.", "The ferry"),
    ("PERTH, Saturday 14 June 2025 (AAP) - the fires were contained overnight.", "The fires"),
]

LEFT = [
    ("BERGEN, 1 June 2024 (NTB) - The shipment incl. the spare parts arrived.", "incl. the"),
    ("OSLO, Monday 12 May 2025 - Costs rose approx. three times faster than pay.", "approx. three"),
    ("LYON, Monday 2 June 2025 - The order, i.e. the second one, was late.", "i.e. the"),
    ("GENT, Tuesday 3 June 2025 - The visit, led by Gen. the Lord Dannatt, ended.", "Gen. the"),
    ("CORK, Friday 4 July 2025 - One goal: the cup. They met at 3 p.m. the next day.", "p.m. the"),
    ("BRNO, Monday 5 May 2025 - The plan - the one critics hated - drew crowds.", "- the one"),
    ("LAHTI, Monday 6 May 2025 - There was one goal: the cup, and they won it.", ": the cup"),
]


def run(text: str) -> Document:
    return STAGE.process(Document(id="t", text=text))


def assert_opened(raw: str, opened: str) -> None:
    """`opened` (the capitalised start) in the output, nothing else changed."""
    out = run(raw).text
    assert opened in out and out.lower() == raw.lower()


def assert_left(raw: str, kept: str) -> Document:
    """`kept` as written, and no edit of the model's (none with a score)."""
    doc = run(raw)
    assert kept in doc.text
    assert not [e for e in doc.edits if e.score is not None], doc.edits
    return doc


@pytest.mark.parametrize(("raw", "opened"), OPENED)
def test_a_dated_prefix_opens_its_sentence(raw: str, opened: str) -> None:
    assert_opened(raw, opened)


@pytest.mark.parametrize(("raw", "kept"), LEFT)
def test_no_start_after_an_abbreviation_or_mid_sentence(raw: str, kept: str) -> None:
    assert_left(raw, kept)


@pytest.mark.parametrize("raw", [r for r, _ in OPENED + LEFT])
def test_a_second_run_changes_nothing(raw: str) -> None:
    once = run(raw).text
    assert run(once).text == once


# since session 47 the rules read a weekday-dated dateline (`OPENED`) as a start themselves; a
# dateline of a place and its wire before a verbless phrase is still the model's to decide
# (session 51: "ADELAIDE, 7/6 - the", a head the stage's dateline reader does not know, waits for
# the document's evidence, `opener_evidence`)
MODEL_DECIDES = "OTTERMERE (Reuters) - the tax cut of 2026"


def test_the_ledger_names_the_rule_and_the_model_score() -> None:
    doc = run(MODEL_DECIDES)
    learned = [e for e in doc.edits if e.score is not None]
    assert [(e.rule, e.before, e.after) for e in learned] == [("sentence_case", "t", "T")]
    assert 0.5 < learned[0].score <= 1.0


def test_a_word_after_a_capitalised_one_is_no_candidate() -> None:
    # why a second run finds nothing: the capital it made leads no candidate
    from curate.stages import sentence_opener

    lower = "ADELAIDE, Friday 7 June - the council met.\nBUSINESS: the pound fell."
    found = sentence_opener.candidates(lower)
    assert sorted(lower[at : at + 3] for at in found) == ["the", "the"]
    assert sentence_opener.candidates(lower.replace("the", "The")) == {}


def test_the_model_is_read_once_and_scores_alike() -> None:
    from curate.stages import sentence_opener

    assert sentence_opener.model() is sentence_opener.model()
    first = [run(raw).text for raw, _ in OPENED]
    assert first == [run(raw).text for raw, _ in OPENED]


# The kind the model learned from the hosts' own lowered openers and the planted starts with
# other real openers (`sentence_opener_train.host_places`, `swapped`): any real word opening a
# sentence after a dated prefix, not only "the" (the batches' planted opener). Made-up places,
# words, agencies and dates. On session 43's model all eight fail; the first four pass since
# session 44 shipped the per-kind thresholds.
VARIED = [
    ("HALIFAX, Thursday 4 September 2025 - police closed the bridge overnight.", "Police"),
    ("TROMSO, Monday 10 March 2025 -- officials said the runway would reopen.", "Officials"),
    ("ARUSHA, Friday 21 November 2025 (Xinhua) - in a statement the park asked.", "In a"),
    ("WINNIPEG, Tuesday 2 September 2025 - it snowed for six hours on the prairie.", "It"),
]
# still missed: a word rarer as an opener than any the model capitalised in training is not
# looked for (`least_odds`), and the trees still weigh the word's odds ("farmers")
# (session 47: the rules now open the weekday-dated plurals themselves; the article and the
# number word still wait for the model)
VARIED += [
    ("VALLETTA, Sunday 5 October 2025 - residents were told to boil water.", "Residents"),
    ("SKOPJE, Wednesday 8 January 2025 - farmers blocked the border crossing.", "Farmers"),
]
# the article and the number word: missed until session 51's fragment-or-clause model (a
# dateline's sentence after its dash stands on its score, `opener_evidence`)
VARIED += [
    ("DUNDEE, Saturday 6 December 2025 - a fire broke out at the docks.", "A fire"),
    ("MALMO, Thursday 13 February 2025 - two ferries collided in thick fog.", "Two ferries"),
]

# look-alike places that are no start in clean text (after an abbreviation, a colon that
# introduces a list fragment, a lower-case brand, a handle): they pass on session 43's model and
# on this one, and pin that a model taught the place buys no false start there
NOT_STARTS = [
    ("RIGA, Monday 3 March 2025 - The kit, incl. batteries, was lost.", "incl. batteries"),
    ("BARI, Tuesday 4 March 2025 - Some fruit, e.g. apples or pears, was spoiled.", "e.g. apples"),
    ("LINZ, Friday 7 March 2025 - The crew of Capt. dawson's tug was rescued.", "Capt. dawson"),
    ("GRAZ, Monday 10 March 2025 - Three things were missing: bread, milk and salt.", ": bread"),
    ("KOTOR, Friday 14 March 2025 - Sales of the new ebook: reader rose by a third.", ": reader"),
    ("PULA, Monday 17 March 2025 - Reporters wrote to @harbourwatch - nobody replied.", "- nobody"),
]


@pytest.mark.parametrize(("raw", "opened"), VARIED)
def test_a_dated_prefix_opens_a_sentence_whatever_its_first_word(raw: str, opened: str) -> None:
    assert_opened(raw, opened)


@pytest.mark.parametrize(("raw", "kept"), NOT_STARTS)
def test_no_start_at_a_look_alike_place(raw: str, kept: str) -> None:
    doc = assert_left(raw, kept)
    assert run(doc.text).text == doc.text
