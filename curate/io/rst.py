"""reStructuredText files (`.rst`, `.rest`) read as text documents, their markup taken off.

A Sphinx or Pelican site's sources, a project's docs, a blog kept as reStructuredText are
folders of `.rst` files; they were passed over with advice to rename them `.txt`, and renamed
they kept `=======` under every heading, `.. image::` directives and `` `the plan
<https://...>`_ `` links in the text. Here, as for Markdown (io.markdown): the first section
title, when nothing but fields, comments and targets stands before it, is the title; section
adornments, directives with their options and indented content, comments, link targets and
literal blocks (`::`) go; an admonition (`.. note::`) keeps its text; inline markup becomes
the text it marks (`**bold**`, `` ``code`` ``, `:ref:`Budget <budget>`` -> `Budget`). A
`README.rst` or `CHANGELOG.rst` is a repository's notes and never an input, as a `README.md`.

Every pattern works on one line with bounded quantifiers: linear on any text.
"""

from __future__ import annotations

import re
from pathlib import Path

from curate.document import Document

RST_SUFFIXES = (".rst", ".rest", ".rst.gz")
# a section title's over- or underline: one punctuation mark repeated ("=======", "-------")
ADORNMENT = re.compile(r"^([=\-`:'\"~^_*+#<>.])\1{2,}[ \t]*$")
# `.. note::`, `.. image:: a.png`, `.. _label:`, `.. |sub| image::`, `.. [1] ...`, `.. text`
EXPLICIT = re.compile(r"^\.\.(?:[ \t]+(?P<rest>.*))?$")
DIRECTIVE = re.compile(r"^(?:\|[^|]{1,100}\|[ \t]+)?(?P<name>[\w:+-]{1,60})::(?:[ \t]|$)")
# admonitions: their content is text of the document
ADMONITIONS = frozenset(
    "note warning tip hint important caution attention danger error admonition seealso "
    "epigraph pull-quote highlights sidebar topic rubric".split()
)
FIELD = re.compile(r"^:[^:\n]{1,60}:(?:[ \t].*)?$")  # docinfo `:date: 2024-01-01`, `:alt: x`
ROLE = re.compile(r":[\w:+.-]{1,60}:`([^`\n]{1,2000}?)(?:[ \t]*<[^<>`\n]{1,2000}>)?`")
LINK = re.compile(r"`([^`<\n]{1,2000}?)[ \t]*<[^<>`\n]{1,2000}>`__?")  # `the plan <https://..>`_
REFERENCE = re.compile(r"`([^`\n]{1,2000})`__?")  # `the plan`_
LITERAL = re.compile(r"``([^`\n]{1,2000}?)``")
STRONG = re.compile(r"(?<![\w*])\*\*(?=\S)([^\n]{1,2000}?)(?<=\S)\*\*(?![\w*])")
EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]{1,2000}?)(?<=[^\s*])\*(?![\w*])")
INTERPRETED = re.compile(r"(?<![\w`])`([^`\n]{1,2000}?)`(?![\w`])")


def is_rst(path: Path) -> bool:
    return path.name.lower().endswith(RST_SUFFIXES)


def rst_document(doc: Document) -> Document:
    """`doc` (a `.rst` file read as text) with its first section title as its title (see the
    module) and its text plain."""
    from curate.io.line_ends import lone_cr_as_lf

    lines, title = _plain(lone_cr_as_lf(doc.text).lstrip("\ufeff").split("\n"), True)
    doc.text = "\n".join(lines).strip("\n")
    if title:
        doc.title = doc.input_title = title
    return doc


def rst_unit(doc: Document) -> Document:
    """A line or paragraph of a `.rst` file (`--sample-by`): its markup off, no title taken."""
    from curate.io.line_ends import lone_cr_as_lf

    lines, _ = _plain(lone_cr_as_lf(doc.text).split("\n"), False)
    doc.text = "\n".join(lines).strip("\n")
    return doc


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _plain(lines: list[str], take_title: bool) -> tuple[list[str], str | None]:
    out: list[str] = []
    title: str | None = None
    body_seen = False
    skip_below: int | None = None  # the indent of the block being dropped (a directive's)
    keep_below: int | None = None  # an admonition's content: kept, dedented
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        stripped = line.strip()
        indent = _indent(line)
        if skip_below is not None:
            if not stripped or indent > skip_below:
                i += 1
                continue
            skip_below = None
            if out and out[-1].strip():
                out.append("")  # the dropped block's blank lines kept the paragraphs apart
        if keep_below is not None and stripped and indent <= keep_below:
            keep_below = None
        if keep_below is not None:
            if FIELD.match(stripped) and not (out and out[-1].strip()):
                i += 1  # an admonition's option (`:class: tip`)
                continue
            line, stripped, indent = stripped, stripped, 0
        explicit = EXPLICIT.match(stripped)
        if explicit and not (i + 1 < len(lines) and ADORNMENT.match(lines[i + 1].strip())):
            directive = DIRECTIVE.match(explicit.group("rest") or "")
            name = directive.group("name").lower() if directive else ""
            if name in ADMONITIONS:  # `.. note::` and its text, which stays
                head = explicit.group("rest")[directive.end() :].strip()
                if head and name in ("admonition", "topic", "sidebar", "rubric"):
                    out.append(_inline(head))  # its title
                elif head:
                    out.append(_inline(head))
                keep_below = indent
            else:  # a directive, a comment, a link target, a footnote: with its block
                skip_below = indent
            i += 1
            continue
        if ADORNMENT.match(stripped):  # an overline or underline
            following = lines[i + 1].strip() if i + 1 < len(lines) else ""
            after = lines[i + 2].strip() if i + 2 < len(lines) else ""
            if following and after and ADORNMENT.match(after) and not ADORNMENT.match(following):
                heading, i = following, i + 3  # overline, title, underline
            elif out and out[-1].strip() and not ADORNMENT.match(out[-1].strip()):
                heading, i = out.pop().strip(), i + 1  # the line above was its title
            else:
                i += 1  # a transition (a rule between paragraphs)
                continue
            if take_title and title is None and not body_seen:
                title = _inline(heading)  # the fields under it are still its docinfo
            else:
                out.append(_inline(heading))
                body_seen = True
            continue
        if FIELD.match(stripped) and not body_seen:  # docinfo: `:date:`, `:tags:`
            i += 1
            continue
        if stripped == "::":  # a literal block follows: code, not text
            skip_below = indent  # the block indented below this line
            i += 1
            continue
        if stripped.endswith("::") and not stripped.endswith(":::"):
            line = line[:-1]  # "as follows::" reads "as follows:"; its literal block goes
            skip_below = indent  # the block indented below this line
        if stripped:
            body_seen = body_seen or not (i + 1 < len(lines) and ADORNMENT.match(lines[i + 1]))
        out.append(_inline(line.strip() if indent else line))
        i += 1
    return out, title


def _inline(line: str) -> str:
    line = ROLE.sub(r"\1", line)
    line = LINK.sub(r"\1", line)
    line = LITERAL.sub(r"\1", line)
    line = REFERENCE.sub(r"\1", line)
    line = STRONG.sub(r"\1", line)
    line = EMPHASIS.sub(r"\1", line)
    line = INTERPRETED.sub(r"\1", line)
    return line.rstrip()
