"""One truth for the boilerplate stage's settings (session 54): the stage a Python user builds,
`make train`'s rows, `make eval`'s stage rows and `line_blind` run what the `news` recipe ships.
Session 53 had `caption_place` and `other_stories` on in the recipe only, so the judges judged a
stage nobody ran."""

from __future__ import annotations

from curate.document import Document
from curate.recipe import build_stage, load
from curate.stages.boilerplate import BoilerplateRemover, caption_place, other_stories, train


def _news_stage() -> BoilerplateRemover:
    entry = next(s for s in load("news")["stages"] if s["stage"] == BoilerplateRemover.name)
    return build_stage(entry)


def test_the_news_recipe_runs_the_stage_of_the_defaults() -> None:
    assert _news_stage().config() == BoilerplateRemover().config()


def test_both_rules_are_on_by_default() -> None:
    stage = BoilerplateRemover()
    assert stage.caption_place is True
    assert stage.other_stories is True


def test_the_training_rows_see_the_captions_the_rules_remove() -> None:
    """The line model learns lines as the stage passes them to it: a caption over its credit is
    gone before the model judges, in training as at run time."""
    (*_, rules), shipped = train.rules_only(), BoilerplateRemover()
    assert rules.caption_place is shipped.caption_place
    story = [
        "Harbour board backs new breakwater after winter storms",
        "The harbour board voted on Tuesday to build a new breakwater at the east quay, after "
        "two winters of storms flooded the fish market and damaged a dozen boats.",
        "Volunteers stack sandbags outside the fish market on Tuesday.",
        "Photo: Marta Oyelaran",
        "Work is due to start in the spring and to last two years, the board's chairman said, "
        "adding that the cost would be shared with the county council.",
    ]
    doc = Document(id="d", text="\n\n".join(story))
    for stage in train.rules_only():
        doc = stage.process(doc)
    assert story[2] not in doc.text.split("\n\n")
    assert {edit.rule for edit in doc.edits} >= {caption_place.RULE}


def test_other_stories_waits_for_the_model() -> None:
    """`other_stories` runs once the model removes no more: the rules alone (the training rows'
    stage, no `line_model`) never ask it, so its default moves no training row."""
    story = [
        "Harbour board backs new breakwater after winter storms",
        "The harbour board voted on Tuesday to build a new breakwater at the east quay, after "
        "two winters of storms flooded the fish market and damaged a dozen boats.",
        "Work is due to start in the spring and to last two years, the board's chairman said, "
        "adding that the cost would be shared with the county council.",
        "Ferry timetable changes for the summer season announced",
        "Lifeboat crew honoured for rescue of two kayakers off the point",
        "New cafe opens in the old customs house on the quay",
    ]
    doc = Document(id="d", text="\n\n".join(story))
    for stage in train.rules_only():
        doc = stage.process(doc)
    assert other_stories.RULE not in {edit.rule for edit in doc.edits}
    shipped = BoilerplateRemover().process(Document(id="d", text="\n\n".join(story)))
    assert all(line in doc.text.split("\n\n") for line in story[3:])
    assert story[1] in shipped.text.split("\n\n")
