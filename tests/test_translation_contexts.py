"""Each kind of translation artifact is caught in the contexts set 3 of the eval plants it in.

Every test here is a kind in several contexts (a sentence end of any mark, a quote or a bracket
around, a list item, a line in capitals), run through the stage as shipped on a short English
text that holds nothing else to repair; the old stage missed each of these contexts. The
`_kept` tables hold the clean English each widened mechanism must still leave alone.
"""

from __future__ import annotations

import random

import pytest

from curate.document import Document
from curate.evaluate import inject_contexts as contexts
from curate.evaluate import translation_contexts
from curate.evaluate.inject import Artifact
from curate.stages.translation import TranslationRepair
from tests import translation_slips as slips
from tests.conftest import assert_contract, assert_linear, run_stage

STAGE = TranslationRepair()
# a clean English paragraph around each case, so that the case is a lone slip in a document
HOST = "The committee met in the capital for three days. Its members spoke to the press. "


def repaired(raw: str) -> str:
    return run_stage(STAGE, HOST + raw).text[len(HOST) :]


# sentence_case: a lower-case sentence opening after any sentence end --------------------------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Did they meet on Monday? the talks resumed.", "Monday? The talks"),
        ("They met on Monday! the talks resumed.", "Monday! The talks"),
        ("(They met on Monday.) the talks resumed.", "Monday.) The talks"),
        ("They met on Monday. “the talks resumed,” they said.", "Monday. “The talks"),
        ('They met on Monday. "the talks resumed," they said.', 'Monday. "The talks'),
        ("They met on Monday. (the talks resumed on Tuesday.)", "Monday. (The talks"),
        ("They met on Monday.\n\nthe talks resumed on Tuesday.", "Monday.\n\nThe talks"),
        ("They met at NATO. the talks resumed.", "NATO. The talks"),
    ],
)
def test_sentence_case_after_any_sentence_end(raw, fixed):
    doc = run_stage(STAGE, HOST + raw)
    assert fixed in doc.text
    assert [e.rule for e in doc.edits] == ["sentence_case"]


@pytest.mark.parametrize(
    "kept",
    [
        "“Why did they meet?” he asked.",  # a speech tag after a quoted question
        "“We met.” she said, and left.",
        "Yahoo! is a web company.",  # "is" opens no sentence
        "What are they looking for on here? and in all seriousness, who cares?",
        "Brazil went dark.\nthe highest number of fires was recorded.",  # joined segments
        "He works for the ID. models are made there.",  # two capitals: a brand
        "It ended… then it began again.",  # an ellipsis trails off
    ],
)
def test_sentence_case_kept(kept):
    assert repaired(kept) == kept


# article: "A"/"An" opening a list item or following an ellipsis; "A"/"AN" in capitals ----------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("\n- A incursion was reported\n- The border was closed", "- An incursion"),
        ("\n• An report was read\n• The border was closed", "• A report"),
        ("\n* A offensive began\n* The border was closed", "* An offensive"),
        ("Talks resumed… A incursion followed.", "… An incursion"),
        (
            "\n\nOFFICIALS DISCUSS A INCURSION IN PARIS\n\nThe talks went on.",
            "DISCUSS AN INCURSION",
        ),
        ("\n\nAN REPORT ON THE BORDER IS PUBLISHED\n\nThe talks went on.", "A REPORT ON"),
        ("\n\nOFFICIALS READ AN BBC REPORT IN PARIS\n\nThe talks went on.", "READ A BBC"),
    ],
)
def test_article_in_any_sentence_opening_and_in_capitals(raw, fixed):
    doc = run_stage(STAGE, HOST + raw)
    assert fixed in doc.text
    assert {e.rule for e in doc.edits} == {"article"}


@pytest.mark.parametrize(
    "kept",
    [
        "Vitamin A is good for the eyes.",
        "They sell grade A eggs - A is the best grade.",
        "A USB STICK WAS FOUND IN THE BAG",  # "USB": too short to read as a word
        "A US plan was discussed.",
        "It was AN unusual day.",  # "AN" before a word not in capitals
    ],
)
def test_article_kept(kept):
    assert repaired(kept) == kept


# doubled word, gazetteer, titles, numbers in a line in capitals ------------------------------
@pytest.mark.parametrize(
    ("raw", "fixed", "rule"),
    [
        ("\n\nOFFICIALS DISCUSS THE THE REPORT IN PARIS", "DISCUSS THE REPORT", "doubled_word"),
        ("\n\nOFFICIALS MEET KIM JONG ONE IN PARIS", "MEET KIM JONG UN IN", "gazetteer"),
        ("\n\nOFFICIALS MEET VLADIMIR POUTINE IN PARIS", "VLADIMIR PUTIN IN", "gazetteer"),
        ("\n\nOFFICIALS MEET MME BORNE IN PARIS", "MEET MRS. BORNE IN", "title_word"),
        ("Officials Discuss 1,5 Million Euros in Paris", "1.5 Million", "number_format"),
        ("\n\nOFFICIALS DISCUSS 2,5 BILLION DOLLARS", "2.5 BILLION", "number_format"),
    ],
)
def test_kinds_in_capitals(raw, fixed, rule):
    doc = run_stage(STAGE, HOST + raw)
    assert fixed in doc.text
    assert {e.rule for e in doc.edits} == {rule}


@pytest.mark.parametrize(
    "kept",
    [
        "THE THE played a concert.",  # a band, in a line not in capitals
        "Its fleet of 300 737 MAX jets stayed on the ground.",  # a model's name
        "Paris: Mme Borne speaks to John M. Ford.",  # "M." after a first name: an initial
    ],
)
def test_capitals_kept(kept):
    doc = run_stage(STAGE, HOST + kept)
    assert not [e for e in doc.edits if e.before != "Mme"]


def test_a_title_that_is_no_initial_after_a_capitalised_word():
    """A "Mme" is never an initial: after a capitalised word it is a title all the same."""
    assert "Paris Mrs. Borne" in repaired("The talks moved to Paris Mme Borne said.")


# space before a mark: after an abbreviation; before a closing quote or bracket; ": “" ----------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Officials met in the U.S. , then they left.", "U.S., then"),
        ("Officials met at Acme Inc. ; then they left.", "Inc.; then"),
        ("“Why did they meet ?” officials asked.", "meet?”"),
        ("The talks ended (why ?) on Monday.", "(why?)"),
        ('"Why did they meet ?" officials asked.', 'meet?"'),
        ("Officials said : “the talks ended.”", "said: “the"),
        ("Officials said\u00a0: “the talks ended.”", "said: “the"),
    ],
)
def test_space_before_punct_in_any_context(raw, fixed):
    doc = run_stage(STAGE, HOST + raw)
    assert fixed in doc.text
    assert {e.rule for e in doc.edits} <= {"space_before_punct", "odd_space"}


# a thousands space after a sentence end or an abbreviation ------------------------------------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("It ended on Monday. 5 000 people left.", "5,000 people"),
        ("In the U.S. 12 500 euros went missing.", "12,500 euros"),
        ("Did they meet on Monday? 250 000 people were moved.", "250,000 people"),
    ],
)
def test_thousands_space_after_a_sentence_end(raw, fixed):
    doc = run_stage(STAGE, HOST + raw)
    assert fixed in doc.text
    assert {e.rule for e in doc.edits} == {"number_format"}


def test_thousands_space_after_a_name_kept():
    kept = "A fleet of Boeing 737 800 jets stayed on the ground."
    assert repaired(kept) == kept


# the planting of set 3 -----------------------------------------------------------------------
def test_every_cell_is_planted_and_scored_exactly():
    """Each `(kind, context)` plants one artifact whose clean snippet is the reference."""
    host = HOST * 8 + "\n\n" + HOST * 8
    rng = random.Random(3)
    every = [(cell, False) for cell in contexts.cells()]
    every += [(cell, True) for cell in contexts.cells(held_out=True)]
    for batch in (4, 5, *range(7, 56)):
        every += [(cell, batch) for cell in contexts.cells(held_out=batch)]
    for (kind, name), held_out in every:
        planting = contexts.plant(host, [(kind, name)], rng.randrange(1 << 30), held_out)
        (artifact,) = planting.injection.artifacts
        assert planting.contexts == (name,)
        assert artifact.injected != artifact.reference, (kind, name)
        ref = planting.injection.reference
        assert ref[artifact.ref_start : artifact.ref_start + len(artifact.reference)] == (
            artifact.reference
        )
        assert ref.replace(artifact.reference, "", 1).replace(" ", "").replace("\n", "") == (
            host.rstrip().replace(" ", "").replace("\n", "")
        )


def test_planting_is_deterministic():
    host = HOST * 10
    chosen = contexts.cells()[:: len(contexts.cells()) // 5][:5]
    assert contexts.plant(host, chosen, 7) == contexts.plant(host, chosen, 7)
    assert len(contexts.plant(host, chosen, 7).injection.artifacts) == len(chosen)


@pytest.mark.parametrize(
    ("reference", "delivered"),
    [
        ("The fix was one line:\n    if stock < 0: stock = 0\nIt shipped.",
         "The fix was one line:\nif stock < 0: stock = 0\nIt shipped."),
        ("Run it:\n\tmake deploy\nIt went live.", "Run it:\nmake deploy\nIt went live."),
        ("Name\tRole\nMarc\tmayor", "Name Role\nMarc mayor"),
    ],
)  # fmt: skip
def test_a_clean_snippet_is_scored_as_the_earlier_stages_deliver_it(reference, delivered):
    """Space the unicode and markup stages normalise on purpose (an indent, a tab) is scored as
    they deliver it: the translation stage never sees it and cannot give it back."""
    artifact = Artifact("sentence_case", 0, reference, 0, reference.lower())
    assert translation_contexts._as_delivered(artifact).reference == delivered


@pytest.mark.parametrize(
    "reference",
    ["Officials met in Paris, then they left.", "$ make deploy\nThe nurses saw it.",
     "Results\n=======\nThe count went on."],
)  # fmt: skip
def test_a_clean_snippet_the_earlier_stages_keep_is_scored_as_written(reference):
    artifact = Artifact("sentence_case", 0, reference, 0, reference.lower())
    assert translation_contexts._as_delivered(artifact) is artifact


def test_no_held_out_cell_scores_what_the_earlier_stages_drop():
    """Every cell can pass: its clean snippet, as delivered, is the one planted (batch 21's
    indented code line was scored with its indent, which never reaches the stage)."""
    rng = random.Random(5)
    for held_out in range(1, 23):
        for kind, name in contexts.cells(held_out):
            ctx = next(c for c in contexts.contexts(kind, held_out) if c.name == name)
            clean, planted = contexts.snippet(kind, ctx, rng)
            artifact = translation_contexts._as_delivered(Artifact(kind, 0, clean, 0, planted))
            assert "\n " not in artifact.reference, (held_out, name)


def test_straight_quoted_host_gets_straight_quotes_for_guillemets():
    host = 'He said "yes" to the plan. ' * 6
    ctx = next(c for c in contexts.contexts("guillemets") if c.name == "mid")
    planting = contexts.plant(host, [("guillemets", ctx.name)], 1)
    (artifact,) = planting.injection.artifacts
    assert "“" not in artifact.reference and '"' in artifact.reference
    doc = run_stage(STAGE, planting.injection.injected)
    start = artifact.inj_start
    assert artifact.reference in doc.text[start - 5 : start + len(artifact.reference) + 5]


def test_stage_alone_on_a_cell_of_each_rule():
    """Through the stage alone (no unicode stage first), one context of each rule is repaired."""
    rng = random.Random(11)
    host = HOST + "They called it “a start”. "  # « » beside the document's own quotes: a slip
    for kind in contexts.KINDS:
        if not contexts.contexts(kind):
            continue  # a kind of a held-out batch only (`title_mm`)
        ctx = contexts.contexts(kind)[0]
        clean, planted = contexts.snippet(kind, ctx, rng)
        planted = planted.replace("\u00a0", " ").replace("\u202f", " ")
        doc = STAGE.process(Document(id="c", text=host + planted))
        assert doc.text == host + clean, (kind, ctx.name, planted)


@pytest.mark.parametrize(
    "unit, n",
    [
        ("OFFICIALS MEET A INCURSION ", 30_000),  # one line in capitals, an article in each
        ("THE THE ", 100_000),
        ("Yes? the ", 20_000),  # a name's mark each: 7 min at 75,000 before round 20
        ("Ab.\n\n(the ", 75_000),
        ("U.S. , ", 100_000),
        ("KIM JONG ONE MME AB ", 40_000),
    ],
)
def test_linear_on_hostile_input_in_new_contexts(unit, n):
    assert_linear(lambda text: run_stage(STAGE, text), lambda k: unit * k, n)


def test_every_cell_is_idempotent_and_replays():
    """Each planted snippet: repaired once, a second run changes nothing; the ledger replays."""
    host = HOST * 4 + "\n\n" + HOST * 4
    rng = random.Random(5)
    for kind, name in contexts.cells():
        planting = contexts.plant(host, [(kind, name)], rng.randrange(1 << 30))
        assert_contract(STAGE, planting.injection.injected)


# session 22, round 3: kinds found on set 3 and held-out batches 1 to 4 ------------------------
# a host whose evidence reaches the repair bar (two titles the translation left), for the
# doubtful shapes that wait for it
EVIDENT = "The committee met M. Macron and Mme Borne for three days. Its members spoke.\n\n"
PARAGRAPH = HOST.rstrip() + "\n\n"  # the same without the evidence


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Agreed:\n- trade\n- energy\nthe talks resumed on Tuesday.", "energy\nThe talks"),
        ("Paris talks resume\n\nthen talks resumed on Tuesday.", "resume\n\nThen talks"),
        ("Officials met as planned\n\nit resumed on Tuesday.", "planned\n\nIt resumed"),
    ],
)
def test_sentence_case_after_a_line_without_a_stop(raw, fixed):
    """A line with no stop (a list, a headline) ends before a line that opens a sentence in
    lower case; since round 4 with no evidence too when the word opens a clause (a pronoun,
    "the", "then") and the document wraps no other line (`test_stage_translation_round4`)."""
    assert fixed in slips.repaired(raw, EVIDENT)
    assert fixed in slips.repaired(raw, PARAGRAPH)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("By Claire Dubois\nit resumed on Tuesday.", "Dubois\nIt resumed"),  # a byline
        ("1. Trade\n2. Energy\nthen talks resumed on Tuesday.", "Energy\nThen talks"),
        ("Macron in Paris. (AFP)\nthey resumed the talks.", "(AFP)\nThey resumed"),  # a credit
        ("Macron in Paris on Monday. (AFP)\nit resumed.", "(AFP)\nIt resumed."),  # two words
    ],
)
def test_sentence_case_after_a_short_line_ending_in_a_name(raw, fixed):
    """A short line that ends with a capitalised word, a number or a bracket (a byline, a
    numbered item, a credit) before a sentence opener in lower case: with no evidence too."""
    assert fixed in slips.repaired(raw, EVIDENT)
    assert fixed in slips.repaired(raw, PARAGRAPH)


@pytest.mark.parametrize(
    "kept",
    [
        "CDPATH replacements\n\nafter reading this post I figured it out.",  # ends in lower case
        "Release 2.0.1\n\nfixes the parser and the cache.",  # "fixes" opens no sentence
        # ends in lower case, in a document that wraps its lines (two such lines)
        "Officials met as planned\nthe talks resumed on Tuesday and\nthe budget passed.",
        "Startup Closes Series A Investment Round\nsee the report on page 4.",  # no opener
        "Helm Integration (MELPA)\nmore direct",  # no stop: a list of notes
    ],
)
def test_sentence_case_after_a_line_without_evidence_kept(kept):
    assert slips.repaired(kept, PARAGRAPH) == kept


@pytest.mark.parametrize(
    "kept",
    [
        "They chose the cheapest options, or\nif none, the best ones.",  # a sentence cut in two
        "home page\n\nthe original tool uses find.",  # a line in lower case before
        "Agreed:\n- trade\n- energy\n- the budget",  # list items
        "Officials met on Monday\nthe talks",  # a line that ends with no stop
    ],
)
def test_sentence_case_after_a_line_without_a_stop_kept(kept):
    assert kept in slips.repaired(kept, EVIDENT)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Did they agree? No. but talks resumed.", "No. But talks"),
        ("Was it settled? No. the talks go on.", "No. The talks"),
        ("They met. No. it failed again.", "No. It failed"),
    ],
)
def test_sentence_case_after_a_one_word_no(raw, fixed):
    """`No.` numbers only before a number: a sentence of its own before a word ends."""
    assert fixed in slips.repaired(raw)


@pytest.mark.parametrize(
    "kept",
    [
        "He lives at No. 10 Downing Street.",
        "Under decree No. 12, the talks resumed.",
        "No. 5 is the best of them.",
    ],
)
def test_number_abbreviation_kept(kept):
    assert slips.repaired(kept) == kept


@pytest.mark.parametrize(
    "kept",
    [
        "– Are you leaving? she asked.",
        "Stop! he shouted, and ran to the door.",
        "Why now? they wondered aloud.",
    ],
)
def test_speech_tag_after_a_question_kept(kept):
    """A pronoun and a verb of speech after `?` or `!` say who asked it: no new sentence."""
    assert slips.repaired(kept) == kept
    assert kept in slips.repaired(kept, EVIDENT)


def test_pronoun_after_a_question_still_opens_a_sentence():
    assert "Monday? She resumed" in slips.repaired("Did they meet on Monday? she resumed talks.")


@pytest.mark.parametrize(
    "kept",
    [
        "Er schrieb einen Essay. An dessen Ende kam Brier zu folgender Conclusio.",
        "Sie wohnt an der Ecke.",
        "Sie denkt an morgen und die Arbeit.",  # two German function words, no English one
    ],
)
def test_article_leaves_a_german_preposition(kept):
    assert slips.repaired(kept) == kept


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("They saw a incursion at dawn.", "an incursion"),
        ("An report in Le Monde said so.", "A report"),
        ("He spoke of a incursion de la police and the army.", "an incursion"),
    ],
)
def test_article_still_repaired_in_english(raw, fixed):
    assert fixed in slips.repaired(raw)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Officials met in Paris . 12 of them stayed.", "Paris. 12 of them"),
        ("The storm hit the coast . 40 people died.", "coast. 40 people"),
        ("Prices rose again\u00a0. 3 shops closed.", "again. 3 shops"),
    ],
)
def test_space_before_a_stop_before_a_number(raw, fixed):
    """A spaced stop after a word, before a sentence that opens with a number."""
    assert fixed in slips.repaired(raw)


@pytest.mark.parametrize("kept", ["Version 1 . 2 of the tool.", "Set x . 5 to zero."])
def test_space_before_a_stop_before_a_number_kept(kept):
    assert slips.repaired(kept) == kept


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("PARIS (AFP) - A incursion was reported on Monday.", "(AFP) - An incursion"),
        ("WASHINGTON — An report was published on Monday.", "WASHINGTON — A report"),
        ("Officials Discuss A Inquiry in Paris\n\nThe talks went on.", "Discuss An Inquiry"),
        ("Rebels Launch A Offensive Near the Border\n\nThe talks went on.", "Launch An Offensive"),
    ],
)
def test_article_after_a_dateline_and_in_a_title_case_headline(raw, fixed):
    """`A` opens a sentence after a dateline's dash, and is an article in a headline that
    capitalises every word."""
    assert fixed in slips.repaired(raw, PARAGRAPH)


@pytest.mark.parametrize(
    "kept",
    [
        "Startup Closes Series A Investment Round in Paris",  # a letter, not an article
        "Why Plan A Often Fails for Small Teams",
        "They chose grade A eggs and vitamin A oil.",
        "Paris - A Ode to the City",  # no dateline in capitals before the dash: left as it was
    ],
)
def test_article_letter_kept(kept):
    assert slips.repaired(kept, PARAGRAPH) == kept


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("“We will see…” the talks resumed on Tuesday.", "see…” The talks"),
        ('"Maybe later..." they left the room.', 'later..." They left'),
        ("“I do not know…” she shrugged and left.", "know…” She shrugged"),  # an action beat
    ],
)
def test_sentence_case_after_a_quote_that_trails_off(raw, fixed):
    """A quoted sentence that opens its sentence and trails off in an ellipsis, then a
    sentence opener that no verb of speech follows."""
    assert fixed in slips.repaired(raw, PARAGRAPH)


@pytest.mark.parametrize(
    "kept",
    [
        "“You on the other hand…” he said as he raised his glass.",  # its speech tag
        "“We will see…” the minister said on Tuesday.",
        "They called it the “we will see…” approach, she said.",  # a quote inside a sentence
    ],
)
def test_sentence_case_after_a_quote_that_trails_off_kept(kept):
    assert slips.repaired(kept, PARAGRAPH) == kept


@pytest.mark.parametrize(
    "kept",
    [
        "Newer rubies have String#match? for matching regular expressions.",  # a method's name
        "Parse the content.\n\nif resp.status_code == 200: soup = parse(resp)",  # code
        "Call it once.\n\nfor item in items() { print(item) }",
        'Set the header.\n\nheaders = {"user-agent" : AGENT}',  # a space before a colon in code
        "The weights {\\displaystyle p_{i}} are set to zero : p = 0",  # a formula
    ],
)
def test_code_is_not_repaired(kept):
    """Lines of code on web pages (the read pages of `make eval`, set 4): their marks and
    their lower case are the code's."""
    assert slips.repaired(kept, PARAGRAPH) == kept
    assert kept in slips.repaired(kept, EVIDENT)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Did they match? for a while they did.", "match? For a while"),
        ("Officials met in Paris , then they left.", "Paris, then"),
        ("The talks ended.\n\nthe next round starts on Monday.", "ended.\n\nThe next"),
    ],
)
def test_prose_next_to_code_still_repaired(raw, fixed):
    assert fixed in slips.repaired(raw, EVIDENT)
