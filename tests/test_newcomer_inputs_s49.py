"""Session 49's newcomer round: web pages as people save them, and news in other languages.

A static page's name with the query wget kept after it (`index.html?p=2`, the second page of a
listing or of an article cut in pages) ended in no extension curate knew: the page was passed
over as a `.html?p=2` file, while `article.php?id=5` beside it was read."""

import json

import pytest

from curate.io.pages import is_saved_page
from tests.newcomer_runs import documents, read_all, run_counted, text_of


def _page(title: str, body: str) -> str:
    return (
        f"<!DOCTYPE html>\n<html><head><title>{title}</title></head><body><article>"
        f"<h1>{title}</h1>{body}</article></body></html>\n"
    )


def _article(k: int) -> str:
    return "".join(f"<p>{text_of(k * 10 + i)}</p>" for i in range(5))


def _published(out) -> dict[str, dict]:
    rows = [json.loads(line) for f in sorted((out / "jsonl").glob("*.jsonl")) for line in f.open()]
    return {row["id"]: row for row in rows}


# ---- a static page's name with its query kept is read as its page -----------------------------

QUERIED = [
    "index.html?p=2",
    "archive.htm?page=3",
    "story.html@id=5",  # wget --restrict-file-names=windows
    "index.html?lang=de&page=2",
    "Index.HTML?p=4",
]


@pytest.mark.parametrize("name", QUERIED)
def test_a_static_page_named_with_its_query_is_read_as_a_page(tmp_path, name):
    site = tmp_path / "example.com"
    site.mkdir()
    (site / name).write_text(_page("Page two of the list", _article(1)), "utf-8")
    docs = documents(read_all(tmp_path))
    assert [d.id for d in docs] == [f"example.com/{name}"]
    assert docs[0].text.startswith(text_of(10))


LOOK_ALIKES = [  # (name, content): still passed over
    ("style.html?v=3", "body { color: red }"),  # a stylesheet under a page's name: no page
    ("data.html?format=json", '{"items": []}'),
    ("notes.txt?v=1", "<!DOCTYPE html><html><body><p>x</p></body></html>"),  # no page's extension
]


@pytest.mark.parametrize(("name", "content"), LOOK_ALIKES)
def test_a_queried_name_that_holds_no_page_is_still_passed_over(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content, "utf-8")
    assert not is_saved_page(path)
    assert documents(read_all(tmp_path)) == []


def test_a_plain_page_keeps_its_id_without_extension(tmp_path):
    (tmp_path / "index.html").write_text(_page("Front page", _article(2)), "utf-8")
    assert [d.id for d in documents(read_all(tmp_path))] == ["index"]


def test_a_mirror_s_pages_through_the_run(tmp_path):
    site = tmp_path / "mirror" / "example.com" / "news"
    site.mkdir(parents=True)
    (site / "index.html").write_text(_page("News", _article(3)), "utf-8")
    (site / "index.html?p=2").write_text(_page("News, page 2", _article(4)), "utf-8")
    (site / "index.html?p=3").write_text(_page("News, page 3", _article(5)), "utf-8")
    out = tmp_path / "out"
    report, text = run_counted(tmp_path / "mirror", "--out", out, "--workers", "1")
    assert report["counts"]["read"] == 3, text
    assert "not read" not in text
    rows = _published(out)
    assert rows["example.com/news/index.html?p=2"]["title"] == "News, page 2"


# ---- a Western page that names no charset is read as Windows-1252 ------------------------------

WESTERN = [  # (language, code page, the article): old Iberian and Latin American sites
    (
        "es",
        "latin-1",
        "El pleno aprobó el martes el presupuesto para el próximo año, tras un largo debate. "
        "La alcaldesa dijo que la ciudad no tenía otra opción que reparar los puentes antes del "
        "invierno, y que los niños volverán a la escuela nueva en otoño. Los vecinos podrán "
        "plantear sus preguntas en una reunión pública el día catorce de marzo por la mañana.",
    ),
    (
        "pt",
        "cp1252",
        "A câmara municipal aprovou na terça-feira à noite o orçamento para o próximo ano. A "
        "oposição criticou o facto de o imposto subir nos próximos três anos, e a presidente "
        "disse que não havia outra opção senão reparar as pontes antes do inverno. As obras "
        "começam na primavera e os moradores poderão colocar as suas questões à câmara.",
    ),
    (
        "es",
        "cp1252",
        "Según el informe, la compañía redujo su pérdida en el tercer trimestre del año gracias "
        "a la subida de las ventas en España y en América Latina. El consejero delegado señaló "
        "que la empresa seguirá invirtiendo en el diseño de nuevos productos para el año que "
        "viene, aunque advirtió de que la situación económica sigue siendo difícil.",
    ),
    (
        "pt",
        "latin-1",
        "O governo anunciou à imprensa que a inflação caiu pela segunda vez este ano, graças à "
        "descida dos preços da energia e dos alimentos. O ministro disse que a decisão do banco "
        "central não será conhecida antes de março, e que as famílias ainda sentem a subida "
        "das prestações da habitação. A oposição pediu mais apoios às famílias.",
    ),
]


ICELANDIC = (  # þ, ð and æ: detection's first guess read them as Central European letters
    "Borgarstjórn samþykkti á þriðjudagskvöld eftir langar umræður fjárhagsáætlun fyrir næsta "
    "ár. Meirihluti borgarfulltrúa greiddi atkvæði með tillögunni, sem gerir ráð fyrir verulegri "
    "aukningu útgjalda til skóla og almenningssamgangna. Minnihlutinn gagnrýndi að "
    "fasteignaskattur hækki smám saman á næstu þremur árum."
)
WESTERN += [("is", "latin-1", ICELANDIC), ("is", "cp1252", ICELANDIC)]


def _legacy_page(text: str, encoding: str, head: str = "") -> bytes:
    return (
        f"<html><head>{head}<title>Noticias</title></head><body><article><h1>Noticias</h1>"
        f"<p>{text}</p></article></body></html>\n".encode(encoding)
    )


@pytest.mark.parametrize(("lang", "encoding", "text"), WESTERN)
def test_a_western_page_naming_no_charset_is_read_as_windows_1252(tmp_path, lang, encoding, text):
    (tmp_path / "story.html").write_bytes(_legacy_page(text, encoding))
    docs = documents(read_all(tmp_path))
    assert docs and docs[0].text == text


def test_a_polish_page_in_iso_8859_2_naming_none_is_not_read_as_celtic(tmp_path):
    # detection ranked ISO-8859-14 (Celtic: "przyjêġa budṡet") first, level in chaos with
    # ISO-8859-2 and less coherent
    title = "Rada miasta przyjęła budżet"
    paragraphs = [
        "Rada miasta we wtorek wieczorem, po długiej debacie, przyjęła budżet na przyszły rok. "
        "Większość radnych głosowała za projektem, który przewiduje znaczny wzrost wydatków na "
        "szkoły i komunikację miejską.",
        "Opozycja skrytykowała to, że podatek od nieruchomości będzie stopniowo rósł przez "
        "najbliższe trzy lata. Prezydent miasta Anna Kowalska powiedziała, że miasto nie miało "
        "innego wyboru niż naprawa zniszczonych mostów przed zimą. Prace mają się rozpocząć "
        "wiosną i potrwają około dwóch lat. Mieszkańcy będą mogli zadawać pytania podczas "
        "otwartego spotkania 14 marca.",
    ]
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    page = f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>\n{body}"
    (tmp_path / "story.html").write_bytes(f"{page}</article></body></html>\n".encode("iso-8859-2"))
    doc = documents(read_all(tmp_path))[0]
    assert doc.text == "\n\n".join(paragraphs)


def test_a_compressed_western_page_naming_no_charset_too(tmp_path):
    import gzip

    _, encoding, text = WESTERN[0]
    (tmp_path / "story.html.gz").write_bytes(gzip.compress(_legacy_page(text, encoding)))
    assert documents(read_all(tmp_path))[0].text == text


OTHERS = [  # (code page, the article, the page's head): read as before
    (
        "cp1254",
        "Belediye meclisi salı akşamı uzun bir tartışmanın ardından gelecek yılın bütçesini "
        "onayladı. Meclis üyelerinin çoğunluğu, okullar ve toplu taşıma için harcamalarda önemli "
        "bir artış öngören tasarının lehine oy kullandı. Muhalefet, emlak vergisinin önümüzdeki "
        "üç yıl boyunca kademeli olarak artırılmasını eleştirdi.",
        "",
    ),
    (
        "cp1250",
        "Rada miasta we wtorek wieczorem, po długiej debacie, przyjęła budżet na przyszły rok. "
        "Większość radnych głosowała za projektem, który przewiduje znaczny wzrost wydatków na "
        "szkoły i komunikację miejską. Opozycja skrytykowała to, że podatek od nieruchomości "
        "będzie stopniowo rósł przez najbliższe trzy lata.",
        "",
    ),
    (
        "cp1250",
        "Městské zastupitelstvo v úterý večer po dlouhé debatě schválilo rozpočet na příští rok. "
        "Většina zastupitelů hlasovala pro návrh, který počítá s výrazným zvýšením výdajů na "
        "školy a městskou hromadnou dopravu. Opozice kritizovala postupné zvyšování daně z "
        "nemovitostí v příštích třech letech.",
        "<meta http-equiv='Content-Type' content='text/html; charset=windows-1250'>",
    ),
    (
        "cp1251",
        "Городской совет во вторник вечером после долгих споров утвердил бюджет на следующий "
        "год. Большинство депутатов проголосовали за проект, который предусматривает "
        "значительное увеличение расходов на школы и общественный транспорт.",
        "",
    ),
    ("utf-8", WESTERN[0][2], ""),
    ("cp1252", WESTERN[1][2], "<meta charset='windows-1252'>"),
]


@pytest.mark.parametrize(("encoding", "text", "head"), OTHERS)
def test_pages_in_other_code_pages_or_naming_theirs_are_read_as_before(
    tmp_path, encoding, text, head
):
    (tmp_path / "story.html").write_bytes(_legacy_page(text, encoding, head))
    assert documents(read_all(tmp_path))[0].text == text


def test_western_pages_through_the_run(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    for k, (_, encoding, text) in enumerate(WESTERN[:4]):  # langdetect has no Icelandic
        (pages / f"story{k}.htm").write_bytes(_legacy_page(text, encoding))
    out = tmp_path / "out"
    run_counted(pages, "--out", out, "--workers", "1")
    rows = _published(out)
    assert {row["lang"] for row in rows.values()} == {"es", "pt"}
    assert all(row["text"] == WESTERN[int(key[-1])][2] for key, row in rows.items())


# ---- a frameset page says its text is in its frames --------------------------------------------

FRAMESETS = [  # (the page, the frames its message names)
    (
        '<html><head><title>Site</title></head><frameset cols="20%,80%"><frame src="menu.html">'
        '<frame src="main.html"><noframes><body>Your browser does not support frames.</body>'
        "</noframes></frameset></html>",
        "(menu.html, main.html)",
    ),
    (
        "<HTML><FRAMESET ROWS='100,*'><FRAME NAME=top SRC=top.htm><FRAMESET COLS='200,*'>"
        "<FRAME SRC=nav.htm><FRAME SRC='body.htm'></FRAMESET></FRAMESET></HTML>",
        "(top.htm, nav.htm, body.htm)",
    ),
    (
        "<html><frameset><frame src=a.html><frame src=b.html><frame src=c.html><frame src=d.html>"
        "</frameset></html>",
        "(a.html, b.html, c.html, ...)",
    ),
    ("<html><frameset cols='*'></frameset></html>", "its frames, read"),
]


@pytest.mark.parametrize("extractor", ["trafilatura", "resiliparse"])
@pytest.mark.parametrize(("page", "frames"), FRAMESETS)
def test_a_frameset_page_is_quarantined_naming_its_frames(tmp_path, page, frames, extractor):
    from curate.io.html import read_html_file

    path = tmp_path / "index.html"
    path.write_text(page, "utf-8")
    found = read_html_file(path, "index", extractor=extractor)
    assert found.error.startswith("a frameset page: no text of its own")
    assert frames in found.error


@pytest.mark.parametrize("extractor", ["trafilatura", "resiliparse"])
def test_a_page_of_no_text_and_no_frameset_says_so_as_before(tmp_path, extractor):
    from curate.io.html import read_html_file

    path = tmp_path / "empty.html"
    path.write_text("<html><body><iframe src='video.html'></iframe></body></html>", "utf-8")
    found = read_html_file(path, "empty", extractor=extractor)
    assert found.error == "no main text found in the page"


# ---- a Spanish wire's dateline closes its agency with a period: "(EFE).- " ---------------------

BODY = "El pleno del ayuntamiento aprobó el martes por la noche el presupuesto del próximo año."

SPANISH_WIRES = [  # (the dateline, its place, its agency)
    ("MADRID, 5 mar (EFE).- ", "Madrid", "EFE"),
    ("BUENOS AIRES, 12 abr (Télam).- ", "Buenos Aires", "Télam"),
    ("CARACAS (AFP).- ", "Caracas", "AFP"),
    ("Bogotá, 3 may (EFE).- ", "Bogotá", "EFE"),
    ("LIMA, 7 jun (Xinhua).– ", "Lima", "Xinhua"),
    ("(EFE).- ", None, "EFE"),
]


def _bylines(text: str):
    from curate.document import Document
    from curate.stages.metadata import BylineExtractor

    return BylineExtractor().process(Document(id="t", text=text))


@pytest.mark.parametrize(("dateline", "place", "agency"), SPANISH_WIRES)
def test_a_spanish_wire_s_dateline_leaves_the_lead(dateline, place, agency):
    doc = _bylines(f"{dateline}{BODY}\n\nLa alcaldesa dijo que las obras empezarán en primavera.")
    assert doc.text.startswith(BODY)
    assert doc.labels["dateline"] == place
    assert doc.labels["credit"] == agency


NOT_DATELINES = [  # a bracket then ".-" that is no wire's: left as it is
    "Notas (1).- Ver el anexo del informe para las cifras completas del año.",
    "La reunión (ver foto).- Después llegaron los concejales de la oposición.",
    "El presidente (PSOE).- no quiso responder a las preguntas de los periodistas.",
]


@pytest.mark.parametrize("line", NOT_DATELINES)
def test_a_bracket_and_a_period_dash_that_are_no_dateline_stay(line):
    doc = _bylines(f"{line}\n\n{BODY}")
    assert doc.text.startswith(line)
    assert not doc.labels.get("dateline")


# ---- a page's false UTF-8, or a Windows byte pasted into UTF-8 ---------------------------------

UTF8_HEADS = [
    "<meta charset='utf-8'>",
    '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">',
    "<meta charset=utf8>",
]


@pytest.mark.parametrize("head", UTF8_HEADS)
@pytest.mark.parametrize(("lang", "encoding", "text"), WESTERN)
def test_a_latin_1_page_under_a_utf_8_template_is_read_as_windows_1252(
    tmp_path, lang, encoding, text, head
):
    (tmp_path / "story.html").write_bytes(_legacy_page(text, encoding, head))
    assert documents(read_all(tmp_path))[0].text == text


STRAYS = [  # a byte or two of Windows-1252 pasted into a UTF-8 page: (bytes, as read)
    (b"Caf\xe9 con leche.", "Café con leche."),
    (b"\x93Yes,\x94 she said.", "“Yes,” she said."),
    (b"Prix: 5 \x80.", "Prix: 5 €."),
]


@pytest.mark.parametrize("head", ["", "<meta charset='utf-8'>"])
@pytest.mark.parametrize(("stray", "read"), STRAYS)
def test_a_utf_8_page_with_a_stray_windows_byte_keeps_its_accents(tmp_path, stray, read, head):
    _, _, text = WESTERN[0]
    page = _legacy_page(text, "utf-8", head).replace(
        b"</article>", b"<p>" + stray + b"</p></article>"
    )
    (tmp_path / "story.html").write_bytes(page)
    doc = documents(read_all(tmp_path))[0]
    assert doc.text == f"{text}\n\n{read}"


def test_a_page_naming_a_legacy_charset_is_left_to_it(tmp_path):
    # its bytes are UTF-8 with a stray byte, but it names windows-1252: read as before
    from curate.io.page_charset import western_page

    page = _legacy_page(WESTERN[0][2], "utf-8", "<meta charset='windows-1252'>")
    assert western_page(page.replace(b"</article>", b"<p>Caf\xe9</p></article>")) is None


# ---- text written straight into <body>, the lead of a hand-written page ------------------------

LEAD = "The city council approved a new budget on Tuesday after a long debate about local taxes."
REST = [
    "Members voted seven to two for the plan, which raises spending on roads by a fifth.",
    "The mayor said the money would repair three bridges before winter, starting in March.",
    "Opposition members said the property tax rise would hurt families facing higher rents.",
]
HAND_WRITTEN = [  # pages whose lead is the body's own text
    "<html><head><title>T</title></head><body>\n{lead}\n<p>\n{0}\n<p>\n{1}\n<p>\n{2}\n</body></html>",
    "<HTML><HEAD><TITLE>T</TITLE></HEAD><BODY BGCOLOR=white>{lead}<P>{0}<P>{1}<P>{2}</BODY></HTML>",
    "<html><body>{lead}<br><br>{0}<br><br>{1}<br><br>{2}</body></html>",
    "<html><body>{lead}\n<hr>\n<p>{0}</p><p>{1}</p><p>{2}</p></body></html>",
]


@pytest.mark.parametrize("page", HAND_WRITTEN)
def test_a_hand_written_page_keeps_its_lead(tmp_path, page):
    (tmp_path / "story.html").write_text(page.format(*REST, lead=LEAD), "utf-8")
    doc = documents(read_all(tmp_path))[0]
    assert doc.text.startswith(LEAD)
    assert all(line in doc.text for line in REST)


BODY_LOOK_ALIKES = [  # the body's own text is no paragraph: read as before
    "<html><body>\n  <p>{lead}</p><p>{0}</p><p>{1}</p><p>{2}</p></body></html>",
    "<html><body> | <p>{lead}</p><p>{0}</p><p>{1}</p><p>{2}</p></body></html>",
    '<html><body>&lt;img src="pixel.gif"&gt;<p>{lead}</p><p>{0}</p><p>{1}</p><p>{2}</p>'
    "</body></html>",
]


@pytest.mark.parametrize("page", BODY_LOOK_ALIKES)
def test_a_body_of_no_own_text_is_read_as_before(tmp_path, page):
    from trafilatura.utils import load_html

    from curate.io.body_text import wrap_body_text

    html = page.format(*REST, lead=LEAD)
    tree = load_html(html)
    before = [(el.tag, el.text) for el in tree.iter()]
    wrap_body_text(tree)
    assert [(el.tag, el.text) for el in tree.iter()] == before
    (tmp_path / "story.html").write_text(html, "utf-8")
    assert documents(read_all(tmp_path))[0].text.startswith(LEAD)
