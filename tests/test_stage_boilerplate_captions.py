"""A photo caption written as a sentence against a short paragraph of the story: the `island`
columns of the line model (issue 13).

The lines are made up, in the shapes of the line blind batches' captions (a sentence naming
the picture's people and places, a credit after it or none) and of their short paragraphs
(a sentence going on from the paragraph before it).
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from curate.stages.boilerplate import document_rows, features, island

# a credit after the caption's sentence, or in a closing parenthesis: any outlet's wording
CREDIT_TAILS = [
    "Volunteers stack sandbags outside the library on Tuesday. (AP Photo/Jane Rowe)",
    "Slips cover the coast road near Tolaga after last week's storm. Photo / Supplied",
    "Players celebrate with the trophy in Lahore on Monday. — Photo courtesy PCB",
    "An artist's impression of the homes planned for the old mill site (Image: Arden Homes)",
    "Parliament in session on October 8, 2026. [File, Harbour Sentinel]",
    "Le pont de Saint-Aubin, le 10 février. Photo Courrier du Val/Luc Besson",
    "Die Brücke am Mittwochmorgen. Foto: Jens Hartmann",
    "El embalse, con el fondo al descubierto, este martes. / JOSÉ MIRALLES",
    "Tilak Reddy celebrates his century against Vidarbha on Monday. (PTI Photo)",
]
# lines of the story: no credit after them, whatever their parentheses
NO_CREDIT_TAILS = [
    "Campaigners say they will appeal.",
    "He was also fined £1,100.",
    "Polls close at 8 p.m. (2000 GMT). Voting in the Azores ends an hour later.",
    "The mayor (pictured) opened the session.",
    "Key changes",
    "Weekday first sailing moves from 7.30am to 7am",
    "Temperatures are expected to recover by the weekend (and stay mild).",
    "The council said the work was urgent. It will start in the spring and take a year.",
    "",
]


@pytest.mark.parametrize("line", CREDIT_TAILS)
def test_a_credit_after_the_sentence_is_a_credit_tail(line):
    assert island.credit_tail(line) == 1.0


@pytest.mark.parametrize("line", NO_CREDIT_TAILS)
def test_a_line_of_the_story_has_no_credit_tail(line):
    assert island.credit_tail(line) == 0.0


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("A fallen tree rests on a car on Elm Street in Ridgely on Thursday.", 1.0),
        ("Harriet Lund at the municipal pool in 1988.", 1.0),
        ("Tilak Reddy celebrates his century against Vidarbha on Monday. (PTI Photo)", 1.0),
        ("Campaigners say they will appeal.", 0.0),
        ("No injuries were reported.", 0.0),
        ('"This is a sad day for the town," said councillor Ruth Penhale.', 1.0),
        ("Kieran Oduya celebrates his winner in front of the away end", -1.0),
        ("Key changes", -1.0),
        ("", -1.0),
    ],
)
def test_the_last_word_of_the_sentence_a_name_a_day_or_a_number(line, expected):
    assert island.ends_on_name(line) == expected


HEADLINE = "Council votes to shut Quay Street library after ninety years"
ABOVE = (
    "Harbourton's oldest public library will close its doors at the end of June after "
    "councillors voted by seven to two on Tuesday night to sell the Quay Street building."
)
BELOW = (
    "The councillors who voted for the closure said the building's heating and maintenance "
    "would cost the library service more than the Quay Street site could ever raise."
)
FAR_OFF = (
    "Volunteers from the Friends of Quay Street spent Tuesday morning stacking sandbags "
    "outside the library before the council meeting, as the river rose behind the building."
)
CAPTION = "Volunteers stack sandbags outside the library on Tuesday."
SHORT_PARAGRAPH = "The councillors will meet again in June."


def _columns(lines: list[str], i: int) -> dict[str, float]:
    return dict(zip(island.NAMES, island.columns(lines, [i])[0], strict=True))


def test_a_caption_is_an_island_between_paragraphs_that_go_on_from_each_other():
    lines = [
        "Flood barrier plans approved",
        "Volunteers spent the morning stacking sandbags outside the library.",
        "The river council approved flood barrier plans for the town centre on Monday night.",
        "Volunteers stack sandbags outside the library.",
        "The council said the flood barrier plans would protect the town centre.",
    ]
    caption = _columns(lines, 3)
    # none of its words in the paragraphs beside it, which share 6 of their 13 words
    assert caption["previous_overlap"] == caption["next_overlap"] == 0.0
    assert caption["neighbours_overlap"] == 6 / 13
    # it restates a line further off: 4 of its 5 words, two lines up
    assert caption["restated_share"] == 4 / 5
    assert caption["restated_distance"] == math.log1p(2)
    assert caption["names_elsewhere"] == -1.0  # its only capital opens it: no name
    # a short paragraph of the story goes on from the paragraph before it and into the next
    lines[3] = "The council will vote again in June."
    short = _columns(lines, 3)
    assert short["previous_overlap"] == short["next_overlap"] == 1 / 5


def test_a_named_caption_names_whom_the_story_names():
    above = "Councillor Ruth Penhale said the Quay Street library would close on Tuesday."
    lines = [HEADLINE, above, "Ruth Penhale outside the Quay Street library on Tuesday.", BELOW]
    assert _columns(lines, 2)["names_elsewhere"] == 1.0  # Penhale, Quay, Street, Tuesday
    lines[2] = "Councillor Mary Smith outside the Quay Street library."
    assert _columns(lines, 2)["names_elsewhere"] == 2 / 4  # Quay, Street; not Mary, Smith


def test_the_first_and_last_lines_have_no_neighbour_on_one_side():
    lines = [CAPTION, ABOVE]
    first = _columns(lines, 0)
    assert first["previous_overlap"] == -1.0
    assert first["neighbours_overlap"] == -1.0
    assert _columns([ABOVE, CAPTION], 1)["next_overlap"] == -1.0
    assert island.columns(lines, []) == []


def test_the_plain_model_alone_sees_the_columns():
    plain, html = features.names(False), features.names(True)
    assert not set(island.NAMES) & set(html)
    if island.PLAIN:
        assert plain[-len(island.NAMES) :] == island.NAMES
    else:
        assert not set(island.NAMES) & set(plain)


DOCUMENTS = [
    [HEADLINE, "By Jane Doe", ABOVE, CAPTION, "Photo: Harbour Gazette", BELOW, "More news"],
    [HEADLINE, FAR_OFF, ABOVE, *CREDIT_TAILS[:3], SHORT_PARAGRAPH, BELOW],
    [HEADLINE, *NO_CREDIT_TAILS[:-1], ABOVE, CREDIT_TAILS[4], BELOW, "Share this article"],
    [CAPTION],
]


@pytest.mark.parametrize("on", [True, False])
def test_every_way_of_making_rows_gives_the_same_island_columns(monkeypatch, on):
    # the stage's rows by document (each round) and by batch are `features.matrix`'s rows
    monkeypatch.setattr(island, "PLAIN", on)
    width = len(features.names(False))
    pages = [document_rows.Page(lines, HEADLINE) for lines in DOCUMENTS]
    batch = document_rows.batch_matrix(pages)
    for lines, by_batch in zip(DOCUMENTS, batch, strict=True):
        expected = features.matrix(lines, HEADLINE)
        assert all(len(row) == width for row in expected.rows)
        assert by_batch.index == expected.index
        assert np.array_equal(np.asarray(by_batch.rows).reshape(-1, width), expected.rows or [])
        rows = document_rows.DocumentRows(lines, HEADLINE)
        for picked in (list(range(len(lines))), list(range(0, len(lines), 2))):
            again = features.matrix([lines[p] for p in picked], HEADLINE)
            found = rows.matrix(picked)
            assert found.index == again.index
            if again.rows:
                assert np.array_equal(found.rows, np.asarray(again.rows))
