"""A newsletter's layout tables opened into blocks before its HTML is read.

Mailchimp, Substack and most newsletter tools lay an e-mail out in nested tables (`<table
role="presentation">`, a `<td>` holding the headline and paragraphs) because mail clients
ignore CSS layout. The HTML reader read such a table as a table: the whole issue became one
line of cells, `| Ferry timetable approved The harbour authority ... |`, its headline glued to
the first paragraph. A table used for layout (`role="presentation"`, a table inside it, or a
cell holding headings or paragraphs) has its rows and cells made blocks (`div`); a table of
data, whose cells hold words alone, stays one.
"""

from __future__ import annotations

BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "table"})
PARTS = frozenset({"table", "thead", "tbody", "tfoot", "tr", "td", "th"})


def _is_layout(table) -> bool:
    if (table.get("role") or "").lower() == "presentation":
        return True
    return any(
        element.tag in BLOCKS for element in table.iterdescendants() if isinstance(element.tag, str)
    )


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
    layout = [table for table in root.iter("table") if _is_layout(table)]
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
    if element.tag == "table" and element is not table:
        return False
    for parent in element.iterancestors():
        if parent is table:
            return True
        if parent.tag == "table":
            return False
    return element is table
