"""Round 30 of the `translation` stage: readings, not wordings. Batch 32 (the blind judge of
round 29) showed the stage misreading what a token or a word is, whatever the wording around it:

- a handle or a hashtag with an underscore ("@orsington_fc", "#save_the_pier") was read as a
  line of code, so the space before the mark after it stayed; a handle's underscore is a
  name's (`_in_handle`), and a line with real code in it still keeps its spaces;
- a web address that says it is one (a scheme or "www." before its host) was not read as one
  when its top-level label was longer than six letters ("www.glenvarrick.example/tickets"),
  and no web address was read before a colon and a word or a question or exclamation mark
  (`_MARKED_ADDRESS`; a bare "glenvarrick.example" or "localhost:8443" is still no address);

Each `(raw, fixed)` table is one kind, repaired in a short clean host without evidence of
translation (`PLAIN`); each `kept` table holds what the kind must leave alone, with and without
the document's evidence (`slips.assert_kept`).
"""

from __future__ import annotations

import time

import pytest

from curate.document import Document
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


def test_handles_and_addresses_read_in_linear_time():
    lines = [
        "@a_b " * 40 + "x = y_z ! ok",
        "www." + "a." * 200 + "example : the",
        "see www.glenvarrick.example/tickets : the box " + "_" * 50,
    ]
    for line in lines:
        text = "\n".join([line] * 8000)
        begun = time.process_time()
        slips.STAGE.process(Document(id="x", text=text))
        assert time.process_time() - begun < 2.0
