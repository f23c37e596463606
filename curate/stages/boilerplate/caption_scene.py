"""A photo caption with no credit, told by its grammar and its place: a learned score.

What `caption_place` leaves (line blind half 1 of batches 1-16: 30 captions, 16 with no
credit next to them) are sentences or phrases about a scene: "Cattle graze in a paddock
outside Odzi.", "Swimmers at the Keith pool on Tuesday evening", "Delroy Mc Almont being
escorted out of the court on Friday afternoon." The line model scores them under 0.17 (a
sentence between sentences; 10 of the 30 have 20+ words and are never judged), and
`caption_shape` learned from 55 markup captions against body sentences only, so any line
with no stop looked like a caption to it (headlines, subheadings, list items went).

This score learns captions against the content lines of the same shapes: the read pages'
captions (`evaluate.checked`'s three sets, labelled by reading) against their headlines,
leads, subheadings, list items and body lines, each line seen between the story's lines as
the stage sees it once the noise is gone (its neighbours are the nearest content lines). The
features are of grammar and place, a closed class of words per language and no topic: a
scene's tense (a present verb or a participle early, no past auxiliary, no modal), a day, a
time of day or a date, a place after a preposition, a position (`(left)`, `pictured`,
`(file)`), no quotation, no first or second person, no reporting verb, no opening that
carries on the paragraph above (`He`, `But`, `Il`, `Aber`), and the line's place: between two
paragraphs of prose, under the headline, shorter than both neighbours, the share of its words
the story names elsewhere and the paragraph above names.

`removals(left, cut)`: the lines of `left` (what the stage kept) that score `cut` or more,
asked again on what is left until none goes (a second run removes nothing more). The weights
are in `data/caption_scene.json` (`train_caption_scene`, `make train`: the read pages and, since
session 58, the line blind batches' half-1 outlets); inference is a dot product in plain Python.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from pathlib import Path
from typing import Any

from curate import resources

DATA = resources.DATA_DIR / "caption_scene.json"
RULE = "caption_scene"
MIN_WORDS = 3  # "Eleanor Ruth Vandermeer" and shorter: the rules' and the model's
MAX_WORDS = 40  # a longer line is article text
PROSE_WORDS = 12  # a paragraph of the story: this many words and a closing stop

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_LONG = re.compile(r"[^\W\d_]{4,}")
_QUOTE = re.compile(r"[\"“”«»„]|(?:^|\s)['‘]|['’](?:\s|$)")
_END_STOP = re.compile(r"[.…]['\"’”»)]*$")
_END_PROSE = re.compile(r"[.!?…]['\"’”»)]*$")
_SENTENCES = re.compile(r"(?<=[^\W\d_]{3})[.!?][\"”’»]?\s+[^\W\d_]")
_POSITION = re.compile(
    r"\((?:left|right|centre|center|l|r|c|from left|front|back|top|bottom|file|archive|"
    r"archives|archivbild|archivo|archiv|illustration|g|d|links|rechts|izq|der)\)"
    r"|\b(?:pictured|from left|left to right|file photo|seen here|"
    r"de gauche à droite|à gauche|à droite|von links|v\.l\.n\.r|de izquierda a derecha)\b",
    re.I,
)
_DAYS = (
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight "
    "morning afternoon evening night weekend "
    "lundi mardi mercredi jeudi vendredi samedi dimanche hier matin soir après-midi "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag gestern morgen abend "
    "nachmittag vormittag lunes martes miércoles jueves viernes sábado domingo ayer tarde "
    "mañana noche segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado "
    "domingo ontem manhã lunedì martedì mercoledì giovedì venerdì sabato domenica ieri "
    "pomeriggio sera maandag dinsdag woensdag donderdag vrijdag zaterdag zondag gisteren "
    "poniedziałek wtorek środę czwartek piątek sobotę niedzielę wczoraj południu wieczorem"
).split()
_DAY = frozenset(_DAYS)
_MONTHS = frozenset(
    (
        "january february march april june july august september october november december "
        "jan feb mar apr jun jul aug sep sept oct nov dec janvier février mars avril mai juin "
        "juillet août septembre octobre novembre décembre januar februar märz juni juli "
        "oktober dezember enero febrero marzo abril mayo junio julio agosto septiembre octubre "
        "noviembre diciembre"
    ).split()
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_LAST = re.compile(r"\b(?:last|this|earlier this) (?:week|month|year|summer|winter|spring)\b", re.I)
# a preposition of place, then a capitalised word: "in Carcar City", "à Esneux", "w Porąbce"
_IN_PLACE = re.compile(
    r"(?:^|\s)(?:in|at|outside|near|inside|on|along|during|from|à|au|aux|dans|sur|près|devant|"
    r"im|am|an|auf|vor|bei|en|em|no|na|w|we|op|bij|nel|nella|a)\s+(?:the\s+|de\s+la\s+|le\s+|"
    r"la\s+|der\s+|dem\s+|den\s+|el\s+)?[A-ZÀ-Þ]"
)
_PERSON = frozenset(
    "i i'm i’m we we're our ours us you your yours my me mine je j' nous notre nos vous votre "
    "vos ich wir uns unser unsere mich mir yo nosotros nuestro nuestra nos ik wij ons onze "
    "jij jullie".split()
)
_SAID = frozenset(
    "said says say told tells according added adds asked explained warned insisted "
    "dit déclaré explique ajoute affirme indique sagte sagt erklärte betont dijo afirmó "
    "explicó aseguró disse afirmou zegt zei mówi powiedział".split()
)
# a word that opens a line carrying on the paragraph above: a pronoun or a connective
_CARRY = frozenset(
    "he she it they this that these those his her its their but and so yet however "
    "meanwhile also still then there instead later now il elle ils elles ce cette mais et "
    "puis donc ainsi er sie es dies diese aber doch und auch dann él ella ellos esto pero "
    "también ele ela eles mas e hij zij het maar en ook on ona ono oni ale i".split()
)
_PAST_AUX = frozenset(
    "was were had did been has have would could should will might may must can shall "
    "était étaient avait ont sera serait war waren hatte wurde wird würde era fueron había "
    "será foi eram tinha werd waren zal zou był była było były".split()
)
_PAST = frozenset(
    "said told took made went came gave found won lost began became saw held met ran set paid "
    "sold built fell rose got led left brought thought kept felt heard spent hit struck".split()
)
_ING = re.compile(r"^[a-z]{2,}ing$")
_ED = re.compile(r"^[a-z]{2,}ed$")
_THIRD = re.compile(r"^[a-z]{2,}[^s'’]s$")  # "wades", "walks": a verb of the present (or a plural)
_ARTICLE = frozenset("a an the le la les un une der die das ein eine el los las una o os".split())

FEATURES = (
    "bias",
    "log_words",
    "few_words",  # 4 or fewer
    "many_words",  # 25 or more
    "ends_stop",
    "ends_open",  # no closing mark at all
    "ends_other",  # ? ! : ;
    "quote",
    "person",
    "said",
    "position",
    "day",
    "month_year",
    "in_place",
    "name_start",
    "article_start",
    "carry_start",
    "third_early",
    "ing_early",
    "ed_early",
    "aux",
    "past_share",  # share of its words in a past form (-ed, a closed class of irregular ones)
    "sentences",
    "capital_share",
    "digit_share",
    "commas",
    "story_words",  # share of its long words the rest of the text names
    "above_words",  # share of its long words the line above names
    "between_prose",
    "above_prose",
    "below_prose",
    "above_colon",
    "top",  # one of the two first lines left
    "last",  # no line below
    "shorter",  # fewer words than both neighbours
    "short_around",  # both neighbours of 8 words or fewer
)


def candidate(line: str) -> bool:
    """A line the score judges: `MIN_WORDS` to `MAX_WORDS` words, no line in capitals."""
    count = len(line.split())
    return MIN_WORDS <= count <= MAX_WORDS and not line.isupper()


def _long(text: str) -> set[str]:
    return {word.lower() for word in _LONG.findall(text)}


def _is_prose(text: str | None) -> bool:
    return (
        text is not None
        and len(text.split()) >= PROSE_WORDS
        and _END_PROSE.search(text.rstrip()) is not None
    )


def features(
    line: str,
    before: str | None = None,
    after: str | None = None,
    at: int = 9,
    story: float = 0.0,
) -> list[float]:
    """The line's features, in `FEATURES` order: `before` and `after` are the lines left beside
    it (None: none), `at` its index among them, `story` the share of its long words (4+
    letters, folded) that other lines of the text hold (`story_shares`)."""
    text = line.strip()
    words = _WORD.findall(text)
    count = len(words)
    lower = [word.lower() for word in words]
    early = lower[1:7]
    caps = sum(1 for word in words if word[:1].isupper())
    digits = sum(ch.isdigit() for ch in text)
    end = text[-1:] if text else ""
    mine = _long(text)
    above = _long(before) if before else set()
    n_before = len(before.split()) if before else 0
    n_after = len(after.split()) if after else 0
    closing = _END_PROSE.search(text) is not None
    return [
        1.0,
        math.log1p(count),
        float(count <= 4),
        float(count >= 25),
        float(_END_STOP.search(text) is not None),
        float(not closing and end not in ":;?!"),
        float(end in "?!:;"),
        float(_QUOTE.search(text) is not None),
        float(any(word in _PERSON for word in lower)),
        float(any(word in _SAID for word in lower)),
        float(_POSITION.search(text) is not None),
        float(any(word in _DAY for word in lower) or _LAST.search(text) is not None),
        float(any(word in _MONTHS for word in lower) or _YEAR.search(text) is not None),
        float(_IN_PLACE.search(text) is not None),
        float(count >= 2 and words[0][:1].isupper() and words[1][:1].isupper()),
        float(bool(lower) and lower[0] in _ARTICLE),
        float(bool(lower) and lower[0] in _CARRY),
        float(any(_THIRD.match(word) for word in early)),
        float(any(_ING.match(word) for word in early)),
        float(any(_ED.match(word) for word in early)),
        float(any(word in _PAST_AUX for word in lower)),
        sum(1 for word in lower if word in _PAST or _ED.match(word)) / count if count else 0.0,
        float(_SENTENCES.search(text) is not None),
        caps / count if count else 0.0,
        digits / len(text) if text else 0.0,
        min(text.count(","), 4) / 4,
        story,
        len(mine & above) / len(mine) if mine else 0.0,
        float(_is_prose(before) and _is_prose(after)),
        float(_is_prose(before)),
        float(_is_prose(after)),
        float(before is not None and before.rstrip().endswith(":")),
        float(at <= 1),
        float(after is None),
        float(before is not None and after is not None and count < min(n_before, n_after)),
        float(before is not None and after is not None and max(n_before, n_after) <= 8),
    ]


@cache
def weights(path: str | None = None) -> tuple[float, ...]:
    """The learned weights (`FEATURES` order), read once."""
    data = json.loads(Path(path or DATA).read_text("utf-8"))
    if list(data["features"]) != list(FEATURES):
        raise ValueError(f"{path or DATA}: features {data['features']} are not {list(FEATURES)}")
    return tuple(float(w) for w in data["weights"])


def score_row(row: list[float], path: str | None = None) -> float:
    z = sum(w * x for w, x in zip(weights(path), row, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def story_shares(texts: list[str]) -> list[float]:
    """Each line's share of its long words (4+ letters, folded) that another line holds."""
    words = [_long(text) for text in texts]
    counts: dict[str, int] = {}
    for each in words:
        for word in each:
            counts[word] = counts.get(word, 0) + 1
    return [sum(counts[w] > 1 for w in each) / len(each) if each else 0.0 for each in words]


def rows(texts: list[str]) -> list[list[float] | None]:
    """Each line's features among `texts` (the lines left, in order; None: no candidate)."""
    shares = story_shares(texts)
    found: list[list[float] | None] = []
    for at, text in enumerate(texts):
        if not candidate(text):
            found.append(None)
            continue
        before = texts[at - 1] if at else None
        after = texts[at + 1] if at + 1 < len(texts) else None
        found.append(features(text, before, after, at, shares[at]))
    return found


def scores(texts: list[str], path: str | None = None) -> list[float | None]:
    """Each line's caption score among `texts` (the lines left, in order; None: no candidate)."""
    return [None if row is None else score_row(row, path) for row in rows(texts)]


def removals(
    lines: list[tuple[int, int, str]], cut: float, path: str | None = None
) -> list[tuple[str, int, int, float]]:
    """The `caption_scene` removals among `lines` (the `(start, end, text)` lines the stage
    kept, the headline out of them): a candidate scoring `cut` or more, judged between the
    lines left beside it, again until none goes (a second run removes nothing more)."""
    found: list[tuple[str, int, int, float]] = []
    left = list(lines)
    while len(left) > 1:
        marks = scores([text for _, _, text in left], path)
        gone = [
            (RULE, start, end, round(value, 4))
            for (start, end, _), value in zip(left, marks, strict=True)
            if value is not None and value >= cut
        ]
        if not gone:
            break
        found += gone
        starts = {start for _, start, _, _ in gone}
        left = [line for line in left if line[0] not in starts]
    return found


CREDITED = "caption_scene_credit"


def credited(
    lines: list[tuple[int, int, str]], credits: Any, cut: float, path: str | None = None
) -> list[tuple]:
    """The lines of `lines` (the lines left) with a picture's credit beside them and a scene's
    grammar and place: a credit right below (as the document came, `credits.below`, or among
    the lines left) or closing the line, and a score of `cut` or more. Two kinds of evidence:
    `caption_place` asks the second of a regex (a day, a time, a position) and of the line's
    place; this asks it of the score. The credit line right below goes with its caption.
    The first line left is never one: a standfirst stands there, over the lead picture's
    credit, as often as a caption. `credits`: `caption_place.Credits.of` the document."""
    found: list[tuple] = []
    taken: set[int] = set()
    texts = [text for _, _, text in lines]
    shares: list[float] | None = None  # measured when a line with a credit beside it is met
    for at, (start, end, text) in enumerate(lines):
        # right under the title a standfirst stands over the lead picture's credit
        if at == 0 or start in taken or start in credits.lines or not candidate(text):
            continue
        after = lines[at + 1] if at + 1 < len(lines) else None
        under = credits.lines.get(after[0], 0) if after is not None else 0
        if not (under or credits.below.get(start) or credits.tails.get(start)):
            continue
        if shares is None:
            shares = story_shares(texts)
        before = texts[at - 1]
        row = features(text, before, after[2] if after is not None else None, at, shares[at])
        value = score_row(row, path)
        if value < cut:
            continue
        found.append((CREDITED, start, end, round(value, 4)))
        taken.add(start)
        if under and after is not None:
            found.append((CREDITED, after[0], after[1]))
            taken.add(after[0])
    return found
