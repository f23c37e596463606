"""Rich Text Format (`.rtf`) read as a text document: a file a document.

Factiva's and Nexis's downloads, a word processor's "Save as RTF", a press office's release
come as `.rtf`; they were passed over with advice to convert them with pandoc. RTF is text
with control words (`\\par`, `\\b`, `\\'e9`) in groups (`{...}`): the text is what stands
outside the destinations no reader sees (font and colour tables, style sheets, pictures,
field codes, headers and footers, `{\\*\\...}` ones); `\\par` ends a paragraph, `\\line` a line;
`\\'hh` is a byte of the file's code page (`\\ansicpg1251`; Windows-1252 if none), `\\uN` a
character (its fallback after it skipped), `\\emdash` and typographic quotes their characters.
The info group's `\\title` is the title. A file that is no RTF (`{\\rtf` first) is quarantined
as `unreadable`.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

RTF_SUFFIXES = (".rtf",)
TOKEN = re.compile(
    r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # a control word and its number: `\fs24`, `\u8212`
    r"|\\'([0-9a-fA-F]{2})"  # a byte of the code page: `\'e9`
    r"|\\([^a-zA-Z'])"  # a control symbol: `\{`, `\~`, `\*`
    r"|([{}])"
    r"|[\r\n]+"
    r"|([^\\{}\r\n]+)",
    re.DOTALL,
)
# destinations whose text is no text of the document's
SKIPPED = frozenset(
    "fonttbl colortbl stylesheet listtable listoverridetable rsidtbl generator info pict "
    "object header headerl headerr headerf footer footerl footerr footerf fldinst "
    "themedata colorschememapping latentstyles datastore xmlnstbl pgdsctbl mmathPr "
    "revtbl filetbl private bkmkstart bkmkend".split()
)
CHARACTERS = {
    "par": "\n\n",
    "sect": "\n\n",
    "page": "\n\n",
    "row": "\n\n",
    "line": "\n",
    "tab": " ",
    "cell": " ",
    "emdash": "\u2014",
    "endash": "\u2013",
    "lquote": "\u2018",
    "rquote": "\u2019",
    "ldblquote": "\u201c",
    "rdblquote": "\u201d",
    "bullet": "\u2022",
}
SYMBOLS = {"~": "\u00a0", "_": "\u2011", "-": "", "\\": "\\", "{": "{", "}": "}"}
SYMBOLS |= {"\n": "\n\n", "\r": "\n\n"}  # `\` ending its line: `\par`
MAX_DEPTH = 500  # groups nested deeper are no document's
CODEPAGE = re.compile(r"\\ansicpg(\d{3,5})")
# the RTF specification's numbers of Apple's code pages (Windows' `x-mac-*` code pages)
MAC_CODEPAGES = {
    "10000": "mac_roman",
    "10006": "mac_greek",
    "10007": "mac_cyrillic",
    "10029": "mac_latin2",
    "10079": "mac_iceland",
    "10081": "mac_turkish",
}
# the character set a header names when no code page: `\ansi`, `\mac`, `\pc` (IBM PC's
# code page 437), `\pca` (code page 850)
CHARSET = re.compile(r"\\(ansi|mac|pca|pc)(?![a-z])")
CHARSETS = {"ansi": "cp1252", "mac": "mac_roman", "pc": "cp437", "pca": "cp850"}


@dataclass
class _Group:
    skip: bool = False
    title: bool = False
    skip_after_unicode: int = 1  # `\ucN`: the fallback characters after `\uN`


def is_rtf(data: bytes) -> bool:
    return data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf")


def rtf_text(data: bytes) -> tuple[str, str | None]:
    """(text, title) of an RTF file's bytes (see the module)."""
    source = data.decode("latin-1")
    encoding = _encoding(source[:4096])
    text: list[str] = []
    title: list[str] = []
    pending = bytearray()  # bytes of the code page, decoded together (a multi-byte character)
    stack: list[_Group] = []
    group = _Group()
    fallback = 0  # characters still to skip after `\uN`
    destination_next = False  # after `\*`: the group is one no reader sees

    def emit(piece: str, to_title: bool) -> None:
        if pending:
            out = title if to_title else text
            out.append(pending.decode(encoding, errors="replace"))
            pending.clear()
        (title if to_title else text).append(piece)

    for match in TOKEN.finditer(source):
        word, number, hex_byte, symbol, brace, run = match.groups()
        if brace == "{":
            if pending:
                emit("", group.title)
            stack.append(group)
            if len(stack) > MAX_DEPTH:
                break
            group = _Group(group.skip, group.title, group.skip_after_unicode)
            continue
        if brace == "}":
            if pending:
                emit("", group.title)
            group = stack.pop() if stack else group
            destination_next = False
            continue
        if word is not None:
            if destination_next or word in SKIPPED:
                group.skip = True
            destination_next = False
            if word == "title" and not group.skip:
                group.title = True
            elif word == "title":  # inside `\info`, skipped but for its title
                group.skip, group.title = False, True
            elif word == "uc" and number:
                group.skip_after_unicode = int(number)
            elif word == "u" and number and not group.skip:
                emit(chr(int(number) % 65536), group.title)
                fallback = group.skip_after_unicode
            elif word == "bin" and number:
                fallback = 0  # binary data of a picture: in a skipped group, as runs
            elif word in CHARACTERS and not group.skip:
                emit(CHARACTERS[word], group.title)
            continue
        if fallback and (hex_byte is not None or run is not None):
            if run is not None and len(run) > fallback:  # `\u8212-- more`: `-` skipped
                run, fallback = run[fallback:], 0
            else:
                fallback -= len(run) if run is not None else 1
                continue
        if symbol is not None:
            if symbol == "*":
                destination_next = True
            elif not group.skip and symbol in SYMBOLS:
                emit(SYMBOLS[symbol], group.title)
        elif group.skip:
            continue
        elif hex_byte is not None:
            pending.append(int(hex_byte, 16))
        elif run is not None:
            emit(run, group.title)
    if pending:
        emit("", group.title)
    return _paragraphs("".join(text)), " ".join("".join(title).split()) or None


def _encoding(header: str) -> str:
    """The code page of the file's `\\'hh` bytes: its `\\ansicpgN`, else its character set
    (`\\mac`, `\\pc`), else Windows-1252. A Mac's RTF (`{\\rtf1\\mac\\ansicpg10000`, classic
    Mac OS and old TextEdit) names Apple's code pages by number, which Python knows by name
    only: "Café" came out "CafŽ" and "crème" "cr\ufffdme" (session 51's newcomer round)."""
    codepage = CODEPAGE.search(header)
    if codepage is not None:
        number = codepage.group(1)
        name = MAC_CODEPAGES.get(number, f"cp{number}")
        try:
            codecs.lookup(name)
        except LookupError:
            return "cp1252"
        return name
    charset = CHARSET.search(header)
    return CHARSETS[charset.group(1)] if charset is not None else "cp1252"


def _paragraphs(text: str) -> str:
    blocks = (block.split("\n") for block in text.split("\n\n"))
    paragraphs = ("\n".join(" ".join(line.split()) for line in b).strip() for b in blocks)
    return "\n\n".join(p for p in paragraphs if p)


def read_rtf(path: Path, base_id: str) -> Any:
    """One document of an `.rtf` file, or why it cannot be read."""
    from curate.document import Document
    from curate.io.compressed import read_bytes
    from curate.io.readers import MAX_DOCUMENT_CHARS, Quarantined

    most = MAX_DOCUMENT_CHARS * 8  # control words and pictures around the text
    try:
        data = read_bytes(path, most + 1)
    except OSError as err:
        return Quarantined(str(path), None, "unreadable", f"could not read the file: {err}")
    if not is_rtf(data):
        why = "not RTF (no '{\\rtf' first): save it as .rtf again, or as .txt"
        return Quarantined(str(path), None, "unreadable", why)
    if len(data) > most:
        why = f"more than {most:,} bytes of RTF: split it, or save it as .txt"
        return Quarantined(str(path), None, "too_large", why)
    text, title = rtf_text(data)
    if not text:
        return Quarantined(str(path), None, "empty", "an RTF file of no text: nothing to read")
    return Document(id=base_id, text=text, title=title, input_title=title, source=str(path))
