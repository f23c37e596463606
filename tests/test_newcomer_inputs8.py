"""A newcomer's own data, eighth round: a table under a title, UTF-16 without its mark in
other scripts and in line formats, a Western text with curly apostrophes, a pattern matching a
broken link, Windows' own files in a folder, texts wrapped in an object."""

import csv
import io
import json
import os

import pytest

from curate.io.readers import Document, Quarantined, read_file, walk_inputs
from tests.test_newcomer_fields import article
from tests.test_newcomer_inputs import invoke, kept_ids
from tests.test_newcomer_inputs5 import _counts


def _docs(items):
    return [item for item in items if isinstance(item, Document)]


def _quarantined(items):
    return [item for item in items if isinstance(item, Quarantined)]


def _csv(rows, delimiter=","):
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


PREAMBLES = {
    "title and blank line": "Articles export\r\n\r\n",
    "comment line": "# exported 2024-05-01 from the CMS\r\n",
    "title padded by Excel, a date line": "News report,,\r\nDate:,2024-05-01,\r\n\r\n",
    "title with a comma": "Articles export, May 2024\r\n",
}


@pytest.mark.parametrize("preamble", PREAMBLES.values(), ids=PREAMBLES.keys())
def test_a_table_under_a_title_or_comment_lines_is_read_a_row_each(tmp_path, preamble):
    # the first line was taken for the header: the folder said "no readable input files",
    # the file named alone was one `unsupported` record, every row lost
    folder = tmp_path / "in"
    folder.mkdir()
    rows = [["id", "title", "text"]] + [[f"r{k}", f"Title {k}", article(k)] for k in range(3)]
    (folder / "export.csv").write_text(preamble + _csv(rows), encoding="utf-8")
    out = tmp_path / "out"
    result, output = invoke("run", folder, "--out", out, "--skip", "dedup")
    assert result.exit_code == 0, output
    assert kept_ids(out) == ["r0", "r1", "r2"]
    counts = _counts(out)
    assert counts["read"] == 3 and counts["quarantined"] == 0


def test_a_tsv_under_a_comment_and_a_gzipped_csv_under_a_title_are_read(tmp_path):
    import gzip

    rows = [["id", "text"]] + [[f"t{k}", article(k)] for k in range(2)]
    (tmp_path / "a.tsv").write_text("# psql export\n\n" + _csv(rows, "\t"), encoding="utf-8")
    (tmp_path / "b.csv.gz").write_bytes(gzip.compress(("Export\n" + _csv(rows)).encode()))
    assert [p.name for p in walk_inputs([tmp_path]).paths] == ["a.tsv", "b.csv.gz"]
    for name in ("a.tsv", "b.csv.gz"):
        docs = _docs(read_file(tmp_path / name))
        assert [(d.id, d.text) for d in docs] == [("t0", article(0)), ("t1", article(1))]


def test_a_table_with_its_header_first_or_no_text_header_reads_as_before(tmp_path):
    one_column = tmp_path / "texts.csv"  # a text column alone, its commas unquoted
    one_column.write_text("text\nHello, world and more\nAnother, row here\n")
    assert [d.text for d in _docs(read_file(one_column))] == [
        "Hello, world and more",
        "Another, row here",
    ]
    no_text = tmp_path / "notes.csv"  # a row holding the word `text` is no header
    no_text.write_text("title,body\n1,text\n2,other\n")
    assert walk_inputs([no_text.parent]).paths == [one_column]


RUSSIAN = (
    "Городской совет во вторник утвердил бюджет на ремонт дорог после многомесячных споров. "
    "Депутаты проголосовали семью голосами против двух, и работы начнутся весной 2025 года."
)
GREEK = "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη τον προϋπολογισμό για την επισκευή δρόμων."
CHINESE = "市议会周二以7票对2票通过了1400万美元的道路维修预算，结束了数月的争论。"
HINDI = "नगर परिषद ने मंगलवार को सड़कों की मरम्मत के लिए 14 करोड़ रुपये का बजट मंजूर किया।"


@pytest.mark.parametrize("text", [RUSSIAN, GREEK, CHINESE, HINDI], ids=["ru", "el", "zh", "hi"])
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_txt_in_utf16_without_a_mark_is_read_in_any_script(tmp_path, text, encoding):
    # .NET's Encoding.Unicode, `iconv -t UTF-16LE`: "binary file (NUL bytes), not text"
    path = tmp_path / "story.txt"
    path.write_bytes((text + "\r\n").encode(encoding))
    (doc,) = read_file(path)
    assert isinstance(doc, Document), doc
    assert doc.text == text + "\r\n" and doc.labels["encoding"] == encoding


def test_binary_data_with_nuls_on_one_side_is_still_binary(tmp_path):
    import random

    rng = random.Random(8)
    path = tmp_path / "blob.txt"
    noise = bytearray(rng.getrandbits(8) or 1 for _ in range(4096))
    noise[1::16] = bytes(len(noise[1::16]))  # a NUL in every 16th byte, all on one side
    path.write_bytes(bytes(noise))
    (item,) = read_file(path)
    assert isinstance(item, Quarantined) and item.kind == "binary"


def test_json_lines_with_a_stray_nul_are_not_taken_for_utf16(tmp_path):
    # read as UTF-16, a line of ASCII is CJK ideographs of one script ("Bush hid the facts"):
    # at these places the script test alone took the file for UTF-16, every line garbage
    line = json.dumps({"id": "n3", "text": article(3)}).encode()
    for at in range(200, 240, 2):
        path = tmp_path / f"rows{at}.jsonl"
        data = line[:at] + b"\x00" + line[at:] + b"\n"
        path.write_bytes(data + b" " * (len(data) % 2))
        (doc,) = read_file(path)
        assert isinstance(doc, Document), (at, doc)
        assert doc.id == "n3" and doc.text.replace("\x00", "") == article(3)


def test_json_lines_and_a_csv_in_utf16_without_a_mark_are_read(tmp_path):
    # each JSON line was a `malformed_json` record (or two), the .csv passed over
    rows = [{"id": "ru", "text": RUSSIAN}, {"id": "en", "text": article(1)}]
    jsonl = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    (tmp_path / "rows.jsonl").write_bytes(jsonl.encode("utf-16-le"))
    table = _csv([["id", "text"], ["el", GREEK], ["en2", article(2)]])
    (tmp_path / "rows.csv").write_bytes(table.encode("utf-16-be"))
    out = tmp_path / "out"
    result, output = invoke("run", tmp_path, "--out", out, "--only", "unicode")
    assert result.exit_code == 0, output
    assert kept_ids(out) == ["el", "en", "en2", "ru"]
    assert _counts(out)["quarantined"] == 0


WESTERN = [
    "The mayor’s office said it’s too early to say whether the city’s budget will cover it.",
    "It’s a fine day in the café, isn’t it?",
    "L’équipe a gagné – c’est la fête à l’hôtel de ville.",
    "Die Stadt hat’s beschlossen: Straßen werden repariert.",
    "Il sindaco ha detto che l’opera sarà pronta entro l’estate.",
]


@pytest.mark.parametrize("text", WESTERN)
def test_windows_1252_text_with_curly_apostrophes_is_read_as_windows_1252(tmp_path, text):
    # Word's "Plain Text" export: "itĺs" (cp852), "cafť" (Mac Central European), "hatís"
    path = tmp_path / "story.txt"
    path.write_bytes(text.encode("cp1252"))
    (doc,) = read_file(path)
    assert (doc.text, doc.labels["encoding"]) == (text, "cp1252")


@pytest.mark.parametrize(
    "text",
    [
        "Perché no? È già tardi, però.",  # was "PerchŽ no? é giˆ tardi, per˜." (cp1252)
        "Smörgåsbord och kött i Göteborg är populärt.",  # not "SmšrgŒsbord" once Mac is a cousin
    ],
)
def test_mac_roman_text_is_not_read_as_windows_1252_with_capitals_inside_words(tmp_path, text):
    # Excel for Mac's "CSV (Macintosh)" and old Mac exports are Mac Roman
    path = tmp_path / "mac.txt"
    path.write_bytes(text.encode("mac_roman"))
    (doc,) = read_file(path)
    assert doc.text == text


def test_polish_in_windows_1250_with_an_apostrophe_stays_windows_1250(tmp_path):
    text = "Zażółć gęślą jaźń, w Łodzi’s."
    path = tmp_path / "pl.txt"
    path.write_bytes(text.encode("cp1250"))
    (doc,) = read_file(path)
    assert (doc.text, doc.labels["encoding"]) == (text, "cp1250")


def test_a_windows_1252_csv_with_curly_apostrophes_keeps_them_through_a_run(tmp_path):
    rows = [["id", "text"]] + [["w0", WESTERN[1] + " " + article(0)]]
    (tmp_path / "export.csv").write_bytes(_csv(rows).encode("cp1252"))
    out = tmp_path / "out"
    result, output = invoke("run", tmp_path, "--out", out, "--only", "unicode")
    assert result.exit_code == 0, output
    (line,) = (out / "jsonl").glob("*.jsonl")
    (row,) = [json.loads(text) for text in line.read_text(encoding="utf-8").splitlines()]
    assert row["text"].startswith("It’s a fine day in the café, isn’t it?")


def _windows_clutter(folder):
    (folder / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(120))
    (folder / "desktop.ini").write_text("[.ShellClassInfo]\r\nIconResource=news.ico\r\n")
    (folder / "~$draft.docx").write_bytes(b"\x05Maria" + bytes(156))


def test_windows_own_files_in_a_folder_are_passed_over_as_hidden_files_are(tmp_path):
    # "warning: 1 .db file(s) not read, e.g. in/Thumbs.db: a database: export the table to CSV"
    folder = tmp_path / "in"
    (folder / "System Volume Information").mkdir(parents=True)
    (folder / "System Volume Information" / "IndexerVolumeGuid").write_text("{4a1c}")
    (folder / "story.txt").write_text(article(0))
    _windows_clutter(folder)
    found = walk_inputs([folder])
    assert [p.name for p in found.paths] == ["story.txt"] and found.skipped == []
    out = tmp_path / "out"
    result, output = invoke("run", folder, "--out", out)
    assert result.exit_code == 0, output
    assert "database" not in output and "not read" not in output
    assert kept_ids(out) == ["story"]


def test_windows_own_files_in_a_zip_are_no_quarantine_records(tmp_path):
    import zipfile

    staging = tmp_path / "staging"
    staging.mkdir()
    _windows_clutter(staging)
    path = tmp_path / "articles.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("news/story.txt", article(1))
        for member in sorted(staging.iterdir()):
            archive.writestr(f"news/{member.name}", member.read_bytes())
    items = list(read_file(path))
    assert _quarantined(items) == []
    assert [(d.id, d.text) for d in _docs(items)] == [("articles/news/story", article(1))]


needs_links = pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")


@needs_links
def test_a_pattern_matching_a_broken_link_reads_the_rest(tmp_path):
    # `curate run "news/*.txt"` stopped: "news/old.txt: no such file or directory"
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "story.txt").write_text(article(0))
    os.symlink(tmp_path / "moved" / "old.txt", folder / "old.txt")
    out = tmp_path / "out"
    for pattern in (f"{folder}/*.txt", f"{folder}/**/*.txt"):
        result, output = invoke("run", pattern, "--out", out, "--overwrite")
        assert result.exit_code == 0, output
        assert kept_ids(out) == ["story"]
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))
        assert str(folder / "old.txt") in json.dumps(report)  # listed as a skipped file
    result, output = invoke("run", folder / "old.txt", "--out", tmp_path / "out2")
    assert result.exit_code != 0 and "a broken link" in output and "moved" in output


@needs_links
def test_a_deep_pattern_over_a_link_up_the_tree_matches_each_file_once(tmp_path):
    # glob's `**` walked `up -> ..` inside itself forty levels deep (a file matched forty
    # times; with two such links the paths doubled at each level, and the run never ended)
    folder = tmp_path / "news"
    (folder / "2024").mkdir(parents=True)
    (folder / "top.txt").write_text(article(0))
    (folder / "2024" / "story.txt").write_text(article(1))
    os.symlink("..", folder / "2024" / "up")
    found = walk_inputs([f"{folder}/**/*.txt"])
    assert found.paths == [folder / "2024" / "story.txt", folder / "top.txt"]


def test_texts_as_strings_under_one_key_are_a_document_each(tmp_path):
    # json.dump({"texts": texts}, f): passed over in a folder without a word, and named alone
    # "no JSON records with a 'text' or 'html' field to read"
    folder = tmp_path / "in"
    folder.mkdir()
    texts = [article(k) for k in range(3)]
    (folder / "texts.json").write_text(json.dumps({"status": "ok", "results": texts}))
    (folder / "stopwords.json").write_text(json.dumps({"words": ["the", "a", "of"]}))
    assert [p.name for p in walk_inputs([folder]).paths] == ["texts.json"]
    out = tmp_path / "out"
    result, output = invoke("run", folder, "--out", out)
    assert result.exit_code == 0, output
    assert kept_ids(out) == ["texts-1", "texts-2", "texts-3"]


def test_a_record_whose_text_is_paragraphs_beside_a_list_of_tags_is_one_record(tmp_path):
    path = tmp_path / "one.json"
    record = {"id": "r1", "text": [article(0), article(1)], "tags": ["city council budget"]}
    path.write_text(json.dumps(record))
    (doc,) = read_file(path)
    assert (doc.id, doc.text) == ("r1", article(0) + "\n\n" + article(1))


def _latin1_named(folder, name, data):
    try:
        with open(os.path.join(os.fsencode(folder), name.encode("latin-1")), "wb") as handle:
            handle.write(data)
    except OSError:
        pytest.skip("the file system refuses names that are not UTF-8")


def test_a_file_name_that_is_not_utf8_no_longer_stops_the_run(tmp_path):
    # a Latin-1 `café.txt` from an old tarball: "run failed: UnicodeEncodeError: 'utf-8' codec
    # can't encode character '\udce9'", every document lost
    folder = tmp_path / "in"
    folder.mkdir()
    _latin1_named(folder, "café story.txt", article(0).encode())
    _latin1_named(folder, "résumé.xlsx", b"PK\x03\x04")
    (folder / "plain.txt").write_text(article(1))
    out = tmp_path / "out"
    for workers in ("1", "2"):
        result, output = invoke("run", folder, "--out", out, "--workers", workers, "--overwrite")
        assert result.exit_code == 0, output
        assert kept_ids(out) == ["café story", "plain"]
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))
        assert str(folder / "résumé.xlsx") in report["skipped_files"]


def _spark_csv(rows):
    """A table as Spark's `df.write.csv(header=True)` writes it: a field quoted when it holds
    a comma, a quote or a line break, and a quote inside escaped with a backslash."""

    def cell(value):
        if any(mark in value for mark in ',"\n'):
            return '"' + value.replace('"', '\\"') + '"'
        return value

    return "".join(",".join(cell(value) for value in row) + "\n" for row in rows)


def test_a_csv_whose_quotes_are_escaped_with_a_backslash_keeps_its_texts(tmp_path):
    # Spark, PHP's fputcsv: `\"` closed the quoted text, "said \we will fix the roads\" ..."
    texts = [
        'The mayor said "we will fix the roads, all of them" on Tuesday. ' + article(0),
        article(1) + ' "No," she said.\nThe vote is on Friday.',
        r"A path C:\data\news stays as written. " + article(2),
    ]
    rows = [["id", "text", "url"]] + [
        [f"s{k}", text, f"https://x.org/{k}"] for k, text in enumerate(texts)
    ]
    path = tmp_path / "part-00000.csv"
    path.write_text(_spark_csv(rows), encoding="utf-8")
    items = list(read_file(path))
    assert [(d.id, d.text, d.source) for d in items] == [
        (f"s{k}", text, f"https://x.org/{k}") for k, text in enumerate(texts)
    ]


def test_a_csv_that_doubles_its_quotes_keeps_a_backslash_before_a_quote(tmp_path):
    text = r'He typed \"quoted\" in the form and said "no". ' + article(3)
    path = tmp_path / "python.csv"
    path.write_text(_csv([["id", "text"], ["p1", text]]), encoding="utf-8")
    assert [(d.id, d.text) for d in _docs(read_file(path))] == [("p1", text)]


def _zstd(data):
    import pyarrow as pa

    sink = pa.BufferOutputStream()
    with pa.CompressedOutputStream(sink, "zstd") as stream:
        stream.write(data)
    return sink.getvalue().to_pybytes()


def test_json_lines_and_text_compressed_as_zstd_are_read(tmp_path):
    # DCLM's `shard_00000000_processed.jsonl.zstd`: "no readable input files ... (.zstd 2)"
    folder = tmp_path / "dclm"
    folder.mkdir()
    rows = "".join(json.dumps({"id": f"z{k}", "text": article(k)}) + "\n" for k in range(3))
    (folder / "shard_00000000_processed.jsonl.zstd").write_bytes(_zstd(rows.encode()))
    (folder / "note.txt.zstd").write_bytes(_zstd(article(5).encode()))
    out = tmp_path / "out"
    result, output = invoke("run", folder, "--out", out)
    assert result.exit_code == 0, output
    assert kept_ids(out) == ["note", "z0", "z1", "z2"]


def test_a_cut_zstd_file_says_where_it_ends(tmp_path):
    data = _zstd("".join(json.dumps({"text": article(k)}) + "\n" for k in range(3)).encode())
    path = tmp_path / "cut.jsonl.zstd"
    path.write_bytes(data[: len(data) // 2])
    (item,) = read_file(path)
    assert item.kind == "truncated" and "inside a Zstandard block" in item.error


@pytest.mark.parametrize("name", ["frame.ipc", "frame.arrows"])
def test_arrow_ipc_files_under_their_other_names_are_read(tmp_path, name):
    # Polars' `df.write_ipc("frame.ipc")`, the stream format's `.arrows`: passed over
    import pyarrow as pa

    table = pa.table({"id": ["a0", "a1"], "text": [article(0), article(1)]})
    path = tmp_path / name
    if name.endswith(".arrows"):
        with pa.ipc.new_stream(path, table.schema) as writer:
            writer.write_table(table)
    else:
        with pa.ipc.new_file(path, table.schema) as writer:
            writer.write_table(table)
    assert walk_inputs([tmp_path]).paths == [path]
    assert [(d.id, d.text) for d in read_file(path)] == [("a0", article(0)), ("a1", article(1))]


def _long_window_zstd(data):
    """Zstandard as `zstd --long=31` writes a stream (Pushshift's Reddit dumps): a 2 GiB
    window named in the frame header."""
    import zstandard

    params = zstandard.ZstdCompressionParameters.from_level(3, window_log=31)
    compressor = zstandard.ZstdCompressor(compression_params=params)
    sink = io.BytesIO()
    with compressor.stream_writer(sink, closefd=False) as writer:
        writer.write(data)
    return sink.getvalue()


def test_a_pushshift_dump_compressed_with_a_long_window_is_read(tmp_path):
    # "could not read past line 0: ZSTD decompress failed: Frame requires too much memory for
    # decoding", every comment lost; a bare `RC_2019-04.zst` in a folder was passed over
    from curate.io.long_zstd import DEFAULT_WINDOW, window_size

    folder = tmp_path / "reddit"
    folder.mkdir()
    rows = [{"id": f"c{k}", "body": article(k), "subreddit": "news"} for k in range(3)]
    data = _long_window_zstd("".join(json.dumps(row) + "\n" for row in rows).encode())
    assert window_size(data) > DEFAULT_WINDOW
    (folder / "RC_2019-04.zst").write_bytes(data)
    (folder / "RS_2019-04.jsonl.zst").write_bytes(data + data)  # two frames
    out = tmp_path / "out"
    result, output = invoke("run", folder, "--out", out, "--text-field", "body", "--skip", "dedup")
    assert result.exit_code == 0, output
    counts = _counts(out)
    assert counts["read"] == 9 and counts["quarantined"] == 0


def test_a_cut_long_window_zstd_file_says_it_is_cut(tmp_path):
    data = _long_window_zstd(
        "".join(json.dumps({"text": article(k)}) + "\n" for k in range(3)).encode()
    )
    path = tmp_path / "RC.jsonl.zst"
    path.write_bytes(data[: len(data) // 2])
    (item,) = read_file(path)
    assert item.kind == "truncated" and "Truncated compressed stream" in item.error


@needs_links
def test_a_hub_cache_folder_is_read_once_through_its_current_snapshot(tmp_path):
    # `curate run ~/.cache/huggingface/hub/datasets--org--news`: its blobs were named with
    # advice to rename them .txt (which reads every file twice), an old revision read too
    repo = tmp_path / "datasets--org--news"
    for folder in ("blobs", "refs", "snapshots/c0ffee/data", "snapshots/0ld/data"):
        (repo / folder).mkdir(parents=True)
    (repo / "refs" / "main").write_text("c0ffee")
    rows = "".join(json.dumps({"id": f"n{k}", "text": article(k)}) + "\n" for k in range(3))
    (repo / "blobs" / ("9f86" * 16)).write_text(rows)
    (repo / "blobs" / ("2c26" * 16)).write_text("---\nlicense: mit\n---\n# News\n")
    os.symlink(f"../../../blobs/{'9f86' * 16}", repo / "snapshots/c0ffee/data/train.jsonl")
    os.symlink(f"../../blobs/{'2c26' * 16}", repo / "snapshots/c0ffee/README.md")
    old = "".join(json.dumps({"id": f"o{k}", "text": article(k + 10)}) + "\n" for k in range(2))
    (repo / "snapshots/0ld/data/train.jsonl").write_text(old)
    out = tmp_path / "out"
    result, output = invoke("run", repo, "--out", out)
    assert result.exit_code == 0, output
    assert "no extension" not in output
    assert kept_ids(out) == ["n0", "n1", "n2"]
    assert _counts(out)["read"] == 3


def test_records_under_their_urls_with_differing_fields_are_a_document_each(tmp_path):
    # results[url] = {...}; json.dump(results, f): "no JSON records with a 'text' or 'html'
    # field to read" as soon as one record had a field the others lack
    folder = tmp_path / "in"
    folder.mkdir()
    results = {
        "https://x.org/budget": {"title": "Budget", "text": article(0)},
        "https://x.org/storm": {"title": "Storm", "text": article(1), "author": "M. Lopez"},
        "https://x.org/vote": {"id": "v1", "text": article(2)},
    }
    (folder / "results.json").write_text(json.dumps(results, indent=2))
    (folder / "dataset_infos.json").write_text(
        json.dumps({"default": {"features": {"text": {"dtype": "string"}}}})
    )
    assert [p.name for p in walk_inputs([folder]).paths] == ["results.json"]
    out = tmp_path / "out"
    result, output = invoke("run", folder, "--out", out)
    assert result.exit_code == 0, output
    assert kept_ids(out) == ["https://x.org/budget", "https://x.org/storm", "v1"]


@pytest.mark.parametrize("bom", ["", "\ufeff"], ids=["plain", "excel-utf8"])
@pytest.mark.parametrize("delimiter", [",", "\t"])
def test_csv_files_joined_with_cat_do_not_read_the_second_header_as_a_document(
    tmp_path, delimiter, bom
):
    # `cat jan.csv feb.csv > all.csv`: the line `id,title,text` was a document, id `id`,
    # text `text`, then removed as too short (counted among the documents)
    header = [["id", "Title", "Text"]]
    jan = _csv(header + [[f"j{k}", "Jan", article(k)] for k in range(2)], delimiter)
    feb = _csv(header + [[f"f{k}", "Feb", article(k + 2)] for k in range(2)], delimiter)
    name = "all.csv" if delimiter == "," else "all.tsv"
    (tmp_path / name).write_text(bom + jan + bom + feb, encoding="utf-8")
    out = tmp_path / "out"
    result, output = invoke("run", tmp_path / name, "--out", out)
    assert result.exit_code == 0, output
    counts = _counts(out)
    assert (counts["read"], counts["kept"]) == (4, 4)
    assert kept_ids(out) == ["f0", "f1", "j0", "j1"]


def test_a_one_column_table_whose_text_is_the_word_text_keeps_the_row(tmp_path):
    path = tmp_path / "words.csv"
    path.write_text("text\ntext\nanother\n")
    assert [d.text for d in _docs(read_file(path))] == ["text", "another"]


def test_a_comment_line_and_a_crash_s_nul_bytes_in_json_lines_say_what_they_are(tmp_path):
    # each was "not valid JSON: Expecting value: line 1 column 1 (char 0)"
    rows = "".join(json.dumps({"id": f"r{k}", "text": article(k)}) + "\n" for k in range(2))
    path = tmp_path / "export.jsonl"
    path.write_bytes(
        b"# exported 2024-05-01 by the CMS\n// source: news\n" + rows.encode() + bytes(512)
    )
    items = list(read_file(path))
    assert [d.id for d in _docs(items)] == ["r0", "r1"]
    records = [(q.line, q.kind) for q in _quarantined(items)]
    assert records == [(1, "malformed_json"), (2, "malformed_json"), (5, "truncated")]
    comment, _, nuls = _quarantined(items)
    assert "a comment line ('# exported 2024-05-01 by the CMS')" in comment.error
    assert "512 NUL bytes" in nuls.error and "never written" in nuls.error
