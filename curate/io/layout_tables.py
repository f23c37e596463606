"""A newsletter's layout tables opened into blocks before its HTML is read.

Mailchimp, Substack and most newsletter tools lay an e-mail out in nested tables (`<table
role="presentation">`, a `<td>` holding the headline and paragraphs) because mail clients
ignore CSS layout. The HTML reader read such a table as a table: the whole issue became one
line of cells, `| Ferry timetable approved The harbour authority ... |`, its headline glued to
the first paragraph, its footer a row of cells. A table used for layout (`role="presentation"`,
a table in a cell, cells holding headings or paragraphs, or a table of no `<th>` inside a layout
table: the footer's) has its rows and cells made blocks (`div`); a table of data (header cells,
or cells of words alone not inside a layout table) stays one.
"""

from __future__ import annotations

BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "table"})
PARTS = frozenset({"table", "thead", "tbody", "tfoot", "tr", "td", "th"})


def _is_layout(table, layout: list) -> bool:
    """`role="presentation"`; else no header cells (`<th>`: a table of data) and either
    headings or paragraphs in its cells or a layout table around it (a footer's cells)."""
    if (table.get("role") or "").lower() == "presentation":
        return True
    inside = [element for element in table.iterdescendants() if isinstance(element.tag, str)]
    if any(element.tag == "th" for element in inside):
        return False
    if any(element.tag in BLOCKS for element in inside):
        return True
    return any(parent in layout for parent in table.iterancestors("table"))


def opened_layout_tables(html: str) -> str:
    """`html` with its layout tables' parts as `div`s; the same text when it has none."""
    if "<table" not in html.lower():
        return html
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return html
    layout: list = []
    for table in root.iter("table"):  # in the document's order: the tables around first
        if _is_layout(table, layout):
            layout.append(table)
    if not layout:
        return html
    parts = [  # told before any is renamed: a nested data table's rows stay its own
        element
        for table in layout
        for element in [table, *table.iterdescendants()]
        if element.tag in PARTS and _owned_by(element, table)
    ]
    for element in parts:
        element.tag = "div"
    return lxml.html.tostring(root, encoding="unicode")


def _owned_by(element, table) -> bool:
    """A part of `table` itself, not of a data table nested in one of its cells."""
    if element is table or element.tag == "table":
        return element is table
    for parent in element.iterancestors():
        if parent is table:
            return True
        if parent.tag == "table":
            return False
    return False
