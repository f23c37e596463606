"""A page's author field as names: lead words, handles, addresses and the site itself taken out.

What a page's metadata calls its author is often more than a name: "View all posts by Daniel
Lemire" (a `rel=author` link), "Von: Rasender Reporter", "责任编辑：孔德明", "@FinCompareDE",
"Frankfurter Allgemeine Zeitung GmbH; Benjamin Fischer; Marcus Theurer" (the publisher before
the writers). `AuthorNames.clean` keeps the names: the lead words of `author_leads` cut, the
parts split, handles, e-mails and addresses dropped, and a publisher dropped when a person is
named beside it. The words are in `curate/data/metadata.yaml`.
"""

from __future__ import annotations

import re
from typing import Any

from curate.io.page_metadata import folded

SPLIT = re.compile(r"\s*(?:;|,|\||/\s|\s/|\s(?:and|und|et|&)\s)\s*")
HANDLE = re.compile(r"^@\w+$")
EMAIL = re.compile(r"^[^\s@]+@[^\s@]+\.\w+$")
# "www.haufe.de", also as trafilatura writes it with the dots as spaces: "Www Haufe De"
ADDRESS = re.compile(r"^(?:https?:|www[.\s])", re.IGNORECASE)
# where a byline element's names end: a separator, a date, a time
BYLINE_END = re.compile(
    r"\s[|·•»—–]\s|\s\d|,\s*\d|\s(?:am|on|le|el|um|Twitter|Published|Updated)\b"
)
INNER_LEADS = frozenset({"by", "von", "par", "por"})  # inside a byline: "Posted on ... by"
MAX_NAMES = 6  # the longest byline of the evaluation pages names six


class AuthorNames:
    """The cleaner, compiled once from the stage's tables."""

    def __init__(self, table: dict[str, Any]) -> None:
        leads = sorted(table.get("author_leads", []), key=len, reverse=True)
        # a lead is followed by a colon or a space: "Von: Rasender Reporter", "By Jane Doe"
        self.leads = re.compile(
            r"^(?:" + "|".join(re.escape(lead) for lead in leads) + r")(?:\s*[:：]\s*|\s+)",
            re.IGNORECASE,
        )
        inner = [lead for lead in leads if lead.casefold() in INNER_LEADS]
        self.inner_leads = re.compile(
            r"(?:^|\s)(?:" + "|".join(re.escape(lead) for lead in inner) + r")\s*:?\s+",
            re.IGNORECASE,
        )
        self.labels = frozenset(
            word.casefold()
            for key in ("author_leads", "weekdays", "timestamp_leads")
            for word in table.get(key, [])
        ) | {name.casefold() for names in table.get("months", {}).values() for name in names}
        self.organisation = frozenset(w.casefold() for w in table.get("organisation_words", []))

    def clean(self, raw: list[str]) -> list[str]:
        """The names in a page's author strings, in order, each once."""
        names: list[str] = []
        for value in raw:
            for part in SPLIT.split(self._lead_cut(" ".join(value.split()))):
                part = self._lead_cut(part.strip(" -–—:'\"‘’“”"))
                if not part or HANDLE.match(part) or EMAIL.match(part) or ADDRESS.match(part):
                    continue
                if part.casefold() in self.labels:
                    # a label alone ("By", "Author", trafilatura's "Posted" of "Posted on
                    # September 21, 2020 by Adi Tzlil") or a date's word ("Donnerstag")
                    continue
                if folded(part) and folded(part) not in {folded(n) for n in names}:
                    names.append(part)
        people = [name for name in names if not self.organisation_name(name)]
        names = people if people else names
        # a page's every writer ("Lebensmittel Praxis; Elena Kuss; Heidrun Mittler; ..." and
        # eight more): the article's own are not among them to be told apart
        return names if len(names) <= MAX_NAMES else []

    def byline(self, text: str) -> list[str]:
        """The names of a byline element's text: "Posted on September 21, 2020 by Adi Tzlil",
        "Jacobo Betancur Peláez | Publicado hace 3 horas", "29. Juni 2017, 23:39 · von Tobi"."""
        text = " ".join(text.split())
        leads = list(self.inner_leads.finditer(text))
        if leads:  # the names follow the last lead word
            text = text[leads[-1].end() :]
        text = BYLINE_END.split(text, maxsplit=1)[0]
        return self.clean([text.strip(" ©~-–—|:")])

    def organisation_name(self, name: str) -> bool:
        """A publisher's name: "Prisma Média" no, "Deutsches Weininstitut GmbH" yes."""
        words = {word.strip(".").casefold() for word in name.split()}
        return bool(words & self.organisation)

    def _lead_cut(self, text: str) -> str:
        for _ in range(3):  # "Rezept von Zum Profil von jesusfreak"
            cut = self.leads.sub("", text, count=1)
            if cut == text:
                break
            text = cut
        return text
