"""The boilerplate stage's cuts of session 52 give what the stage gave before them.

- the caption gate (`_Gates.caption_any`): a line holding no literal of a marker, floating or
  at the start, is not asked about; the verdicts are those of the stage asking every line;
- `WordModel.margins` counts a line's repeated terms in a dict, not a `Counter`: the same floats
  as `_counted`;
- a run imports nothing: `island`, `reader_address` and `numpy.ma` were imported inside a run's
  first batch (a bench row, forked from a warmed-up stage, paid it each time).
"""

from __future__ import annotations

import math
import subprocess
import sys
from operator import mul

from hypothesis import given, settings
from hypothesis import strategies as st

from curate.stages.boilerplate import BoilerplateRemover, features
from curate.stages.boilerplate import model as line_model
from curate.stages.boilerplate.line_words import WordModel
from tests.conftest import hostile_text
from tests.test_boilerplate_speed_s51 import TRICKY_LINE
from tests.test_stage_boilerplate_features_same import LINES

ANY_LINE = st.one_of(LINES, TRICKY_LINE, hostile_text).filter(lambda line: "\n" not in line)


STAGE = BoilerplateRemover()
MARKERS = sorted(STAGE._gates.caption_any or ())
CAPTION_PIECES = st.one_of(
    st.sampled_from(MARKERS).map(str.title),
    st.sampled_from(MARKERS),
    st.sampled_from(["(Photo: AFP)", "REUTERS/", "Getty Images", "File photo", "via", "("]),
    st.sampled_from(["-", ":", "  ", "the mayor said", "x" * 30, ".", "Seoul, Korea"]),
)
CAPTION_LINE = st.lists(CAPTION_PIECES, max_size=6).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(CAPTION_LINE, ANY_LINE), min_size=1, max_size=20))
def test_the_caption_gate_gives_the_verdicts_of_asking_every_line(lines):
    assert STAGE._gates.caption_any is not None  # the shipped rules: the gate is on
    ungated = BoilerplateRemover()
    ungated.__dict__["_gates"] = STAGE._gates._replace(caption_any=None)
    folded = [line.lower() for line in lines]
    present = [STAGE._table["literals"].present(fold) for fold in folded]
    words = [features.facts(line).words for line in lines]
    assert STAGE._verdicts_of(lines, folded, present, words) == ungated._verdicts_of(
        lines, folded, present, words
    )


def test_a_line_with_a_marker_is_still_asked() -> None:
    line = "Kim Jong Un attends a meeting in this photo released by KCNA. KCNA via REUTERS"
    assert STAGE._verdict(line) == "caption"
    assert STAGE._verdict("Kim Jong Un attends a meeting in Pyongyang.") is None


WORDS = line_model.load()["plain"].words


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(LINES, TRICKY_LINE), min_size=1, max_size=20), st.data())
def test_margins_counted_in_a_dict_are_the_counters(lines, data):
    # lines of repeated known terms: the path that counts
    known = sorted(WORDS.weights)[:200]
    repeated = [
        " ".join(data.draw(st.lists(st.sampled_from(known), min_size=2, max_size=12)))
        for _ in range(5)
    ]
    texts = lines + repeated
    fresh = WordModel(WORDS.bias, WORDS.weights)
    found = fresh.margins(texts, [None] * len(texts))
    for text, margin in zip(texts, found, strict=True):
        terms = fresh._known_terms(text)
        if not terms:
            assert margin == WORDS.bias
            continue
        counts, norm = WordModel._counted(terms)
        expected = (
            WORDS.bias
            + sum(map(mul, map(WORDS.weights.__getitem__, counts), counts.values())) / norm
        )
        if len(set(terms)) == len(terms):
            expected = WORDS.bias + sum(map(WORDS.weights.__getitem__, terms)) / math.sqrt(
                len(terms)
            )
        assert margin == expected


RUN = """
import sys
from curate.document import Document
from curate.stages.boilerplate import BoilerplateRemover
from curate.synth import news_corpus
stage = BoilerplateRemover()
stage.process_batch([Document(id="warm-up", text="Warm up the stage with some text.")])
docs = [Document(id=d["id"], text=d["text"], title=d.get("title")) for d in news_corpus(60, 3)]
docs.append(Document(id="x", text="Straße und Bücher\\n\\nKurz.\\n\\nÜber uns: ß, é, ж."))
before = set(sys.modules)
stage.process_batch(docs)
print(sorted(set(sys.modules) - before))
"""


def test_a_run_imports_nothing_once_the_stage_is_warm() -> None:
    out = subprocess.run(
        [sys.executable, "-c", RUN], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "[]"
