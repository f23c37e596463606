"""A run of other stories' headlines below the body goes; the same shapes as subheads stay.

The kind of error: other stories' headlines standing as a run below an article's last body
paragraph each look like a headline or a subhead alone (which is content), so the line model
scores them under the bar where the document does not count as one of sentences (its bar is
then `threshold`, not `prose_threshold`). The same shapes standing alone between body
paragraphs (subheads) stay, and so does a short list at the end whose items speak of the
article's own subject. The articles here are made up (varied topics, none from the evaluation).

Two ways to read a line's neighbours' verdicts were measured in session 46 and not shipped
(README): the second pass of `boilerplate.stacked` (a model file made with `train --stacked`;
it passes the two cases marked here, and fails the harbour's closing list) and a lower bar for
a run below the body (`run_bar`). The shipped stage misses two of the four runs below.
"""

from __future__ import annotations

import json

import pytest

from curate import resources
from curate.stages.boilerplate import BoilerplateRemover, stacked
from tests.conftest import run_stage

# the line model's own passes (session 46's study): `other_stories`, on by default since session
# 54, takes the runs the model misses and, below a short story, its closing facts too
# (`test_stage_boilerplate_defaults_s54.py`)
STAGE = BoilerplateRemover(other_stories=False)
MISSED = {"harbour", "vineyard"}  # four headlines under four paragraphs: not of sentences

ARTICLES = {
    "harbour": [
        "The harbour authority approved a plan on Monday to deepen the main channel by two "
        "metres, allowing larger container ships to dock without waiting for the high tide.",
        "Dredging is expected to start in the autumn and last about eighteen months, during "
        "which the ferry terminal will move to a temporary berth on the northern quay.",
        "Fishermen who moor their boats near the channel said they had not been consulted and "
        "feared the work would stir up silt over the mussel beds they have farmed for decades.",
        "The authority's director said an independent survey of the beds would be carried out "
        "before any dredger arrives, and that compensation would be offered for any losses.",
    ],
    "orchestra": [
        "The city orchestra will play its first full season in the restored concert hall next "
        "year, its board announced, four years after a fire closed the building in mid-season.",
        "Restoration cost more than twice the first estimate, largely because the original "
        "plaster ceiling had to be rebuilt by hand to keep the hall's famous acoustics intact.",
        "Musicians have spent the interim performing in a converted warehouse by the river, "
        "where audiences grew steadily despite the cold and the noise from the railway nearby.",
        "Tickets for the opening weekend go on sale in March, and the orchestra says a share of "
        "every concert will be kept for students at a fifth of the usual price.",
    ],
    "vineyard": [
        "Growers across the valley began picking grapes nearly three weeks earlier than usual "
        "this year, after a hot and unusually dry summer pushed the fruit to ripen in August.",
        "Yields are down by about a quarter, but several winemakers said the smaller berries "
        "had produced juice of a concentration they had rarely seen in the last twenty years.",
        "The regional growers' union warned that repeated early harvests would force changes "
        "to the grape varieties planted on the lower slopes, where the heat is most intense.",
        "Some estates have already planted trial rows of varieties from further south, and "
        "expect their first small harvest from the new vines within the next four years.",
    ],
    "railway": [
        "Engineers have finished laying the last section of track on the new mountain railway, "
        "which will link the two valleys through a tunnel nearly nine kilometres long.",
        "The line was first proposed more than a century ago, but the project stalled several "
        "times over its cost and over fears about water seeping into the tunnel workings.",
        "Test trains are due to run from the spring, and passenger services should begin at the "
        "end of next year, cutting the journey between the valley towns to about twenty minutes.",
        "Local businesses hope the railway will bring day visitors in the winter months, when "
        "the pass road is often closed by snow for weeks at a time.",
    ],
}

# other stories' headlines, no closing stop: a list of what else the site published
OTHER_STORIES = [
    "Mayor Unveils Budget With Cuts To Parks Department",
    "Storm Knocks Out Power To Thousands Across The Region",
    "Local Bakery Wins National Award For Sourdough",
    "Police Investigate Break-In At Downtown Jewellery Store",
    "High School Team Heads To State Finals After Upset Win",
    "New Hospital Wing Opens To Patients Next Month",
]

# subheads in the same shape, each alone between two body paragraphs
SUBHEADS = {
    "harbour": ["Larger Ships, Longer Queues", "Worries Over The Mussel Beds"],
    "orchestra": ["A Ceiling Rebuilt By Hand", "Years In The Warehouse"],
    "vineyard": ["Smaller Berries, Richer Juice", "Changes On The Lower Slopes"],
    "railway": ["A Century Of Delays", "Trains From The Spring"],
}

# a short closing list whose items speak of the article's subject
OWN_LIST = {
    "harbour": ["Dredging: eighteen months", "Ferry terminal: northern quay"],
    "orchestra": ["Opening weekend: March", "Student tickets: a fifth of the price"],
    "vineyard": ["Harvest: three weeks early", "Yields: down a quarter"],
    "railway": ["Tunnel: nine kilometres", "Passenger trains: end of next year"],
}


def _clean(lines: list[str]) -> set[str]:
    out = run_stage(STAGE, "\n\n".join(lines), title="A headline of the article")
    return {line.strip() for line in out.text.split("\n\n") if line.strip()}


@pytest.mark.parametrize(
    "topic",
    [
        pytest.param(topic, marks=pytest.mark.xfail(strict=True, reason="the run is kept"))
        if topic in MISSED
        else topic
        for topic in sorted(ARTICLES)
    ],
)
def test_a_run_of_other_stories_headlines_below_the_body_goes(topic):
    start = sorted(ARTICLES).index(topic)
    headlines = (OTHER_STORIES * 2)[start : start + 4]
    kept = _clean([*ARTICLES[topic], *headlines])
    assert not kept & set(headlines), sorted(kept & set(headlines))
    assert set(ARTICLES[topic]) <= kept


@pytest.mark.parametrize("topic", sorted(ARTICLES))
def test_the_same_shapes_between_body_paragraphs_stay(topic):
    body, (first, second) = ARTICLES[topic], SUBHEADS[topic]
    kept = _clean([body[0], first, body[1], body[2], second, body[3]])
    assert {first, second} <= kept
    assert set(body) <= kept


@pytest.mark.parametrize(
    "topic",
    [
        # session 57's retrain (`section_labels` on) scores harbour's two items as noise
        pytest.param(topic, marks=pytest.mark.xfail(strict=True, reason="known loss, README"))
        if topic == "harbour"
        else topic
        for topic in sorted(ARTICLES)
    ],
)
def test_a_short_list_of_the_articles_own_facts_at_the_end_stays(topic):
    items = OWN_LIST[topic]
    kept = _clean([*ARTICLES[topic], *items])
    assert set(items) <= kept


def _column(name: str, scores, index, count) -> list[float]:
    at = stacked.NAMES.index(name)
    return [row[at] for row in stacked.columns(scores, index, count)]


def test_the_second_pass_sees_each_run_and_its_place():
    # lines 0-1 judged above body line 2, line 3 alone between body lines, 5-7 below the body
    index, scores = [0, 1, 3, 5, 6, 7], [0.1, 0.3, 0.2, 0.4, 0.6, 0.8]
    assert _column("run_len", scores, index, 8) == [2, 2, 1, 3, 3, 3]
    assert _column("run_place", scores, index, 8) == [0, 0, 1, 2, 2, 2]
    assert _column("run_high", scores, index, 8) == [0, 0, 0, 2, 2, 2]
    assert _column("prev_score", scores, index, 8) == [stacked.NONE, 0.1, stacked.NONE] + [
        stacked.NONE,
        0.4,
        0.6,
    ]
    assert _column("across_up", scores, index, 8)[3:] == [0.2, 0.2, 0.2]
    assert _column("run_mean", scores, index, 8)[3] == pytest.approx(0.6)
    assert _column("run_place", [0.5], [0], 1) == [3]  # no body paragraph at all
    assert _column("score", scores, index, 8) == scores  # the line's own verdict too


def test_the_stage_scores_a_second_pass_when_the_model_file_has_one(tmp_path):
    """A second pass that says "noise" wherever the run's mean reaches 0.2 removes the run
    of headlines under every article; without `stacked` the file's first pass alone decides."""
    spec = json.loads((resources.DATA_DIR / "line_model.json").read_text(encoding="utf-8"))
    plain = spec["models"]["plain"]
    names = [*plain["features"], *stacked.NAMES]
    plain["second"] = {
        "features": names,
        "base": 0.0,
        "depth": 1,
        "trees": [
            {
                "feature": [names.index("run_mean"), -2, -2],
                "threshold": [0.2, -2.0, -2.0],
                "left": [1, -1, -1],
                "right": [2, -1, -1],
                "value": [0.0, -9.0, 9.0],
            }
        ],
    }
    path = tmp_path / "model.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    on = BoilerplateRemover(model_file=str(path), stacked=True, other_stories=False)
    off = BoilerplateRemover(model_file=str(path), other_stories=False)
    for topic in MISSED:
        lines = [*ARTICLES[topic], *OTHER_STORIES[:4]]
        text = "\n\n".join(lines)
        kept_on = run_stage(on, text, title="A headline").text
        kept_off = run_stage(off, text, title="A headline").text
        assert not any(line in kept_on for line in OTHER_STORIES[:4])
        assert any(line in kept_off for line in OTHER_STORIES[:4])
