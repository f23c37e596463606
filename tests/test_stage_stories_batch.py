"""`stories`' batched sketch (`StoryClusters.sketch_batch`) is its sketch of each document.

The batch looks the hashes of all its documents' fingerprint tokens up at once and hands each
document a slice of them; these tests hold it to `sketch` (the per-document path) on documents
made to hit every fingerprint kind and every rule around them (numbers in all their forms,
years, accented and elided names, sentence starts, titles, URLs, handles, codes, shouted lines,
German nouns, documents with fewer than `min_tokens` tokens or no text), and hold the stage's
decisions on batched sketches to its decisions on per-document ones.
"""

from __future__ import annotations

import gc

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.corpus.fingerprints import Fingerprinter
from curate.corpus.stories import StoryClusters, StorySketch
from curate.document import Document, Edit
from tests.test_corpus_stories import DE, EN, EN_MT, FLOOD, FLOOD_FR, FR, corpus
from tests.test_fingerprint_reference import LANGS, VARIED, pieces
from tests.test_stories_speed import pooled_corpus

TEXTS = [
    *VARIED,
    "1,000,000 and 1.000.000,5 and 12 345 678 and 0,25 and 007 and 2100 and 2101 and 1\u00a0500.",
    "J. Smith met Mr. Kala in 1999. Dr. No came. U.S. Forces and e.g. Kala. ŞİMŞEK Москва.",
    "Kala said 2012.",  # fewer than `min_tokens`
    "   \n\n ",
    FR,  # whole stories: many tokens of every kind
    EN,
    EN_MT,
    DE,
    FLOOD,
    FLOOD_FR,
]


def documents(texts: list[str], langs: list[str | None]) -> list[Document]:
    """One document a text, languages in turn; every third carries `translated_from`, every
    fourth two edits of the `translation` stage (what a sketch counts besides its tokens)."""
    docs = []
    for seq, text in enumerate(texts):
        labels = {"lang": langs[seq % len(langs)]}
        if seq % 3 == 2:
            labels["translated_from"] = "fr"
        doc = Document(id=f"d{seq:03d}", text=text, seq=seq, labels=labels)
        if seq % 4 == 3:
            doc.edits = [
                Edit("translation", "mt_artifact", "text", 0, "a", "b"),
                Edit("unicode", "nfc", "text", 0, "c", "d"),
                Edit("translation", "mt_artifact", "text", 1, "e", "f"),
            ]
        docs.append(doc)
    return docs


def assert_same_sketches(batched, single) -> None:
    assert len(batched) == len(single)
    for got, expected in zip(batched, single, strict=True):
        # (a plain tuple of the same fields: the garbage collector lets go of it)
        assert type(got) is tuple and type(expected) is StorySketch
        got = StorySketch(*got)
        assert got.values.dtype == expected.values.dtype == np.uint32
        assert got.values.tobytes() == expected.values.tobytes()
        assert got[1:] == expected[1:]  # language, length, translated, repairs, minhash
        assert got.tokens.tobytes() == expected.tokens.tobytes()
        assert got.order.tobytes() == expected.order.tobytes()
        assert got.signature.tobytes() == expected.signature.tobytes()


@pytest.mark.parametrize("size", [1, 2, 5, len(TEXTS) * len(LANGS)])
def test_a_batch_sketches_each_document_as_sketch_does(size):
    docs = documents(TEXTS * len(LANGS), LANGS)
    single = [StoryClusters().sketch(doc) for doc in docs]
    stage = StoryClusters()  # a fresh stage: its caches filled by the batches themselves
    batched = [k for i in range(0, len(docs), size) for k in stage.sketch_batch(docs[i : i + size])]
    assert_same_sketches(batched, single)
    # the texts hit what they are here for: tokens of every kind, some documents too short
    kinds = set()
    for text in TEXTS:
        kinds |= set(Fingerprinter().tokens(text, "fr").values())
    assert kinds == {"number", "year", "name", "code", "url", "handle"}
    lengths = [len(k.tokens) for k in single]
    assert min(lengths) == 0 and any(0 < n < 5 for n in lengths) and max(lengths) > 10


def test_batched_sketches_leave_the_garbage_collectors_watch():
    """What the plain tuples are for: after a collection the collector no longer follows the
    sketches the fit will hold (a named tuple it follows for ever)."""
    docs = documents(TEXTS, LANGS)
    batched = StoryClusters().sketch_batch(docs)
    single = [StoryClusters().sketch(doc) for doc in docs]
    gc.collect()  # (the (num_perm, seed) tuple all sketches share lets go at the first,
    gc.collect()  # then the sketches that hold it)
    assert not any(map(gc.is_tracked, batched))
    assert all(map(gc.is_tracked, single))


def test_an_empty_batch_has_no_sketches():
    assert StoryClusters().sketch_batch([]) == []


def test_a_batch_hashes_each_token_once(monkeypatch):
    """The point of the batch: a token's hash is computed with its match's classification and
    remembered with it; no lookup of the tokens' hashes a document (`hash_values`), and a
    batch seen before hashes nothing again."""
    from curate.corpus import fingerprints

    lookups, hashed = [], []
    original_lookup, original_hash = Fingerprinter.hash_values, fingerprints._hash

    def looked_up(self, tokens):
        lookups.append(1)
        return original_lookup(self, tokens)

    def counted(token):
        hashed.append(token)
        return original_hash(token)

    monkeypatch.setattr(Fingerprinter, "hash_values", looked_up)
    monkeypatch.setattr(fingerprints, "_hash", counted)
    docs = documents(TEXTS, ["en", "fr"])
    stage = StoryClusters()
    stage.sketch_batch(docs)
    assert not lookups
    assert hashed
    first = len(hashed)
    stage.sketch_batch(docs)
    assert len(hashed) == first  # all remembered


def test_a_batch_after_the_caches_were_filled_and_cleared(monkeypatch):
    """Hashes remembered from an earlier batch, some not (the lookup's slow way), and caches
    cleared when full: the same sketches."""
    from curate.corpus import fingerprints

    docs = documents(TEXTS * 2, LANGS)
    single = [StoryClusters().sketch(doc) for doc in docs]
    stage = StoryClusters()
    stage.sketch_batch(docs[:5])  # some tokens hashed already, the others not
    monkeypatch.setattr(fingerprints, "WORD_CACHE_LIMIT", 7)  # cleared again and again
    assert_same_sketches(stage.sketch_batch(docs), single)


@given(st.lists(st.tuples(pieces(), st.sampled_from(LANGS)), max_size=12))
@settings(max_examples=150, deadline=None)
def test_a_batch_of_generated_texts_is_sketched_as_each_alone(rows):
    docs = documents([text for text, _ in rows], [lang for _, lang in rows] or [None])
    for seq, (_, lang) in enumerate(rows):
        docs[seq].labels["lang"] = lang
    single = [StoryClusters().sketch(doc) for doc in docs]
    assert_same_sketches(StoryClusters().sketch_batch(docs), single)


@pytest.mark.parametrize(
    "settings_",
    [{"keep": "per_language"}, {"keep": "one", "threshold": 0.2, "min_order": 0.0}],
)
@pytest.mark.parametrize("size", [1, 64, 1000])
def test_the_stage_decides_the_same_on_batched_sketches(settings_, size):
    docs = pooled_corpus(400, seed=5) + [
        Document(d.id, d.text, seq=1000 + d.seq, labels=dict(d.labels)) for d in corpus()
    ]
    docs += documents(TEXTS, LANGS)
    for extra, doc in enumerate(docs[-len(TEXTS) :]):
        doc.id, doc.seq = f"t{extra}", 2000 + extra
    stage = StoryClusters(**settings_)
    single = stage.fit((d.seq, d.id, StoryClusters(**settings_).sketch(d)) for d in docs)
    batched_sketches = [
        k for i in range(0, len(docs), size) for k in stage.sketch_batch(docs[i : i + size])
    ]
    batched = stage.fit((d.seq, d.id, k) for d, k in zip(docs, batched_sketches, strict=True))
    assert batched.decisions == single.decisions
    assert batched.stats == single.stats
    assert single.stats["verified_pairs"] > 5 and single.stats["too_short_to_fingerprint"] > 0
