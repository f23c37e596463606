"""A segment runs each map stage over its whole batch before the next stage (warm caches), and
gives what running each document through all the stages in turn gives: the same documents,
rows, sketches and quarantine records, in the batch's order."""

from dataclasses import dataclass, field

import pytest

from curate.corpus.dedup import NearDuplicateRemover
from curate.document import Document
from curate.engines.plan import RowValidator, Segment, emptied, run_batch
from curate.pipeline import Pipeline
from curate.publish.records import kept_row, removed_row
from curate.stages.base import MapStage
from tests.conftest import seed_paragraphs


@dataclass(frozen=True)
class Recording(MapStage):
    """Test stage: notes each call; fails on, empties or mislabels the documents named."""

    name: str = "recording"
    calls: list = field(default_factory=list)
    fails: tuple[str, ...] = ()
    empties: tuple[str, ...] = ()
    mislabels: tuple[str, ...] = ()

    def process(self, doc: Document) -> Document:
        self.calls.append((self.name, doc.id))
        if doc.id in self.fails:
            raise ValueError(f"{self.name} cannot read {doc.id}")
        if doc.id in self.empties:
            doc.text = ""
        if doc.id in self.mislabels:
            doc.labels["lang"] = 5  # the record schema wants a string
        doc.text = doc.text.replace("old", self.name)
        return doc


def _documents() -> list[Document]:
    body = " ".join(seed_paragraphs()[:2])
    return [Document(f"d{i}", f"old news {i}. {body}", seq=i) for i in range(6)]


def _one_at_a_time(maps: list[MapStage], docs: list[Document]) -> list[tuple[str, object]]:
    """What each document gives through all the stages in turn: its row, or the stage that
    failed on it."""
    out = []
    for doc in docs:
        try:
            for stage in maps:
                if doc.removed:
                    break
                doc = emptied(stage.name, stage.process(doc))
        except ValueError as err:
            out.append(("failed", str(err)))
            continue
        out.append(("removed", removed_row(doc)) if doc.removed else ("kept", kept_row(doc)))
    return out


def test_each_map_stage_sees_the_whole_batch_before_the_next():
    calls: list = []
    first, second = Recording("first", calls), Recording("second", calls)
    run_batch(Segment(0, maps=[first, second]), _documents()[:3])
    assert calls == [
        ("first", "d0"), ("first", "d1"), ("first", "d2"),
        ("second", "d0"), ("second", "d1"), ("second", "d2"),
    ]  # fmt: skip


def test_failures_emptied_and_bad_rows_come_out_as_one_document_at_a_time_would():
    # d4 fails in the first stage and d1 in the second: the quarantine keeps the batch's
    # order (d1 first), a document a stage emptied or failed on meets no later stage
    calls: list = []
    maps = [
        Recording("first", calls, fails=("d4",), empties=("d2",)),
        Recording("second", calls, fails=("d1",), mislabels=("d3",)),
    ]
    result = run_batch(Segment(0, maps=maps), _documents(), validator=RowValidator())
    expected = _one_at_a_time(maps, _documents())
    assert [(id_, kind) for kind, row in result.rows for id_ in [row["id"]]] == [
        ("d0", "kept"), ("d2", "removed"), ("d5", "kept"),
    ]  # fmt: skip
    assert [row for _, row in result.rows] == [
        row for kind, row in expected if kind != "failed" and row["id"] != "d3"
    ]
    assert [(q.kind, q.id) for q in result.rejected] == [
        ("stage_error", "d1"), ("schema", "d3"), ("stage_error", "d4"),
    ]  # fmt: skip
    assert "second raised ValueError: second cannot read d1" in result.rejected[0].error
    assert ("second", "d2") not in calls and ("second", "d4") not in calls


def test_a_segment_that_sketches_keeps_its_documents_and_sketches_in_order():
    maps = [Recording("first", [], fails=("d2",)), Recording("second", [], empties=("d4",))]
    stage = NearDuplicateRemover()
    result = run_batch(Segment(0, maps=maps, sketch=stage), _documents())
    assert [d.id for d in result.docs] == ["d0", "d1", "d3", "d4", "d5"]
    assert result.docs[3].removed  # emptied: passed on, not sketched
    assert [(seq, doc_id) for seq, doc_id, _ in result.sketches] == [
        (0, "d0"), (1, "d1"), (3, "d3"), (5, "d5"),
    ]  # fmt: skip
    assert [q.id for q in result.rejected] == ["d2"]


def test_process_many_is_process_of_each_document():
    pipeline = Pipeline.from_recipe("news")
    texts = [
        *seed_paragraphs()[:4],
        "< p>< p></p >",  # emptied by markup: no later stage
        "Read Also\n\nYou May Also Like",
        "Kim Jong One arrived in Seoul , for talks .\n\nPhoto: AFP",
    ]

    def docs() -> list[Document]:
        return [Document(f"t{i}", text, title="Talks") for i, text in enumerate(texts)]

    many = pipeline.process_many(docs())
    single = [pipeline.process(doc) for doc in docs()]
    assert [kept_row(d) for d in many] == [kept_row(d) for d in single]
    assert [d.removal for d in many] == [d.removal for d in single]
    assert any(d.removed for d in many) and not all(d.removed for d in many)


# text a stage left: whitespace alone of any kind (Unicode's too) empties the document, as
# `not text.strip()` did; one visible character anywhere keeps it
@pytest.mark.parametrize(
    ("text", "emptied_out"),
    [
        ("", True),
        (" ", True),
        ("\n\t\r\n  ", True),
        ("\u00a0\u2003\u3000\u2028\x0b\x0c\x1c", True),
        ("a", False),
        ("   x", False),
        ("x   ", False),
        ("\n\n\u00a0.\u00a0\n", False),
        ("\u200b", False),  # zero width space: not whitespace to str.strip, kept as before
    ],
)
def test_emptied_is_whitespace_alone(text, emptied_out):
    doc = emptied("boilerplate", Document(id="d", text=text))
    assert doc.removed is emptied_out is (not text.strip())
    if emptied_out:
        assert (doc.removal.stage, doc.removal.rule) == ("boilerplate", "emptied")


def test_validators_compiled_once_still_check_every_row():
    """Validators share their compiled schemas; a broken row is still caught after good ones."""
    first, second = RowValidator(), RowValidator()
    assert first.kept is second.kept and first.removed is second.removed
    good = kept_row(Document(id="a", text="Some text."))
    assert first.problem("kept", good) is None
    for broken in ({**good, "text": ""}, {**good, "lang": "English"}, {**good, "extra": 1}):
        assert "breaks the schema" in second.problem("kept", broken)
