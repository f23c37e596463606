"""A newcomer's own data, sixth round: files cut short (Feather/Arrow, `.zst`, `.bz2`), Polars'
own files, and the shapes a datatrove / NeMo Curator / `datasets` user brings."""

import gzip
import json
import os

import pyarrow as pa
import pyarrow.feather as feather
import pytest

from curate.io.readers import Document, Quarantined, read_file
from curate.publish.validate import validate_folder
from tests.test_newcomer_fields import article
from tests.test_newcomer_inputs import invoke, kept_ids
from tests.test_newcomer_inputs5 import _counts, _quarantine


def _table(n, prefix="f"):
    return pa.table(
        {"id": [f"{prefix}{k}" for k in range(n)], "text": [article(k) for k in range(n)]}
    )


@pytest.mark.parametrize("compression", ["uncompressed", "lz4", "zstd"])
def test_a_feather_file_cut_short_keeps_the_batches_before_the_cut(tmp_path, compression):
    # a download that stopped (or `df.to_feather` killed midway) has no footer: the file was
    # "not a readable Arrow file: Not an Arrow file" and all 40 rows lost
    folder = tmp_path / "export"
    folder.mkdir()
    path = folder / "articles.feather"
    feather.write_feather(_table(40), path, chunksize=10, compression=compression)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])
    out = tmp_path / "out"
    result, text = invoke("run", folder, "--out", out, "--workers", "1", "--skip", "dedup")
    assert result.exit_code == 0, text
    [row] = _quarantine(out)
    read = row["line"] - 1
    assert read >= 10 and read % 10 == 0 and row["kind"] == "truncated"
    assert row["file"] == str(path) and row["error"].startswith(f"could not read past row {read}")
    assert kept_ids(out) == sorted(f"f{n}" for n in range(read))
    assert _counts(out)["read"] == read + 1
    assert validate_folder(out) == []
    assert path.read_bytes() == data[: len(data) * 2 // 3]  # never written


def test_an_arrow_file_cut_in_its_footer_keeps_every_row_and_says_it_is_cut(tmp_path):
    path = tmp_path / "data.arrow"
    with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, _table(30).schema) as writer:
        for batch in _table(30).to_batches(max_chunksize=10):
            writer.write_batch(batch)
    footer = int.from_bytes(path.read_bytes()[-10:-6], "little")
    path.write_bytes(path.read_bytes()[: -(footer + 10) + 4])  # the stream whole, the footer not
    items = list(read_file(path))
    assert [i.id for i in items if isinstance(i, Document)] == [f"f{n}" for n in range(30)]
    [cut] = [i for i in items if isinstance(i, Quarantined)]
    assert (cut.kind, cut.line) == ("truncated", 31) and "ends before its footer" in cut.error


def test_a_file_that_only_starts_like_arrow_is_still_unreadable(tmp_path):
    path = tmp_path / "junk.arrow"
    path.write_bytes(b"ARROW1\x00\x00" + b"\x01" * 64)
    [item] = list(read_file(path))
    assert item.kind == "unreadable" and "not a readable Arrow file" in item.error


def test_json_lines_with_trailing_commas_are_read(tmp_path):
    # `{"id": "a", "text": "...",}` (JavaScript, JSON5, a hand edit) was quarantined as
    # "Expecting property name enclosed in double quotes", `[1, 2,]` as "Expecting value"
    path = tmp_path / "rows.jsonl"
    text = "A comma and a brace ,} inside the text stay. " + article(1)
    path.write_text(
        f'{{"id": "a", "text": {json.dumps(text)},}}\n'
        f'{{"id": "b", "text": {json.dumps(article(2))}, "tags": ["x", "y",],}}\n',
        encoding="utf-8",
    )
    items = list(read_file(path))
    assert [(i.id, i.text) for i in items] == [("a", text), ("b", article(2))]


def test_a_json_array_with_trailing_commas_loses_no_record(tmp_path):
    # objects ending `,}` lost the whole file; a comma after the last object was a
    # malformed_json record although every record was read
    folder = tmp_path / "export"
    folder.mkdir()
    rows = ",\n".join(f'  {{"id": "j{n}", "text": {json.dumps(article(n))},}}' for n in range(3))
    (folder / "articles.json").write_text(f"[\n{rows},\n]\n", encoding="utf-8")
    out = tmp_path / "out"
    result, text = invoke("run", folder, "--out", out, "--workers", "1")
    assert result.exit_code == 0, text
    assert kept_ids(out) == ["j0", "j1", "j2"] and _quarantine(out) == []
    assert validate_folder(out) == []


def test_a_line_that_is_broken_past_its_trailing_commas_is_still_quarantined(tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_text('{"id": "a", "text": "x",, }\n', encoding="utf-8")
    [item] = list(read_file(path))
    assert (item.kind, item.line) == ("malformed_json", 1)


def test_a_dash_for_standard_input_says_to_save_it_to_a_file(tmp_path, monkeypatch):
    # `cat rows.jsonl | curate run - --out clean` said "-: no such file or directory"
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out"
    result, text = invoke("run", "-", "--out", out)
    assert result.exit_code == 2, text
    assert "curate does not read standard input" in text and "> rows.jsonl" in text
    assert not out.exists()


def test_a_folder_named_dash_is_still_read(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "-").mkdir()
    (tmp_path / "-" / "a.txt").write_text(article(1), encoding="utf-8")
    out = tmp_path / "out"
    result, text = invoke("run", "-", "--out", out, "--workers", "1")
    assert result.exit_code == 0, text
    assert kept_ids(out) == ["a"]


def _zstd(data):
    sink = pa.BufferOutputStream()
    stream = pa.CompressedOutputStream(sink, "zstd")
    stream.write(data)
    stream.close()
    return sink.getvalue().to_pybytes()


def _bzip2(data):
    import bz2

    return bz2.compress(data)


def _lines(n, words=300):
    # texts that do not repeat (a block of article() copies compresses to nothing)
    import random

    draw = random.Random(6)
    vocab = [
        "".join(draw.choice("etaoinshrdlu") for _ in range(draw.randint(2, 9))) for _ in range(4000)
    ]
    texts = (" ".join(draw.choice(vocab) for _ in range(words)) for _ in range(n))
    return "".join(json.dumps({"id": f"r{k}", "text": t}) + "\n" for k, t in enumerate(texts))


@pytest.mark.parametrize(
    ("suffix", "compress", "name"), [(".zst", _zstd, "Zstandard"), (".bz2", _bzip2, "bzip2")]
)
def test_a_small_cut_zst_or_bz2_file_says_where_it_ends_and_why_no_line_was_read(
    tmp_path, suffix, compress, name
):
    # its record said only "could not read past line 0: Truncated compressed stream": one
    # block, cut, decodes to nothing (a cut .gz keeps its lines; these formats cannot)
    folder = tmp_path / "dump"
    folder.mkdir()
    whole = compress(_lines(30).encode("utf-8"))
    path = folder / f"rows.jsonl{suffix}"
    path.write_bytes(whole[: len(whole) * 2 // 3])
    out = tmp_path / "out"
    result, text = invoke("run", folder, "--out", out, "--workers", "1")
    assert result.exit_code == 0, text
    [row] = _quarantine(out)
    assert (row["file"], row["line"], row["kind"]) == (str(path), 1, "truncated")
    assert f"the file ends at byte {len(whole) * 2 // 3:,}, inside a {name} block" in row["error"]
    assert "fetch the file again" in row["error"] and "\n" not in row["error"]
    assert _counts(out) == {"read": 1, "kept": 0, "removed": 0, "quarantined": 1}
    assert validate_folder(out) == []


@pytest.mark.parametrize(("suffix", "compress"), [(".zst", _zstd), (".bz2", _bzip2)])
def test_a_large_cut_zst_or_bz2_file_keeps_the_lines_of_its_whole_blocks(
    tmp_path, suffix, compress
):
    data = _lines(1300).encode("utf-8")  # about 2.6 MB: bzip2's blocks are 900 kB of text
    whole = compress(data)
    path = tmp_path / f"rows.jsonl{suffix}"
    path.write_bytes(whole[: len(whole) * 2 // 3])
    items = list(read_file(path))
    docs = [i for i in items if isinstance(i, Document)]
    [cut] = [i for i in items if isinstance(i, Quarantined)]
    assert len(docs) >= 300 and [d.id for d in docs] == [f"r{k}" for k in range(len(docs))]
    assert (cut.kind, cut.line) == ("truncated", len(docs) + 1)
    assert cut.error.startswith(f"could not read past line {len(docs)}: ")


def test_a_cut_txt_bz2_names_where_it_ends(tmp_path):
    path = tmp_path / "story.txt.bz2"
    whole = _bzip2(article(1).encode("utf-8"))
    path.write_bytes(whole[:-20])
    [item] = list(read_file(path))
    assert item.kind == "truncated" and item.id == "story"
    assert f"ends at byte {len(whole) - 20:,}, inside a bzip2 block" in item.error


POLARS_WRITERS = {
    "parquet": lambda df, path: df.write_parquet(path),
    "parquet (lz4)": lambda df, path: df.write_parquet(path, compression="lz4"),
    "sink_parquet": lambda df, path: df.lazy().sink_parquet(path),
    "ipc (feather)": lambda df, path: df.write_ipc(path),
    "ipc (zstd)": lambda df, path: df.write_ipc(path, compression="zstd"),
    "ipc stream": lambda df, path: df.write_ipc_stream(path),
    "ndjson": lambda df, path: df.write_ndjson(path),
    "csv": lambda df, path: df.write_csv(path),
    "json": lambda df, path: df.write_json(path),
}
POLARS_SUFFIXES = {
    "parquet": ".parquet",
    "parquet (lz4)": ".parquet",
    "sink_parquet": ".parquet",
    "ipc (feather)": ".feather",
    "ipc (zstd)": ".arrow",
    "ipc stream": ".arrow",
    "ndjson": ".jsonl",
    "csv": ".csv",
    "json": ".json",
}


@pytest.mark.parametrize("writer", sorted(POLARS_WRITERS))
def test_files_polars_writes_are_read(tmp_path, writer):
    # Polars >= 1.0 writes `string_view` columns in its IPC files; round 5 tested the types
    # through pyarrow only, these are Polars' own files
    pl = pytest.importorskip("polars")
    df = pl.DataFrame(
        {"id": [f"p{n}" for n in range(3)], "text": [article(n) for n in range(3)], "n": [1, 2, 3]}
    )
    path = tmp_path / f"frame{POLARS_SUFFIXES[writer]}"
    POLARS_WRITERS[writer](df, path)
    items = list(read_file(path))
    assert [(i.id, i.text) for i in items] == [(f"p{n}", article(n)) for n in range(3)]


def test_a_polars_ipc_file_cut_in_its_footer_keeps_its_rows(tmp_path):
    pl = pytest.importorskip("polars")
    path = tmp_path / "frame.arrow"
    pl.DataFrame({"id": ["a", "b"], "text": [article(1), article(2)]}).write_ipc(path)
    data = path.read_bytes()
    footer = int.from_bytes(data[-10:-6], "little")
    path.write_bytes(data[: -(footer + 10)])
    items = list(read_file(path))
    assert [i.id for i in items if isinstance(i, Document)] == ["a", "b"]
    assert items[-1].kind == "truncated"


def _spark_parts(folder, field):
    folder.mkdir()
    (folder / "_SUCCESS").write_text("", encoding="utf-8")
    for part in range(2):
        rows = "".join(
            json.dumps({"id": f"s{part}{k}", field: article(2 * part + k)}) + "\n" for k in range(2)
        )
        (folder / f"part-0000{part}").write_text(rows, encoding="utf-8")


def test_files_with_no_extension_holding_json_lines_are_read_as_json_lines(tmp_path):
    # a Spark job's `part-00000` (`rdd.map(json.dumps).saveAsTextFile`): passed over with the
    # advice to rename every part, a folder of them stopping the run (io.json_lines_txt)
    _spark_parts(tmp_path / "spark_out", "text")
    result, text = invoke("run", tmp_path / "spark_out", "--out", tmp_path / "out")
    assert result.exit_code == 0, text
    assert kept_ids(tmp_path / "out") == ["s00", "s01", "s10", "s11"]
    assert "hold JSON Lines" not in text


def test_files_with_no_extension_holding_json_lines_of_no_text_are_named_as_json_lines(
    tmp_path,
):
    _spark_parts(tmp_path / "spark_out", "payload")
    result, text = invoke("run", tmp_path / "spark_out", "--out", tmp_path / "out")
    assert "2 file(s) with no extension hold JSON Lines" in text
    assert "named .jsonl" in text and "named .txt" not in text


def test_files_with_no_extension_holding_prose_are_still_named_as_text(tmp_path):
    folder = tmp_path / "posts"
    folder.mkdir()
    (folder / "61042").write_text(article(1), encoding="utf-8")
    (folder / "a.txt").write_text(article(2), encoding="utf-8")
    result, text = invoke("run", folder, "--out", tmp_path / "out", "--workers", "1")
    assert result.exit_code == 0, text
    assert "hold text and were not read" in text and "named .txt" in text


PAGE = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Budget vote</title></head><body>'
    "<article><h1>Budget vote</h1><p>{0} Café.</p><p>{1}</p></article></body></html>"
)


@pytest.mark.parametrize(
    ("name", "encode"),
    [
        # PowerShell 5: `Invoke-WebRequest $url > page.html`, Notepad's "Unicode"
        ("page.html", lambda page: page.encode("utf-16")),
        ("page.htm", lambda page: page.encode("utf-16-le")),  # no byte order mark
        ("page.html", lambda page: page.encode("utf-32")),
        # `curl $url > page.html` without --compressed: the gzip body as it came
        ("page.html", lambda page: gzip.compress(page.encode("utf-8"))),
        ("page.html.gz", lambda page: page.encode("utf-8")),  # decompressed under its name
    ],
)
def test_a_page_saved_as_utf16_or_compressed_under_a_plain_name_is_read(tmp_path, name, encode):
    # each was one html_extraction record: "binary data (NUL bytes)" or "(gzip data), not
    # HTML", or "could not read the HTML file: Not a gzipped file"
    folder = tmp_path / "saved"
    folder.mkdir()
    page = PAGE.format(article(1), article(2))
    (folder / name).write_bytes(encode(page))
    out = tmp_path / "out"
    result, text = invoke("run", folder, "--out", out, "--workers", "1")
    assert result.exit_code == 0, text
    assert _quarantine(out) == [] and kept_ids(out) == ["page"]
    [row] = [json.loads(line) for path in (out / "jsonl").glob("*.jsonl") for line in path.open()]
    assert row["title"] == "Budget vote" and "Café." in row["text"]
    assert validate_folder(out) == []


def test_a_binary_file_named_html_is_still_quarantined(tmp_path):
    path = tmp_path / "image.html"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    [item] = list(read_file(path))
    assert item.kind == "html_extraction" and item.error.startswith("binary data")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_a_pipe_given_as_input_says_to_save_it_to_a_file(tmp_path):
    # `curate run <(zcat rows.jsonl.gz)` names /dev/fd/63: the run waited on the pipe
    from curate.io.readers import InputError, walk_inputs

    pipe = tmp_path / "rows.jsonl"
    os.mkfifo(pipe)
    with pytest.raises(InputError, match=r"a pipe, not a file .*save it to one"):
        walk_inputs([pipe])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_a_named_pipe_in_an_input_folder_is_passed_over_not_opened(tmp_path):
    # a FIFO in the folder held the run forever, silent, waiting for a writer
    from curate.io.readers import walk_inputs

    (tmp_path / "a.txt").write_text(article(1), encoding="utf-8")
    os.mkfifo(tmp_path / "live.txt")
    inputs = walk_inputs([tmp_path])
    assert [p.name for p in inputs.paths] == ["a.txt"]
    assert inputs.skipped == [str(tmp_path / "live.txt")]


@pytest.mark.parametrize(
    "text",
    [
        "Zażółć gęślą jaźń, w Łodzi.",
        "Żółta łódź płynęła po jeziorze, a ludzie śpiewali piosenki o miłości i przyjaźni.",
        "Wczoraj w Warszawie odbyło się spotkanie przedstawicieli rządu z samorządowcami.",
    ],
)
def test_polish_in_windows_1250_is_not_read_as_windows_1252(tmp_path, text):
    # "Za¿ó³æ gêœl¹ jaŸñ, w £odzi": charset_normalizer said cp1250, and cp1252 won because the
    # bytes decode in it too (io.latin_cousins)
    path = tmp_path / "wiadomosci.txt"
    path.write_bytes(text.encode("cp1250"))
    [doc] = list(read_file(path))
    assert (doc.text, doc.labels["encoding"]) == (text, "cp1250")


@pytest.mark.parametrize(
    "text",
    [
        "Le café était fermé à Noël, très tard.",
        "Der Bürgermeister sagte, die Straße werde nächste Woche gesperrt.",
        "Größe: 5², Preis 3½ €, Temperatur 20°C, ±2.",
        "São Paulo é a maior cidade, 3° lugar, 1½ km².",
    ],
)
def test_western_text_in_a_legacy_code_page_stays_windows_1252(tmp_path, text):
    path = tmp_path / "news.txt"
    path.write_bytes(text.encode("cp1252"))
    [doc] = list(read_file(path))
    assert (doc.text, doc.labels["encoding"]) == (text, "cp1252")


@pytest.mark.parametrize("suffix", [".jsonl", ".json"])
def test_records_encoded_twice_are_read_as_records(tmp_path, suffix):
    # `f.write(json.dumps(json.dumps(row)))`: each line became a document whose text was the
    # record's JSON source, `{"id": "d0", "text": ...`, its id lost
    path = tmp_path / f"rows{suffix}"
    rows = [json.dumps({"id": f"d{n}", "text": article(n)}) for n in range(2)]
    if suffix == ".jsonl":
        path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    else:
        path.write_text(json.dumps(rows), encoding="utf-8")
    items = list(read_file(path))
    assert [(i.id, i.text) for i in items] == [("d0", article(0)), ("d1", article(1))]


def test_a_bare_string_of_braces_that_is_no_record_stays_a_text(tmp_path):
    path = tmp_path / "snippets.jsonl"
    texts = ['{"color": "red", "size": 3}', "{ a set of words in braces }"]
    path.write_text("".join(json.dumps(t) + "\n" for t in texts), encoding="utf-8")
    assert [i.text for i in read_file(path)] == texts


def test_a_csv_row_cut_by_a_line_break_is_a_malformed_row_not_advice_to_read_another_column(
    tmp_path,
):
    # `f.write(f"{id},{title},{text}\n")` with a paragraph break: the line after it was
    # "no 'text' field (the row has 'id', 'title'); if 'title' holds the text: --text-field
    # title", advice that reads every row wrong
    folder = tmp_path / "scraped"
    folder.mkdir()
    (folder / "news.csv").write_text(
        f"id,title,text\na,Budget,{article(1).replace(',', '')}\nThe second paragraph, cut.\n"
        f"b,Storm,{article(2).replace(',', '')}\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result, text = invoke("run", folder, "--out", out, "--workers", "1")
    assert result.exit_code == 0, text
    assert kept_ids(out) == ["a", "b"]
    [row] = _quarantine(out)
    assert (row["line"], row["kind"], row["id"]) == (2, "malformed_row", "news-2")
    assert "2 of the header's 3 fields and ends before 'text'" in row["error"]
    assert "--text-field" not in row["error"] and "--text-field" not in text
    assert validate_folder(out) == []


@pytest.mark.parametrize(
    ("joins", "lines"),
    [
        (["", ""], [1, 1, 1]),  # `f.write(json.dumps(row))`, no "\n": one line
        (["\n", ""], [1, 2, 2]),  # the "\n" forgotten once
        ([" ", "\n"], [1, 1, 2]),
    ],
)
def test_json_lines_written_without_their_line_breaks_lose_no_record(tmp_path, joins, lines):
    # each such line was one malformed_json record ("Extra data"), its records lost
    rows = [json.dumps({"id": f"n{k}", "text": article(k)}) for k in range(3)]
    path = tmp_path / "rows.jsonl"
    path.write_text(rows[0] + joins[0] + rows[1] + joins[1] + rows[2] + "\n", encoding="utf-8")
    items = list(read_file(path))
    assert [(i.id, i.labels["input_line"]) for i in items] == list(
        zip(["n0", "n1", "n2"], lines, strict=True)
    )


def test_an_object_glued_to_no_json_is_still_malformed(tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_text('{"id": "a", "text": "x"} trailing words\n', encoding="utf-8")
    [item] = list(read_file(path))
    assert item.kind == "malformed_json" and "Extra data" in item.error


def test_a_parquet_file_cut_short_says_so_and_to_fetch_it_again(tmp_path):
    # "Parquet magic bytes not found in footer. Either the file is corrupted or this is not a
    # parquet file." for a download that stopped
    import pyarrow.parquet as pq

    path = tmp_path / "train.parquet"
    pq.write_table(_table(40), path, row_group_size=10)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])
    [item] = list(read_file(path))
    assert item.kind == "truncated"
    assert f"ends at byte {len(data) * 2 // 3:,} without its footer" in item.error
    assert "fetch the file again" in item.error


@pytest.mark.parametrize("suffix", [".parquet", ".arrow"])
def test_a_web_page_or_a_server_message_saved_as_data_says_what_it_is(tmp_path, suffix):
    # a Hub `/blob/` link fetched with wget, a gated dataset without a token: both were
    # "magic bytes not found" / "Not an Arrow file"
    page = tmp_path / f"page{suffix}"
    page.write_text(
        "\n<!DOCTYPE html>\n<html><head><title>data · org/ds at main</title></head></html>",
        encoding="utf-8",
    )
    message = tmp_path / f"gated{suffix}"
    message.write_text("Access to dataset org/ds is restricted. Please log in.", encoding="utf-8")
    [item] = list(read_file(page))
    assert item.kind == "unreadable" and "the file is a web page, not data" in item.error
    assert "'/blob/' link instead of '/resolve/'" in item.error
    [item] = list(read_file(message))
    assert "the file is text, not data: 'Access to dataset org/ds is restricted." in item.error


@pytest.mark.parametrize("name", ["train.jsonl", "train.jsonl.gz", "train.ndjson.zst"])
def test_a_web_page_saved_as_json_lines_is_one_record_not_one_a_line(tmp_path, name):
    # `wget https://huggingface.co/datasets/org/ds/blob/main/train.jsonl`: the page's every
    # line was a malformed_json record ("Expecting value"), read counting them as rows
    folder = tmp_path / "hub"
    folder.mkdir()
    lines = ["<!DOCTYPE html>", '<html lang="en">', "<head><title>train.jsonl</title></head>"]
    page = "\n".join([*lines, *(f"<div>line {n}</div>" for n in range(40)), "</html>"])
    data = page.encode("utf-8")
    data = gzip.compress(data) if name.endswith(".gz") else data
    (folder / name).write_bytes(_zstd(data) if name.endswith(".zst") else data)
    (folder / "a.txt").write_text(article(1), encoding="utf-8")
    out = tmp_path / "out"
    result, text = invoke("run", folder, "--out", out, "--workers", "1")
    assert result.exit_code == 0, text
    [row] = _quarantine(out)
    assert row["kind"] == "unreadable" and "the file is a web page, not data" in row["error"]
    assert _counts(out)["read"] == 2
    assert validate_folder(out) == []


def test_datatrove_and_dolma_rows_keep_their_url_from_metadata(tmp_path):
    # datatrove writes {"text", "id", "media", "metadata": {"url", ...}}, Dolma a collection
    # name as `source`: the document's source was the file (or "common-crawl")
    import pyarrow.parquet as pq

    folder = tmp_path / "dt"
    folder.mkdir()
    rows = [
        {"text": article(1), "id": "d1", "media": [], "metadata": {"url": "https://a.com/1"}},
        {
            "id": "d2",
            "text": article(2),
            "source": "common-crawl",
            "metadata": {"url": "https://b.org/2"},
        },
        {
            "id": "d3",
            "text": article(3),
            "url": "https://c.net/3",
            "metadata": {"url": "https://x.y/"},
        },
        {"id": "d4", "text": article(4), "metadata": {"url": "not a url"}},
    ]
    (folder / "00000.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8"
    )
    pq.write_table(
        pa.table({"text": [article(5)], "id": ["p5"], "metadata": [{"url": "https://d.io/5"}]}),
        folder / "00001.parquet",
    )
    sources = {doc.id: doc.source for path in sorted(folder.iterdir()) for doc in read_file(path)}
    assert sources == {
        "d1": "https://a.com/1",
        "d2": "https://b.org/2",
        "d3": "https://c.net/3",
        "d4": str(folder / "00000.jsonl"),
        "p5": "https://d.io/5",
    }
