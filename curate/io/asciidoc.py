"""AsciiDoc files (`.adoc`, `.asciidoc`) read as text documents, their markup taken off.

A site built with Antora or Asciidoctor, a newsroom's style guide or a book written in AsciiDoc
is a folder of `.adoc` files; they were passed over as of no known kind. As for Markdown
(io.markdown) and reStructuredText (io.rst): the document title (`= Council approves budget`)
is the title, and the lines under it (author, revision) go; attribute entries
(`:author: Jane`), block attributes (`[source,python]`), block titles (`.Figure 1`), comments
(`//`, `////` blocks), includes and block images go, and so do listing and literal blocks
(`----`, `....`: code); section titles (`== Reaction`), quote, example, sidebar and open
blocks keep their text without their delimiters; admonitions (`NOTE: ...`), list items and
table cells their words; inline markup becomes the text it marks
(`link:https://...[the plan]`, `<<budget,the budget>>`, `*bold*`, `` `code` ``). A
`README.adoc` is a repository's notes and never an input, as a `README.md`.

Every pattern works on one line with bounded quantifiers: linear on any text.
"""

from __future__ import annotations

import re

ASCIIDOC_SUFFIXES = (".adoc", ".asciidoc", ".asciidoc.gz", ".adoc.gz")
DOCUMENT_TITLE = re.compile(r"^=[ \t]+(\S.{0,2000})$")
SECTION = re.compile(r"^={2,6}[ \t]+(\S.{0,2000}?)(?:[ \t]+=+)?$")  # `== Reaction`
ATTRIBUTE_ENTRY = re.compile(r"^:!?[\w-]{1,100}!?:(?:[ \t].{0,2000})?$")
BLOCK_ATTRIBUTES = re.compile(r"^\[[^\[\]]{0,500}\]$")  # `[source,python]`, `[quote, Jane]`
BLOCK_TITLE = re.compile(r"^\.[^.\s].{0,500}$")  # `.Figure 1`
# a comment, an include, a block image or video, a list continuation (`+`)
DROPPED_LINE = re.compile(
    r"^(?://(?!/).{0,2000}|//|(?:include|image|video|audio|toc)::.{0,2000}|\+)$"
)
# delimited blocks: code and comments go with their content; the others keep it
DROPPED_BLOCKS = re.compile(r"^(?:-{4,}|\.{4,}|/{4,}|\+{4,}|```.{0,100})$")
KEPT_BLOCKS = re.compile(r"^(?:={4,}|\*{4,}|_{4,}|--|\|={3,}|\|===)$")
ADMONITION = re.compile(r"^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):[ \t]+")
LIST_ITEM = re.compile(r"^(?:[*\-.]{1,5}|\d{1,9}\.)[ \t]+(?:\[[ xX*]\][ \t]+)?")
LINK = re.compile(r"(?:link:|(?=https?://))[^\s\[\]]{1,2000}\[([^\[\]\n]{0,500})\]")
CROSS_REFERENCE = re.compile(r"<<[^<>,\n]{1,200},[ \t]*([^<>\n]{1,500})>>|<<([^<>,\n]{1,200})>>")
INLINE_MACRO = re.compile(
    r"\b(?:image|footnote|kbd|btn|menu|pass|indexterm2?):[^\s\[\]]{0,500}\[[^\[\]\n]{0,500}\]"
)
ANCHOR = re.compile(r"\[\[[^\[\]\n]{1,200}\]\]|\[#[^\[\]\n]{1,200}\]")
FORMATTING = (
    re.compile(r"\*\*([^*\n]{1,2000}?)\*\*|__([^_\n]{1,2000}?)__|``([^`\n]{1,2000}?)``"),
    re.compile(r"(?<![\w*])\*(?=\S)([^*\n]{1,2000}?)(?<=\S)\*(?![\w*])"),
    re.compile(r"(?<![\w_])_(?=\S)([^_\n]{1,2000}?)(?<=\S)_(?![\w_])"),
    re.compile(r"(?<![\w`])`(?=\S)([^`\n]{1,2000}?)(?<=\S)`(?![\w`])"),
    re.compile(r"(?<![\w#])#(?=\S)([^#\n]{1,2000}?)(?<=\S)#(?![\w#])"),  # highlight
)


def asciidoc_text(text: str) -> tuple[str, str | None]:
    """(text, title) of an AsciiDoc file's text (see the module)."""
    from curate.io.line_ends import lone_cr_as_lf

    lines = lone_cr_as_lf(text).lstrip("\ufeff").split("\n")
    out: list[str] = []
    title: str | None = None
    dropping: str | None = None  # the delimiter of the block being dropped
    header = False  # the lines under the title to a blank one: author, revision, attributes
    for raw in lines:
        line = raw.rstrip()
        header = header and bool(line)
        if header:
            continue
        if dropping is not None:
            dropping = None if line == dropping else dropping
            continue
        if DROPPED_BLOCKS.match(line):
            dropping = "```" if line.startswith("```") else line
            continue
        document_title = DOCUMENT_TITLE.match(line)
        if document_title and title is None and not any(o.strip() for o in out):
            title, header = _inline(document_title.group(1)), True
            continue
        if (
            KEPT_BLOCKS.match(line)
            or DROPPED_LINE.match(line)
            or ATTRIBUTE_ENTRY.match(line)
            or BLOCK_ATTRIBUTES.match(line)
            or BLOCK_TITLE.match(line)
        ):
            continue
        section = SECTION.match(line)
        if section:
            line = section.group(1)
        line = ADMONITION.sub("", line)
        line = LIST_ITEM.sub("", line.lstrip()) if LIST_ITEM.match(line.lstrip()) else line
        if line.startswith("|"):  # a table's row: its cells' words
            line = " ".join(cell.strip() for cell in line.split("|") if cell.strip())
        out.append(_inline(line))
    return _paragraphs(out), title


def _inline(line: str) -> str:
    line = INLINE_MACRO.sub("", line)
    line = LINK.sub(lambda m: m.group(1) or "", line)
    line = CROSS_REFERENCE.sub(lambda m: m.group(1) or m.group(2), line)
    line = ANCHOR.sub("", line)
    for pattern in FORMATTING:
        line = pattern.sub(lambda m: next(g for g in m.groups() if g is not None), line)
    return line.strip()


def _paragraphs(lines: list[str]) -> str:
    """Lines as paragraphs: a run of blank lines one."""
    text = "\n".join(lines).strip("\n")
    return re.sub(r"\n{3,}", "\n\n", text)
