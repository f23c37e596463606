"""What the `bylines` stage's shapes left at a story's edges: press-release heads, contact
lines, origin notes, bylines by their place and end-of-story credits (setting `bylines.notes`).

Each kind is told by its shape and found only where it stands (the stage asks about the head
and tail windows only):

- `issuer`: a press release's head, "News provided by" alone or with its issuer, and the
  issuer's name alone under it or in the head ("Halvorsen Robotics, Inc.": a company's legal
  suffix closes it); `credit` is the issuer.
- `contact`: a labelled contact ("Media contact: Jane Doe, press@acme.example, +1 612 555
  0148", "Investor Relations: ...", "Pressekontakt: ...") or a prompt to write in ("Got a
  story? Email news@... or call ..."), with an address or a phone number; no field.
- `appeal`: a sentence of the last lines asking readers to call or write, with a phone number
  or an address ("Consumers with questions may contact the company at 1-800-555-0199"); no field.
- `origin`: where the story came from ("This article originally appeared on ...", "Ce contenu
  a été produit par ...", "Dieser Artikel erschien zuerst ...", "View original content: URL",
  "Published in The Herald, June 9th, 2026"); its date fills `published`.
- `stamped`: a byline by its place: a name-like run right above the time stamp ("Farhana
  Yasmin Talukder" over "Published: 12:00 AM, Jun 24, 2027"; right under the headline it is
  a subhead's shape too, and stays); in the head, a lead word in lower
  case ("di Marco Rossi", "par Jean Dupont"), an interview's lead ("Das Gespräch führte Thomas
  Vogt", "Propos recueillis par ..."), "From Jane Doe at Anfield", a desk ("Goalmouth Daily
  Staff", "Coral Coast Radio newsroom": `credit` the outlet); `authors` the names.
- `contrib`: a credit closing the story: "Jane Doe in Oslo contributed to this report.",
  "Dahl reported from Oslo."; no field (the story's own byline names its writer).

Patterns are anchored with bounded repeats (linear on hostile input).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from curate.stages.metadata_found import Found, written_name

if TYPE_CHECKING:
    from curate.stages.metadata_shapes import Shapes

NOTES = ("issuer", "contact", "appeal", "origin", "stamped", "contrib")
NOTE_WORDS = 40  # a longer line is body text
# a line of NOTE_WORDS words or fewer within this many characters (41 words need 40 gaps)
NOTE_CHARS = 2 * NOTE_WORDS

_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}")
# a phone number: digit groups split by spaces, dots or dashes, perhaps a country code and an
# area code in brackets; 7 to 15 digits in all (`_phone`), so no year, score or time is one
_PHONE = re.compile(
    r"(?<![\w.,])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d{1,5}(?:[ .-]\d{2,5}){1,4}(?![\w])"
)
_DIGITS = re.compile(r"\d")
# digit groups that are no phone number: a date ("12.05.2023", "2023-05-12"), a span of years
# ("2008-2012"), a sum in thousands ("1 200 000", "3.400.000")
_NOT_PHONE = re.compile(
    r"^(?:\d{1,4}([./-])\d{1,2}\1\d{1,4}|(?:19|20)\d\d ?[-–] ?(?:19|20)\d\d"
    r"|\d{1,3}(?:[ .]\d{3}){2,4})$"
)
_URL = re.compile(r"(?:https?://|www\.)\S{3,300}$")

_ISSUER_LEAD = re.compile(
    r"^(?:(?:News|Press release|Release|Content|Communiqué(?: de presse)?|Comunicado(?: de "
    r"prensa)?) (?:provided|distributed|issued|published|diffusé|publié|transmis|emitido|"
    r"publicado|distribuido) (?:by|par|por)|Pressemitteilung (?:von|der|des))"
    r"\s*:?\s*(?P<who>\S.{0,80})?$",
    re.IGNORECASE,
)
# a company's name with its legal suffix: "Halvorsen Robotics, Inc.", "Norvanta Logistics Pte
# Ltd" (no "Group", "Holdings", "Company": words of a name, and of headings too)
# a company's legal suffix, as a company's name ends ("Acme Widgets Inc.", "Tan Holdings Pte Ltd")
LEGAL_SUFFIXES = tuple(
    (
        "Inc Inc. Incorporated Ltd Ltd. Limited LLC L.L.C. LLP LP Corp Corp. Corporation Co. plc "
        "PLC GmbH AG SE S.A. SA S.L. SL N.V. B.V. NV BV S.p.A. SpA SARL SAS AB ASA A/S Oy"
    ).split()
) + tuple(
    f"{a}{d} {b}{e}"
    for a, b in (("Pte", "Ltd"), ("Pty", "Ltd"), ("Sdn", "Bhd"))
    for d in ("", ".")
    for e in ("", ".")
)
_COMPANY = re.compile(
    r"^(?P<name>[A-Z0-9][\w&'’.-]{0,30}(?: (?:[A-Z0-9&][\w&'’.-]{0,30}|of|and|de|und|für)){0,6})"
    r",? (?:" + "|".join(map(re.escape, LEGAL_SUFFIXES)) + r")$"
)

_CONTACT_LABEL = re.compile(
    r"^(?:[\w’'-]{1,20} ){0,3}(?:contacts?|enquiries|inquiries|relations|press|media|line|"
    r"office|desk|kontakt|pressekontakt|medienkontakt|ansprechpartner(?:in)?|presse|médias?|"
    r"renseignements|contacto|prensa|informes)(?: [\w’'-]{1,20}){0,2}\s?:\s*\S",
    re.IGNORECASE,
)
# a prompt: a short question ("Got a story?", "Have a story idea?") or a verb to write or call
_CONTACT_PROMPT = re.compile(
    r"^(?:[^?.!]{3,40}\?\s|(?:e-?mail|call|phone|text|send|write|contact|tip|ring|"
    r"pour nous (?:écrire|joindre)|écrivez|contactez|schreiben sie|rufen sie|kontaktieren sie|"
    r"escríbanos|escribe|llame|contacte)\b)",
    re.IGNORECASE,
)
_APPEAL_VERB = re.compile(
    r"\b(?:contact|call|calling|phone|ring|e-?mail|write|text|melden|anrufen|wenden|"
    r"telefon|contacter|appeler|joindre|composer|llamar|contactar|comunicarse|llame)\b",
    re.IGNORECASE,
)

_ORIGIN_VIEW = re.compile(
    r"^(?:View (?:the )?original (?:content|version|release)|To view the original version)"
    r"[^:\n]{0,60}:?\s*(?:https?://|www\.)\S{3,300}$",
    re.IGNORECASE,
)
# the note's subject, then at most a few auxiliary words, then the verb of its origin: "This
# story was produced with funding ...", "Cet article a été initialement publié ...", not "This
# article of the lease was first signed ..." nor "Dieser Artikel des Gesetzes erschien ..."
_ORIGIN_NOTE = re.compile(
    r"^(?:(?:This|The above|The original version of this|A version of this) "
    r"(?:article|story|report|piece|content|column|interview|post|item|feature|text)"
    r"|(?:Cet|Ce|Cette) (?:article|contenu|texte|reportage|entretien|chronique)"
    r"|(?:Dieser|Der) (?:Artikel|Beitrag|Text)|Diese (?:Meldung|Geschichte)"
    r"|(?:Este|Esta) (?:artículo|contenido|texto|reportaje|nota|información|crónica))"
    r"(?: (?:was|were|is|has|have|had|been|also|previously|a|est|été|wurde|ist|fue|ha|sido))"
    r"{0,3} (?:originally|first|initially|appeared|published|republished|produced|reproduced|"
    r"syndicated|made possible|funded|supported|initialement|originalement|d'abord|publiée?|"
    r"paru|produite?|réalisée?|reproduite?|erschien|erschienen|veröffentlicht|zuerst|"
    r"ursprünglich|entstand|publicad[oa]|originalmente|apareció|producid[oa]|reproducid[oa])\b",
    re.IGNORECASE,
)
_ORIGIN_PUBLISHED = re.compile(
    r"^(?:(?:First|Originally) (?:published|printed|appeared)|Published|Printed|Appeared) "
    r"(?:in|by) (?:the |The )?[A-Z]"
    r"[^\n]{0,120}$"
)

_LOWER_LEAD = re.compile(r"^(?:by|von|par|por|di|door|da|av|af|przez|od|de)\s+(?P<rest>\S.*)$")
_INTERVIEW_LEAD = re.compile(
    r"^(?:Das Gespräch führten?|Das Interview führten?|Interview(?: von| by)?:?|"
    r"Propos recueillis par|Entretien réalisé par|Entrevista(?: de| por| realizada por)?:?|"
    r"Interviewed by|Intervista (?:di|a cura di)|Fragen von)\s+(?P<rest>\S.*)$"
)
_FROM_AT = re.compile(r"^From (?P<names>.{3,80}?) (?:at|in) (?:the )?(?P<place>[A-Z][^\n]{1,60})$")
_DESK = re.compile(
    r"^(?:By )?(?P<outlet>(?:The )?[A-Z][\w&'’.-]{0,30}(?: [A-Z0-9][\w&'’.-]{0,30}){0,4}) "
    r"(?:Staff|staff|Newsroom|newsroom|News Desk|news desk|Desk|desk|Redaktion|rédaction|"
    r"Rédaction|Staff Reports?|Staff Writers?|Team|team)$"
)

_CONTRIB = re.compile(
    r"^(?P<who>[A-Z][^\n.!?,]{1,120}?) (?:contributed(?: reporting)?(?: to this "
    r"(?:report|story|article))?|(?:also )?reported from [A-Z][\w'’-]{0,30}"
    r"(?:,? [A-Z][\w'’-]{0,30}){0,4}|"
    r"a contribué à cet article|hat zu diesem Bericht beigetragen|colaboró con este reporte)"
    r"\.?$"
)


# seven digits somewhere: what a phone number needs at least, found without `_PHONE`'s search
# (\D and \d never overlap: linear); `seven_digits` counts them quicker
_SEVEN_DIGITS = re.compile(r"(?:\D*\d){7}")
_NON_DIGITS = re.compile(r"\D+")
_ASCII_DIGITS = b"0123456789"


def seven_digits(text: str) -> bool:
    """Whether `text` holds seven digits (`\\d`, any script), as `_SEVEN_DIGITS` matches: an
    ASCII text's by deleting its digits from its bytes in C, another's by deleting all else."""
    if text.isascii():  # its only digits are 0-9
        return len(text) - len(text.encode("ascii").translate(None, _ASCII_DIGITS)) >= 7
    return len(_NON_DIGITS.sub("", text)) >= 7


def _phone(text: str) -> bool:
    """Whether `text` holds a phone number of 7 to 15 digits."""
    if not seven_digits(text):  # most lines: not the digits of one
        return False
    return any(
        7 <= len(_DIGITS.findall(m.group())) <= 15 and not _NOT_PHONE.match(m.group())
        for m in _PHONE.finditer(text)
    )


def reachable(text: str) -> bool:
    """An address or a phone number in `text`."""
    return ("@" in text and _EMAIL.search(text) is not None) or _phone(text)


def _long(line: str) -> bool:
    """Over `NOTE_WORDS` words (a short line is not: no split; nor one with fewer than
    `NOTE_WORDS` places to cut, `_cuts`)."""
    if len(line) <= NOTE_CHARS or _cuts(line) < NOTE_WORDS:
        return False
    return len(line.split(None, NOTE_WORDS)) > NOTE_WORDS


# `str.split()`'s whitespace as UTF-8: the ASCII bytes, and the lead byte of each other
# character it cuts at (U+0085 and U+00A0: C2; U+1680: E1; U+2000-U+200A, U+2028, U+2029,
# U+202F, U+205F: E2; U+3000: E3)
_CUT_BYTES = b" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\xc2\xe1\xe2\xe3"


def _cuts(line: str) -> int:
    """At least the number of whitespace characters in `line` (a line of n words has n - 1 at
    least): its UTF-8 bytes that are whitespace or could open a whitespace character, counted
    by deleting them in C. A line UTF-8 cannot hold (a lone surrogate): its length."""
    try:
        data = line.encode("utf-8")
    except UnicodeEncodeError:
        return len(line)
    return len(data) - len(data.translate(None, _CUT_BYTES))


def _issuer_lead(line: str) -> re.Match[str] | None:
    """`_ISSUER_LEAD`'s match, tried only on a line opening with the letter of one of its
    leads (no other character matches n, p, r or c ignoring case)."""
    return _ISSUER_LEAD.match(line) if line[:1] in _ISSUER_FIRST else None


_ISSUER_FIRST = frozenset("nNpPrRcC")


def _contrib_words(line: str) -> bool:
    """What `_CONTRIB` needs: a capital to open the line and one of its verbs ("contributed",
    "a contribué", "reported from ", "beigetragen", "colaboró") somewhere in it."""
    return ("A" <= line[:1] <= "Z") and (
        "contribu" in line
        or "reported from " in line
        or "beigetragen" in line
        or "colaboró" in line
    )


# the first characters of the origin notes' leads: "View" and "To view" (`_ORIGIN_VIEW`), "This",
# "The", "A", "Cet", "Ce", "Dieser", "Der", "Este" (`_ORIGIN_NOTE`), both ignoring case (no other
# character matches t, v, a, c, d or e ignoring case, checked over all of Unicode); "First",
# "Originally", "Published", "Printed", "Appeared" (`_ORIGIN_PUBLISHED`, in this case only)
_ORIGIN_FIRST = frozenset("tTvVaAcCdDeEFOP")


# what `_COMPANY` ends with: a space and a legal suffix
_COMPANY_ENDS = tuple(" " + suffix for suffix in LEGAL_SUFFIXES)


def _company(line: str) -> re.Match[str] | None:
    """`_COMPANY`'s match, tried only on a line ending with a legal suffix."""
    if not line.rstrip("\n").endswith(_COMPANY_ENDS):
        return None
    return _COMPANY.match(line)


class Notes:
    """The tests of `NOTES`, over the stage's `Shapes` (names, dates)."""

    def __init__(self, shapes: Shapes, notes: tuple[str, ...]) -> None:
        self.shapes = shapes
        self.notes = frozenset(notes)

    def head(self, line: str, above_stamp: bool, above_story: bool = True) -> Found | None:
        """A line of the head window; `above_stamp`: right above the story's time stamp;
        `above_story`: no paragraph of prose above it (a company's name
        alone is an issuer there, a heading lower down: "About Acme Widgets Inc.")."""
        if _long(line):
            return None
        return (
            self._issuer(line, above_story)
            or self._origin(line)
            or self._stamped(line, above_stamp)
            or self._contact(line)
        )

    def tail(self, line: str) -> Found | None:
        """A line of the tail window."""
        if _long(line):
            return None
        return (
            self._contact(line) or self._appeal(line) or self._origin(line) or self._contrib(line)
        )

    def issuer_below(self, line: str) -> Found | None:
        """The line under a lone "News provided by": its issuer, a short name."""
        if "issuer" not in self.notes or not line[:1].isupper():
            return None
        words = line.split()
        if not 1 <= len(words) <= 8 or line[-1] in "!?:" or (line[-1] == "." and len(words) > 5):
            return None
        return Found("byline", {"credit": line.strip()})

    def lone_lead(self, line: str) -> bool:
        """ "News provided by" alone: the issuer's name is the next line."""
        if "issuer" not in self.notes:
            return False
        lead = _issuer_lead(line)
        return lead is not None and not lead.group("who")

    def issuer_title(self, title: str) -> Found | None:
        """A title that is a press release's issuer lead, alone or with its issuer."""
        lead = _issuer_lead(title) if "issuer" in self.notes else None
        return self._issuer(title, False) if lead else None

    def _issuer(self, line: str, above_story: bool) -> Found | None:
        if "issuer" not in self.notes:
            return None
        lead = _issuer_lead(line)
        if lead:
            who = (lead.group("who") or "").strip()
            if not who:
                return Found("byline")
            return Found("byline", {"credit": who}) if self._issuer_name(who) else None
        company = _company(line) if above_story else None
        if company and not line.startswith(("The ", "A ")):
            return Found("byline", {"credit": line.strip()})
        return None

    @staticmethod
    def _issuer_name(text: str) -> bool:
        """An issuer's name after the lead: capitalised, a few words, no sentence ("News
        provided by residents shaped the plans, officials said." is the story's)."""
        words = text.split()
        if not text[:1].isupper() or len(words) > 8:
            return False
        return text[-1] not in "!?" and (text[-1] != "." or _company(text) is not None)

    def _contact(self, line: str) -> Found | None:
        if "contact" not in self.notes or not reachable(line):
            return None
        if _CONTACT_LABEL.match(line) or _CONTACT_PROMPT.match(line):
            return Found("contact")
        return None

    def _appeal(self, line: str) -> Found | None:
        if "appeal" not in self.notes or len(line.split()) > 35:
            return None
        if reachable(line) and _APPEAL_VERB.search(line):
            return Found("contact")
        return None

    def _origin(self, line: str) -> Found | None:
        if "origin" not in self.notes or line[:1] not in _ORIGIN_FIRST:
            return None
        if _ORIGIN_VIEW.match(line) or _ORIGIN_NOTE.match(line):
            return Found("origin")
        if _ORIGIN_PUBLISHED.match(line) and len(line.split()) <= 15:
            return Found("origin", {"published": self.shapes.published(line)})
        return None

    def _stamped(self, line: str, above_stamp: bool) -> Found | None:
        if "stamped" not in self.notes or line[-1:] in ".!?:":
            return None
        shapes = self.shapes
        for lead in (_LOWER_LEAD, _INTERVIEW_LEAD):
            match = lead.match(line)
            if match:
                item = shapes.byline("By " + match.group("rest"))
                if item is not None and item.fields.get("authors"):
                    return Found("byline", item.fields)
        match = _FROM_AT.match(line)
        if match:
            names = [n for n in shapes.joiners.split(match.group("names"))]
            if names and all(shapes._name_kind(n) == "name" for n in names):
                return Found("byline", {"authors": [written_name(n) for n in names]})
        desk = _DESK.match(line)
        outlet = desk.group("outlet") if desk else ""
        if desk and shapes._name_kind(outlet.removeprefix("The ")) in ("name", "title", "agency"):
            return Found("byline", {"credit": shapes.agencies.get(outlet.casefold(), outlet)})
        if above_stamp and self.name_alone(line):
            names = shapes.joiners.split(line)
            return Found("byline", {"authors": [written_name(n) for n in names]})
        return None

    def name_alone(self, line: str) -> bool:
        """A line of names only: "Farhana Yasmin Talukder", "Jane Doe and John Roe"."""
        names = self.shapes.joiners.split(line)
        return all(self.shapes._name_kind(name) == "name" for name in names)

    def _contrib(self, line: str) -> Found | None:
        if "contrib" not in self.notes:
            return None
        if not _contrib_words(line):
            return None
        match = _CONTRIB.match(line)
        if match and len(match.group("who").split()) <= 12:
            return Found("byline")
        return None
