"""A newcomer's own data, seventh round: other names for JSON Lines, records nested deeper
than one wrapper, rows saved as `.txt`, empty data files, a header naming a column twice, the
Hub's other split layouts, paragraphs as objects, and advice a shell can run."""

import gzip
import json
import quopri

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from curate.io.readers import Document, Quarantined, read_file, read_inputs, walk_inputs
from curate.io.splits import file_splits
from curate.publish.validate import validate_folder
from tests.test_newcomer_fields import article
from tests.test_newcomer_inputs import invoke, kept_ids
from tests.test_newcomer_inputs5 import _counts, _quarantine


def _rows(n, prefix="r"):
    return [{"id": f"{prefix}{k}", "text": article(k)} for k in range(n)]


def _lines(rows):
    return "".join(json.dumps(row) + "\n" for row in rows)


def _docs(items):
    return [item for item in items if isinstance(item, Document)]


def _quarantined(items):
    return [item for item in items if isinstance(item, Quarantined)]


@pytest.mark.parametrize("name", ["items.jl", "items.jsonlines", "items.jl.gz"])
def test_scrapy_jl_and_jsonlines_files_are_read_as_json_lines(tmp_path, name):
    # `scrapy crawl news -o items.jl`: the folder was "no readable input files ... (.jl 1)"
    folder = tmp_path / "crawl"
    folder.mkdir()
    data = _lines(_rows(4)).encode()
    (folder / name).write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    found = walk_inputs([folder])
    assert [path.name for path in found.paths] == [name] and found.skipped == []
    assert [d.id for d in read_inputs([folder]) if isinstance(d, Document)] == [
        f"r{k}" for k in range(4)
    ]


def test_a_julia_source_file_named_jl_is_still_passed_over(tmp_path):
    (tmp_path / "fit.jl").write_text('function fit(x)\n    println("text")\nend\n')
    (tmp_path / "a.jsonl").write_text(_lines(_rows(1)))
    found = walk_inputs([tmp_path])
    assert [p.name for p in found.paths] == ["a.jsonl"]
    assert found.skipped == [str(tmp_path / "fit.jl")]


def test_the_dataset_viewer_rows_api_response_is_read_a_row_each(tmp_path):
    # `curl "https://datasets-server.huggingface.co/rows?dataset=...&split=train" > rows.json`:
    # two lists of objects (features, rows) and each record under `row`; it was passed over
    path = tmp_path / "rows.json"
    rows = _rows(3)
    response = {
        "features": [{"feature_idx": 0, "name": "id"}, {"feature_idx": 1, "name": "text"}],
        "rows": [{"row_idx": i, "row": row, "truncated_cells": []} for i, row in enumerate(rows)],
        "num_rows_total": 3,
        "partial": False,
    }
    path.write_text(json.dumps(response))
    assert [p.name for p in walk_inputs([tmp_path]).paths] == ["rows.json"]
    docs = _docs(read_file(path))
    assert [(d.id, d.text) for d in docs] == [(r["id"], r["text"]) for r in rows]


def test_splits_in_one_json_object_are_all_read(tmp_path):
    # {"train": [...], "test": [...]}: it said "no 'text' field ... --text-field NAME"
    path = tmp_path / "news.json"
    path.write_text(json.dumps({"train": _rows(2, "tr"), "test": _rows(1, "te")}, indent=1))
    out = tmp_path / "out"
    result, text = invoke("run", path, "--out", out, "--workers", "1", "--skip", "dedup")
    assert result.exit_code == 0, text
    assert kept_ids(out) == ["te0", "tr0", "tr1"] and "no 'text' field" not in text
    assert validate_folder(out) == []


def test_an_api_response_two_levels_deep_is_read(tmp_path):
    folder = tmp_path / "api"
    folder.mkdir()
    body = {"status": "ok", "data": {"total": 3, "articles": _rows(3)}}
    (folder / "page1.json").write_text(json.dumps(body))
    docs = _docs(read_inputs([folder]))
    assert [d.id for d in docs] == ["r0", "r1", "r2"]


def test_json_records_with_nested_lists_but_no_text_are_still_passed_over(tmp_path):
    # a crawl's meta.json with lists of objects that hold no text stays unread
    (tmp_path / "meta.json").write_text(json.dumps({"runs": [{"started": 1}], "cfg": {"a": [{}]}}))
    (tmp_path / "a.jsonl").write_text(_lines(_rows(1)))
    assert [p.name for p in walk_inputs([tmp_path]).paths] == ["a.jsonl"]


@pytest.mark.parametrize("name", ["scraped.txt", "scraped.txt.gz"])
def test_json_lines_saved_as_txt_are_read_a_row_a_document(tmp_path, name):
    # `df.to_json("scraped.txt", orient="records", lines=True)`: ONE document of JSON source
    path = tmp_path / name
    data = _lines(_rows(3)).encode()
    data = gzip.compress(data) if name.endswith(".gz") else data
    path.write_bytes(data)
    out = tmp_path / "out"
    result, text = invoke("run", path, "--out", out, "--workers", "1", "--skip", "dedup")
    assert result.exit_code == 0, text
    assert kept_ids(out) == ["r0", "r1", "r2"]
    assert "read a row a document as JSON Lines" in text and "read as ONE" not in text
    assert path.read_bytes() == data


def test_a_txt_with_one_json_object_or_prose_in_braces_stays_a_text(tmp_path):
    one = tmp_path / "one.txt"
    one.write_text(json.dumps(_rows(1)[0]) + "\n")
    prose = tmp_path / "prose.txt"
    prose.write_text("{Draft}\n" + article(1) + "\n")
    for path in (one, prose):
        [doc] = list(read_file(path))
        assert isinstance(doc, Document) and doc.id == path.stem


@pytest.mark.parametrize(
    "name, data",
    [
        ("rows.jsonl", b""),
        ("rows.jsonl", b"\n  \n"),
        ("rows.jsonl.gz", gzip.compress(b"")),
        ("rows.parquet", b""),
        ("rows.arrow", b""),
    ],
)
def test_an_empty_data_file_is_one_empty_record_naming_it(tmp_path, name, data):
    # a 0-byte .jsonl gave no record at all; an empty .parquet said "the file is text, not
    # data: '' (a server's error? ...)"
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / name).write_bytes(data)
    (folder / "good.jsonl").write_text(_lines(_rows(2)))
    out = tmp_path / "out"
    result, text = invoke("run", folder, "--out", out, "--workers", "1", "--skip", "dedup")
    assert result.exit_code == 0, text
    [row] = _quarantine(out)
    assert (row["file"], row["kind"]) == (str(folder / name), "empty")
    assert "nothing to read" in row["error"] and "server" not in row["error"]
    assert _counts(out)["read"] == 3 and kept_ids(out) == ["r0", "r1"]
    assert validate_folder(out) == []


def test_an_empty_txt_is_still_a_document_removed_as_empty(tmp_path):
    (tmp_path / "blank.txt").write_text("")
    [doc] = list(read_file(tmp_path / "blank.txt"))
    assert isinstance(doc, Document) and doc.text == ""


def test_a_header_naming_the_text_column_twice_reads_the_first(tmp_path):
    # `id,text,text` (two exports joined): csv.DictReader kept the LAST, the article lost
    path = tmp_path / "joined.csv"
    path.write_text(f'id,text,text\n1,"{article(1)}",note\n2,"{article(2)}",\n')
    docs = _docs(read_file(path))
    assert [(d.id, d.text) for d in docs] == [("1", article(1)), ("2", article(2))]


def test_the_second_column_of_a_repeated_name_is_read_as_pandas_names_it(tmp_path):
    path = tmp_path / "joined.csv"
    path.write_text(f'id,text,text\n1,note,"{article(1)}"\n')
    from curate.io.settings import ReaderSettings

    [doc] = _docs(read_file(path, reader=ReaderSettings(text_field="text.1")))
    assert doc.text == article(1)


def _parquet(path, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(rows), path)


def test_the_hub_parquet_conversion_folders_are_splits(tmp_path):
    # `huggingface-cli download ... --revision refs/convert/parquet`: default/train/0000.parquet;
    # `--split train` said "it holds no splits"
    root = tmp_path / "snapshot"
    _parquet(root / "default/train/0000.parquet", _rows(3, "tr"))
    _parquet(root / "default/partial-test/0000.parquet", _rows(1, "te"))
    out = tmp_path / "out"
    result, text = invoke("run", root, "--out", out, "--split", "train", "--skip", "dedup")
    assert result.exit_code == 0, text
    assert kept_ids(out) == ["tr0", "tr1", "tr2"]


def test_a_lone_split_folder_or_a_news_file_named_test_is_no_split(tmp_path):
    _parquet(tmp_path / "test/0000.parquet", _rows(1))
    (tmp_path / "crash-test.txt").write_text(article(1))
    (tmp_path / "train-derailment.txt").write_text(article(2))
    assert file_splits(walk_inputs([tmp_path]).paths) == {}


@pytest.mark.parametrize(
    "names, splits",
    [
        (("news-train.jsonl", "news-test.jsonl"), ("train", "test")),
        (("imdb_train.csv", "imdb_validation.csv"), ("train", "validation")),
    ],
)
def test_a_split_word_in_file_names_side_by_side_is_a_split(tmp_path, names, splits):
    # the Hub's patterns (`news-train.jsonl`): merged unsaid, and `--split train` stopped
    folder = tmp_path / "in"
    folder.mkdir()
    for name, prefix in zip(names, ("a", "b"), strict=True):
        rows = _rows(2, prefix)
        if name.endswith(".csv"):
            body = "id,text\n" + "".join(f'{r["id"]},"{r["text"]}"\n' for r in rows)
            (folder / name).write_text(body)
        else:
            (folder / name).write_text(_lines(rows))
    found = file_splits(walk_inputs([folder]).paths)
    assert {p.name: split for p, split in found.items()} == dict(zip(names, splits, strict=True))
    out = tmp_path / "out"
    result, text = invoke("run", folder, "--out", out, "--split", splits[0], "--skip", "dedup")
    assert result.exit_code == 0, text
    assert kept_ids(out) == ["a0", "a1"]


def test_paragraph_blocks_are_read_in_order_and_images_passed_over(tmp_path):
    # Arc XP's content_elements: "'text' must be a string (or a list of strings), got list"
    path = tmp_path / "arc.jsonl"
    blocks = [
        {"type": "text", "content": "First paragraph of the story."},
        {"type": "image", "url": "https://example.com/a.jpg"},
        {"type": "text", "content": "Second paragraph of the story."},
    ]
    path.write_text(json.dumps({"id": "arc1", "body": blocks}) + "\n")
    from curate.io.settings import ReaderSettings

    [doc] = list(read_file(path, reader=ReaderSettings(text_field="body")))
    assert isinstance(doc, Document)
    assert doc.text == "First paragraph of the story.\n\nSecond paragraph of the story."


def test_a_list_of_objects_without_paragraphs_is_still_quarantined(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "x", "text": [{"type": "image", "url": "u"}]}) + "\n")
    [item] = list(read_file(path))
    assert isinstance(item, Quarantined) and item.kind == "wrong_type"


def test_advice_for_a_field_name_with_a_space_is_quoted_for_the_shell(tmp_path):
    # {" text": ...} gave `--text-field  text`, which a shell reads as `--text-field text`
    # (since session 26 `" text"` itself is read as `text`: io.text_aliases; `" story text"`
    # is no alias, and keeps the advice)
    path = tmp_path / "a.jsonl"
    # (a second field of prose beside it: neither is guessed to be the text, io.prose_columns)
    path.write_text(json.dumps({" story text": article(1), "notes": article(2)}) + "\n")
    [item] = list(read_file(path))
    assert "--text-field ' story text'" in item.error
    from curate.io.settings import ReaderSettings

    [doc] = list(read_file(path, reader=ReaderSettings(text_field=" story text")))
    assert isinstance(doc, Document)


@pytest.mark.parametrize(
    "name, header, sep",
    [
        ("a.csv", "id\ttitle\ttext", "\t"),
        ("a.csv", "id|title|text", "|"),
        ("a.tsv", "id,text", ","),
    ],
)
def test_a_table_whose_delimiter_is_not_its_names_is_read_with_its_headers(
    tmp_path, name, header, sep
):
    # MySQL's INTO OUTFILE saved as .csv: passed over with advice to read 'id\ttitle\ttext'
    path = tmp_path / name
    cells = lambda k: [f"r{k}", "Budget"][: header.count(sep)] + [article(k)]  # noqa: E731
    path.write_text(header + "\n" + "".join(sep.join(cells(k)) + "\n" for k in range(3)))
    assert [p.name for p in walk_inputs([tmp_path]).paths] == [name]
    docs = _docs(read_file(path))
    assert [(d.id, d.text) for d in docs] == [(f"r{k}", article(k)) for k in range(3)]


def test_a_csv_of_one_text_column_keeps_its_reading(tmp_path):
    path = tmp_path / "texts.csv"
    path.write_text("text\n" + "".join(f'"{article(k)}"\n' for k in range(2)))
    assert [d.text for d in _docs(read_file(path))] == [article(0), article(1)]


def _zip(path, members):
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def test_a_zip_of_txt_files_is_read_a_member_each(tmp_path):
    # Kaggle's archive.zip, a colleague's articles.zip: "an archive: unpack it", nothing read
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / "articles.zip"
    _zip(
        path,
        {
            "articles/2024/budget.txt": article(1),
            "articles/flood.txt": article(2),
            "__MACOSX/articles/._flood.txt": "resource fork",
            "articles/.DS_Store": "finder",
            "articles/notes.doc": "not read",
        },
    )
    data = path.read_bytes()
    out = tmp_path / "out"
    result, text = invoke("run", folder, "--out", out, "--workers", "1", "--skip", "dedup")
    assert result.exit_code == 0, text
    assert kept_ids(out) == ["articles/articles/2024/budget", "articles/articles/flood"]
    [row] = _quarantine(out)
    assert row["file"] == f"{path}/articles/notes.doc" and row["kind"] == "unsupported"
    assert _counts(out)["read"] == 3 and validate_folder(out) == []
    assert path.read_bytes() == data  # only read


def _noise(rng):
    return " ".join("".join(rng.choice("abcdefghij") for _ in range(6)) for _ in range(300))


def test_a_tar_gz_of_json_lines_is_read_and_a_cut_one_keeps_the_members_before_the_cut(tmp_path):
    import io
    import random
    import tarfile

    rng = random.Random(7)  # text that compresses little: the cut falls past the first shard
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for shard in range(3):
            rows = [{"id": f"s{shard}-{k}", "text": _noise(rng)} for k in range(20)]
            body = _lines(rows).encode()
            info = tarfile.TarInfo(f"shard-{shard}.jsonl")
            info.size = len(body)
            archive.addfile(info, io.BytesIO(body))
    whole = tmp_path / "crawl.tar.gz"
    whole.write_bytes(buffer.getvalue())
    items = list(read_file(whole))
    assert len(_docs(items)) == 60 and _quarantined(items) == []
    assert _docs(items)[0].source == f"{whole}/shard-0.jsonl"
    cut = tmp_path / "cut" / "crawl.tar.gz"
    cut.parent.mkdir()
    cut.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])
    assert [p.name for p in walk_inputs([cut.parent]).paths] == ["crawl.tar.gz"]
    items = list(read_file(cut))
    last = _quarantined(items)[-1]
    assert last.kind == "truncated" and last.file == str(cut) and "fetch it again" in last.error
    ids = [d.id for d in _docs(items)]
    assert ids[:20] == [f"s0-{k}" for k in range(20)] and len(ids) < 60


def test_a_compressed_file_with_no_inner_extension_is_read_as_what_it_holds(tmp_path):
    # `gzip -c articles.jsonl > articles.gz`, `xz story`: passed over as `.gz 1`, `.xz 1`
    import lzma
    import subprocess

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "rows.gz").write_bytes(gzip.compress(_lines(_rows(2, "g")).encode()))
    (folder / "story.xz").write_bytes(lzma.compress(article(5).encode()))
    table = tmp_path / "articles.csv"  # gzip keeps the name `articles.csv` in its header
    table.write_text(f'id,text\nc1,"{article(6)}"\n')
    gz = subprocess.run(["gzip", "-c", str(table)], capture_output=True, check=True).stdout
    (folder / "export.gz").write_bytes(gz)
    (folder / "blob.gz").write_bytes(gzip.compress(bytes(range(256)) * 8))  # no text: passed over
    found = walk_inputs([folder])
    assert [p.name for p in found.paths] == ["export.gz", "rows.gz", "story.xz"]
    assert found.skipped == [str(folder / "blob.gz")]
    docs = _docs(read_inputs([folder]))
    assert [(d.id, d.text) for d in docs] == [
        ("c1", article(6)),
        ("g0", article(0)),
        ("g1", article(1)),
        ("story", article(5)),
    ]
    assert {d.source for d in docs} == {
        str(folder / n) for n in ("export.gz", "rows.gz", "story.xz")
    }


def test_an_rss_feed_saved_as_xml_is_read_an_item_a_document(tmp_path):
    # `curl https://.../rss > bbc.xml`: passed over as `.xml 1`, the run stopped with nothing
    folder = tmp_path / "feeds"
    folder.mkdir()
    items = "".join(
        f"<item><title>Story {k}</title><link>https://example.com/{k}</link>"
        f"<guid>ex-{k}</guid><content:encoded><![CDATA[<p>{article(k)}</p>]]></content:encoded>"
        "</item>"
        for k in range(3)
    )
    (folder / "bbc.xml").write_text(
        '<?xml version="1.0"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>News</title>{items}</channel></rss>"
    )
    (folder / "sitemap.xml").write_text(
        "<urlset><url><loc>https://example.com/</loc></url></urlset>"
    )
    out = tmp_path / "out"
    result, text = invoke("run", folder, "--out", out, "--workers", "1", "--skip", "dedup")
    assert result.exit_code == 0, text
    assert kept_ids(out) == ["ex-0", "ex-1", "ex-2"]
    rows = [json.loads(line) for p in (out / "jsonl").glob("*.jsonl") for line in p.open()]
    assert all("<p>" not in row["text"] and row["title"].startswith("Story") for row in rows)
    assert validate_folder(out) == []


def test_pages_saved_as_single_files_are_read(tmp_path):
    # Chrome's Ctrl+S "Webpage, Single File": passed over as `.mhtml 2`, nothing read
    folder = tmp_path / "saved"
    folder.mkdir()
    for k in range(2):
        page = saved_page([article(k)] * 2, url=f"https://news.example/{k}")
        (folder / f"Story {k}.mhtml").write_text(page, encoding="ascii", newline="")
    out = tmp_path / "out"
    result, text = invoke("run", folder, "--out", out, "--workers", "1", "--skip", "dedup")
    assert result.exit_code == 0, text
    assert kept_ids(out) == ["Story 0", "Story 1"]
    assert validate_folder(out) == []


def test_a_dataset_dumped_as_column_lists_is_a_row_per_position(tmp_path):
    # json.dump(ds.to_dict(), f): ONE document, id "['c0', 'c1', 'c2']", every text joined
    path = tmp_path / "dump.json"
    rows = _rows(3, "c")
    path.write_text(json.dumps({"id": [r["id"] for r in rows], "text": [r["text"] for r in rows]}))
    assert [(d.id, d.text) for d in _docs(read_file(path))] == [(r["id"], r["text"]) for r in rows]


def test_texts_keyed_by_their_url_are_a_document_each(tmp_path):
    # json.dump({url: text}, f): passed over with advice to read the field named by a URL
    folder = tmp_path / "in"
    folder.mkdir()
    texts = {f"https://news.example/{k}": article(k) for k in range(2)}
    (folder / "pages.json").write_text(json.dumps(texts, indent=2))
    (folder / "config.json").write_text(json.dumps({"name": "crawl", "version": "1.0"}))
    found = walk_inputs([folder])
    assert [p.name for p in found.paths] == ["pages.json"]
    assert [(d.id, d.text) for d in _docs(read_inputs([folder]))] == list(texts.items())


BOUNDARY = "----MultipartBoundary--abc----"


def saved_page(paragraphs: list[str], url: str = "https://citynews.example/2024/budget") -> str:
    """An MHTML file as Chrome's "Webpage, Single File" writes it (no charset on the part)."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Budget passes</title></head>'
        f"<body><nav><a href='/'>Home</a></nav><article><h1>Budget passes</h1>{body}</article>"
        "<footer>City News</footer></body></html>"
    )
    encoded = quopri.encodestring(html.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
    return (
        f"From: <Saved by Blink>\r\nSnapshot-Content-Location: {url}\r\n"
        "Subject: Budget passes\r\nMIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{BOUNDARY}"\r\n'
        f"\r\n\r\n--{BOUNDARY}\r\nContent-Type: text/html\r\n"
        f"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: {url}\r\n\r\n"
        f"{encoded}\r\n\r\n--{BOUNDARY}\r\nContent-Type: image/png\r\n"
        "Content-Transfer-Encoding: base64\r\nContent-Location: https://citynews.example/l.png"
        f"\r\n\r\niVBORw0KGgo=\r\n\r\n--{BOUNDARY}--\r\n"
    )


def test_a_run_with_nothing_to_read_names_the_kinds_read_by_their_own_readers(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    result, text = invoke("run", folder, "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert ".zip and .tar(.gz) archives" in text and "RSS and Atom feeds" in text
    assert ".mhtml" in text


def test_the_advice_for_a_spreadsheet_column_with_a_space_is_one_shell_word(tmp_path):
    # Excel's "Article Text" column: the hint said `--text-field Article Text`, two words
    folder = tmp_path / "in"
    folder.mkdir()
    # (its `Notes` of prose too: neither is guessed to be the text, io.prose_columns)
    (folder / "export.csv").write_text(f'ID,Article Text,Notes\n1,"{article(1)}","{article(2)}"\n')
    result, text = invoke("run", folder, "--out", tmp_path / "out")
    assert "--text-field 'Article Text'" in text
    result, text = invoke(
        "run", folder, "--out", tmp_path / "out2", "--text-field", "Article Text", "--skip", "dedup"
    )
    assert result.exit_code == 0, text
    assert kept_ids(tmp_path / "out2") == ["1"]
