"""The boilerplate stage's gate for "a document of sentences" measured by words (`prose_words`).

The kind of error: measured by lines, the more short noise lines an article carries (other
stories' headlines, bylines, section labels under the text), the less it counts as one of
sentences, and the higher bar applies exactly where the noise is densest. By words, the
paragraphs outweigh the run of headlines, and a list page of short items still does not count.
The articles here are made up (varied topics, none from the evaluation).
"""

from __future__ import annotations

import random

import pytest

from curate.stages.boilerplate import BoilerplateRemover
from tests.conftest import run_stage

BY_WORDS = BoilerplateRemover(prose_words=0.7)
BY_LINES = BoilerplateRemover(prose_words=None)

PARAGRAPHS = {
    "council": [
        "The county council voted on Tuesday night to close two branch libraries next spring, "
        "after a three-hour meeting in which more than forty residents spoke against the plan.",
        "Officials said the savings, about 1.2 million a year, would pay for longer opening "
        "hours at the central library and for a mobile service that visits outlying villages.",
        "Opponents argued that older residents without cars would lose their only quiet place "
        "to read, study or use a computer, and they promised to petition for a referendum.",
        "The council's finance chair said the decision had been the hardest of her term but "
        "that the budget left no other choice once the state grant was cut by a fifth.",
        "A final review of the closures is scheduled for January, when the council will also "
        "consider offers from two community groups who want to run the buildings themselves.",
    ],
    "football": [
        "A stoppage-time header from the visiting captain settled a tense derby on Saturday, "
        "leaving the home side without a win in six league matches and booed off at full time.",
        "The hosts had dominated the first half and led through a deflected shot from the edge "
        "of the box, but they sat deeper after the break and invited pressure they could not "
        "absorb.",
        "Their manager defended his substitutions afterwards, saying that two of his midfielders "
        "had been carrying knocks and that he could not risk losing them before the cup tie.",
        "Supporters outside the ground were less forgiving, and a small group gathered by the "
        "players' entrance to demand changes in the boardroom as well as on the pitch.",
        "The result lifts the visitors into the top four for the first time since October, with "
        "a home game against the bottom club to come on Wednesday evening.",
    ],
    "science": [
        "Researchers studying a glacier in the southern Andes have found that its meltwater now "
        "carries almost twice as much fine sediment as it did a decade ago, a new paper reports.",
        "The team spent three summers sampling the river below the ice and compared the results "
        "with measurements taken by an earlier expedition using the same instruments.",
        "They believe the change reflects the glacier's retreat over softer rock, which grinds "
        "more easily and leaves more material for the water to wash down the valley.",
        "Farmers downstream have already noticed the river running cloudier in late summer, and "
        "some irrigation channels now need clearing twice a season instead of once.",
        "The authors caution that a longer record is needed before the trend can be projected, "
        "but they say other glaciers in the region are likely to follow the same path.",
    ],
    "courts": [
        "A former bank manager was sentenced on Friday to four years in prison for taking money "
        "from the accounts of elderly customers over a period of almost six years.",
        "The court heard that he moved small sums at a time, often under the amount that would "
        "trigger a review, and covered the gaps with transfers from other dormant accounts.",
        "His lawyer told the judge that gambling debts had driven the thefts and that his client "
        "had repaid part of the money by selling his house before the trial began.",
        "The judge said the victims had trusted him with their savings and that several of them "
        "had been left unable to pay for care they needed in the last years of their lives.",
        "The bank has said it has reimbursed every customer affected and has changed the way it "
        "monitors transfers between accounts held at the same branch.",
    ],
}

# what stands under an article on a news page: other stories' headlines, labels, a byline
HEADLINES = [
    "Harbour ferry fares to rise from March",
    "Teachers vote to accept revised pay offer",
    "Watch: highlights from the weekend's cup ties",
    "New bypass opens three months behind schedule",
    "Why the price of olive oil keeps climbing",
    "Hospital waiting lists fall for the first time in two years",
    "Opinion: the case for a four-day week",
    "Record crowds expected at the summer show",
    "Storm warnings extended along the east coast",
    "Rail strike talks collapse without agreement",
    "Local bakery wins national award",
    "Police appeal for witnesses after overnight fire",
]
LABELS = ["More from News", "Most read", "Related stories", "Latest", "Sport", "Share this article",
          "By Maria Lindqvist", "Follow us", "Trending now", "Top stories"]  # fmt: skip

# a list page: a product or event listing of short items, a sentence or two among them
ITEMS = ["Opening hours: 9am to 5pm", "Adults 12, children free", "Free parking on site",
         "Step-free access to all floors", "Guided tours every hour", "Cafe on the ground floor",
         "Gift shop", "Group bookings available", "Audio guide in six languages",
         "Lockers near the entrance", "Family trail for ages 5 to 11", "Picnic area by the lake",
         "Dogs welcome in the gardens", "Baby changing facilities",
         "Wheelchairs on loan"]  # fmt: skip


def _article(rng: random.Random) -> list[str]:
    """A made-up article of five prose paragraphs followed by 6 to 10 other stories' headlines
    and labels (a third to a half of the lines sentences, three quarters of the words)."""
    body = rng.sample(PARAGRAPHS[rng.choice(sorted(PARAGRAPHS))], 5)
    tail = rng.sample(HEADLINES, rng.randint(4, 7)) + rng.sample(LABELS, rng.randint(2, 3))
    rng.shuffle(tail)
    return body + tail


def _lower_bar(stage: BoilerplateRemover, lines: list[str]) -> bool:
    return min(stage._thresholds(lines)) < stage.threshold


def test_an_article_under_a_run_of_other_stories_counts_as_sentences():
    """Prose paragraphs then a run of headlines and labels (most of the lines, few of the
    words): by words it is a document of sentences, its unfinished lines judged at
    `prose_threshold`; by lines it is not (the kind of error)."""
    rng = random.Random(45)
    for _ in range(40):
        lines = _article(rng)
        bars = BY_WORDS._thresholds(lines)
        assert all(
            bar == (BY_WORDS.threshold if line.endswith(".") else BY_WORDS.prose_threshold)
            for line, bar in zip(lines, bars, strict=True)
        )
        assert not _lower_bar(BY_LINES, lines)


def test_a_list_page_of_short_items_does_not():
    """Short items with a sentence or two among them: few of the words stand in sentences,
    the higher bar stays for every line."""
    rng = random.Random(46)
    for _ in range(40):
        prose = rng.sample([p for ps in PARAGRAPHS.values() for p in ps], rng.randint(0, 2))
        lines = [*prose, *rng.sample(ITEMS, rng.randint(8, 15))]
        rng.shuffle(lines)
        assert not _lower_bar(BY_WORDS, lines)


def test_a_second_run_removes_nothing():
    """The gate is measured on the lines left each round: the text the stage leaves is a
    fixed point, whether or not its removals move the share across `prose_words`."""
    rng = random.Random(47)
    for _ in range(25):
        raw = "\n\n".join(_article(rng))
        once = run_stage(BY_WORDS, raw, "A headline for the story")
        again = run_stage(BY_WORDS, once.text, once.title)
        assert again.text == once.text and not again.edits


@pytest.mark.parametrize("share", [-0.1, 1.5])
def test_prose_words_out_of_range_fails_when_the_stage_is_built(share):
    with pytest.raises(ValueError, match="prose_words"):
        BoilerplateRemover(prose_words=share)
