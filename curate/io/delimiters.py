"""A table whose delimiter is not the one its name promises: read with the one its header uses.

MySQL's `SELECT ... INTO OUTFILE`, `psql \\copy`, many "CSV" exports and hand renames give a
`.csv` separated by tabs (`id<TAB>title<TAB>text`) or pipes (`id|title|text`); a `.tsv` is
sometimes comma-separated. Such a file was passed over with advice to read the column
`'id\\ttitle\\ttext'` (`--text-field 'id       title   text'`). The header decides when the name's
delimiter is absent from it: a `.csv` header with no comma or semicolon and a tab or a pipe is
read with that; a `.tsv` header with no tab and a comma (or else a semicolon) is read with it.
"""

from __future__ import annotations

CSV_OTHERS = ("\t", "|")  # in this order: a tab is no text, a pipe may be in a title
TSV_OTHERS = (",", ";")


def header_delimiter(header: str, tsv: bool) -> str | None:
    """The delimiter `header` (a table's first line) uses instead of its name's, or None."""
    if tsv:
        if "\t" in header:
            return None
        return next((d for d in TSV_OTHERS if d in header), None)
    if "," in header or ";" in header:
        return None
    return next((d for d in CSV_OTHERS if d in header), None)
