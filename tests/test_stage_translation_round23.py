"""Round 23 of the `translation` stage: the kinds of sentence start that blind batch 25 showed
the stage could not read, each mended by its shape and its place.

The kinds (batch 25's `sentence_case` misses after round 22, grouped by what the stage failed
to read):

- a transcript's turn in small letters after a speaker's label led by a bare clock's stamp and
  a dash ("09:05 – Chief Nwosu: the"), or whose role in small letters follows a comma ("Ms
  Adeyemi, fire chief: the");
- a dateline whose date is written in figures, with stops or hyphens ("OSLO, 14.03.2025 –
  the", "RIGA, 2025-03-14 -- the"), or whose places are in small letters before the agency in
  brackets ("Bonn/Köln (dpa) - the");
- a quote after a dash that sets it apart, then a clause ("one answer — “Never!” the");
- an "about" abbreviation after its quantity that closes the sentence ("drew 3,000 people
  approx. the crews");
- a line in small letters that is a clause whose subject is a noun in the plural after a word,
  after a line that ends with a stop whatever its shape (a brand's or a code's line, a chat's
  turn, a lettered item: "yarn 4 drops Node 16.\nplugin authors must"), after a line of ten
  words with no stop ("7 ways to cut your bill\nmost tenants will", "iOS 19.1 is rolling out
  now\nsome users reported"), or after a subject and an adverb of frequency ("street vendors
  usually pick"), or whose verb in the present takes a number ("Lyon: the week ahead\nbus
  drivers face two strikes").

Each `(raw, fixed)` table is one kind, repaired in a short clean host without evidence of
translation (`PLAIN`); each `kept` table holds what the kind must leave alone, with and without
the document's evidence (`slips.assert_kept`).
"""

from __future__ import annotations

import pytest

from tests import translation_slips as slips


# a speaker's label after a bare stamp and a dash, or with a role after a comma
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("09:05 – Chief Nwosu: the pumps failed before dawn.", "Chief Nwosu: The pumps"),
        ("21:40 - Mayor Salgado: two bridges are closed tonight.", "Mayor Salgado: Two"),
        ("7:15 — Dr Amara: most patients went home.", "Dr Amara: Most patients"),
        ("Ms Adeyemi, fire chief: the crews reached the depot at six.", "fire chief: The crews"),
        ("Prof. Lindqvist, lead author: the glaciers were melting.", "lead author: The"),
        ("Sgt Ortega, police spokesman: three men were arrested.", "spokesman: Three men"),
    ],
)
def test_turn_after_a_stamped_or_comma_role_label(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "Prices, analysts said: the index fell.",
        "However, he warned: the money is gone.",
        "The score at 10:30 - level: a draw looked likely.",
        "Ingredients, in order: eggs, flour and milk.",
        "14:32 – anna: on my way\n14:33 – marc: the bus is late",
    ],
)
def test_labels_that_open_no_turn_stay(kept):
    slips.assert_kept(kept)


# a dateline with a date in figures, or places in small letters before the agency
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("OSLO, 14.03.2025 – the ferries stopped at noon.", "– The ferries"),
        ("RIGA, 3/11/2024 - most schools stayed shut.", "- Most schools"),
        ("KAUNAS, 2025-03-14 -- the dockers went on strike.", "-- The dockers"),
        ("LYON, 2024-11-02 — farmers blocked the ring road.", "— Farmers blocked"),
        ("Bonn/Köln (dpa) - the trains ran late all day.", "(dpa) - The trains"),
        ("Kiel (dpa) – two ferries were damaged in the fog.", "(dpa) – Two ferries"),
        ("Hamburg/Bremen (AFP) -- police cleared the square.", "(AFP) -- Police"),
    ],
)
def test_sentence_after_a_dateline_in_figures_or_small_letters(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "Bonn/Köln - the trains ran late all day.",
        "Kiel (Germany) is where we met - the rest is history.",
        "The vote (dpa) - the council met.",
        "Rates 2025-03-14 - the figures were revised.",
        "Score: 14.03.2025 - npm was down.",
    ],
)
def test_no_dateline_before_the_dash_stays(kept):
    slips.assert_kept(kept)


# a quote after a dash that sets it apart, then a clause
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The workers had one answer — “Never!” the managers left the room.", "” The managers"),
        ("Her verdict was blunt – “Shameful.” the councillors voted anyway.", "” The councillors"),
        ("The crowd's mood was clear — ‘Resign!’ most officials stayed away.", "’ Most officials"),
    ],
)
def test_clause_after_a_quote_after_a_dash(raw, fixed):
    assert fixed in slips.repaired(raw)


@pytest.mark.parametrize(
    "kept",
    [
        "The workers had one answer — “Never!” they shouted at the managers.",
        "The workers had one answer — “never again!” and walked out.",
        "The sign — “Closed!” — hung on the door all week.",
    ],
)
def test_quote_after_a_dash_inside_its_sentence_stays(kept):
    slips.assert_kept(kept)


# an "about" abbreviation after its quantity, closing the sentence
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The fire burned 400 hectares approx. local farmers lost their crops.", "approx. Local"),
        ("The rally drew 2,000 approx. the organisers counted them twice.", "approx. The"),
        ("The library holds 9,000 books ca. the students borrow most of them.", "ca. The"),
    ],
)
def test_sentence_after_an_about_abbreviation_after_its_quantity(raw, fixed):
    assert fixed in slips.repaired(raw)


@pytest.mark.parametrize(
    "kept",
    [
        "The drive takes approx. three hours from the coast.",
        "The fire burned approx. the whole valley.",
        "They counted 2,000 approx. the same as last year.",
        "The statue dates from ca. the tenth century.",
        "It weighs 40 kg approx. when full.",
    ],
)
def test_about_abbreviation_before_what_it_qualifies_stays(kept):
    slips.assert_kept(kept)


# a clause with a plural subject on a line of its own after a line that ends with a stop
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("yarn 4 drops support for Node 16.\nplugin authors must update.", "\nPlugin authors"),
        ("db.vacuum() now runs every hour.\nmost admins saw the disk shrink.", "\nMost admins"),
        ("[10:02 AM] kofi.b: is the road open?\nlocal drivers found it shut.", "\nLocal drivers"),
        ("(i) the fees;\n(ii) the fines.\nsmall traders appealed both.", "\nSmall traders"),
        ("deno 2 ships a new installer.\nthe maintainers usually test it first.", "\nThe"),
    ],
)
def test_plural_clause_after_a_line_that_ends_with_a_stop(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


# after a line of ten words at most with no stop
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("7 ways to cut your energy bill\nmost tenants will save a little.", "\nMost tenants"),
        ("iPadOS 18 is rolling out today\nsome users reported a bug.", "\nSome users"),
        ("eBay, Vinted or a car boot sale\nnew sellers often pick the app.", "\nNew sellers"),
        ("Three charts on the housing crisis\nyoung renters have paid the most.", "\nYoung"),
    ],
)
def test_plural_clause_after_a_short_line_with_no_stop(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "yarn 4 drops support for Node 16.\nplugin authors",
        "The U.S.\nofficials were told to wait.",
        "npm install\nnpm run build.",
        "The ferry to the island left two hours late\non Sunday, and most of the cars\n"
        "were turned back at the quay.",
        "eBay, Vinted or a car boot sale\nshopping around saves money.",
        "Bring:\n- water\n- a torch\n- spare batteries",
        "Officials at the ministry said the new\nbus lanes would open in June.",
        "The mayor of the city has promised that older\nbus lanes will close.",
        "The council asked whether the\nlocal traders were consulted.",
    ],
)
def test_lines_that_open_no_sentence_stay(kept):
    slips.assert_kept(kept)


# a verb in the present after a subject in the plural, before a number: a clause
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Drevnik: the week ahead\nbus drivers face two strikes.", "\nBus drivers"),
        ("Budget 2026 in brief\nmost households gain three hundred euros.", "\nMost households"),
        ("What the levy means\nsmall farms owe two payments a year.", "\nSmall farms"),
    ],
)
def test_plural_clause_whose_verb_takes_a_number(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "Drevnik: the week ahead\nbus drivers, two strikes and a storm.",
        "The week ahead\nbus stops two and three are closed",
        "Results in full\nscores two three four.",
    ],
)
def test_words_before_a_number_that_are_no_clause_stay(kept):
    slips.assert_kept(kept)
