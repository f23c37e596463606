"""Hostile text through every map stage in a row: no crash, idempotent, ledger replays."""

from hypothesis import given, settings
from hypothesis import strategies as st

from curate import Pipeline
from curate.document import Document, invert, replay
from tests.conftest import hostile_text

PIPELINE = Pipeline.from_recipe("news")

extra = st.one_of(
    hostile_text,
    st.text(
        alphabet=st.sampled_from(
            [
                "\u200f",
                "\u200d",
                "\u202e",
                "\ufeff",
                "\x00",
                "\x1b",
                "a",
                " ",
                "\n",
                "ش",
                "中",
                "😀",
            ]
        )
    ),
    st.builds(lambda n: "x" * n + " tail", st.integers(min_value=9_000, max_value=11_000)),
)


@settings(max_examples=150, deadline=None)
@given(extra, st.one_of(st.none(), st.text(max_size=40)))
def test_map_stages_never_raise_are_idempotent_and_replay(text, title):
    doc = PIPELINE.process(Document("h", text, title=title, input_title=title))
    start = {"text": text, "title": title or ""}
    final = {"text": doc.text, "title": doc.title or ""}
    assert replay(start, doc.edits) == final
    assert invert(final, doc.edits) == start
    if doc.removed:
        return
    again = PIPELINE.process(Document("h", doc.text, title=doc.title, input_title=doc.title))
    assert (again.text, again.title) == (doc.text, doc.title)
    assert not again.edits
