"""Plant machine-translation artifacts in clean English at known places, reproducibly.

`inject(text, kinds, seed)` picks, for each requested kind, one place of the clean text where that
artifact can occur and plants it there ("Japan, which" -> "Japan , which", "an hour" -> "a hour").
It returns the text with the artifacts (`injected`), the text a perfect repair gives back
(`reference`), and where each artifact sits in both, so a repair can be scored exactly: the
repaired output must equal the reference at that place.

Places are chosen by what the clean text offers, not by what the `translation` stage can fix:
every lower-case `a`/`an` before a word, every sentence start whose word also appears in lower
case, every curly-quoted phrase. Two artifacts never sit within `GAP` characters of each other.
A few kinds need a name or a title where the clean text has none; then the reference gains the
correct form and the injected text the mangled one (reference "Mr. Lawan", injected "M. Lawan";
reference "Vladimir Putin", injected "Wladimir Putin" in place of another two-word name).

The form of each artifact varies as translated text varies, not only in the one shape a rule
looks for: the space French puts before : ; ! ? and inside « » is a plain space, a no-break space
(U+00A0) or a narrow one (U+202F), and so is the space between thousands ("5\u202f000 people");
a spaced mark may follow a word, a closing quote or a bracket ("invasion” ." as in seed 003);
"Mme" may come with a full stop; a doubled word may open a sentence ("The the").
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from curate.resources import data_file

# kind -> the rule of the `translation` stage that should repair it
KINDS: dict[str, str] = {
    "space_before_punct": "space_before_punct",
    "space_inside_quotes": "space_inside_quotes",
    "guillemets": "space_inside_quotes",
    "number_format": "number_format",
    "title_m": "title_word",
    "title_mme": "title_word",
    "gazetteer": "gazetteer",
    "article": "article",
    "sentence_case": "sentence_case",
    "doubled_word": "doubled_word",
    "doubled_space": "whitespace",
    "stray_markup": "tag, entity",
}
# the stage that repairs each kind, when it is not `translation`: the eval runs the stages a
# document meets before `translation` in the pipeline, as a translated document meets them
STAGE_OF: dict[str, str] = {"doubled_space": "unicode", "stray_markup": "markup"}
GAP = 20
# the spaces French typography puts before : ; ! ?, inside « », and between thousands, and how
# often each is chosen: a plain space (what survives most copy and paste), U+00A0, U+202F
FRENCH_SPACES = (" ", " ", "\u00a0", "\u202f")
DOUBLED = ("the", "a", "an", "of", "to", "and", "or", "for", "with", "from", "at", "by")
NOT_AN_ARTICLE_BEFORE = frozenset(
    "a an the and or of in on at to is are was were be as by for nor but so".split()
)
# words before a full stop that is not a sentence end
ABBREVIATIONS = frozenset(
    "mr mrs ms dr st mt ft gen sen rep gov lt col capt prof rev jr sr inc co corp ltd bros no vs"
    " jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
SPEAKING = r"(?:said|says|told|added|wrote|explained|argued|noted|insisted|warned)\b"


@dataclass(frozen=True)
class Site:
    """A place in the clean text: `clean[start:end]` becomes `reference` / `injected`."""

    kind: str
    start: int
    end: int
    reference: str
    injected: str


@dataclass(frozen=True)
class Artifact:
    kind: str
    ref_start: int  # where the artifact's place starts in the reference text
    reference: str  # what the reference text has there
    inj_start: int  # where it starts in the injected text
    injected: str  # what the injected text has there


@dataclass(frozen=True)
class Planter:
    """A planting procedure: kind -> a function yielding the places of a text, and the choices
    made per planting (`variant(site, rng) -> site`). Two planters built apart measure whether a
    repair holds on places and forms it was not tuned on."""

    finders: dict[str, Callable[[str], Iterable[Site]]]
    variant: Callable[[Site, random.Random], Site]


@dataclass(frozen=True)
class Injection:
    reference: str
    injected: str
    artifacts: tuple[Artifact, ...]


def inject(text: str, kinds: Sequence[str], seed: int, planter: Planter | None = None) -> Injection:
    """Plant one artifact per entry of `kinds` (skipped when the text offers no free place).
    `planter` says where and in which forms (this module's, unless another is given)."""
    planter = planter or PLANTER
    rng = random.Random(seed)
    cache: dict[str, list[Site]] = {}
    chosen: list[Site] = []
    for kind in kinds:
        if kind not in cache:
            cache[kind] = list(planter.finders[kind](text))
        free = [s for s in cache[kind] if all(_apart(s, c) for c in chosen)]
        if free:
            site = rng.choice(free)
            chosen.append(planter.variant(site, rng))
    chosen.sort(key=lambda s: s.start)
    reference: list[str] = []
    injected: list[str] = []
    artifacts = []
    cursor = ref_len = inj_len = 0
    for site in chosen:
        between = text[cursor : site.start]
        reference.append(between)
        injected.append(between)
        ref_len += len(between)
        inj_len += len(between)
        artifacts.append(Artifact(site.kind, ref_len, site.reference, inj_len, site.injected))
        reference.append(site.reference)
        injected.append(site.injected)
        ref_len += len(site.reference)
        inj_len += len(site.injected)
        cursor = site.end
    reference.append(text[cursor:])
    injected.append(text[cursor:])
    return Injection("".join(reference), "".join(injected), tuple(artifacts))


def available(text: str, planter: Planter | None = None) -> list[str]:
    """The kinds `text` offers at least one place for, in `KINDS` order."""
    return [kind for kind in KINDS if sites(text, kind, planter)]


def sites(text: str, kind: str, planter: Planter | None = None) -> list[Site]:
    """Every place of `text` where an artifact of `kind` can be planted."""
    return list((planter or PLANTER).finders[kind](text))


def _apart(a: Site, b: Site) -> bool:
    return a.end + GAP <= b.start or b.end + GAP <= a.start


def _variant(site: Site, rng: random.Random) -> Site:
    """Choices made per planting rather than per place (which mark, which name, spaced or not)."""
    if site.kind == "gazetteer":
        rows = data_file("gazetteer.yaml")["names"]
        row = rng.choice(rows)
        return Site(site.kind, site.start, site.end, row["right"], row["wrong"])
    if site.kind == "guillemets":
        inner = site.reference[1:-1]
        space = "" if rng.random() < 0.3 else rng.choice(FRENCH_SPACES)
        return Site(site.kind, site.start, site.end, site.reference, f"«{space}{inner}{space}»")
    if site.kind == "space_inside_quotes":
        inner = site.reference[1:-1]
        space = rng.choice(FRENCH_SPACES)
        return Site(site.kind, site.start, site.end, site.reference, f"“{space}{inner}{space}”")
    if site.kind == "space_before_punct" and site.reference in (":", ";", "!", "?"):
        injected = rng.choice(FRENCH_SPACES) + site.reference
        return Site(site.kind, site.start, site.end, site.reference, injected)
    if site.kind == "number_format" and " " in site.injected:
        injected = site.injected.replace(" ", rng.choice(FRENCH_SPACES))
        return Site(site.kind, site.start, site.end, site.reference, injected)
    if site.kind == "doubled_space":
        injected = rng.choice(("  ", "  ", " \u00a0", "\u00a0 ", "   "))
        return Site(site.kind, site.start, site.end, site.reference, injected)
    if site.kind == "stray_markup" and site.injected in _OPEN_TAGS:
        return Site(site.kind, site.start, site.end, site.reference, rng.choice(_OPEN_TAGS))
    if site.kind == "stray_markup" and site.injected in _CLOSE_TAGS:
        return Site(site.kind, site.start, site.end, site.reference, rng.choice(_CLOSE_TAGS))
    if site.kind == "stray_markup" and site.reference == "’":
        return Site(site.kind, site.start, site.end, "’", rng.choice(("&#8217;", "&rsquo;")))
    if site.kind == "title_mme" and rng.random() < 0.2:
        return Site(site.kind, site.start, site.end, site.reference, "Mme. ")
    return site


def _space_before_punct(text: str):
    # "Japan, which" -> "Japan , which"; a full stop only where a sentence ends ("over. The");
    # after a closing quote or bracket too: "invasion”." -> "invasion” ." (seed 003);
    # French typography: "he asked: why?" -> "he asked : why ?" (the space chosen in `_variant`)
    for m in re.finditer(r"(?<=[^\W\d_]|[”)])[,;:?!](?= [^\W\d_“\"‘(])", text):
        yield Site("space_before_punct", m.start(), m.end(), m.group(0), " " + m.group(0))
    for m in re.finditer(r"(?:(?<=\b[a-z]{2})[a-z]*|(?<=[a-z]{2}[”)]))\.(?= [A-Z][a-z])", text):
        at = m.end() - 1
        yield Site("space_before_punct", at, at + 1, ".", " .")


def _quoted(text: str):
    return re.finditer(r"“([^“”‘’'\"\s](?:[^“”\n]{0,200}[^“”‘’'\"\s])?)”", text)


def _space_inside_quotes(text: str):
    # “tactical nuclear” -> “ tactical nuclear ” (French « tactical nuclear », quotes replaced)
    for m in _quoted(text):
        yield Site("space_inside_quotes", m.start(), m.end(), m.group(0), f"“ {m.group(1)} ”")


def _guillemets(text: str):
    # “real war” -> « real war » (or «real war», see `_variant`)
    for m in _quoted(text):
        yield Site("guillemets", m.start(), m.end(), m.group(0), f"« {m.group(1)} »")


def _number_format(text: str):
    # "1.5 million" -> "1,5 million"; "5,000 people" -> "5 000 people"
    units = r"(?= ?(?:%|(?:million|billion|trillion|percent|per cent)\b))"
    for m in re.finditer(r"(?<![\w.,])[0-9]{1,3}\.[0-9]{1,2}(?![0-9.,])" + units, text):
        yield Site("number_format", m.start(), m.end(), m.group(0), m.group(0).replace(".", ","))
    for m in re.finditer(r"(?<![\w.,])[1-9][0-9]{0,2}(?:,[0-9]{3})+(?![0-9.,])(?= [a-z])", text):
        yield Site("number_format", m.start(), m.end(), m.group(0), m.group(0).replace(",", " "))


def _title(kind: str, english: str, source: str):
    def find(text: str):
        # "Mr. Lawan" -> "M. Lawan", "Mrs. Borne" -> "Mme Borne"
        for m in re.finditer(rf"(?<![\w.]){re.escape(english)} (?=[A-Z][a-z])", text):
            yield Site(kind, m.start(), m.end(), m.group(0), source + " ")
        # "the senator Lawan said" -> reference "the senator Mr. Lawan said", "M. Lawan said"
        for m in re.finditer(rf"(?<![\w.])[a-z]+,? (?=[A-Z][a-z]{{2,}} {SPEAKING})", text):
            yield Site(kind, m.end(), m.end(), english + " ", source + " ")

    return find


def _gazetteer(text: str):
    # "the envoy Ahmad Lawan said" -> reference "Vladimir Putin", injected "Wladimir Putin"
    for m in re.finditer(r"(?<![\w.])[a-z]+,? ([A-Z][a-z]+ [A-Z][a-z]+)(?= [a-z]|[,.])", text):
        yield Site("gazetteer", m.start(1), m.end(1), "", "")  # names chosen in `_variant`


def _article(text: str):
    # "an hour" -> "a hour", "a unique" -> "an unique"; a capital only where a sentence starts
    for m in re.finditer(r"(?<![\w'’.\-/@&+])(?:a|an|A|An) (?=([a-z][\w'’-]*))", text):
        word = m.group(0)[:-1]
        if m.group(1).lower() in NOT_AN_ARTICLE_BEFORE:
            continue
        if word[0] == "A" and not (m.start() == 0 or re.match(r"[.!?] |\n", text[m.start() - 2 :])):
            continue
        swapped = {"a": "an", "an": "a", "A": "An", "An": "A"}[word]
        yield Site("article", m.start(), m.start() + len(word), word, swapped)


def _sentence_case(text: str):
    # "mid-November. It continued." -> "mid-November. it continued." (seed 003); only words the
    # text also writes in lower case, so names keep their capital
    lower = set(re.findall(r"(?<![\w'’-])[a-z]+(?![\w'’-])", text))
    for m in re.finditer(r"(?<![\w.])([A-Za-z][a-z]+)\. ([A-Z])([a-z]+)(?=[ ,])", text):
        if m.group(1).lower() in ABBREVIATIONS:
            continue  # "Mr. Ranking Member", "The Dutta Corp. Fair Hill": not a sentence start
        if (m.group(2).lower() + m.group(3)) in lower:
            at = m.start(2)
            yield Site("sentence_case", at, at + 1, m.group(2), m.group(2).lower())


def _doubled_word(text: str):
    # "on the sentencing" -> "on the the sentencing"; "The report" -> "The the report"
    words = "|".join(DOUBLED)
    for m in re.finditer(rf"(?<![\w'’-])({words}) (?=[a-z])", text):
        word = m.group(1)
        yield Site("doubled_word", m.start(), m.start() + len(word), word, f"{word} {word}")
    capitals = "|".join(w.capitalize() for w in DOUBLED)
    for m in re.finditer(rf"(?:^|(?<=\n)|(?<=[.!?] ))({capitals}) (?=[a-z])", text):
        word = m.group(1)
        injected = f"{word} {word.lower()}"
        yield Site("doubled_word", m.start(), m.start() + len(word), word, injected)


def _doubled_space(text: str):
    # "the minister said" -> "the  minister said" (or a no-break space beside the space), as
    # segments joined by a translation tool leave them
    for m in re.finditer(r"(?<=\w) (?=\w)", text):
        yield Site("doubled_space", m.start(), m.end(), " ", "  ")


_OPEN_TAGS = ("< p>", "<p>", "< p >", "<P>")
_CLOSE_TAGS = ("</ p>", "</p >", "</p>", "< /p>")
_ENTITIES = {'"': "&quot;", "’": "&#8217;", "&": "&amp;", "'": "&#39;"}


def _stray_markup(text: str):
    # tags a translation tool leaves around paragraphs ("< p>The minister", "said.</ p>"), and
    # characters it leaves as entities ("It&#8217;s", "&quot;no&quot;", "AT&amp;T")
    for m in re.finditer(r"(?:^|(?<=\n\n))(?=\S)", text):
        yield Site("stray_markup", m.start(), m.start(), "", _OPEN_TAGS[0])
    for m in re.finditer(r"(?<=\S)(?=\n\n|$)", text):
        yield Site("stray_markup", m.start(), m.start(), "", _CLOSE_TAGS[0])
    for m in re.finditer(r"[\"’&']", text):
        yield Site("stray_markup", m.start(), m.end(), m.group(0), _ENTITIES[m.group(0)])


_FINDERS = {
    "space_before_punct": _space_before_punct,
    "space_inside_quotes": _space_inside_quotes,
    "guillemets": _guillemets,
    "number_format": _number_format,
    "title_m": _title("title_m", "Mr.", "M."),
    "title_mme": _title("title_mme", "Mrs.", "Mme"),
    "gazetteer": _gazetteer,
    "article": _article,
    "sentence_case": _sentence_case,
    "doubled_word": _doubled_word,
    "doubled_space": _doubled_space,
    "stray_markup": _stray_markup,
}

PLANTER = Planter(_FINDERS, _variant)
