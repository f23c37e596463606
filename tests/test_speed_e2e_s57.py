"""Session 57's end-to-end speed cuts answer as the ways they replaced (issue 14).

The `bylines` stage's notes (`curate.stages.metadata_notes`, on by default) try their patterns
only where a cheap test says one can match: seven digits counted in C, a line's words split
only past `NOTE_CHARS`, a company's pattern only on a line ending with a legal suffix, an
issuer's lead only on a line opening with its letter, a closing credit's only on a line with
its verb. Each gate must give the plain pattern's answer, and the notes the same findings, on
random lines built to sit on the gates' edges and on real lines (generated news, the seeds,
the byline shapes of session 56, this project's sources).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from curate.stages import metadata_notes as notes
from curate.stages.metadata import BylineExtractor
from tests.byline_shapes_s56 import BODY, CONTENT, NOISE

ROOT = Path(__file__).resolve().parents[1]
PIECES = [
    "0", "7", "12", "٣", "²", "１", " ", "  ", "\t", "\u00a0", "\u2003", "\n", ".", ",", "-",
    "+", "(", ")", "@", "?", ":", "a", "Ab", "É", "ſ", "\u212a", "n", "P", "r", "c", "News",
    "Press release", "provided by", "Pressemitteilung von", "Communiqué", " Inc", " Inc.",
    " Ltd", "Pte Ltd", " Sdn. Bhd.", " S.p.A.", " A/S", " Oy", " GmbH", ",", "contributed",
    "contribué", " reported from ", "Oslo", "beigetragen", "colaboró", "also", "Jane Doe",
    "This article", " originally ", "Published in The", "View original content: ",
    "https://x.example/a", "By", "di Marco Rossi", "Staff", "Media contact: ", "e@x.org",
]  # fmt: skip


# closing credits in each language the pattern knows (each verb of the gate found)
CREDITS = """Jane Doe in Oslo contributed to this report.
Dahl reported from Oslo.
Reuters also reported from Geneva, Switzerland
Jean Roy a contribué à cet article.
Anna Vogt hat zu diesem Bericht beigetragen.
Ana Ruiz colaboró con este reporte.
AP writers contributed reporting
the desk contributed to this report."""


def _random_lines(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    lines = []
    for _ in range(count):
        pieces = rng.choices(PIECES, k=rng.choice([0, 1, 2, 3, 5, 8, 13, 21, 40, 60]))
        line = "".join(pieces)
        lines.append(line.strip() if rng.random() < 0.8 else line)
    return lines


def _real_lines() -> list[str]:
    from curate.synth import planted_news_corpus

    texts = [doc["text"] for doc, _ in planted_news_corpus(300, 11, 2000)]
    texts += [
        path.read_text(encoding="utf-8") for path in sorted((ROOT / "curate/seeds").glob("*.txt"))
    ]
    texts += [
        path.read_text(encoding="utf-8") for path in sorted((ROOT / "curate/stages").glob("*.py"))
    ]
    shapes = [line for _, group in [*NOISE.values(), *CONTENT.values()] for line in group]
    texts.append("\n".join([*BODY, *shapes]))
    texts.append(CREDITS)
    lines = [line.strip() for text in texts for line in text.split("\n")]
    return [line for line in lines if line]


@pytest.fixture(scope="module")
def lines() -> list[str]:
    out = _random_lines(57, 12000) + _real_lines()
    assert len(out) > 20000
    return out


def test_seven_digits_is_the_pattern(lines: list[str]) -> None:
    got = [notes.seven_digits(line) for line in lines]
    assert got == [notes._SEVEN_DIGITS.match(line) is not None for line in lines]
    assert 500 < sum(got) < len(lines) - 500  # both answers, many times


def test_the_word_bound_is_the_split(lines: list[str]) -> None:
    limit = notes.NOTE_WORDS
    edge = ["a " * (limit - 1) + "a", "a " * limit + "a", "a\u2003" * limit + "a", "a" * 200]
    for line in [*lines, *edge, *(" ".join(["x"] * n) for n in range(35, 46))]:
        assert notes._long(line) == (len(line.split(None, limit)) > limit), line[:80]


def test_the_company_and_lead_gates_are_the_patterns(lines: list[str]) -> None:
    extra = [line + end for line in lines[:3000] for end in (" Inc.", ", Ltd", " Pty Ltd")]
    for line in [*lines, *extra]:
        company, plain = notes._company(line), notes._COMPANY.match(line)
        assert (company and company.group()) == (plain and plain.group())
        lead, plain = notes._issuer_lead(line), notes._ISSUER_LEAD.match(line)
        assert (lead and lead.groupdict()) == (plain and plain.groupdict())
    assert sum(notes._company(line) is not None for line in extra) > 500


def test_the_issuer_lead_opens_with_one_of_its_letters() -> None:
    """The gate's letters are every character the pattern's first one matches, ignoring case."""
    import re
    import sys

    first = re.compile(r"(?i)[nprc]")
    letters = {chr(c) for c in range(sys.maxunicode + 1) if first.match(chr(c))}
    assert letters == set(notes._ISSUER_FIRST)


def test_the_notes_find_what_the_plain_patterns_find(lines: list[str], monkeypatch) -> None:
    """Head, tail, issuer below, lone lead and title: the same findings with the gates
    replaced by the plain patterns."""
    found = BylineExtractor(notes=notes.NOTES)._notes

    def findings() -> list:
        out = []
        for line in lines:
            for item in (
                found.head(line, True, True),
                found.head(line, False, False),
                found.tail(line),
                found.issuer_title(line),
                found.lone_lead(line),
            ):
                out.append(
                    item if isinstance(item, bool) or item is None else (item.kind, item.fields)
                )
        return out

    fast = findings()
    monkeypatch.setattr(notes, "seven_digits", lambda t: notes._SEVEN_DIGITS.match(t) is not None)
    monkeypatch.setattr(
        notes, "_long", lambda t: len(t.split(None, notes.NOTE_WORDS)) > notes.NOTE_WORDS
    )
    monkeypatch.setattr(notes, "_company", notes._COMPANY.match)
    monkeypatch.setattr(notes, "_issuer_lead", notes._ISSUER_LEAD.match)
    monkeypatch.setattr(notes, "_contrib_words", lambda t: True)
    assert findings() == fast
    assert sum(item is not None and item is not False for item in fast) > 300
    assert all(found.tail(line) for line in CREDITS.split("\n")[:-1])  # the last: no capital


def test_the_unicode_stage_shares_one_encoding_a_text(lines: list[str]) -> None:
    """`_holds` and `_safe_everywhere` read the last text's UTF-8 kept by `_ENCODED`: the same
    answers as encoding each text afresh, texts alternating, equal texts of other objects,
    surrogates and odd characters among them."""
    from curate.stages import unicode as uni

    stage = uni.UnicodeRepair()
    special = stage._patterns["special"]
    odd = ["\u00a0", "\u200b", "\ud800", "é", "\x85", "\u2028", "ﬁ", "e\u0301", "\r\n", "a"]
    rng = random.Random(7)
    texts = [*lines[:6000], *("".join(rng.choices(odd, k=rng.randint(0, 9))) for _ in range(6000))]

    def plain(value: str) -> tuple[bool, bool]:
        rest = value.encode("utf-8", "surrogatepass").translate(None, uni._UNTOUCHED)
        holds = bool(rest) and special.search(rest.decode("utf-8", "surrogatepass")) is not None
        uni._ENCODED.last = (None, b"", b"")  # the plain way keeps nothing
        return holds, stage._safe_everywhere(value)

    expected = [plain(text) for text in texts]
    got = []
    for text in texts:
        copy = "".join(list(text))  # an equal string, perhaps another object
        got.append((uni._holds(special, text), stage._safe_everywhere(copy)))
        assert uni._holds(special, copy) == got[-1][0]
    assert got == expected
    assert {answer for pair in got for answer in pair} == {True, False}
