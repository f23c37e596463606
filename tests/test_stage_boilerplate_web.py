"""The boilerplate rules added for pages read from HTML: tables of removed | kept, by language."""

import pytest

from curate.document import Document, line_key
from curate.stages.boilerplate import RULES, BoilerplateRemover
from tests.conftest import run_stage

# the rules on web pages; the line model has tests of its own
STAGE = BoilerplateRemover(rules=tuple(rule for rule in RULES if rule != "line_model"))
BODY = "The ministry said the missile flew for 70 minutes before it landed in the sea."


def removed(line: str, title: str | None = "Title") -> set[str]:
    """The rules that fire on `line` placed between two article sentences."""
    doc = run_stage(STAGE, f"{BODY}\n\n{line}\n\n{BODY}", title)
    return {edit.rule for edit in doc.edits}


# dateline -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("dateline", "content"),
    [
        # a date standing alone (removed) | a sentence or a heading with a date in it (kept)
        ("UPDATED: Tue., Nov. 19, 2019", "Updated figures for November 19, 2019 were released."),
        ("Tuesday, November 19, 2019", "Tuesday, November 19, 2019 was the day of the launch."),
        ("March 1, 2023", "March 1, 2023 marks a century since the uprising."),
        (
            "5:45 AM PST 11/19/2019 by Patrick Shanley",
            "At 5:45 AM on 11/19/2019 the alert sounded.",
        ),
        ("- Published 18 November 2019", "Published in 2019, the report was ignored."),
        ("Letzte Änderung 14.02.2019", "Die letzte Änderung des Gesetzes stammt von 2019."),
        ("Aktualisiert am 17.01.2021.", "Aktualisiert wurde die Liste am 17.01.2021 nicht."),
        ("23.10.2018", "Am 23.10.2018 begann der Test."),
        ("Mo, 11:41 Uhr", "Montag um 11:41 Uhr begann die Sitzung."),
        (
            "segunda-feira, 22 de janeiro de 2018 às 0:13",
            "Na segunda-feira, 22 de janeiro, houve eleições.",
        ),
        ("Publié le 12/03/2020 à 10:15", "Publié en 2020, le rapport a été ignoré."),
        ("기사입력 :[ 2018-09-28 17:32 ]", "2018년 9월 28일 발표된 보고서는 무시되었다."),
        ("Opublikowano: 22.04.2021", "Raport opublikowano w 2021 roku."),
    ],
)
def test_dateline(dateline, content):
    assert removed(dateline) == {"dateline"}
    assert removed(content) == set()


def test_date_under_a_linked_headline_stays_in_the_link_list():
    # "NOTAS RELACIONADAS", a headline, its date, another headline: all links
    raw = (
        f"{BODY}\n\nNotas relacionadas\n\nHackers ofrecen descuento al Gobierno\n\n"
        f"12.05.2022\n\nGrupo Conti asegura haber hackeado Hacienda\n\n{BODY}"
    )
    doc = run_stage(STAGE, raw, "Title")
    assert doc.text == f"{BODY}\n\n{BODY}"
    assert [e.rule for e in doc.edits] == ["link_teaser", "link_list", "dateline", "link_list"]


# url: the page's own address, an image's address -----------------------------------------------
def test_own_address_is_page_metadata():
    url = "https://www.barrons.com/articles/home-depot-stock-earnings-report-51574168486"
    doc = Document(id="d", text=f"{url}\n\n{BODY}\n\n{BODY}", title="Title", source=url)
    doc = STAGE.process(doc)
    assert doc.text == f"{BODY}\n\n{BODY}"
    assert [e.rule for e in doc.edits] == ["url"]
    # another page's address is a link the article gives: it stays
    other = Document(id="e", text=f"http://amzn.to/2iJFhRj\n\n{BODY}", title="Title", source=url)
    assert STAGE.process(other).edits == []


@pytest.mark.parametrize(
    ("image", "link"),
    [
        (
            "https://www.businessinsider.de/assets/images/logos/og-image-logo.png",
            "https://www.businessinsider.de/assets/images/logos/",
        ),
        ("https://static6.example.com/image/5dd3a0-500-250/tech.JPG", "http://amzn.to/2iJFhRj"),
        ("https://cdn.example.org/a/b.webp?w=640", "https://doi.org/10.1002/ange.202312147"),
    ],
)
def test_image_address(image, link):
    assert removed(image) == {"url"}
    assert removed(link) == set()


# duplicate_headline: a headline contained in a longer title -------------------------------------
@pytest.mark.parametrize(
    ("title", "first", "kept"),
    [
        # the title adds the site's name; the first line is the headline alone (removed)
        (
            "How to Tackle Game Day Snack Temptations | The Beachbody Blog",
            "How to Tackle Game Day Snack Temptations",
            False,
        ),
        (
            "Black Friday per nostalgici: le occasioni da non perdere - Remember 80",
            "Black Friday per nostalgici: le occasioni da non perdere",
            False,
        ),
        (
            "Schneewittchen-Kuchen mit Mini-Marshmallows Rezept | LECKER",
            "Schneewittchen-Kuchen mit Mini-Marshmallows",
            False,
        ),
        # kept: a section label of one word, a sentence, a line with other words
        ("16-inch MacBook Pro review: The keyboard is enough", "Review", True),
        (
            "James Van Der Beek eliminated from 'Dancing with the Stars' after his wife's loss",
            "James Van Der Beek has been eliminated from “Dancing with the Stars.”",
            True,
        ),
        ("Kim fires missile | Example News", "Seoul holds drills after launch", True),
    ],
)
def test_headline_contained_in_the_title(title, first, kept):
    doc = run_stage(STAGE, f"{first}\n\n{BODY}", title)
    assert (doc.text == f"{first}\n\n{BODY}") is kept
    # the headline and the site's name across a separator: the title becomes the headline
    # ("Rezept | LECKER" is more than the site's name)
    named = title.endswith((" | The Beachbody Blog", " - Remember 80"))
    assert doc.title == (first if named else title)
    rules = ["duplicate_headline", "title_site_name"] if named else ["duplicate_headline"]
    assert [e.rule for e in doc.edits] == ([] if kept else rules)


# title_site_name: the title is the headline and the site's name ---------------------------------
@pytest.mark.parametrize(
    ("title", "headline"),
    [
        (
            "Histo-Monte: Pistenstopp in Rheinfelden - AutoSprintCH",
            "Histo-Monte: Pistenstopp in Rheinfelden",
        ),
        ("SimplyScience - Wie entsteht Erdöl?", "Wie entsteht Erdöl?"),
        (
            "08.11.2021 | Online-Fachtag zum Intersex Day of Remembrance",
            "Online-Fachtag zum Intersex Day of Remembrance",
        ),
        (
            "NASA adds five companies to lunar program – SpaceNews",
            "NASA adds five companies to lunar program",
        ),
        (
            "Pour le néolibéralisme, la retraite est un archaïsme - AOC media - Analyse Opinion",
            "Pour le néolibéralisme, la retraite est un archaïsme",
        ),
        ("Wahl in Hessen » Politik » Frankfurter Rundschau", "Wahl in Hessen"),
    ],
)
def test_a_title_of_headline_and_site_name_becomes_the_headline(title, headline):
    doc = run_stage(STAGE, f"{headline}\n\n{BODY}", title)
    assert doc.title == headline and doc.text == BODY
    edit = next(e for e in doc.edits if e.rule == "title_site_name")
    assert (edit.field, edit.before, edit.after) == ("title", title, headline)
    again = run_stage(STAGE, doc.text, doc.title)  # idempotent: clean output changes nothing
    assert (again.title, again.text, again.edits) == (doc.title, doc.text, [])


@pytest.mark.parametrize(
    ("title", "first"),
    [
        # more than a site's name across the separator: a deck, kept in the title
        (
            "Kim fires missile - Seoul and Tokyo hold emergency talks as tension rises",
            "Kim fires missile",
        ),
        # a colon is part of a headline, no separator
        ("Example News: Kim fires missile", "Kim fires missile"),
        # the same words already: nothing to take out
        ("Kim fires missile", "Kim fires missile"),
    ],
)
def test_a_title_with_more_than_a_site_name_stays(title, first):
    doc = run_stage(STAGE, f"{first}\n\n{BODY}", title)
    assert doc.title == title
    assert "title_site_name" not in [e.rule for e in doc.edits]


@pytest.mark.parametrize(
    ("first", "headline"),
    [
        (
            "A Letter on Justice and Open Debate | Harper's Magazine",
            "A Letter on Justice and Open Debate",
        ),
        ("Opinion | Is Football Violence a Crime?", "Is Football Violence a Crime?"),
        ("Boot Tulln 2022 abgesagt - Diveinside News", "Boot Tulln 2022 abgesagt"),
        ("Darán bendición a vehículos | Diario HOY", "Darán bendición a vehículos"),
    ],
)
def test_plain_text_opening_with_headline_and_site_name_keeps_the_headline_alone(first, headline):
    # plain text has no <title>: its first line becomes the title, and the clean headline
    # under it was removed as its duplicate, so the record's title kept the site's name
    doc = run_stage(STAGE, f"{first}\n\n{headline}\n\n{BODY}")
    assert doc.title == headline and doc.text == BODY
    rules = [(e.rule, e.field) for e in doc.edits]
    assert ("title_site_name", "title") in rules and ("duplicate_headline", "text") in rules
    edit = next(e for e in doc.edits if e.rule == "title_site_name")
    assert (edit.before, edit.after) == (first, headline)
    again = run_stage(STAGE, doc.text, doc.title)
    assert (again.title, again.text, again.edits) == (doc.title, doc.text, [])


def test_plain_text_opening_with_a_deck_keeps_its_first_line_as_title():
    first = "Kim fires missile - Seoul and Tokyo hold emergency talks as tension rises"
    doc = run_stage(STAGE, f"{first}\n\nKim fires missile\n\n{BODY}")
    assert doc.title == first
    assert "title_site_name" not in [e.rule for e in doc.edits]


def test_the_title_keeps_the_site_name_when_the_rule_is_off():
    title, headline = "Wie entsteht Erdöl? | SimplyScience", "Wie entsteht Erdöl?"
    stage = BoilerplateRemover(rules=tuple(r for r in STAGE.rules if r != "title_site_name"))
    doc = run_stage(stage, f"{headline}\n\n{BODY}", title)
    assert doc.title == title and doc.text == BODY


# link_teaser labels in more languages ---------------------------------------------------------
@pytest.mark.parametrize(
    ("teaser", "content"),
    [
        ("Czytaj też: Wyścig zbrojeń ruszył z kopyta", "Czytaj też raport ministerstwa."),
        ("Dowiedz się więcej: Kto jak głosował?", "Dowiedz się więcej o raporcie na stronie."),
        ("Zobacz także", "Zobacz także, co powiedział minister."),
        ("Auch lesen: Diese 3 Sternzeichen verschenken ihr Herz", "Auch lesen kann er nicht."),
        ("Schon gelesen?", "Schon gelesen hatte sie das Buch."),
        ("Mehr Themen:", "Mehr Themen standen nicht auf der Tagesordnung."),
        ("Weitere Artikel", "Weitere Artikel des Gesetzes wurden geändert."),
        ("Lees meer", "Lees meer over het rapport in onze uitleg hieronder."),
        ("Veja mais", "Veja mais o relatório do ministério, publicado ontem."),
        ("Te recomendamos", "Te recomendamos leer el informe completo del ministerio."),
    ],
)
def test_link_teaser_labels(teaser, content):
    assert removed(teaser) == {"link_teaser"}
    assert removed(content) == set()


def test_a_teaser_with_its_own_headline_opens_no_link_list():
    # dw.com: "Read more: <headline>" is a link by itself; the subheading under it is the article's
    raw = (
        f"{BODY}\n\nRead more: Looted colonial art: Germany to set up new contact office\n\n"
        f"Right-wing resistance\n\n{BODY}"
    )
    doc = run_stage(STAGE, raw, "Title")
    assert doc.text == f"{BODY}\n\nRight-wing resistance\n\n{BODY}"
    assert [e.rule for e in doc.edits] == ["link_teaser"]
    # a label alone still opens one
    raw = f"{BODY}\n\nRelated Stories\n\nKim inspects new drone\n\n{BODY}"
    assert [e.rule for e in run_stage(STAGE, raw, "Title").edits] == ["link_teaser", "link_list"]


# captions, newsletter, reading time, copyright, promo -----------------------------------------
@pytest.mark.parametrize(
    ("rule", "furniture", "content"),
    [
        ("caption", "Crédits photos : Bestimage", "Les crédits photos figurent en bas de page."),
        (
            "caption",
            "Titelbild: Geyres Christophe/ABACA/picture-alliance",
            "Das Titelbild zeigt den Minister in Berlin.",
        ),
        (
            "caption",
            "Beitragsbild: Titelseite der FAZ vom 2.4.2019, Ausriss",
            "Ein Beitragsbild fehlte.",
        ),
        (
            "caption",
            "Image illustrative : Lots of Lego Minifigures by Ninja Brick",
            "L'image illustrative a été retirée.",
        ),
        ("caption", "Fot. Lukasz Nowaczyk / Agencja Gazeta", "Fotografia została zrobiona w maju."),
        (
            "newsletter",
            "Never miss the latest news by signing up to our newsletter today!",
            "Sign-ups to the newsletter doubled in 2019, the paper said.",
        ),
        ("newsletter", "Zum Newsletter anmelden", "Der Newsletter erscheint monatlich."),
        (
            "reading_time",
            "Ten tekst przeczytasz w mniej niż minutę",
            "Ten tekst przeczytał minister na konferencji.",
        ),
        ("reading_time", "Czas czytania: 3 min", "Czas czytania raportu to trzy godziny."),
        (
            "copyright",
            "Materiał chroniony prawem autorskim - zasady przedruków określa regulamin.",
            "Prawo autorskie chroni ten materiał, powiedział minister.",
        ),
        ("copyright", "© Example. Alle rechten voorbehouden.", "De rechten van de auteur bleven."),
        (
            "promo",
            "Follow AP's full coverage of Brexit and British politics at https://www.apnews.com/Brexit",
            "Follow the money, he said, pointing to https://example.org/report. It was clear.",
        ),
        ("promo", "Listen: http://po.st/TP_615", "Listen to him, the minister said."),
        (
            "promo",
            "More AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports",
            "More fans came than ever, and https://example.org counted them. It was clear.",
        ),
        (
            "promo",
            "Get access to Moneycontrol Pro, our subscription service, for as little as Rs 599.",
            "The subscription costs more than it did, for as many as 20 readers said so.",
        ),
        (
            "newsletter",
            "Keep an eye on your inbox for the latest sports news.",
            "Keep an eye on the river, the mayor said.",
        ),
        (
            "comments",
            "We’d like to hear what you think about this or any of our articles.",
            "They would like to hear from the minister, the union said.",
        ),
        ("widget", "An error has occurred, please try again later.", "An error occurred in 2019."),
        ("widget", "This article has been sent to", "The article was sent to the printer."),
        (
            "widget",
            "[button link=”http://example.com/review/” type=”big”] Send us YOUR review[/button]",
            "[Editor's note: this review was updated in March.]",
        ),
        (
            "link_teaser",
            "(Leggi anche su: I Cavalieri dello Zodiaco: ecco gli attori)",
            "Leggi anche su questo tema il parere del ministro, che ha parlato ieri.",
        ),
        (
            "link_teaser",
            "Read more on: Kim fires missile",
            "Read more about the plan in our guide.",
        ),
    ],
)
def test_furniture_in_more_languages(rule, furniture, content):
    assert removed(furniture) == {rule}
    assert removed(content) == set()


# link_list_dense: lines the HTML reader labelled as almost all link text -------------------------
HEADLINES = [
    "- Moon Rush: Private Lunar Lander Plans",
    "- Here's Where Commercial Landers Will Land on the Moon",
    "- The International Space Station Is Open for Business",
    "- Photos: Europa, Mysterious Icy Moon of Jupiter",
]


def linked(*lines: str) -> list[str]:
    return [line_key(line) for line in lines]


def test_a_run_of_linked_headlines_is_removed():
    raw = "\n\n".join([BODY, *HEADLINES])
    doc = Document(id="t", text=raw, title="Title", labels={"linked_lines": linked(*HEADLINES)})
    doc = STAGE.process(doc)
    assert doc.text == BODY
    assert {e.rule for e in doc.edits} == {"link_list_dense"}
    assert [e.before.strip() for e in doc.edits if e.before.strip()] == HEADLINES
    assert STAGE.process(Document(id="t", text=doc.text, title="Title")).edits == []
    assert "linked_lines" not in doc.labels  # used up: it does not travel with the document


@pytest.mark.parametrize("count", [1, 2, 4])
def test_linked_lines_inside_the_prose_stay(count):
    # a run shorter than `min_run` (5) inside the text
    lines = HEADLINES[:count]
    raw = "\n\n".join([BODY, *lines, BODY])
    doc = Document(id="t", text=raw, title="Title", labels={"linked_lines": linked(*lines)})
    assert STAGE.process(doc).text == raw


@pytest.mark.parametrize(
    ("where", "count", "removed"),
    [
        ("end", 1, False),  # one link closing an article is a source, not a list
        ("end", 2, True),  # `min_trailing_run`
        ("start", 2, False),
        ("start", 3, True),  # `min_leading_run`: a list above the article
    ],
)
def test_linked_runs_at_the_edges(where, count, removed):
    lines = HEADLINES[:count]
    parts = [*lines, BODY, BODY.replace("70", "40")] if where == "start" else [BODY, *lines]
    raw = "\n\n".join(parts)
    doc = Document(id="t", text=raw, title="Title", labels={"linked_lines": linked(*lines)})
    doc = STAGE.process(doc)
    assert ({e.rule for e in doc.edits} == {"link_list_dense"}) is removed
    assert (not any(line in doc.text for line in lines)) is removed


def test_no_label_no_link_rule():
    raw = "\n\n".join([BODY, *HEADLINES])
    assert run_stage(STAGE, raw, "Title").text == raw


def test_link_density_is_switched_off_with_link_list():
    raw = "\n\n".join([BODY, *HEADLINES])
    doc = Document(id="t", text=raw, title="Title", labels={"linked_lines": linked(*HEADLINES)})
    stage = BoilerplateRemover(rules=tuple(r for r in STAGE.rules if r != "link_list"))
    assert stage.process(doc).text == raw
