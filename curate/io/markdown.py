"""Markdown files (`.md`, `.markdown`) read as text documents, their syntax taken off.

A static site's content folder (Hugo, Jekyll, a CMS export, a scraper that saved each article
as Markdown) is a folder of `.md` files; they were passed over with advice to rename them
`.txt`, and renamed they kept `# Council approves budget`, `**Tuesday**` and
`[the plan](https://...)` in the text. Here, as the HTML reader takes the text out of a page:
a front matter's `title:` (YAML `---`, TOML `+++` read by io.toml_front, JSON `---json` or a
`{...}` object opening the file; another name a title goes by when it has none, `headline:`),
else a first `# heading`, is the title; a Quarto or R Markdown code cell goes (io.code_cells);
headings, emphasis, links, images, quotes and rules become the text they mark, and so do
an Obsidian vault's wikilinks (`[[Flood 2024|the flood]]`; `![[photo.png]]` goes). A `README.md`
(a Hub dataset's card) is never an input (`readers.walk_inputs`). An `.mdx` file (Docusaurus,
Next.js: Markdown with JSX) loses its `import` / `export` paragraphs and its lines of one JSX
tag as well; such files were passed over as of an unknown type.

Every pattern works on one line with bounded, non-overlapping quantifiers: linear on any text.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from curate.document import Document
from curate.io.text_siblings import named_title

MDX_SUFFIXES = (".mdx", ".mdx.gz")  # MDX: Markdown with JSX and `import` (Docusaurus, Next.js)
# Quarto's `.qmd` and R Markdown's `.Rmd`: Markdown with a YAML front matter and code chunks
# (`{python}` fences), passed over as skipped files (session 40's second newcomer round)
NOTEBOOK_MARKDOWN = (".qmd", ".rmd", ".qmd.gz", ".rmd.gz")
MARKDOWN_SUFFIXES = (
    ".md",
    ".markdown",
    ".md.gz",
    ".markdown.gz",
    *MDX_SUFFIXES,
    *NOTEBOOK_MARKDOWN,
)
# `---json` (Eleventy) names its language; `---` alone is YAML, `+++` TOML
FRONT_MATTER = re.compile(
    r"\A(?P<fence>---|\+\+\+)(?P<lang>json|yaml|toml)?[ \t]*\r?\n(?P<body>.*?)\r?\n"
    r"(?:---|\+\+\+|\.\.\.)[ \t]*(?:\r?\n|\Z)",
    re.DOTALL,
)
# Hugo's JSON front matter: the file opens with an object, `{` first (`{"title": "..."}`)
JSON_OPENING = re.compile(r"\{[ \t]*(?:\r?\n[ \t]*)?(?:\"|\})")
# MDX's ESM, a paragraph opening with `import` / `export` (`import Chart from './Chart'`), and a
# line that is one JSX tag alone (`<Chart data={[1, 2]} />`, `<Note type="info">`, `</Note>`)
MDX_ESM = re.compile(r"^(?:import|export)[ \t{*]")
MDX_TAG = re.compile(r"^[ \t]*</?[A-Za-z][\w.:-]{0,100}(?:[ \t][^\n<>]{0,2000})?/?>[ \t]*$")
MDX_COMMENT = re.compile(r"^[ \t]*\{/\*.{0,2000}\*/\}[ \t]*$")  # `{/* a comment */}`
# "## Reaction ##"; its line may end in `\r` (Windows: the closing marks were the title's)
HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*\r?$")
RULE = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,}|=+[ \t]*)$")
FENCE = re.compile(r"^ {0,3}(?:`{3,}|~{3,})")
QUOTE = re.compile(r"^ {0,3}(?:>[ \t]?)+")
LINK_DEFINITION = re.compile(r"^ {0,3}\[[^\]\n]{1,200}\]:[ \t]+\S")
IMAGE = re.compile(r"!\[[^\]\n]{0,500}\]\([^()\n]{0,2000}\)")  # "![Flooded road](img/1.jpg)"
# Obsidian's, Foam's and Logseq's wikilinks: "![[photo.png]]" goes, "[[Flood 2024|the flood]]"
# is "the flood", "[[Budget#Vote]]" "Budget"
WIKI_EMBED = re.compile(r"!\[\[[^\[\]\n]{1,500}\]\]")
WIKILINK = re.compile(
    r"\[\[(?:[^\[\]|\n]{1,500}\|([^\[\]|\n]{1,500})|([^\[\]|#\n]{1,500})(?:#[^\[\]|\n]{0,500})?)\]\]"
)
LINK = re.compile(r"\[([^\]\n]{1,500})\](?:\([^()\n]{0,2000}\)|\[[^\]\n]{0,200}\])")
AUTOLINK = re.compile(r"<((?:https?|mailto):[^<>\s]{1,2000})>")
EMPHASIS = (
    re.compile(r"(\*\*|__)(?=\S)([^\n]{1,2000}?)(?<=\S)\1"),  # "**Tuesday**" -> "Tuesday"
    re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]{1,2000}?)(?<=[^\s*])\*(?![\w*])"),
    re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]{1,2000}?)(?<=[^\s_])_(?![\w_])"),
)
CODE = re.compile(r"`([^`\n]{1,2000})`")
# a Hugo shortcode (`{{< figure src="x.jpg" caption="..." >}}`, `{{% notice %}}`) or a Jekyll
# Liquid tag (`{% include ad.html %}`): a template's, never the author's words
SHORTCODE = re.compile(
    r"\{\{[<%][ \t]*/?[\w./-]{1,100}(?:[ \t][^\n]{0,2000}?)?[ \t]*[>%]\}\}"
    r"|\{%-?[ \t]*\w{1,50}(?:[ \t][^\n]{0,2000}?)?[ \t]*-?%\}"
)
ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])")
ESCAPABLE = "\\`*_{}[]()#+-.!>"
# an escaped mark ("\\*not emphasis\\*") is held as a code point of Supplementary Private Use
# Area-B while the other patterns run, then put back as the mark alone
HELD = {mark: chr(0x10FF00 + i) for i, mark in enumerate(ESCAPABLE)}
RELEASED = str.maketrans({code: mark for mark, code in HELD.items()})


def markdown_document(doc: Document, mdx: bool = False) -> Document:
    """`doc` (a `.md` file read as text) with its front matter's title or first heading as
    its title and its text plain; `mdx`: an `.mdx` file's imports, exports and JSX tag lines
    off (the text between a tag's lines stays)."""
    from curate.io.jina_reader import jina_header
    from curate.io.line_ends import lone_cr_as_lf

    text, meta = _front_matter(lone_cr_as_lf(doc.text))  # lines ending in \r (io.line_ends)
    title = None
    if meta is not None:
        from curate.io.front_matter_fields import with_page_fields

        title = _named(meta)
        title = title.strip() if title is not None else None
        with_page_fields(doc, meta)  # its address, date and writers (io.front_matter_fields)
    jina = jina_header(text)  # `Title:`, `URL Source:`, `Markdown Content:` (io.jina_reader)
    if jina is not None:
        text, title, url = jina
        doc.source = url or doc.source
    elif title is None:  # Pelican's and MultiMarkdown's `Title:` lines (io.field_header)
        from curate.io.field_header import with_field_header

        header = with_field_header(Document(doc.id, text, source=doc.source))
        if header.title is not None:
            text, title, doc.source = header.text, header.title, header.source
            doc.labels.update(header.labels)
    lines = _without_jsx(text.split("\n")) if mdx else text.split("\n")
    if "{" in text:  # Quarto's and R Markdown's ```{r} cells (io.code_cells)
        from curate.io.code_cells import without_code_cells

        lines = without_code_cells(lines)
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None and jina is not None and title is not None:
        _drop_setext_title(lines, first, title)  # the page's own heading, the title again
    if title is None:
        heading = HEADING.match(lines[first]) if first is not None else None
        if heading and len(heading.group(1)) == 1:  # "# Council approves budget"
            title = _inline(heading.group(2))
            del lines[first]
            _notion_properties(doc, lines, first)  # `Created: ...` under it (io.notion_properties)
    doc.text = "\n".join(_plain_lines(lines)).strip("\n")
    if title:
        doc.title = doc.input_title = title
    return doc


def _notion_properties(doc: Document, lines: list[str], start: int) -> None:
    """A Notion page's property lines under its title taken out of `lines` into `doc`'s
    metadata (io.notion_properties)."""
    from curate.io.front_matter_fields import with_page_fields
    from curate.io.notion_properties import PROPERTIES, property_fields, property_lines

    found = property_lines(lines, start)
    if found is None:
        return
    properties, end = found
    del lines[start:end]
    with_page_fields(doc, property_fields(properties))
    doc.labels[PROPERTIES] = properties


def _drop_setext_title(lines: list[str], first: int, title: str) -> None:
    """The first line taken off when it is `title` again, as `# title` or underlined."""
    heading = HEADING.match(lines[first])
    words = _inline(heading.group(2)) if heading else lines[first].strip()
    if " ".join(words.split()) != " ".join(title.split()):
        return
    underline = first + 1 < len(lines) and re.fullmatch(r" {0,3}(?:=+|-+)[ \t]*", lines[first + 1])
    del lines[first : first + (2 if underline and not heading else 1)]


def markdown_unit(doc: Document) -> Document:
    """A line or paragraph of a `.md` file (`--sample-by`): its syntax off, no title taken."""
    doc.text = markdown_text(doc.text)
    return doc


def markdown_text(text: str) -> str:
    """Markdown's text with its syntax off (a `.md` unit, a Ghost post's Markdown card)."""
    from curate.io.line_ends import lone_cr_as_lf

    lines = lone_cr_as_lf(text).split("\n")  # a UTF-16 file's lines end in \r (io.line_ends)
    return "\n".join(_plain_lines(lines)).strip("\n")


def is_mdx(path: Path) -> bool:
    return path.name.lower().endswith(MDX_SUFFIXES)


def _without_jsx(lines: list[str]) -> list[str]:
    """An MDX file's lines without its ESM paragraphs (an `import` or `export` to the next
    blank line) and its JSX tags and comments, of one line or several; fenced code is left as
    it is."""
    from curate.io.jsx_lines import jsx_end

    out: list[str] = []
    esm = fenced = False
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if FENCE.match(line):
            fenced = not fenced
        if fenced:
            out.append(line)
            continue
        esm = bool(line.strip()) and (esm or MDX_ESM.match(line) is not None)
        end = None if esm else jsx_end(lines, index - 1)  # `<Chart` to `/>` (io.jsx_lines)
        if end is not None:
            index = end
        elif not esm and not MDX_TAG.match(line) and not MDX_COMMENT.match(line):
            out.append(line)
    return out


def _json_front_matter(text: str) -> tuple[str, dict | None] | None:
    """(the text after, the object) for a file opening with a JSON object on lines of its own
    (Hugo's front matter), else None."""
    import json

    if not JSON_OPENING.match(text):
        return None
    try:
        meta, end = json.JSONDecoder().raw_decode(text)
    except ValueError:
        return None
    rest = text[end:]
    after = rest.lstrip(" \t")
    if not isinstance(meta, dict) or not (after.startswith("\n") or not after.strip()):
        return None  # `{braces} opening a sentence`, or more on the object's last line
    return after.lstrip("\r\n"), meta


def _front_matter(text: str) -> tuple[str, dict | None]:
    """The text after a front matter, and its fields (None without one)."""
    match = FRONT_MATTER.match(text.lstrip("\ufeff"))
    if not match:
        found = _json_front_matter(text.lstrip("\ufeff"))
        return found if found is not None else (text, None)
    rest = text.lstrip("\ufeff")[match.end() :]
    if match.group("fence") == "+++" or match.group("lang") == "toml":
        from curate.io.toml_front import toml_strings

        return rest, toml_strings(match.group("body"))  # `headline = "..."` too
    try:
        if match.group("lang") == "json":  # JSON indented with tabs is no YAML
            import json

            meta = json.loads(match.group("body"))
        else:
            meta = yaml.safe_load(match.group("body"))
    except (yaml.YAMLError, ValueError):
        if match.group("lang") == "json":
            return text, None
        from curate.io.yaml_lines import yaml_lines  # `title: Budget: what changes`

        meta = yaml_lines(match.group("body"))
        return (rest, meta) if meta is not None else (text, None)
    if not isinstance(meta, dict):
        return text, None
    return rest, meta


def _named(meta: dict) -> str | None:
    """`title:`, else `headline:` (io.text_siblings), else a `name:` that names the page
    (io.page_names)."""
    from curate.io.page_names import page_name
    from curate.io.title_lists import listed_title

    if isinstance(meta.get("title"), list):  # `title: [Main, Subtitle]` (io.title_lists)
        meta = {**meta, "title": listed_title(meta["title"])}
    title = named_title(meta)
    return title if title is not None else page_name(meta)


def _plain_lines(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if FENCE.match(line) or RULE.match(line) or LINK_DEFINITION.match(line):
            continue  # "```", "---", "===" under a heading, "[1]: https://..."
        heading = HEADING.match(line)
        if heading:
            line = heading.group(2)
        plain = _inline(QUOTE.sub("", line))
        if plain or not line.strip():  # a line that was an image alone goes with it
            out.append(plain)
    return out


def _inline(line: str) -> str:
    line = ESCAPE.sub(lambda m: HELD[m.group(1)], line)
    line = SHORTCODE.sub("", line)
    line = WIKI_EMBED.sub("", line)
    line = WIKILINK.sub(lambda m: m.group(1) or m.group(2), line)
    line = IMAGE.sub("", line)
    line = LINK.sub(r"\1", line)  # "[the plan](https://city.gov/plan)" -> "the plan"
    line = AUTOLINK.sub(r"\1", line)
    for pattern in EMPHASIS:
        line = pattern.sub(lambda m: m.group(m.lastindex), line)
    line = CODE.sub(r"\1", line)
    return line.translate(RELEASED).rstrip()


def is_markdown(path: Path) -> bool:
    return path.name.lower().endswith(MARKDOWN_SUFFIXES)
