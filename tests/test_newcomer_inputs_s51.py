"""Session 51's newcomer round: a classic Mac OS text in Mac Roman, ParseHub's runs (a headline
under `name`, a body of nested selections), a scraper's list of records under a name a text
goes by, and an article's paragraphs one object down."""

import csv
import io
import json
import zipfile

import pytest

from curate.io.readers import decode
from tests.newcomer_runs import documents, quarantined, read_all, run_counted, text_of
from tests.test_newcomer_inputs import invoke

# Texts a classic Mac OS application saved: each holds what Mac Roman alone writes so
MAC_TEXTS = {
    "french": "\u201cCaf\u00e9 society\u201d returns to Montr\u00e9al\r\rThe na\u00efve visitor"
    "\u2019s guide to the city\u2019s best cr\u00eapes is back.\r",
    "italian": "Perch\u00e9 \u00e8 cos\u00ec? La citt\u00e0 \u00e8 pi\u00f9 bella d\u2019estate."
    "\rL\u2019universit\u00e0 \u00e8 chiusa.\r",
    "ligatures": "The \ufb01rst \ufb02oor of the of\ufb01ce was \ufb01lled with \ufb02owers.\r"
    "Temperature: 21\u00b0C \u2022 Price: 5\u00a3 \u2122\r",
    "daggers": "Smith\u2020 and Jones\u2021 reported the \u2039quoted\u203a results.\r"
    "See the footnotes below.\r",
    "short": "Caf\u00e9 cr\u00e8me\r",
    "german": "Die M\u00fcllers wohnen in der Stra\u00dfe am Flu\u00df. \u201eSch\u00f6n\u201c, "
    "sagte \u00c4nne \u00fcber die \u00d6ffnungszeiten.\rGr\u00fc\u00dfe aus K\u00f6ln.\r",
}


@pytest.mark.parametrize("ends", ["\r", "\n"])
@pytest.mark.parametrize("name", sorted(MAC_TEXTS))
def test_a_mac_roman_text_is_read_as_mac_roman(name, ends):
    # read as Mac Central European ("naēve", "cosď"), Arabic cp1256 ("Cafژ"), Vietnamese
    # cp1258 ("̃rst") or Urdu cp1006 ("Jonesﻓ"), its mojibake kept as the text
    text = MAC_TEXTS[name].replace("\r", ends)
    assert decode(text.encode("mac_roman")) == (text, "mac_roman")


# (code page, text): none of them Mac Roman, each read as before with either line end
OTHER_CODE_PAGES = [
    ("cp1252", "It\u2019s the council\u2019s vote and we\u2019re ready for it.\n"),
    ("cp1252", "\u201cWe are ready,\u201d she said. \u201cIt has been a long year.\u201d\n"),
    ("cp1252", "\u201cCaf\u00e9 society\u201d returns. The na\u00efve visitor\u2019s guide.\n"),
    (
        "cp1250",
        "Za\u017c\u00f3\u0142\u0107 g\u0119\u015bl\u0105 ja\u017a\u0144, w \u0141odzi pada "
        "deszcz i wiatr wieje mocno.\n",
    ),
    (
        "mac_latin2",
        "Za\u017c\u00f3\u0142\u0107 g\u0119\u015bl\u0105 ja\u017a\u0144, w \u0141odzi "
        "pada deszcz i wiatr wieje mocno.\n",
    ),
    (
        "koi8_r",
        "В Москве сегодня тепло и солнечно, сказали синоптики.\n",
    ),
    (
        "shift_jis",
        "今日はとても良い天気です。東京の街は人でいっぱいでした。\n",
    ),
]


@pytest.mark.parametrize("ends", ["\r", "\n"])
@pytest.mark.parametrize(("code_page", "text"), OTHER_CODE_PAGES)
def test_other_code_pages_keep_their_reading_whatever_their_line_ends(code_page, text, ends):
    data = (text.replace("\n", ends) * 2).encode(code_page)
    decoded, encoding = decode(data)
    assert encoding != "mac_roman" and decoded == data.decode(code_page)


def test_mac_roman_texts_and_an_excel_for_mac_table_through_the_run(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("french", "italian", "daggers"):
        body = " ".join(text_of(k) for k in range(3))
        (folder / f"{name}.txt").write_bytes((MAC_TEXTS[name] + body + "\r").encode("mac_roman"))
    rows = ["id,title,text"] + [
        f'{k},Perch\u00e9 {k},"Perch\u00e9 \u00e8 cos\u00ec? {text_of(k)} La citt\u00e0 \u00e8 '
        f'pi\u00f9 bella."'
        for k in range(3)
    ]
    (folder / "excel_mac.csv").write_bytes(("\r".join(rows) + "\r").encode("mac_roman"))
    out = tmp_path / "out"
    report, _ = run_counted(str(folder), "--out", str(out), "--skip", "dedup")
    assert report["counts"]["read"] == 6 and report["counts"]["kept"] == 6
    texts = [json.loads(line) for line in (out / "jsonl").glob("*.jsonl").__next__().open()]
    assert {row["encoding"] for row in texts} == {"mac_roman"}
    joined = " ".join(row["text"] + (row["title"] or "") for row in texts)
    assert "na\u00efve" in joined and "cos\u00ec" in joined and "Jones\u2021" in joined
    assert "\u0179" not in joined and "\u010f" not in joined  # Ź, ď: Mac Central European
    assert invoke("validate", str(out))[0].exit_code == 0


BODY = [text_of(k) + " " + text_of(k + 50) for k in range(3)]
HEADLINES = [f"Harbour reopens after the storm in district {k}" for k in range(3)]


def _parsehub(body_of, outer="selection1") -> dict:
    return {
        outer: [
            {"name": HEADLINES[k], "url": f"https://news.example/{k}", **body_of(k)}
            for k in range(3)
        ]
    }


# a ParseHub run's item: its headline under `name`, its body under the key the user gave
PARSEHUB_RUNS = {
    "body as text": _parsehub(lambda k: {"text": BODY[k]}),
    "body as body": _parsehub(lambda k: {"body": BODY[k]}),
    "body as description": _parsehub(lambda k: {"description": BODY[k]}),
    "nested selection": _parsehub(
        lambda k: {"selection2": [{"name": text_of(k)}, {"name": text_of(k + 50)}]}
    ),
    "nested selection, renamed": _parsehub(
        lambda k: {"paragraph": [{"name": text_of(k)}, {"name": text_of(k + 50)}]}, "article"
    ),
    "nested extraction": _parsehub(
        lambda k: {
            "selection2": [
                {"name": "paragraph", "text": text_of(k)},
                {"name": "paragraph", "text": text_of(k + 50)},
            ]
        }
    ),
}


@pytest.mark.parametrize("shape", sorted(PARSEHUB_RUNS))
def test_a_parsehub_item_s_name_is_its_title_and_its_body_its_text(tmp_path, shape):
    # the body was lost (read from `name`, the headline) or the item came out untitled
    path = tmp_path / "run_results.json"
    path.write_text(json.dumps(PARSEHUB_RUNS[shape]))
    docs = documents(read_all(path))
    assert [d.title for d in docs] == HEADLINES
    assert [" ".join(d.text.split()) for d in docs] == BODY
    assert [d.source for d in docs] == [f"https://news.example/{k}" for k in range(3)]


def test_a_name_column_of_a_scraper_s_table_and_lines_is_the_title(tmp_path):
    table = tmp_path / "data_miner.csv"
    with table.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Name", "Link", "Description"])
        writer.writerows([HEADLINES[k], f"https://news.example/{k}", BODY[k]] for k in range(3))
    lines = tmp_path / "scrape.jsonl"
    lines.write_text(
        "".join(
            json.dumps({"name": h, "content": b}) + "\n"
            for h, b in zip(HEADLINES, BODY, strict=True)
        )
    )
    for path in (table, lines):
        assert [d.title for d in documents(read_all(path))] == HEADLINES


@pytest.mark.parametrize(
    "row",
    [
        {"name": "Jane Roe", "text": BODY[0]},  # a writer's name
        {"name": "the real jane roe", "username": "janeroe", "text": BODY[0]},  # a handle's
        {"name": "review", "text": BODY[0]},  # a label
        {"name": HEADLINES[0], "title": "The title beside it", "text": BODY[0]},
        {"name": BODY[0], "text": BODY[0]},  # the text itself
    ],
)
def test_a_name_of_a_person_or_a_label_or_beside_a_title_is_no_title(tmp_path, row):
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps(row) + "\n")
    (doc,) = documents(read_all(path))
    assert doc.title == row.get("title") and doc.text == BODY[0]


def test_a_list_of_links_is_no_body_and_one_run_s_paragraphs_are_one_article(tmp_path):
    links = tmp_path / "links.json"  # related stories: each a link of its own, no body
    links.write_text(json.dumps(_parsehub(lambda k: {})))
    assert [d.text for d in documents(read_all(links))] == HEADLINES
    page = tmp_path / "page.json"  # one page's run: its title and paragraphs
    page.write_text(
        json.dumps(
            {"title": HEADLINES[0], "paragraphs": [{"name": t} for t in BODY[0].split(". ")]}
        )
    )
    (doc,) = documents(read_all(page))
    assert doc.title == HEADLINES[0] and text_of(50) in " ".join(doc.text.split())


@pytest.mark.parametrize("wrapper", ["article", "content", "story", "body", "articles"])
@pytest.mark.parametrize("shape", ["title and text", "name and url"])
def test_records_under_a_name_a_text_goes_by_are_read_a_record_each(tmp_path, wrapper, shape):
    # `{"article": [{"title": ..., "text": ...}, ...]}` was one document of the three texts
    if shape == "title and text":
        items = [
            {"title": HEADLINES[k], "text": BODY[k], "url": f"https://n.example/{k}"}
            for k in range(3)
        ]
    else:
        items = [
            {"name": HEADLINES[k], "url": f"https://n.example/{k}", "body": BODY[k]}
            for k in range(3)
        ]
    path = tmp_path / "items.json"
    path.write_text(json.dumps({wrapper: items}))
    docs = documents(read_all(path))
    assert [d.title for d in docs] == HEADLINES and [d.text for d in docs] == BODY


def test_an_article_s_blocks_under_content_stay_its_body(tmp_path):
    blocks = [{"type": "text", "content": text_of(k)} for k in range(3)]
    blocks.insert(1, {"type": "image", "url": "https://n.example/i.jpg"})
    path = tmp_path / "article.json"
    path.write_text(json.dumps({"title": HEADLINES[0], "content": blocks}))
    (doc,) = documents(read_all(path))
    assert doc.title == HEADLINES[0] and text_of(2) in doc.text


@pytest.mark.parametrize(
    "item",
    [
        lambda k: {
            "url": f"https://n.example/{k}",
            "article": {"title": HEADLINES[k], "paragraphs": [text_of(k), text_of(k + 50)]},
        },
        lambda k: {
            "meta": {"id": k},
            "story": {"headline": HEADLINES[k], "sentences": [text_of(k), text_of(k + 50)]},
        },
        lambda k: {
            "item": {
                "title": HEADLINES[k],
                "body_paragraphs": [{"text": text_of(k)}, {"text": text_of(k + 50)}],
            }
        },
    ],
)
def test_an_article_s_paragraphs_one_object_down_beside_its_title_are_read(tmp_path, item):
    # a Scrapy item's `getall()` in a nested object: the file was passed over, "no 'text' field"
    path = tmp_path / "items.json"
    path.write_text(json.dumps([item(k) for k in range(3)]))
    docs = documents(read_all(path))
    assert [d.title for d in docs] == HEADLINES
    assert [" ".join(d.text.split()) for d in docs] == BODY


def test_paragraph_lists_with_no_title_beside_them_are_not_guessed(tmp_path):
    path = tmp_path / "columns.json"
    path.write_text(
        json.dumps([{"part": {"sentences": [text_of(k), text_of(k + 50)]}} for k in range(3)])
    )
    assert not documents(read_all(path))


def test_scrapers_runs_through_the_cli(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for k, shape in enumerate(sorted(PARSEHUB_RUNS)):
        (folder / f"run{k}.json").write_text(json.dumps(PARSEHUB_RUNS[shape]))
    items = [{"title": HEADLINES[k], "text": BODY[k]} for k in range(3)]
    (folder / "wrapped.json").write_text(json.dumps({"story": items}))
    out = tmp_path / "out"
    report, _ = run_counted(str(folder), "--out", str(out))
    assert report["counts"]["read"] == 3 * len(PARSEHUB_RUNS) + 3
    assert not quarantined(read_all(folder))
    assert invoke("validate", str(out))[0].exit_code == 0


@pytest.mark.parametrize(
    ("row", "field"),
    [
        ({"id": 1, "content": None}, "content"),
        ({"id": 1, "article": None}, "article"),
        ({"id": 1, "data": {"article": None}}, "data.article"),
    ],
)
def test_a_row_whose_text_s_object_is_null_says_so(tmp_path, row, field):
    # "no 'text' or 'content.text' field (the row has 'content', 'id')": the row had it, null
    inner = field.split(".")[-1]
    good = {"id": 0}
    target = good
    for part in field.split(".")[:-1]:
        target = target.setdefault(part, {})
    target[inner] = {"text": BODY[0], "lang": "en"}
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps(good) + "\n" + json.dumps(row) + "\n")
    items = read_all(path)
    assert [d.text for d in documents(items)] == [BODY[0]]
    (held,) = quarantined(items)
    assert held.error == f"{field!r} is null, so the row has no '{field}.text'"


def _zip_bytes(members: dict[str, str], method: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=method) as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return buffer.getvalue()


ZIP_MEMBERS = {
    "a.txt": BODY[0],
    "b.jsonl": "".join(json.dumps({"text": text_of(k)}) + "\n" for k in range(40)),
    "c.txt": BODY[1],
    "d.jsonl": "".join(json.dumps({"text": text_of(k)}) + "\n" for k in range(100, 103)),
}


@pytest.mark.parametrize("method", ["stored", "deflated"])
@pytest.mark.parametrize("damaged", ["a.txt", "b.jsonl", "c.txt"])
def test_a_damaged_zip_member_is_named_and_the_others_are_read(tmp_path, method, damaged):
    # the damaged member's last records were "cut short" and every member after it was lost,
    # "could not read past member 0"
    kind = zipfile.ZIP_STORED if method == "stored" else zipfile.ZIP_DEFLATED
    data = bytearray(_zip_bytes(ZIP_MEMBERS, kind))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo(damaged)
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[start + info.compress_size // 2] ^= 0x55  # a bit flipped in the middle of its bytes
    path = tmp_path / "news.zip"
    path.write_bytes(bytes(data))
    items = read_all(path)
    (held,) = quarantined(items)
    assert held.file == f"{path}/{damaged}" and held.kind == "unreadable"
    assert "damaged" in held.error and "other members are" in held.error
    expected = {
        "a.txt": [BODY[0]],
        "b.jsonl": [text_of(k) for k in range(40)],
        "c.txt": [BODY[1]],
        "d.jsonl": [text_of(k) for k in range(100, 103)],
    }
    del expected[damaged]
    assert [d.text for d in documents(items)] == [t for texts in expected.values() for t in texts]


@pytest.mark.parametrize("kept", [0.3, 0.6, 0.95])
def test_a_zip_cut_short_is_one_truncated_record_not_advice_to_unpack_it(tmp_path, kept):
    data = _zip_bytes(ZIP_MEMBERS, zipfile.ZIP_DEFLATED)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "news.zip").write_bytes(data[: int(len(data) * kept)])
    (folder / "other.txt").write_text(BODY[2])
    items = read_all(folder)
    (held,) = quarantined(items)
    assert (
        held.kind == "truncated"
        and "zip cut short" in held.error
        and "fetch it again" in held.error
    )
    out = tmp_path / "out"
    report, _ = run_counted(str(folder), "--out", str(out))
    assert report["counts"]["read"] == 2 and report["counts"]["quarantined"] == 1
    assert invoke("validate", str(out))[0].exit_code == 0


PAGE_PARAGRAPHS = [{"name": text_of(k)} for k in range(4)]


@pytest.mark.parametrize(
    ("page", "title"),
    [
        ({"title": [{"name": HEADLINES[0]}], "paragraphs": PAGE_PARAGRAPHS}, HEADLINES[0]),
        ({"headline": [{"name": HEADLINES[0]}], "body": PAGE_PARAGRAPHS}, HEADLINES[0]),
        ({"selection1": [{"name": HEADLINES[0]}], "selection2": PAGE_PARAGRAPHS}, None),
        ({"paragraphs": PAGE_PARAGRAPHS, "date": [{"name": "1 March 2024"}]}, None),
    ],
)
@pytest.mark.parametrize("indent", [None, 2])
def test_a_parsehub_run_over_one_page_is_one_article(tmp_path, page, title, indent):
    # passed over, advice `--text-field name`: the headline and each paragraph a document
    path = tmp_path / "run_results.json"
    path.write_text(json.dumps(page, indent=indent))
    (doc,) = documents(read_all(path))
    assert doc.title == title
    assert doc.text.split("\n\n") == [p["name"] for p in PAGE_PARAGRAPHS]


def test_one_page_runs_a_line_each_keep_their_titles(tmp_path):
    page = {"title": [{"name": HEADLINES[0]}], "paragraphs": PAGE_PARAGRAPHS}
    path = tmp_path / "runs.jsonl"
    path.write_text(json.dumps(page) + "\n" + json.dumps(page) + "\n")
    assert [d.title for d in documents(read_all(path))] == [HEADLINES[0]] * 2


@pytest.mark.parametrize(
    "value",
    [
        {"headlines": [{"name": h} for h in HEADLINES]},  # a list of headlines: records
        {"a": PAGE_PARAGRAPHS, "b": PAGE_PARAGRAPHS},  # two bodies: not guessed
        {"reviews": PAGE_PARAGRAPHS},  # a list alone: its records
        {"title": [{"name": HEADLINES[0]}], "links": [{"name": h, "url": "u"} for h in HEADLINES]},
    ],
)
def test_objects_of_other_selection_lists_are_no_page(tmp_path, value):
    path = tmp_path / "run_results.json"
    path.write_text(json.dumps(value, indent=2))
    assert len(documents(read_all(path))) != 1


def _rtf_bytes(text: str, encoding: str) -> str:
    return "".join(ch if ord(ch) < 128 else f"\\'{ch.encode(encoding)[0]:02x}" for ch in text)


RTF_TEXT = (
    "Caf\u00e9 cr\u00e8me, the na\u00efve visitor\u2019s \u201cguide\u201d \u2014 Fran\u00e7oise."
)


@pytest.mark.parametrize(
    ("header", "encoding", "text"),
    [
        ("{\\rtf1\\mac\\ansicpg10000\\cocoartf102", "mac_roman", RTF_TEXT),  # old TextEdit
        ("{\\rtf1\\mac\\deff0", "mac_roman", RTF_TEXT),  # classic Mac OS: no code page
        (
            "{\\rtf1\\mac\\ansicpg10029",
            "mac_latin2",
            "Za\u017c\u00f3\u0142\u0107 g\u0119\u015bl\u0105",
        ),
        (
            "{\\rtf1\\mac\\ansicpg10007",
            "mac_cyrillic",
            "\u0412 \u041c\u043e\u0441\u043a\u0432\u0435",
        ),
        ("{\\rtf1\\pc\\deff0", "cp437", "Caf\u00e9 cr\u00e8me \u2502 \u00e7a va"),  # DOS
        ("{\\rtf1\\ansi\\ansicpg1252\\deff0", "cp1252", RTF_TEXT),  # as before
        ("{\\rtf1\\ansi\\deff0", "cp1252", RTF_TEXT),
    ],
)
def test_an_rtf_file_s_bytes_are_read_in_its_code_page(tmp_path, header, encoding, text):
    # a Mac's `\ansicpg10000` is no code page Python names by number: read as Windows-1252
    path = tmp_path / "note.rtf"
    body = _rtf_bytes(text, encoding)
    path.write_text(header + "\n{\\fonttbl\\f0\\fswiss Helvetica;}\n\\f0\\fs24 " + body + "}")
    (doc,) = documents(read_all(path))
    assert doc.text == text


@pytest.mark.parametrize("ends", ["\r", "\n"])
def test_classic_mac_files_of_no_extension_are_said_to_hold_text(tmp_path, ends):
    # Mac Roman's letters are no UTF-8: the run passed them over with no advice
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("Council story", "Harbour notes", "Caf\u00e9 review"):
        text = (MAC_TEXTS["french"] + MAC_TEXTS["italian"]) * 20
        (folder / name).write_bytes(text.replace("\r", ends).encode("mac_roman"))
    (folder / "Resource").write_bytes(b"\x00\x05\x16\x07" + bytes(range(256)) * 4)  # a fork
    result, said = invoke("run", str(folder), "--out", str(tmp_path / "out"))
    assert result.exit_code != 0
    assert "3 file(s) with no extension hold text and were not read" in " ".join(said.split())


ZH = (
    "市议会周二批准了新的交通预算，此前经过了一个下午的辩论。"
    "官员表示，该计划将资助两条有轨电车线路，并修复城市中较旧的桥梁{}。"
)
JA = (
    "市議会は火曜日、午後いっぱい続いた議論の末に新しい交通予算を承認した。"
    "当局者によると、この計画は路面電車二路線に充てられる{}。"
)
TH = "สภาเมืองอนุมัติงบประมาณการขนส่งใหม่เมื่อวันอังคารหลังจากการอภิปรายที่ยาวนานตลอดบ่ายวันนั้นครั้งที่{}"


@pytest.mark.parametrize("article", [ZH, JA, TH], ids=["chinese", "japanese", "thai"])
@pytest.mark.parametrize(
    "shape",
    [
        lambda t, k: {"title": f"新闻{k}", "content": t},  # a known name
        lambda t, k: {"headline": f"新闻{k}", "body": t, "url": f"https://n.example/{k}"},
        lambda t, k: {"标题": f"新闻{k}", "正文内容": t},  # a column of its own name: its prose
    ],
)
def test_records_of_a_script_written_without_spaces_are_read(tmp_path, article, shape):
    # one word to `split`: quarantined as "ids, hashes ... or one-word codes, no text"
    texts = [article.format(k) for k in range(3)]
    path = tmp_path / "scrape.jsonl"
    path.write_text(
        "".join(json.dumps(shape(t, k), ensure_ascii=False) + "\n" for k, t in enumerate(texts))
    )
    items = read_all(path)
    assert [d.text for d in documents(items)] == texts and not quarantined(items)


@pytest.mark.parametrize(
    ("encoding", "header", "title", "article"),
    [
        ("gbk", "标题,内容,链接", "新闻", ZH),  # Octoparse's Chinese edition: read as cp949
        (
            "big5",
            "標題,內容,連結",
            "新聞",
            "市議會週二批准了新的交通預算，此前經過了一個下午的辯論{}。",
        ),
        ("shift_jis", "タイトル,本文,URL", "新聞", JA),
        ("utf-8", "标题,内容,链接", "新闻", ZH),
    ],
)
def test_a_table_of_such_articles_in_its_code_page_is_read_with_its_titles(
    tmp_path, encoding, header, title, article
):
    texts = [article.format(k) for k in range(3)]
    rows = [header] + [f"{title}{k},{t},https://n.example/{k}" for k, t in enumerate(texts)]
    path = tmp_path / "task.csv"
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode(encoding))
    docs = documents(read_all(path))
    assert [d.text for d in docs] == texts
    assert [d.title for d in docs] == [f"{title}{k}" for k in range(3)]


def test_apify_s_record_of_a_failed_page_says_so(tmp_path):
    # advised `--text-field '#debug.errorMessages'`, which reads the error as a document
    rows = [
        {
            "#error": False,
            "#debug": {"requestId": "a"},
            "url": "https://n.example/0",
            "text": BODY[0],
        },
        {
            "#error": True,
            "#debug": {"requestId": "b", "errorMessages": ["Navigation timed out after 60 s"]},
            "url": "https://n.example/1",
        },
    ]
    path = tmp_path / "dataset.json"
    path.write_text(json.dumps(rows))
    items = read_all(path)
    (held,) = quarantined(items)
    assert "failed on" in held.error and "Navigation timed out after 60 s" in held.error
    assert "--text-field" not in held.error and [d.text for d in documents(items)] == [BODY[0]]


@pytest.mark.parametrize(
    ("value", "token"),
    [
        (ZH.format(0), False),  # a sentence with a number, no space: the advice's text
        (JA.format(7), False),
        ("文章123", True),  # a code's label and its number
        ("b3f1c2", True),
        ("https://n.example/1", True),
    ],
)
def test_a_sentence_of_an_unspaced_script_with_a_number_is_no_code(value, token):
    from curate.io.id_text_rows import is_token

    assert is_token(value) is token
