"""The shapes of a byline, a dateline, a time stamp and a credit, and a parser of dates.

Each test reads one line (or the opening clause of one) and answers with the fields it holds,
or None. Shapes, not lists: a byline is a lead word then capitalised name runs; a dateline a
place (in capitals, or capitalised before a date or an agency) then a dash or a colon, or a
place in capitals on a line of its own with or without them (`standing_dateline`); a time
stamp a line made only of date, time and stamp words. The tables of words come from
`curate/data/metadata.yaml`. Every pattern is anchored and its repeats bounded (no runaway
backtracking); dates are parsed here, never with the clock or a locale download.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from curate.stages.metadata_found import Found, written_name
from curate.stages.metadata_leadless import (
    _outlet,
    credit_shape,
    dated_byline,
    leadless_byline,
    slug,
    strip_contacts,
)

# the word before an agency that a writer's byline closes with: "By Jane Doe, For The AP"
ROLE_FOR = frozenset(("for", "für", "pour", "para", "per"))
UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪİĶĹĽŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ"
CAPS_WORD = rf"[{UP}][{UP}.'’-]+"
CAP_WORD = rf"[{UP}][\w.'’-]+"
NAME_TOKEN = re.compile(rf"^(?:[{UP}][\w'’-]*\.?|[{UP}]\.(?:[{UP}]\.)*)$")
_WORDS = re.compile(r"[^\W_]+")
_NUMBERISH = re.compile(r"^\d{1,4}(?:st|nd|rd|th|er|e|h\d{0,2}|hrs?|hs)?$")  # "07:46hrs"
# a date's digits may touch letters: pieces of a page glued without a space ("Erstellt
# am09.02.2022", "27.01.2022Mineralöl", "Angele2022-12-07T10:10:52") and ISO 8601's "T";
# not other digits or a version's dots ("v1.2.2022", "1.2.2022.5")
_ISO = re.compile(r"(?<![\d.])(\d{4})-(\d{1,2})-(\d{1,2})(?!\.?\d)")
_NUMERIC = re.compile(
    r"(?<![\d.])(?<!\bv)(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?!\.?\d)", re.IGNORECASE
)
_ISO_T = re.compile(r"(?<=\d)T(?=\d)")  # "2021-10-27T20:35:36+01:00": a date, then a time
_TIME = re.compile(r"\b(\d{1,2})[:h](\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s*m\b\.?)?", re.IGNORECASE)
_UTC = re.compile(r"\b(?:GMT|UTC)\b|\d\dZ\b")
DATED_LINE_WORDS = 15  # a furniture line holding a date: a byline's, a section's pieces
_PART_SPLIT = re.compile(r"\s*(?:[|;•·]|\s[-–—]\s)\s*")
_COMMA = re.compile(r"\s*,\s*")
# where a standing dateline's place in capitals ends: its region's comma, its agency
_PLACE_END = re.compile(r"[,(/]")
# (each line found by the line break before it, in a text given one at its start: the scan
# then looks for a line break alone, where `^` in multiline mode was tried at every character)
_STANDING_CANDIDATE = re.compile(rf"\n[ \t]*([{UP}][^a-z\n,(/]{{0,40}}(?:[,(/].{{0,80}})?)$", re.M)
# what opens a credit line before its source: "© 2024 ", "(c) ", "— Copyright "
_CREDIT_HEAD = re.compile(r"^[\s(\[—–-]*(?:©|\(c\)|copyright)?\s*(?:\d{4}\s*)?", re.I)
_IN_PLACE = re.compile(rf"\sin\s[{UP}][\w'’-]{{0,30}}(?:\s+[{UP}][\w'’-]{{0,30}}){{0,2}}$")
_BARE_PLACE = re.compile(rf"^{CAPS_WORD}(?: {CAPS_WORD}){{0,3}}$")


class Shapes:
    """The tests, compiled once from the stage's tables."""

    def __init__(self, table: dict[str, Any]) -> None:
        leads = table["byline_leads"]
        self.leads = re.compile(
            r"^(?:"
            + "|".join(re.escape(w) for w in leads + [w.upper() for w in leads])
            + r"|by)\s*:?\s+(?P<rest>\S.*)$"
        )
        self.joiners = re.compile(
            r"\s+(?:" + "|".join(re.escape(w) for w in table["name_joiners"]) + r")\s+"
        )
        self.particles = frozenset(table["name_particles"])
        self.not_names = frozenset(w.casefold() for w in table.get("not_names", []))
        self.roles = frozenset(w.casefold() for w in table["byline_roles"])
        self.not_authors = frozenset(w.casefold() for w in table.get("not_authors", []))
        self.groups = frozenset(w.casefold() for w in table["byline_groups"])
        self.agencies = {
            variant.casefold(): canonical
            for canonical, variants in table["agencies"].items()
            for variant in [canonical, *variants]
        }
        agency_words = sorted(self.agencies, key=len, reverse=True)
        # the words of every agency's and group's name: a credit line holds one at least
        self.source_words = frozenset(
            word for name in [*self.agencies, *self.groups] for word in name.split()
        ) - frozenset(w.casefold() for w in table["not_names"])
        self.via = re.compile(
            r"\bvia\s+(" + "|".join(re.escape(a) for a in agency_words) + r")\b", re.IGNORECASE
        )
        self.months = {
            name.casefold(): int(number)
            for number, names in table["months"].items()
            for name in names
        }
        self.weekdays = frozenset(w.casefold() for w in table["weekdays"])
        self.stamp_words = frozenset(w.casefold() for w in table["timestamp_leads"])
        self.time_words = frozenset(w.casefold() for w in table["time_words"])
        self.time_words |= frozenset(w.casefold() for w in table["date_links"])
        self.not_places = frozenset(table["not_places"])
        month_names = "|".join(re.escape(m) for m in sorted(self.months, key=len, reverse=True))
        self.month_date = re.compile(
            # "8. Dezember 2010", "8.Dezember 2010" (a page's pieces glued), "8th December"
            rf"(?:(?<!\d)(\d{{1,2}})(?:(?:st|nd|rd|th|er|º)?\s+|\.\s*)(?:de\s+)?|\b)({month_names})\.?"
            rf"(?:\s+(\d{{1,2}})(?:st|nd|rd|th)?)?,?\s+(?:del?\s+)?(\d{{4}})\b",
            re.IGNORECASE,
        )
        date = (
            rf"(?:,? (?i:{month_names})\.? \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?"
            rf"|,? \d{{1,2}}\.? (?i:{month_names})\.?(?: \d{{4}})?)"
        )
        region = rf"(?:, ?{CAP_WORD}(?: {CAP_WORD}){{0,2}}){{0,2}}"
        place = rf"{CAPS_WORD}(?: {CAPS_WORD}){{0,3}}|{CAP_WORD}(?: {CAP_WORD}){{0,2}}"
        # "SAN DIEGO, Calif., March 3, 2009 -", "MUMBAI, Feb 2 (PTI):", "PARIS (Reuters) -"; a
        # press release's wire between slashes: "AUSTIN, Texas, March 9, 2026 /PRNewswire/ --"
        self.dateline = re.compile(
            rf"^(?:(?P<place>{place})(?P<region>{region})(?P<date>{date})?)?"
            r"(?: ?\((?P<agency>[^()\n]{1,40})\)| /(?P<wire>[^/\s]{2,30})/)?"
            # "(CNN)President Donald Trump ...": a page glued the credit to the sentence;
            # "MADRID, 5 mar (EFE).- El ...": Spanish wires close the agency with a period
            r"(?: ?(?:--|[-–—:])(?: +|$)|(?<=\))\.[-–—](?: +|$)|(?<=\))(?=[A-Z\"“]))"
        )
        self.month_word = re.compile(rf"^(?:{month_names})\.?$", re.IGNORECASE)
        markers = "|".join(re.escape(m) for m in table["photo_markers"])
        self.photo_words = tuple(m.casefold() for m in table["photo_markers"])
        # "Pyongyang, March 1, 2023. Photo / AFP", "(Photo by Jane Doe/Getty Images)"
        self.photo = re.compile(
            rf"(?:^|[\s(\[])(?:{markers})(?:\s+by|\s+credit)?\s*(?:[:/|©]|(?<=by))\s*"
            r"(?P<who>[^:|()\[\]\n]{2,80}?)\s*[)\]]?\s*$",
            re.IGNORECASE,
        )
        self.credit_lead = re.compile(
            r"^\(?\s*(?:" + "|".join(re.escape(w) for w in table["credit_leads"]) + r")\b",
            re.IGNORECASE,
        )
        self.author_lead = re.compile(
            r"(?:" + "|".join(re.escape(w) for w in table["author_credit_leads"]) + r")\s+"
            r"(?P<names>[^;()]+)",
            re.IGNORECASE,
        )

    # Whole lines ------------------------------------------------------------------------------
    def line(self, text: str, kinds: tuple[str, ...]) -> Found | None:
        """A line that is wholly a byline, time stamp, credit or dateline; or a few of them
        joined by `|` ("By Jane Doe | Updated March 3, 2009"): the first part names the rule."""
        parts = [p for p in _PART_SPLIT.split(text) if p]
        if len(parts) > 1 and "byline" in kinds and self.leads.match(text):
            whole = self.byline(text)  # "By Jane Doe - Staff Writer" is one byline
            if whole is not None:
                return whole
        items = []
        for part in parts if len(parts) > 1 else [text]:
            item = self._one(part, kinds)
            if item is None:
                break
            items.append(item)
        else:
            fields: dict[str, Any] = {}
            for item in items:
                for key, value in item.fields.items():
                    if value not in (None, []) and fields.get(key) in (None, []):
                        fields[key] = value
            return Found(items[0].kind, fields, head_only=any(i.head_only for i in items))
        return self._one(text, kinds) if len(parts) > 1 else None

    def _one(self, text: str, kinds: tuple[str, ...]) -> Found | None:
        if "slug" in kinds and slug(text):
            return Found("slug")  # "SOURCE Acme Inc.", "ENDS": no byline, no place
        if "byline" in kinds:
            item = self.byline(text) or self.name_and_agency(text) or leadless_byline(self, text)
            if item is None and "timestamp" in kinds:
                item = dated_byline(self, text)
            if item is not None:
                return item
        if "timestamp" in kinds:
            item = self.timestamp(text)
            if item is not None:
                return item
        if "credit" in kinds:
            item = self.credit(text) or credit_shape(self, text)
            if item is not None:
                return item
        if "dateline" in kinds:
            item = self.dateline_clause(text)
            if item is not None and not text[item.clause_end or 0 :].strip():
                return Found("dateline", item.fields)
        return None

    @staticmethod
    def slug_line(text: str) -> bool:
        """A wire story's routing line ("Eds: Updates with ... paragraphs 5-6."): above the
        lead, though its advisory reads as a sentence."""
        return slug(text)

    def removed_line(self, text: str, kinds: tuple[str, ...]) -> Found | None:
        """A line another stage removed: only its credit counts (a related story's byline in a
        removed teaser list is some other article's)."""
        if "credit" not in kinds or not text:
            return None
        item = self.credit(text)
        if item is not None:
            return item
        # "... (KCNA). KCNA via REUTERS ATTENTION EDITORS - THIS IMAGE WAS PROVIDED ..."
        via = self.via.search(text)
        if via:
            return Found("credit", {"credit": self.agencies[via.group(1).casefold()]})
        return None

    # Bylines -----------------------------------------------------------------------------------
    # "Von Roland Brockmann und Sebastian Drescher" (aussengedanken.de, trafilatura's set)
    def byline(self, text: str) -> Found | None:
        """ "By Maria Lopez and agencies", "Von Hans Meier", "By JOHN SMITH, Staff Writer"."""
        match = self.leads.match(text)
        if not match:
            return None
        rest, _ = strip_contacts(match.group("rest").strip())
        if not rest:
            return None
        names: list[str] = []
        credit = None
        published = None
        titled = False
        for index, part in enumerate(_COMMA.split(_clean_end(rest))):
            for piece in _PART_SPLIT.split(part):
                if not piece:
                    return None
                stamp = self.timestamp(piece) if index or names else None
                if stamp is not None:
                    published = published or stamp.fields.get("published")
                    continue
                for sub in self.joiners.split(piece):
                    sub = _IN_PLACE.sub("", sub)  # "Jane Doe in Nairobi": where she wrote it
                    kind = self._name_kind(sub)
                    agency = self.role_agency(sub) if names and kind in ("name", "title") else None
                    if agency is not None:  # "Associated Press Writer", "For The Associated Press"
                        credit, titled = credit or agency, True
                    elif kind is None and names and index and _outlet(self, sub):
                        titled = True  # "By Jane Doe, The Daily Courier": her paper
                    elif kind == "name" and not titled:
                        names.append(written_name(sub))
                    elif kind == "agency":
                        credit = credit or self.agencies[sub.casefold()]
                    elif kind == "group" or (kind in ("name", "title") and names):
                        titled = titled or kind != "group"
                    else:
                        return None
        if not names and credit is None:
            return None
        return Found("byline", {"authors": names, "credit": credit, "published": published})

    def role_agency(self, text: str) -> str | None:
        """The agency a writer's role or a byline's tail names: "Associated Press Writer",
        "AP Business Writer", "Reuters correspondent", "For The Associated Press" (its first
        words an agency, the rest none or a role)."""
        tokens = text.split()
        if tokens and tokens[0].casefold() in ROLE_FOR:
            tokens = tokens[1:]
        for cut in range(min(len(tokens), 5), 0, -1):
            agency = self.agencies.get(" ".join(tokens[:cut]).casefold())
            rest = tokens[cut:]
            if agency and (not rest or any(t.casefold().strip(".,") in self.roles for t in rest)):
                return agency
        return None

    def name_and_agency(self, text: str) -> Found | None:
        """ "Maria Lopez | Reuters": names, a bar or a slash, a known agency."""
        pieces = re.split(r"\s*[|/]\s*", text)
        if len(pieces) != 2 or pieces[1].casefold() not in self.agencies:
            return None
        subs = [s for s in self.joiners.split(pieces[0]) for s in _COMMA.split(s)]
        if not subs or any(self._name_kind(s) != "name" for s in subs):
            return None
        return Found(
            "byline",
            {
                "authors": [written_name(s) for s in subs],
                "credit": self.agencies[pieces[1].casefold()],
            },
        )

    def author_name(self, text: str) -> bool:
        """A page's author field that reads as a name: "Jane Doe", "Heiko", "jdoe"; not "Art
        Edwards says", "On August 3" (trafilatura takes them from comment headers)."""
        tokens = text.split()
        if len(tokens) == 1:
            # a lone letter is a name cut short ("Beitrag von r23" -> "r"), not a name
            return (
                len(text.strip(".")) > 1
                and not any(c.isdigit() for c in text)
                and text.casefold() not in self.not_authors
            )
        if len(tokens) == 2 and tokens[0].casefold() in self.not_names:
            # a pen name of one word with its article: "Der Michel", "Der Spendenteddy" (a
            # page's author field names its writer; not "Die Redaktion", a desk)
            word = tokens[1]
            return (
                bool(NAME_TOKEN.match(word))
                and word.casefold().strip(".") not in self.roles
                and word.casefold() not in self.not_authors
            )
        return self._name_kind(text) == "name"

    def _name_kind(self, text: str) -> str | None:
        text = text.strip()
        if not text:
            return None
        if text.casefold() in self.agencies:
            return "agency"
        if text.casefold() in self.groups:
            return "group"
        tokens = text.split()
        if len(tokens) > 6 or any(t.casefold().strip(".,") in self.weekdays for t in tokens):
            return None
        if any(t.casefold().strip(".,") in self.roles for t in tokens):
            return "title"  # "Staff Writer", "Chief Correspondent"
        if tokens[0].casefold() in self.not_names:
            return None
        capitalised = [bool(NAME_TOKEN.match(t)) for t in tokens]
        particles = [t in self.particles for t in tokens]
        if all(c or p for c, p in zip(capitalised, particles, strict=True)):
            if capitalised[0] and capitalised[-1] and 2 <= len(tokens) <= 5:
                return "name"
            if capitalised[0]:
                return "title"  # "Staff Writer", "BBC News", "Washington"
        return None

    @property
    def _dates(self) -> frozenset[str]:
        return self.weekdays | frozenset(self.months)

    # Datelines ---------------------------------------------------------------------------------
    # "WASHINGTON (Reuters) - Scientists on Monday unveiled ..." (sciencealert.com, aeb)
    def dateline_clause(self, line: str) -> Found | None:
        """The dateline opening a line, with `clause_end` where the sentence starts."""
        # a dateline ends at a dash or a colon, or right after its bracketed agency ("(CNN)"):
        # 92% of the paragraphs the bylines stage asks about (bench news) hold none of them,
        # and a plain `in` tells that for a fifth of the cost of the pattern's failed match
        if not ("-" in line or ":" in line or ")" in line or "–" in line or "—" in line):
            return None
        match = self.dateline.match(line)
        if not match:
            return None
        place, date = match.group("place"), match.group("date")
        agency = match.group("agency") or match.group("wire")
        rest = line[match.end() :]
        if rest.strip():
            words = rest.split()
            if len(words) < 2 or not (words[0][0].isupper() or words[0][0] in "\"“‘'«(0123456789"):
                return None
        if agency is not None and not date and self._is_date(agency):
            # a press release: "SPRINGFIELD, Ill. (March 3, 2024) – The City Council ...":
            # the brackets hold the date, no agency (it was the credit "March 3, 2024")
            date, agency = agency, None
        if agency is not None:
            agency = agency.strip()
            known = self.agencies.get(agency.casefold())
            if not known and not (NAME_TOKEN.match(agency.split()[0]) and len(agency.split()) <= 4):
                return None
            if not known and place and not place.isupper() and not agency.isupper():
                return None  # "John Smith (Labour): ..." is a speaker, not a dateline
            agency = known or agency
        if place:
            if any(character.isdigit() for character in place):
                return None  # "SW082 – ...": an episode or a product code, no place
            first = place.split()[0].strip(".")
            if first in self.not_places or first.casefold() in self._dates:
                return None
            if self.month_word.match(place.split()[0]):
                return None
            if not place.isupper() and not (date or agency or match.group("region")):
                # "Washington - ..." may be anything; "New York, NY – ..." is a dateline
                return None
            if place.isupper() and not (date or agency) and ":" in line[: match.end()]:
                if len(place) < 3:
                    return None
        elif agency is None:
            return None
        where = None
        if place:
            region = match.group("region") or ""
            where = written_name(place) + region
        fields = {"dateline": where, "credit": agency}
        if date:
            fields["published"] = self.published(date.strip(" ,"))
        return Found("dateline", fields, clause_end=match.end())

    def standing_dateline(self, text: str) -> Found | None:
        """A dateline that is a paragraph of its own: a place in capitals, then perhaps its
        region, a date, an agency and a dash or a colon ("NAIROBI", "ELDORET, Kenya —",
        "HARARE, May 3 (Xinhua) --"). The clause's test reads it, its end mark put in where
        the line has none; no lower case before the first comma, bracket or slash."""
        text = text.strip()
        place = _PLACE_END.split(text, maxsplit=1)[0]
        if len(text) > 90 or not place.strip() or place != place.upper():
            return None
        marked = text if text[-1] in "-–—:" else f"{text} —"
        item = self.dateline_clause(marked)
        if item is None or marked[item.clause_end or 0 :].strip():
            return None
        if not item.fields.get("dateline"):
            return None  # "(Reuters)" alone is a credit
        return Found("dateline", item.fields)

    @staticmethod
    def standing_candidates(text: str) -> list[str]:
        """The lines of `text` that may be standing datelines, found in one pass (most lines of
        a page have a lower-case letter early on): `standing_dateline` decides."""
        return _STANDING_CANDIDATE.findall("\n" + text)

    def capitals_name(self, text: str) -> bool:
        """A name in capitals of two words or more ("JAVIER SOLER"): a place's shape too."""
        return len(text.split()) >= 2 and self.bare_place(text) and self._name_kind(text) == "name"

    @staticmethod
    def bare_place(text: str) -> bool:
        """A line of place words in capitals and nothing else ("PORT LOUIS"): a kicker, a
        label or an acronym has this shape too."""
        return _BARE_PLACE.match(text.strip()) is not None

    # Time stamps -------------------------------------------------------------------------------
    # "UPDATED: Tue., Nov. 19, 2019" (spokesman.com, aeb)
    def timestamp(self, text: str) -> Found | None:
        """A line of only date, time and stamp words: "Updated Nov 19, 6:55 AM"."""
        if len(text) > 120:
            return None
        words = _WORDS.findall(text.casefold())
        if not words or len(words) > 20:
            return None
        month = lead = number = False
        for word in words:
            if word in self.months:
                month = True
            elif _NUMBERISH.match(word):
                number = True
            elif word in self.stamp_words:
                lead = True
            elif word not in self.weekdays and word not in self.time_words:
                return None
        has_date = (month and number) or _ISO.search(text) or _NUMERIC.search(text)
        if not (has_date or (lead and _TIME.search(text))):
            return None
        return Found("timestamp", {"published": self.published(text)})

    def dated_line(self, text: str) -> Found | None:
        """The date a short line of page furniture holds among its other pieces ("29. Juni
        2017, 23:39 · von Tobi", "Written by Ana Sandoiu on July 27, 2017", "Nike Jane –
        14.09.2022 – Kolumne"): asked of lines the boilerplate stage removed, whose shape and
        place already said they are no article text."""
        if len(text) > 120 or len(_WORDS.findall(text)) > DATED_LINE_WORDS:
            return None
        published = self.published(text)
        return Found("timestamp", {"published": published}) if published else None

    def _is_date(self, text: str) -> bool:
        """A date: "March 3, 2024", "3 March 2024" (a month word first or second, a year)."""
        month = any(self.month_word.match(word.strip(",.")) for word in text.split()[:2])
        return month and self.published(text.strip()) is not None

    def published(self, text: str) -> str | None:
        """ISO 8601 of a date (and time) written in one of the common shapes; None without a
        year or when the date does not exist. Never reads the clock."""
        text = _ISO_T.sub(" ", text)
        date, span = self._date(text)
        if date is None:
            return None
        rest = text[: span[0]] + " " + text[span[1] :]
        time = _TIME.search(rest)
        if not time:
            return date.isoformat()
        hour, minute, second = int(time.group(1)), int(time.group(2)), int(time.group(3) or 0)
        half = (time.group(4) or "").casefold()
        if half == "p" and hour < 12:
            hour += 12
        elif half == "a" and hour == 12:
            hour = 0
        if hour > 23 or minute > 59 or second > 59:
            return date.isoformat()
        zone = "Z" if _UTC.search(rest) else ""
        return f"{date.isoformat()}T{hour:02d}:{minute:02d}:{second:02d}{zone}"

    def _date(self, text: str) -> tuple[datetime.date | None, tuple[int, int]]:
        if match := _ISO.search(text):
            year, month, day = (int(g) for g in match.groups())
        elif match := _NUMERIC.search(text):
            first, sep, second, year_text = match.groups()
            a, b = int(first), int(second)
            year = int(year_text) + (2000 if len(year_text) == 2 else 0)
            # "03.01.2008" is day first; "01/03/2008" month first unless the first is > 12; a
            # date read one way that cannot exist is read the other ("01.21.2020", wired.com)
            day, month = (a, b) if sep == "." or a > 12 else (b, a)
            if month > 12 >= day:
                day, month = month, day
        elif match := self.month_date.search(text):
            before, name, after, year_text = match.groups()
            month, year = self.months[name.casefold()], int(year_text)
            day = int(before or after or 0)
        else:
            return None, (0, 0)
        try:
            return datetime.date(year, month, day), match.span()
        except ValueError:
            return None, (0, 0)

    # Credits -----------------------------------------------------------------------------------
    def _last_agency(self, text: str) -> str | None:
        """The agency a credit line ends with: "Mit Material von dpa", "... and Reuters"."""
        words = text.strip(" ().;").split()
        for start in range(max(len(words) - 4, 0), len(words)):
            known = self.agencies.get(" ".join(words[start:]).casefold())
            if known:
                return known
        return None

    # "(Reporting by Will Dunham; Editing by Tom Brown)", "© Reuters" (sciencealert.com, aeb);
    # "Main image credit: Getty" (cityam.com, aeb)
    def credit(self, text: str) -> Found | None:
        """ "(Reuters)", "The Associated Press", "... Photo / AFP", "Reporting by ...; Editing
        by ..."."""
        core = _CREDIT_HEAD.sub("", text)
        core = core.strip(" ()[]—–-.,:")
        if core.casefold() in self.agencies:
            return Found("credit", {"credit": self.agencies[core.casefold()]})
        if self.credit_lead.match(text):
            authors: list[str] = []
            for match in self.author_lead.finditer(text):
                names = [
                    s for p in _COMMA.split(match.group("names")) for s in self.joiners.split(p)
                ]
                authors += [written_name(n) for n in names if self._name_kind(n) == "name"]
            return Found("credit", {"authors": authors, "credit": self._last_agency(text)})
        photo = self.photo.search(text)
        if photo:
            who = photo.group("who").strip(" .")
            source = who.rsplit("/", 1)[-1].strip()
            known = self.agencies.get(source.casefold())
            if known or (
                source and NAME_TOKEN.match(source.split()[0]) and len(source.split()) <= 5
            ):
                return Found("credit", {"credit": known or source})
        return None


def _clean_end(text: str) -> str:
    """A byline's trailing dot or colon is no sentence: "By Jane Doe." -> "By Jane Doe"."""
    return text.rstrip(" .:")
