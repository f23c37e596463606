"""A row's date and time with its zone's offset, written as the moment in UTC.

Scrapy items, newspaper4k's `to_json()`, Hugo front matter, a Parquet `timestamp[tz=...]`
column and RSS's `pubDate` write a publication's time with its offset from UTC
(`2024-03-05T23:30:00+02:00`, `Tue, 05 Mar 2024 08:30:00 +0100`). The `bylines` stage reads
a date and a time of day and marks only `Z`, `UTC` or `GMT` (`published` holds no offset: its
schema is `YYYY-MM-DD[THH:MM:SS[Z]]`), so such a record's `published` was the local time with
no zone: a moment given exactly came out wrong by the offset and read as if it were UTC
(session 46's newcomer round). The moment is now written in UTC with its `Z`, which the schema
holds and `bylines` keeps; the day may be the one before or after the page's own (23:30 at +02:00
is 21:30Z, the same day; 00:30 at +02:00 is 22:30Z the day before), as any UTC time is.

A time with no zone, a date alone, `-0000` (RFC 2822's "zone unknown") and a zone named by
its abbreviation other than UT/GMT/Z (`CET` names several offsets) are left as they came.
"""

from __future__ import annotations

import datetime
import re
from email.utils import parsedate_to_datetime

# ISO 8601 with an offset: `2024-03-05T23:30:00+02:00`, `2024-03-05 23:30+0200`, fractions
_ISO_ZONED = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?"
    r" ?([+-])(\d{2}):?(\d{2})"
)
# RFC 2822 (RSS's pubDate, mail's Date): `Tue, 05 Mar 2024 08:30:00 +0100`
_RFC_ZONED = re.compile(
    r"(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s+[+-]\d{4}"
)


def utc_moment(value: str) -> str | None:
    """`value` in UTC as `YYYY-MM-DDTHH:MM:SSZ` when it is a time with a numeric offset in
    ISO 8601 or RFC 2822 (see the module); None for anything else."""
    text = value.strip()
    if len(text) < 20 or not text[-1:].isdigit():  # most dates: a day, or a time with no zone
        return None
    if match := _ISO_ZONED.fullmatch(text):
        return _iso_in_utc(match)
    if _RFC_ZONED.fullmatch(text):
        try:
            moment = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        return utc_text(moment) if moment.tzinfo is not None else None  # `-0000`: unknown
    return None


def _iso_in_utc(match: re.Match[str]) -> str | None:
    """The moment of an `_ISO_ZONED` match in UTC; None for no such day, hour or offset. The
    local minutes less the offset's, a calendar asked only for a day past the 28th or one the
    offset leaves (a time zone object, `timedelta` and `strftime` cost a row 16 us of CPU)."""
    year, month, day, hour, minute, second, sign, zone_h, zone_m = match.groups()
    minutes, zone = int(minute), int(zone_h) * 60 + int(zone_m)
    clock, seconds = int(hour) * 60 + minutes, int(second or 0)
    if clock >= 1440 or minutes > 59 or seconds > 59 or zone >= 1440 or int(zone_m) > 59:
        return None
    utc = clock - zone if sign == "+" else clock + zone
    date = f"{year}-{month}-{day}"
    if 0 <= utc < 1440 and 0 < int(month) <= 12 and 0 < int(day) <= 28:  # most: that day
        return f"{date}T{utc // 60:02d}:{utc % 60:02d}:{seconds:02d}Z"
    try:
        moved = datetime.date(int(year), int(month), int(day)) + datetime.timedelta(
            days=utc // 1440
        )
    except (ValueError, OverflowError):  # no such day; year 1 at +01:00
        return None
    utc %= 1440
    return f"{moved.isoformat()}T{utc // 60:02d}:{utc % 60:02d}:{seconds:02d}Z"


def utc_text(moment: datetime.datetime) -> str | None:
    """A time that knows its zone in UTC (`...Z`); None for one that does not."""
    offset = moment.utcoffset()
    if offset is None:
        return None
    try:
        return _written(moment.replace(tzinfo=None) - offset)
    except OverflowError:  # year 1 at +01:00
        return None


def _written(moment: datetime.datetime) -> str:
    """A UTC time as `YYYY-MM-DDTHH:MM:SSZ` (whole seconds)."""
    return moment.replace(microsecond=0).isoformat() + "Z"
