"""A newcomer's own data, third round: inputs in the shapes people have them (legacy Chinese
code pages, press releases, several dataset splits, spreadsheet exports), end to end through
the command line where the defect showed there."""

import json

import pytest

from curate.publish.validate import validate_folder
from curate.stages.language import LanguageLabeler
from tests.test_newcomer_inputs import invoke

# Traditional Chinese news copy (Taiwan), no Hangul, no kana
TAIWAN = (
    "颱風今天清晨在花蓮登陸，中央氣象局表示，全台各地將有豪雨，民眾應避免前往山區與海邊。"
    "交通部已宣布部分鐵路停駛，學校停課一天。\n\n"
    "行政院長表示，政府將持續關注物價變化，必要時採取措施穩定民生。經濟部統計處今日發布外銷訂單"
    "統計，十月外銷訂單金額為五百億美元，年增百分之三點五，連續第四個月正成長。"
)
# the same kind of copy in Simplified characters (Xinhua, trafilatura's evaluation pages)
MAINLAND = (
    "一个约定，信守15年，感人至深；一段真情，延续15年，催人泪下。6月3日上午，话剧《约定无期限》"
    "全省各市巡演活动来到张家口。话剧结尾，当扮演河北农大果树93(01)班毕业生的全体演员喊出铿锵"
    "誓言时，全场响起经久不息的掌声，许多观众流下感动的泪水。"
)
KOREAN = (
    "서울 시내 주요 도로가 출근길 폭설로 큰 혼잡을 빚었다. 기상청은 오늘 오후까지 최대 "
    "10센티미터의 눈이 더 내릴 것으로 예보했다."
)
JAPANESE = (
    "子どもへの虐待をなくすための法律ができて、親が子どもを教育するために、"
    "体を叩いたりすることを禁止することになりました。"
)


def kept_rows(out):
    rows = []
    for path in sorted((out / "jsonl").glob("*.jsonl")):
        rows += [json.loads(line) for line in path.open(encoding="utf-8")]
    return {row["id"]: row for row in rows}


@pytest.mark.parametrize(
    "text, lang",
    [
        (TAIWAN, "zh-tw"),
        (TAIWAN.split("\n\n")[1], "zh-tw"),
        (MAINLAND, "zh-cn"),
        (KOREAN, "ko"),
        (JAPANESE, "ja"),
    ],
    ids=["taiwan", "taiwan-2nd-paragraph", "mainland", "korean", "japanese"],
)
def test_chinese_korean_and_japanese_are_told_apart_by_their_script(text, lang):
    # langdetect folds Han characters into classes: Traditional Chinese came out `ko`
    assert LanguageLabeler().detect(text)[0] == lang


def test_a_big5_txt_and_html_of_traditional_chinese_are_read_and_labelled_zh_tw(tmp_path):
    # the last round's report: Big5 Chinese became `ko`
    news = tmp_path / "news"
    news.mkdir()
    (news / "typhoon.txt").write_bytes(TAIWAN.encode("big5"))
    body = TAIWAN.replace("\n\n", "</p><p>")
    page = f"<html><head><title>颱風登陸</title></head><body><article><p>{body}</p></article>"
    (news / "prices.html").write_bytes(page.encode("big5"))
    (news / "xinhua.txt").write_bytes(MAINLAND.encode("gbk"))
    out = tmp_path / "out"
    result, text = invoke("run", news, "--out", out, "--workers", "1", "--skip", "dedup")
    assert result.exit_code == 0, text
    rows = kept_rows(out)
    assert rows["typhoon"]["text"] == TAIWAN and rows["typhoon"]["encoding"] == "big5"
    assert rows["xinhua"]["text"] == MAINLAND and rows["xinhua"]["encoding"] == "gb18030"
    assert {rid: row["lang"] for rid, row in rows.items()} == {
        "typhoon": "zh-tw",
        "prices": "zh-tw",
        "xinhua": "zh-cn",
    }
    assert validate_folder(out) == []


RELEASE = (
    "FOR IMMEDIATE RELEASE\n\n"
    "City of Springfield Announces $14 Million Road Repair Plan\n\n"
    "The City Council voted 7-2 on Tuesday to approve a $14 million budget for road repairs, "
    "ending months of debate over how to fix the potholes that residents have complained about "
    "since the winter.\n\n"
    "Council member Maria Lopez, who sponsored the measure, said the money would pay for "
    "resurfacing 40 miles of streets over the next two years. Opponents argued that the plan "
    "relies too heavily on borrowing and will cost residents more over time.\n"
)


@pytest.mark.parametrize(
    "slug",
    [
        "FOR IMMEDIATE RELEASE",
        "For Immediate Release: March 3, 2024",
        "PRESS RELEASE",
        "EMBARGOED UNTIL 00:01 GMT 5 MARCH 2024",
    ],
)
def test_a_press_release_slug_is_no_title(tmp_path, slug):
    # "FOR IMMEDIATE RELEASE" was the title, the headline left as the text's first line
    news = tmp_path / "news"
    news.mkdir()
    (news / "release.txt").write_text(RELEASE.replace("FOR IMMEDIATE RELEASE", slug), "utf-8")
    out = tmp_path / "out"
    result, text = invoke("run", news, "--out", out, "--workers", "1")
    assert result.exit_code == 0, text
    row = kept_rows(out)["release"]
    assert row["title"] == "City of Springfield Announces $14 Million Road Repair Plan"
    assert row["text"].startswith("The City Council voted 7-2")
    removed = [e["before"].strip() for e in row["edits"] if e["stage"] == "boilerplate"]
    assert slug in removed


def _articles(count):
    """Distinct news-like rows, long enough to be kept (test_newcomer_fields.article)."""
    from tests.test_newcomer_fields import article

    return [{"id": f"a{n}", "text": article(n)} for n in range(count)]


def _source_splits(out):
    return sorted({row["source"].split("/")[-2] for row in kept_rows(out).values()})


def _dataset_dict(tmp_path, rows):
    from datasets import Dataset, DatasetDict

    folder = tmp_path / "news_dd"
    DatasetDict(
        {
            "train": Dataset.from_list(rows[:3]),
            "validation": Dataset.from_list(rows[3:5]),
            "test": Dataset.from_list(rows[5:]),
        }
    ).save_to_disk(str(folder))
    return folder


def test_a_saved_dataset_dict_says_its_splits_are_merged_and_split_reads_one(tmp_path):
    # DatasetDict.save_to_disk: train, validation and test were read into one dataset silently
    folder = _dataset_dict(tmp_path, _articles(6))
    out = tmp_path / "all"
    result, text = invoke("run", folder, "--out", out, "--workers", "1")
    assert result.exit_code == 0, text
    assert "3 splits, train (1 file), validation (1 file), test (1 file)" in text
    assert "--split train reads only that one" in text
    assert len(kept_rows(out)) == 6
    out = tmp_path / "test"
    result, text = invoke("run", folder, "--out", out, "--workers", "1", "--split", "test")
    assert result.exit_code == 0, text
    assert "splits" not in text
    assert sorted(kept_rows(out)) == ["a5"] and _source_splits(out) == ["test"]
    import yaml

    recipe = yaml.safe_load((out / "recipe.yaml").read_text(encoding="utf-8"))
    assert recipe["reader"]["split"] == ["test"]
    assert validate_folder(out) == []
    result, text = invoke("run", folder, "--out", tmp_path / "dev", "--split", "dev")
    assert result.exit_code == 2  # a bad command line: nothing was done
    assert "dev not in the input; its splits are train, validation, test" in text


def test_hub_split_files_are_read_by_split(tmp_path):
    # data/train-00000-of-00001.parquet and data/test-00000-of-00001.parquet, as the Hub has them
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = _articles(5)
    data = tmp_path / "hub" / "data"
    data.mkdir(parents=True)
    pq.write_table(pa.Table.from_pylist(rows[:3]), data / "train-00000-of-00001.parquet")
    pq.write_table(pa.Table.from_pylist(rows[3:]), data / "test-00000-of-00001.parquet")
    out = tmp_path / "out"
    result, text = invoke("run", tmp_path / "hub", "--out", out, "--workers", "1")
    assert result.exit_code == 0, text
    assert "2 splits, train (1 file), test (1 file)" in text
    out = tmp_path / "train"
    result, text = invoke("run", tmp_path / "hub", "--out", out, "--split", "train")
    assert result.exit_code == 0, text
    assert sorted(kept_rows(out)) == ["a0", "a1", "a2"]


def test_split_files_side_by_side_are_splits_and_a_lone_test_file_is_not(tmp_path):
    folder = tmp_path / "kaggle"
    folder.mkdir()
    rows = _articles(4)
    for name, part in (("train.jsonl", rows[:2]), ("validation.jsonl", rows[2:3])):
        (folder / name).write_text("".join(json.dumps(r) + "\n" for r in part), "utf-8")
    out = tmp_path / "out"
    result, text = invoke("run", folder, "--out", out, "--split", "validation")
    assert result.exit_code == 0, text
    assert sorted(kept_rows(out)) == ["a2"]
    alone = tmp_path / "alone"
    alone.mkdir()
    (alone / "test.jsonl").write_text(json.dumps(rows[3]) + "\n", "utf-8")
    result, text = invoke("run", alone, "--out", tmp_path / "out2")
    assert result.exit_code == 0, text
    assert "splits" not in text


@pytest.mark.parametrize(
    "header, row",
    [
        ("id, title, text", 'a1, "Budget vote", "{text}"'),  # typed by hand
        ("ID,Title,Text", 'a1,Budget vote,"{text}"'),  # Excel, Kaggle
        ("Id;Title;TEXT", 'a1;Budget vote;"{text}"'),  # Excel in European settings
    ],
    ids=["spaces", "capitals", "semicolons-capitals"],
)
def test_a_table_whose_header_spells_the_fields_otherwise_is_read(tmp_path, header, row):
    # the whole file was passed over as holding no 'text' column (" text", "Text")
    from tests.test_newcomer_inputs import ARTICLE

    folder = tmp_path / "sheets"
    folder.mkdir()
    body = row.format(text=ARTICLE)
    (folder / "export.csv").write_bytes(f"\ufeff{header}\r\n{body}\r\n".encode())
    out = tmp_path / "out"
    result, text = invoke("run", folder, "--out", out, "--workers", "1")
    assert result.exit_code == 0, text
    rows = kept_rows(out)
    assert list(rows) == ["a1"]
    assert rows["a1"]["title"] == "Budget vote" and rows["a1"]["text"] == ARTICLE


def test_a_header_with_the_exact_name_keeps_it_and_two_spellings_guess_nothing():
    from curate.io.table_header import table_header

    assert table_header(["Text", "text"], ["text"]) == ["Text", "text"]
    assert table_header(["TEXT", "Text"], ["text"]) == ["TEXT", "Text"]
    assert table_header([" Body ", "URL"], ["body"]) == ["body", "url"]


def test_records_wrapped_in_an_api_response_are_read(tmp_path):
    # {"status": "ok", "articles": [...]} (NewsAPI), {"data": [...]}: passed over as one object
    rows = _articles(4)
    folder = tmp_path / "api"
    folder.mkdir()
    response = {"status": "ok", "totalResults": 2, "articles": rows[:2]}
    (folder / "newsapi.json").write_text(json.dumps(response), "utf-8")
    (folder / "export.json").write_text(json.dumps({"data": rows[2:]}, indent=2), "utf-8")
    (folder / "meta.json").write_text(json.dumps({"crawl": "2024-05", "pages": 4}), "utf-8")
    out = tmp_path / "out"
    result, text = invoke("run", folder, "--out", out, "--workers", "1")
    assert result.exit_code == 0, text
    assert sorted(kept_rows(out)) == ["a0", "a1", "a2", "a3"]
    assert "skipped: 1 not read (.json 1)" in text  # meta.json is still no document


def test_a_wrapped_response_without_the_text_field_names_the_field_of_its_records(tmp_path):
    folder = tmp_path / "api"
    folder.mkdir()
    articles = [{"title": "Budget", "page_text": row["text"]} for row in _articles(2)]
    (folder / "newsapi.json").write_text(json.dumps({"articles": articles}), "utf-8")
    (folder / "budget.txt").write_text(_articles(3)[2]["text"], "utf-8")
    result, text = invoke("run", folder, "--out", tmp_path / "out", "--workers", "1")
    assert result.exit_code == 0, text
    # since session 30 its records' one column of prose is read (io.prose_columns): named
    assert "2 document(s) read from field 'page_text'" in " ".join(text.split())


@pytest.mark.parametrize("name", ["dump.json", "dump.jsonl"])
def test_objects_printed_over_many_lines_one_after_another_are_records(tmp_path, name):
    # `jq '.[]' dump.json > out.json`: the .json was quarantined whole ("Extra data"), the
    # .jsonl line by line (four quarantine records a record, none read)
    rows = _articles(3)
    folder = tmp_path / "jq"
    folder.mkdir()
    (folder / name).write_text("".join(json.dumps(r, indent=2) + "\n" for r in rows), "utf-8")
    out = tmp_path / "out"
    result, text = invoke("run", folder, "--out", out, "--workers", "1")
    assert result.exit_code == 0, text
    assert sorted(kept_rows(out)) == ["a0", "a1", "a2"]
    assert not (out / "quarantine.jsonl").exists() or not (out / "quarantine.jsonl").read_text()


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
def test_a_nested_text_field_is_named_by_its_path_and_read(tmp_path, suffix):
    # {"id": ..., "article": {"title": ..., "text": ...}}: the hint said to read 'id' as the
    # text, and no --text-field could reach article.text
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [
        {"id": r["id"], "article": {"title": "Hearing", "text": r["text"]}} for r in _articles(2)
    ]
    folder = tmp_path / "mongo"
    folder.mkdir()
    path = folder / f"export{suffix}"
    if suffix == ".jsonl":
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    else:
        pq.write_table(pa.Table.from_pylist(rows), path)
    result, text = invoke("run", folder, "--out", tmp_path / "out", "--workers", "1")
    assert result.exit_code == 0, text
    assert "--text-field id" not in text
    # since session 21 the one nested text is read unasked (io.nested_text)
    assert sorted(kept_rows(tmp_path / "out")) == [r["id"] for r in rows]
    out = tmp_path / "read"
    result, text = invoke(
        "run", folder, "--out", out, "--workers", "1", "--text-field", "article.text"
    )
    assert result.exit_code == 0, text
    assert {rid: row["text"] for rid, row in kept_rows(out).items()} == {
        r["id"]: r["article"]["text"] for r in rows
    }


@pytest.mark.parametrize("suffix", [".bz2", ".xz"])
def test_bzip2_and_xz_compressed_inputs_are_read_and_a_cut_stream_says_where(tmp_path, suffix):
    # dump.jsonl.bz2, articles.csv.xz, story.txt.xz: passed over as '.bz2 1', '.xz 1'
    import bz2
    import lzma

    compress = bz2.compress if suffix == ".bz2" else lzma.compress
    rows = _articles(4)
    folder = tmp_path / "dumps"
    folder.mkdir()
    lines = "".join(json.dumps(r) + "\n" for r in rows[:2]).encode()
    (folder / f"dump.jsonl{suffix}").write_bytes(compress(lines))
    table = 'id,text\na2,"' + rows[2]["text"] + '"\n'
    (folder / f"table.csv{suffix}").write_bytes(compress(table.encode()))
    (folder / f"a3.txt{suffix}").write_bytes(compress(rows[3]["text"].encode()))
    out = tmp_path / "out"
    result, text = invoke("run", folder, "--out", out, "--workers", "1")
    assert result.exit_code == 0, text
    assert sorted(kept_rows(out)) == ["a0", "a1", "a2", "a3"]
    assert "skipped" not in text
    many = "".join(json.dumps({"id": f"r{n}", "text": f"word{n} " * 60}) + "\n" for n in range(500))
    whole = compress(many.encode())
    (folder / f"cut.jsonl{suffix}").write_bytes(whole[: len(whole) // 2])
    result, text = invoke("run", folder, "--out", tmp_path / "cut", "--workers", "1")
    assert result.exit_code == 0, text
    quarantine = (tmp_path / "cut" / "quarantine.jsonl").read_text(encoding="utf-8")
    (record,) = [json.loads(line) for line in quarantine.splitlines()]
    assert record["kind"] == "truncated" and record["file"].endswith(f"cut.jsonl{suffix}")


PAGE = (
    "<!DOCTYPE html>\n<html><head><title>Council approves road budget</title></head><body>"
    "<nav><a href='/'>Home</a></nav><article><h1>Council approves road budget</h1>"
    "<p>{text}</p></article><footer>Contact us</footer></body></html>"
)


def test_pages_of_a_mirrored_site_are_read_whatever_their_names(tmp_path):
    # wget --mirror keeps a site's names: every page was skipped, and the run stopped with
    # "no readable input files under site"
    from tests.test_newcomer_inputs import ARTICLE, STORM

    site = tmp_path / "site"
    (site / "news" / "2024").mkdir(parents=True)
    (site / "news" / "2024" / "budget").write_text(PAGE.format(text=ARTICLE), "utf-8")
    (site / "news" / "story.php?id=5").write_text(PAGE.format(text=STORM), "utf-8")
    (site / "robots").write_text("User-agent: *\nDisallow:\n", "utf-8")  # no page: skipped
    (site / "style.css").write_text("body { color: red }", "utf-8")
    out = tmp_path / "out"
    result, text = invoke("run", site, "--out", out, "--workers", "1")
    assert result.exit_code == 0, text
    rows = kept_rows(out)
    assert sorted(rows) == ["news/2024/budget", "news/story.php?id=5"]
    assert rows["news/2024/budget"]["text"].startswith("The city council voted 7-2")
    assert rows["news/2024/budget"]["title"] == "Council approves road budget"
    assert "skipped: 2 not read" in text


def test_a_folder_of_files_curate_cannot_read_says_what_each_kind_needs(tmp_path):
    # "error: no readable input files under office", and nothing more
    office = tmp_path / "office"
    office.mkdir()
    for name in ("articles.xlsx", "scrape.zip", "report.pdf"):
        (office / name).write_bytes(b"PK\x03\x04" if name.endswith(("xlsx", "zip")) else b"%PDF")
    result, text = invoke("run", office, "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert "3 file(s) of other kinds passed over (.pdf 1, .xlsx 1, .zip 1)" in text
    assert "articles.xlsx: a spreadsheet: save it as CSV UTF-8" in text
    assert "scrape.zip: an archive: unpack it" in text
    assert "report.pdf: a document format: convert it to .txt" in text


def test_a_tsv_whose_quotes_are_text_keeps_its_rows_and_quote_marks(tmp_path):
    # a database's TSV does not quote: a cell opening with a quote lost its quote marks, and
    # one whose quote closes two rows down swallowed the row between (documents lost)
    from tests.test_newcomer_inputs import ARTICLE, STORM

    third = _articles(1)[0]["text"]
    lines = [
        "id\ttext",
        f'q1\t"Our residents deserve safe streets," Lopez said. {ARTICLE}',
        f'q2\t"Breaking: {STORM}',
        f"q3\t{third}",
        f'q4\tThe reply came later," the mayor said. {ARTICLE.lower()}',
    ]
    folder = tmp_path / "db"
    folder.mkdir()
    (folder / "export.tsv").write_text("\n".join(lines) + "\n", "utf-8")
    out = tmp_path / "out"
    result, text = invoke("run", folder, "--out", out, "--workers", "1", "--skip", "dedup")
    assert result.exit_code == 0, text
    rows = kept_rows(out)
    assert sorted(rows) == ["q1", "q2", "q3", "q4"]
    assert rows["q1"]["text"].startswith('"Our residents deserve safe streets," Lopez said.')
    assert rows["q2"]["text"].startswith('"Breaking: A powerful storm')


def test_a_quoted_tsv_is_still_read_as_quoted():
    from curate.io.table_header import quotes_are_text

    quoted = ["id\ttext\n", 'a\t"He said ""yes"" and left."\n', 'b\t"two\n', 'lines"\n']
    assert not quotes_are_text(iter(quoted))
    assert quotes_are_text(iter(["id\ttext\n", 'a\t"Yes," he said.\n']))


def test_files_whose_lines_end_in_a_carriage_return_alone_are_read_by_line(tmp_path):
    # Excel's "CSV (Macintosh)": the header ran into the rows and the file was passed over as
    # having no text column; `--sample-by line` made one document of three lines
    rows = _articles(3)
    folder = tmp_path / "mac"
    folder.mkdir()
    table = "id,title,text\r" + "".join(f'{r["id"]},Hearing,"{r["text"]}"\r' for r in rows)
    (folder / "export.csv").write_bytes(table.encode("utf-8"))
    out = tmp_path / "out"
    result, text = invoke("run", folder, "--out", out, "--workers", "1")
    assert result.exit_code == 0, text
    assert {rid: row["text"] for rid, row in kept_rows(out).items()} == {
        r["id"]: r["text"] for r in rows
    }
    lines = tmp_path / "lines"
    lines.mkdir()
    (lines / "corpus.txt").write_bytes("\r".join(r["text"] for r in rows).encode("utf-8"))
    out = tmp_path / "by_line"
    result, text = invoke("run", lines, "--out", out, "--workers", "1", "--sample-by", "line")
    assert result.exit_code == 0, text
    assert sorted(row["text"] for row in kept_rows(out).values()) == sorted(r["text"] for r in rows)


def test_a_first_line_longer_than_one_piece_still_shows_its_line_ends(tmp_path):
    from curate.io.line_ends import HEAD_BYTES, cr_only_file

    long_line = "word " * (HEAD_BYTES // 2)
    (tmp_path / "cr.txt").write_bytes(f"{long_line}\rsecond\r".encode())
    (tmp_path / "crlf.txt").write_bytes(f"{long_line}\r\nsecond\r\n".encode())
    (tmp_path / "lf.txt").write_bytes(f"{long_line}\nsecond\r".encode())
    assert cr_only_file(tmp_path / "cr.txt")
    assert not cr_only_file(tmp_path / "crlf.txt") and not cr_only_file(tmp_path / "lf.txt")


@pytest.mark.parametrize("date", ["March 3, 2024", "3 March 2024"])
def test_a_press_release_dateline_dates_it_and_credits_no_one(date):
    # "SPRINGFIELD, Ill. (March 3, 2024) – ...": the date in brackets became the credit
    from curate.document import Document
    from curate.stages.metadata import BylineExtractor

    text = f"SPRINGFIELD, Ill. ({date}) – " + RELEASE.split("\n\n", 2)[2]
    doc = BylineExtractor().process(Document(id="r", text=text))
    assert doc.labels["published"] == "2024-03-03"
    assert doc.labels["credit"] is None and doc.labels["dateline"] == "Springfield, Ill."
    assert doc.text.startswith("The City Council voted")


def test_excels_sep_line_names_the_delimiter_and_is_no_header(tmp_path):
    # "sep=;" first, for Excel to open the file right: the file was passed over with 'sep=;'
    # as its header
    rows = _articles(2)
    folder = tmp_path / "excel"
    folder.mkdir()
    body = "".join(f'{r["id"]};Hearing;"{r["text"]}"\r\n' for r in rows)
    (folder / "export.csv").write_bytes(f"\ufeffsep=;\r\nid;title;text\r\n{body}".encode())
    out = tmp_path / "out"
    result, text = invoke("run", folder, "--out", out, "--workers", "1")
    assert result.exit_code == 0, text
    assert {rid: row["text"] for rid, row in kept_rows(out).items()} == {
        r["id"]: r["text"] for r in rows
    }


def test_a_json_array_saved_as_jsonl_and_a_quoted_pattern_are_read(tmp_path):
    # json.dump(rows) into a .jsonl: one quarantine record ('a line must be a JSON object');
    # "data/*.jsonl" in quotes (or from Windows): 'no such file or directory'
    rows = _articles(3)
    data = tmp_path / "data"
    data.mkdir()
    (data / "part1.jsonl").write_text(json.dumps(rows[:2]), "utf-8")
    (data / "part2.jsonl").write_text(json.dumps(rows[2]) + "\n", "utf-8")
    (data / "notes.txt").write_text("not an input of this run", "utf-8")
    out = tmp_path / "out"
    result, text = invoke("run", str(data / "*.jsonl"), "--out", out, "--workers", "1")
    assert result.exit_code == 0, text
    assert sorted(kept_rows(out)) == ["a0", "a1", "a2"]
    result, text = invoke("run", str(data / "*.csv"), "--out", tmp_path / "none")
    assert result.exit_code == 2 and "the pattern matches no file" in text


@pytest.mark.parametrize("name", ["article_123.txt", "article_124.txt.gz"])
def test_a_page_source_saved_as_txt_is_read_as_a_page(tmp_path, name):
    # a scraper that wrote each response's body to a .txt: a document of markup, titled
    # "<!DOCTYPE html>"
    import gzip

    from tests.test_newcomer_inputs import ARTICLE

    folder = tmp_path / "scrape"
    folder.mkdir()
    page = PAGE.format(text=ARTICLE).encode()
    (folder / name).write_bytes(gzip.compress(page) if name.endswith(".gz") else page)
    out = tmp_path / "out"
    result, text = invoke("run", folder, "--out", out, "--workers", "1")
    assert result.exit_code == 0, text
    (row,) = kept_rows(out).values()
    assert row["title"] == "Council approves road budget"
    assert row["text"].startswith("The city council voted 7-2") and "<" not in row["text"]


def test_a_rows_text_that_is_a_whole_page_is_read_as_a_page(tmp_path):
    # {"text": "<!DOCTYPE html>..."}: the response body stored as the text was kept as markup
    from tests.test_newcomer_inputs import ARTICLE

    folder = tmp_path / "rows"
    folder.mkdir()
    rows = [{"id": "p1", "text": PAGE.format(text=ARTICLE)}, {"id": "p2", "text": ARTICLE}]
    (folder / "bodies.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    out = tmp_path / "out"
    result, text = invoke("run", folder, "--out", out, "--workers", "1", "--skip", "dedup")
    assert result.exit_code == 0, text
    rows = kept_rows(out)
    assert rows["p1"]["title"] == "Council approves road budget"
    assert rows["p1"]["text"] == rows["p2"]["text"]


@pytest.mark.parametrize("orient", ["columns", "index", "split", "table"])
def test_a_dataframe_saved_with_pandas_to_json_is_read_a_row_each(tmp_path, orient):
    # df.to_json("articles.json") writes a column each: one quarantine record ('text' must
    # be a string, got dict) for the whole table; orient="index" and "split" were passed over
    import pandas as pd

    rows = _articles(3)
    folder = tmp_path / "frames"
    folder.mkdir()
    pd.DataFrame(rows).to_json(folder / "articles.json", orient=orient)
    out = tmp_path / "out"
    result, text = invoke("run", folder, "--out", out, "--workers", "1")
    assert result.exit_code == 0, text
    assert {rid: row["text"] for rid, row in kept_rows(out).items()} == {
        r["id"]: r["text"] for r in rows
    }


def test_a_record_whose_fields_are_objects_is_no_dataframe():
    from curate.io.json_values import frame_records

    record = {"text": {"en": "Hello", "fr": "Bonjour"}, "meta": {"en": "a", "fr": "b"}}
    assert frame_records(record, ("body",)) is None
    assert frame_records({"id": "x", "text": "plain"}, ("text",)) is None


def test_a_dataset_card_gets_no_advice_to_rename_it():
    from curate.io.skipped_hints import conversion_hints

    assert conversion_hints(["hub/README.md", "hub/.gitattributes", "hub/LICENSE"]) == []
    # (`.text` is read since session 38: a format with advice, a card in it among them)
    (line,) = conversion_hints(["scrape/page-1.pdf", "hub/README.pdf"])
    assert line.startswith("1 .pdf file(s) not read, e.g. scrape/page-1.pdf")


@pytest.mark.parametrize("size", [40, 59])
def test_short_japanese_in_euc_jp_is_not_read_as_korean_jamo(tmp_path, size):
    # charset_normalizer ranked cp949 first: "뿍ㅙㅲㅨㅞ..." (Hangul jamo no prose writes alone)
    from curate.io.readers import decode, read_file

    text = JAPANESE[:size]
    assert decode(text.encode("euc_jp"))[0] == text
    path = tmp_path / "nhk.txt"
    path.write_bytes(text.encode("euc_jp"))
    (doc,) = read_file(path)
    assert doc.text == text and doc.labels["encoding"].startswith("euc_j")


def test_a_plausible_best_guess_is_left_alone():
    from charset_normalizer import from_bytes

    from curate.io.legacy_encoding import plausible_best

    data = TAIWAN.encode("big5")
    assert plausible_best(from_bytes(data)).encoding == from_bytes(data).best().encoding


def test_a_rule_that_removes_most_documents_is_named_with_its_setting(tmp_path):
    # 300 sentences under the news recipe: "removed: quality/too_short 294" and no word on why
    folder = tmp_path / "sentences"
    folder.mkdir()
    rows = [{"id": f"s{n}", "text": f"The council met on day {n} and voted."} for n in range(6)]
    rows.append(_articles(1)[0])
    (folder / "rows.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    result, text = invoke("run", folder, "--out", tmp_path / "out", "--workers", "1")
    assert result.exit_code == 0, text
    assert "6 of 7 documents (86%) removed as quality/too_short: fewer than 50 words" in text
    assert "(quality.min_words: 50)" in text and "--skip quality" in text


def test_a_removal_of_less_than_half_says_nothing_more():
    from curate.publish.removal_hint import most_removed_hint

    report = {"counts": {"read": 10}, "removed_by_rule": {"quality/too_short": 4}}
    assert most_removed_hint(report, []) is None
    report["removed_by_rule"] = {"dedup/exact_duplicate": 6}
    assert most_removed_hint(report, [], "out") == (
        "6 of 10 documents (60%) removed as dedup/exact_duplicate; "
        "`curate explain out ID` shows why for one of them"
    )
