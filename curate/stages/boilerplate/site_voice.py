"""Notices written as sentences, told by what they say and where they stand (issue 13).

A cookie banner ("We use cookies to improve your experience."), a paywall, a newsletter pitch,
a disclaimer ("The views expressed are the author's own."), an author's bio, a note of where
the story first ran, a press release's forward-looking statements: full sentences, often 20+
words, so the line model calls them prose or never judges them (a body paragraph). What gives
them away is the site speaking, to the reader or about the article or its writer, not the
story: their words. So the words are learned, from the many real notices of the shared web
pages (their lines the gold leaves out, `whole` variant; the gold's lines are the content),
only lines closed like a sentence, only terms of `MIN_SITES`+ sites (`line_words.fit`); and,
since session 54, from the line blind batches' half-1 documents (`blind_examples`: their notices
are the news sites' disclaimers, bios and releases' boilerplate the pages hold few of; half 2
of every batch stays the test).
Quotations are left out of a line's words (a quote says "we" and "you" too), and a word that
addresses the reader or speaks as the site outside any quotation (`reader_address`: a closed
class of each language) adds a term of its own, so the person of the verb carries across
languages the pages hold few notices of.

Judged only where notices stand: walking from either end of the text towards the story's
first or last body paragraph (20+ words closed like a sentence, that the words do not call a
notice), past lines that are no sentence, up to the first sentence that is no notice; and only
where the document has `MIN_BODIES` such paragraphs. A line's score depends on the line alone
and the story's paragraphs stay, so a second run finds nothing more (idempotent).

`python -m curate.stages.boilerplate.train_site_voice --eval-dir DIR` rebuilds
`data/site_voice.json` from the pages of the sites of `train.TRAIN_HALF` and the blind half-1
outlets of batches 1 to `BLIND_BATCHES` (byte-identical).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

from curate import resources
from curate.document import line_key
from curate.stages.boilerplate import features, line_words, reader_address
from curate.stages.boilerplate.features import BODY_WORDS, facts_of

MODEL_FILE = "site_voice.json"
MIN_WORDS = 4  # a line closed like a sentence of this many words is judged
MIN_SITES = 5  # a term learned stands on the notices or the text of this many sites (or outlets)
MIN_BODIES = 1  # the story's body paragraphs a document needs before any line is judged
# a line addressing the reader or speaking as the site (`reader_address`, outside quotations)
# is a notice whatever its words, where none of the story's body paragraphs does (README)
VOICE = True
# a line with an e-mail or web address (`features.ADDRESS`) met on a walk is a notice whatever
# its shape: a press release's "Media contact: ..., press@...", "View original content: https://
# ...", a "Got a story? Email ..." prompt (line blind half 1: contact 6 -> 22 of 41 removed,
# origin 4 -> 20 of 31, no content lost)
ADDRESSED = True
# where a line speaking to the reader goes by that alone (`VOICE`): below the story's last body
# paragraph only (False), or above its first too (True: a standfirst's "here is what we know"
# went with the banners above the story)
VOICE_ABOVE = False
# a line closed like a sentence but for a banner's buttons after its last stop ("... you agree
# to our use of cookies. Manage preferences", "Déjà abonné ? Se connecter") is judged as the
# sentence it is, with up to this many words after the stop (0: no such line is judged); one
# that is no notice is passed over as a line that is no sentence (a caption and its credit)
TAIL_WORDS = 4
# once notices go, the trees score what is left again; where they then take a line they kept
# beside the notices (a short closing paragraph, a subheading now the text's last line), the
# notices stay and so does that line (False: both go)
SPARE = True
# the line blind batches whose half-1 outlets the words learn besides the pages (`examples`;
# 0: the pages alone), each line at this weight: their notices are written as the news sites
# write them (disclaimers, bios, a release's forward-looking statements, the pages hold few)
BLIND_BATCHES = 16
BLIND_WEIGHT = 5.0
# the blind lines learned as notices: the site speaking; the other noise (a caption, another
# story's headline, a pullquote, a wire slug) says the story's words, and is left out
NOTICE_KINDS = frozenset(
    ("about", "advert", "app", "bio", "comments", "contact", "cookie", "copyright")
    + ("disclaimer", "follow", "listen", "newsletter", "origin", "paywall", "promo", "share")
    + ("video", "readtime", "tags")
)
SECOND, PLURAL = "<you>", "<we>"  # the terms of a word addressing the reader / speaking as site
_KEPT_MAX = 16_384
_KEPT: dict[str, float] = {}


def terms(line: str) -> list[str]:
    """The line's words and word pairs outside any quotation (`line_words.terms`), and a term
    for each person addressed there (`SECOND`, `PLURAL`)."""
    unquoted = reader_address.QUOTATION.sub(" ", line)
    found = line_words.terms(unquoted)
    persons = set(reader_address._persons(unquoted))
    if "second_person" in persons:
        found.append(SECOND)
    if "first_plural" in persons:
        found.append(PLURAL)
    return found


@cache
def load(path: str | None = None) -> dict:
    """The word model: `{"bias": float, "weights": {term: float}}`."""
    if path is None:
        return json.loads((resources.DATA_DIR / MODEL_FILE).read_text(encoding="utf-8"))
    return json.loads(Path(path).read_text(encoding="utf-8"))


def score(line: str, model: dict | None = None) -> float:
    """The line's probability of being a notice (the logistic of its terms' weights, counts
    scaled to unit length as `line_words` does)."""
    kept = _KEPT.get(line) if model is None else None
    if kept is not None:
        return kept
    spec = load() if model is None else model
    weights = spec["weights"]
    counts = Counter(term for term in terms(line) if term in weights)
    margin = spec["bias"]
    if counts:
        norm = math.sqrt(sum(c * c for c in counts.values()))
        margin += sum(weights[t] * c for t, c in counts.items()) / norm
    found = 1.0 / (1.0 + math.exp(-margin))
    if model is None:
        if len(_KEPT) >= _KEPT_MAX:
            _KEPT.clear()
        _KEPT[line] = found
    return found


def top_terms(line: str, top: int = 5) -> list[tuple[str, float]]:
    """The terms that moved the line's score most (+: towards a notice), for `explain`."""
    weights = load()["weights"]
    counts = Counter(term for term in terms(line) if term in weights)
    norm = math.sqrt(sum(c * c for c in counts.values())) or 1.0
    moved = sorted(
        ((t, weights[t] * c / norm) for t, c in counts.items()), key=lambda x: (-abs(x[1]), x[0])
    )
    return [(t, round(v, 3)) for t, v in moved[:top]]


def notices(lines: Sequence[str], bar: float, keep: int = -1) -> list[tuple[int, float]]:
    """(index, score) of the lines of `lines` (a document's lines left) that are notices: closed
    like a sentence (or but for a banner's buttons, `TAIL_WORDS`), scored `bar` or more (or,
    with `VOICE`, below the story, speaking to the reader where the story does not), met
    walking from the text's first line down to the story's first body paragraph and from its
    last line up to the story's last (the story's: those scored under `bar`, `MIN_BODIES` of
    them or nothing goes). A walk takes a line with an address (`ADDRESSED`), passes over the
    other lines that are no sentence and stops at the first sentence that is no notice (a short
    closing paragraph, a quotation, a question: what stands beyond it is the story's). `keep`:
    an index never judged (the document's headline)."""
    facts = facts_of(list(lines))
    # a sentence line (a question too: it stops a walk, it is never a notice)
    sentence = [known.ends and known.words >= MIN_WORDS for known in facts]
    # a sentence with a banner's buttons after it: a notice or passed over, never a stop
    tailed = [
        not ok and bool(TAIL_WORDS) and known.words > MIN_WORDS and _tailed(line)
        for line, ok, known in zip(lines, sentence, facts, strict=True)
    ]
    asks = [ok and _asks(line) for line, ok in zip(lines, sentence, strict=True)]
    scores = [
        score(line) if (ok or tail) and not asked else 0.0
        for line, ok, tail, asked in zip(lines, sentence, tailed, asks, strict=True)
    ]
    story = [
        i
        for i, known in enumerate(facts)
        if known.words >= BODY_WORDS and known.ends and scores[i] < bar
    ]
    if len(story) < MIN_BODIES:
        return []
    # the site speaking to the reader where the story does not (a how-to's "you" is its own)
    voice = VOICE and not any(reader_address.addresses(lines[i]) for i in story)
    below = story[-1]
    notice = [
        (sentence[i] or tailed[i])
        and not asks[i]
        and (
            scores[i] >= bar
            or voice
            and (VOICE_ABOVE or i > below)
            and reader_address.addresses(lines[i])
        )
        for i in range(len(lines))
    ]
    found = []
    # from each end of the text towards the story: the notices, over the lines that are no
    # sentence (labels, links, another story's headline), until a sentence that is none
    for walk in (range(story[0]), range(len(lines) - 1, below, -1)):
        for i in walk:
            if i == keep:
                continue
            if ADDRESSED and features.ADDRESS.search(lines[i]) and not asks[i]:
                found.append((i, scores[i]))
                continue
            if notice[i]:
                found.append((i, scores[i]))
                continue
            if not sentence[i]:
                continue
            break
    return sorted(found)


def _tailed(line: str) -> bool:
    """Whether the line is a sentence and then up to `TAIL_WORDS` words with no stop: a
    banner's buttons ("Manage preferences", "Tout accepter · Paramétrer", "Accept / Reject")."""
    text = line.rstrip()
    cut = max(text.rfind(". "), text.rfind("! "), text.rfind("? "))
    if cut < 0:
        return False
    tail = [word for word in text[cut + 2 :].split() if any(c.isalpha() for c in word)]
    return 0 < len(tail) <= TAIL_WORDS and not any(c in ".!?" for c in text[cut + 2 :])


def _asks(line: str) -> bool:
    """Whether the line ends on a question: an interview's or an explainer's, seldom a notice's
    ("Got a story? Email us." ends on its prompt)."""
    return line.rstrip().rstrip("\"'”’»)]").endswith(("?", "？"))


# training ---------------------------------------------------------------------------------------
def examples(
    eval_dir: Path, halves: Iterable[str]
) -> tuple[list[str], list[int], list[str], list[float]]:
    """(lines, targets: 1 notice, sites, weights) of the pages of the sites of `halves`: each
    labelled line of a page's whole text (its overlap label with the gold; where a person read
    the page's plain text, that reading's label) closed like a sentence of `MIN_WORDS`+ words,
    each line key once a page; then those of the line blind batches' documents of the blind
    half of `halves` (`blind_examples`)."""
    from curate.evaluate.checked import read_labels
    from curate.evaluate.pages import pages_of

    wanted = set(halves)
    pages = [page for page in pages_of(eval_dir) if page.half in wanted]
    read = read_labels(pages)
    lines: list[str] = []
    targets: list[int] = []
    sites: list[str] = []
    for page in pages:
        labelled: dict[str, tuple[str, int]] = {}
        pairs = list(zip(page.whole_lines, page.whole_labels, strict=True))
        if page.key in read:
            pairs += zip(page.plain_lines, read[page.key], strict=True)
        for line, label in pairs:
            if label is not None:
                labelled[line_key(line)] = (line, label)
        items = list(labelled.values())
        for (line, label), known in zip(items, facts_of([line for line, _ in items]), strict=True):
            if known.ends and known.words >= MIN_WORDS:
                lines.append(line)
                targets.append(1 - label)
                sites.append(page.site)
    weights = [1.0] * len(lines)
    for line, target, site in blind_examples(halves):
        lines.append(line)
        targets.append(target)
        sites.append(site)
        weights.append(BLIND_WEIGHT)
    return lines, targets, sites, weights


def blind_examples(halves: Iterable[str]) -> list[tuple[str, int, str]]:
    """(line, target: 1 notice, site: its outlet) of the documents of line blind batches 1 to
    `BLIND_BATCHES` whose outlets are of the blind half of `halves` (`train.BLIND_HALF`): each
    line closed like a sentence of `MIN_WORDS`+ words, content or of a `NOTICE_KINDS` kind,
    each line key once an outlet (a site's stock notice counts once)."""
    if not BLIND_WEIGHT or not BLIND_BATCHES:
        return []
    from curate.evaluate.line_blind import BATCHES, CONTENT
    from curate.stages.boilerplate.train import blind_documents

    seen: set[tuple[str, str]] = set()
    found = []
    for _, doc in blind_documents(halves, BATCHES[:BLIND_BATCHES]):
        rows = zip(doc.lines, doc.labels, doc.kinds, facts_of(list(doc.lines)), strict=True)
        for line, label, kind, known in rows:
            if not known.ends or known.words < MIN_WORDS:
                continue
            if label != CONTENT and kind not in NOTICE_KINDS:
                continue
            key = (doc.outlet, line_key(line))
            if key in seen:
                continue
            seen.add(key)
            found.append((line, int(label != CONTENT), f"blind:{doc.outlet}"))
    return found


def fit(
    lines: Sequence[str],
    targets: Sequence[int],
    sites: Sequence[str],
    weights: Sequence[float] | None = None,
) -> dict:
    """The word model of `lines` (`line_words.fit` over `terms`; needs the `dev` extra)."""
    if weights is None:
        weights = [1.0] * len(lines)
    return line_words.fit(lines, targets, weights, sites, terms_of=terms, min_sites=MIN_SITES)
