"""The boilerplate stage's rounds of session 51 skip work without changing a byte.

- A model round measures each line's bar (`_thresholds`: the words and the sentence shape of
  every line left) only when a score reaches the lowest bar there is (`_lowest_bar`): under
  it no line is noise, whatever its bar (5 in 6 rounds on the bench).
- `process_batch` finds `_each_once` of each document from the batch's keys read at once
  (`_judge_batch`), and measures the batch's titles together.

The fast paths must give the documents the full paths give: text, title and ledger, on
hypothesis documents of news sentences, furniture, repeated lines and hostile text, under the
news recipe's stage and under settings that move the bars (`run_bar`, no `prose_threshold`).
"""

from __future__ import annotations

import copy
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from curate.document import Document
from curate.pipeline import Pipeline
from curate.stages.boilerplate import BoilerplateRemover, _each_once
from curate.synth import news_corpus
from tests.conftest import hostile_text

FURNITURE = [
    "Share this article",
    "Advertisement",
    "Read more",
    "Follow us on Twitter",
    "Photo: AFP",
    "Sign up for our newsletter",
    "Most read",
    "By Maria Okafor",
    "Updated March 3, 2024, 9:12 AM",
    "World",
    "Related: Mayor backs budget fight in Oslo",
    "https://example.com/news/flood",
]
SENTENCES = list(
    dict.fromkeys(
        line.strip()
        for record in news_corpus(6, seed=3)
        for line in record["text"].split("\n")
        if line.strip()
    )
)[:60]
STORY = [
    "Thousands of doctors in Romania walked off the job on Monday in a dispute over pay.",
    "Hospitals postponed planned operations and kept only their emergency wards open.",
    "The health ministry said talks with the unions would resume later in the week.",
    "Union leaders said staffing had fallen by a fifth over the past three years.",
    "Patients waiting for surgery were told to expect new dates within a month.",
    "The government has promised a new budget for hospitals before the summer.",
]
LINE = st.one_of(
    st.sampled_from(FURNITURE),
    st.sampled_from(SENTENCES),
    hostile_text.filter(lambda text: "\n" not in text),
)
TITLE = st.one_of(st.none(), st.sampled_from(SENTENCES + FURNITURE), st.text(max_size=30))


@st.composite
def documents(draw) -> Document:
    """A document of sentences, furniture and hostile lines, some lines standing twice."""
    lines = draw(st.lists(LINE, min_size=0, max_size=30))
    if lines and draw(st.booleans()):  # a line standing again (no `_each_once`)
        lines.insert(draw(st.integers(0, len(lines))), draw(st.sampled_from(lines)))
    text = "\n\n".join(lines) if draw(st.booleans()) else "\n".join(lines)
    return Document(id="d", text=text, title=draw(TITLE), source="https://example.com/news/flood")


def _news_stage() -> BoilerplateRemover:
    return next(s for s in Pipeline.from_recipe("news").map_stages if s.name == "boilerplate")


class _FullBars(BoilerplateRemover):
    """The stage measuring every round's bars (no lowest bar lets it skip them)."""

    _lowest_bar = -math.inf


def _full_bars(stage: BoilerplateRemover) -> BoilerplateRemover:
    fields = {name: getattr(stage, name) for name in stage.__dataclass_fields__}
    return _FullBars(**fields)


def _published(doc: Document) -> tuple:
    return doc.text, doc.title, [edit.to_dict() for edit in doc.edits], dict(doc.labels)


STAGES = {
    "news": _news_stage,
    "run_bar": lambda: BoilerplateRemover(run_bar=0.25),
    "no_prose_threshold": lambda: BoilerplateRemover(prose_threshold=None),
}


@pytest.mark.parametrize("name", sorted(STAGES))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=documents())
def test_rounds_skipping_the_bars_give_what_measuring_them_gives(name, doc):
    stage = STAGES[name]()
    fast = stage.process(copy.deepcopy(doc))
    full = _full_bars(stage).process(copy.deepcopy(doc))
    assert _published(fast) == _published(full)


class _CountedBars(BoilerplateRemover):
    """The stage, counting the lines whose bars it measures."""

    def _thresholds(self, texts: list[str]) -> list[float]:
        MEASURED.append(len(texts))
        return super()._thresholds(texts)


MEASURED: list[int] = []


def test_a_round_whose_scores_are_all_under_the_lowest_bar_measures_no_bars():
    stage = _news_stage()
    counted = _CountedBars(**{name: getattr(stage, name) for name in stage.__dataclass_fields__})
    story = "\n\n".join(STORY)  # a story's sentences: the model keeps them all
    MEASURED.clear()
    done = counted.process(Document(id="story", text=story))
    assert done.text == story and not done.edits
    assert MEASURED == []
    # a label among them, which no rule removes: scored high, its bar measured, and it goes
    furnished = "\n\n".join([*STORY[:3], "Topics", *STORY[3:]])
    done = counted.process(Document(id="furnished", text=furnished))
    assert MEASURED and any(edit.rule == "line_model" for edit in done.edits)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(docs=st.lists(documents(), min_size=1, max_size=12))
def test_a_batch_gives_what_each_document_alone_gives(docs):
    stage = _news_stage()
    for number, doc in enumerate(docs):
        doc.id = f"d{number}"
    alone = [_published(stage.process(doc)) for doc in copy.deepcopy(docs)]
    batch = [_published(doc) for doc in stage.process_batch(copy.deepcopy(docs))]
    assert batch == alone


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(docs=st.lists(documents(), min_size=1, max_size=12))
def test_the_batch_finds_each_documents_each_once(docs):
    """`_judge_batch`'s `_each_once` of each document is the document's own."""
    stage = _news_stage()
    lines, onces = stage._judge_batch(docs)
    assert onces == [_each_once(each) for each in lines]
