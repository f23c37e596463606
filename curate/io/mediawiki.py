"""A MediaWiki XML export (`Special:Export`, a Wikipedia or Wikinews dump) read a page a document.

`enwikinews-20240101-pages-articles.xml.bz2`, a wiki's `Special:Export` as `.xml`: a
`<mediawiki>` root of `<page>`s, each with its `title`, its namespace (`ns`) and its latest
`<revision><text>` in wikitext. Such files were passed over as "XML that is no feed", or read
as ONE document of a compressed file's XML. A page of the main namespace (`ns` 0) is a
document: its `id` the id, its title the title, its wikitext as plain text: templates
(`{{date|...}}`, nested), tables (`{| ... |}`), references (`<ref>...</ref>`), comments,
files, categories and links to other languages' pages go; links become the words they show
(`[[Council|the council]]`), external ones their label; headings, bold and italics, list
marks and HTML tags leave their words. A redirect
and a page of another namespace (a talk page, a template) are skipped by kind. The file is read
streaming, a page at a time: a dump of millions of pages is never held whole.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

SNIFF_BYTES = 4096
ROOT = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?.*?\?>\s*)?<mediawiki\b[^>]{0,2000}mediawiki\.org/xml/export-",
    re.DOTALL,
)
XML_NAMES = (".xml", ".xml.bz2", ".xml.gz", ".xml.xz", ".xml.zst")
NOT_ARTICLE = "wiki page not an article (a talk page, a template)"
REDIRECT = "wiki redirect"
# what goes with all it holds, to its closing mark: comments, references, galleries, formulas
COMMENT = re.compile(r"<!--")
SELF_CLOSED_REF = re.compile(r"<ref\b[^<>/]{0,500}/>", re.IGNORECASE)
PAIRED = re.compile(
    r"<(ref|gallery|math|score|timeline|graph|syntaxhighlight|source)\b[^<>]{0,500}(?<!/)>",
    re.IGNORECASE,
)
TAG = re.compile(r"</?[A-Za-z][\w-]{0,30}(?:\s[^<>]{0,500})?/?>")
HIDDEN_LINK = re.compile(r"(?:file|image|category|media|datei|fichier|bild|kategorie):", re.I)
INTERLANGUAGE = re.compile(r"[a-z]{2,3}(?:-[a-z]{1,8})?:[^:\s]")  # `[[de:Sturm]]`
EXTERNAL = re.compile(r"\[(?:https?:)?//[^\s\[\]]{1,2000}(?:[ \t]+([^\[\]\n]{1,500}))?\]")
EMPHASIS = re.compile(r"'{2,5}")
HEADING = re.compile(r"^(={1,6})[ \t]*(.{1,500}?)[ \t]*\1[ \t]*$", re.MULTILINE)
LIST_MARK = re.compile(r"^[*#:;]+[ \t]*", re.MULTILINE)
MAGIC = re.compile(r"__[A-Z]{2,30}__")


def is_mediawiki(path: Path) -> bool:
    """An `.xml` file (compressed too) whose root is a MediaWiki export's."""
    if not path.name.lower().endswith(XML_NAMES):
        return False
    from curate.io.compressed import first_bytes

    head = first_bytes(path, SNIFF_BYTES, decompressed=True)
    return head is not None and ROOT.match(head) is not None


def plain_wikitext(text: str) -> str:
    """Wikitext's words (see the module)."""
    text = _without_spans(text, COMMENT, lambda _: "-->")
    text = _without_spans(SELF_CLOSED_REF.sub("", text), PAIRED, lambda m: f"</{m.group(1)}")
    text = _without_tables(_without_templates(text))
    text = _links(text)
    text = EXTERNAL.sub(lambda m: m.group(1) or "", text)
    text = HEADING.sub(lambda m: f"\n{m.group(2)}\n", text)
    text = LIST_MARK.sub("", EMPHASIS.sub("", TAG.sub("", MAGIC.sub("", text))))
    lines = (" ".join(line.split()) for line in html.unescape(text).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _without_spans(text: str, opening: re.Pattern[str], closing: Any) -> str:
    """Each span from an `opening` to its closing mark out (`closing(match)`, found without
    regard to case, then to the next `>`); one never closed ends the search, kept as it is.
    One pass: linear on any text."""
    out: list[str] = []
    index = 0
    while (found := opening.search(text, index)) is not None:
        close = re.compile(re.escape(closing(found)), re.IGNORECASE).search(text, found.end())
        if close is None:
            break
        out.append(text[index : found.start()])
        after = text.find(">", close.start())
        index = len(text) if after < 0 else after + 1
    out.append(text[index:])
    return "".join(out)


def _without_templates(text: str) -> str:
    """`{{...}}` out, nested ones too, in one pass."""
    out: list[str] = []
    depth = index = 0
    while index < len(text):
        pair = text[index : index + 2]
        if pair == "{{":
            depth, index = depth + 1, index + 2
        elif pair == "}}" and depth:
            depth, index = depth - 1, index + 2
        else:
            if not depth:
                out.append(text[index])
            index += 1
    return "".join(out)


def _without_tables(text: str) -> str:
    """`{|` to `|}` (at their lines' starts) out, nested ones too."""
    out: list[str] = []
    depth = 0
    for line in text.split("\n"):
        stripped = line.lstrip()
        if stripped.startswith("{|"):
            depth += 1
        elif stripped.startswith("|}") and depth:
            depth -= 1
        elif not depth:
            out.append(line)
    return "\n".join(out)


def _links(text: str) -> str:
    """`[[a|b]]` -> b, `[[a]]` -> a; files and categories out, with their nested links."""
    out: list[str] = []
    index = 0
    while True:
        start = text.find("[[", index)
        if start < 0:
            out.append(text[index:])
            return "".join(out)
        out.append(text[index:start])
        end, depth, cursor = -1, 0, start
        while cursor < len(text) - 1:  # the matching `]]`, nested `[[...]]` counted
            pair = text[cursor : cursor + 2]
            if pair == "[[":
                depth, cursor = depth + 1, cursor + 2
            elif pair == "]]":
                depth, cursor = depth - 1, cursor + 2
                if depth == 0:
                    end = cursor
                    break
            else:
                cursor += 1
        if end < 0:  # never closed: the rest as it is
            out.append(text[start:])
            return "".join(out)
        inner = text[start + 2 : end - 2]
        hidden = HIDDEN_LINK.match(inner) or INTERLANGUAGE.match(inner)
        if not hidden or inner.startswith(":"):
            out.append(inner.rsplit("|", 1)[-1] if "|" in inner else inner.lstrip(":"))
        index = end


def read_mediawiki(path: Path, base_id: str, reader: Any = None) -> Iterator[Any]:
    """The articles of a MediaWiki export, a page at a time (see the module)."""
    import xml.etree.ElementTree as ElementTree
    import zlib

    from curate.io.compressed import open_binary
    from curate.io.readers import Quarantined, _naming

    base_id, settings = _naming(path, base_id, reader)
    where = str(path)
    number = 0
    try:
        with open_binary(path) as handle:
            for _, element in ElementTree.iterparse(handle, events=("end",)):
                if not isinstance(element.tag, str) or not element.tag.endswith("}page"):
                    continue
                number += 1
                yield _page(element, where, number, f"{base_id}-{number}", settings)
                element.clear()
    except ElementTree.ParseError as err:
        line, column = err.position
        why = f"not a readable MediaWiki export: line {line}, column {column}: {err}"
        yield Quarantined(where, line, "malformed_xml", why)
    except (OSError, EOFError, zlib.error) as err:
        yield Quarantined(where, None, "unreadable", f"could not read the file: {err}")


def _page(page: Any, where: str, number: int, default_id: str, settings: Any) -> Any:
    """A page's document, or the kind it is skipped by, or why it has no text."""
    from curate.io.readers import Quarantined, Skipped, from_row

    namespace = page.tag[: -len("page")]  # `{http://www.mediawiki.org/xml/export-0.10/}`
    if (page.findtext(f"{namespace}ns") or "0").strip() != "0":
        return Skipped(NOT_ARTICLE)
    if page.find(f"{namespace}redirect") is not None:
        return Skipped(REDIRECT)
    revisions = page.findall(f"{namespace}revision")
    text = plain_wikitext((revisions[-1].findtext(f"{namespace}text") if revisions else "") or "")
    page_id = (page.findtext(f"{namespace}id") or "").strip() or default_id
    if not text:
        why = "the wiki page has no text (a revision deleted, or templates alone)"
        return Quarantined(where, number, "missing_field", why, id=page_id)
    title = (page.findtext(f"{namespace}title") or "").strip()
    row = {"id": page_id, "title": title, "text": text} if title else {"id": page_id, "text": text}
    return from_row(row, where, number, default_id, settings)
