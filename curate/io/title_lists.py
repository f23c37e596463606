"""A title given as a list of two strings: the title and its subtitle.

A front matter's `title: ["Harbour reopens", "What the storm left behind"]` (a Hugo or
Jekyll theme that sets a subtitle so), a scraper's `"title": [h1, h2]`, a Parquet `list<string>`
column of both: only a list of one string was read as a title (io.text_siblings.one_string),
so each such document had none (session 42's newcomer round). The two are read as one title,
`Main: Subtitle` (the mark the main title ends with kept instead: `Why now? The plan`); a
subtitle that repeats the title, or is blank, adds nothing. A list of three or more strings is
no title of two parts (tags, keywords, a site's breadcrumbs): it stays no title. Only a row's
own title and a front matter's are read so: a scraper's `metadata.title` list (Firecrawl's,
when a page repeats its title tags) holds two readings of one title, and stays none.
"""

from __future__ import annotations

from typing import Any

ENDS = ".?!:;—–-|"  # a main title that ends in a mark of its own takes no colon after it


def listed_title(value: Any) -> Any:
    """`["Main", "Subtitle"]` -> `"Main: Subtitle"` (see the module), `["Main"]` -> `"Main"` (a
    front matter's list of one: it had no title, while a row's was read); anything else as it
    is."""
    if isinstance(value, list) and len(value) == 1 and isinstance(value[0], str):
        return value[0]
    if not isinstance(value, list) or len(value) != 2:
        return value
    if not all(isinstance(part, str) for part in value) or not value[0].strip():
        return value
    main, subtitle = (" ".join(part.split()) for part in value)
    if not subtitle or subtitle.casefold() == main.casefold():
        return main
    return main + (" " if main[-1] in ENDS else ": ") + subtitle
