"""The learned opener decision lets the PLACE decide, not how often the word opens sentences.

The kind: a real sentence's first word at a doubtful place the rules leave (after a dated
dateline's dash, an agency's bracket, a clock, a label's colon) stayed in lower case because
the word is rare as an opener in the counting text: a plural noun ("farmers"), a number word
("two"), an article ("a"). Session 44's model was asked only about words at least as common an
opener as one it capitalised in training (`least_odds`), in practice "the". Its negatives stand:
the same words continuing a clause after a dash, a colon or a bracket stay as written. Made-up
places, dates, agencies and words, none from the evaluation's batches.

Not fixed yet (session 45 measured two retrainings and shipped neither): each opener below
that the shipped model leaves is a strict xfail, so the fix that capitalises it must turn it
into a plain test. On the base commit 7 of the 8 openers fail (xfail), "students" passes, and
the negatives and the second runs pass. Session 45's retrainings capitalised the words seen
opening a sentence at least once in the hosts ("nine", "three"), never those seen only
mid-sentence or never ("shipyards", "pensioners", "vineyards", "negotiators", "a").
"""

import pytest

from tests.test_sentence_opener import assert_left, assert_opened, run

OPENED = [("TARTU, Thursday 22 May 2025 - students occupied the main library.", "Students")]
# Since session 47 (s47-tkinds2) a weekday before a dateline's date makes the dateline a place
# the rules read as a sentence start, so these open by the rules, whatever the model says of the
# word (they were strict xfails of the model until then); the article `a` still waits for it
OPENED += [
    ("OULU, Friday 16 May 2025 - shipyards laid off four hundred welders.", "Shipyards"),
    ("GDANSK, Tuesday 20 May 2025 -- nine trawlers were impounded overnight.", "Nine trawlers"),
    ("KAUNAS, Sunday 25 May 2025 (Elta) - pensioners queued for hours.", "Pensioners"),
    ("BRAGA, Wednesday 21 May 2025 - three bridges were closed after the floods.", "Three"),
    ("SPLIT, Saturday 24 May 2025 - negotiators met again behind closed doors.", "Negotiators"),
    ("PLOVDIV, Monday 26 May 2025 - vineyards lost half their harvest to hail.", "Vineyards"),
]
# a word rare as an opener ("a storm") after a dated prefix: missed until session 56's
# `lone_heads` (the dateline is a standing head, its own evidence)
OPENED += [("ZADAR, Monday 19 May 2025 (Hina) - a storm tore roofs off two schools.", "A storm")]

# the same words after the same marks, continuing the sentence in clean text
LEFT = [
    ("SIBIU, Monday 2 June 2025 - The port reopened - a move that pleased traders.", "- a move"),
    ("OHRID, Friday 6 June 2025 - The market sold fruit: including plums and figs.", ": including"),
    ("BITOLA, Monday 9 June 2025 - The team (and its two coaches) flew home.", "(and its"),
    ("NIS, Tuesday 10 June 2025 - Unions called it a strike - three days long, unpaid.", "- three"),
    ("ROUSSE, Wednesday 11 June 2025 - Two groups joined: students and pensioners.", ": students"),
    ("VARNA, Thursday 12 June 2025 - The kit, incl. batteries, was lost.", "incl. batteries"),
    ("BURGAS, Friday 13 June 2025 - Some crops, e.g. vineyards, were spared.", "e.g. vineyards"),
]


# Session 46 measured (README, translation table) a model whose planted starts are swapped with
# ANY word the hosts write in lower case or a made-up one, with and without the word's own odds as
# a feature, and no `least_odds` gate: it capitalises these, but moved batches 39 and 40 both ways
# and was not shipped. The kind, with words no counting text holds (made-up plurals) and real
# rare ones, at an agency's dated dateline: strict xfails on the shipped model (all 5 failed there)
# until session 47's weekday dateline rule opened the four with a weekday; `a` until session 51.
OPENED += [
    ("MORAY, Tuesday 3 June 2025 (Reuters) - grain prices fell for a third week.", "Grain"),
    ("TOLEDO, Wednesday 4 June 2025 (EFE) - beekeepers warned of a poor season.", "Beekeepers"),
    ("KIRUNA, Thursday 5 June 2025 - glimmerworts were spotted near the lake.", "Glimmerworts"),
    ("NARVA, Friday 6 June 2025 - tramlets resumed service after the strike.", "Tramlets"),
    # `a` too since session 51's fragment-or-clause model
    ("ODENSE, Friday 6 June 2025 (Ritzau) - a ferry ran aground near the harbour.", "A ferry"),
]
# the same places' look-alikes that continue the clause: they pass on the shipped model and on
# both measured ones
LEFT += [
    ("HAMAR, Monday 2 June 2025 - The port reopened - a move that pleased traders.", "- a move"),
    ("MOLDE, Wednesday 4 June 2025 - The band (and its manager) flew home.", "(and its"),
    ("BODO, Friday 6 June 2025 - The rope is 12 m - roughly forty feet.", "- roughly"),
]


@pytest.mark.parametrize(("raw", "opened"), OPENED)
def test_a_word_rare_as_an_opener_opens_its_sentence_at_a_dated_prefix(
    raw: str, opened: str
) -> None:
    assert_opened(raw, opened)


@pytest.mark.parametrize(("raw", "kept"), LEFT)
def test_the_same_words_continuing_a_clause_stay_as_written(raw: str, kept: str) -> None:
    doc = assert_left(raw, kept)
    assert run(doc.text).text == doc.text


@pytest.mark.parametrize("raw", [getattr(r, "values", r)[0] for r in OPENED + LEFT])
def test_a_second_run_changes_nothing(raw: str) -> None:
    once = run(raw).text
    assert run(once).text == once
