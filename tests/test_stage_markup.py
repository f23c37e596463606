import pytest
from hypothesis import given, settings

from curate.stages.markup import MarkupStripper
from tests.conftest import SEED_003, assert_contract, assert_linear, hostile_text, run_stage

STAGE = MarkupStripper()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("< p>During a giant military parade", "During a giant military parade"),  # seed 003
        ("end.</p >", "end."),
        ("one<br/>two", "one\ntwo"),
        ("one <br/> two", "one two"),
        ("<p>Para</p><p>Next</p>", "Para\n\nNext"),
        ("<p>Para</p>\n<p>Next</p>", "Para\n\nNext"),  # a paragraph break, as above
        ("AT&amp;T", "AT&T"),
        ("a&nbsp;b", "a b"),
        ("Korea&#8217;s", "Korea’s"),
        ("&#x2019;", "’"),
        ("&quot;quoted&quot;", '"quoted"'),
        ("&amp;lt;b&amp;gt;bold", "bold"),  # escaped twice, then a tag
        ('<a href="https://x.org">link</a> text', "link text"),
        ('<div class="body">text</div>', "text"),
        ("<script>var x = 1;</script>Body", "Body"),
        ("before <!-- comment --> after", "before after"),
        ("<STRONG>loud</STRONG>", "loud"),
    ],
)
def test_strips(raw, expected):
    assert run_stage(STAGE, raw).text == expected


@pytest.mark.parametrize(
    "kept",
    [
        "x < y and y > z",
        "I <3 Seoul",
        "a < b and c > d",  # `b` is a tag name, but no tag has words for attributes
        "press <Ctrl> and <Enter>",
        "the <unknown> element",
        "5 <10 items",
        "&unknownentity; stays",
        "&",
    ],
)
def test_look_alikes_kept(kept):
    doc = run_stage(STAGE, kept)
    assert doc.text == kept and not doc.edits


def test_seed_003():
    doc = run_stage(STAGE, SEED_003.read_text(encoding="utf-8"))
    assert "< p>" not in doc.text
    assert [e.before for e in doc.edits] == ["< p>"]


@pytest.mark.parametrize(
    "unit, n",
    [("<", 500_000), ("< p>", 125_000), ("<p ", 150_000), ("&#", 250_000), ("<!--", 125_000)],
)
def test_linear_on_hostile_input(unit, n):
    # a backtracking regex costs 16 times more at 4 times the length; a linear scan 4 times
    assert_linear(lambda text: run_stage(STAGE, text), lambda k: unit * k, n)


@settings(max_examples=300, deadline=None)
@given(hostile_text)
def test_contract(text):
    assert_contract(STAGE, text)
