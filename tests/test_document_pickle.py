"""Documents, edits and removals pickle as their constructor's arguments: every field survives
(checkpoints and workers receive exactly what was sent), and nothing runs per field in Python."""

import copy
import dataclasses
import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

from curate.document import Document, Edit, Removal

TEXT = st.text(max_size=40)
OPTIONAL = st.none() | TEXT
SCORE = st.none() | st.floats(allow_nan=False)
EDITS = st.builds(
    Edit, TEXT, TEXT, st.sampled_from(["text", "title"]), st.integers(0, 99), TEXT, TEXT, SCORE
)
REMOVALS = st.none() | st.builds(Removal, TEXT, TEXT, TEXT, OPTIONAL, SCORE, SCORE)
DOCUMENTS = st.builds(
    Document,
    TEXT,
    TEXT,
    OPTIONAL,
    OPTIONAL,
    st.integers(0, 2**40),
    st.dictionaries(TEXT, st.none() | st.integers() | st.lists(TEXT)),
    st.lists(EDITS, max_size=4),
    REMOVALS,
    OPTIONAL,
)


@settings(max_examples=200, deadline=None)
@given(DOCUMENTS)
def test_a_document_comes_back_equal_field_by_field(doc):
    for protocol in (2, pickle.HIGHEST_PROTOCOL):
        back = pickle.loads(pickle.dumps(doc, protocol=protocol))
        assert back == doc
        for item in dataclasses.fields(Document):
            assert getattr(back, item.name) == getattr(doc, item.name)
    assert copy.deepcopy(doc) == doc


def test_records_pickle_without_dataclass_state_functions():
    doc = Document("d", "text", edits=[Edit("s", "r", "text", 0, "a", "b", 0.5)])
    doc.remove("dedup", "near", "copy of e", "e", 0.9, 0.8)
    for record in (doc, doc.edits[0], doc.removal):
        constructor, arguments = record.__reduce_ex__(pickle.HIGHEST_PROTOCOL)[:2]
        assert constructor is type(record)
        assert constructor(*arguments) == record
