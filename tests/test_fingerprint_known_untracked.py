"""What a fingerprinter remembers of each raw match leaves the garbage collector's watch young.

`Fingerprinter._known` keeps an entry for every raw match it has classified (20,900 on the
20,000 bench documents). An entry is a tuple of strings, ints and tuples of them, which the
collector stops following once it has seen that every tuple inside holds no container. An entry
that also held a tuple of (token, hash) tuples was looked at before its inner tuples at each
young collection, so it was still followed when it reached the oldest generation: thousands of
objects there, which made the collector run full collections of the whole process during
`stories`' sketch (0.17 s on the bench documents). These tests hold the entries to leaving at
the first collection of the middle generation, and the sketch's hashes to the tokens'.
"""

from __future__ import annotations

import gc

import pytest

from curate.corpus.fingerprints import Fingerprinter
from tests.test_fingerprint_reference import LANGS, VARIED

TEXTS = [
    *VARIED,
    "1,000,000 and 1.000.000,5 and 12 345 678 and 0,25 and 2013 and 1\u00a0500 in Prague.",
    "The minister, Miloslav Kala, met Nečas and Saint-Pétersbourg officials about A320 and ODS.",
    "Le ministre Kala a rencontré M. Nečas à Saint-Pétersbourg pour 1,5 milliard d'euros.",
]


@pytest.mark.parametrize("lang", LANGS)
def test_entries_leave_the_collectors_watch_before_the_oldest_generation(lang):
    fingerprinter = Fingerprinter()
    enabled = gc.isenabled()
    gc.disable()  # (no collection of its own between the sketches and the two below)
    try:
        for text in TEXTS:
            fingerprinter.token_hashes(text, lang)
        entries = list(fingerprinter._known.values())
        assert len(entries) > 40 and any(len(entry[1]) > 1 for entry in entries)
        gc.collect(0)
        gc.collect(1)  # the middle generation: what survives it goes to the oldest
        assert not [entry for entry in entries if gc.is_tracked(entry)]
    finally:
        if enabled:
            gc.enable()


@pytest.mark.parametrize("lang", LANGS)
def test_token_hashes_are_the_hashes_of_the_tokens(lang):
    fingerprinter = Fingerprinter()
    for text in TEXTS * 2:  # (the second time from the entries remembered)
        hashes = list(fingerprinter.token_hashes(text, lang))
        tokens = Fingerprinter().tokens(text, lang)
        assert hashes == Fingerprinter().hash_values(tokens).tolist()
