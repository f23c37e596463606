"""Round 17 of the `translation` stage: kinds of misses of held-out batch 19 and round 16's
leftovers.

Each `(raw, fixed)` table is one kind, repaired in a short clean host without evidence of
translation (`PLAIN`); each `kept` table holds what the kind must leave alone. Every repair
test fails on the stage before round 17. `slips.repaired` checks the stage's contract:
repairing the repaired text changes nothing.
"""

from __future__ import annotations

import pytest

from tests import translation_slips as slips


def _kept(text: str) -> None:
    """`text` unchanged without evidence and with the document's evidence."""
    assert slips.repaired(text, slips.PLAIN) == text
    assert slips.repaired(text, slips.EVIDENT).endswith("\n\n" + text)


# a checklist's box and an arrow lead a line as a list's mark does: an article after them opens
# the item, and a clause after a line they lead opens a sentence
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("[x] A inquiry was opened\n[ ] The budget was voted", "[x] An inquiry"),
        ("[ ] An university was chosen\n[x] The rest was not", "[ ] A university"),
        ("→ A honest answer is expected\n→ The vote is on Monday", "→ An honest"),
        ("[x] The rent\n[ ] The charges\ntenants must pay both.", "\nTenants must"),
    ],
)
def test_article_and_sentence_after_a_checkbox_or_an_arrow(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


# an item led as the line before, by an arrow, after a stop opens a sentence
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("→ Strike on Thursday.\n→ the nurses will march in Lyon.", "→ The nurses"),
        ("→ The mine closed.\n→ most of the miners left the valley.", "→ Most of"),
    ],
)
def test_sentence_after_an_arrow_item(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


# a section's label before a pipe introduces what follows it as a colon does
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Strikes | A 8-year-old stops the trams", "| An 8-year-old"),
        ("Weather | An union of farmers counts the cost", "| A union"),
    ],
)
def test_article_after_a_pipe_label(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


# a line cut in cells by pipes (a table's row, a headline after its section) is complete: a
# sentence opens on the next line
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Lens | 45 pts\nLille | 41 pts\nforecasters expect a close finish.", "\nForecasters"),
        ("Floods | The Aude under water again\nfarmers counted their losses.", "\nFarmers"),
    ],
)
def test_sentence_after_a_line_with_pipes(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


# a quote's attribution line is complete: a sentence opens on the next line
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("“We will not give in.” — Élisabeth Borne\nthe unions expected it.", "\nThe unions"),
        ('"Never again." – Jean de La Fontaine\nthree of them agreed.', "\nThree of them"),
    ],
)
def test_sentence_after_an_attribution_line(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


# the last item of a list whose items end in a semicolon closes the list with its stop
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("- bread;\n- milk;\n- eggs.\nthe bakers queued for an hour.", "\nThe bakers"),
        ("• the rent,\n• the charges.\nthey must pay both.", "\nThey must"),
    ],
)
def test_sentence_after_a_list_in_small_letters(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "- bread;\n- milk.\nand then it rained.",  # a word that opens no sentence
        "- bread;\n- milk.\nwhich was all.",
    ],
)
def test_list_in_small_letters_kept(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept  # (with evidence, any word may open it)


# a name in small letters (a brand in camel case, or in small letters as a clause's subject)
# opens the sentence before a stop as a capital does
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("easyJet cancelled 40 flights. most travellers were stranded.", ". Most travellers"),
        ("npm was down for an hour. developers could not deploy.", ". Developers"),
        ("bpost has cut 400 jobs. the unions called a strike.", ". The unions"),
    ],
)
def test_sentence_after_a_brand_in_small_letters(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "import os. the path is set.",  # a line of code: no clause
        "my car was stolen. the police came.",  # a writer's small letters, not a name
    ],
)
def test_paragraph_in_small_letters_kept(kept):
    assert slips.repaired(kept, "") == kept


# "J.-M. Le Pen": the second initial of a compound first name is no title
@pytest.mark.parametrize(
    "kept",
    ["Asked about J.-M. Le Pen, the union was silent.", "The film by J.-P. Jeunet won in Cannes."],
)
def test_compound_initial_kept(kept):
    _kept(kept)


# a headline's verb in -s after a one-word name makes `M.` a title; a compound in capitals
# sounds as it does in small letters
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("FOOTBALL: M. KALA STUNS PSG 2-1", "MR. KALA STUNS"),
        ("Rugby: M. Lévy Signs for Toulon", "Mr. Lévy Signs"),
        ("STORM: AN ONE-DAY ALERT HITS BREST", "A ONE-DAY"),
        ("ELECTIONS: A EIGHT-WEEK CAMPAIGN OPENS", "AN EIGHT-WEEK"),
    ],
)
def test_headline_verb_and_compound_in_capitals(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


# a space before a mark after a name of code, a file's name, a reference's number, a CSS rule,
# before a table's pipe
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The bug was in parse_url() ; it is fixed.", "parse_url(); it"),
        ("They said the fault was in os.getcwd() , not in the driver.", "getcwd(), not"),
        ("The leak came from payroll_2024.csv : 12,000 names.", ".csv: 12,000"),
        ("Decree No. 2024-42 : what changes for tenants", "2024-42: what"),
        ("See p. 12-14 : the map is wrong.", "12-14: the"),
        ("Designers overuse !important ; pages get slower.", "!important; pages"),
        ("Is it legal ? | Yes, since 2021", "legal? |"),
    ],
)
def test_space_before_a_mark_after_code_files_and_references(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        'headers = {"user_agent" : AGENT}',  # a line of code
        "if ready() : run()",  # code: the name alone is not prose
        "The patch turned x ? y : z into an if.",  # a conditional's operands
        "Python 3.8 added the := operator.",
    ],
)
def test_code_kept(kept):
    _kept(kept)


def test_a_conditional_does_not_hide_a_slip():
    """The operands' spaced marks are no house style: the slip beside them is repaired."""
    raw = "The patch turned x ? y : z into an if ; the leak stopped."
    assert slips.repaired(raw, slips.PLAIN) == raw.replace("if ;", "if;")


# a document that groups thousands with a comma writes "5 000" only as a slip, however often
def test_spaced_thousands_beside_comma_thousands():
    raw = "The fair drew 1,200 visitors. Then 5 000 people came, and 12 500 euros was raised."
    out = slips.repaired(raw, slips.PLAIN)
    assert "5,000 people" in out and "12,500 euros" in out


def test_spaced_thousands_alone_kept():
    """Without a comma's grouping, spaced groups that repeat may be the house style (SI)."""
    raw = "The plant makes 5 000 tonnes a year and stores 12 500 tonnes."
    assert slips.repaired(raw, slips.PLAIN) == raw


# a straight-quoted phrase spaced inside on both sides, in a line whose marks are odd (a quote
# of the host that runs on across lines)
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ('The host said "we will see, and " real war " was never said.', '"real war" was'),
        ('"It runs on. Later (" never again ") was the cry.', '("never again")'),
    ],
)
def test_spaced_straight_quote_in_an_odd_line(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    ['He said "yes " and " no."', '"We met, " he said. "Then we left.'],
)
def test_odd_line_quotes_kept(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept
