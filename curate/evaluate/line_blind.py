"""Line blind batches 1 to 21: made-up plain-text news documents, labelled line by line, as
an independent test of the boilerplate stage's line model.

The benchmarks the line model is trained and tuned on (`curate.evaluate.pages`) are web pages
read as text; the held-out news set the project is scored on is real plain-text articles, where
the stage removed far less noise. Like the translation stage's blind batches
(`curate.evaluate.inject_contexts`), this batch was written by hand before reading the stage's
rules or the model's features and committed before the stage was run on it, so no rule or
threshold was chosen with it in sight. Batch 2 was written the same way (also before reading
batch 1's documents) once batch 1's half 1 was about to be tuned on, so a test stays that
nobody tuned on; batch 3 the same way again (before reading batches 1 and 2's documents) once
batch 2 was partly seen by the people tuning the stage; batch 4 the same way again (before
reading batches 1 to 3's documents) once batch 3's first scores were known; batch 5 the same
way again (before reading batches 1 to 4's documents) as a second test for the line model's
changes of session 37; batch 6 the same way again (before reading batches 1 to 5's documents)
as a held-out judge for the changes of session 43 to how the line model is trained; batch 7 the
same way again (before reading batches 1 to 6's documents) as a held-out judge for the changes of
session 44 to how the plain-text cleaning finds noise lines; batch 8 the same way again (before
reading batches 1 to 7's documents) as a held-out judge for session 45's changes to the line
model and to how the plain-text cleaning finds noise lines; batch 9 the same way again (before
reading batches 1 to 8's documents) as a held-out judge for session 46's changes to the line
model and to how the plain-text cleaning finds noise lines; batch 10 the same way again (before
reading batches 1 to 9's documents) as a held-out judge for session 47's changes to the line
model and to how the plain-text cleaning finds noise lines; batch 11 the same way again (before
reading batches 1 to 10's documents) as a held-out judge for session 48's changes to the line
model, the corpus stages and how the plain-text cleaning finds noise lines; batch 12 the same way
again (before reading batches 1 to 11's documents) as a held-out judge for session 49's changes to
the line model, the corpus stages and how the plain-text cleaning finds noise lines; batch 13 the
same way again (before reading batches 1 to 12's documents) as a held-out judge for session 50's
changes to the line model and the plain-text cleaning; batch 14 the same way again (before reading
batches 1 to 13's documents) as a held-out judge for session 51's changes to the line model and the
plain-text cleaning; batch 15 the same way again (before reading batches 1 to 14's documents) as a
held-out judge for session 52's changes to the line model, caption and site-furniture removal and
the plain-text cleaning; batch 16 the same way again (before reading batches 1 to 15's documents
and the stage) as a held-out judge for session 53's changes to the boilerplate, bylines and
common_lines stages; batch 17 the same way again (before reading batches 1 to 16's documents and
the stage) as a held-out judge for session 54's changes to the boilerplate, bylines and
common_lines stages; batch 18 the same way again (before reading batches 1 to 17's documents and
the stage) as a held-out judge for session 55's changes to the boilerplate, bylines and
common_lines stages; batch 19 the same way again (before reading batches 1 to 18's documents and
the stage) as a held-out judge for session 56's changes to the boilerplate, bylines and
common_lines stages; batch 20 the same way again (before reading batches 1 to 19's documents and
the stage) as a held-out judge for session 57's changes to the boilerplate, bylines and
common_lines stages; batch 21 the same way again (before reading batches 1 to 20's documents and
the stage) as a held-out judge for session 58's changes to the boilerplate, bylines and
common_lines stages.

`data/line_blind_1.txt`: 47 documents of 12 invented outlets (English, French, German,
Spanish), one line per paragraph; each line labelled content or noise with a kind (`byline`,
`timestamp`, `caption`, `related`, ... for noise; `body`, `headline`, `subhead`, `quote`,
`list_item`, `qa`, `short_para` for content). The outlets are split in two fixed halves
(`HALVES`): half 1 may be looked at to find what the stage gets wrong, half 2 is the test.
`data/line_blind_2.txt`: 51 documents of 12 other outlets (wire copy, live blogs, a press
release, Indian, Australian, Canadian, South African, Irish and tabloid English, a magazine,
French, Dutch, Italian, Portuguese), kinds `KINDS`, halves `HALVES_2`.
`data/line_blind_3.txt`: 50 documents of 12 more outlets (a regional US paper, New Zealand,
Nigerian, Singapore papers and sites, a tech and a sports site, a local TV station, a business
daily, a public broadcaster; Spanish, Polish, German, Swedish), halves `HALVES_3`; it adds the
noise kind `trending` (a line of a "Most read" list, unlike a results table, which is content).
`data/line_blind_4.txt`: 50 documents of 12 more outlets (a wire service's copy, a UK regional,
a Pakistani and a Kenyan paper, a US TV network's site, a finance site with tickers, a council's
news pages, a health and science site, a celebrity site, a Japanese English-language paper;
Canadian French, Italian), halves `HALVES_4`; it adds the noise kinds `slug` (a wire copy's or a
release's routing line: its slug, an "Eds:" advisory, a `___` separator, "ENDS") and `embed` (the
furniture of an embedded social post: "View this post on Instagram", "A post shared by ...").
`data/line_blind_5.txt`: 50 documents of 12 more outlets, all English (a regional US paper with
obituaries and a police blotter, an Australian broadcaster, an Indian business daily, a sports
site with match reports, a press-release wire, live blogs; a South African paper, a tech news
site, a local Irish paper, a Nigerian paper, a fact-check site, a magazine's long reads), halves
`HALVES_5`; no new kind.
`data/line_blind_6.txt`: 50 documents of 12 more outlets (a wire service's copy, a New Zealand
local paper, a Sri Lankan paper, a football site, a press-release wire, a German local paper; a
Canadian local paper, a Ugandan paper, a Malaysian business daily, a US live-blog site, a UK
opinion magazine, a Spanish-language Caribbean paper), halves `HALVES_6`; no new kind.
`data/line_blind_7.txt`: 50 documents of 12 more outlets (a wire agency's copy, a Ghanaian and a
Philippine paper, an Australian sports site, a press-release wire, a Swiss French paper; a
Jamaican paper, an Irish local paper, a US markets site, a US live-blog site, a US opinion site,
a Brazilian Portuguese local paper), halves `HALVES_7`; no new kind.
`data/line_blind_8.txt`: 50 documents of 12 more outlets (a wire service's copy, a Kenyan and a
Singapore paper, a New Zealand local paper, a press-release wire, an Italian local paper; a
Pakistani paper, an Irish local paper, a Canadian paper, a football site, a US live-blog site, an
Argentine Spanish-language paper), halves `HALVES_8`; no new kind.
`data/line_blind_9.txt`: 50 documents of 12 more outlets (a wire service's copy, a Fijian paper, a
Scottish local paper, a Zambian paper, a press-release wire, a Flemish Dutch-language paper; a
Trinidadian paper, an Australian regional paper, a Botswana paper, a cricket site, a US live-blog
site, a Dutch regional paper), halves `HALVES_9`; no new kind.
`data/line_blind_10.txt`: 50 documents of 12 more outlets (a wire agency's copy, a Barbadian, a
Tanzanian and a Pakistani paper, a press-release wire, a German regional paper; a Samoan, a
Namibian, a Canadian local and a Malawian paper, a US live-blog site, a German local paper),
halves `HALVES_10`; no new kind; a test the line models do not learn.
`data/line_blind_11.txt`: 50 documents of 12 more outlets (a wire agency's copy, a Guyanese, an
Indian English and a Zimbabwean paper, a press-release wire, a Portuguese regional paper; a Papua
New Guinean, a Maltese English, a Nigerian and a Belizean paper, a US live-blog site, a
Portuguese local paper), halves `HALVES_11`; no new kind; a test the line models do not learn.
`data/line_blind_12.txt`: 50 documents of 12 more outlets (a wire agency's copy, a Welsh local,
a Bangladeshi English daily, a shipping trade site, a US college paper, an Italian local paper; a
Northern Irish local, a Nepali English daily, a Solomon Islands paper, a Saskatchewan local, a US
live-blog site, an Italian local paper), halves `HALVES_12`; no new kind; a test the line models
do not learn.
`data/line_blind_13.txt`: 50 documents of 12 more outlets (a sports wire's copy, a Bahamian, a
Rwandan English and a UAE English-language paper, a Scottish local paper, a Belgian French local
paper; a Queensland regional, an Assamese English daily, a US restaurant-trade site, a Saint
Lucian paper, a US live-blog site, an Austrian regional paper), halves `HALVES_13`; no new kind; a
test the line models do not learn.
`data/line_blind_14.txt`: 50 documents of 12 more outlets (a US court news wire, a Sierra
Leonean paper, a Bhutanese English weekly, a Tongan paper, a UK pharmacy trade magazine, a
Luxembourg French local paper; a US local TV station's site, a science and health news site, a
Peace Country farm weekly, a Donegal local paper, a Sri Lankan Sunday paper, a Uruguayan local
paper), halves `HALVES_14`; no new kind; a test the line models do not learn.
`data/line_blind_15.txt`: 50 documents of 12 more outlets (an aviation trade site, a Gambian
daily, a Yukon weekly, a Hong Kong English-language paper, a Cayman Islands news site, a Polish
weekly of the Soła valley; a horse-racing site, a Cook Islands, a Liberian and an Alaska
fishing-town paper, a Cypriot English-language paper, a Finland-Swedish local paper), halves
`HALVES_15`; no new kind; a test the line models do not learn.
`data/line_blind_16.txt`: 50 documents of 12 more outlets (an Icelandic English-language site, a
Texas border-town paper, a dairy trade journal, an Outer Hebrides weekly, a Ghanaian radio
station's site, a Québec French daily; a Mauritian English-language paper, a Faroese
English-language site, a Welsh local weekly, a Gibraltar paper, a Bermudian news site, a Bernese
Oberland German regional), halves `HALVES_16`; no new kind; a test the line models do not learn.
`data/line_blind_17.txt`: 50 documents of 12 more outlets (a Lesotho daily, a forestry and
sawmill trade journal, a Tasmanian regional, a Seychelles news site, an Isle of Man weekly, a Cape
Verdean Portuguese site; a Vanuatu paper, an Eswatini daily, a Guernsey evening paper, a West
Virginia county paper, a fruit and wine growers' trade paper, a Basque Spanish regional), halves
`HALVES_17`; no new kind; a test the line models do not learn.
`data/line_blind_18.txt`: 50 documents of 12 more outlets, about half as sites of 2007 to 2012
carried them (a wire agency's copy, a Mongolian English-language site, an Antiguan paper, a
quarrying trade weekly, a Saint Helena paper, a Breton French regional; a Michigan Upper Peninsula
paper, an Armenian English-language site, a beekeeping trade gazette, a Marshall Islands paper, a
Cameroonian radio station's site, a Chilean Spanish-language island paper), halves `HALVES_18`; no
new kind; a test the line models do not learn.
`data/line_blind_19.txt`: 50 documents of 12 more outlets, weighted to the noise the held-out real
news set carries (bylines, datelines, time stamps, captions, agency credits, section labels,
related-story headlines) and about a third each as sites of 2008 to 2012, modern sites and
broadcasters' sites carried them (a Kosovar English-language site, a Newfoundland paper, a Tuvaluan
site, a container-shipping trade weekly, a Greenlandic radio station's site, a Tyrolean German
regional; a Guam paper, a water-utility trade journal, a Macau English-language site, a Northern
Territory radio station's site, a South Sudanese radio station's site, a Galician Spanish-language
paper), halves `HALVES_19`; no new kind; a test the line models do not learn.
`data/line_blind_20.txt`: 50 documents of 12 more outlets, weighted as batch 19 to the noise the
held-out real news set carries and to the content the stage loses most (headlines under a kicker,
short subheads, list items, one-line quotes), about a third each as sites of 2008 to 2012, modern
sites and broadcasters' sites carried them (an Orkney weekly, a Kiribati paper, a rail-freight
trade journal, a Timor-Leste English-language site, a Welsh radio station's English pages, a
Bolivian Spanish-language radio station's site; a Falkland Islands community blog, a Sicilian
Italian regional, a textile trade bulletin, a Brunei English-language site, a Nunavut radio
station's site, a Chuuk radio station's site), halves `HALVES_20`; no new kind; a test the line
models do not learn.
`data/line_blind_21.txt`: 50 documents of 12 more outlets, weighted as batches 19 and 20 to the
noise the held-out real news set carries and to the content the stage loses most, about a third
each as sites of 2008 to 2012, modern sites and broadcasters' sites carried them (a Palau radio
station's site, a Jersey paper, a poultry trade weekly, a Montserrat news blog, a Maldives
English-language site, an Andorran Spanish-language paper; an Azorean Portuguese radio station's
site, a Shetland paper, a Pemba (Zanzibar) radio station's site, a cold-chain trade site, a Montana
Hi-Line paper, an Anguillan radio station's site), halves `HALVES_21`; no new kind; a test the
line models do not learn.

`python -m curate.evaluate line_blind` runs each document through the `news` recipe's text
stages as `curate.evaluate.lines` does (`unicode`, `markup`, `boilerplate` with the shipped
model, then `bylines` and `common_lines` over the half's documents) and reports content kept and
noise removed by half, then by kind for the boilerplate stage: batch 1, then batches 2 to 21.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

BATCH = Path(__file__).with_name("data") / "line_blind_1.txt"
BATCH_2 = BATCH.with_name("line_blind_2.txt")
BATCH_3 = BATCH.with_name("line_blind_3.txt")
BATCH_4 = BATCH.with_name("line_blind_4.txt")
BATCH_5 = BATCH.with_name("line_blind_5.txt")
BATCH_6 = BATCH.with_name("line_blind_6.txt")
BATCH_7 = BATCH.with_name("line_blind_7.txt")
BATCH_8 = BATCH.with_name("line_blind_8.txt")
BATCH_9 = BATCH.with_name("line_blind_9.txt")
BATCH_10 = BATCH.with_name("line_blind_10.txt")
BATCH_11 = BATCH.with_name("line_blind_11.txt")
BATCH_12 = BATCH.with_name("line_blind_12.txt")
BATCH_13 = BATCH.with_name("line_blind_13.txt")
BATCH_14 = BATCH.with_name("line_blind_14.txt")
BATCH_15 = BATCH.with_name("line_blind_15.txt")
BATCH_16 = BATCH.with_name("line_blind_16.txt")
BATCH_17 = BATCH.with_name("line_blind_17.txt")
BATCH_18 = BATCH.with_name("line_blind_18.txt")
BATCH_19 = BATCH.with_name("line_blind_19.txt")
BATCH_20 = BATCH.with_name("line_blind_20.txt")
BATCH_21 = BATCH.with_name("line_blind_21.txt")
CONTENT, NOISE = 1, 0
LABELS = {"C": CONTENT, "N": NOISE}
# what a line may be, by label: batch 1's kinds, then those batches 2, 3 and 4 added
KINDS = {
    CONTENT: frozenset(
        ("headline", "body", "subhead", "quote", "list_item", "qa", "short_para")
        + ("standfirst", "note")
    ),
    NOISE: frozenset(
        ("byline", "timestamp", "dateline", "section", "caption", "credit", "related", "more")
        + ("promo", "newsletter", "share", "tags")
        + ("updated", "breadcrumb", "gallery", "app", "follow", "comments", "advert", "listen")
        + ("readtime", "video", "copyright", "origin", "bio", "paywall", "cookie", "contact")
        + ("about", "pullquote", "disclaimer")
        + ("trending",)
        + ("slug", "embed")
    ),
}
# outlet -> half; fixed when each batch was written, before any run
HALVES = {
    "The Harbourton Gazette": 1,
    "Prairie Ledger": 1,
    "Le Courrier du Val": 1,
    "Metro Daily Wire": 1,
    "Nordstadt Anzeiger": 1,
    "Coastline Business Review": 1,
    "The Eastbridge Chronicle": 2,
    "Diario del Sur Andino": 2,
    "Ridgeview Post-Dispatch": 2,
    "Capital Sports Weekly": 2,
    "L'Écho des Collines": 2,
    "Tagesblick Süd": 2,
}
HALVES_2 = {
    "Meridian Wire Service": 1,
    "The Deccan Courier": 1,
    "The Daily Blare": 1,
    "The Shannonside Examiner": 1,
    "Le Journal de la Presqu'île": 1,
    "Het Polderblad": 1,
    "Southern Cross Herald": 2,
    "Northshore Broadcast News": 2,
    "Highveld Times": 2,
    "Lantern Magazine": 2,
    "Il Corriere delle Valli": 2,
    "Jornal do Planalto": 2,
}
HALVES_3 = {
    "The Delta Valley Tribune": 1,
    "The Kererū Report": 1,
    "The Lagos Clarion": 1,
    "Circuit Ledger": 1,
    "El Heraldo de Levante": 1,
    "Radio Wisła 24": 1,
    "The Lion City Courier": 2,
    "Sideline Central": 2,
    "KVRC 9 News Now": 2,
    "The Commerce Daily": 2,
    "Mainfranken Rundschau": 2,
    "Norrlandsposten": 2,
}
HALVES_4 = {
    "Continental Press Agency": 1,
    "The Wessex Evening Courier": 1,
    "The Indus Herald": 1,
    "The Nairobi Sentinel": 1,
    "UBN News": 1,
    "La Voix de l'Estrie": 1,
    "Tickerline": 2,
    "Ashworth Borough Council Newsroom": 2,
    "Helix Health & Science": 2,
    "Spotlight Buzz": 2,
    "La Voce del Tirreno": 2,
    "The Yamato Herald": 2,
}
HALVES_5 = {
    "The Tamarack County Register": 1,
    "Coral Coast Radio News": 1,
    "The Indian Enterprise Daily": 1,
    "Fulltime Report": 1,
    "PressFlow Newswire": 1,
    "Newsbeat Live 24": 1,
    "The Karoo Mail": 2,
    "Kernel & Cable": 2,
    "The Clare Coast Champion": 2,
    "The Abuja Morning Post": 2,
    "The Verity Desk": 2,
    "The Long Acre Review": 2,
}
HALVES_6 = {
    "Trans-Pacific Press Service": 1,
    "The Ruahine Gazette": 1,
    "The Colombo Evening Star": 1,
    "Goalmouth Daily": 1,
    "NewsRelay Direct": 1,
    "Rheintal-Bote": 1,
    "The Assiniboine Observer": 2,
    "The Kampala Ledger": 2,
    "Causeway Business Daily": 2,
    "LiveDesk Now": 2,
    "The Thursday Argument": 2,
    "El Faro del Caribe": 2,
}
HALVES_7 = {
    "Equatorial News Agency": 1,
    "The Accra Daily Beacon": 1,
    "The Visayas Morning Dispatch": 1,
    "The Boundary Rider": 1,
    "ReleaseLine Global": 1,
    "Le Quotidien du Léman": 1,
    "The Blue Mountain Clarion": 2,
    "The Barrow Valley Echo": 2,
    "Ledgerpoint Markets": 2,
    "Pulse Live Updates": 2,
    "The Weekly Dissent": 2,
    "Folha do Litoral": 2,
}
HALVES_8 = {
    "Orbis Wire Service": 1,
    "The Mombasa Tideline": 1,
    "The Merlion Post": 1,
    "The Waitaki Mercury": 1,
    "Wirebridge Releases": 1,
    "La Gazzetta del Lago": 1,
    "The Lahore Evening Mirror": 2,
    "The Corrib Weekly Observer": 2,
    "The Fundy Shore Herald": 2,
    "Touchline Digest": 2,
    "Nightdesk Live": 2,
    "El Vigía de Cuyo": 2,
}
HALVES_9 = {
    "Compass Line News Agency": 1,
    "The Viti Levu Sentinel": 1,
    "The Loch Fyne Clarion": 1,
    "The Copperbelt Evening Herald": 1,
    "ClearFeed Releases": 1,
    "Het Scheldeblad": 1,
    "The Caroni Courier": 2,
    "The Gippsland Tidewatch": 2,
    "The Okavango Observer": 2,
    "Full Toss Daily": 2,
    "NowFeed Live": 2,
    "Dagblad van de Veluwe": 2,
}
HALVES_10 = {
    "Lodestar News Agency": 1,
    "The Carlisle Bay Chronicle": 1,
    "The Kilimanjaro Ledger": 1,
    "The Sindh Morning Courier": 1,
    "Keyline Releases": 1,
    "Weserland-Kurier": 1,
    "The Apia Morning Tide": 2,
    "The Namib Dune Herald": 2,
    "The Muskoka Shoreline Courier": 2,
    "The Shire Highlands Ledger": 2,
    "RollingDesk Live": 2,
    "Erzgebirgs-Rundblick": 2,
}
HALVES_11 = {
    "Kestrel Press Agency": 1,
    "The Demerara Evening Tribune": 1,
    "The Konkan Herald": 1,
    "The Mutare Evening Post": 1,
    "Tidemark Releases": 1,
    "Gazeta das Beiras Altas": 1,
    "The Markham Valley Post": 2,
    "The Grand Harbour Times": 2,
    "The Jos Plateau Courier": 2,
    "The Stann Creek Reporter": 2,
    "Updraft Live": 2,
    "O Mensageiro do Sado": 2,
}
HALVES_12 = {
    "Cormorant News Agency": 1,
    "The Cardigan Bay Lantern": 1,
    "The Meghna Chronicle": 1,
    "Portside Freight Digest": 1,
    "The Bellweather Campus Ledger": 1,
    "La Sentinella delle Murge": 1,
    "The Sperrin Valley Courier": 2,
    "The Bagmati Morning Herald": 2,
    "The Guadalcanal Courier": 2,
    "The Touchwood Hills Herald": 2,
    "Crosswind Live": 2,
    "La Campana del Sannio": 2,
}
HALVES_13 = {
    "Sprintline Sports Wire": 1,
    "The Bahama Banks Chronicle": 1,
    "The Kigali Hillside Courier": 1,
    "The Corniche Daily Review": 1,
    "The Moray Firth Beacon": 1,
    "Le Messager de l'Ourthe": 1,
    "The Darling Downs Drover": 2,
    "The Luit Valley Post": 2,
    "Back of House Daily": 2,
    "The Pitons Chronicle": 2,
    "Riverlight Live": 2,
    "Lavanttaler Talpost": 2,
}
HALVES_14 = {
    "Gavelpoint Legal Wire": 1,
    "The Lion Mountain Courier": 1,
    "The Paro Valley Tribune": 1,
    "The Tongatapu Gazette": 1,
    "Counterpoint Pharmacy Weekly": 1,
    "La Gazette de l'Alzette": 1,
    "KXDQ 4 Valley News": 2,
    "Benchtop Science News": 2,
    "The Peace Country Grain Weekly": 2,
    "The Inishowen Tidings": 2,
    "The Mahaweli Sunday Chronicle": 2,
    "El Mirador de Paysandú": 2,
}
HALVES_15 = {
    "Holdline Aviation Daily": 1,
    "The Banjul Riverside Observer": 1,
    "The Klondike Nugget Weekly": 1,
    "The Kowloon Harbour Post": 1,
    "The Seven Mile Courier": 1,
    "Tygodnik Doliny Soły": 1,
    "Furlong Form Daily": 2,
    "The Rarotonga Reef Herald": 2,
    "The Mesurado Times": 2,
    "The Bristol Bay Netline": 2,
    "The Larnaca Bay Herald": 2,
    "Kvarkenbladet": 2,
}
HALVES_16 = {
    "The Reykjavík Harbour Review": 1,
    "The Laredo Bridge Sentinel": 1,
    "Milk & Meadow Trade Journal": 1,
    "The Stornoway Tideline": 1,
    "Volta Wave FM News": 1,
    "Le Réveil du Saguenay": 1,
    "The Port Louis Ledger": 2,
    "The Tórshavn Weekly Light": 2,
    "The Usk Valley Bugle": 2,
    "The Gibraltar Rock Chronicle": 2,
    "The Bermuda Tradewind": 2,
    "Berner Oberland Bote": 2,
}
HALVES_17 = {
    "The Maseru Highland Mirror": 1,
    "Timber & Sawmill Review": 1,
    "The Derwent Valley Courier": 1,
    "The Mahé Morning Current": 1,
    "The Douglas Bay Examiner": 1,
    "Voz do Mindelo": 1,
    "The Port Vila Lagoon Post": 2,
    "The Mbabane Observer Daily": 2,
    "The Sarnia Evening Lamp": 2,
    "The Greenbrier Valley Ledger": 2,
    "Orchard & Vine Grower": 2,
    "El Correo del Urola": 2,
}
HALVES_18 = {
    "Ironbridge News Agency": 1,
    "The Steppe Post": 1,
    "The Antigua Trade Winds Herald": 1,
    "Quarry & Aggregates Weekly": 1,
    "The Saint Helena Wirebird": 1,
    "L'Écume du Trégor": 1,
    "The Keweenaw Lamplighter": 2,
    "The Ararat Valley Review": 2,
    "Hive & Honey Trade Gazette": 2,
    "The Majuro Lagoon Journal": 2,
    "Mount Fako FM News": 2,
    "El Insular de Chiloé": 2,
}
HALVES_19 = {
    "The Prishtina Dispatch": 1,
    "The Avalon Peninsula Packet": 1,
    "The Funafuti Lagoon Star": 1,
    "Boxline Container Weekly": 1,
    "Radio Sermersooq News": 1,
    "Tiroler Talbote": 1,
    "The Hagåtña Harbor Record": 2,
    "Water Main Review": 2,
    "The Macau Strait Daily": 2,
    "Top End FM News": 2,
    "Sunrise FM Juba News": 2,
    "El Eco de Arousa": 2,
}
HALVES_20 = {
    "The Orkney Tidewrack": 1,
    "The Tarawa Atoll Record": 1,
    "Railhead Freight Journal": 1,
    "The Dili Sentinel": 1,
    "Tonfedd FM News": 1,
    "Radio Illimani Noticias": 1,
    "The Falklands Penguin Post": 2,
    "Il Corriere dei Nebrodi": 2,
    "Loom & Yarn Textile Bulletin": 2,
    "The Brunei Bay Courier": 2,
    "Qikiqtani Radio News": 2,
    "Chuuk Lagoon Radio News": 2,
}
HALVES_21 = {
    "Ngerulmud FM News": 1,
    "The St Helier Tidings": 1,
    "Hatchery & Flock Weekly": 1,
    "The Montserrat Ashfall Reporter": 1,
    "The Malé Lagoon Times": 1,
    "Diario del Valira": 1,
    "Rádio Caldeira FM": 2,
    "The Lerwick Simmer Dim": 2,
    "Pemba Channel FM News": 2,
    "Cold Chain & Reefer Review": 2,
    "The Hi-Line Prairie Echo": 2,
    "Sandy Ground FM News": 2,
}


@dataclass(frozen=True)
class BlindDoc:
    """One made-up document: its lines (paragraphs), their labels and kinds."""

    id: str
    lang: str
    outlet: str
    lines: tuple[str, ...]
    labels: tuple[int, ...]
    kinds: tuple[str, ...]
    half: int


def parse(text: str, halves: dict[str, int] = HALVES) -> list[BlindDoc]:
    """The documents of a batch file: `@doc <id> <lang> <outlet>` opens one (the outlet one of
    `halves`), each following line is `<C|N> <kind> <text>` with a kind of its label (`KINDS`),
    a blank line closes it, `#` lines are comments."""
    docs: list[BlindDoc] = []
    head: list[str] | None = None
    rows: list[tuple[str, int, str]] = []

    def close() -> None:
        if head is not None:
            if not rows:
                raise ValueError(f"document {head[1]} has no lines")
            lines, labels, kinds = zip(*rows, strict=True)
            docs.append(BlindDoc(head[1], head[2], head[3], lines, labels, kinds, halves[head[3]]))

    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("#"):
            continue
        if line.startswith("@doc "):
            close()
            head, rows = line.split(maxsplit=3), []
            if len(head) != 4 or head[3] not in halves:
                raise ValueError(f"line {number}: bad document header {line!r}")
            continue
        if not line.strip():
            close()
            head, rows = None, []
            continue
        parts = line.split(maxsplit=2)
        if head is None or len(parts) != 3 or parts[0] not in LABELS:
            raise ValueError(f"line {number}: not `<C|N> <kind> <text>` in a document: {line!r}")
        if parts[1] not in KINDS[LABELS[parts[0]]]:
            raise ValueError(f"line {number}: no {parts[0]} line is of kind {parts[1]!r}")
        rows.append((parts[2], LABELS[parts[0]], parts[1]))
    close()
    ids = [doc.id for doc in docs]
    if len(set(ids)) != len(ids):
        raise ValueError("document ids repeat")
    return docs


def load_batch(path: Path = BATCH, halves: dict[str, int] = HALVES) -> list[BlindDoc]:
    return parse(path.read_text(encoding="utf-8"), halves)


# each batch with the halves of its outlets, in the order they are reported
BATCHES = (
    (BATCH, HALVES),
    (BATCH_2, HALVES_2),
    (BATCH_3, HALVES_3),
    (BATCH_4, HALVES_4),
    (BATCH_5, HALVES_5),
    (BATCH_6, HALVES_6),
    (BATCH_7, HALVES_7),
    (BATCH_8, HALVES_8),
    (BATCH_9, HALVES_9),
    (BATCH_10, HALVES_10),
    (BATCH_11, HALVES_11),
    (BATCH_12, HALVES_12),
    (BATCH_13, HALVES_13),
    (BATCH_14, HALVES_14),
    (BATCH_15, HALVES_15),
    (BATCH_16, HALVES_16),
    (BATCH_17, HALVES_17),
    (BATCH_18, HALVES_18),
    (BATCH_19, HALVES_19),
    (BATCH_20, HALVES_20),
    (BATCH_21, HALVES_21),
)
# the batches the line models learn from (`boilerplate.train.blind_examples`: half 1's outlets
# the shipped model, half 2's the model of site half B); a later batch is a test until added
TRAINING_BATCHES = BATCHES[:5]


def scoring_model(part: int) -> str | None:
    """The line model that never saw the outlets of blind half `part`: while the models learn
    the batches (`train.BLIND_WEIGHT`), half 1 by the model of site half B (`make train` writes
    it), half 2 by the shipped one (None); else the shipped one, which saw neither."""
    from curate.stages.boilerplate import train

    learned = train.BLIND_WEIGHT and part == train.BLIND_HALF[train.TRAIN_HALF]
    return str(train.holdout_file(train.HOLDOUT_HALF)) if learned else None


def run(eval_dir: Path) -> str:
    """The report of each batch, batch 1's first and as it was before batch 2 came, then each
    later batch under its own title (`eval_dir` is not used: the batches ship with the code;
    seconds)."""
    parts = []
    for number, (path, halves) in enumerate(BATCHES, 1):
        text = report(load_batch(path, halves), halves=halves)
        parts.append(text if number == 1 else f"line blind batch {number} ({path.name})\n{text}")
    return "\n\n".join(parts)


Scorer = Callable[[list[list[str]]], list[tuple[set[str], object]]]


def systems(model_file: str | None = None) -> list[tuple[str, Scorer]]:
    """The rows: the rules alone, the shipped stage (rules + line model), the stage on the same
    text hard-wrapped (`WIDTH`), then the `news` recipe's next stages, and the crude rule of the
    issue, as in `curate.evaluate.lines`."""
    from curate.evaluate.lines import WIDTH, _crude, _each, _through, _with_common_lines
    from curate.stages.boilerplate import BoilerplateRemover

    shipped = BoilerplateRemover(model_file=model_file)
    rules = replace(shipped, rules=tuple(r for r in shipped.rules if r != "line_model"))
    return [
        ("rules only", _each(_through(rules))),
        ("rules + line model (the stage)", _each(_through(shipped))),
        (f"the stage, text cut at {WIDTH} columns", _each(_through(shipped, width=WIDTH))),
        ("stage + bylines", _each(_through(shipped, bylines=True))),
        ("stage + bylines + common_lines", _with_common_lines(_through(shipped, True))),
        ("crude: 3+ words ending . ! ? or a quote", _each(_crude)),
    ]


def outcomes(docs: list[BlindDoc], scorer: Scorer) -> list[tuple[BlindDoc, list[bool]]]:
    """Each document with, line by line, whether the line still stands after `scorer`."""
    from curate.evaluate.lines import line_stays

    found = scorer([list(doc.lines) for doc in docs])
    return [
        (doc, [line_stays(line, kept) for line in doc.lines])
        for doc, (kept, _) in zip(docs, found, strict=True)
    ]


def report(
    docs: list[BlindDoc],
    model_file: str | None = None,
    halves: dict[str, int] = HALVES,
) -> str:
    """Content kept and noise removed by each system in each half of `halves`, then by kind;
    each half's line model `model_file`, or else the one that never saw its outlets
    (`scoring_model`)."""
    from curate.evaluate.lines import shares

    out = [
        f"half {part}: "
        + ", ".join(
            f"{outlet} ({sum(doc.outlet == outlet for doc in docs)})"
            for outlet, where in halves.items()
            if where == part
        )
        for part in (1, 2)
    ]
    out.append(
        f"{'system':<44} {'half':>4} {'content kept':>12} {'noise removed':>13} "
        f"{'content':>8} {'noise':>6}"
    )
    kinds: dict[str, Counter] = {}
    by_half = {part: systems(model_file or scoring_model(part)) for part in (1, 2)}
    for index, (name, _) in enumerate(by_half[1]):
        for part in (1, 2):
            scorer = by_half[part][index][1]
            counts: Counter = Counter()
            for doc, stays in outcomes([d for d in docs if d.half == part], scorer):
                for label, kind, stay in zip(doc.labels, doc.kinds, stays, strict=True):
                    counts[(label, stay)] += 1
                    if index == 1:
                        kinds.setdefault(kind, Counter())[(label, part, stay)] += 1
            out.append(f"{name:<44} {part:>4} {shares(counts)}")
    out += ["", "by kind, the stage: share kept of content, share removed of noise"]
    for kind, count in sorted(kinds.items(), key=lambda item: -sum(item[1].values())):
        label = next(iter(count))[0]
        right = label == CONTENT
        cells = []
        for part in (1, 2):
            total = count[(label, part, True)] + count[(label, part, False)]
            share = count[(label, part, right)] / total if total else float("nan")
            cells.append(f"{part} {share:.2f} of {total:3d}")
        what = "kept" if right else "removed"
        out.append(f"  {kind:<11} {what:<7} " + "   ".join(cells))
    return "\n".join(out)
