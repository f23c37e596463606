"""A photo caption in plain text, told by its shape: a learned score over a line's features.

In plain-text news a caption is a sentence like any other ("Residents wade through a flooded
street in Carcar City on Monday."): no marker, no credit, so the `caption` rule's markers miss
it and no word list names it. Its shape differs from a paragraph's on average: present tense
of a scene, a place and a day at the end, people named with "(left)", no quote, no "said", no
first or second person, one sentence of 8 to 30 words. Real captions are plenty: the HTML pages
of the shared evaluation give them by markup (`io.captions`), the gold gives body lines; a
logistic regression (`train_caption_shape`) weighs the features below on half A of the sites;
inference here is plain Python (a dot product), the weights in `data/caption_shape.json`.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from pathlib import Path

from curate import resources

DATA = resources.DATA_DIR / "caption_shape.json"
RULE = "caption_shape"
MIN_WORDS = 6  # a shorter line is left to the rules and the line model

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_QUOTE = re.compile(r"[\"“”«»„]|(?:^|\s)['‘]|['’](?:\s|$)")
_PERSON = re.compile(r"\b(?:I|I'm|I’m|we|We|our|Our|us|you|You|your|Your|my|My|me)\b")
_SAID = re.compile(r"\b(?:said|says|say|told|tells|according|added|adds|asked)\b", re.I)
_POSITION = re.compile(
    r"\((?:left|right|center|centre|L|R|C|l|r|from left|front|back|top|bottom)\)"
    r"|\b(?:pictured|from left|left to right|seen here|file photo|photo|photograph|image)\b",
    re.I,
)
_DAY = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b"
)
_MONTH_DATE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b"
    r"|\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_CREDIT = re.compile(
    r"(?:\b(?:AP|AFP|Reuters|Getty|EPA|Shutterstock|iStock|Photo|Credit|Supplied|"
    r"Handout|Courtesy)\b[^.]{0,40})$",
    re.I,
)
_ARTICLE = re.compile(r"^(?:A|An|The)\s")
_IN_PLACE = re.compile(r"\b(?:in|at|outside|near|during|on)\s+(?:the\s+)?[A-Z]")
_ING = re.compile(r"^[a-z]+ing$")
_PAST = re.compile(r"^[a-z]{2,}ed$")
_THIRD = re.compile(r"^[a-z]{2,}[^s]s$")  # "wades", "shows": a verb of the present (or a plural)
_SENTENCE_END = re.compile(r"[.!?…]['\"’”)]*$")
_SENTENCES = re.compile(r"[.!?]['\"’”)]?\s+[A-Z]")
_PRESENT_AUX = frozenset("is are stands sits looks walks".split())
_PAST_AUX = frozenset("was were had did".split())
_THEN = frozenset("will would could should can may might".split())

FEATURES = (
    "bias",
    "log_words",
    "short",  # under 6 words
    "long",  # over 35 words
    "ends_sentence",
    "quote",
    "person",
    "said",
    "position",
    "day",
    "month_date",
    "year",
    "credit",
    "article_start",
    "name_start",  # two capitalised words open the line
    "in_place",
    "ing_early",
    "past_early",
    "third_early",
    "present_aux",
    "past_aux",
    "modal",
    "sentences",  # more than one sentence
    "capital_share",
    "digit_share",
    "commas",
    "question",
    "colon",
    "at_top",  # one of the two lines under the headline
    "before_words",  # log words of the line above (0: none)
    "after_words",
    "shorter",  # fewer words than the lines on both sides
    "between_prose",  # the lines on both sides end like sentences
)


def candidate(line: str) -> bool:
    """A line the score judges: a sentence of `MIN_WORDS`+ words, the shape of the captions the
    rules miss (a caption that ends like no sentence, a credit, an alt text, is the `caption`
    rule's; scored too, headlines, subheads and list items went with them)."""
    text = line.strip()
    return len(text.split()) >= MIN_WORDS and _SENTENCE_END.search(text) is not None


def features(
    line: str, before: str | None = None, after: str | None = None, at: int = 9
) -> list[float]:
    """The line's features, in `FEATURES` order: shape and a few function words, no topic;
    then its place: the lines `before` and `after` it, its index `at` in the text."""
    text = line.strip()
    words = _WORD.findall(text)
    count = len(words)
    lower = [word.lower() for word in words]
    early = words[1:7]
    caps = sum(1 for word in words if word[:1].isupper())
    digits = sum(ch.isdigit() for ch in text)
    tail = text[-60:]
    row = [
        1.0,
        math.log1p(count),
        float(count < 6),
        float(count > 35),
        float(_SENTENCE_END.search(text) is not None),
        float(_QUOTE.search(text) is not None),
        float(_PERSON.search(text) is not None),
        float(_SAID.search(text) is not None),
        float(_POSITION.search(text) is not None),
        float(_DAY.search(tail) is not None),
        float(_MONTH_DATE.search(tail) is not None),
        float(_YEAR.search(tail) is not None),
        float(_CREDIT.search(tail) is not None),
        float(_ARTICLE.match(text) is not None),
        float(len(words) >= 2 and words[0][:1].isupper() and words[1][:1].isupper()),
        float(_IN_PLACE.search(text) is not None),
        float(any(_ING.match(word) for word in early)),
        float(any(_PAST.match(word) for word in early)),
        float(any(_THIRD.match(word) for word in early)),
        float(any(word in _PRESENT_AUX for word in lower[:8])),
        float(any(word in _PAST_AUX for word in lower)),
        float(any(word in _THEN for word in lower)),
        float(len(_SENTENCES.findall(text)) >= 1),
        caps / count if count else 0.0,
        digits / len(text) if text else 0.0,
        min(text.count(","), 4) / 4,
        float(text.endswith("?")),
        float(":" in text),
        float(1 <= at <= 2),
        math.log1p(len(before.split())) if before else 0.0,
        math.log1p(len(after.split())) if after else 0.0,
        float(
            before is not None
            and after is not None
            and count < min(len(before.split()), len(after.split()))
        ),
        float(
            before is not None
            and after is not None
            and _SENTENCE_END.search(before.strip()) is not None
            and _SENTENCE_END.search(after.strip()) is not None
        ),
    ]
    return row


@cache
def weights(path: str | None = None) -> tuple[float, ...]:
    """The learned weights (`FEATURES` order), read once."""
    data = json.loads(Path(path or DATA).read_text("utf-8"))
    if list(data["features"]) != list(FEATURES):
        raise ValueError(f"{path or DATA}: features {data['features']} are not {list(FEATURES)}")
    return tuple(float(w) for w in data["weights"])


def score(
    line: str,
    before: str | None = None,
    after: str | None = None,
    at: int = 9,
    path: str | None = None,
) -> float:
    """The probability that `line` is a photo caption, by its shape and place."""
    z = sum(w * x for w, x in zip(weights(path), features(line, before, after, at), strict=True))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def removals(
    lines: list[tuple[int, int, str]], cut: float, titled: bool
) -> list[tuple[str, int, int, float]]:
    """The `caption_shape` removals among `lines` (the `(start, end, text)` lines the other
    rules kept): a `candidate` line scoring `cut` or more, judged between the lines
    left beside it, again until none goes, so that a second run removes nothing more.
    `titled`: the document has a title (its first line is then the second of the page)."""
    found: list[tuple[str, int, int, float]] = []
    left = list(lines)
    while True:
        gone = []
        for at, (start, end, text) in enumerate(left):
            if not candidate(text):
                continue
            before = left[at - 1][2] if at else None
            after = left[at + 1][2] if at + 1 < len(left) else None
            value = score(text, before, after, at + titled)
            if value >= cut:
                gone.append((RULE, start, end, round(value, 4)))
        if not gone:
            return found
        found += gone
        starts = {start for _, start, _, _ in gone}
        left = [line for line in left if line[0] not in starts]
