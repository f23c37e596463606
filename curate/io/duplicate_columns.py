"""A table header naming a column twice (`id,text,text`): the first is read, as pandas reads it.

A sheet joined from two exports, or a column copied in Excel, gives a header with one name
twice. `csv.DictReader` keeps the LAST column of a name, so each row's text was the second
`text` column (often a short note or empty), the article in the first lost without a word.
The later columns are renamed `text.1`, `text.2` as `pandas.read_csv` (and so `datasets`)
names them: the first holds the text, and `--text-field text.1` reads the other.
"""

from __future__ import annotations

from collections.abc import Sequence


def distinct_names(names: Sequence[str]) -> list[str]:
    """`names` with each repeat after the first renamed `<name>.<n>` (a name not yet used)."""
    seen = set(names)
    counts: dict[str, int] = {}
    out: list[str] = []
    for name in names:
        if name not in counts:
            counts[name] = 0
            out.append(name)
            continue
        renamed = name
        while renamed in seen:
            counts[name] += 1
            renamed = f"{name}.{counts[name]}"
        seen.add(renamed)
        out.append(renamed)
    return out
