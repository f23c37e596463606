"""The read pages as plain-text files through `curate run` (`curate.evaluate.text_end_to_end`)."""

from __future__ import annotations

from curate.evaluate import text_end_to_end

BODY = [
    "The council voted on Tuesday to expand the city's network of protected bike lanes by "
    "forty kilometres over the next three years, the mayor said in a statement on Tuesday.",
    "Work on the first stretch starts in spring, and residents will be asked where the next "
    "lanes should go in a survey that opens next month across the whole of the city.",
    "Cycling groups welcomed the vote but said the plan should move faster, pointing to the "
    "rise in the number of riders since the first lanes opened four years ago in the centre.",
]
ARTICLE = ["Council votes on bike lanes", "Share on Facebook", *BODY]
SHORT = ["Library hours", "Opening hours change on Monday: the library closes at six."]


def test_a_page_quality_drops_keeps_no_line_and_the_reasons_are_counted(tmp_path):
    docs = [(("read2",), ARTICLE, [1, 0, 1, 1, 1]), (("read2",), SHORT, [1, 1])]

    found, reasons = text_end_to_end._published(tmp_path, "B", docs, ())

    (text, title), (short_text, short_title) = found
    # the headline became the title, the share prompt went, the body stayed
    assert text_end_to_end._stays(ARTICLE, text, title) == [True, False, True, True, True]
    # the short page (under the recipe's 50 words) is not published: no line of it stands
    assert (short_text, short_title) == ("", None)
    assert text_end_to_end._stays(SHORT, short_text, short_title) == [False, False]
    assert reasons == {"removed by quality/too_short": 1}

    found, reasons = text_end_to_end._published(tmp_path, "B", docs, ("quality",))
    assert text_end_to_end._stays(SHORT, *found[1]) == [True, True]
    assert not reasons


def test_a_line_bylines_cut_a_clause_from_counts_by_what_is_left():
    lines = ["MADRID (Reuters) — The council voted on Tuesday to expand the bike lanes.", "Menu"]
    text = "The council voted on Tuesday to expand the bike lanes."
    assert text_end_to_end._stays(lines, text, None) == [True, False]
