"""`content_rescue` and the story's head (session 58): a standfirst stands between the page's
headline and the story's first line, over its byline, date, picture or body. A promo bar, a
pitch or another promo that names the story's words but stands over a menu or a run of short
links, or above a copy of the page's own headline, is no standfirst (`lines` whole half B let
back "Get the Lowest Prices anywhere on Macs, iPads and Apple Watches: Apple Price Guides
updated November 20th" over "Home", "Reviews", "Deals" and the headline again). Made-up pages
in English, German, French and Spanish, varied wording; and standfirsts right under the
headline over a byline, a date or the body, which must still come back.
"""

from __future__ import annotations

import pytest

from curate.stages.boilerplate import content_rescue, headline_runs
from tests.test_stage_boilerplate_content_s55 import BODY, BODY_DE, BODY_FR, HEADLINE
from tests.test_stage_boilerplate_content_s56 import BODY_ES, HEADLINE_DE, HEADLINE_ES
from tests.test_stage_boilerplate_rescue_s57 import HEADLINE_FR, _spared

# each story: its headline, its body, promos and pitches naming its words (half or more of
# their long words stand in the body), and standfirsts
STORIES = {
    "en": (
        HEADLINE,
        BODY,
        [
            "Get the best prices on Harbour City shirts and the Marlowe number 11 kit: club shop",
            "Season tickets for the Harbour City opening game against Rotherfield on sale now",
            "Watch every Harbour City game of the season live with the club streaming pass",
        ],
        [
            "The Dutch league's young player of the year joins after a month of talks",
            "The winger scored 14 goals last season and could make his debut next month",
            "Harbour City beat two rivals to the signature of the Maasvlakte winger",
        ],
    ),
    "de": (
        HEADLINE_DE,
        BODY_DE,
        [
            "Jetzt Tickets für das nächste Derby des FV Lörrach-Brombach im Grütt sichern",
            "Alle Spiele der Landesliga live: Lörrach-Brombach gegen Weil und mehr im Abo",
        ],
        [
            "Nico Sutter trifft zweimal, der FV bleibt vor 850 Zuschauern Tabellenzweiter",
            "Vor 850 Zuschauern im Grütt entscheiden Sutter und Gerber das Derby nach der Pause",
        ],
    ),
    "fr": (
        HEADLINE_FR,
        BODY_FR,
        [
            "Abonnez-vous pour suivre la piscine de Hamoir et toute la vallée de l'Ourthe",
            "Offre spéciale saison : nageurs de la vallée, profitez de la piscine de Hamoir",
        ],
        [
            "Faute de moyens pour rénover les bassins, le conseil communal a voté la fermeture",
            "La piscine construite en 1974 accueillait chaque été près de 20 000 nageurs",
        ],
    ),
    "es": (
        HEADLINE_ES,
        BODY_ES,
        [
            "Suscríbete y sigue la crisis de seguridad del norte con Siches y Monsalve sin límites",
            "Oferta especial: toda la seguridad del norte y el Congreso por un euro al mes",
        ],
        [
            "Siches y Monsalve detallaron el plan para reforzar la presencia policial",
            "La ministra presentó una batería de medidas para las carreteras del norte",
        ],
    ),
}
# menus and runs of short links, as a page's navigation or share bar prints them
MENUS = [
    ["Home", "Reviews", "Deals", "Price Guides"],
    ["Startseite", "Lokales", "Sport", "Kultur"],
    ["Accueil", "Régions", "Sports"],
    ["Portada", "Nacional", "Deportes", "Opinión"],
    ["Facebook", "Twitter", "WhatsApp", "Email"],
    ["More", "Podcasts", "Newsletters"],
]
# what stands between a standfirst and the body: a byline, a date, a share line, nothing
UNDERS = [
    [],
    ["By Cian Devereux"],
    ["16 June 2027"],
    ["By Sera Tuiloma", "June 3, 2027 4:35 pm"],
    ["Share this: Facebook Twitter WhatsApp Email"],
    ["Jane Doe and Omar Haddad", "Published Nov. 20, 2025"],
    ["Von Moritz Bachmann", "12.03.2026, 09:14 Uhr"],
]


def _promos() -> list[tuple[list[str], set[int]]]:
    """Pages whose line naming the story's words is a promo or a pitch above a menu or above
    the page's headline again: (the page, the lines gone before the model: the rules' copy of
    the headline)."""
    pages = []
    for n, (headline, body, promos, _) in enumerate(STORIES.values()):
        for m, promo in enumerate(promos):
            menu = MENUS[(n + m) % len(MENUS)]
            # over a menu, then the byline and the body
            pages.append(([headline, promo, *menu, "By Cian Devereux", *body], set()))
            # over a menu and the page's headline again (the rules took the copy)
            at = 2 + len(menu)
            pages.append(([headline, promo, *menu, headline, *body], {at}))
            # over the headline again, a label between, no menu
            pages.append(([headline, promo, "Sport", headline, "By Ana Ruiz", *body], {3}))
    return pages


def _standfirsts() -> list[list[str]]:
    """Pages whose standfirst stands right under the headline, over a byline, a date, a share
    line or the body."""
    pages = []
    for n, (headline, body, _, standfirsts) in enumerate(STORIES.values()):
        for m, standfirst in enumerate(standfirsts):
            for k in range(3):
                under = UNDERS[(n + m + k) % len(UNDERS)]
                pages.append([headline, standfirst, *under, *body])
    return pages


@pytest.mark.parametrize(("document", "gone"), _promos())
def test_a_promo_over_a_menu_or_the_headline_stays_removed(document, gone):
    assert _spared(document, set(), gone) == set()


@pytest.mark.parametrize("document", _standfirsts())
def test_a_standfirst_under_the_headline_comes_back(document):
    assert _spared(document, set()) == {1}


def test_the_kinds_are_varied_enough():
    assert len(_promos()) >= 20 and len(_standfirsts()) >= 20
    assert len({line for page in _promos() for line in page[0][1:2]}) >= 9


def test_the_place_tests():
    """A copy of the title below (by its index among `heads`, or by its words), and a run of
    `MENU` short links right under the line; a byline over a date is no menu."""
    document = ["Title here", "Promo line", "Home", "News", "Sport", "Title here", "Body."]
    place = content_rescue._Place(document, list(range(7)), set(), frozenset({0}))
    assert place.above_copy(1, 6) and not place.above_copy(1, 5)
    assert place.over_menu(1) and not place.over_menu(3)
    byline = ["Title", "Standfirst", "By Sera Tuiloma", "June 3, 2027", "Share", "Body."]
    place = content_rescue._Place(byline, list(range(6)), set(), frozenset({0, 5}))
    assert not place.over_menu(1) and not place.above_copy(1, 4) and place.above_copy(1, 6)


# -- `headline_runs`: the story's top edge -------------------------------------------------

# short headlines (three words or fewer) under a label that became the title
SHORT_HEADLINES = [
    "Storm warning",
    "Eleanor Vandermeer, 91",
    "Kraków. Ruszyła budowa",
    "Harbour City triumph",
    "Derbysieg für Lörrach",
    "Hamoir ferme",
    "Adiós, Siches",
    "Water cuts",
    "Mayor resigns",
    "Tram works begin",
    "Wahlsieg in Thüringen",
    "Grève générale",
    "Marea roja",
    "Lift outage",
    "Rates held",
    "Ferry cancelled",
    "Flood warning",
    "Nuevo alcalde",
    "Zugausfall in Basel",
    "Piscine fermée",
    "Tortillería cierra",
    "Obituary: Rogelio",
]
# datelines right over the story's first paragraph
DATELINES = [
    "BROOKDALE —",
    "MANDAUE CITY —",
    "KARACHI:",
    "PARIS —",
    "BERLIN (dpa) -",
    "MADRID.-",
    "WASHINGTON —",
    "SAN DIEGO —",
    "LÖRRACH —",
    "NEW DELHI:",
    "CAPE TOWN -",
    "BOGOTÁ —",
    "ROME —",
    "TOKYO (AP) —",
    "NAIROBI —",
    "LIMA.-",
    "QUÉBEC —",
    "ATHENS —",
    "OSLO –",
    "DUBLIN —",
    "MUMBAI:",
    "KRAKÓW —",
]
BODIES = [BODY, BODY_DE, BODY_FR, BODY_ES]
LABELS = ["Markets", "Region | Kraków", "Home › Obituaries › Local", "Karachi", "Sport"]
HEADS = [["By Oliver Grant"], ["Tomasz Zając", "10 listopada 2026, 12:05"], ["Posted Mar 14, 2026"]]


def _edges(document: list[str], gone: set[int], more: int) -> bool:
    """`headline_runs.edges_only` on `document` (one line a paragraph), the lines `gone`
    removed, the model taking line `more` once a proposal is tried."""
    lines, start = [], 0
    for text in document:
        lines.append((start, start + len(text), text))
        start += len(text) + 2
    removals = {lines[k][0]: ("rule", lines[k][0], lines[k][1]) for k in gone}
    return headline_runs.edges_only(lines, removals, {lines[more][0]: None})


def test_a_short_headline_under_a_label_is_no_edge():
    for n, headline in enumerate(SHORT_HEADLINES):
        head = HEADS[n % len(HEADS)]
        document = [LABELS[n % len(LABELS)], headline, *head, *BODIES[n % len(BODIES)]]
        gone = {0, *range(2, 2 + len(head))}  # the label (the title), the byline, the date
        assert not _edges(document, gone, 1), headline


def test_a_dateline_over_the_first_paragraph_is_an_edge():
    for n, dateline in enumerate(DATELINES):
        head = HEADS[n % len(HEADS)]
        document = [HEADLINE, *head, dateline, *BODIES[n % len(BODIES)]]
        at = 1 + len(head)
        assert _edges(document, set(range(at)), at), dateline


def test_the_edge_kinds_are_varied_enough():
    assert len(set(SHORT_HEADLINES)) >= 20 and len(set(DATELINES)) >= 20
    assert all(len(line.split()) <= headline_runs.EDGE_WORDS for line in SHORT_HEADLINES)
