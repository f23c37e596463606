"""Unicode repair: ftfy for mojibake, then spaces, control characters and whitespace.

ftfy is the slow part, so it runs only on lines holding a character one of its fixes could
touch, and of those not on a line its own badness test and tables show it would leave as it is
(`ftfy_gate`); the rest provably come out unchanged (tests pin that against `ftfy.fix_text`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

import ftfy

from curate.document import Document
from curate.resources import rules
from curate.stages.base import FieldRepair, diff_bounds, register
from curate.stages.code_fences import fenced_blocks, inside
from curate.stages.ftfy_gate import FtfyGate

# a continuation byte (0x80-0xBF) as Latin-1 or as Windows-1252 reads it ("\x80" or "€")
_CONTINUATION = "[\x80-\xbf" + re.escape(bytes(range(0x80, 0xA0)).decode("cp1252", "ignore")) + "]"
# a UTF-8 lead byte read as Latin-1 or Windows-1252 ("â", "Ã", "ï") then, within its sequence,
# a continuation byte the character rules would touch: a C1 control (Windows-1252 leaves its
# five unassigned bytes so: "”" is "â€\x9d"), a no-break space or a soft hyphen (the rare
# byte first, its lead looked behind for: the scan stops at few characters)
MOJIBAKE_BYTES = re.compile(
    f"[\x80-\x9f\xa0\xad](?:(?<=[\xc2-\xf4].)|(?<=[\xe0-\xf4]{_CONTINUATION}.)"
    f"|(?<=[\xf0-\xf4]{_CONTINUATION}{{2}}.))"
)


def char_class(items: list[str]) -> str:
    return (
        "["
        + "".join(re.escape(i) if "-" not in i or len(i) == 1 else _range(i) for i in items)
        + "]"
    )


def _unsafe(safe: list[str]) -> re.Pattern[str]:
    """A character outside `safe` (nor a line break), or two non-ASCII characters side by side.

    Written as one character class first, any character but printable ASCII and the line
    break, so that the regex engine skips the ASCII text between them quickly; the branches
    after it say which of the two it is."""
    return re.compile(
        "[^\n\x20-\x7e](?:(?<=[^\n" + char_class(safe)[1:] + ")|(?<=[^\x00-\x7f])[^\x00-\x7f])"
    )


# printable ASCII and the line break: what `_holds` deletes from a text before its search
_UNTOUCHED = b"\n" + bytes(range(0x20, 0x7F))


# each UTF-8 byte as what it is: "a" ASCII, "c" a continuation byte, "L" a lead byte
_UTF8_MARKS = bytes(
    ord("a") if byte < 0x80 else ord("c") if byte < 0xC0 else ord("L") for byte in range(256)
)


class _Encoded:
    """A text's UTF-8 and that less printable ASCII and line breaks, kept for the last text
    asked: `_holds` and `_safe_everywhere` ask of the same text (a document's text, unchanged
    when no rule applied), which was encoded and cut twice. Kept by identity (the text is held,
    so the same object is the same string), in one tuple that a thread swaps whole."""

    __slots__ = ("last",)

    def __init__(self) -> None:
        self.last: tuple[str | None, bytes, bytes] = (None, b"", b"")

    def of(self, value: str) -> tuple[bytes, bytes]:
        text, data, rest = self.last
        if value is not text:
            data = value.encode("utf-8", "surrogatepass")
            rest = data.translate(None, _UNTOUCHED)
            self.last = (value, data, rest)
        return data, rest


_ENCODED = _Encoded()


def _holds(pattern: re.Pattern[str], value: str) -> bool:
    """Whether `value` holds a character of `pattern`, a class of one character holding no
    printable ASCII nor the line break: searched among the text's other characters (its UTF-8
    less those bytes, in C at a few instructions a byte), where the search of the whole text
    tested each character against the class (the unicode stage's test whether any character
    rule applies: about a fifth of its instructions on the bench's documents)."""
    rest = _ENCODED.of(value)[1]
    return bool(rest) and pattern.search(rest.decode("utf-8", "surrogatepass")) is not None


def _touches_printable(pattern: re.Pattern[str]) -> bool:
    """Whether the class `pattern` holds printable ASCII or the line break (a rules file's
    own odd spaces may): then `_holds` cannot be asked."""
    return any(pattern.match(chr(c)) for c in (0x0A, *range(0x20, 0x7F)))


def _range(item: str) -> str:
    low, high = item.split("-")
    return f"{re.escape(low)}-{re.escape(high)}"


@register
@dataclass(frozen=True)
class UnicodeRepair(FieldRepair):
    """ftfy repair, odd spaces to spaces, control characters out, whitespace normalised."""

    name = "unicode"
    ftfy: bool = True
    normalization: Literal["NFC", "NFKC", "NFD", "NFKD"] = "NFC"
    # ftfy's width fix turns CJK full-width punctuation ("，", "（") into ASCII, which is wrong
    # in Chinese and Japanese text; off unless asked for
    fix_character_width: bool = False
    fix_latin_ligatures: bool = True  # "ﬁnal" -> "final"
    rules_file: str | None = None

    @cached_property
    def _patterns(self) -> dict[str, re.Pattern[str]]:
        table = rules("unicode.yaml", self.rules_file)
        breaks = sorted(table["line_breaks"], key=len, reverse=True)
        return {
            # any character one of the four character rules below could touch: one scan
            # tells whether they need to run at all (most text holds none of them)
            "special": re.compile(
                "["
                + "".join(
                    c[1:-1]
                    for c in (
                        char_class(table["odd_spaces"]),
                        char_class(table["zero_width"]),
                        char_class(sorted({b[0] for b in breaks})),
                        "[\x00-\x08\x0e-\x1f\x7f-\x9f]",
                    )
                )
                + "]"
            ),
            "line_break": re.compile("|".join(re.escape(b) for b in breaks)),
            "odd_space": re.compile(char_class(table["odd_spaces"]) + "+"),
            "zero_width": re.compile(char_class(table["zero_width"]) + "+"),
            # C0 and C1 controls but tab and newline (tab is an odd space, handled above)
            "control": re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]+"),
            # a character outside the safe set, or two non-ASCII safe ones side by side ("‘†"
            # can be mojibake of one character; a lone curly quote among ASCII cannot)
            "unsafe": _unsafe(table["ftfy_safe"]),
            # the same in a text already in normal form, where a lone "é" or "€" is safe too
            "unsafe_normalized": _unsafe(table["ftfy_safe"] + (table.get("ftfy_safe_alone") or [])),
            # a character `unsafe_normalized` finds wherever it stands (`_safe_everywhere`)
            "unsafe_alone": re.compile(
                "[^\n" + char_class(table["ftfy_safe"] + (table.get("ftfy_safe_alone") or []))[1:]
            ),
            # in a text out of normal form, any non-ASCII character may be what ftfy's last
            # step rewrites ("…" in NFKC is "..."): every line with one goes to ftfy
            "non_ascii": re.compile("[^\n\x20-\x7e]"),
            "space_run": re.compile(" {2,}"),
            "line_edge_space": re.compile("^ +| +$", re.MULTILINE),
            "blank_lines": re.compile("\n{3,}"),
        }

    @cached_property
    def _special_whole(self) -> bool:
        """Whether the character rules' class is searched in the whole text (`_holds` not)."""
        return _touches_printable(self._patterns["special"])

    @cached_property
    def _ftfy_config(self) -> ftfy.TextFixerConfig:
        # curly quotes are kept (they are correct text); entities are the markup stage's job
        return ftfy.TextFixerConfig(
            uncurl_quotes=False,
            unescape_html=False,
            fix_line_breaks=False,
            normalization=self.normalization,
            fix_character_width=self.fix_character_width,
            fix_latin_ligatures=self.fix_latin_ligatures,
            explain=False,
        )

    @cached_property
    def _ftfy_gate(self) -> FtfyGate:
        return FtfyGate(self._ftfy_config)

    def repair(self, doc: Document, field: str) -> None:
        # ftfy judges mojibake by its neighbours, which the other rules may change: repeat until
        # nothing changes, so cleaning clean text is a no-op (2 rounds at most in practice)
        for _ in range(3):
            if not self._clean_once(doc, field):
                return

    def _clean_once(self, doc: Document, field: str) -> int:
        p = self._patterns
        edits = 0
        value = doc.get(field) or ""
        special = p["special"]
        if special.search(value) if self._special_whole else _holds(special, value):
            if self.ftfy and MOJIBAKE_BYTES.search(doc.get(field)):
                # "donâ\x80\x99t", "DÃ\xadaz": UTF-8 read as Latin-1 leaves its continuation
                # bytes as C1 controls, a no-break space or a soft hyphen that the rules below
                # would delete or space out ("donât"); ftfy sees them first: "don’t", "Díaz"
                edits += self.replace_spans(doc, "ftfy", self._ftfy_spans(doc.get(field)), field)
            # "\r\n" from Windows files, U+2028 from JSON exports
            edits += self.substitute(doc, "line_break", p["line_break"], "\n", field)
            # "North\u00a0Korea" in seed 000 -> "North Korea"
            edits += self.substitute(doc, "odd_space", p["odd_space"], " ", field)
            edits += self.substitute(doc, "zero_width", p["zero_width"], "", field)
            edits += self.substitute(doc, "control", p["control"], "", field)
        if self.ftfy:
            # "donâ€™t" -> "don’t"; runs after the space rules so it sees nearly final text
            edits += self.replace_spans(doc, "ftfy", self._ftfy_spans(doc.get(field)), field)
        # each whitespace rule runs only where a plain `in` (far cheaper) finds its characters
        value = doc.get(field) or ""
        if " \n" in value or "\n " in value or value[:1] == " " or value[-1:] == " ":
            # "missile.\u00a0 " at a line end in seed 003 -> "missile."
            edits += self._spaces(doc, field, p["line_edge_space"], "")
        if "  " in (doc.get(field) or ""):
            edits += self._spaces(doc, field, p["space_run"], " ")
        if "\n\n\n" in (doc.get(field) or ""):
            edits += self.substitute(doc, "whitespace", p["blank_lines"], "\n\n", field)
        value = doc.get(field) or ""
        if value != value.strip():
            edits += self.rewrite(doc, "whitespace", value.strip(), field)
        return edits

    def _spaces(self, doc: Document, field: str, pattern: re.Pattern[str], repl: str) -> int:
        """A whitespace rule everywhere but inside a Markdown code fence (`code_fences`)."""
        value = doc.get(field) or ""
        blocks = fenced_blocks(value)
        if not blocks:
            return self.substitute(doc, "whitespace", pattern, repl, field)
        spans = [
            (m.start(), m.end(), repl)
            for m in pattern.finditer(value)
            if not inside(blocks, m.start())
        ]
        return self.replace_spans(doc, "whitespace", spans, field) if spans else 0

    def _safe_everywhere(self, value: str) -> bool:
        """Whether `unsafe_normalized` matches nowhere in `value`: each character other than
        printable ASCII and the line break is safe alone, and no two non-ASCII characters
        stand side by side (in UTF-8, a continuation byte then a lead byte). Asked of the
        text's UTF-8 in C passes of a few instructions a byte; the regex engine's scan for
        `[^\\n\\x20-\\x7e]` cost about 45 instructions a character (a fifth of the stage)."""
        data, rest = _ENCODED.of(value)
        if not rest:
            return True
        if b"cL" in data.translate(_UTF8_MARKS):
            return False
        return self._patterns["unsafe_alone"].search(rest.decode("utf-8", "surrogatepass")) is None

    def _ftfy_spans(self, value: str) -> list[tuple[int, int, str]]:
        """ftfy on each line holding an unsafe character, found by one scan of the whole text
        (the pattern never matches a line break, so a match is inside one line)."""
        # normal form is decided line by line (a line break never composes with anything), so
        # a text in normal form has every line in it: ftfy's last step leaves each alone
        if unicodedata.is_normalized(self.normalization, value):
            if self._safe_everywhere(value):
                return []  # `unsafe_normalized` matches nowhere in it
            search = self._patterns["unsafe_normalized"].search
        else:
            search = self._patterns["non_ascii"].search
        spans = []
        leaves = self._ftfy_gate.leaves
        match = search(value)
        while match is not None:
            pos = value.rfind("\n", 0, match.start()) + 1
            end = value.find("\n", match.end())
            end = len(value) if end < 0 else end
            line = value[pos:end]
            if not leaves(line):  # a line ftfy provably gives back as it is (ftfy_gate)
                fixed = ftfy.fix_text(line, self._ftfy_config)
                if fixed != line:
                    start, old_end, new_end = diff_bounds(line, fixed)
                    spans.append((pos + start, pos + old_end, fixed[start:new_end]))
            match = search(value, end + 1)
        return spans
