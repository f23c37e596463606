"""A segment sketches its batch at once (`CorpusStage.sketch_batch`): the same sketches, for the
same documents, in the same order as sketching one document at a time."""

import numpy as np

from curate.corpus.common_lines import CommonLineRemover
from curate.corpus.dedup import NearDuplicateRemover
from curate.document import Document
from curate.engines.plan import Segment, run_batch

TEXTS = [
    "Kim visits Seoul for talks on the missile plan.\nTwitter\nEmail",
    "",  # removed as empty before any stage: no sketch
    "   \n  ",
    "Kim visits Seoul for talks on the missile plan.\nTwitter",
    "short",
    "The council votes on the rail budget; 12 comments",
]


def documents() -> list[Document]:
    return [Document(f"d{i}", text, seq=i) for i, text in enumerate(TEXTS)]


def test_dedup_segment_sketches_equal_one_at_a_time():
    stage = NearDuplicateRemover()
    result = run_batch(Segment(0, sketch=stage), documents())
    expected = [(d.seq, d.id, stage.sketch(d)) for d in documents() if d.text.strip()]
    assert [(seq, doc_id) for seq, doc_id, _ in result.sketches] == [
        (seq, doc_id) for seq, doc_id, _ in expected
    ]
    for (_, _, ours), (_, _, one) in zip(result.sketches, expected, strict=True):
        assert (ours.exact, ours.words) == (one.exact, one.words)
        assert np.array_equal(ours.signature, one.signature)
        assert np.array_equal(ours.shingles, one.shingles)


def test_a_stage_without_its_own_batch_sketches_each_document():
    stage = CommonLineRemover()
    result = run_batch(Segment(0, sketch=stage), documents())
    expected = [(d.seq, d.id, stage.sketch(d)) for d in documents() if d.text.strip()]
    assert result.sketches == expected
