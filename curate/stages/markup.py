"""Stray HTML in plain text: entities decoded, tags removed, look-alikes (`x < y`, `<3`) kept."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import cached_property

from curate.document import Document
from curate.resources import rules
from curate.stages.base import FieldRepair, register
from curate.stages.unicode import UnicodeRepair

# Every quantifier is bounded and no two overlap, so matching is linear on hostile input
# (a megabyte of "<" or of "< p>").
ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
TAG = re.compile(r"<[ \t]{0,3}(/?)[ \t]{0,3}([A-Za-z][A-Za-z0-9]{0,15})([ \t/][^<>\n]{0,2000})?>")
ATTRIBUTE = re.compile(r"[A-Za-z_:][-\w:.]{0,40}\s{0,3}=")


@register
@dataclass(frozen=True)
class MarkupStripper(FieldRepair):
    """Remove HTML left in plain text by scrapers: `< p>`, `</p >`, `<br/>`, `&amp;`, `&#8217;`."""

    name = "markup"
    rules_file: str | None = None

    @cached_property
    def _tags(self) -> tuple[frozenset[str], frozenset[str], re.Pattern[str] | None]:
        table = rules("markup.yaml", self.rules_file)
        block = frozenset(t.lower() for t in table["block_tags"])
        known = block | frozenset(t.lower() for t in table["inline_tags"])
        known |= frozenset(t.lower() for t in table.get("cell_tags", []))
        drop = [re.escape(t) for t in table.get("drop_content", [])]
        content = None
        if drop:
            names = "|".join(drop)
            content = re.compile(
                rf"<({names})\b[^<>\n]{{0,2000}}>[^<]{{0,100000}}</\1\s{{0,3}}>", re.IGNORECASE
            )
        return block, known, content

    def repair(self, doc: Document, field: str) -> None:
        before = doc.get(field)
        self._strip(doc, field)
        if doc.get(field) != before and _tidy(before):
            # a decoded "&shy;", "&#8203;" or "&#13;" and the breaks of "<div><p>" leave what
            # the unicode stage, which ran before, repairs: a text it left tidy stays tidy, so
            # cleaning the output again changes nothing (a text no unicode stage saw is left)
            _TIDY.repair(doc, field)

    def _strip(self, doc: Document, field: str) -> None:
        block, known, content = self._tags
        # "&amp;" -> "&", "&#8217;" -> "’"; twice-escaped "&amp;lt;" needs a second round
        # (an entity, a script, a comment and a tag each need their first character: a plain
        # `in` finds it cheaper than each pattern's scan of a text that has none)
        for _ in range(3):
            if "&" not in doc.get(field) or not self.substitute(
                doc, "entity", ENTITY, _unescape, field
            ):
                break
        if "<" in doc.get(field):
            self._strip_tags(doc, field, block, known, content)
        value = doc.get(field)
        if value != value.strip():
            self.rewrite(doc, "tag", value.strip(), field)
        # a tag between two spaces leaves two; "word <br/> word" -> "word word"
        if "  " in doc.get(field):  # a plain `in` is far cheaper than the look-behind scan
            self.substitute(doc, "tag", DOUBLE_SPACE, " ", field)

    def _strip_tags(
        self,
        doc: Document,
        field: str,
        block: frozenset[str],
        known: frozenset[str],
        content: re.Pattern[str] | None,
    ) -> None:
        """Scripts, comments and tags out of a field that has a "<"."""
        if content is not None:
            # "<script>var x = 1;</script>" pasted into an article body
            self.substitute(doc, "script", content, "", field)
        self.replace_spans(doc, "comment", _comments(doc.get(field)), field)

        def replace_tag(match: re.Match[str]) -> str:
            # "< p>During a giant military parade" in seed 003 -> "During a giant ..."
            name = match.group(2).lower()
            attributes = (match.group(3) or "").strip().rstrip("/").strip()
            if name not in known or (attributes and not ATTRIBUTE.search(attributes)):
                return match.group(0)  # "a < b and c >", "<3", "<Ctrl>"
            text = match.string
            left = text[match.start() - 1] if match.start() else "\n"
            right = text[match.end()] if match.end() < len(text) else "\n"
            if name in block and name != "br" and _lone_break(text, match.start(), match.end()):
                # "</p>\n<p>": a paragraph's edge beside the line break a CMS writes between
                # its paragraphs is still a paragraph break ("A\n\nB", as "</p><p>" gives),
                # not a line break; the unicode stage's rules fold the run (`_TIDY`)
                return "\n"
            if left in " \n" or right in " \n":
                return ""
            # "<td>North United</td><td>2</td>": a cell's edge parts two words ("United 2")
            return "\n" if name in block else " " if name in CELLS else ""

        self.substitute(doc, "tag", TAG, replace_tag, field)


CELLS = frozenset(("td", "th"))


def _lone_break(text: str, start: int, end: int) -> bool:
    """Whether the tag at `text[start:end]` stands beside one line break that is no blank line
    (a blank line already parts the paragraphs)."""
    before, after = text[max(0, start - 2) : start], text[end : end + 2]
    return (before[-1:] == "\n" and before != "\n\n") or (after[:1] == "\n" and after != "\n\n")


DOUBLE_SPACE = re.compile(r"(?<=\S) {2,}(?=\S)")


def _comments(value: str, limit: int = 100_000) -> list[tuple[int, int, str]]:
    """`<!-- ... -->` spans, found with str.find: linear even on a megabyte of "<!--"."""
    spans = []
    pos = 0
    while True:
        start = value.find("<!--", pos)
        if start < 0:
            return spans
        end = value.find("-->", start + 4)
        if end < 0:
            return spans  # no comment closes after this point: none can follow
        if end - start <= limit:
            spans.append((start, end + 3, ""))
        pos = end + 3


def _unescape(match: re.Match[str]) -> str:
    decoded = html.unescape(match.group(0))
    if decoded == match.group(0):
        return decoded  # unknown name: leave it
    # an escaped no-break space is still a space; "<" and ">" stay escaped-as-text
    return " " if decoded == "\xa0" else decoded


@dataclass(frozen=True)
class _Tidy(UnicodeRepair):
    """The unicode stage's character and whitespace rules (ftfy aside: an entity's character is
    no mojibake), its edits the markup stage's."""

    name = "markup"
    ftfy: bool = False


_TIDY = _Tidy()


def _tidy(value: str) -> bool:
    """Whether the unicode stage's rules leave `value` as it is."""
    probe = Document(id="", text=value)
    _TIDY.repair(probe, "text")
    return probe.text == value
