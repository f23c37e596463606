"""`section_labels` on by default (session 57), with the line model retrained on the rows it
moves: what the default stage and the `news` recipe now do with a section label or kicker over
the headline, on made-up articles in several languages, and what they leave alone."""

import pytest

from curate import recipe
from curate.document import Document
from curate.stages.boilerplate import BoilerplateRemover, section_labels

BYLINE = "By Ana Ferreira"

# (label, headline, two body paragraphs): the label's words stand neither in the headline nor
# in the story, and the label is a kicker's length (1-4 words, no closing mark, no figure)
ARTICLES = [
    (
        "Health & Care",
        "Ward closures at St Brendan's pushed back until autumn",
        "The two surgical wards at St Brendan's will stay open until September after the board "
        "delayed the closure plan at its meeting on Thursday.",
        "Nurses had warned that moving patients to the county hospital would add an hour to the "
        "journey for families from the islands.",
    ),
    (
        "Business Briefing",
        "Fish processor doubles its night shift as mackerel landings rise",
        "The processor at the north quay will run a second night shift from Monday, taking on "
        "forty more workers as the mackerel landings reach a ten-year high.",
        "Its managing director said the plant had turned away boats twice in the last fortnight "
        "because it could not freeze the catch quickly enough.",
    ),
    (
        "Regionalsport",
        "TSV Oberhausen gewinnt das Pokalfinale nach Elfmeterschießen",
        "Der TSV Oberhausen hat das Finale des Kreispokals am Mittwochabend nach einem 2:2 erst "
        "im Elfmeterschießen gegen den FC Neuburg gewonnen.",
        "Vor gut achthundert Zuschauern traf Torwart Lukas Brenner selbst zum entscheidenden "
        "Elfmeter und hielt zuvor zwei Schüsse der Gäste.",
    ),
    (
        "Vie locale",
        "La fête du cidre revient sur la place du marché dimanche",
        "La fête du cidre revient dimanche sur la place du marché, avec une vingtaine de "
        "producteurs venus de tout le pays d'Auge et des animations pour les enfants.",
        "Les organisateurs attendent plus de trois mille visiteurs si la pluie annoncée pour "
        "samedi soir épargne la journée de dimanche.",
    ),
    (
        "Actualidad",
        "El ayuntamiento aprueba la peatonalización de la calle Mayor",
        "El pleno del ayuntamiento aprobó el martes la peatonalización de la calle Mayor, que "
        "quedará cerrada al tráfico a partir del próximo mes de junio.",
        "Los comerciantes de la zona pidieron que se mantenga la carga y descarga por las "
        "mañanas y que se habiliten plazas de aparcamiento cercanas.",
    ),
]


def _text(label: str, headline: str, first: str, second: str) -> str:
    return "\n\n".join([label, headline, BYLINE, first, second])


def _clean(text: str, **settings: object) -> Document:
    return BoilerplateRemover(**settings).process(Document(id="doc", text=text))


def test_on_by_default_in_the_stage_and_the_news_recipe():
    """The stage's default and the `news` recipe's stage agree (make train, make eval and a
    Python user run the same stage)."""
    assert BoilerplateRemover().section_labels is True
    news = recipe.load("news")
    entry = next(e for e in news["stages"] if e["stage"] == BoilerplateRemover.name)
    assert recipe.build_stage(entry).section_labels is True


@pytest.mark.parametrize(("label", "headline", "first", "second"), ARTICLES)
def test_the_label_goes_and_the_headline_is_the_title(label, headline, first, second):
    doc = _clean(_text(label, headline, first, second))
    assert section_labels.short(label)
    assert doc.title == headline
    lines = doc.text.split("\n\n")
    assert label not in lines
    assert first in lines and second in lines  # the story stays whole
    assert any(edit.rule == section_labels.RULE for edit in doc.edits)


def test_off_by_the_setting_the_labels_are_titles_as_before():
    """Off, the rule removes nothing and three of the five labels are the title; the one-word
    "Regionalsport" and "Actualidad" were read as labels before (`_label_shaped`) and left to
    the model."""
    docs = [_clean(_text(*case), section_labels=False) for case in ARTICLES]
    assert not any(edit.rule == section_labels.RULE for doc in docs for edit in doc.edits)
    titles = [doc.title == case[0] for doc, case in zip(docs, ARTICLES, strict=True)]
    assert titles == [True, True, False, True, False]


@pytest.mark.parametrize(("label", "headline", "first", "second"), ARTICLES)
def test_cleaning_the_clean_text_again_changes_nothing(label, headline, first, second):
    once = _clean(_text(label, headline, first, second))
    again = BoilerplateRemover().process(Document(id="doc", text=once.text, title=once.title))
    assert (again.text, again.title) == (once.text, once.title)


def test_a_label_the_story_names_stays_for_the_model():
    """A kicker whose words the story repeats ("Ward closures" over a story of wards) is no
    section label: the rule leaves it, whatever the model then does."""
    label, headline, first, second = ARTICLES[0]
    doc = _clean(_text("Surgical wards", headline, first, second))
    assert not any(edit.rule == section_labels.RULE for edit in doc.edits)
