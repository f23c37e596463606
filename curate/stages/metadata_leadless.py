"""Bylines, credits and slugs that no lead word opens: found by the shape of their pieces.

A byline without "By" is still a name-like run followed by what only a byline carries: the
writer's role ("Jane Doe, political correspondent", "Jane Doe/Staff Reporter"), a date ("Jane
Doe | March 3, 2024"), an agency, an address or a handle ("Jane Doe (@janedoe)"). A name alone
is a subhead's or a list item's shape too, and stays (a middle initial, "Jane M. Doe", is the
one mark of a name that headings do not carry). A credit is a line of agencies ("AFP/Reuters"),
a short token in brackets ("(ATS)") or after a dash, or a few lead words and then agencies or
"agencies" ("With files from The Canadian Press", "La rédaction avec AFP"). A slug is a wire
story's routing line: a code of capitalised segments joined by dashes ("BC-EU--Fish-Quotas,2nd
Ld-Writethru"), its "Eds:" advisory, a release's "SOURCE Acme Inc." and its end mark ("ENDS").
Every pattern is anchored with bounded repeats over disjoint classes (linear time).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from curate.stages.author_names import INNER_LEADS
from curate.stages.metadata_found import Found, written_name

if TYPE_CHECKING:
    from curate.stages.metadata_shapes import Shapes

# an address or a handle in a byline: "jane.doe@example.com", "(@janedoe)"
_CONTACT = re.compile(
    r"\s*[(\[]?(?:[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}|@\w{2,30})[)\]]?"
)
_PIECE_SPLIT = re.compile(r"\s*(?:[,/|]|\s[-–—]\s)\s*")
_FIRST_SPLIT = re.compile(r"\s*(?:[,/|·•]|\s[-–—]\s)\s*")
_INITIAL = re.compile(r"^[A-Z]\.$")
# the lead word inside a line that dates the story first: "Posted at 16:05 by Tom Achebe"
_INNER_LEAD = re.compile(r"\s(?:" + "|".join(sorted(INNER_LEADS)) + r")\s+(?=\S)", re.IGNORECASE)
# a wire story's code: capitalised segments joined by one or two dashes or a slash, then perhaps
# its version ("2nd Ld-Writethru", "Fact Box"), its update in brackets or a word count ("/640")
_SLUG_CODE = re.compile(
    r"^(?P<code>[A-Z]{2,12}(?:(?:--?|/)[A-Za-z0-9]{1,30}(?: [A-Za-z0-9]{1,30}){0,2}){1,8}/?)"
    r"(?P<version>,[A-Za-z0-9 -]{1,30})?(?P<update> ?\([A-Z0-9 ]{1,20}\))?$"
)
# a version that only wire copy writes: "2nd Ld-Writethru", "Fact Box", a word count ("0412")
_SLUG_VERSION = re.compile(
    r"(?i),\s?(?:\d{1,2}(?:st|nd|rd|th) Ld\b.*|[^,]*writethru[^,]*|(?!19|20)\d{3,4})$"
)
_SLUG_LINE = re.compile(
    # AP's advisory to editors, a release's source line and the end marks of wire copy
    r"^(?:Eds?\.?:\s+\S.*|SOURCE:?\s+[A-Z].{0,80}"
    r"|ENDS?|-{1,3} ?30 ?-{1,3}|#{3,}|-{1,3} ?ends ?-{1,3})$"
)
_ADVISORY = re.compile(r"Eds?\.?:\s+\S")
ADVISORY_CHARS = 400  # an advisory's characters at most
# a short source token alone in brackets or after a dash: "(ATS)", "(pol)", "— ENA"
_TOKEN_CREDIT = re.compile(
    r"^(?:\(\s*(?P<bracket>[A-Z]{2,6}|[a-z]{2,3})\s*\)|[—–-]{1,2}\s*(?P<dash>[A-Z]{2,6}))$"
)
# a picture's credit in brackets: its photographer, a slash, the source
_BRACKETED = re.compile(r"^\((?P<who>[^()/\n]{2,60})/(?P<source>[^()/\n]{2,60})\)$")
_DIGIT = re.compile(r"\d")
_TOKENS = re.compile(r"[^\W_]+")
_CREDIT_EDGES = " ()[]—–-.,:"
_AGENCY_SPLIT = re.compile(r"\s*(?:[/,&+]|\s(?:and|und|et|y|e)\s)\s*")


def strip_contacts(text: str) -> tuple[str, bool]:
    """A byline's text without its addresses and handles, and whether it held any."""
    cut = _CONTACT.sub("", text)
    return cut.strip(" ,|·-–—"), cut != text


def leadless_byline(shapes: Shapes, text: str) -> Found | None:
    """Names, then a role, a date, an agency, an outlet after a role, an address or a handle."""
    tokens = text.split(maxsplit=2)
    if len(tokens) < 2 or not text[:1].isupper():
        return None
    if not tokens[1][:1].isupper() and tokens[1] not in shapes.particles:
        return None  # "This article was ...": no name opens it
    contact = False
    if "@" in text:
        text, contact = strip_contacts(text)
    first = _FIRST_SPLIT.split(text, maxsplit=1)
    if len(first) == 1 and not contact and ". " not in text:
        return None  # a name alone is a subhead's shape too
    subs = shapes.joiners.split(first[0])
    if any(shapes._name_kind(sub) != "name" for sub in subs):
        return None
    names = [written_name(sub) for sub in subs]
    fields: dict[str, Any] = {"authors": names}
    evidence = contact or (len(first) == 1 and _initialled(first[0]))
    rest = first[1] if len(first) > 1 else ""
    stamp = shapes.timestamp(rest) if rest else None
    if stamp is not None:
        fields["published"] = stamp.fields.get("published")
        return Found("byline", fields, head_only=True)
    # a bar or a dot sets a byline's pieces apart as page furniture: "Lucía Berenguer | Alicante"
    furniture = len(first) > 1 and text[len(first[0]) :].lstrip()[:1] in "|·•"
    photo = False
    for piece in _PIECE_SPLIT.split(rest) if rest else []:
        kind = shapes._name_kind(piece)
        if kind == "agency":
            fields.setdefault("credit", shapes.agencies[piece.casefold()])
        elif kind == "title" and _role_title(shapes, piece):
            photo = photo or any(t.casefold().startswith(shapes.photo_words) for t in piece.split())
        elif not ((evidence or furniture) and _outlet(shapes, piece)):
            return None
        evidence = True
    if photo:  # "Jane Doe/Photographer": the picture's credit, no writer and no agency
        return Found("credit") if evidence else None
    return Found("byline", fields, head_only=True) if evidence else None


def dated_byline(shapes: Shapes, text: str) -> Found | None:
    """A time stamp, then a lead word and the names: "Posted at 16:05 by Tom Achebe",
    "March 3, 2024, by Jane Doe", "12.05.2023 von Lisa Berg"."""
    if not _DIGIT.search(text):
        return None  # no date before the lead word
    leads = list(_INNER_LEAD.finditer(text))
    if not leads:
        return None
    cut = leads[-1]
    stamp = shapes.timestamp(text[: cut.start()].strip(" ,|·-–—"))
    item = shapes.byline("By " + text[cut.end() :]) if stamp is not None else None
    if item is None or not item.fields.get("authors"):
        return None
    fields = {**item.fields, "published": stamp.fields.get("published")}
    return Found("byline", fields, head_only=True)


def _initialled(text: str) -> bool:
    """A name with an initial inside it: "Jane M. Doe" (no heading carries one)."""
    tokens = text.split()
    return len(tokens) >= 3 and any(_INITIAL.match(token) for token in tokens[1:-1])


def _role_title(shapes: Shapes, piece: str) -> bool:
    """A writer's role of a few words, written as a title or in lower case ("Staff Reporter",
    "political correspondent"), not a clause ("chief economist at Acme")."""
    tokens = piece.split()
    if len(tokens) > 4 or not any(t.casefold().strip(".,") in shapes.roles for t in tokens):
        return False
    return all(t[0].isupper() for t in tokens) or all(t.islower() for t in tokens)


def _outlet(shapes: Shapes, piece: str) -> bool:
    """An outlet's name after a role: "The Daily Blare", "BBC News"."""
    tokens = piece.split()
    if tokens and tokens[0].casefold() in shapes.not_names:
        tokens = tokens[1:]
    return 1 <= len(tokens) <= 5 and all(t[0].isupper() for t in tokens)


def credit_shape(shapes: Shapes, text: str) -> Found | None:
    """ "AFP/Reuters", "(ATS)", "— ENA", "With files from Jane Doe and The Canadian Press"."""
    bracketed = _BRACKETED.match(text)
    if bracketed and shapes._name_kind(bracketed.group("who")) == "name":
        source = bracketed.group("source").strip()  # "(Jane Doe/The Harbour Times)"
        if _outlet(shapes, source):
            return Found("credit", {"credit": shapes.agencies.get(source.casefold(), source)})
    token = _TOKEN_CREDIT.match(text)
    if token:
        name = token.group("bracket") or token.group("dash")
        return Found("credit", {"credit": shapes.agencies.get(name.casefold(), name)})
    core = text.strip(_CREDIT_EDGES)
    words = core.split()
    if not words or len(words) > 12 or text.rstrip()[-1] in ".!?":
        return None  # "He spoke to Reuters.": a sentence
    if not any(word.casefold() in shapes.source_words for word in _TOKENS.findall(core)):
        return None  # no word of an agency or of "agencies"
    agencies = _agencies(shapes, core)
    if agencies:
        return Found("credit", {"credit": agencies[0]})
    # lead words (the first may be capitalised, the others in lower case), then the sources
    for cut in range(1, min(5, len(words) - 1) + 1):
        if not words[cut - 1].isalpha() or (cut > 1 and not words[cut - 1].islower()):
            return None
        found = _sources(shapes, " ".join(words[cut:]))
        if found is not None:
            return Found("credit", {"credit": found[0] if found else None})
    return None


def _agencies(shapes: Shapes, text: str) -> list[str]:
    """The agencies of a line made only of two or more of them: "AFP/Reuters", "AP and dpa"."""
    parts = _AGENCY_SPLIT.split(text)
    if len(parts) < 2 or any(part.casefold() not in shapes.agencies for part in parts):
        return []
    return [shapes.agencies[part.casefold()] for part in parts]


def _sources(shapes: Shapes, text: str) -> list[str] | None:
    """The agencies of a run of names, agencies and groups ("agencies") with one agency or
    group at least; None for any other run."""
    parts = [sub for part in _AGENCY_SPLIT.split(text) for sub in shapes.joiners.split(part)]
    kinds = [shapes._name_kind(part) for part in parts]
    if not parts or any(kind not in ("name", "agency", "group") for kind in kinds):
        return None
    if not any(kind in ("agency", "group") for kind in kinds):
        return None
    return [
        shapes.agencies[p.casefold()] for p, k in zip(parts, kinds, strict=True) if k == "agency"
    ]


def advisory(text: str) -> bool:
    """A wire copy's advisory to editors ("Eds: Updates with ..."), whatever its length: it
    may be a sentence of more than a dozen words, which the byline shapes leave as body."""
    return len(text) <= ADVISORY_CHARS and _ADVISORY.match(text) is not None


def slug(text: str) -> bool:
    """A wire story's routing line: its code, its advisory, a release's source, an end mark."""
    if _SLUG_LINE.match(text):
        return True
    match = _SLUG_CODE.match(text)
    if not match:
        return False
    code = match.group("code")
    segments = re.split(r"--?|/", code.strip("/"))
    if " " in code and not _SLUG_VERSION.match(match.group("version") or ""):
        return False  # words with spaces between dashes: a headline's, unless wire-versioned
    capitals = sum(1 for s in segments[:3] if s.isalpha() and s.isupper())
    if "--" in code or (len(segments) >= 3 and capitals >= 2):
        return True
    # a code closed by a slash or an update in brackets ("TANZANIA-GOLD/ (UPDATE 1)",
    # "CNA-Chile-Quake/"), or an agency's code with a version ("BC-Bridge-Costs,500")
    versioned = _SLUG_VERSION.match(match.group("version") or "") is not None
    closed = code.endswith("/") or bool(match.group("update")) or versioned
    if " " in code or not segments[0].isupper():
        return False
    # 4+ segments under an agency's code in capitals ("CNA-Fiji-Election/Results")
    return (closed and len(segments) >= 2) or len(segments) >= 4
