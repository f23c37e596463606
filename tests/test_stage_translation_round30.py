"""Round 30 of the `translation` stage: readings, not wordings. Batch 32 (the blind judge of
round 29) showed the stage misreading what a token or a word is, whatever the wording around it:

- a handle or a hashtag with an underscore ("@orsington_fc", "#save_the_pier") was read as a
  line of code, so the space before the mark after it stayed; a handle's underscore is a
  name's (`_in_handle`), and a line with real code in it still keeps its spaces;
- a web address that says it is one (a scheme or "www." before its host) was not read as one
  when its top-level label was longer than six letters ("www.glenvarrick.example/tickets"),
  and no web address was read before a colon and a word or a question or exclamation mark
  (`_MARKED_ADDRESS`; a bare "glenvarrick.example" or "localhost:8443" is still no address);
- a clause whose verb the reader did not know: one reading of a verb for every rule that asks
  whether a clause follows (`_finite`, `_plural_present`): an irregular verb's past
  (`irregular_verbs` in translation.yaml: "swore", "wept", "forgot"; not a participle before
  "by", "in", "as", nor a past read as a noun, "ground", "shot"), and a known verb in the
  present after a subject in the plural with no object ("the ships wait.", "the cutlers start
  digging", "the dyers receive vouchers"; a known verb in -ing is a verb, "the cabbies bring
  sandwiches"), an adverb of time between the subject and its verb ("the toll keepers still
  want an audit"), and a past before "in", "by" or "as" read as the verb when the particle
  ends the clause ("local farmers joined in."), when "as" opens a clause of its own ("its mayor
  gasped as the sky went dark"), or when the verb takes no object and so has no passive
  (`intransitive_verbs`: "the residents stayed in the shade", "those present knelt in the
  rain"); "officials based in Paris" and "described as the best" stay participles;
- a list's item that opens in small letters with a clause when the item before or after, led
  by the same mark, opens with a capital (`_small_items`: "• the dyers receive vouchers.\n•
  Season passes roll over.", "- [x] the cutlers signed the lease\n- [ ] Book the van");
- an article after a line's leads one after another ("2/6 🧵 A incursion"): `_after_lead` reads
  up to three leads in a row (`line_leads`), as a post chains a counter and an emoji.

Each `(raw, fixed)` table is one kind, repaired in a short clean host without evidence of
translation (`PLAIN`); each `kept` table holds what the kind must leave alone, with and without
the document's evidence (`slips.assert_kept`).
"""

from __future__ import annotations

import pytest

from curate.stages import translation as tr
from tests import translation_slips as slips


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Huge thanks to @orsington_fc ! Sold out three weeks early.", "@orsington_fc! Sold"),
        ("Ask @pier_trust_uk ? Nobody there would answer.", "@pier_trust_uk? Nobody"),
        ("Follow #save_the_pier ; it raised a fortune in May.", "#save_the_pier; it"),
        ("The crowd chanted for (@wren_hallow_fc) ! The club waved.", "(@wren_hallow_fc)! The"),
        ("Big day for @tollerby_rfc ! They won the cup at last.", "@tollerby_rfc! They"),
    ],
)
def test_the_space_before_a_mark_after_a_handle_with_an_underscore_goes(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Tickets are sold at www.glenvarrick.example/tickets : the office shut.", "tickets: the"),
        ("Is it still up at https://tollerby.museum/hours ? Nobody knows.", "hours? Nobody"),
        ("Read it at www.cadbrook.council/news ! The page is new.", "news! The"),
        ("Details are at https://ferrisham.example ; the list is long.", "example; the"),
        ("It moved to www.orsington.travel : prices went up.", "travel: prices"),
    ],
)
def test_the_space_before_a_mark_after_a_marked_web_address_goes(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "Set x = user_id ! then run it twice.",  # a line of code, however it is dressed
        "Thanks to @orsington_fc ! Then x = user_id ; done",  # code after the handle
        "Write to @orsington_fc ;) see you in spring.",  # a wink after a space
        "Call server.listen(8443) and open localhost:8443/health in a browser.",
        "Why does rows[1:3] skip the header? It also calls self.run() twice.",
    ],
)
def test_code_a_wink_and_unmarked_names_keep_their_spaces(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    "kept",
    [
        "Open http://localhost:8443/health : the page loads.",  # no top-level label
        "The file is glenvarrick.example : it was renamed.",  # a bare name, no scheme nor www
        "See www.cadbrook.example/a : 3 of them.",  # a colon before a number: a list's
        "It is at www.cadbrook.example/a ? maybe not.",  # no capital after the mark
    ],
)
def test_no_lone_slip_is_read_after_what_no_address_says(kept):
    # without the document's evidence, only the shape English never writes is repaired
    assert slips.repaired(kept, slips.PLAIN) == kept


@pytest.mark.parametrize(
    ("token", "address"),
    [
        ("www.glenvarrick.example/tickets", True),
        ("https://tollerby.museum/hours", True),
        ("http://news.cadbrook.example:8080/a", True),
        ("glenvarrick.example", False),
        ("www.", False),
        ("e.g", False),
        ("U.S", False),
    ],
)
def test_a_marked_web_address_is_read_as_one(token, address):
    assert tr._web_address(token) is address


@pytest.mark.parametrize(
    "line",
    [
        "@a_b " * 40 + "x = y_z ! ok",  # handles, then code
        "www." + "a." * 200 + "example : the",  # a long marked address
        "see www.glenvarrick.example/tickets : the box " + "_" * 50,
        "- [x] the cutlers signed the lease\n- Book the van",  # items beside sentence items
        "• the dyers wait.\n- a b c d e f g",
        "Corp N.V. the grinders whispered as the lamps whispered as the men gasped as the sky",
        "Corp N.V. the men joined in. the men stayed in port.",
        "2/6 🧵 > ## 3/4 🚨 A incursion",  # leads in a row
    ],
)
def test_the_new_readings_take_linear_time(line):
    slips.assert_linear(line, ("\n",))


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The tender went to Brask Dredging N.V. the cutlers start digging in April.", ". The"),
        ("The deal went to Orm Shipping N.V. most milliners receive vouchers now.", ". Most"),
        ("The pier was sold to Veld Holdings N.V. the ferrymen wait.", ". The"),
        ("The yard went to Hasp Marine N.V. two ostlers swore an oath at the gate.", ". Two"),
        ("The keys went to Brask Dredging N.V. the tinsmiths forgot them twice.", ". The"),
        ("The works went to Brask Dredging N.V. five hatters keep working late.", ". Five"),
    ],
)
def test_a_clause_whose_verb_is_irregular_or_has_no_object_opens_a_sentence(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("the ships wait.", "wait"),
        ("the cutlers start digging in April.", "start"),
        ("the dyers receive vouchers worth the fare.", "receive"),
        ("two ostlers swore an oath.", "swore"),
        ("the bookbinders wept at the news.", "wept"),
        ("most hatters forgot the date.", "forgot"),
        ("the cabbies bring sandwiches.", "bring"),
        ("the toll keepers still want an audit.", "want"),
        ("most of them now write everything by hand.", "write"),
        ("local farmers joined in.", "joined"),
        ("its mayor gasped as the sky went dark.", "gasped"),
        ("the knife grinders whispered as the stage lamps failed.", "whispered"),
        ("the residents stayed in the shade.", "stayed"),
        ("those present knelt in the rain.", "knelt"),
        ("the bargemen travelled by train.", "travelled"),
    ],
)
def test_the_clause_reader_knows_the_verb(text, verb):
    assert slips.STAGE._clause_follows(text, 0) == verb


@pytest.mark.parametrize(
    "text",
    [
        "the officials sworn in on Monday",  # a participle before "in", no finite verb
        "the crews taken off the pier",  # a participle alone
        "the stalls lit by lamps",  # a past read as an adjective
        "the trade union leaders",  # no verb
        "the ships wait",  # no mark ends the clause, no object: a heading's words
        "the workers hand tools",  # "hand" is no known verb
        "the cutlers bring fish",  # no plural noun, no -ing word, no object word
        "officials based in Paris",  # a participle before "in"
        "the officials described as the best",  # "as" opens no clause
        "the workers hit by the strike",  # a participle before "by"
        "the troops stationed in the area",
        "the ships seen as a threat",
    ],
)
def test_no_clause_is_read_without_a_verb(text):
    assert slips.STAGE._clause_follows(text, 0) is None


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("• the cutlers receive vouchers worth the fare.\n• Season passes roll over.", "• The"),
        ("- [x] the cutlers signed the Ferrisham lease\n- [ ] Book the van", "- [x] The"),
        ("* Tickets go on sale on Friday.\n* the dyers will open the hall.", "* The"),
        ("– Will the pier reopen?\n– the council has not decided.", "– The"),
        ("• Season passes roll over.\n• most milliners kept their stalls.", "• Most"),
    ],
)
def test_a_list_item_in_small_letters_among_sentence_items_is_capitalised(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "* mend the nets\n* tar the hull\n* paint the name",  # a list all in small letters
        "- eggs and flour\n- Butter",  # no clause
        "- 2026 budget\n- the cutlers signed the lease",  # no capital before: a digit
        "- [x] Book the van\n- the cutlers signed the lease",  # a box before, none here
        "• Season passes roll over.\n- the cutlers signed the lease",  # another mark
        "- Paris\n- de Gaulle airport was closed.",  # a name's particle
    ],
)
def test_a_list_item_without_sentence_items_beside_it_stays(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("2/6 🧵 A incursion was buried on page nine of the report.", "🧵 An incursion"),
        ("3/9 🚨 An union vote was pushed back again.", "🚨 A union"),
        ("> ## A agreement was reached at dawn.", "## An agreement"),
        ("[x] 🎉 A emergency fund was set up.", "🎉 An emergency"),
    ],
)
def test_an_article_after_leads_in_a_row_is_repaired(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "Plan 🧵 A is the one we chose.",  # a letter after a word, no lead
        "2/6 🧵 A union was formed.",  # already right
        "Grade 🍎 A apples sold out.",
    ],
)
def test_a_letter_after_no_lead_stays(kept):
    slips.assert_kept(kept)
