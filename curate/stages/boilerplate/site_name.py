"""A page title that is the headline and the site's name: the title becomes the headline alone.

Most sites build a page's `<title>` as headline, separator, site name ("Histo-Monte: Pistenstopp
in Rheinfelden - AutoSprintCH", "SimplyScience - Wie entsteht Erdöl?"), and the text the HTML
reader gives opens with the same headline alone (the page's `<h1>`). The stage removes that line
as `duplicate_headline`, so the record kept the site's name in its title and lost the clean
headline: 47 of the 388 headlines of the read pages as the HTML reader reads them. Where the
title splits at a separator into the text's headline (the same words) and a few other words,
the title becomes the headline (rule `title_site_name`, on the ledger).
"""

from __future__ import annotations

import re

from curate.document import line_key

# a separator between a headline and a site's name: a bar, a dash, a middle dot, a bullet, a
# guillemet or a double colon with space on each side (a colon alone belongs to headlines)
SEPARATOR = re.compile(r"\s(?:\||-|–|—|·|•|»|::)\s")
MAX_SITE_WORDS = 6  # "AOC media - Analyse Opinion Critique" is a site's name; more is a deck


def headline_alone(title: str, headline: str) -> str | None:
    """`headline` when `title` is it and up to `MAX_SITE_WORDS` other words across a separator."""
    key = line_key(headline)
    if not key or line_key(title) == key:
        return None
    for separator in SEPARATOR.finditer(title):
        before, after = title[: separator.start()], title[separator.end() :]
        for same, other in ((before, after), (after, before)):
            if line_key(same) == key and 0 < len(line_key(other).split()) <= MAX_SITE_WORDS:
                return headline.strip()
    return None


def headline_of(title: str, repeats: list[str]) -> str | None:
    """The title less the site's name, by the first of its repeats that is the headline alone
    (a breadcrumb `Home » Entertainment » <headline>` repeats the title's words too)."""
    return next(filter(None, (headline_alone(title, text) for text in repeats)), None)
