"""A short heading stays with the block it introduces; the look-alike labels of noise still go.

The kind of error: a heading of a fact box, a score line or a list ("Key facts", "The
numbers", "Line-up") is a short line with no closing mark, the shape of a section label or a
"Most read" prompt, and the line model scores it as noise alone, above or below the body
paragraphs. What tells it apart is the block under it: items the model keeps (`heading_run`
judged lines under the bar, each scoring under `HEADING_LEVEL`) that are no sentences (a
list's items) or that stand below the first body paragraph. A label over other stories'
headlines stands over lines the model is unsure of or removes, a section label or a byline
over the headline, the standfirst or the first paragraph (sentences above the body).

The articles are made up (varied topics and languages, none from the evaluation). The
setting is off (measured, not shipped: README, session 47); these tests pin it on
(`heading_run: 2`). On the stage without it 5 of the 24 fail (the four closing lists and one
subhead over sentences); with it the closing lists still go (their items score 0.3 to 0.8, over
`HEADING_LEVEL`: marked), and nothing else changes here.
"""

from __future__ import annotations

import pytest

from curate.stages.boilerplate import BoilerplateRemover
from tests.conftest import run_stage

STAGE = BoilerplateRemover(heading_run=2)

BODY = {
    "bridge": [
        "The county council voted on Tuesday to replace the old iron bridge over the river, "
        "which engineers closed to lorries last winter after finding cracks in two of its piers.",
        "Work on the new crossing is due to begin in the spring and take about two years, during "
        "which a temporary footbridge will carry pedestrians and cyclists beside the old one.",
        "Residents of the villages on the far bank said the detour for cars, nearly twelve "
        "kilometres through the hills, had already doubled the time of their daily commute.",
        "The council's transport chief said the design would keep the look of the old bridge, "
        "with three arches of local stone, and that the old ironwork would go to a museum.",
    ],
    "marathon": [
        "More than eleven thousand runners crossed the finish line of the city marathon on "
        "Sunday, a record for the race, which was held in cool weather and a light breeze.",
        "The men's race was decided in the last kilometre, when the defending champion pulled "
        "away from a group of four leaders on the long climb up to the old town square.",
        "Organisers said the medical tents treated fewer runners than in any year before, which "
        "they credited to the weather and to the new water stations placed every three kilometres.",
        "Next year's race will follow a new route along the harbour, avoiding the tram lines "
        "that forced several runners to slow down in the narrow streets of the centre.",
    ],
    "laptop": [
        "The company's new laptop is thinner and lighter than last year's model, and its battery "
        "lasted more than fourteen hours in our tests of video playback at medium brightness.",
        "Its keyboard has been redesigned with deeper keys, a change many reviewers asked for, "
        "and the trackpad is larger, although it still registers the odd accidental touch.",
        "The screen is bright and sharp, but its glossy finish reflects overhead lights in an "
        "office, which may matter to anyone who works near a window for most of the day.",
        "At its launch price it costs a little more than its closest rivals, which offer more "
        "ports but weigh nearly half a kilogram more and last several hours less on a charge.",
    ],
    "gemeinde": [
        "Der Gemeinderat hat am Montagabend beschlossen, das alte Hallenbad zu sanieren, statt es "
        "abzureißen und am Stadtrand ein neues Bad mit Sauna und Rutsche zu bauen.",
        "Die Sanierung soll im Herbst beginnen und etwa achtzehn Monate dauern, in dieser Zeit "
        "können die Schulen das Bad der Nachbargemeinde für den Schwimmunterricht nutzen.",
        "Mehrere Vereine hatten sich für einen Neubau ausgesprochen, weil das alte Becken für "
        "Wettkämpfe zu kurz ist und die Zuschauertribüne seit Jahren gesperrt werden musste.",
        "Der Bürgermeister sagte, die Sanierung koste nur etwa die Hälfte eines Neubaus und das "
        "Bad bleibe für die Bewohner der Altstadt zu Fuß erreichbar.",
    ],
}

# a heading over a list of items (no closing marks): a fact box, a result table, specs
HEADED_LISTS = {
    "bridge": ("Key facts", ["Length: 84 metres", "Cost: 11 million euros", "Arches: three"]),
    "marathon": (
        "Results",
        ["1. Tomas Berg 2:09:41", "2. Ali Kemboi 2:09:58", "3. Jonas Lund 2:10:12"],
    ),
    "laptop": (
        "Specifications",
        ["Weight: 1.1 kg", "Screen: 14 inches, 2,880 x 1,800", "Battery: 70 Wh"],
    ),
    "gemeinde": (
        "Die Zahlen",
        ["Kosten: 6,4 Millionen Euro", "Bauzeit: 18 Monate", "Becken: 25 m"],
    ),
}

# a subhead below the first body paragraph over short lines of the story (sentences)
SUBHEADS = {
    "bridge": ("What happens next", ["Tenders close in March.", "The footbridge opens first."]),
    "marathon": ("Race notes", ["A record field started.", "Two course records fell."]),
    "laptop": ("Our verdict", ["The battery is the best we tested.", "The screen reflects."]),
    "gemeinde": (
        "Wie es weitergeht",
        ["Die Planung beginnt im Mai.", "Das Bad schließt im Herbst."],
    ),
}

# other stories' headlines under a "most read" label: a list of what else the site published
MOST_READ = (
    "Most read",
    [
        "Storm Knocks Out Power To Thousands Across The Region",
        "Local Bakery Wins National Award For Sourdough",
        "Police Investigate Break-In At Downtown Jewellery Store",
        "High School Team Heads To State Finals After Upset Win",
    ],
)


def _clean(lines: list[str], title: str | None = "A headline of the article") -> set[str]:
    out = run_stage(STAGE, "\n\n".join(lines), title=title)
    return {line.strip() for line in out.text.split("\n\n") if line.strip()}


@pytest.mark.parametrize("topic", sorted(BODY))
@pytest.mark.xfail(strict=True, reason="the items score 0.3-0.8: over HEADING_LEVEL (README)")
def test_a_heading_over_a_closing_list_stays(topic):
    heading, items = HEADED_LISTS[topic]
    kept = _clean([*BODY[topic], heading, *items])
    assert {heading, *items} <= kept, sorted({heading, *items} - kept)
    assert set(BODY[topic]) <= kept


@pytest.mark.parametrize("topic", sorted(BODY))
def test_a_heading_over_a_list_between_paragraphs_stays(topic):
    heading, items = HEADED_LISTS[topic]
    body = BODY[topic]
    kept = _clean([body[0], body[1], heading, *items, body[2], body[3]])
    assert {heading, *items} <= kept, sorted({heading, *items} - kept)


@pytest.mark.parametrize("topic", sorted(BODY))
def test_a_subhead_over_short_sentences_below_the_body_stays(topic):
    heading, lines = SUBHEADS[topic]
    body = BODY[topic]
    kept = _clean([body[0], body[1], body[2], heading, *lines, body[3]])
    assert heading in kept


@pytest.mark.parametrize("topic", sorted(BODY))
def test_a_most_read_label_over_other_stories_still_goes(topic):
    label, headlines = MOST_READ
    kept = _clean([*BODY[topic], label, *headlines])
    assert label not in kept


@pytest.mark.parametrize("topic", sorted(BODY))
def test_a_section_label_and_byline_over_the_opening_still_go(topic):
    body = BODY[topic]
    standfirst = body[0].split(",")[0] + "."
    kept = _clean(["News", "By Jo Marsh", standfirst, *body])
    assert not {"News", "By Jo Marsh"} & kept, sorted({"News", "By Jo Marsh"} & kept)


@pytest.mark.parametrize("topic", sorted(BODY))
def test_a_heading_is_kept_again_on_a_second_run(topic):
    heading, items = HEADED_LISTS[topic]
    once = run_stage(STAGE, "\n\n".join([*BODY[topic], heading, *items]), title="A headline")
    twice = run_stage(STAGE, once.text, title=once.title)
    assert twice.text == once.text
