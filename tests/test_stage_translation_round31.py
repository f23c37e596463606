"""Round 31 of the `translation` stage: readings, not wordings. Batch 33 (the blind judge of
round 30) showed the stage misreading, whatever the wording around it:

- a document's own abbreviation: a token the document puts twice before ". lower-case" and
  never writes bare was read as its abbreviation ("1 tsp. olive oil, 1 tsp. soy sauce"), so a
  slip repeated in one document ("stayed all night in Heddingstow. eleven families brought
  soup" twice; "was fined again. the crews laughed" twice) was left at 10 slips a document; a
  slip between two clauses is no abbreviation (`_clause_after_end`), whatever the word;
- a dateline whose place is followed by its country or region in round brackets before the
  agency ("Dunstraith (Belgium) (AFP) - ", whatever the agency's name), as square brackets
  already were (`_DATELINE_PARTS`);
- a subject that a quantity and "of" open before a determiner ("some of the lorry drivers
  cancelled") was too long for the clause reader (`_clause_follows` reads it as "lorry drivers
  cancelled"); one before a pronoun ("both of them sat") is a subject in the plural
  (`_plural_subject_clause`), and so is one noun in the plural before a verb only a plural
  takes (`plural_only_verbs`: "officials were told"; "npm was" takes the singular);
- a list's item that opens in small letters beside an item in capitals: every lead shares
  one reading (`_small_items`, `_lead_shape`): a mark ("- ", "• "), a counter and its bracket
  ("1) ", "(b) ") or its stop ("3. "), the sibling's lead of the same kind;
- a quote opened after a colon that holds a clause of four words at least and closes right
  after its own stop (`_quoted_after_colon`: 'The minister added: “the nurses shall receive
  full pay.”'); a slogan, a name or a short fragment stays.

Each `(raw, fixed)` table is one kind, repaired in a short clean host without evidence of
translation (`PLAIN`); each `kept` table holds what the kind must leave alone.
"""

from __future__ import annotations

import pytest

from tests import translation_slips as slips


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        (
            "The nurses stayed all night in Heddingstow. eleven families brought soup. "
            "The doctors stayed all day in Heddingstow. the dockers brought bread.",
            ("Heddingstow. Eleven families", "Heddingstow. The dockers"),
        ),
        (
            "The poacher was fined again. the trawler crews laughed. The mayor was "
            "fined again. both of them laughed.",
            ("again. The trawler", "again. Both of them"),
        ),
        (
            "The pumps failed at Corvel. the scaffolders walked out. The lights failed at "
            "Corvel. most bakers closed early.",
            ("Corvel. The scaffolders", "Corvel. Most bakers"),
        ),
        (
            "Trains stopped short of Marrowby. the drivers waited for hours. Buses stopped "
            "short of Marrowby. some passengers walked home.",
            ("Marrowby. The drivers", "Marrowby. Some passengers"),
        ),
    ],
)
def test_a_slip_repeated_between_two_clauses_is_no_abbreviation(raw, fixed):
    out = slips.repaired(raw, slips.PLAIN)
    for part in fixed:
        assert part in out


@pytest.mark.parametrize(
    "kept",
    [
        "Add 1 tsp. olive oil, then 1 tsp. soy sauce and stir well.",  # a recipe's own
        "Mix 2 tbsp. flour with 2 tbsp. sugar before baking.",
        "Dr. Ilse Rowan and approx. forty nurses stayed on. Some approx. sixty cooks left.",
        "Sam Tiller, a.k.a. the Fox, i.e. the best-known poacher, was fined. Ada, a.k.a. "
        "the Owl, i.e. his rival, was not.",
    ],
)
def test_a_documents_own_abbreviation_stays(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Dunstraith (Belgium) (AFP) - officials barricaded the bypass.", "- Officials"),
        ("Corvel (Haute Savoie) (Reuters) - the growers blocked the road.", "- The growers"),
        ("MORVILLE (Norway) (NTB) - two ferry pilots refused to sail.", "- Two ferry"),
        ("Tollerby (Wales) (PA) - kestrelmouth traders closed their stalls.", "- Kestrelmouth"),
        ("Brask (Finland) (STT) – the dockers walked out on Monday.", "– The dockers"),
    ],
)
def test_a_clause_after_a_dateline_with_its_country_in_brackets_opens_a_sentence(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "The vote in Lyon (France) - the council met.",  # a sentence, no dateline
        "Dunstraith (Belgium) (AFP) - shopping streets stayed shut.",  # no clause: a noun
        "Corvel (Haute Savoie) (Reuters) - npm was down.",  # a name in small letters
        "Prices in Oslo (Norway) rose - the krone fell.",
    ],
)
def test_no_dateline_or_no_clause_after_brackets_stays(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Pellingham/Berlin (dpa) - some of the lorry drivers cancelled the market.", "- Some"),
        ("Roads cut off in the valleys\nsome of the lorry drivers sat out the night.", "\nSome"),
        ("Roads cut off across the valleys\nboth of them sat out the night in cars.", "\nBoth"),
        ("Key points:\n- most of the night nurses were sent home\n- Power came back", "- Most"),
        ("The strike went on.\n\nofficials were told to leave the yard.", "\n\nOfficials"),
        ("The strike went on.\n\nresidents have left the flats by the river.", "\n\nResidents"),
    ],
)
def test_a_subject_a_quantity_opens_or_a_plural_agreeing_verb_makes_a_clause(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "The strike went on.\n\nnpm was down for an hour.",  # a name takes the singular
        "The strike went on.\n\nnews was slow that day.",
        "Roads cut off across the valleys\nsome of the lorry drivers",  # no verb, no stop
        "Roads cut off across the valleys\nnone of the above.",
    ],
)
def test_no_plural_subject_clause_stays(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("1) the scaffolders must register by Friday.\n2) Bring proof of address.", "1) The"),
        ("1) officials must register at the office.\n2) Bring proof of address.", "1) Officials"),
        ("(a) most bakers must register by Friday.\n(b) Bring proof of address.", "(a) Most"),
        ("1. two ferry pilots signed the lease.\n2. Book the van.", "1. Two"),
        ("Steps:\n3) Pack the van.\n4) the dockers load it before noon.", "4) The"),
    ],
)
def test_a_counted_item_in_small_letters_beside_one_in_capitals_opens_a_sentence(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "1. eggs\n2. flour\n3. two lemons",  # a list in small letters
        "a) the growers signed it.\nb) the van left.",  # every item in small letters
        "1) eggs\n2) Flour",  # no clause
        "1) the crews signed it.\n(b) Bring the van.",  # leads of two kinds
        "1. the crews signed it.\n2) Bring the van.",
    ],
)
def test_an_item_beside_no_capital_of_its_lead_or_no_clause_stays(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The minister added: “the scaffolders shall receive full pay by January.”", "“The"),
        ('He wrote: "most growers have left the valley."', '"Most'),
        ("The mayor said: “meanwhile the dockers will be paid in March.”", "“Meanwhile"),
        ("She told us: ‘officials were warned about the dyke.’", "‘Officials"),
        ("The union replied: “two ferry pilots refused to sail on Monday!”", "“Two"),
        ("Her answer: “the crews will never sail again!”", "“The crews"),
        # two slips: the sentence after the quote opens with its capital first
        ("She wrote: “the ferry crews left early.” she added nothing.", "“The ferry"),
    ],
)
def test_a_quoted_clause_after_a_colon_opens_a_sentence(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "Officials said: “the talks ended.”",  # as short as a fragment
        'The group is left to wonder: "what did we do to deserve this?"',  # a question
        "They all asked: “why did the crews leave so early?”",
        "The motto: “jobs first”",  # no stop, no clause
        "It read: “closed for repairs until further notice.”",  # no subject, no clause
        "The slogan: “the workers united” was on every wall.",  # the sentence goes on
        "He said: “the crews will be paid in March” and left.",
    ],
)
def test_a_quoted_fragment_or_a_quote_the_sentence_goes_on_after_stays(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        (
            "“They see it as close to inevitable.”\n\nofficials were cleared from four streets.",
            "\n\nOf",
        ),
        ("“We lost everything.”\n\nthe trawler crews were told to wait.", "\n\nThe"),
        ("He called it “a disgrace.”\n\nresidents have left the flats.", "\n\nResidents"),
        ("‘Nobody came.’\n\ntwo ferry pilots refused to sail.", "\n\nTwo"),
    ],
)
def test_a_paragraph_break_after_a_quote_closes_its_sentence(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "“We met on Monday.”\n\nnpm was down for an hour.",  # a name in small letters
        "“We met on Monday.” he said.",  # what says it, on its line
        "“We met on Monday.”\nofficials",  # no clause, no stop
        "“We met on Monday.”\n\neggs, flour and milk.",
    ],
)
def test_what_says_a_quote_or_no_clause_after_its_paragraph_stays(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    "line",
    [
        "The minister added: “the scaffolders shall receive full pay by January and more",
        "He added: “the crews shall receive their pay in full.”",
        "1) the scaffolders must register at the office.",
        "(a) most bakers must register by Friday.\n(b) Bring proof.",
        "Dunstraith (Belgium) (Belgium) (Belgium) (AFP) - officials barricaded it.",
        "Roads cut off\nsome of the lorry drivers sat out the night.",
        "They stayed in Heddingstow. eleven families brought soup.",
        "The strike went on.\n\nofficials were told to leave.",
        "“We met on Monday.”\n\nofficials were told to leave.",
    ],
)
def test_the_new_readings_take_linear_time(line):
    slips.assert_linear(line)
