# ruff: noqa: E501 (one made-up line a row)
"""Session 58's made-up set for `caption_scene` / `caption_scene_credit` and `media_places`:
photo captions with no credit (scene sentences and phrases, several languages), content lines
of the same shapes that must stay, a player's listen and watch buttons and content lines that
speak of audio. Written before the settings were measured on it; each line stands in a
made-up story of `tests/captions_s56.py` where its kind stands."""

from __future__ import annotations

# captions with no credit: (language, line)
CAPTIONS = [
    ("en", "Fishermen mend their nets on the quay at Kilkeel on Thursday morning."),
    ("en", "A bus passes the shuttered shops on Union Street, Aberdeen."),
    ("en", "Parents collect their children from Hillside Primary after the lockdown was lifted."),
    ("en", "The derelict mill on the banks of the Calder, which the council wants to buy"),
    ("en", "Supporters hold up scarves before the match at Rodney Parade on Saturday."),
    ("en", "Volunteers clear litter from the beach at Saltburn during the spring clean."),
    ("en", "Jockey Ellen Marsh (right) with trainer Paul Gough at Cheltenham last year."),
    ("en", "Nurses take part in a protest outside the Royal Victoria Hospital in Belfast."),
    ("en", "Crowds gather in the square as the lights are switched on"),
    ("en", "The wreckage of the light aircraft in a field near Sleaford, pictured on Sunday."),
    ("en", "A cyclist rides along the new lane on Broad Street in the rain."),
    ("en", "Workers lay the foundations of the new health centre in Ballymena."),
    ("fr", "Des agriculteurs bloquent l'entrée de la préfecture à Rennes, mardi matin."),
    ("fr", "La façade de l'école Jules-Ferry, fermée depuis la rentrée."),
    ("de", "Demonstranten ziehen am Samstag durch die Innenstadt von Dresden."),
    ("de", "Das alte Hallenbad in Kiel, das im Herbst abgerissen werden soll."),
    ("es", "Bomberos trabajan en la extinción del incendio en Sierra Bermeja, el domingo."),
    ("es", "Turistas pasean por la playa de la Malvarrosa en Valencia."),
    ("it", "Volontari spalano il fango dalle strade di Faenza, sabato mattina."),
    ("pt", "Pescadores descarregam o peixe no porto de Matosinhos ao amanhecer."),
    ("nl", "Boeren protesteren met hun trekkers bij het provinciehuis in Zwolle."),
    ("pl", "Mieszkańcy sprzątają ulice po burzy w Nowym Targu."),
]

# content lines of the same shapes: (language, kind, line); a standfirst stands under the
# headline, the others between body paragraphs
CONTENT = [
    ("en", "standfirst", "Parents say the new timetable leaves children waiting in the dark"),
    (
        "en",
        "standfirst",
        "The mill has stood empty for 30 years and the council now wants to buy it.",
    ),
    ("en", "standfirst", "Fishermen fear a second year of poor catches as quotas are cut"),
    ("en", "standfirst", "Nurses at the Royal Victoria Hospital walk out for the first time"),
    ("fr", "standfirst", "Les agriculteurs promettent de revenir si rien ne change d'ici l'été"),
    ("de", "standfirst", "Die Stadt Kiel will das alte Hallenbad im Herbst abreißen lassen"),
    ("es", "standfirst", "Los bomberos dan por controlado el incendio tras cuatro días"),
    ("en", "short_para", "The lane opened on Monday after two years of work."),
    ("en", "short_para", "Crowds gathered in the square long before the lights went on."),
    ("en", "short_para", "The health centre is due to open next spring."),
    ("en", "short_para", "Two men were arrested at the scene."),
    ("en", "short_para", "Supporters had travelled from as far as Cardiff and Swansea."),
    ("en", "short_para", "The school has been closed since September."),
    ("en", "short_para", "Volunteers collected 40 bags of rubbish in three hours."),
    ("fr", "short_para", "La préfecture n'a pas souhaité réagir."),
    ("de", "short_para", "Die Polizei sprach von rund 3.000 Teilnehmern."),
    ("es", "short_para", "El fuego ha arrasado más de 8.000 hectáreas."),
    ("en", "subhead", "Years of decline"),
    ("en", "subhead", "A town divided over the plans"),
    ("en", "subhead", "What the council says"),
    ("fr", "subhead", "Une colère qui monte"),
    ("de", "subhead", "Proteste gegen die Schließung"),
]

# a player's listen or watch button, under the byline and the time stamp: (language, line)
BUTTONS = [
    ("en", "Listen to this article · 4 min"),
    ("en", "Listen to this story 3:05"),
    ("en", "Listen live: Harbour FM 96.2"),
    ("en", "Podcast: The Week in Westminster"),
    ("en", "Audio 2:11"),
    ("en", "Listen (5 min)"),
    ("fr", "Écouter cet article 3:40"),
    ("de", "Artikel anhören"),
    ("de", "Jetzt anhören"),
    ("es", "Escuchar la noticia"),
    ("it", "Ascolta l'articolo"),
    ("nl", "Luister naar dit artikel (3 min)"),
    ("pl", "Posłuchaj artykułu"),
    ("pt", "Ouvir notícia · 2 min"),
]

# content lines that speak of audio, listening or a podcast: (language, kind, line); a
# subheading or a short paragraph between body paragraphs, a standfirst under the headline
AUDIO_CONTENT = [
    ("en", "subhead", "Listen to the experts"),
    ("en", "subhead", "A podcast that changed the debate"),
    ("en", "short_para", "Audio recordings of the meeting were played to the jury."),
    ("en", "short_para", "The podcast now has two million listeners a week."),
    ("en", "short_para", "Listen closely and you can hear the river under the road."),
    ("en", "standfirst", "Residents say the council did not listen"),
    ("en", "standfirst", "Listening sessions will be held in every ward before the vote"),
    ("en", "short_para", "She said she had listened to the tape three times."),
    ("fr", "short_para", "Les enregistrements audio ont été diffusés à l'audience."),
    ("de", "subhead", "Hören, was die Bürger sagen"),
    ("de", "short_para", "Der Podcast erscheint jeden Freitag."),
    ("es", "short_para", "El audio fue entregado a la fiscalía el lunes."),
]
