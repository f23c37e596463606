"""Section labels over the headline and runs of other stories' headlines under the story
(session 56, `section_labels` and `headline_runs`). Made-up articles of different wordings and
languages, each kind with its look-alike content (a short headline, the story's own list)."""

from __future__ import annotations

import pytest

from curate.document import Document
from curate.stages.boilerplate import BoilerplateRemover, headline_runs, section_labels
from tests.conftest import assert_linear


def _clean(text: str, **settings: object) -> Document:
    return BoilerplateRemover(**settings).process(Document(id="doc", text=text))


def _lines(doc: Document) -> list[str]:
    return doc.text.split("\n\n") if doc.text else []


# -- section labels: a made-up set of labels over headlines, and short headlines ------------

# (label, headline, body): the label's words stand neither in the headline nor in the body
LABELS = [
    (
        "Local News",
        "Council votes to keep the harbour road shut on Sundays",
        "The harbour road will stay closed to cars on Sundays after councillors voted seven to "
        "three on Tuesday evening, ending a year-long trial.",
    ),
    (
        "Crime & Justice",
        "Man jailed for ram-raid on village dairy",
        "A 31-year-old man has been jailed for two years after driving a stolen van through the "
        "front window of a village dairy in March.",
    ),
    (
        "Transfer news",
        "Celtic close in on Norwegian winger as Rangers deal stalls",
        "Celtic are in advanced talks to sign the Norwegian winger after a rival bid from Rangers "
        "stalled over the size of the fee.",
    ),
    (
        "Public Safety",
        "Police blotter: stolen trailer and loose cattle on Route 9",
        "Deputies were called on Monday after a horse trailer was taken from a farm on Route 9 and "
        "six cattle were found wandering on the road.",
    ),
    (
        "What's On",
        "Review: The Herring Lassies at Tarbert Village Hall",
        "The Herring Lassies brought their songs of the fishing fleet to Tarbert Village Hall on "
        "Saturday night before a crowd of two hundred.",
    ),
    (
        "Looking Back",
        "From our pages: March 1926 and March 1951",
        "A century ago our pages reported the opening of the new bridge over the river, which drew "
        "crowds from three parishes.",
    ),
    (
        "Sport regional",
        "FV Lörrach-Brombach siegt im Derby gegen Weil",
        "Der FV Lörrach-Brombach hat das Derby gegen den SV Weil mit 3:1 gewonnen und bleibt damit "
        "Tabellenzweiter der Verbandsliga.",
    ),
    (
        "Culture & Loisirs",
        "Festival des Caps : la programmation dévoilée",
        "Le festival des Caps a dévoilé mardi sa programmation, avec quatorze concerts répartis "
        "sur trois jours au bord de la mer.",
    ),
    (
        "Print Edition",
        "Opposition walks out as electricity tariff bill is tabled",
        "Opposition members walked out of parliament on Tuesday as the government tabled the "
        "electricity tariff bill for a first reading.",
    ),
    (
        "As it happened",
        "Chancellor freezes fuel duty and raises tobacco tax",
        "The chancellor froze fuel duty for another year and raised the tax on tobacco in a budget "
        "she called one for builders, not borrowers.",
    ),
    (
        "Arts & Entertainment",
        "Sunline Festival announces lineup of fourteen bands",
        "The Sunline Festival has announced a lineup of fourteen bands across two stages for its "
        "summer weekend by the lake.",
    ),
    (
        "Cronaca nera",
        "Scontro tra auto e furgone sulla provinciale, due feriti",
        "Due persone sono rimaste ferite nel pomeriggio in uno scontro tra un'auto e un furgone "
        "sulla strada provinciale per Gravina.",
    ),
    (
        "Economía regional",
        "La fábrica de calzado de Elche contratará a cien personas",
        "La fábrica de calzado de Elche contratará a cien personas antes del verano, según anunció "
        "su director este lunes.",
    ),
    (
        "Opinie & Debat",
        "Waarom ik mijn auto heb weggedaan en hem niet mis",
        "Twee jaar geleden heb ik mijn auto weggedaan, en sindsdien fiets ik elke dag naar mijn "
        "werk, ook als het regent.",
    ),
    (
        "Farm Life",
        "Bluetongue zone widened to three more counties",
        "The restricted zone for bluetongue virus has been widened to three more counties after "
        "new cases were confirmed on two holdings.",
    ),
    (
        "Law & Order",
        "Supreme Court strikes down county ban on short-term rentals",
        "The state Supreme Court struck down a county ban on short-term rentals on Friday, saying "
        "the county had exceeded its land-use powers.",
    ),
    (
        "Kultura i Rozrywka",
        "Festiwal kapel beskidzkich po raz dwudziesty w Żywcu",
        "Festiwal kapel beskidzkich odbędzie się w Żywcu po raz dwudziesty, a na scenie wystąpi "
        "ponad trzydzieści zespołów.",
    ),
    (
        "Weekend Reads",
        "The night the whole town sang in the harbour",
        "On the last night of the festival the whole town gathered in the harbour and sang until "
        "the boats came in at dawn.",
    ),
    (
        "Vida y Estilo",
        "Cómo preparar un gazpacho en diez minutos",
        "Preparar un gazpacho en diez minutos es posible si se tienen los tomates maduros y el pan "
        "del día anterior a mano.",
    ),
    (
        "Tech Talk",
        "Startup says its model runs on a laptop and we tried it",
        "The startup says its model runs on an ordinary laptop, so we tried it on a five-year-old "
        "machine in our newsroom.",
    ),
    (
        "Motoring",
        "Fuel prices fall by six cents a litre from Monday",
        "Fuel prices will fall by six cents a litre from Monday, the energy regulator said, the "
        "first cut in four months.",
    ),
    (
        "Health Matters",
        "Hay fever season starts early after warm spring",
        "Hay fever sufferers are being warned that the season has started three weeks early after "
        "the warmest spring on record.",
    ),
]

# (headline, line under it, body): a short headline whose words the story repeats
HEADLINES = [
    (
        "Water crisis",
        "Reservoirs fall to a third as the dry summer drags on",
        "The water crisis deepened this week as the reservoirs that serve the city fell to a third "
        "of their capacity.",
    ),
    (
        "The Impeachment Clock",
        "What happens next in the Senate and when",
        "The impeachment clock is ticking: the Senate must set its rules within days of receiving "
        "the articles from the House.",
    ),
    (
        "Effiziente Hybridbatterie",
        "Forscher stellen neuen Speicher für Elektroautos vor",
        "Die effiziente Hybridbatterie soll Elektroautos eine doppelte Reichweite geben, sagen die "
        "Forscher der Universität.",
    ),
    (
        "Rail strike",
        "No trains on most routes as drivers walk out over pay",
        "The rail strike left most routes without trains on Tuesday as drivers walked out in a "
        "dispute over pay.",
    ),
    (
        "Marathon record",
        "Kenyan runner breaks course record in Valencia by a minute",
        "The marathon record in Valencia fell by a minute on Sunday as the Kenyan runner pulled "
        "away in the last five kilometres.",
    ),
    (
        "Grève des taxis",
        "Les chauffeurs bloquent le périphérique depuis ce matin",
        "La grève des taxis paralyse la circulation : les chauffeurs bloquent le périphérique "
        "depuis six heures ce matin.",
    ),
    (
        "Election night",
        "Results come in from the first counting centres",
        "Election night began slowly as the first counting centres reported results just after "
        "eleven o'clock.",
    ),
    (
        "Harbour fire",
        "Fishing boats lost as flames spread along the quay",
        "The harbour fire destroyed three fishing boats overnight as flames spread along the quay "
        "before crews brought it under control.",
    ),
    (
        "Sequía extrema",
        "Los embalses del sur bajan al veinte por ciento",
        "La sequía extrema ha dejado los embalses del sur al veinte por ciento de su capacidad, el "
        "nivel más bajo en tres décadas.",
    ),
    (
        "Bridge closure",
        "Drivers face long detours for six months of repairs",
        "The bridge closure will force drivers into detours of up to twenty miles while repairs go "
        "on for six months.",
    ),
    (
        "School meals",
        "Free lunches for every primary pupil from September",
        "School meals will be free for every primary pupil from September, the education minister "
        "announced on Thursday.",
    ),
    (
        "Alluvione in Liguria",
        "Evacuate duecento famiglie lungo il torrente",
        "L'alluvione in Liguria ha costretto duecento famiglie a lasciare le case lungo il "
        "torrente durante la notte.",
    ),
    (
        "Measles outbreak",
        "Health officials urge parents to check vaccinations",
        "The measles outbreak has reached four schools, and health officials are urging parents to "
        "check their children's vaccinations.",
    ),
    (
        "Stadium plan",
        "Club unveils designs for a new ground by the river",
        "The stadium plan unveiled on Monday would move the club to a new ground by the river with "
        "room for twenty thousand fans.",
    ),
    (
        "Storm Ciara",
        "Winds of ninety miles an hour expected on the coast",
        "Storm Ciara is expected to bring winds of up to ninety miles an hour to the coast on "
        "Sunday, forecasters said.",
    ),
    (
        "Housing shortage",
        "Young families leave the valley as rents double",
        "The housing shortage in the valley has driven young families away as rents have doubled "
        "in five years.",
    ),
    (
        "Ferry cancellations",
        "Islands left without fresh food for a week",
        "Ferry cancellations have left the islands without deliveries of fresh food for a week as "
        "storms kept the boats in port.",
    ),
    (
        "Hospital waiting lists",
        "Patients wait two years for hip operations",
        "Hospital waiting lists have grown so long that patients now wait two years for hip "
        "operations, the report found.",
    ),
    (
        "Wildfire season",
        "Crews on alert as temperatures reach forty degrees",
        "The wildfire season has begun early, with crews on alert across the region as "
        "temperatures reach forty degrees.",
    ),
    (
        "Copper prices",
        "Metal hits a three-month high as mine strike drags on",
        "Copper prices hit a three-month high on Monday as the strike at the country's largest "
        "mine dragged into its second week.",
    ),
    (
        "Bus lanes",
        "City adds twelve kilometres of lanes before the winter",
        "The city will add twelve kilometres of bus lanes before the winter to speed up journeys "
        "on its busiest routes.",
    ),
]

BYLINE = "By Morag Innes"
MORE = (
    "Officials said the next steps would be set out at a meeting later this month, where "
    "residents will be able to put their questions to the council."
)


def _article(first: str, second: str, body: str) -> str:
    return "\n\n".join([first, second, BYLINE, body, MORE])


@pytest.mark.parametrize(("label", "headline", "body"), LABELS)
def test_a_section_label_over_the_headline_goes(label, headline, body):
    doc = _clean(_article(label, headline, body), section_labels=True)
    assert doc.title == headline
    assert label not in _lines(doc)


@pytest.mark.parametrize(("headline", "below", "body"), HEADLINES)
def test_a_short_headline_whose_words_the_story_repeats_stays_the_title(headline, below, body):
    doc = _clean(_article(headline, below, body), section_labels=True)
    assert doc.title == headline


def test_the_made_up_set_counts():
    """22 labels, 21 short headlines: on, every label goes and every headline stays the title;
    off, every label but the one-word "Motoring" became the title (the headline under it was
    left to the model)."""
    off = sum(_clean(_article(*case), section_labels=False).title == case[1] for case in LABELS)
    on = sum(_clean(_article(*case), section_labels=True).title == case[1] for case in LABELS)
    kept = sum(_clean(_article(*case), section_labels=True).title == case[0] for case in HEADLINES)
    assert (len(LABELS), len(HEADLINES)) == (22, 21)
    assert (off, on, kept) == (1, 22, 21)


def test_a_label_of_the_old_shape_goes_too():
    """ "SPORT" was found over the headline before and left to the model; it goes now."""
    label, headline, body = "SPORT", "Valley hold on to beat Maheno in club rugby", LABELS[0][2]
    assert _clean(_article(label, headline, body), section_labels=False).title == headline
    doc = _clean(_article(label, headline, body), section_labels=True)
    assert doc.title == headline and label not in _lines(doc)


def test_a_wire_slug_over_the_headline_stays_for_the_model():
    text = _article("BC-EU--Fish-Quotas,2nd Ld-Writethru", *LABELS[0][1:])
    doc = _clean(text, section_labels=True)
    assert doc.title == LABELS[0][1]
    assert not any(edit.rule == section_labels.RULE for edit in doc.edits)


def test_kicker_reads_the_story_words():
    story = section_labels.stems("Courts in the city sentenced a man to nine years")
    assert not section_labels.kicker("Crime & Courts", story)  # "court" is the story's
    assert section_labels.kicker("Public Safety", story)
    assert not section_labels.kicker("Why it matters.", set())  # closed: a sentence
    assert not section_labels.kicker("Top 10", set())  # a figure
    assert not section_labels.kicker("One two three four five", set())  # too long


def test_labels_on_and_runs_off_by_default():
    """`section_labels` on since session 57 (the line model retrained on the rows it moves);
    the runs stay off: they lost blind half 2 a line."""
    stage = BoilerplateRemover()
    assert (stage.section_labels, stage.headline_runs) == (True, False)
    text = _article(*LABELS[1])
    assert _clean(text, section_labels=False).title == LABELS[1][0]  # the label: the title
    assert _clean(text).title == LABELS[1][1]


# -- runs of other stories' headlines below the story ---------------------------------------

BODY = [
    "The council approved the plan on Tuesday after a two-hour debate in which residents of the "
    "harbour district spoke for and against the new road layout.",
    "Work on the harbour road is due to start in the spring and last about nine months, the "
    "council's transport committee said in a statement.",
]

# runs of other stories' headlines, in English, German, Italian, French, Spanish, Dutch, Polish
RUNS = [
    [
        "Trending",
        "Coach hits back at criticism of star recruit",
        "Injury update: Saints forward to miss six weeks",
    ],
    [
        "Top stories",
        "Cyclone expected to cross the coast north of Bowen",
        "Cowboys sign young forward for three more seasons",
    ],
    [
        "Weitere Meldungen",
        "Einbruch in Vereinsheim in Rheinfelden",
        "Betrunkener Autofahrer rammt Zaun am Ortseingang",
    ],
    [
        "Più letti",
        "Frana sulla provinciale, strada chiusa due settimane",
        "Serie D, il Lariano vince il derby del lago",
    ],
    [
        "À lire aussi",
        "Les commerçants du centre réclament des parkings",
        "Le pont de Saint-Aubin fermé pour six mois de travaux",
    ],
    [
        "Lo más leído",
        "El Hércules rescata un punto en Ibiza en el descuento",
        "La lluvia obliga a suspender la feria de Elche",
    ],
    [
        "Meest gelezen",
        "Kassenbouwer schrapt honderdtachtig banen in Venlo",
        "Schaatsster wint zilver op het NK allround",
    ],
    [
        "Najczęściej czytane",
        "Ważna zmiana dla kierowców od stycznia",
        "Prognoza pogody: pierwszy śnieg w górach",
    ],
    [
        "Latest Sport",
        "North Otago name squad for Heartland opener",
        "Women's sevens tournament returns to Oamaru",
    ],
    [
        "More from the network",
        "Tonga's parliament approves new airport loan",
        "Samoa fishing fleet idle as fuel costs soar",
    ],
    [
        "Related",
        "Ports strike talks resume as deadline nears",
        "Freight rates fall for fifth straight week",
    ],
]


def _run_lines(texts: list[str]) -> list[tuple[int, int, str]]:
    found, at = [], 0
    for text in texts:
        found.append((at, at + len(text), text))
        at += len(text) + 2
    return found


@pytest.mark.parametrize("run", RUNS)
def test_a_run_under_a_removed_label_goes(run):
    """The model removed the label; the headlines under it (22 lines in 11 runs) go."""
    lines = _run_lines([*BODY, *run])
    gone = {lines[2][0]}
    found = headline_runs.removals(lines, gone, "Harbour road plan approved by council")
    assert [start for _, start, _ in found] == [lines[3][0], lines[4][0]]


@pytest.mark.parametrize("run", RUNS)
def test_a_run_the_model_half_removed_goes(run):
    """No label, the model removed one headline of two: the other goes."""
    lines = _run_lines([*BODY, *run[1:]])
    gone = {lines[3][0]}
    found = headline_runs.removals(lines, gone, None)
    assert {start for _, start, _ in found} == {lines[2][0]}


def test_a_run_left_whole_by_the_model_stays_for_other_stories():
    lines = _run_lines([*BODY, *RUNS[0][1:]])
    assert headline_runs.removals(lines, set(), None) == []


# the story's own lines below its last paragraph, in the shapes of a run (20+ lines)
OWN = [
    # its own list under a heading that stays
    [
        "Property highlights",
        "Sixty cabins including twelve accessible units",
        "Electric vehicle charging for twenty cars",
        "Shuttle to the national park in summer",
    ],
    [
        "Was sich ändert",
        "Neue Ampel an der Hauptstraße ab Montag",
        "Tempo dreißig vor der Grundschule im Ort",
    ],
    [
        "Les changements",
        "Nouvelle ligne de bus vers la gare dès lundi",
        "Parking gratuit le samedi dans le centre-ville",
    ],
    # results and tables: figures, commas
    ["Results", "Pahiatua 48 Eketahuna 41", "Dannevirke Gold 55 Woodville 39"],
    [
        "Line-ups",
        "Asokwa: Adjei; Osei, Mensah, Baffoe, Nkansah",
        "Tema: Laryea; Tagoe, Odoi, Lamptey, Quaye",
    ],
    # lines that share the story's words (the harbour road, the council)
    [
        "Harbour road works to start in the spring",
        "Council transport committee sets the budget",
        "Harbour district residents to get parking permits",
    ],
]


@pytest.mark.parametrize("own", OWN)
def test_the_story_own_lines_stay(own):
    lines = _run_lines([*BODY, *own])
    gone = {lines[3][0]}  # the model removed the block's first item
    found = headline_runs.removals(lines, gone, "Harbour road plan approved by council")
    assert found == []


def test_subheads_inside_the_story_are_no_run():
    texts = [BODY[0], "Coach hits back at criticism", "Injury update for the forward", BODY[1]]
    lines = _run_lines(texts)
    assert headline_runs.removals(lines, {lines[1][0]}, None) == []


def test_edges_only():
    texts = ["HARBOURTON —", *BODY, "Town fair returns", "We use cookies to improve your visit."]
    lines = _run_lines(texts)
    assert headline_runs.edges_only(lines, {}, {lines[0][0]: 1, lines[4][0]: 1})
    assert not headline_runs.edges_only(lines, {}, {lines[3][0]: 1})  # a heading under it
    between = _run_lines([BODY[0], "Sydney", BODY[1]])
    assert not headline_runs.edges_only(between, {}, {between[1][0]: 1})


def test_the_stage_with_runs_on_is_idempotent():
    text = "\n\n".join(
        [
            "Harbour road plan approved by council",
            *BODY,
            "Trending",
            "Coach hits back at criticism of star recruit",
            "Injury update: Saints forward to miss six weeks",
            "Never miss a story: get our top headlines in your inbox every morning.",
        ]
    )
    once = _clean(text, headline_runs=True, section_labels=True)
    twice = BoilerplateRemover(headline_runs=True, section_labels=True).process(
        Document(id="doc", text=once.text, title=once.title)
    )
    assert twice.text == once.text


def test_hostile_input_runs_through():
    """100 KB of one word and of labels: the patterns are anchored or bounded (no backtracking;
    measured 0.05 s, not timed here)."""
    texts = ["Local News", "a " * 50_000, *BODY, *["Trending now here"] * 2_000]
    lines = _run_lines(texts)
    assert headline_runs.removals(lines, set(), None) == []
    at = section_labels.headline_at(texts, lambda line: False, lambda line: True, lambda line: 5)
    assert at == 0


def test_a_huge_first_line_is_no_label_and_costs_no_backtracking():
    """1 MB of "<" on one line (the bad-input battery's `angles.txt`) stopped a run: the word
    count's pattern backtracks on a long line without a letter. A line that long is no label,
    kicker nor headline, so `headline_at` stops there without counting its words."""
    long = "<" * 1_000_000
    calls: list[int] = []

    def count(line: str) -> int:
        calls.append(len(line))
        return len(line.split())

    assert (
        section_labels.headline_at([long, "A headline of five words", "Body."], bool, bool, count)
        == 0
    )
    assert (
        section_labels.headline_at(["SPORT", long, "Body."], lambda t: t == "SPORT", bool, count)
        == 0
    )
    assert max(calls, default=0) <= section_labels.LONGEST
    doc = _clean(f"{long}\n\nCouncil votes to shut the library\n\n" + "Word " * 30 + "end.")
    assert doc.text  # the run goes on


def test_letter_words_counts_as_the_old_pattern_did_and_stays_linear():
    """`letter_words` counts what `\\S*[^\\W\\d_]\\S*` found (tokens with a letter, whatever the
    whitespace or the numerals), without that pattern's backtracking on a long letterless token."""
    import random
    import re

    from curate.stages.boilerplate import letter_words

    old = re.compile(r"\S*[^\W\d_]\S*")
    pieces = ["a", "Zé", "ß", "1", "_", "²", "½", "→", "-", " ", "\t", "\n", "\xa0", "\u2003", "<"]
    rng = random.Random(3)
    for _ in range(5000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 24)))
        assert letter_words(line) == len(old.findall(line)), repr(line)
    assert letter_words("Council votes to shut 2.0 → library") == 5  # not "2.0" nor "→"
    assert_linear(letter_words, lambda n: "<" * n, 400_000)
