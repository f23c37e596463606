"""`caption_shape`: a photo caption in plain text is a sentence (a scene, a place, a day, present
tense); the learned shape score (`stages/boilerplate/caption_shape.py`) was measured and is not
shipped (`boilerplate.caption_shape: null`, README "measured, not shipped"): the captions below
stay at the shipped setting (strict xfail: the kind is pinned, and a setting that removes them
makes these tests say so), body sentences of the same shape stay, and the setting, when on,
names its rule and score in the ledger, leaves HTML-read documents alone and is idempotent.

On the base commit (no `caption_shape`) every test here fails (the module and the setting do not
exist): 22 of 22.
"""

import numpy as np
import pytest

from curate.document import LINKED_LINES, Document
from curate.stages.boilerplate import BoilerplateRemover
from curate.stages.boilerplate import caption_shape as shape
from curate.stages.boilerplate.train_caption_shape import fit

HEADLINE = "Flooding hits the coastal towns after days of rain"
ABOVE = (
    "Rescue crews worked through the night to reach families stranded on the roofs of their "
    "homes, and the regional government opened three shelters in schools on higher ground."
)
BELOW = (
    "Officials said the water had begun to recede by the afternoon, though more rain was "
    "forecast for the weekend and the river was still rising further downstream near the port."
)

# made up, the shapes of real ones: present tense, a scene, a place, a day; "(left)"
CAPTIONS = [
    "Residents wade through a flooded street in Carcar City on Monday, March 9, 2026.",
    "Hawthorn's Liam Kellerman-Oates is mobbed by teammates after kicking his third goal.",
    "Marcia Dunkley-Powell shows the empty tank at her home in Mavis Bank on Friday.",
    "Volunteers load sandbags onto a truck outside the town hall in Brevik on Sunday.",
    "Coach Dana Whitlock (left) talks with captain Oren Maalouf during training on Wednesday.",
    "A firefighter sprays water on a burning warehouse in Port Elms early on Saturday.",
]
# body sentences of the same shape: present tense, `says` attributions, a day at the end,
# a scene-setting lede with a quote
BODY = [
    "The council says the road will reopen in April once the repairs to the bridge are finished.",
    "Prices rose 3.2 per cent in the year to March, the statistics office said on Wednesday.",
    '"We are not going anywhere," says Maria Lopez, standing in her flooded kitchen in Carcar.',
    "Farmers in the valley are counting the cost of a third dry summer in a row this year.",
    "Police are appealing for witnesses after a man was injured in a crash on the A38 on Friday.",
    "The club confirms that the striker is fit to play against Rovers in the cup on Sunday.",
]
MEASURED_CUT = 0.95  # the cut tried last on line blind batches (README)


def _doc(line: str) -> Document:
    return Document(id="d", text="\n".join([HEADLINE, ABOVE, line, BELOW]))


@pytest.mark.xfail(strict=True, reason="caption_shape measured, not shipped (README)")
@pytest.mark.parametrize("caption", CAPTIONS)
def test_caption_sentence_is_removed(caption: str) -> None:
    assert caption not in BoilerplateRemover().process(_doc(caption)).text


@pytest.mark.parametrize("cut", [None, MEASURED_CUT])
@pytest.mark.parametrize("line", BODY)
def test_body_sentence_of_caption_shape_stays(line: str, cut: float | None) -> None:
    assert line in BoilerplateRemover(caption_shape=cut).process(_doc(line)).text


def test_on_the_ledger_names_the_rule_and_its_score() -> None:
    doc = BoilerplateRemover(caption_shape=0.5).process(_doc(CAPTIONS[0]))
    edits = [edit for edit in doc.edits if edit.rule == shape.RULE]
    assert edits and all(edit.score is not None and 0.5 <= edit.score <= 1 for edit in edits)


def test_html_read_documents_are_left_to_the_markup() -> None:
    doc = _doc(CAPTIONS[0])
    doc.labels[LINKED_LINES] = []
    out = BoilerplateRemover(caption_shape=0.5).process(doc)
    assert shape.RULE not in {edit.rule for edit in out.edits}


def test_on_is_idempotent() -> None:
    stage = BoilerplateRemover(caption_shape=0.6)
    text = "\n".join([HEADLINE, ABOVE, *CAPTIONS, *BODY, BELOW])
    once = stage.process(Document(id="d", text=text))
    twice = stage.process(Document(id="d", text=once.text, title=once.title))
    assert twice.text == once.text


def test_trainer_gives_the_same_weights_twice() -> None:
    rng = np.random.default_rng(0)
    x = np.c_[np.ones(40), rng.normal(size=(40, 3))]
    y = (x[:, 1] > 0).astype(float)
    assert np.array_equal(fit(x, y), fit(x, y))
    assert len(shape.weights()) == len(shape.FEATURES) == len(shape.features(CAPTIONS[0]))
