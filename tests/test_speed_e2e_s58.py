"""Session 58's end-to-end speed cuts answer as the ways they replaced (issue 14).

- `bylines` notes: a line's words are split only where it holds `NOTE_WORDS` places to cut at
  least (`metadata_notes._cuts`, a count of bytes in C), and the origin notes' patterns are
  tried only on a line opening with one of their leads' first letters (`_ORIGIN_FIRST`).
- `stories`' fingerprint scan opens with its class written as what it leaves out
  (`fingerprints.SCANNED`): one 256-bit map in `re`, where the class as written was a table
  of blocks; the same characters, so the same matches.

Each must give the plain way's answer on random lines built around its edges and on real ones
(generated news, the seeds, session 56's byline shapes, this project's sources).
"""

from __future__ import annotations

import random
import re
import sys

import pytest

from curate.corpus import fingerprints
from curate.stages import metadata_notes as notes
from curate.stages.metadata import BylineExtractor
from tests.test_speed_e2e_s57 import _random_lines, _real_lines

ALL_CHARACTERS = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]
SPACES = [" ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "\x85", "\u2028", "\x1f"]
# the origin notes' leads, and other words around the gate's letters
LEADS = [
    "This article originally appeared on ", "The above story was first published in ",
    "A version of this story appeared ", "Cet article a été initialement publié ",
    "Ce contenu a été produit par ", "Dieser Artikel erschien zuerst ", "Der Beitrag wurde ",
    "Este artículo fue publicado ", "Esta nota apareció ", "View original content: ",
    "To view the original version, visit: ", "Published in The Herald, June 9th, 2026",
    "First published in The Times", "Originally printed by The Post", "Printed in The ",
    "Appeared in The Sun", "this story was produced ", "tHIS article originally ",
]  # fmt: skip


@pytest.fixture(scope="module")
def lines() -> list[str]:
    rng = random.Random(58)
    out = _random_lines(58, 10000) + _real_lines()
    for _ in range(4000):  # lines of 30 to 50 words, their spaces of every kind
        words = ["w" * rng.randint(1, 9) for _ in range(rng.randint(30, 50))]
        gaps = rng.choices(SPACES, weights=[30, 2, 2, 1, 1, 1, 1, 1, 1, 1], k=len(words))
        out.append("".join(w + g for w, g in zip(words, gaps, strict=True)).strip())
    for _ in range(4000):  # the origin notes' leads, their first letter changed
        lead = rng.choice(LEADS)
        first = rng.choice([lead[0], lead[0].swapcase(), "ſ", "\u212a", "É", "a", "Z", " "])
        out.append(first + lead[1:] + rng.choice(["", "https://x.example/a", "Oslo Daily"]))
    out.append("a\ud800 " * 45)  # a lone surrogate: no UTF-8
    assert len(out) > 20000
    return out


def test_a_line_has_no_more_whitespace_than_its_cuts(lines: list[str]) -> None:
    for line in lines:
        assert notes._cuts(line) >= sum(c.isspace() for c in line), line[:80]


def test_the_cut_bytes_open_every_character_split_cuts_at() -> None:
    """Every character `str.split()` cuts at is whitespace, and its UTF-8 opens with one of
    `_CUT_BYTES` (over all of Unicode)."""
    cut = [c for c in ALL_CHARACTERS if len(f"a{c}b".split()) == 2]
    assert len(cut) == 29 and all(c.isspace() for c in cut)
    assert all(c.encode("utf-8")[0] in notes._CUT_BYTES for c in cut)


def test_long_is_the_split(lines: list[str]) -> None:
    limit = notes.NOTE_WORDS
    got = [notes._long(line) for line in lines]
    assert got == [len(line.split(None, limit)) > limit for line in lines]
    assert 1000 < sum(got) < len(lines) - 1000


def test_the_origin_gate_letters_are_every_first_letter() -> None:
    """The letters every origin pattern's first character matches (ignoring case where the
    pattern does), over all of Unicode."""
    ignoring = re.compile(r"(?i)[vtacde]")
    letters = {c for c in ALL_CHARACTERS if ignoring.match(c)} | set("FOPA")
    assert letters == set(notes._ORIGIN_FIRST)
    for lead in LEADS[:-2]:  # each lead's first letter is one
        assert lead[0] in notes._ORIGIN_FIRST


def test_the_notes_find_what_the_plain_patterns_find(lines: list[str], monkeypatch) -> None:
    """Head, tail and origin: the same findings with the gates bypassed."""
    found = BylineExtractor(notes=notes.NOTES)._notes

    def findings() -> list:
        out = []
        for line in lines:
            for item in (
                found.head(line, True, True),
                found.head(line, False, False),
                found.tail(line),
                found._origin(line),
            ):
                out.append(item if item is None else (item.kind, item.fields))
        return out

    fast = findings()
    monkeypatch.setattr(notes, "_cuts", len)
    monkeypatch.setattr(notes, "_ORIGIN_FIRST", frozenset(ALL_CHARACTERS) | {""})
    assert findings() == fast
    origins = [item for item in fast[3::4] if item is not None]
    assert len(origins) > 500


def test_the_scanned_class_is_the_class_it_replaced() -> None:
    written = re.compile(r"[0-9A-Z@#\x80-\U0010ffff]")
    scanned = re.compile(fingerprints.SCANNED)
    assert all((written.match(c) is None) == (scanned.match(c) is None) for c in ALL_CHARACTERS)


TEXT_PIECES = [
    " ", "\n", ". ", ", ", "-", "'", "’", "“", "«", "(", "@", "#", "1", "1,5", "2026", "19th",
    "A320", "COVID-19", "Paris", "l'Europe", "Nečas", "Ÿ", "É", "é", "ß", "Ω", "Ж", "ж", "²",
    "٣", "１", "the", "Mr.", "J.", "said", "NATO", "https://x.example/a", "www.y.org", "\x80",
    "\xff", "ſ", "\u212a", "Zürich", "ÉTAT", "Saint-Pétersbourg", "@curate", "#tag",
]  # fmt: skip


def test_the_scan_finds_the_same_matches() -> None:
    """The fingerprinter's scan and `_PATTERN`, against the same patterns opening with the class
    as written, on random texts and the real lines' texts."""
    from curate.synth import planted_news_corpus

    rng = random.Random(58)
    texts = ["".join(rng.choices(TEXT_PIECES, k=rng.randint(0, 80))) for _ in range(6000)]
    texts += [doc["text"] for doc, _ in planted_news_corpus(300, 58, 2000)]
    scan = fingerprints.Fingerprinter()._scan
    written = r"[0-9A-Z@#\x80-\U0010ffff]"
    for fast in (scan, fingerprints._PATTERN, fingerprints._SCAN):
        assert fast.pattern.startswith(fingerprints.SCANNED)
        plain = re.compile(written + fast.pattern[len(fingerprints.SCANNED) :])
        matches = 0
        for text in texts:
            got = [(m.span(), m.lastgroup) for m in fast.finditer(text)]
            assert got == [(m.span(), m.lastgroup) for m in plain.finditer(text)], text[:80]
            matches += len(got)
        assert matches > 40000
