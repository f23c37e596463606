"""`caption_scene` (session 56): photo captions with no credit beside them, by a score of their
grammar and place learned from the read pages' captions against their content lines. Measured
and left off (`boilerplate.caption_scene: null`, README): the score learned on real pages does
not carry to plain-text news (line blind batches 1-16: no caption more, content lost). Pinned
here: the kind stays at the shipped setting (strict xfail), what the setting does when on (its
rule and score on the ledger, HTML left alone, a second run finds nothing), the trainer's rows
and determinism, and the made-up set of `tests/captions_s56.py` as measured."""

import re

import numpy as np
import pytest

from curate.document import LINKED_LINES, Document, line_key
from curate.stages.boilerplate import BoilerplateRemover
from curate.stages.boilerplate import caption_scene as scene
from curate.stages.boilerplate.train_caption_scene import fit, page_rows
from tests.captions_s56 import CAPTIONS, CONTENT, STORIES, doc

OFF = BoilerplateRemover()
ON = BoilerplateRemover(caption_scene=0.7)  # the cut that takes most of the made-up captions


def _stays(stage: BoilerplateRemover, lines: list[str], line: str) -> bool:
    out = stage.process(Document(id="d", text="\n\n".join(lines)))
    kept = {line_key(each) for each in out.text.split("\n\n")}
    return line_key(line) in kept or line_key(line) == line_key(out.title or "")


@pytest.mark.xfail(strict=True, reason="caption_scene measured, not shipped (README)")
@pytest.mark.parametrize(
    "caption",
    [
        "Cattle graze in a paddock outside the village, where farmers say thefts have risen.",
        "Swimmers at the town pool on Tuesday evening",
        "Residents queue outside the town hall on Tuesday",
    ],
)
def test_uncredited_caption_goes_by_default(caption: str) -> None:
    assert not _stays(OFF, doc("en", caption), caption)


def test_off_by_default_and_settings_checked() -> None:
    assert OFF.caption_scene is None
    for wrong in (0.0, 0.4, 1.5):
        with pytest.raises(ValueError, match="caption_scene"):
            BoilerplateRemover(caption_scene=wrong)


def test_weights_match_the_features() -> None:
    assert len(scene.weights()) == len(scene.FEATURES)


def test_made_up_set_as_measured() -> None:
    """At 0.7 most of the made-up captions go (13 of 36 when measured), and the content it
    takes beyond the shipped stage's is few (2 of 35: a standfirst, a short paragraph): the
    made-up stories are simpler than the blind batches, where it took body lines (README)."""
    gone = [c for lang, c in CAPTIONS if not _stays(ON, doc(lang, c), c)]
    lost_on = {c for lang, kind, c in CONTENT if not _stays(ON, doc(lang, c, kind), c)}
    lost_off = {c for lang, kind, c in CONTENT if not _stays(OFF, doc(lang, c, kind), c)}
    assert len(gone) >= 10
    assert lost_off <= lost_on
    assert len(lost_on - lost_off) <= 3


def test_rule_and_score_on_the_ledger_and_second_run_finds_nothing() -> None:
    caption = "Firefighters at the scene in Elm Street"
    lines = doc("en", caption)
    stage = BoilerplateRemover(caption_scene=0.5)
    first = stage.process(Document(id="d", text="\n\n".join(lines)))
    edits = [e for e in first.edits if e.rule == scene.RULE]
    assert [e.before.strip() for e in edits] == [caption]
    assert all(e.score is not None and e.score >= 0.5 for e in edits)
    second = stage.process(Document(id="d", text=first.text, title=first.title))
    assert second.text == first.text


def test_html_read_documents_are_left_alone() -> None:
    caption = "Firefighters at the scene in Elm Street"
    lines = doc("en", caption)
    page = Document(id="d", text="\n\n".join(lines), labels={LINKED_LINES: []})
    out = BoilerplateRemover(caption_scene=0.5).process(page)
    assert not [e for e in out.edits if e.rule == scene.RULE]


def test_rows_see_the_page_as_the_stage_does() -> None:
    """A read page's caption is a row among the content lines (the headline out, the other
    noise gone); a byline is no row."""
    lines = [
        "Council to close the Keith pool",
        "By Jane Doe",
        "Councillors voted on Wednesday to close the pool next April to save money.",
        "Swimmers at the Keith pool on Tuesday evening",
        "A petition against the closure had gathered 4,200 signatures by Wednesday evening.",
    ]
    rows = page_rows(lines, [1, 0, 1, 0, 1], ["headline", "byline", "body", "caption", "body"])
    assert [(row["y"], row["kind"]) for row in rows] == [(0, "body"), (1, "caption"), (0, "body")]
    first = rows[0]["x"]
    assert first[scene.FEATURES.index("top")] == 1.0  # the headline is the title now
    caption = rows[1]["x"]
    assert caption[scene.FEATURES.index("between_prose")] == 1.0
    assert caption[scene.FEATURES.index("day")] == 1.0


def test_fit_is_deterministic() -> None:
    rng = np.random.default_rng(0)
    x = np.c_[np.ones(40), rng.normal(size=(40, 3))]
    y = (x[:, 1] > 0).astype(float)
    assert np.array_equal(fit(x, y), fit(x, y))


def test_hostile_line_is_measured() -> None:
    """100 KB of one line and of repeated marks: the patterns do not backtrack (it returns)."""
    for text in ("a " * 50_000, "(" * 100_000, "in " * 33_000 + "X", "é." * 50_000):
        row = scene.features(text, text, text, 3, 0.5)
        assert len(row) == len(scene.FEATURES)
    assert re.fullmatch(r"[01]", str(int(scene.candidate("a b c"))))


# `caption_scene_credit`: a credit beside the line and its learned scene score; shapes
# `caption_place` leaves (no day or time, no stop, an agency alone); never the first line
# left, where a standfirst stands over the lead picture's credit
# (session 58: the score learned from the blind batches too puts "Traders watch a screen at a
# brokerage in Mumbai." over "Reuters" at 0.34, under the cut: an agency alone is no credit
# enough for it; `test_agency_alone_left_by_the_blind_trained_score` pins that)
CREDITED = [
    ("The Swanage inshore lifeboat during a training exercise", "Photo / RNLI Swanage", 2),
    ("Kwame Addo celebrates his late equaliser against Villa", "Photo by Tom Ashdown/Getty", 2),
    ("Volunteers fill sandbags outside the fire station in Kelso", "AFP", 2),
    ("Pupils from St Mary's School planting trees in the park", "Photo: Jane Doe", 3),
    (
        "Farmer Tom Reilly with his prize-winning heifer at the Tullamore show",
        "Picture: SUPPLIED",
        2,
    ),
]
# content over a credit: a standfirst under the headline, a paragraph over an uncaptioned
# picture's credit, a short closing paragraph
UNDER_CREDIT = [
    ("Ministers say the scheme will cut waiting lists by a third within two years", 0),
    ("Two farmers explain why they sold half their herd, and what it did to their income.", 0),
    ("The council will make a final decision next month.", 2),
    ("He was later released without charge.", 4),
]
CREDITED_ON = BoilerplateRemover(caption_scene_credit=0.5)  # session 58: the blind-trained cut
STORIES_EN = STORIES["en"]


def _with_credit(line: str, credit: str, at: int) -> list[str]:
    headline, body = STORIES_EN
    story = [*body]
    story[at:at] = [line, credit]
    return [headline, *story]


@pytest.mark.parametrize(("line", "credit", "at"), CREDITED)
def test_caption_by_its_credit_and_scene(line: str, credit: str, at: int) -> None:
    lines = _with_credit(line, credit, at)
    assert _stays(OFF, lines, line)
    assert not _stays(CREDITED_ON, lines, line)
    assert not _stays(CREDITED_ON, lines, credit)


@pytest.mark.parametrize(("line", "at"), UNDER_CREDIT)
def test_content_over_a_credit_stays(line: str, at: int) -> None:
    lines = _with_credit(line, "Photo: Jane Doe", at)
    assert _stays(OFF, lines, line) == _stays(CREDITED_ON, lines, line)


def test_agency_alone_left_by_the_blind_trained_score() -> None:
    line = "Traders watch a screen at a brokerage in Mumbai."
    lines = _with_credit(line, "Reuters", 1)
    assert _stays(OFF, lines, line) and _stays(CREDITED_ON, lines, line)
