"""A CSV whose quotes inside a quoted text are escaped with a backslash: `"He said \\"yes\\""`.

Spark's CSV writer (`df.write.csv(path, header=True)`, its default `escape` is a backslash),
PHP's `fputcsv` and many hand-written exporters escape a quote as `\\"`; Python's `csv` (and
Excel) double it (`""`). Read as Python reads CSV, the first `\\"` closed the quoted text:
`The mayor said \\"we will fix the roads, all of them\\" on Tuesday.` became `The mayor said
\\we will fix the roads, all of them\\" on Tuesday."`, and a comma after an escaped quote split
the text into fields past the header. When a table's first lines hold `\\"` and no doubled
quote inside a text, its `\\"` are read as the `""` they mean; other backslashes stay as
written (reading with `escapechar` would drop every one, `C:\\new` becoming `C:new`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator

SNIFF_LINES = 200
ESCAPED_QUOTE = re.compile(r'(?<!\\)\\"')  # `\"`, not the end of `\\"` (an escaped backslash)
# `""` inside a text (`said ""no""`), not an empty field (`,"",`): the file doubles its quotes
DOUBLED_QUOTE = re.compile(r'[^,;\t|\r\n"]""')


def escapes_quotes(lines: Iterable[str]) -> bool:
    """Whether a table's first lines escape quotes with a backslash and never double them."""
    head = "".join(itertools.islice(lines, SNIFF_LINES))
    return bool(ESCAPED_QUOTE.search(head)) and not DOUBLED_QUOTE.search(head)


def doubled_quotes(lines: Iterable[str]) -> Iterator[str]:
    """`lines` with each `\\"` written `""`, as `csv` reads an escaped quote."""
    for line in lines:
        yield ESCAPED_QUOTE.sub('""', line) if '\\"' in line else line
