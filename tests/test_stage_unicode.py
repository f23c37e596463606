import ftfy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.stages.unicode import UnicodeRepair
from tests.conftest import SEED_000, SEED_003, assert_contract, hostile_text, run_stage

STAGE = UnicodeRepair()


@pytest.mark.parametrize(
    ("raw", "expected", "rules"),
    [
        ("North\u00a0Korea", "North Korea", {"odd_space"}),  # seed 000
        ("prix\u202f:", "prix :", {"odd_space"}),
        ("a\u2003b", "a b", {"odd_space"}),
        ("line one\r\nline two", "line one\nline two", {"line_break"}),
        ("para\u2029next", "para\nnext", {"line_break"}),
        ("Ã©tÃ©", "été", {"ftfy"}),  # UTF-8 read as Latin-1
        ("donâ€™t", "don’t", {"ftfy"}),  # curly quote mojibake, quote kept curly
        ("cafe\u0301", "café", {"ftfy"}),  # NFC
        ("zero\u200bwidth", "zerowidth", {"zero_width"}),
        ("bell\x07 rung", "bell rung", {"ftfy", "control"}),
        ("two  spaces", "two spaces", {"whitespace"}),
        ("airspace.\u00a0 \n\nNext", "airspace.\n\nNext", {"odd_space", "whitespace"}),  # seed 003
        ("a\n\n\n\nb", "a\n\nb", {"whitespace"}),
        ("  padded  ", "padded", {"whitespace"}),
    ],
)
def test_repairs(raw, expected, rules):
    doc = run_stage(STAGE, raw)
    assert doc.text == expected
    assert {e.rule for e in doc.edits} <= rules | {"ftfy", "control"}
    assert {e.rule for e in doc.edits} & rules


@pytest.mark.parametrize(
    "clean",
    [
        "“Curly quotes” and ‘single’ stay — as do dashes – and ellipses…",
        "communiqué, naïve, Zürich, Yoon Suk-yeol",
        "Paragraph one.\nSame paragraph.\n\nParagraph two.",
        "北朝鮮はミサイルを発射した。",
        "emoji 👩‍👩‍👧 keep their zero-width joiner",
    ],
)
def test_clean_text_untouched(clean):
    assert not run_stage(STAGE, clean).edits


def test_seed_000_spaces_and_paragraphs():
    doc = run_stage(STAGE, SEED_000.read_text(encoding="utf-8"))
    assert "\u00a0" not in doc.text
    assert "released by North Korea's Korean Central News Agency" in doc.text
    assert doc.text.count("\n\n") == 11  # 12 paragraphs


def test_seed_003_blank_lines_collapsed():
    doc = run_stage(STAGE, SEED_003.read_text(encoding="utf-8"))
    assert "\n\n\n" not in doc.text
    assert doc.text.startswith("North Korea fires a ballistic missile\n\nNorth Korea fires")


def test_ftfy_is_skipped_only_where_it_cannot_change_anything():
    """A line that skips ftfy must be one ftfy itself leaves alone ("‘†" is not: mojibake)."""
    safe = st.text(
        alphabet=st.one_of(
            st.characters(min_codepoint=0x20, max_codepoint=0x7E),
            st.characters(min_codepoint=0x2010, max_codepoint=0x2027),
            st.characters(min_codepoint=0x2030, max_codepoint=0x205E),
        )
    )

    @settings(max_examples=1000, deadline=None)
    @given(safe)
    def check(line):
        if not STAGE._patterns["unsafe"].search(line):
            assert ftfy.fix_text(line, STAGE._ftfy_config) == line

    check()
    assert STAGE._patterns["unsafe"].search("‘†")
    assert not STAGE._patterns["unsafe"].search("He said “yes” — twice.")


def test_ftfy_switch():
    assert run_stage(UnicodeRepair(ftfy=False), "Ã©tÃ©").text == "Ã©tÃ©"


@settings(max_examples=300, deadline=None)
@given(hostile_text)
def test_contract(text):
    assert_contract(STAGE, text)


def _table_characters() -> list[str]:
    """Every character the unicode.yaml tables and the control rule name, ranges expanded."""
    from curate.resources import rules

    table = rules("unicode.yaml")
    chars = [b[0] for b in table["line_breaks"]]
    for item in table["odd_spaces"] + table["zero_width"]:
        low, _, high = item.partition("-") if len(item) == 3 else (item, "", item)
        chars += [chr(c) for c in range(ord(low), ord(high or low) + 1)]
    controls = [*range(0x00, 0x09), *range(0x0E, 0x20), *range(0x7F, 0xA0)]
    return sorted(set(chars) | {chr(c) for c in controls})


@pytest.mark.parametrize("char", _table_characters(), ids=lambda c: f"U+{ord(c):04X}")
def test_every_table_character_is_handled(char):
    """The one-scan prefilter must let through every character some rule would change."""
    doc = run_stage(STAGE, f"abc{char}def ghi")
    assert doc.text in {"abc def ghi", "abcdef ghi", "abc\ndef ghi"}
    assert doc.edits


def test_cjk_full_width_punctuation_is_kept():
    """Full-width "，" and "（）" are correct in Chinese and Japanese: ftfy's width fix is off."""
    text = "北朝鮮は、日本海に向けて（弾道）ミサイルを発射した。「速報」，韩国军方表示"
    doc = run_stage(STAGE, text)
    assert doc.text == text and not doc.edits
    widened = run_stage(UnicodeRepair(fix_character_width=True), "ＡＢＣ１２３")
    assert widened.text == "ABC123"
