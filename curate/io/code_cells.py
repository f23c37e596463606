"""A Quarto, R Markdown or MyST document's code cells taken out before its text is read.

A `.qmd` or `.Rmd` report (and a MyST page) runs its code cells, fenced under a language in
braces: ```` ```{r setup, include=FALSE} ````, ```` ```{python} ````, ```` ```{code-cell}
ipython3 ````. The Markdown reader took fences off and kept what was inside, so a report's
article came out with `knitr::opts_chunk$set(echo = TRUE)`, `library(dplyr)` and
`summary(cars)` among its paragraphs (session 41's newcomer round). A cell whose braces name a
language of `code_chunk_languages` (`curate/data/columns.yaml`) goes with its fences. A fence
of no braces (```` ```python ````: code the author shows), a Pandoc class (```` ```{.r} ````)
and a MyST directive of prose (```` ```{note} ````) stay as they were read.
"""

from __future__ import annotations

import re
from functools import cache

# "```{r setup, include=FALSE}", "~~~{python}", "```{code-cell} ipython3": the name in braces
CELL_OPENING = re.compile(
    r" {0,3}(?P<fence>`{3,}|~{3,})[ \t]*\{[ \t]*(?P<name>[A-Za-z][\w-]{0,50})"
)
CLOSING = re.compile(r" {0,3}(?P<fence>`{3,}|~{3,})[ \t]*$")


def without_code_cells(lines: list[str]) -> list[str]:
    """`lines` without the code cells that run (see the module); an unclosed cell runs to the
    end, as Pandoc reads it."""
    out: list[str] = []
    closing: str | None = None  # the fence that ends the cell being passed over
    after = False  # just past a cell: a blank line there doubles the one before it
    for line in lines:
        if after and not line.strip() and (not out or not out[-1].strip()):
            continue
        after = False
        if closing is not None:
            end = CLOSING.match(line)
            if (
                end
                and end.group("fence")[0] == closing[0]
                and len(end.group("fence")) >= len(closing)
            ):
                closing, after = None, True
            continue
        opening = CELL_OPENING.match(line)
        if opening and opening.group("name").casefold() in _languages():
            closing = opening.group("fence")
            continue
        out.append(line)
    return out


@cache
def _languages() -> frozenset[str]:
    from curate.resources import data_file

    return frozenset(name.casefold() for name in data_file("columns.yaml")["code_chunk_languages"])
