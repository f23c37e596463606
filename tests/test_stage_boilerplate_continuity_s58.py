"""`continuity`'s columns in numpy (session 58): the same floats as the Python form, and what
they say of a heading over the story's own list or table against a label over other stories'
headlines or a menu, on made-up articles in several languages."""

import random

import numpy as np
import pytest

from curate.document import Document, line_key
from curate.stages.boilerplate import BoilerplateRemover, continuity, features
from curate.stages.boilerplate.document_rows import DocumentRows, Page, batch_matrix

# a paragraph of the story naming three of its list's items (20+ words, closed by a stop)
INTRO = {
    "en": "Officials said on Monday that {0}, {1} and {2} would all be part of the plan, and "
    "that people should read the details below with care before the work begins next month.",
    "de": "Die Stadtverwaltung teilte am Montag mit, dass {0}, {1} und {2} von der Regelung "
    "betroffen sind, und bat alle Anwohner, sich die Einzelheiten unten vor Beginn genau "
    "anzusehen.",
    "fr": "La mairie a indiqué lundi que {0}, {1} et {2} font partie du dispositif, et elle "
    "invite les habitants à lire attentivement le détail ci-dessous avant le début des travaux.",
    "es": "El ayuntamiento informó el lunes de que {0}, {1} y {2} forman parte del plan, y "
    "pidió a los vecinos que lean con atención los detalles que siguen antes de que empiecen.",
    "it": "Il comune ha comunicato lunedì che {0}, {1} e {2} rientrano nel piano, e invita i "
    "cittadini a leggere con attenzione i dettagli qui sotto prima che inizino i lavori.",
    "nl": "De gemeente meldde maandag dat {0}, {1} en {2} onder de regeling vallen, en vraagt "
    "bewoners de gegevens hieronder goed door te lezen voordat de werkzaamheden volgende maand "
    "beginnen.",
    "pt": "A câmara anunciou na segunda-feira que {0}, {1} e {2} fazem parte do plano, e pede "
    "aos moradores que leiam com atenção os pormenores abaixo antes do início das obras.",
}
# the paragraph after the list: the story goes on
AFTER = {
    "en": "The council will review the arrangements in the spring, and a spokesman said any "
    "change would be announced at least a fortnight in advance of it taking effect.",
    "de": "Die Verwaltung will die Regelung im Frühjahr überprüfen, und ein Sprecher sagte, "
    "jede Änderung werde mindestens zwei Wochen vorher angekündigt.",
    "fr": "La mairie fera le point au printemps, et un porte-parole a précisé que tout "
    "changement serait annoncé au moins quinze jours à l'avance aux habitants concernés.",
    "es": "El ayuntamiento revisará las medidas en primavera, y un portavoz dijo que cualquier "
    "cambio se anunciará con al menos dos semanas de antelación a los vecinos.",
    "it": "Il comune rivedrà le misure in primavera, e un portavoce ha detto che ogni modifica "
    "sarà annunciata almeno due settimane prima della sua entrata in vigore.",
    "nl": "De gemeente bekijkt de regeling in het voorjaar opnieuw, en een woordvoerder zei dat "
    "elke wijziging minstens twee weken van tevoren wordt aangekondigd.",
    "pt": "A câmara vai rever as medidas na primavera, e um porta-voz disse que qualquer "
    "alteração será anunciada com pelo menos duas semanas de antecedência aos moradores.",
}
# (language, heading, items): the first word of each item is named in the story's paragraph
SUBHEADS = [
    (
        "en",
        "Road closures",
        [
            "Harbour Road: closed until Friday",
            "Mill Lane: one lane only",
            "Station Street: closed at night",
            "Quarry Hill: diversion in place",
        ],
    ),
    (
        "en",
        "Helplines",
        ["Samaritans: 116 123", "Shelter: 0808 800 4444", "Citizens Advice: 0800 144 8848"],
    ),
    (
        "en",
        "Teams",
        [
            "Rovers: Dunne; Kelly, Byrne, Walsh",
            "Athletic: Moran; Quinn, Doyle, Nolan",
            "Referee: Patrick Gorman (Dublin)",
        ],
    ),
    (
        "de",
        "Gesperrte Straßen",
        [
            "Hauptstraße: bis Freitag gesperrt",
            "Lindenweg: nur einspurig",
            "Bahnhofstraße: nachts gesperrt",
            "Mühlgasse: Umleitung ausgeschildert",
        ],
    ),
    (
        "de",
        "Öffnungszeiten",
        [
            "Wertstoffhof: Montag bis Freitag 8 bis 16 Uhr",
            "Bürgerbüro: Dienstag 9 bis 18 Uhr",
            "Stadtbücherei: Mittwoch 10 bis 19 Uhr",
        ],
    ),
    (
        "de",
        "Die Aufstellungen",
        [
            "Eintracht: Krüger; Hofmann, Schulz, Becker",
            "Borussia: Wagner; Richter, Koch, Wolf",
            "Schiedsrichter: Thomas Neumann (Kassel)",
        ],
    ),
    (
        "fr",
        "Rues fermées",
        [
            "Rue Gambetta : fermée jusqu'à vendredi",
            "Avenue Foch : circulation alternée",
            "Boulevard Carnot : fermé la nuit",
        ],
    ),
    (
        "fr",
        "Numéros utiles",
        ["Pompiers : 18", "Samu : 15", "Gendarmerie : 17", "Mairie : 02 40 41 42 43"],
    ),
    (
        "fr",
        "Les compositions",
        [
            "Stade : Martin ; Bernard, Petit, Durand",
            "Olympique : Leroy ; Moreau, Simon, Laurent",
            "Arbitre : Julien Garnier",
        ],
    ),
    (
        "es",
        "Calles cortadas",
        [
            "Calle Mayor: cortada hasta el viernes",
            "Avenida Castilla: un solo carril",
            "Plaza Nueva: cerrada por la noche",
        ],
    ),
    ("es", "Teléfonos de ayuda", ["Emergencias: 112", "Bomberos: 080", "Ayuntamiento: 010"]),
    (
        "es",
        "Alineaciones",
        [
            "Racing: Pérez; García, López, Sánchez",
            "Deportivo: Romero; Torres, Navarro, Ruiz",
            "Árbitro: Alberto Molina (Madrid)",
        ],
    ),
    (
        "it",
        "Strade chiuse",
        [
            "Via Garibaldi: chiusa fino a venerdì",
            "Corso Cavour: senso unico alternato",
            "Piazza Duomo: chiusa di notte",
        ],
    ),
    (
        "it",
        "Numeri utili",
        ["Carabinieri: 112", "Guardia medica: 0521 123456", "Municipio: 0521 654321"],
    ),
    (
        "it",
        "Le formazioni",
        [
            "Virtus: Rossi; Bianchi, Russo, Ferrari",
            "Sporting: Esposito; Romano, Colombo, Ricci",
            "Arbitro: Marco Gallo (Torino)",
        ],
    ),
    (
        "nl",
        "Afgesloten wegen",
        [
            "Dorpsstraat: dicht tot vrijdag",
            "Kerklaan: één rijstrook",
            "Stationsweg: 's nachts dicht",
        ],
    ),
    (
        "nl",
        "Openingstijden",
        [
            "Milieustraat: maandag tot vrijdag 8 tot 16 uur",
            "Stadhuis: dinsdag 9 tot 18 uur",
            "Bibliotheek: woensdag 10 tot 19 uur",
        ],
    ),
    (
        "nl",
        "Opstellingen",
        [
            "Sparta: Jansen; Visser, Smit, Meijer",
            "Vitesse: Bakker; Mulder, Bos, Vos",
            "Scheidsrechter: Pieter Dekker (Utrecht)",
        ],
    ),
    (
        "pt",
        "Ruas cortadas",
        [
            "Rua Augusta: cortada até sexta-feira",
            "Avenida Liberdade: uma só faixa",
            "Praça Comércio: fechada à noite",
        ],
    ),
    ("pt", "Contactos úteis", ["Bombeiros: 112", "Saúde24: 808 24 24 24", "Câmara: 21 123 4567"]),
    (
        "pt",
        "As equipas",
        [
            "Académica: Silva; Santos, Ferreira, Pereira",
            "Marítimo: Costa; Oliveira, Rodrigues, Martins",
            "Árbitro: Nuno Almeida (Lisboa)",
        ],
    ),
]
# (language, label, lines): other stories' headlines or a menu, none named in the story
LABELS = [
    (
        "en",
        "Related stories",
        [
            "Police appeal after van stolen in Kirkby",
            "School wins national choir prize",
            "Bus fares to rise in January",
        ],
    ),
    (
        "en",
        "Most read",
        [
            "Man charged after crash on bypass",
            "New café opens in old bank building",
            "Flood warning issued for river valley",
            "Hospital parking charges scrapped",
        ],
    ),
    (
        "en",
        "More news",
        [
            "Rugby club celebrates centenary",
            "Library extends weekend hours",
            "Planning row over wind turbines",
        ],
    ),
    ("en", "Sections", ["News", "Sport", "Business", "Opinion", "Weather"]),
    (
        "de",
        "Mehr zum Thema",
        [
            "Polizei sucht Zeugen nach Unfall in Kassel",
            "Schule gewinnt Chorwettbewerb",
            "Busfahrpreise steigen im Januar",
        ],
    ),
    (
        "de",
        "Meistgelesen",
        [
            "Mann nach Raub in Innenstadt festgenommen",
            "Neues Café im alten Bankgebäude",
            "Hochwasserwarnung für das Flusstal",
        ],
    ),
    ("de", "Rubriken", ["Nachrichten", "Sport", "Wirtschaft", "Kultur", "Wetter"]),
    (
        "fr",
        "À lire aussi",
        [
            "Un cambriolage dans une pharmacie du centre",
            "Le collège remporte un prix de chant",
            "Les tarifs des bus augmentent en janvier",
        ],
    ),
    (
        "fr",
        "Les plus lus",
        [
            "Un homme interpellé après une course-poursuite",
            "Un nouveau café dans l'ancienne banque",
            "Alerte aux crues dans la vallée",
        ],
    ),
    ("fr", "Rubriques", ["Actualités", "Sports", "Économie", "Culture", "Météo"]),
    (
        "es",
        "Lo más leído",
        [
            "Detenido un hombre tras un robo en el centro",
            "Un colegio gana el premio de coros",
            "Suben las tarifas del autobús en enero",
        ],
    ),
    (
        "es",
        "Te puede interesar",
        [
            "Abre una cafetería en el antiguo banco",
            "Alerta por crecidas en el valle",
            "El club de rugby celebra su centenario",
        ],
    ),
    ("es", "Secciones", ["Noticias", "Deportes", "Economía", "Cultura", "Tiempo"]),
    (
        "it",
        "Leggi anche",
        [
            "Furto in farmacia nel centro storico",
            "La scuola vince il premio corale",
            "Aumentano le tariffe degli autobus",
        ],
    ),
    (
        "it",
        "I più letti",
        [
            "Arrestato un uomo dopo un inseguimento",
            "Nuovo bar nella vecchia banca",
            "Allerta piene nella valle",
        ],
    ),
    ("it", "Sezioni", ["Cronaca", "Sport", "Economia", "Cultura", "Meteo"]),
    (
        "nl",
        "Lees ook",
        [
            "Politie zoekt getuigen na inbraak",
            "School wint koorprijs",
            "Busritten duurder in januari",
        ],
    ),
    (
        "nl",
        "Meest gelezen",
        [
            "Man aangehouden na achtervolging",
            "Nieuw café in oude bank",
            "Waarschuwing voor hoogwater in de vallei",
        ],
    ),
    ("nl", "Rubrieken", ["Nieuws", "Sport", "Economie", "Cultuur", "Weer"]),
    (
        "pt",
        "Leia também",
        [
            "Assalto a farmácia no centro da cidade",
            "Escola vence prémio de coros",
            "Bilhetes de autocarro mais caros em janeiro",
        ],
    ),
    (
        "pt",
        "Mais lidas",
        ["Homem detido após perseguição", "Novo café no antigo banco", "Alerta de cheias no vale"],
    ),
    ("pt", "Secções", ["Notícias", "Desporto", "Economia", "Cultura", "Tempo"]),
]


def _names(items: list[str]) -> list[str]:
    """What the story's paragraph names of each item: its words before the colon."""
    return [item.split(":")[0].strip() for item in items]


def story(language: str, heading: str, items: list[str]) -> list[str]:
    """A heading over the story's own list, between two of its paragraphs."""
    return [INTRO[language].format(*_names(items)), heading, *items, AFTER[language]]


def sidebar(language: str, label: str, lines: list[str]) -> list[str]:
    """The story, then a label over other stories' headlines (or a menu) below it."""
    body = INTRO[language].format("die Pläne", "the works", "los cambios")
    return [body, AFTER[language], label, *lines]


def _columns(lines: list[str], at: int) -> dict[str, float]:
    rows = DocumentRows(lines, None).matrix(list(range(len(lines))))
    place = len(features.LINE) + len(features.PLACE)
    row = rows.rows[rows.index.index(at)][place : place + len(continuity.NAMES)]
    return dict(zip(continuity.NAMES, row.tolist(), strict=True))


@pytest.fixture
def on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The columns made while `ON` (off as shipped: the model's rows have none)."""
    monkeypatch.setattr(continuity, "ON", True)


def test_the_cases_are_many_and_in_several_languages() -> None:
    assert len(SUBHEADS) >= 20 and len(LABELS) >= 20
    assert len({case[0] for case in SUBHEADS}) >= 6 and len({case[0] for case in LABELS}) >= 6


@pytest.mark.parametrize(("language", "heading", "items"), SUBHEADS)
@pytest.mark.usefixtures("on")
def test_a_heading_over_the_storys_own_list(language: str, heading: str, items: list[str]) -> None:
    """Its items start alike and are of like length, the story names them, and it goes on."""
    columns = _columns(story(language, heading, items), 1)
    assert columns["alike_below"] == len(items)
    assert columns["run_below_share"] > 0.15
    assert columns["run_then_body"] == 1.0


@pytest.mark.parametrize(("language", "label", "lines"), LABELS)
@pytest.mark.usefixtures("on")
def test_a_label_over_other_stories_or_a_menu(language: str, label: str, lines: list[str]) -> None:
    """Its lines may be alike, but the story names none of them and does not go on after."""
    columns = _columns(sidebar(language, label, lines), 2)
    assert columns["run_below_share"] in (0.0, continuity.EMPTY)
    assert columns["run_then_body"] in (0.0, continuity.EMPTY)
    assert columns["following_lines_share"] in (0.0, continuity.EMPTY)


@pytest.mark.usefixtures("on")
def test_a_body_paragraph_below_is_no_run() -> None:
    lines = story("en", *SUBHEADS[0][1:])
    columns = _columns(lines, len(lines) - 2)  # the last item: the paragraph follows
    assert columns["alike_below"] == 0.0
    assert columns["run_below_share"] == continuity.EMPTY
    assert columns["run_then_body"] == continuity.EMPTY


# the numpy form against the Python form ---------------------------------------------------------

WORDS = (
    "harbour ferry board quay diesel winter 2024 1999 road Straße école team match goal a of "
    "the news more read police bridge ²³⁴⁵ ١٢٣٤ Ölpreis naïve x y"
).split()


def _document(draw: random.Random) -> list[str]:
    """Lines of any mix: body paragraphs, items of one shape, short lines, empty-worded lines."""
    lines = []
    for _ in range(draw.randint(1, 30)):
        kind = draw.random()
        if kind < 0.3:
            words = [draw.choice(WORDS) for _ in range(draw.randint(20, 30))]
            lines.append(" ".join(words).capitalize() + draw.choice(".!?"))
        else:
            words = [draw.choice(WORDS) for _ in range(draw.randint(0, 9))]
            opening = draw.choice(["", "- ", "3 ", "Label: ", "• ", "¿"])
            text = " ".join(words)
            lines.append(opening + (text.title() if draw.random() < 0.5 else text) or "…")
    return lines


def _reference(lines: list[str]) -> list[list[float]]:
    facts = features.facts_of(lines)
    body = [fact.words >= features.BODY_WORDS and fact.ends for fact in facts]
    judged = [i for i in range(len(lines)) if not body[i]]
    return continuity.columns(
        continuity.words_of([fact.key for fact in facts]),
        body,
        judged,
        [continuity.start_of(line) for line in lines],
        [len(line) for line in lines],
    )


def _part(rows: np.ndarray | list) -> list[list[float]]:
    place = len(features.LINE) + len(features.PLACE)
    return [list(map(float, row[place : place + len(continuity.NAMES)])) for row in rows]


@pytest.mark.usefixtures("on")
def test_the_numpy_form_gives_the_python_forms_floats() -> None:
    """Every maker of rows (one document, a later round's lines, a batch of pages) gives the
    reference's floats bit for bit, on 400 varied documents."""
    draw = random.Random(58)
    for _ in range(100):
        pages = [_document(draw) for _ in range(draw.randint(4, 6))]
        built = batch_matrix([Page(lines, None) for lines in pages])
        for lines, batched in zip(pages, built, strict=True):
            expected = repr(_reference(lines))
            assert repr(_part(features.matrix(lines, None).rows)) == expected
            assert repr(_part(batched.rows)) == expected
            rows = DocumentRows(lines, None)
            assert repr(_part(rows.matrix(list(range(len(lines)))).rows)) == expected
            left = sorted(draw.sample(range(len(lines)), draw.randint(1, len(lines))))
            later = repr(_reference([lines[i] for i in left]))
            assert repr(_part(rows.matrix(left).rows)) == later


def test_the_python_forms_words_are_the_numpy_forms() -> None:
    keys = [line_key(" ".join(WORDS)), line_key("1234 ²³⁴⁵ abcd ab1234")]
    for key in keys:
        assert continuity.words_of([key])[0] == frozenset(filter(continuity.is_long, key.split()))


@pytest.mark.usefixtures("on")
def test_html_rows_have_no_continuity_columns() -> None:
    """The HTML model's rows are as they were: the columns are the plain model's."""
    assert not set(continuity.NAMES) & set(features.names(True))
    assert set(continuity.NAMES) <= set(features.names(False))


# the stage as shipped (the columns off): what it keeps and removes of the same articles --------

TITLE = "Council sets out winter plan for the town"
# labels of a "most read" box the shipped model keeps, with their headlines: known misses
MISSED = {"Les plus lus", "Lo más leído", "Meest gelezen"}


def _cleaned(lines: list[str]) -> list[str]:
    document = Document(id="x", text="\n\n".join([TITLE, *lines]), title=TITLE)
    return BoilerplateRemover().process(document).text.split("\n\n")


@pytest.mark.parametrize(("language", "heading", "items"), SUBHEADS)
def test_the_stage_keeps_a_heading_and_its_list(
    language: str, heading: str, items: list[str]
) -> None:
    left = _cleaned(story(language, heading, items))
    assert heading in left
    assert all(item in left for item in items)


@pytest.mark.parametrize(
    ("language", "label", "lines"),
    [
        pytest.param(*case, marks=pytest.mark.xfail(reason="a most-read box kept", strict=True))
        if case[1] in MISSED
        else case
        for case in LABELS
    ],
)
def test_the_stage_removes_a_label_and_its_lines(
    language: str, label: str, lines: list[str]
) -> None:
    left = _cleaned(sidebar(language, label, lines))
    assert label not in left
    assert sum(line in left for line in lines) <= 1
