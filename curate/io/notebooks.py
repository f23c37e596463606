"""Jupyter notebooks (`.ipynb`) read a notebook a document: its Markdown cells' prose.

A data journalist's analysis, a course's lesson or a blog written in Jupyter (fastpages,
Quarto, Jupyter Book) keeps its prose in Markdown cells between code cells; a folder of them
was passed over as of no known kind. The Markdown cells are read in order as one Markdown
text (a cell's `# heading` the title, its syntax off, as a `.md` file's: io.markdown); code
and raw cells, outputs, attachments and metadata stay out. nbformat 4 keeps `cells` at the
top, nbformat 3 within `worksheets`. A notebook of code alone has no text and is quarantined
saying so; JSON that is no notebook, saying that.
"""

from __future__ import annotations

import json
from typing import Any

NOTEBOOK_SUFFIXES = (".ipynb",)
NO_NOTEBOOK = "not a Jupyter notebook: no cells"
NO_PROSE = "a notebook of code alone: no Markdown cell holds text"


def notebook_markdown(text: str) -> tuple[str | None, str | None]:
    """(the Markdown cells' text joined, None), or (None, why there is none)."""
    try:
        notebook = json.loads(text)
    except ValueError:
        return None, NO_NOTEBOOK
    cells = _cells(notebook)
    if cells is None:
        return None, NO_NOTEBOOK
    prose = [_source(cell) for cell in cells if cell.get("cell_type") == "markdown"]
    prose = [source.strip("\n") for source in prose if source.strip()]
    if not prose:
        return None, NO_PROSE
    return "\n\n".join(prose), None


def _cells(notebook: Any) -> list[dict[str, Any]] | None:
    if not isinstance(notebook, dict):
        return None
    cells = notebook.get("cells")
    if cells is None and isinstance(notebook.get("worksheets"), list):  # nbformat 3
        cells = [
            cell
            for sheet in notebook["worksheets"]
            if isinstance(sheet, dict) and isinstance(sheet.get("cells"), list)
            for cell in sheet["cells"]
        ]
    if not isinstance(cells, list):
        return None
    return [cell for cell in cells if isinstance(cell, dict)]


def _source(cell: dict[str, Any]) -> str:
    """A cell's source: one string, or a list of its lines (each with its own `\\n`)."""
    source = cell.get("source", "")
    if isinstance(source, list):
        return "".join(part for part in source if isinstance(part, str))
    return source if isinstance(source, str) else ""
