"""The line model's misses by kind and by the bar each was judged at (`line_misses`)."""

from __future__ import annotations

import pytest

from curate.document import Document
from curate.evaluate import MODULES, OPTIONAL, line_misses
from curate.evaluate.checked import CheckedPage, line_hash
from curate.evaluate.pages import Page, half

BODY = (
    "The council voted on Tuesday to expand the city's network of protected bike lanes by "
    "forty kilometres over the next three years, the mayor said after the meeting."
)
MORE = (
    "Work on the first stretch starts in spring, and residents will be asked where the next "
    "lanes should go in a survey that opens next month across the whole city."
)
# an author's box as long as a paragraph: never scored, so it stays as "body"
BIO = (
    "Jane Okafor has covered city hall for the paper since 2011 and lives in the north end "
    "with her two dogs, a garden and a large collection of old bicycles."
)


def _site_of_half(part: str) -> str:
    return next(f"site{n}.example" for n in range(100) if half(f"site{n}.example") == part)


def _pair(part: str) -> tuple[CheckedPage, Page]:
    lines = ["Council votes on bike lanes", "Share on Facebook", BODY, MORE, BIO]
    site = _site_of_half(part)
    page = Page(key=f"p{part}", benchmark="aeb", site=site, url=None, plain_lines=lines,
                plain_labels=[None] * len(lines))  # fmt: skip
    item = CheckedPage(f"p{part}", site, tuple(map(line_hash, lines)), (1, 0, 1, 1, 0),
                       ("headline", "social", "body", "body", "author_bio"))  # fmt: skip
    return item, page


def test_each_labelled_line_is_counted_once_on_its_half_with_how_it_was_judged():
    pairs = [_pair("A"), _pair("B")]
    for part in ("A", "B"):
        found = line_misses.judged(pairs, part)
        assert [kind for kind, *_ in found] == ["headline", "social", "body", "body", "author_bio"]
        assert found[0][2:] == ("title", True)  # the first line became the record's title
        assert found[-1][2:] == ("body", True)  # kept, never scored: a body paragraph
        for *_, how, stays in found:
            assert (how is None) == (not stays)  # a line gone has no bar
            assert how is None or how in line_misses.HOW


def test_the_report_names_both_halves_and_puts_the_kind_missed_first():
    text = line_misses.report([_pair("A"), _pair("B")])
    lines = text.splitlines()
    assert lines[0].startswith("2 news-shaped read pages")
    for part in ("A", "B"):
        at = lines.index(f"half {part}")
        first = lines[at + 1].split()
        assert first[:4] == ["author_bio", "1", "of", "1"]  # the paragraph-long box stayed
        assert first[4:] == ["0", "1"] + ["0"] * 6  # under "body": never scored


@pytest.mark.parametrize(
    ("lines", "labels", "text", "expected"),
    [
        # a table of contents removed, its headings left below: the list's copies are gone
        (["What happened", "What next", "What happened", BODY, "What next", MORE],
         [1, 0, 1, 1, 1, 1], "What happened\n\n" + BODY + "\n\nWhat next\n\n" + MORE,
         [True, False, True, True, True, True]),
        # a headline printed twice and kept once is no loss; a menu printed twice, kept once
        (["Bike lanes grow", "Bike lanes grow", "Home", BODY, "Home"], [1, 1, 0, 1, 0],
         "Bike lanes grow\n\nHome\n\n" + BODY, [True, True, True, True, False]),
        # a line kept as the record's title only
        (["Bike lanes grow", BODY], [1, 1], BODY, [True, True]),
    ],
)  # fmt: skip
def test_each_copy_of_a_line_standing_twice_is_counted(lines, labels, text, expected):
    doc = Document(id="page", text=text, title="Bike lanes grow")
    assert line_misses.copies_left(lines, labels, doc) == expected


def test_it_runs_only_when_named():
    assert "line_misses" in OPTIONAL and "line_misses" not in MODULES
