"""`content_rescue` and lists of other stories above the story (session 57): a line that names
the story's words but stands in a run of list items of which two or more name little of the
story is another story's headline (a sidebar's list, a trending bar under the page's headline),
not the story's lead (`lines` whole half A let back 7 such headlines). Made-up pages in English,
German, Spanish and French, varied wording; and the story's own headline under a label, over
its byline, date or body, that must still come back.
"""

from __future__ import annotations

import pytest

from curate.stages.boilerplate import _is_prose, content_rescue
from tests.test_stage_boilerplate_content_s55 import BODY, BODY_DE, BODY_FR, HEADLINE
from tests.test_stage_boilerplate_content_s56 import BODY_ES, HEADLINE_DE, HEADLINE_ES

HEADLINE_FR = "Hamoir ferme sa piscine municipale faute de moyens pour la rénovation"
# each story: its headline, its body, a headline of another story naming its words
STORIES = {
    "en": (HEADLINE, BODY, "Maasvlakte winger Marlowe wanted by two clubs after Rotterdam season"),
    "de": (HEADLINE_DE, BODY_DE, "Derby-Held Sutter verlängert beim FV Lörrach-Brombach"),
    "es": (HEADLINE_ES, BODY_ES, "Siches y Monsalve llevan la crisis de seguridad al Congreso"),
    "fr": (HEADLINE_FR, BODY_FR, "Piscine de Hamoir : la commune cherche des moyens pour rénover"),
}
# other stories' topics and headlines, naming nothing of the stories
TOPICS = [
    ("Volcano Alert Raised", "Bridge Tolls Frozen"),
    ("Wahl in Thüringen", "Bahnstreik ab Montag"),
    ("Elecciones en Bolivia", "Huelga del metro madrileño"),
    ("Grève des cheminots", "Tempête Ciarán : bilan"),
    ("Orchard Harvest Festival", "Ferry Timetable Changes"),
    ("Cyber Attack Probe", "Zoo Welcomes Twin Pandas"),
]
OTHERS = [
    (
        "Council approves new cycle lanes along the eastern ring road",
        "Three arrested after warehouse fire in Pellinmouth industrial park",
    ),
    (
        "Neue Umgehungsstraße soll im Herbst 2027 eröffnet werden",
        "Polizei sucht Zeugen nach Einbruch in Apotheke am Marktplatz",
    ),
    (
        "El Gobierno aprueba la subida del salario mínimo para enero",
        "Rescatan a dos montañeros atrapados por la nieve en Picos de Europa",
    ),
]
LABELS = [
    "Sport regional",
    "OPINION",
    "Home » News » Nation",
    "Local News",
    "Transfer news",
    "Cronaca",
]


def _margin(line: str) -> float:
    return 0.0  # no furniture's words: the shapes and places decide


def _spared(document: list[str], stays: set[int], gone: set[int] = frozenset()) -> set[int]:
    """The lines of `document` (as it came, its title the label at 0) that `content_rescue.kept`
    spares: every line of under 20 words goes this round but those of `stays` (judged, kept:
    the model's), the longer ones are the body's paragraphs."""
    at = [k for k in range(1, len(document)) if k not in gone]
    texts = [document[k] for k in at]
    judged = {i for i, text in enumerate(texts) if len(text.split()) < 20}
    noise = [(i, None, 0.9) for i in sorted(judged) if at[i] not in stays]
    scored = [(i, None, 0.9) for i in sorted(judged)]
    left = content_rescue.kept(
        noise,
        scored,
        texts,
        _margin,
        _is_prose,
        document[0],
        frozenset(),
        document,
        at,
        frozenset({0}),
    )
    return {at[i] for i, _, _ in noise} - {at[i] for i, _, _ in left}


def _sidebars() -> list[tuple[list[str], set[int]]]:
    """Pages whose line naming the story's words stands in a list of other stories: (the page,
    the lines the model keeps)."""
    pages = []
    for n, (_, body, related) in enumerate(STORIES.values()):
        for m, (first, second) in enumerate(TOPICS):
            label = LABELS[(n + m) % len(LABELS)]
            if m % 2:
                # a trending bar: the related headline over two short topics
                pages.append(([label, related, first, second, *body], set()))
            else:
                # a sidebar: a headline the model kept above, two gone below
                one, two = OTHERS[(n + m) % len(OTHERS)]
                pages.append(([label, one, related, first, two, *body], {1}))
    return pages


def _leads() -> list[list[str]]:
    """Pages whose headline stands under a label, over a byline, a date or the body."""
    unders = [
        [],
        ["By Cian Devereux"],
        ["16 June 2027"],
        ["Updated 3 March 2026, 09:14"],
        ["By Ana Ruiz", "Published Nov. 20, 2025"],
        ["Jane Doe and Omar Haddad"],
    ]
    pages = []
    for n, (headline, body, _) in enumerate(STORIES.values()):
        for m, label in enumerate(LABELS):
            pages.append([label, headline, *unders[(n + m) % len(unders)], *body])
    return pages


@pytest.mark.parametrize(("document", "stays"), _sidebars())
def test_a_list_of_other_stories_above_the_story_stays_removed(document, stays):
    assert _spared(document, stays) == set()


@pytest.mark.parametrize("document", _leads())
def test_the_story_s_headline_under_a_label_comes_back(document):
    assert _spared(document, set()) == {1}


def test_the_kinds_are_varied_enough():
    assert len(_sidebars()) >= 20 and len(_leads()) >= 20


def test_the_list_item_shape():
    document = ["x", "Boeing 737 Engines", "November 20, 2015", "Ready.", "By the 10:45 train"]
    place = content_rescue._Place(document, [0], set(), frozenset({0}))
    assert [place._item(j) for j in range(5)] == [False, True, False, False, False]
