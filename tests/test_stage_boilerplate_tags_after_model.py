"""Section tags that the line model's removals make visible go in one run.

`section_tag` removes a short line that stands alone two or more times, but stands down when
more than `max_distinct` distinct short lines repeat (a table or a recipe repeats its labels).
The rules run before the model: a repeated byline or prompt the model removes later counted
among the repeated lines, so the rule stood down in the first run, and a second run over the
output found few enough to fire (5 of the 986 read evaluation pages: "See it now: Amazon",
"ZUM WARENKORB HINZUFÜGEN", "[CNET]"). The stage was not idempotent. The kind is pinned here:
repeated lines the model removes and no rule does, beside two repeated tags.
"""

import pytest

from curate.document import Document
from curate.stages.boilerplate import RULES, BoilerplateRemover

STAGE = BoilerplateRemover()
RULES_ONLY = BoilerplateRemover(rules=tuple(r for r in RULES if r != "line_model"))
BODY = [
    "Apple finally delivered noise cancellation and replaceable tips with the new AirPods Pro, "
    "and the design sounds better than the first model did in our tests.",
    "The smaller Nintendo Switch Lite gives up the dock but gains battery life and new colours, "
    "and the screen has been shrunk to 5.5 inches for the handheld.",
    "Sonos speakers have long been considered some of the best home audio you can buy, and the "
    "Move takes that sound outdoors with a battery that lasts all day.",
    "Amazon's new Echo Studio is the company's biggest and best sounding smart speaker so far, "
    "with five drivers and support for spatial audio formats.",
]
# repeated lines the model removes and no rule does (checked below, so the tests keep their point)
REPEATED_NOISE = ["By Jane Doe", "Jane Doe", "Most popular", "Sponsored", "Tweet", "Top stories"]
TAG = "See it now: Amazon"


def page(noise: str) -> str:
    lines = ["Best tech gadgets of the year", noise]
    for i, paragraph in enumerate(BODY):
        lines += [f"Gadget number {i + 1} for ${100 * (i + 1)}", TAG, paragraph]
        if i in (1, 2):
            lines.append(noise)
    return "\n\n".join([*lines, "Amazon", "Amazon"])


def twice(text: str) -> tuple[Document, Document]:
    once = STAGE.process(Document(id="d", text=text))
    again = STAGE.process(Document(id="d", text=once.text, title=once.title))
    return once, again


@pytest.mark.parametrize("noise", REPEATED_NOISE)
def test_the_rules_alone_leave_the_repeats(noise):
    # three distinct repeated lines: the rule stands down, so only the model can start it
    doc = RULES_ONLY.process(Document(id="d", text=page(noise)))
    assert TAG in doc.text.split("\n\n")
    assert noise in doc.text.split("\n\n")


@pytest.mark.parametrize("noise", REPEATED_NOISE)
def test_tags_the_model_uncovers_go_in_the_first_run(noise):
    once, again = twice(page(noise))
    lines = once.text.split("\n\n")
    assert lines.count(noise) < page(noise).split("\n\n").count(noise)  # the model removed it
    assert TAG not in lines and "Amazon" not in lines  # and the tags went with it
    assert {e.rule for e in once.edits if e.before.strip() == TAG} == {"section_tag"}
    assert again.text == once.text and not again.edits  # a second run finds nothing


@pytest.mark.parametrize("noise", REPEATED_NOISE[:3])
def test_a_tag_the_model_keeps_stays_and_stays_kept(noise):
    # a veto at the threshold keeps every tag the model would keep as a line: those its removals
    # uncover are vetoed too, and stay in both runs (not found again and again)
    keep_all = BoilerplateRemover(tag_veto=STAGE.threshold, prose_threshold=None)
    once = keep_all.process(Document(id="d", text=page(noise)))
    again = keep_all.process(Document(id="d", text=once.text, title=once.title))
    assert once.text.split("\n\n").count(TAG) == len(BODY)
    assert again.text == once.text and not again.edits


def test_many_repeated_lines_are_still_a_table():
    # four distinct repeated labels left after the model: no tags, in either run
    rows = []
    for value in ("5", "Medium", "250 g", "Arabica"):
        rows += ["Intensity", "Roast", "Weight", "Origin", f"Value {value} for this blend"]
    once, again = twice("\n\n".join([BODY[0], *rows, BODY[1]]))
    assert all(e.rule != "section_tag" for e in once.edits)
    assert again.text == once.text
