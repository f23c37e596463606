"""The unicode stage skips ftfy on a line only where ftfy would leave the line as it is.

In a text already in the stage's normal form, a lone "é" or "€" (no other non-ASCII character
next to it) skips ftfy too (`ftfy_safe_alone` in unicode.yaml). These tests hold that against
`ftfy.fix_text` itself, and the stage's output against the stage sending every line to ftfy.
"""

from __future__ import annotations

import itertools
import unicodedata

import ftfy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.document import Document
from curate.resources import data_file
from curate.stages.base import diff_bounds
from curate.stages.unicode import UnicodeRepair
from tests.conftest import SEED_000, SEED_003

STAGES = [
    UnicodeRepair(),
    UnicodeRepair(normalization="NFKC"),
    UnicodeRepair(fix_character_width=True, fix_latin_ligatures=False),
]


def _chars(ranges: list[str]) -> list[str]:
    found = []
    for item in ranges:
        low, _, high = item.partition("-") if len(item) > 1 else (item, "", item)
        found += [chr(c) for c in range(ord(low), ord(high) + 1)]
    return found


ALONE = _chars(data_file("unicode.yaml")["ftfy_safe_alone"])
SAFE = _chars(data_file("unicode.yaml")["ftfy_safe"])


def skips_ftfy(stage: UnicodeRepair, line: str) -> bool:
    """Whether the stage leaves `line`, as the text of a field, out of ftfy's way."""
    pattern = stage._patterns["unsafe_normalized"]
    if not unicodedata.is_normalized(stage.normalization, line):
        pattern = stage._patterns["non_ascii"]
    return pattern.search(line) is None


def test_the_shapes_ftfy_needs_are_not_alone():
    """The characters that make mojibake on their own, and the ones ftfy rewrites alone."""
    stage = STAGES[0]
    for char in ["Ã", "Â", "Œ", "œ", "Ĳ", "ĳ", "ŉ", "\x85", "ﬁ", "\u3000", "\u0301"]:
        assert not skips_ftfy(stage, f"a {char} b"), char
    assert skips_ftfy(stage, "Zürich, café, €5 and 10 °C")
    assert not skips_ftfy(stage, "Ã© and é")  # two side by side
    assert not skips_ftfy(stage, "cafe\u0301")  # not in normal form


_CONTEXT = ["", " ", "a", "Z", "5", ".", "(", ")", '"', "'", "-", "“", "”", "—", "é"]


@pytest.mark.parametrize("stage", STAGES, ids=["nfc", "nfkc", "width"])
def test_every_lone_character_in_every_context(stage):
    """Each character of `ftfy_safe_alone`, between the neighbours that shape mojibake."""
    config = stage._ftfy_config
    for char in ALONE:
        for left, right in itertools.product(_CONTEXT, repeat=2):
            line = f"{left}{char}{right}"
            if skips_ftfy(stage, line):
                assert ftfy.fix_text(line, config) == line, (stage.normalization, line)


_LINE = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x20, max_codepoint=0x7E),
        st.sampled_from(ALONE),
        st.sampled_from(SAFE[95:]),  # the non-ASCII safe ones: quotes, dashes
        st.sampled_from(["Ã", "Â", "Œ", "œ", "\u0301", "\u0308", "\x9d", "ﬁ", "µ", "½"]),
    ),
    max_size=40,
)


@settings(max_examples=1500, deadline=None)
@given(_LINE)
def test_a_skipped_line_is_one_ftfy_leaves_alone(line):
    for stage in STAGES:
        if skips_ftfy(stage, line):
            assert ftfy.fix_text(line, stage._ftfy_config) == line, (stage.normalization, line)


class _EveryLine(UnicodeRepair):
    """The stage with no line out of ftfy's way: the reference."""

    def _ftfy_spans(self, value: str) -> list[tuple[int, int, str]]:
        spans = []
        pos = 0
        for line in value.split("\n"):
            fixed = ftfy.fix_text(line, self._ftfy_config)
            if fixed != line:
                start, old_end, new_end = diff_bounds(line, fixed)
                spans.append((pos + start, pos + old_end, fixed[start:new_end]))
            pos += len(line) + 1
        return spans


def _outcome(stage: UnicodeRepair, text: str) -> tuple:
    doc = stage.process(Document(id="t", text=text, title=text[:60] or None))
    return doc.text, doc.title, [e.to_dict() for e in doc.edits]


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINE, max_size=5).map("\n".join))
def test_output_as_with_every_line_through_ftfy(text):
    for stage in STAGES:
        reference = _EveryLine(
            normalization=stage.normalization,
            fix_character_width=stage.fix_character_width,
            fix_latin_ligatures=stage.fix_latin_ligatures,
        )
        assert _outcome(stage, text) == _outcome(reference, text)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("Wait… what", "Wait... what"), ("10‰ ․ x", "10‰ . x"), ("“A” — b", "“A” — b")],
)
def test_nfkc_reaches_the_safe_punctuation(raw, expected):
    """An ellipsis is safe from mojibake, not from NFKC: a text out of normal form goes to ftfy."""
    stage = UnicodeRepair(normalization="NFKC")
    assert (
        stage.process(Document(id="t", text=raw)).text
        == expected
        == ftfy.fix_text(raw, stage._ftfy_config)
    )


@pytest.mark.parametrize("seed", [SEED_000, SEED_003])
def test_seeds_as_with_every_line_through_ftfy(seed):
    text = seed.read_text(encoding="utf-8")
    assert _outcome(STAGES[0], text) == _outcome(_EveryLine(), text)


def test_rules_file_without_the_lone_list(tmp_path):
    """A rules file written before `ftfy_safe_alone` loads; its lone "ü" goes to ftfy."""
    from pathlib import Path

    import curate

    shipped = (Path(curate.__file__).parent / "data" / "unicode.yaml").read_text(encoding="utf-8")
    mine = tmp_path / "unicode.yaml"
    mine.write_text(shipped.split("ftfy_safe_alone:")[0], encoding="utf-8")
    stage = UnicodeRepair(rules_file=str(mine))
    assert not skips_ftfy(stage, "Zürich")
    assert skips_ftfy(STAGES[0], "Zürich")
    assert stage.process(Document(id="t", text="Zürich\u00a0Ã©")).text == "Zürich é"
