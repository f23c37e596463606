"""`reader.extractor: auto`: Resiliparse's text only where trafilatura lost the article."""

from __future__ import annotations

import pytest

from curate.io.extractor_choice import added_prose_words, choose, prefers_fast
from curate.io.readers import Quarantined

SENTENCE = "The council voted on Tuesday to extend the night bus network to the northern districts."
FIRST = "\n\n".join(f"{SENTENCE} Part {i} of the story." for i in range(3))
REST = "\n\n".join(f"{SENTENCE} Later part {i} of it." for i in range(4))
MENU = "\n\n".join(["Home", "News", "Related: buses to run all night from May", "Photo: AP"])


@pytest.mark.parametrize(
    ("careful", "fast", "expected"),
    [
        (FIRST, f"{FIRST}\n\nAdvertisement\n\n{REST}", True),  # stopped at an ad: more lost
        (FIRST + "\n\n" + REST, f"{MENU}\n\n{FIRST}\n\n{REST}", False),  # only a menu added
        (FIRST + "\n\n" + REST, f"{FIRST}\n\n{REST}\n\n{SENTENCE}", False),  # one paragraph
        ("", MENU, False),  # nothing that reads as prose
    ],
)
def test_resiliparse_is_preferred_only_for_a_lost_article(careful, fast, expected):
    assert prefers_fast(careful, fast) is expected


def test_a_paragraph_already_held_adds_nothing():
    assert added_prose_words(FIRST, FIRST.replace("\n\n", "\n\n\n\n")) == 0


def test_the_chosen_page_keeps_trafilaturas_title_and_metadata():
    careful = (FIRST, "Title", "https://example.org/a", [], {"author": "Jane Roe"})
    fast = (f"{FIRST}\n\n{REST}", "Title | Site", None, ["x"], {"author": None})
    assert choose(careful, fast) == (fast[0], "Title", "https://example.org/a", ["x"], careful[4])
    failed = Quarantined("a.html", None, "html_extraction", "no main text found in the page")
    assert choose(failed, fast) == fast and choose(careful, failed) == careful
