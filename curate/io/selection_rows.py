"""A point-and-click scraper's table of a row per selected element: a page's paragraphs on rows
of their own, gathered back into the page's one document.

ParseHub's CSV export flattens its JSON (io.selection_items): a column per selection's path
and what was extracted (`selection1_name`, `selection1_url`, `selection1_selection2_name`),
each element of a nested selection on a row of its own, the outer item's values repeated on
each row (or on its first alone). Web Scraper's (webscraper.io) CSV has `web-scraper-order`,
`web-scraper-start-url`, then a column per selector (`article`, `article-href`, `headline`,
`paragraph`): a Text selector set to "multiple" writes each element a row, the page's other
selectors repeated. Read a row a document (session 52's newcomer round), a nine-paragraph
article was nine documents, untitled, of one paragraph each; ParseHub's run over one page
(`title_name`, `paragraphs_name`: the title on the first row alone) a document a paragraph.

- ParseHub, nested (`selection_table` kind `items`): the header is selections' columns alone
  (`<path>_name`, `<path>_url`, `<path>_<extraction>`) on one line of nesting; the item is the
  deepest selection holding others (a listing's `articles` under its `page`). Consecutive
  rows whose values of the item and of the selections above it are the same or blank are one
  item; it is rebuilt as the JSON export has it, `{"name": ..., "url": ..., "selection2":
  [{"name": ...}, ...]}`, and read as a JSON item is (its `name` the title, its selections of
  text the body).
- ParseHub, one page (`page`): no selection holds another and the whole table's selections
  make a page as io.selection_items' `selection_page` says (one list of a body's sentences,
  a headline selected once beside it): the file is one document.
- Web Scraper (`web_scraper`): consecutive rows whose columns other than the text and
  `web-scraper-order` are the same, among them a filled one besides the start page's address
  (a link, a headline: a page's), are one document, their texts its paragraphs, when half
  of them at least end as sentences do (a listing's headlines stay a document each).

A group that does not read as one document (a nested selection of tags, no body) is read a
row a document, as before; so is any other table.

Session 52's ecosystem round: Web Scraper Cloud exports the same rows as JSON (an array of
objects, `web-scraper-order` first) and as JSON Lines (an object a line): read a record a
document, a nine-paragraph article was still nine documents of one paragraph each, its CSV
twin one. Such a file's records (`scraper_records`: its first record names both of Web
Scraper's columns) are gathered as its CSV's rows are, through the same `RowGroups`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from curate.io.settings import ReaderSettings

EXTRACTED = ("name", "url")  # what ParseHub extracts of a selected element by default
ORDER, START = "web-scraper-order", "web-scraper-start-url"
HREF = "-href"  # Web Scraper's column of a link selector's address, beside its words
ITEMS, PAGE, WEB_SCRAPER, ROWS = "items", "page", "web_scraper", "rows"
MAX_PAGE_ROWS = 2000  # a run over one page is short: a longer table is rows, read as they come

Row = tuple[int, dict[str, Any], Any]  # the row's number, its values, its legacy encoding


@dataclass(frozen=True)
class SelectionTable:
    """What a header says of its rows: `kind` (see the module), `outer` the prefix of
    ParseHub's outer selection (`selection1`), `prefixes` all its selections' prefixes."""

    kind: str
    outer: str = ""
    prefixes: tuple[str, ...] = ()


def selection_table(header: Iterable[Any]) -> SelectionTable | None:
    """The layout of a table of a row per selected element (see the module), else None."""
    names = [name for name in header if isinstance(name, str)]
    if ORDER in names and START in names and len(names) > 3:
        return SelectionTable(WEB_SCRAPER)
    prefixes = sorted(
        {name.rsplit("_", 1)[0] for name in names if name.rsplit("_", 1)[-1] in EXTRACTED}
    )
    if not prefixes or len(names) < 2:
        return None
    if not all(any(name.startswith(f"{p}_") for p in prefixes) for name in names):
        return None  # a column of no selection: another table
    holders = [p for p in prefixes if any(q.startswith(f"{p}_") for q in prefixes)]
    if not holders:
        return SelectionTable(PAGE, prefixes=tuple(prefixes)) if len(prefixes) > 1 else None
    outer = max(holders, key=len)  # the item: the deepest selection holding others
    line = [p for p in prefixes if outer.startswith(f"{p}_") or p.startswith(f"{outer}_")]
    if len(line) + 1 != len(prefixes):
        return None  # selections on another branch: no one item a row's page
    return SelectionTable(ITEMS, outer, tuple(prefixes))


def scraper_records(first: Any) -> bool:
    """Whether a JSON file whose first record is `first` (an object, or a line's bytes) is
    Web Scraper's export of rows (see the module)."""
    if isinstance(first, bytes):
        return f'"{ORDER}"'.encode() in first and f'"{START}"'.encode() in first
    return isinstance(first, dict) and selection_table(first) == SelectionTable(WEB_SCRAPER)


def _own(name: str, prefix: str, prefixes: tuple[str, ...]) -> bool:
    """`name` is a column of the selection `prefix` itself, not of one inside it."""
    return name.startswith(f"{prefix}_") and not any(
        len(p) > len(prefix) and name.startswith(f"{p}_") for p in prefixes
    )


def _filled(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


class RowGroups:
    """Rows taken in order (`add`), given back as groups of the rows of one page (a list of
    one row when it is no page's part): a group's rows and the record they make, or None."""

    def __init__(self, table: SelectionTable, text_fields: tuple[str, ...]) -> None:
        self.table = table
        self.text_fields = text_fields
        self.rows: list[Row] = []

    def add(self, row: Row) -> list[tuple[list[Row], dict[str, Any] | None]]:
        if self.table.kind == PAGE and len(self.rows) >= MAX_PAGE_ROWS:
            self.table = SelectionTable(ROWS)  # no page: this row and the rest read as they come
        if self.table.kind == ROWS:
            done, self.rows = [*self.rows, row], []
            return [([one], None) for one in done]
        if not self.rows or self._continues(row[1]):
            self.rows.append(row)
            return []
        done, self.rows = self.rows, [row]
        return self._record(done)

    def finish(self) -> list[tuple[list[Row], dict[str, Any] | None]]:
        done, self.rows = self.rows, []
        return self._record(done) if done else []

    def _key(self, values: dict[str, Any]) -> dict[str, Any]:
        if self.table.kind == ITEMS:  # the item's columns and those of the selections above it
            outer, prefixes = self.table.outer, self.table.prefixes
            above = [p for p in prefixes if p == outer or outer.startswith(f"{p}_")]
            return {k: v for k, v in values.items() if any(_own(k, p, prefixes) for p in above)}
        text = self._text_column(values)
        return {k: v for k, v in values.items() if k not in (ORDER, text)}

    def _text_column(self, values: dict[str, Any]) -> str | None:
        return next((name for name in self.text_fields if name in values), None)

    def _continues(self, values: dict[str, Any]) -> bool:
        if self.table.kind == PAGE:
            return True
        first, key = self._key(self.rows[0][1]), self._key(values)
        if self.table.kind == ITEMS:  # the outer values repeated, or left blank
            return all(not _filled(v) or v == first.get(k) for k, v in key.items())
        return key == first

    def _record(self, rows: list[Row]) -> list[tuple[list[Row], dict[str, Any] | None]]:
        if self.table.kind == ROWS:
            record = None
        elif self.table.kind == WEB_SCRAPER:
            record = self._page_rows(rows)
        elif self.table.kind == ITEMS:
            record = self._item(rows)
        else:
            from curate.io.selection_items import selection_page

            prefixes = self.table.prefixes
            record = selection_page(_selections(rows, prefixes, "", prefixes))
        if record is None:
            return [([row], None) for row in rows]
        return [(rows, record)]

    def _item(self, rows: list[Row]) -> dict[str, Any] | None:
        """ParseHub's item as its JSON export has it."""
        outer, prefixes = self.table.outer, self.table.prefixes
        item: dict[str, Any] = {}
        for _, values, _ in rows:
            for name, value in values.items():
                if _own(name, outer, prefixes) and _filled(value):
                    item.setdefault(name[len(outer) + 1 :], value)
        inner = tuple(p for p in prefixes if p.startswith(f"{outer}_"))
        return {**item, **_selections(rows, inner, f"{outer}_", prefixes)}

    def _page_rows(self, rows: list[Row]) -> dict[str, Any] | None:
        """Web Scraper's rows of one page: the first with the texts of all as its text."""
        from curate.io.selection_items import _sentences

        values = rows[0][1]
        text = self._text_column(values)
        shared = [k for k, v in self._key(values).items() if k != START and _filled(v)]
        if len(rows) < 2 or text is None or not shared:
            return None
        parts = [v[text].strip() for _, v, _ in rows if _filled(v.get(text))]
        if len(parts) < 2 or not _sentences(parts):
            return None
        return {**values, text: "\n\n".join(parts)}


def _selections(
    rows: list[Row], wanted: tuple[str, ...], under: str, prefixes: tuple[str, ...]
) -> dict[str, Any]:
    """The elements of each selection `wanted` over `rows`, a list of `{"name": ..., "url":
    ...}` under the selection's name (its prefix less `under`, the outer selection's)."""
    found: dict[str, list[dict[str, Any]]] = {}
    for prefix in wanted:
        elements = []
        for _, values, _ in rows:
            element = {
                name[len(prefix) + 1 :]: value
                for name, value in values.items()
                if _own(name, prefix, prefixes) and _filled(value)
            }
            if element:
                elements.append(element)
        if elements:
            found[prefix[len(under) :]] = elements
    return found


def record_settings(table: SelectionTable | None, settings: ReaderSettings) -> ReaderSettings:
    """The settings a page's record is read with: ParseHub's as its JSON items are (from no
    column of the table: `text`, else io.text_aliases'), Web Scraper's as its rows are."""
    if table is None or table.kind == WEB_SCRAPER:
        return settings
    return replace(settings, text_field="text")


def _link(row: dict[str, Any]) -> str | None:
    """Web Scraper's one link selector of a row (`article` beside `article-href`), else None."""
    if ORDER not in row and START not in row:
        return None
    links = [k[: -len(HREF)] for k in row if isinstance(k, str) and k.endswith(HREF)]
    links = [k for k in links if k in row]
    return links[0] if len(links) == 1 else None


def link_title(row: dict[str, Any]) -> Any:
    """The words of a Web Scraper row's one followed link: the page's headline."""
    link = _link(row)
    return row[link] if link is not None else None


def scraped_page(row: dict[str, Any]) -> Any:
    """The address of the page a Web Scraper row was read on: its one followed link, else the
    page it started on."""
    link = _link(row)
    return row[f"{link}{HREF}"] if link is not None else row.get(START)
