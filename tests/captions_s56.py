# ruff: noqa: E501 (one made-up line a row)
"""Session 56's made-up set for `caption_scene`: photo captions with no credit beside them, of
varied shapes and languages, and content lines of the same shapes (standfirsts, short
paragraphs, subheadings, quotes) that must stay. Written before the score was trained or
tuned; each line stands in a made-up story where its kind stands (`doc`)."""

from __future__ import annotations

STORIES = {
    "en": (
        "Flood defences to be raised after winter storms",
        [
            "The Environment Agency will spend £4.2 million raising flood walls along the "
            "river after three storms in six weeks flooded more than 200 homes in the town.",
            "Work on the first section, between the old bridge and the railway viaduct, is "
            "due to start in April and will take about eight months to finish, officials said.",
            "Residents who were flooded in January told a public meeting last week that they "
            "had waited too long for the agency to act on warnings made after the 2015 floods.",
            "The agency said the new walls would protect about 600 properties from a flood "
            "of the size expected once in every hundred years, including the town's school.",
        ],
    ),
    "fr": (
        "Inondations : la commune lance des travaux sur les berges",
        [
            "La municipalité a voté lundi soir une enveloppe de 1,8 million d'euros pour "
            "renforcer les berges de la rivière, après les crues qui ont touché 140 maisons.",
            "Les travaux commenceront au printemps et dureront environ huit mois, selon "
            "les services techniques, qui prévoient de fermer le chemin de halage pendant ce temps.",
            "Plusieurs riverains ont regretté que rien n'ait été fait après les crues de "
            "2018, lors d'une réunion publique organisée la semaine dernière à la mairie.",
            "Le préfet a promis que l'État prendrait en charge une partie de la facture, "
            "sans préciser le montant, et une nouvelle réunion est prévue en juin.",
        ],
    ),
    "de": (
        "Stadt investiert Millionen in neue Radwege",
        [
            "Der Stadtrat hat am Dienstag beschlossen, bis 2028 rund zwölf Millionen Euro in "
            "den Ausbau des Radwegenetzes zu stecken, vor allem entlang der großen Ausfallstraßen.",
            "Als Erstes soll die Verbindung zwischen Bahnhof und Universität gebaut werden, "
            "wo sich nach Angaben der Verwaltung täglich mehr als 4000 Radfahrer bewegen.",
            "Die Opposition kritisierte, dass für die Sanierung der Straßen in den Ortsteilen "
            "im gleichen Zeitraum deutlich weniger Geld zur Verfügung stehe als geplant.",
            "Die Bauarbeiten sollen im Herbst beginnen, teilte die Stadtverwaltung mit, und "
            "der Verkehr werde in dieser Zeit teilweise über Nebenstraßen umgeleitet.",
        ],
    ),
    "es": (
        "El Ayuntamiento aprueba el nuevo mercado de abastos",
        [
            "El pleno municipal aprobó el martes el proyecto del nuevo mercado de abastos, "
            "que costará 6,5 millones de euros y sustituirá al edificio actual de 1962.",
            "Las obras comenzarán en septiembre y los comerciantes se trasladarán durante "
            "dos años a una carpa provisional instalada en la plaza de la Constitución.",
            "La asociación de vendedores pidió garantías de que los puestos mantendrán "
            "el mismo alquiler cuando el mercado reabra, algo que el Ayuntamiento no aclaró.",
            "El proyecto incluye un aparcamiento subterráneo de 200 plazas y una zona de "
            "restauración en la planta alta, según la memoria presentada por los arquitectos.",
        ],
    ),
}

# uncredited captions: (language, line)
CAPTIONS = [
    ("en", "Volunteers fill sandbags outside the fire station in Kelso on Sunday morning."),
    ("en", "Firefighters at the scene in Elm Street"),
    ("en", "Residents queue outside the town hall on Tuesday"),
    ("en", "Head teacher Anna Whitlock (left) with pupils from Year 6 at Greenfield Primary."),
    ("en", "The new footbridge over the River Teme, pictured last week."),
    ("en", "Councillor Mark Evans speaks at the meeting in Carmarthen on Thursday evening."),
    ("en", "A worker inspects solar panels at the plant near Ouarzazate."),
    ("en", "Pupils from St Mary's School planting trees in the park"),
    ("en", "Police officers outside the house in Oakwood Avenue on Friday night."),
    ("en", "Shoppers on Market Street during the first weekend of the sales."),
    ("en", "Farmer Tom Reilly with his prize-winning heifer at the Tullamore show"),
    ("en", "The damaged roof of the community centre in Portree after the storm."),
    ("en", "Debbie Hollins, centre, celebrates with her team after the final whistle."),
    ("en", "An aerial view of the flooded fields near Tewkesbury on Wednesday."),
    ("en", "Grace Okafor and her daughter Ada at their home in Enugu (file)"),
    ("en", "Traffic backs up on the M6 near Stafford after the crash"),
    ("en", "The Mayor of Bristol, Lucy Hale, cutting the ribbon at the new library."),
    ("en", "Commuters wait on the platform at Leeds station during the strike on Monday."),
    ("en", "Members of the Harbour Rowing Club training on the estuary at dawn."),
    ("en", "A display of vintage tractors at the Garstang show on Saturday."),
    ("en", "Nurses on Ward 12 of the Royal Infirmary, where staff shortages are worst"),
    ("en", "The team line up before kick-off at Glebe Park."),
    ("en", "Emergency crews work to free a lorry that overturned on the A82 near Crianlarich."),
    ("en", "Students sitting their exams in the main hall at Dunmore Academy last June."),
    ("fr", "Les pompiers sur les lieux de l'incendie, rue Victor-Hugo, dimanche soir."),
    ("fr", "Le maire Jean Dupuis devant la nouvelle salle des fêtes de Valence"),
    ("fr", "Des bénévoles distribuent des repas à la gare de Lyon, samedi matin."),
    ("de", "Feuerwehrleute löschen am Montagabend den Brand in der Lagerhalle in Kassel."),
    ("de", "Bürgermeisterin Anna Keller bei der Eröffnung des Radwegs am Samstag"),
    ("de", "Schüler der Gesamtschule Nord bei der Projektwoche im Stadtpark"),
    ("es", "Vecinos de Triana durante la protesta frente al ayuntamiento el martes."),
    ("es", "El alcalde, Juan Pérez, en la inauguración del nuevo mercado de abastos"),
    ("pt", "Moradores observam os estragos provocados pela chuva em Petrópolis, na segunda-feira."),
    ("it", "I vigili del fuoco al lavoro in via Roma a Bergamo, ieri pomeriggio."),
    ("nl", "Demonstranten op het Malieveld in Den Haag op zaterdag."),
    ("pl", "Strażacy na miejscu pożaru w Gliwicach w sobotę wieczorem."),
]

# content lines of the same shapes: (language, kind, line); a standfirst stands under the
# headline, the others between body paragraphs
CONTENT = [
    (
        "en",
        "standfirst",
        "Ministers say the scheme will cut waiting lists by a third within two years",
    ),
    (
        "en",
        "standfirst",
        "Residents fear the closure will leave the town without a pool for the first time in 50 years",
    ),
    ("en", "standfirst", "A report finds the trust missed its targets for the fifth year running"),
    ("en", "standfirst", "Campaigners vow to take the fight to the High Court"),
    (
        "en",
        "standfirst",
        "The club's owners have agreed a deal with the council to stay at Glebe Park until 2030.",
    ),
    (
        "en",
        "standfirst",
        "Shoppers in Kelso face a summer of roadworks as the high street is dug up",
    ),
    (
        "fr",
        "standfirst",
        "La municipalité promet des travaux avant l'été, les commerçants restent sceptiques.",
    ),
    (
        "de",
        "standfirst",
        "Die Stadt will bis 2027 zwölf Millionen Euro in neue Radwege investieren",
    ),
    ("es", "standfirst", "El Gobierno regional aprueba un plan de choque contra la sequía"),
    ("en", "short_para", "The council will make a final decision next month."),
    ("en", "short_para", "No one was injured."),
    ("en", "short_para", "He was later released without charge."),
    ("en", "short_para", "Tickets cost £12 and are available from the box office."),
    ("en", "short_para", "The road is expected to reopen on Friday."),
    ("en", "short_para", "It is the third such incident this year."),
    ("en", "short_para", "But residents say they have heard it all before."),
    ("en", "short_para", "The company did not respond to a request for comment."),
    ("en", "short_para", "Police are appealing for witnesses."),
    ("en", "short_para", "The festival runs until Sunday at Harbour Park."),
    ("en", "short_para", "The work is expected to cost £1.9 million."),
    ("en", "short_para", "Residents were evacuated to the leisure centre in Kelso on Sunday."),
    ("en", "short_para", "A spokesman for the agency declined to comment on the timetable."),
    (
        "en",
        "short_para",
        '"We have waited long enough," said Margaret Doyle, who lives on Mill Lane.',
    ),
    ("fr", "short_para", "Aucun blessé n'est à déplorer."),
    ("fr", "short_para", "Le chantier doit s'achever à la fin de l'année."),
    ("de", "short_para", "Die Polizei ermittelt."),
    ("de", "short_para", "Der Gemeinderat entscheidet im Mai über die Pläne."),
    ("es", "short_para", "El juicio se reanudará el lunes."),
    ("es", "short_para", "Los vecinos han convocado una nueva protesta para el sábado."),
    ("en", "subhead", "A long wait for funding"),
    ("en", "subhead", "What happens next"),
    ("en", "subhead", "Concerns over safety at the crossing"),
    ("en", "subhead", "Fans react to the news"),
    ("fr", "subhead", "Des riverains inquiets"),
    ("de", "subhead", "Kritik aus der Opposition"),
]


# the story a caption of a language with no story of its own stands in
OTHER = {"pt": "es", "it": "fr", "nl": "de", "pl": "de"}


def doc(lang: str, line: str, kind: str = "caption") -> list[str]:
    """The made-up story of `lang` with `line` where its kind stands: a standfirst under the
    headline, a caption or another line between the second and third paragraphs."""
    headline, body = STORIES[lang if lang in STORIES else OTHER[lang]]
    if kind == "standfirst":
        return [headline, line, *body]
    return [headline, *body[:2], line, *body[2:]]
