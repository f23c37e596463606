"""Lines ftfy provably gives back unchanged, told without running it (half its cost a line).

The `unicode` stage sends ftfy every line holding two non-ASCII characters side by side
(possible mojibake): on a page in Russian, Greek or Chinese that is every line, and ftfy
changes almost none of them (19 of 1,627 lines on the bench's 500 web pages). For a line,
`ftfy.fix_text` with the stage's settings runs its steps once and stops when nothing
changed; each step leaves a line alone when:

- the encoding fix: the line is ASCII or ftfy's own badness test finds no mojibake in it
  (`is_bad`, the first test of that step; everything else it does comes after it), asked
  only of a line holding one of the characters its pattern needs (`badness_trigger`);
- C1 controls, surrogates, terminal escapes (ESC), control characters, and, when they are
  on, Latin ligatures and full-width forms: the line holds none of the characters those
  steps map (read from ftfy's own tables);
- normalization: the line is already in that normal form.

`FtfyGate.leaves(line)` checks exactly these, so a line it passes is one `fix_text` would
return as it is. It is off (passes nothing) for settings it does not cover (HTML entities,
quote uncurling, line breaks) and for an ftfy without these tables; the tests hold it to
`ftfy.fix_text` on real and generated lines.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any

from curate.stages.badness_trigger import trigger

C1_CONTROLS = range(0x80, 0xA0)
SURROGATES = range(0xD800, 0xE000)
ESCAPE = 0x1B  # the start of a terminal escape sequence


class FtfyGate:
    """Whether `ftfy.fix_text(line, config)` provably returns `line` as it is."""

    def __init__(self, config: Any) -> None:
        self.config = config
        self.touched: re.Pattern[str] | None = None
        self._is_bad: Any = None
        self._ascii: Any = None
        self._bad_chars: re.Pattern[str] | None = None  # is_bad's trigger (badness_trigger)
        try:
            from ftfy import chardata
            from ftfy.badness import is_bad

            codes = set(chardata.CONTROL_CHARS) | set(C1_CONTROLS) | set(SURROGATES) | {ESCAPE}
            if config.fix_latin_ligatures:
                codes |= set(chardata.LIGATURES)
            if config.fix_character_width:
                codes |= set(chardata.WIDTH_MAP)
            covered = (
                not config.unescape_html and not config.uncurl_quotes and not config.fix_line_breaks
            )
            ascii_test = chardata.possible_encoding
        except (ImportError, AttributeError, TypeError):
            return
        if covered:
            self.touched = re.compile(_char_class(codes))
            self._is_bad, self._ascii = is_bad, ascii_test
            self._bad_chars = _bad_chars()

    def leaves(self, line: str) -> bool:
        """True only when ftfy would give `line` back unchanged (False: ask ftfy)."""
        if self.touched is None or "\n" in line:
            return False
        config = self.config
        if len(line) > config.max_decode_length or self.touched.search(line) is not None:
            return False
        if config.normalization and not unicodedata.is_normalized(config.normalization, line):
            return False
        if not config.fix_encoding or self._ascii(line, "ascii"):
            return True
        # is_bad's long search only where one of the characters it needs is (badness_trigger)
        bad_chars = self._bad_chars
        return (bad_chars is not None and bad_chars.search(line) is None) or not self._is_bad(line)


@cache
def _bad_chars() -> re.Pattern[str] | None:
    """A pattern of the characters every match of ftfy's `is_bad` holds one of, or None."""
    from ftfy import badness

    pattern = getattr(badness, "BADNESS_RE", None)
    codes = trigger(pattern) if isinstance(pattern, re.Pattern) else None
    return re.compile(_char_class(codes)) if codes else None


def _char_class(codes: set[int]) -> str:
    """A regex character class of `codes`, consecutive ones as ranges."""
    ordered = sorted(codes)
    parts = []
    start = 0
    while start < len(ordered):
        end = start
        while end + 1 < len(ordered) and ordered[end + 1] == ordered[end] + 1:
            end += 1
        low, high = re.escape(chr(ordered[start])), re.escape(chr(ordered[end]))
        parts.append(low if start == end else f"{low}-{high}")
        start = end + 1
    return "[" + "".join(parts) + "]"
