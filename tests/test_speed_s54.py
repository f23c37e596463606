"""Session 54's speed cuts: each shortcut answers what the longer way did.

Every test compares the shortcut with the way it replaced, on made-up inputs of several kinds
(the shortcut's case and the cases that must still go the long way).
"""

import dataclasses
import random

import pytest

from curate.pipeline import Pipeline
from curate.stages.boilerplate import caption_place

LINES = [
    "Firefighters battle the blaze on Main Street on Tuesday.",
    "Photo: Jane Doe",
    "PHOTOGRAPHS: REUTERS/Dominic Ferrante-Hsu",
    "(Orbis Photo/Le Quang Hieu)",
    "Picture: SUPPLIED",
    "Sala posiedzeń Sejmu, fot. PAP/Tomasz Żurek",
    "Fotografía: archivo / EFE",
    "... on Monday. (PTI Photo)",
    "The storm hit the coast overnight. Photo / Supplied",
    "Los vecinos, este martes. / JOSÉ MIRALLES",
    "Gavelpoint/Dominic Ferrante-Hsu",
    "PA Media",
    "By Jane Doe | Staff",
    "In pictures: Kings v Stags",
    "Share: Facebook | X",
    "Zdjęcie: Archiwum prywatne",
    "Bild: Visualisierung der Stadt",
    "Immagine d'archivio",
    "Courtesy of the family",
    "File image of the harbour, 2019",
    "Profile of the mayor",  # "file" inside a word: still a photo noun's text
    "A pictorial history of the port",  # "pic" inside a word
    "",
    "   ",
    "x" * 170,  # longer than any credit
    "Officials said the bridge would reopen on Friday, after repairs to its deck and rails.",
    "Listen: the full interview",
    "Saturday: Market Square | Harbour Road",
    "Oct. 2 — Columbus, Ohio",
    "Straße der Einheit, Foto: dpa",
    "ﬁle photo",  # a ligature: casefolds to "file photo"
]


def _varied(seed: int, count: int) -> list[str]:
    """Lines made of the listed lines' words, shuffled and recombined with marks and cases."""
    rng = random.Random(seed)
    words = " ".join(LINES).split() + ["/", "|", "(", ")", "—", "-", ".", ","]
    made = []
    for _ in range(count):
        picked = [rng.choice(words) for _ in range(rng.randint(0, 14))]
        line = " ".join(picked)
        made.append(rng.choice([line, line.upper(), line.lower(), line.title()]))
    return made


@pytest.fixture(scope="module")
def shapes():
    stage = next(s for s in Pipeline.from_recipe("news").stages if s.name == "boilerplate")
    return stage._caption_shapes


def _photo_any_before(low: str, words) -> bool:
    """The photo-noun test before session 54: each word of the list asked by `in`."""
    return any(map(low.__contains__, sorted({w.casefold() for w in words})))


def test_photo_search_answers_as_every_word_asked(shapes):
    for line in LINES + _varied(1, 3000):
        low = line.strip(caption_place._STRIP).casefold()
        assert (shapes.photo_any.search(low) is not None) == _photo_any_before(
            low, shapes.photo_words
        ), line


def test_any_of_leaves_out_only_words_that_hold_another():
    pattern = caption_place._any_of({"photo", "photos", "pic", "picture", "file", "archiv"})
    assert sorted(pattern.pattern.split("|")) == ["archiv", "file", "photo", "pic"]


def _credits_before(lines, shapes):
    """`Credits.of` before session 54: `credit` and `tail` called on every line."""
    whole = {start: caption_place.credit(text, shapes) for start, _, text in lines}
    whole = {start: strength for start, strength in whole.items() if strength}
    tails = {start: caption_place.tail(text, shapes) for start, _, text in lines}
    tails = {start: strength for start, strength in tails.items() if strength}
    if not whole and not tails:
        return None
    below = {
        start: whole[after]
        for (start, _, _), (after, _, _) in zip(lines, lines[1:], strict=False)
        if after in whole
    }
    return caption_place.Credits(whole, tails, below)


def _as_lines(texts):
    lines, at = [], 0
    for text in texts:
        lines.append((at, at + len(text), text))
        at += len(text) + 1
    return lines


def test_credits_of_answers_as_every_line_asked(shapes):
    rng = random.Random(7)
    pool = LINES + _varied(2, 600) + [line + " " for line in LINES] + [" " + line for line in LINES]
    found = 0
    for _ in range(400):
        lines = _as_lines(rng.sample(pool, rng.randint(1, 12)))
        now = caption_place.Credits.of(lines, shapes)
        assert now == _credits_before(lines, shapes)
        found += now is not None
    assert found > 50  # the credits' case is tried, not only documents without one


def test_photo_scan_answers_as_the_search(shapes):
    """The Hyperscan pass over a document's short lines, joined, finds a photo noun just where
    the regex does (and the stage without `hyperscan` asks the regex)."""
    rng = random.Random(5)
    pool = LINES + _varied(3, 400)
    for _ in range(300):
        low = "\n".join(rng.sample(pool, rng.randint(0, 8))).casefold()
        assert shapes.holds_photo(low) == (shapes.photo_any.search(low) is not None), low
    without = dataclasses.replace(shapes, photo_scan=None)
    for _ in range(100):
        lines = _as_lines(rng.sample(pool, rng.randint(1, 12)))
        assert caption_place.Credits.of(lines, without) == _credits_before(lines, shapes)
