"""Round 34 of the `translation` stage: readings, not wordings. Batch 36 (the blind judge of
round 33) showed the stage misreading, whatever the wording around it:

- a dateline whose date ends it before a colon, with no agency ("NALKOT, December 6: the
  collector"): the colon counted only after an agency's bracket ("(PTI): ") or a place in
  capitals alone; a month's name and its day now end a dateline there (`_DATE_END`);
- a dateline with its state and its country in two brackets ("Rathangarh (Punjab) [India],
  December 6 (ANI): "): the place took one bracket only (`_DATELINE_PARTS`);
- a story's flash before its lead ("Breaking: the collector ordered"): read as a speaker's
  label with no other turn; a flash is no one's turn (`flash_labels`), a note's label still
  keeps its small letters ("Note: the ferry leaves at noon.");
- a clause whose verb says, or whose subject is one noun in the plural and a phrase, after a
  headline ("Ferry operator cuts sailings\\njunior doctors said", "shopkeepers in the old town
  said"): `_clause_follows` leaves "said" to the quote's tag and `_plural_subject_clause` asked
  a verb only a plural takes; after a line with no quote there is no tag (`speech`);
- a space before a comma that a quote's closing mark follows ('“We were never consulted ,” a
  fisherman said'): the comma counted only before a space;
- a name's own "!" that closes a noun phrase with no verb ("The bakery chain Crumbs! and the
  quiz show Ask Away! both sponsor the fair"): no clause has ended (`_name_in_phrase`);
- a measure's stop mid-sentence ("a 12 ft. fence. flood wardens looked on"): the clause reader
  read past the next stop and took the next sentence's verb (`_SENTENCE_MARKS`);
- a domain opening a sentence whose top-level label is longer than six letters
  ("kestermouthnews.example had the story. the collector"): no address, so the next sentence
  stayed small (`_SHORT_DOMAIN`);
- a quote's tag of the voice before a place ('“Hands off!” the strikers chanted outside the
  mill'): read as a clause of its own (`voice_verbs`).

Each `(raw, fixed)` table is one kind, repaired in a short clean host without evidence of
translation (`PLAIN`); each `kept` table holds what the kind must leave alone.
"""

from __future__ import annotations

import pytest

from tests import translation_slips as slips


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("NALKOT, December 6: the district collector demanded a survey of the canal.", ": The"),
        ("KARVEL, Dec. 6, 2026: junior doctors went on strike over unpaid wages.", ": Junior"),
        ("SUKRABAD, 6 Dec: flood wardens closed the coast road overnight.", ": Flood"),
        ("MIRPALI, 5th December: the ombudsman ordered an inquiry into the tender.", ": The"),
    ],
)
def test_a_clause_after_a_datelines_date_and_its_colon_opens_a_sentence(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "NALKOT, Route 6: the district collector demanded a survey.",  # no month's name
        "UPDATE, Dec 6: the road reopened on Monday.",  # a note's label, no place
        "NALKOT, December 6: eggs, flour and milk.",  # no clause after the date
    ],
)
def test_no_date_or_no_clause_before_the_colon_stays(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        (
            "Rathangarh (Punjab) [India], December 6 (ANI): flood wardens inspected the fields.",
            ": Flood",
        ),
        (
            "Karvel (Jammu and Kashmir) [India], Dec 6 (ANI): the collector inspected the dam.",
            ": The",
        ),
        (
            "Marovo (Western Province) [Solomon Islands], Dec 6 (AFP) - the police closed roads.",
            "- The",
        ),
    ],
)
def test_a_clause_after_a_dateline_with_its_state_and_country_opens_a_sentence(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Breaking: the district collector ordered the evacuation of the harbour.", ": The"),
        ("BREAKING NEWS: junior doctors walked out of three hospitals on Friday.", ": Junior"),
        ("EXCLUSIVE: the union were paid twice, leaked files show.", ": The"),
        ("Developing: flood wardens closed the coast road.", ": Flood"),
    ],
)
def test_a_clause_after_a_storys_flash_opens_a_sentence(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "Note: the ferry leaves at noon.",  # a note's label keeps its small letters
        "Correction: an earlier version gave the wrong date.",
        "WARNING: the bridge is closed.",
        "Breaking: eggs, flour and milk.",  # no clause after the flash
    ],
)
def test_a_notes_label_or_no_clause_after_a_flash_stays(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        (
            "Ferry operator cuts winter sailings to Kestermouth\njunior doctors said the change "
            "came without warning.",
            "\nJunior doctors said",
        ),
        (
            "Ferry operator cuts winter sailings to Kestermouth\nshopkeepers in the old town "
            "said the change came without warning.",
            "\nShopkeepers in",
        ),
        (
            "Council scraps plans for a new bypass at Halsterby\nparents at the village school "
            "complained about the traffic.",
            "\nParents at",
        ),
        (
            "Storm damage\nflood wardens told reporters the river was falling.",
            "\nFlood wardens told",
        ),
        ("Breaking: junior doctors said the wards were full.", ": Junior doctors said"),
    ],
)
def test_a_clause_whose_verb_says_or_a_noun_with_its_phrase_after_a_headline_opens(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "“We will not move”\nthe strikers said outside the mill.",  # a quote's tag
        "The harbour board met on Monday and local\nfishermen said the fees would rise.",  # a wrap
        "A: he said it twice.",  # who said it
    ],
)
def test_a_quotes_tag_or_a_wrapped_clause_stays(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("“We were never consulted ,” a fisherman in Tessingdon said.", "consulted,” a"),
        ('"We were never consulted ," a fisherman said.', 'consulted," a'),
        ("‘Nobody told us ,’ the lock keeper said.", "us,’ the"),
        ("“It is too late\u00a0,” the mayor said on Friday.", "late,” the"),
    ],
)
def test_a_space_before_a_comma_that_a_quote_closes_is_a_slip(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        'The rows read "Lyon" ,"Paris" ,"Nice" in the file.',  # no space after the quote
        "“We were never consulted,” a fisherman said.",
    ],
)
def test_a_comma_after_a_quote_or_no_space_stays(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    "kept",
    [
        "The bakery chain Crumbs! and the quiz show Ask Away! both sponsor the fair.",
        "The ferry firm Sailaway! and the bus line Hop On! share a ticket office.",
        "The game show Zingo! drew praise from critics in March.",
        "A toy brand Kaboom! all the children wanted was sold out by noon.",
    ],
)
def test_a_names_bang_that_closes_a_noun_phrase_with_no_verb_stays(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    ("raw", "fixed", "host"),
    [
        ("The mighty Larkhollow! the home side won four-nil.", "! The home", slips.PLAIN),
        ("What a night for Larkhollow! both sides were spent.", "! Both", slips.PLAIN),
        ("Officials met on Monday! but talks went nowhere.", "! But", slips.EVIDENT),
        ("A night to remember for Larkhollow! the fans sang all night.", "! The", slips.PLAIN),
    ],
)
def test_a_shout_with_a_verb_or_no_names_kind_still_ends_its_sentence(raw, fixed, host):
    assert fixed in slips.repaired(raw, host)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        (
            "The derby was played behind a 12 ft. fence. junior doctors looked on.",
            "12 ft. fence. Junior",
        ),
        ("The gate is 6 ft. wide. flood wardens looked on.", "6 ft. wide. Flood"),
        (
            "Its hull is 40 ft. long. the shipwrights finished it in May.",
            "40 ft. long. The",
        ),
    ],
)
def test_a_clause_ends_at_its_words_stop_not_the_next_sentences_verb(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        (
            "The closure was first reported online. kestermouthnews.example had the story by "
            "dawn. the lock keeper confirmed it later.",
            "example had the story by dawn. The lock",
        ),
        (
            "Tickets sold out. harbourtickets.online reopened its queue at noon. junior doctors "
            "queued for hours.",
            "online reopened its queue at noon. Junior",
        ),
        (
            "Nobody knew. floodwatch.community posted the levels at six. the wardens read them.",
            "community posted the levels at six. The",
        ),
    ],
)
def test_a_domain_with_a_long_top_level_label_opens_its_sentence(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "“Hands off our library!” the protesters chanted outside the town hall.",
        "“Save the pier!” hundreds of residents roared from the quay.",
        "“Not one more closure!” the crowd sang outside the gates.",
    ],
)
def test_a_quotes_tag_of_the_voice_before_a_place_stays(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("“Never!” the choir sang the anthem at the gates.", "” The choir"),
        ("‘Get out!’ the union leaders fled the building.", "’ The union"),
    ],
)
def test_a_voice_verb_with_an_object_of_its_own_is_a_clause_of_its_own(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "line",
    [
        "NALKOT, December 6: the district collector demanded a survey.",
        "Rathangarh (Punjab) [India], December 6 (ANI): flood wardens inspected it.",
        "Breaking: the district collector ordered the evacuation.",
        "The bakery chain Crumbs! and the quiz show Ask Away! both sponsor it.",
        "a 12 ft. fence. flood wardens looked on. kestermouthnews.example had it.",
    ],
)
def test_the_new_readings_take_linear_time(line):
    slips.assert_linear(line)
