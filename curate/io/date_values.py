"""A row's date in the shapes a date parser reads: year-first dates with slashes or dots, a
compact `YYYYMMDD`, Unix time.

A row's or a front matter's date goes to the `bylines` stage, which reads dates as pages and
bylines write them (`2024-03-05`, `March 5, 2024`, `05.03.2024`). Exports write them so too,
but not always: `2024/03/05` and `2024.03.05` (Japanese, Chinese and Korean sites, many CMSs),
`20240305` (GDELT's `SQLDATE`, database dumps), seconds or milliseconds since 1970 (an API's
`publishedAt: 1709649000`, Reddit's and Hacker News's `created_utc`, a JavaScript
`Date.now()`): each such record's `published` was empty (session 44's newcomer round). They
are written here in ISO 8601, the rest as it came; a number of another size is no date.
A time with its zone's offset is written in UTC (io.date_zones, session 46).
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from curate.io.date_zones import utc_moment, utc_text

# `2024/03/05`, `2024.3.5 14:30`: a year first, one separator twice, what follows kept
_YEAR_FIRST = re.compile(r"(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?![\d./])")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")  # `20240305`, alone
SECONDS = (10**9, 10**10)  # Unix time in seconds: 2001-09-09 to 2286
MILLISECONDS = (10**12, 10**13)  # and in milliseconds (JavaScript's)
YEARS = (1900, 2100)  # a compact date's plausible years


def iso_date(value: Any) -> Any:
    """`value` in ISO 8601 when it is a date in one of the shapes above; else as it came."""
    if isinstance(value, str):
        if len(value) >= 20 and (moment := utc_moment(value)):  # `...T23:30:00+02:00`
            return moment
        # most dates: ISO 8601 already, or a month's name first (a test per row, no more)
        return value if value[4:5] == "-" or not value[:1].isdigit() else _written(value)
    if isinstance(value, datetime.datetime) and value.tzinfo is not None:  # Parquet's tz=
        return utc_text(value) or value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _counted(value)
    return value


def iso_time(value: Any) -> str | None:
    """A moment (a crawl's) in ISO 8601 as a WARC's `WARC-Date` is: `iso_date`'s shapes, and a
    day and time of day joined by `T`, not a space (news-please's `2024-05-06 10:11:12`); no
    zone is added where none is written. A string of no such shape as it came (stripped), a
    number of no date's size, a blank or another type: None."""
    if not isinstance(value, str):
        found = iso_date(value)
        if isinstance(found, datetime.date):  # a Parquet timestamp or date column
            return found.isoformat()
        return found if isinstance(found, str) else None
    text = value.strip()
    if text[4:5] != "-" and text[:1].isdigit():  # `2024/05/06 10:11:12`, `1714990272`
        text = _written(text)
    if text[10:11] == " ":  # `2024-05-06 10:11:12` (news-please's `date_download`, SQL's)
        try:  # the shape asked of Python's ISO 8601 parser (a regex cost 6 times as much)
            datetime.datetime.fromisoformat(text)
        except ValueError:  # `2024-05-06 10:11:12 by bot-7`: as written
            return text
        text = text.replace(" ", "T", 1)
    return text or None


def _written(value: str) -> Any:
    """A date written with digits first (`2024/03/05`, `20240305`) in ISO 8601."""
    text = value.strip()
    if text.isdigit():  # a CSV's `1709649000`
        counted = _counted(int(text))
        return counted if isinstance(counted, str) else value
    if match := _YEAR_FIRST.match(text):
        year, _, month, day = match.groups()
        return f"{year}-{int(month):02d}-{int(day):02d}{text[match.end() :]}"
    return value


def _counted(number: float) -> Any:
    """A compact date or Unix time as ISO 8601; another number as it came."""
    if isinstance(number, int) and (match := _COMPACT.fullmatch(str(number))):
        year, month, day = (int(part) for part in match.groups())
        if YEARS[0] <= year <= YEARS[1]:
            try:
                return datetime.date(year, month, day).isoformat()
            except ValueError:
                return number
    for low, high in (SECONDS, MILLISECONDS):
        if low <= number < high:
            seconds = number / (low // SECONDS[0])
            moment = datetime.datetime.fromtimestamp(seconds, tz=datetime.timezone.utc)
            return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    return number
