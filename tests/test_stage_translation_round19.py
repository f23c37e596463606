"""Round 19 of the `translation` stage: the mechanism behind the blind batches' misses of
`sentence_case` at a line's start, after a line whose shape the stage did not read.

Rounds 13 to 18 read the line before a lower-case line by how it opens (a capital, a list's
mark, a label, a bracket) and how it ends (a letter, a stop). Blind batches 20 and 21 missed
every sentence after a line that does neither: a rule of marks ("=======", "---"), a shell's
prompt, a chat's nick, a table's row ending in its bar, a quote alone on its line, a label
with a number ("Figure 3:"), a header that ends in an address, a web address or a code line
alone. The kind: a line laid out as a line of its own by its shape (`_layout_line`), which no
segment of prose cut by an extraction has, ends what stood before it, however it ends; a
clause on the next line opens a sentence. Each `(raw, fixed)` table is one shape, repaired in
a short clean host without evidence of translation (`PLAIN`); each `kept` table holds what the
kind must leave alone. `slips.repaired` checks the stage's contract: repairing the repaired
text changes nothing, and the ledger replays.
"""

from __future__ import annotations

import pytest

from curate.stages.translation import _layout_line
from tests import translation_slips as slips
from tests.conftest import assert_linear


# a rule of marks alone on its line: a heading's underline, a section's break
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Turnout\n=======\nofficials counted the ballots twice.", "\nOfficials counted"),
        ("The session closed.\n---\nsenators flew home on Friday.", "\nSenators flew"),
        ("The storm passed.\n* * *\nfishermen went back to sea.", "\nFishermen went"),
        ("~~~~~~\nvolunteers cleared the beach.", "\nVolunteers cleared"),
    ],
)
def test_clause_after_a_rule_of_marks(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


# a prompt, a chat's nick or stamp: a line a terminal or a chat lays out
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("$ make release\nengineers watched the build pass.", "\nEngineers watched"),
        ("root@web1:/srv# systemctl restart nginx\nusers saw the site return.", "\nUsers saw"),
        ("<paul> back in ten minutes\ncolleagues carried on without him.", "\nColleagues"),
        ("[08:40] <lena> train delayed again\ncommuters complained all morning.", "\nCommuters"),
    ],
)
def test_clause_after_a_prompt_or_a_chat_line(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


# a table's row, a quote alone, a numbered label, a header with an address
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("| Nantes | 640 |\nauditors checked the totals.", "\nAuditors checked"),
        ("Rennes | 512 | -3%\nclerks recounted the votes.", "\nClerks recounted"),
        ("“We will rebuild.”\nresidents painted the words on the wall.", "\nResidents painted"),
        ('"Not again."\nshopkeepers boarded up their windows.', "\nShopkeepers boarded"),
        ("Chart 4: Rents since 2015\neconomists expect a fall.", "\nEconomists expect"),
        ("From: City Hall <news@nantes.fr>\nsubscribers received it at noon.", "\nSubscribers"),
    ],
)
def test_clause_after_a_row_a_quote_or_a_label(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


# a web address or a code line alone on its line; the line itself stays as it is
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Forms:\nhttps://nantes.fr/forms\napplicants must sign them.", "\nApplicants must"),
        ("The patch:\nlimit = max(limit, 0)\ndevelopers merged it on Monday.", "\nDevelopers"),
        ("docs/guide/install.md\nreaders found the steps clear.", "\nReaders found"),
    ],
)
def test_clause_after_an_address_or_a_code_line(raw, fixed):
    repaired = slips.repaired(raw, slips.PLAIN)
    assert fixed in repaired
    assert raw.split("\n")[-2] in repaired


# not after a line of prose (extraction joins segments so), nor a speech tag after a quote,
# nor a phrase that is no clause, a participle, a command with no vowel, a field's key, a
# line with no stop (a command's output)
@pytest.mark.parametrize(
    "text",
    [
        "The council met on Monday and\nthe talks resumed in the evening.",
        "“Never again.”\nhe said it twice.",
        "| Nantes | 640 |\nthe highest turnout in years.",
        "---\nbeing late is no excuse.",
        "$ make release\nnpm was down for an hour.",
        "---\ntitle: The vote\nauthor: Paul",
        "$ echo hello world\nhello world",
        "=======\nfor more details see below.",
        "Smith, A. (2019). Rivers. London: Verso.\nhistorians still quote it.",
    ],
)
def test_line_after_a_layout_line_kept(text):
    slips.assert_kept(text)


@pytest.mark.parametrize(
    ("line", "laid_out"),
    [
        ("=======", True),
        ("* * *", True),
        ("$ make deploy", True),
        ("# compute totals", False),  # a comment in code, no root's prompt
        ("<marc> See you at 8", True),
        ("| Lyon | 812 |", True),
        ("“Never again.”", True),
        ("Figure 3: Rainfall in May.", True),
        ("www.lyon.fr/tram", True),
        ("if stock < 0: stock = 0", True),
        ("--", False),  # two marks: a dash, not a rule
        ("The council met on Monday and", False),
        ("Brazil went dark.", False),
        ("“Never again,” she said.", False),
        ("He paid $ 5 for it", False),
        ("Smith, A. (2019). Rivers. London: Verso.", False),
    ],
)
def test_layout_line_shapes(line, laid_out):
    assert _layout_line(line) is laid_out


# a sentence that opens with a compound in small letters ("night-shift staff"): every scan
# looked for a word that ends at a space or a mark, so a hyphen hid the sentence's start
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Officials met on Monday. part-time workers walked out.", ". Part-time workers"),
        ("The port reopened. long-haul drivers queued at the gate.", ". Long-haul drivers"),
        ("Prices rose. well-known critics were quick to respond.", ". Well-known critics"),
        ("The vote is over.\n---\nnight-shift nurses went home.", "\nNight-shift nurses"),
        ("$ make release\nfirst-time users saw the new page.", "\nFirst-time users"),
    ],
)
def test_sentence_that_opens_with_a_compound(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


# a compound with a one-letter part is a name or a term ("e-mail", "x-ray"), and a compound
# after an abbreviation goes on its sentence
@pytest.mark.parametrize(
    "text",
    [
        "Officials met on Monday. e-mail was down all day.",
        "The clinic reopened. x-ray machines were replaced.",
        "Turnout was approx. two-thirds of the voters.",
        "The council met on Monday and\nlong-haul drivers were there.",
    ],
)
def test_compound_kept(text):
    slips.assert_kept(text)


def test_round19_linear_on_hostile_input():
    """Lines after layout lines, compounds at sentences' starts: each line is read once."""
    assert_linear(
        lambda text: slips.repaired(text, slips.PLAIN),
        lambda k: (
            "The vote is over.\n---\nnight-shift staff went home.\n| Lyon | 812 |\nthe jurors "
            "checked it.\n$ make deploy\nab-cd ef. “Never again.”\nthe dockers said it.\n" * k
        ),
        2_000,
    )
