"""`FtfyGate` passes a line only when `ftfy.fix_text` gives it back unchanged, and the unicode
stage's output is the same as when every line went to ftfy (curate.stages.ftfy_gate)."""

from __future__ import annotations

import itertools
import re

import ftfy
import pytest
from ftfy.badness import BADNESS_RE, is_bad
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.document import Document
from curate.stages import unicode as unicode_stage
from curate.stages.badness_trigger import trigger
from curate.stages.ftfy_gate import FtfyGate, _bad_chars
from curate.stages.unicode import UnicodeRepair
from tests.conftest import SEED_000, SEED_003, hostile_text

STAGES = [
    UnicodeRepair(),
    UnicodeRepair(normalization="NFKC"),
    UnicodeRepair(fix_character_width=True, fix_latin_ligatures=False),
    UnicodeRepair(normalization="NFD"),
]
# clean lines of non-Latin and accented text: every one reached ftfy before the gate
CLEAN = [
    "Президент России заявил, что переговоры продолжатся на следующей неделе.",
    "Η κυβέρνηση ανακοίνωσε νέα μέτρα για την ενέργεια — «άμεσα», είπε.",
    "北京时间周三，央行宣布下调存款准备金率。",
    "Le café « Chez Zoé » rouvre après l’été : crêpes, cidre et œufs.",
    "São Paulo – a prefeitura anunciou às 10h o plano “Verão Seguro”.",
    "東京都は２０２４年の予算案を発表した。",  # full-width digits: the width fix would take them
]
# lines ftfy changes: the gate must send each of them to ftfy
CHANGED = [
    "donâ€™t stop",  # UTF-8 read as windows-1252
    "Ã©tÃ© Ã  Paris",
    "the ﬁnal ﬂight",  # Latin ligatures
    "a\x85b and c",  # C1 control
    "bell\x07 rung",  # control character
    "\x1b[31mred\x1b[0m text",  # terminal escape
    "cafe\u0301 au lait",  # not NFC
    "ＬＯＵＤ　ＮＯＩＳＥＳ",  # full width (when the width fix is on)
    "\ud83d\udca9 pile",  # surrogate pair
    "Ð\x9fÑ\x80ÐµÐ·Ð¸Ð´ÐµÐ½Ñ\x82",  # Cyrillic as Latin-1
]


def _lines() -> list[str]:
    text = SEED_000.read_text(encoding="utf-8") + "\n" + SEED_003.read_text(encoding="utf-8")
    return [line for line in text.split("\n") if line] + CLEAN + CHANGED


@pytest.mark.parametrize(
    "stage", STAGES, ids=lambda s: f"{s.normalization}-{s.fix_character_width}"
)
def test_a_line_the_gate_passes_is_one_ftfy_leaves(stage: UnicodeRepair) -> None:
    gate = FtfyGate(stage._ftfy_config)
    passed = 0
    for line in _lines():
        if gate.leaves(line):
            passed += 1
            assert ftfy.fix_text(line, stage._ftfy_config) == line, line
    assert passed  # the gate is on for the stage's settings


@pytest.mark.parametrize("line", CHANGED)
def test_lines_ftfy_changes_go_to_ftfy(line: str) -> None:
    config = UnicodeRepair(fix_character_width=True)._ftfy_config
    assert ftfy.fix_text(line, config) != line
    assert not FtfyGate(config).leaves(line)


def test_clean_lines_pass_under_the_stage_settings() -> None:
    gate = FtfyGate(UnicodeRepair()._ftfy_config)
    assert [line for line in CLEAN if not gate.leaves(line)] == []


def test_settings_it_does_not_cover_turn_it_off() -> None:
    base = UnicodeRepair()._ftfy_config
    for change in ({"unescape_html": "auto"}, {"uncurl_quotes": True}, {"fix_line_breaks": True}):
        assert not FtfyGate(base._replace(**change)).leaves("Президент России")
    assert not FtfyGate(base).leaves("two\nlines")
    assert not FtfyGate(base._replace(max_decode_length=10)).leaves("Президент России")


@settings(max_examples=400, deadline=None)
@given(
    st.text(
        alphabet=st.one_of(
            st.characters(min_codepoint=0x20, max_codepoint=0x24F),  # ASCII, Latin-1, Latin ext.
            st.characters(min_codepoint=0x370, max_codepoint=0x4FF),  # Greek, Cyrillic
            st.sampled_from(list("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ  ﬁﬂ\u0301\u3000Ａ")),
        ),
        max_size=60,
    )
)
def test_property_gate_implies_unchanged(line: str) -> None:
    for stage in STAGES:
        if FtfyGate(stage._ftfy_config).leaves(line):
            assert ftfy.fix_text(line, stage._ftfy_config) == line


@settings(max_examples=200, deadline=None)
@given(hostile_text)
def test_property_hostile_text_gate_implies_unchanged(text: str) -> None:
    config = STAGES[0]._ftfy_config
    for line in text.split("\n"):
        if FtfyGate(config).leaves(line):
            assert ftfy.fix_text(line, config) == line


class _NoGate(FtfyGate):
    def leaves(self, line: str) -> bool:
        return False


@pytest.mark.parametrize("stage", STAGES[:3], ids=lambda s: s.normalization)
def test_stage_output_same_as_every_line_to_ftfy(stage: UnicodeRepair, monkeypatch) -> None:
    texts = ["\n".join(_lines()), "\n\n".join(CLEAN + CHANGED), "Le café\nдва слова\nÃ© x"]
    gated = [stage.process(Document(id=str(n), text=t)) for n, t in enumerate(texts)]
    whole = UnicodeRepair(**{f: getattr(stage, f) for f in stage.__dataclass_fields__})
    monkeypatch.setattr(unicode_stage, "FtfyGate", _NoGate)
    plain = [whole.process(Document(id=str(n), text=t)) for n, t in enumerate(texts)]
    assert [d.text for d in gated] == [d.text for d in plain]
    assert [[e.to_dict() for e in d.edits] for d in gated] == [
        [e.to_dict() for e in d.edits] for d in plain
    ]


def test_clean_foreign_lines_never_reach_ftfy(monkeypatch) -> None:
    calls = []
    real = ftfy.fix_text

    def counted(line, config=None):
        calls.append(line)
        return real(line, config)

    monkeypatch.setattr(unicode_stage.ftfy, "fix_text", counted)
    doc = UnicodeRepair().process(Document(id="ru", text="\n\n".join(CLEAN[:5] + CHANGED[:2])))
    assert calls == CHANGED[:2]
    assert "don’t" in doc.text


# is_bad's trigger (curate.stages.badness_trigger): the long search only where it can match ----
def test_clean_foreign_lines_skip_the_badness_search(monkeypatch) -> None:
    gate = FtfyGate(UnicodeRepair()._ftfy_config)
    asked = []
    real = gate._is_bad
    monkeypatch.setattr(gate, "_is_bad", lambda line: asked.append(line) or real(line))
    greek = "Η κυβέρνηση ανακοίνωσε νέα μέτρα για την ενέργεια."
    assert all(gate.leaves(line) for line in (CLEAN[0], greek, CLEAN[2]))  # ru, el, zh
    assert asked == []
    assert gate.leaves(CLEAN[1])  # guillemets: some mojibake needs them, the search decides
    assert asked == [CLEAN[1]]
    asked.clear()
    assert not gate.leaves("Ã©tÃ© Ã  Paris")  # mojibake: searched, and found
    assert asked == ["Ã©tÃ© Ã  Paris"]


def test_the_trigger_reads_a_fixed_character_of_each_branch() -> None:
    assert trigger(re.compile("вЂ|[ab]c")) == {ord("Ђ"), ord("c")}  # the rarer of each
    assert trigger(re.compile("x+y?")) == {ord("x")}
    assert trigger(re.compile(r"\w+|x")) is None  # a branch that needs no fixed character
    assert trigger(re.compile("(?:ab|cd)e?")) is None
    assert trigger(re.compile("abc", re.IGNORECASE)) is None


# the characters of ftfy's badness pattern, side by side in every order: many lines it finds bad
BADNESS_CHARS = sorted({c for c in BADNESS_RE.pattern if ord(c) > 0x7F}) + list("aZ .,!\t")


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=st.sampled_from(BADNESS_CHARS), max_size=12))
def test_property_a_line_without_the_trigger_is_never_bad(line: str) -> None:
    if _bad_chars().search(line) is None:
        assert not is_bad(line)


def test_every_bad_line_holds_the_trigger() -> None:
    lines = ["".join(pair) for pair in itertools.product(BADNESS_CHARS, repeat=2)]
    bad = [line for line in lines if is_bad(line)]
    assert len(bad) > 1000
    assert all(_bad_chars().search(line) for line in bad)
