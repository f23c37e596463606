"""A newcomer's text after reading: the unicode and markup stages must not damage what they
were not meant to touch (mojibake that ftfy can fix, a tag named in prose)."""

import pytest

from curate.stages.markup import MarkupStripper
from curate.stages.unicode import UnicodeRepair
from tests.conftest import run_stage

UNICODE = UnicodeRepair()
MARKUP = MarkupStripper()


# UTF-8 read as Latin-1: continuation bytes 0x80-0x9f become C1 controls, 0xa0 a no-break space,
# 0xad a soft hyphen; the control, space and zero-width rules used to delete them before ftfy
@pytest.mark.parametrize(
    "good",
    [
        "“Quote” he said.",
        "The minister said: don’t stop now.",
        "Ángel Díaz scored twice.",
        "Íñigo Martínez and Ýmir",
        "Polska: ąę and Łódź",
        "ō and Ő in names",
        "€5 — “yes”",
        "Ğ and ő, č and š",
    ],
)
def test_latin1_mojibake_is_repaired(good):
    bad = good.encode("utf-8").decode("latin-1")
    assert bad != good
    assert run_stage(UNICODE, bad).text == good


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("North\u00a0Korea", "North Korea"),  # a no-break space after a plain letter
        ("voilà tout", "voilà tout"),
        ("ab\x85cd", "ab\ncd"),  # a lone NEL is a line break
        ("ab\x9dcd", "abcd"),  # a lone C1 control goes
        ("soft\u00adhyphen", "softhyphen"),
        ("Café au lait", "Café au lait"),
    ],
)
def test_look_alikes_unchanged_in_kind(raw, expected):
    assert run_stage(UNICODE, raw).text == expected


@pytest.mark.parametrize(
    "good", ["don’t stop", "Ángel Díaz", "Polska ąę", "“yes” — €5"]
)
def test_repaired_mojibake_is_idempotent(good):
    once = run_stage(UNICODE, good.encode("utf-8").decode("latin-1")).text
    again = run_stage(UNICODE, once)
    assert again.text == once and not again.edits
