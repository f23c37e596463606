"""A WET record's first line is its page's `<title>`: a headline and the site's name there
leave the site's name in the title when the headline is not repeated below it.

Common Crawl writes a conversion record as the page's `<title>`, then its text. The
`boilerplate` stage makes that first line the title and, where a line below repeats the
headline alone, drops the site's name from it (`title_site_name`, stages.boilerplate.site_name)
as it does for a page the HTML reader reads. A page whose headline is not repeated in its text
(no `<h1>`, a teaser page, a headline the extractor left out) kept "Storm on the quay |
Harbour Times" (session 44's newcomer round). The record's address is the evidence the repeat
would have been: a part after the title's last separator (the stage's separators and its
`MAX_SITE_WORDS`) that is the address's site name, folded as `io.page_metadata` folds a site's
name ("Harbour Times" and `harbourtimes.example`), is the site's. The reader then gives the
title less that part and the text without the line; a title whose last part is other words
("Harbour plan - what it means") is left to the stage as before.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from curate.io.page_metadata import folded

MIN_SITE_CHARS = 4  # a host's label shorter than this ("cnn", "bbc") matches too many words


def titled(text: str, url: str | None) -> tuple[str, str] | None:
    """(title, text less its first line) when the first line is a headline and the site's
    name of `url`'s host across a separator; else None."""
    from curate.stages.boilerplate.site_name import MAX_SITE_WORDS, SEPARATOR

    line, newline, rest = text.partition("\n")
    site = _site(url)
    if not newline or not rest.strip() or not site:
        return None
    separators = list(SEPARATOR.finditer(line))
    if not separators:
        return None
    last = separators[-1]
    headline, tail = line[: last.start()].strip(), line[last.end() :].strip()
    name = folded(tail)
    if not headline or not name or len(tail.split()) > MAX_SITE_WORDS:
        return None
    return (headline, rest.lstrip("\n")) if site in name or name in site else None


def _site(url: str | None) -> str:
    """The longest label of the address's host, folded (`harbour-times` of
    `www.harbour-times.co.uk`): the site's name as its address writes it."""
    try:
        host = urlsplit(url or "").hostname or ""
    except ValueError:
        return ""
    labels = [folded(label) for label in host.split(".")[:-1] if label != "www"]
    longest = max(labels, key=len, default="")
    return longest if len(longest) >= MIN_SITE_CHARS else ""
