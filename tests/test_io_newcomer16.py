"""Inputs a first run brings, one test a kind (session 26, sixteenth round): headerless tables
of three columns or more, or a label first (io.id_text_rows), what datatrove, Data-Juicer and
Hugging Face `datasets` leave beside their output (io.tool_files), JSON Lines mixing objects
and string arrays (io.array_lines), a compression its name does not say (io.compressed), a
Parquet file compressed whole (io.not_parquet)."""

from __future__ import annotations

import bz2
import csv
import gzip
import json
import lzma
from pathlib import Path

import pytest

from curate.io.readers import skipped_kinds
from tests.newcomer_runs import documents, quarantined, read_all, run_counted, text_of, texts_of
from tests.test_newcomer_inputs import invoke

# -- a headerless table of 3+ columns, or a label first (io.id_text_rows) -------------------


def _url(k: int) -> str:
    return f"https://example.org/news/2024/story-{k}"


TABLES = {  # name: a row, the ids, the titles and the addresses read
    # `id<TAB>text<TAB>label`: a labelled corpus cut with `cut -f1-3`
    "labelled.tsv": (lambda k, t: [f"d{k}", t, ["pos", "neg"][k % 2]], "d{}", None, None),
    # AG News' `class,title,description`: no id, the file's and row's
    "ag_news.csv": (lambda k, t: [str(k % 2 + 1), f"Headline {k}", t], None, "Headline {}", None),
    # Yelp's and Amazon's polarity sets: `"label","text"`
    "yelp.csv": (lambda k, t: [str(k % 2 + 1), t], None, None, None),
    # MS MARCO's documents: `docid<TAB>url<TAB>title<TAB>body`
    "docs.tsv": (lambda k, t: [f"D{k}", _url(k), f"Title {k}", t], "D{}", "Title {}", _url),
    # a text a row: `df.text.to_csv("texts.csv", header=False, index=False)`
    "texts.csv": (lambda k, t: [t], None, None, None),
    # a date first, a source last: the date is the id, the source a label
    "dated.csv": (lambda k, t: [f"2024-05-0{k + 1}", t, "Reuters"], "2024-05-0{}", None, None),
}


@pytest.mark.parametrize("name", sorted(TABLES))
def test_a_headerless_table_of_more_columns_is_read_a_row_a_document(tmp_path, name):
    # "its first row (line 1) is data, not a header": advice only, every row left out
    row, ids, titles, urls = TABLES[name]
    (tmp_path / "in").mkdir()
    path = tmp_path / "in" / name
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter="\t" if name.endswith(".tsv") else ",")
        writer.writerows(row(k, t) for k, t in enumerate(texts_of(4)))
    items = read_all(tmp_path / "in")
    docs = documents(items)
    assert [d.text for d in docs] == texts_of(4) and not quarantined(items)
    first = 1 if name == "dated.csv" else 0  # `2024-05-01` the first row's
    stem = name.split(".")[0]
    want = [ids.format(k + first) if ids else f"{stem}-{k + 1}" for k in range(4)]
    assert [d.id for d in docs] == want
    assert [d.title for d in docs] == [titles.format(k) if titles else None for k in range(4)]
    assert docs[2].source == (urls(2) if urls else str(path))
    report, text = run_counted(tmp_path / "in", "--out", tmp_path / "out")
    assert report["counts"]["read"] == 4 == report["counts"]["kept"]
    assert "not a header" not in text


def test_a_later_row_of_another_width_is_quarantined_by_its_line(tmp_path):
    from curate.io.id_text_rows import SAMPLE_ROWS

    rows = [f"d{k}\t{text_of(k)}\tpos" for k in range(SAMPLE_ROWS + 2)]
    rows[SAMPLE_ROWS] = f"d{SAMPLE_ROWS}\t{text_of(SAMPLE_ROWS)}"  # its label lost
    (tmp_path / "c.tsv").write_text("\n".join(rows) + "\n")
    items = read_all(tmp_path)
    assert len(documents(items)) == SAMPLE_ROWS + 1
    ((bad),) = quarantined(items)
    assert (bad.line, bad.kind) == (SAMPLE_ROWS + 1, "malformed_row")
    assert "2 fields where this table without a header has 3 (id, text, label)" in bad.error


@pytest.mark.parametrize(
    "body",
    [
        "".join(f"Jane Doe\t{t}\tLocal news\n" for t in texts_of(3)),  # prose alone, no token
        "".join(f"{k}\t{t}" + "\tx" * 8 + "\n" for k, t in enumerate(texts_of(3))),  # 10 wide
    ],
)
def test_a_table_that_may_have_a_header_or_no_token_column_keeps_its_advice(tmp_path, body):
    (tmp_path / "t.tsv").write_text(body)
    assert not documents(read_all(tmp_path))
    result, _ = invoke("run", tmp_path, "--out", tmp_path / "out")
    assert result.exit_code != 0


def test_a_headed_table_of_one_prose_column_is_read_from_it(tmp_path):
    # `key<TAB>passage<TAB>tag` over its rows: a header (session 16's advice: --text-field
    # passage), whose one column of prose is the text (io.prose_columns)
    body = "key\tpassage\ttag\n" + "".join(f"k{k}\t{t}\tpos\n" for k, t in enumerate(texts_of(3)))
    (tmp_path / "t.tsv").write_text(body)
    docs = documents(read_all(tmp_path))
    assert [(d.id, d.text, d.labels["text_field"]) for d in docs] == [
        (f"t-{k + 1}", t, "passage") for k, t in enumerate(texts_of(3))
    ]


# -- a `.txt` of headerless rows (io.text_tables) ------------------------------------------


@pytest.mark.parametrize(
    "row, ids",
    [
        (lambda k, t: f"{['pos', 'neg'][k % 2]}\t{t}", None),  # a sentiment set's `train.txt`
        (lambda k, t: f"{t};{['joy', 'anger'][k % 2]}", None),  # `text;label`
        (lambda k, t: f"q{k}\t{t}\t{k % 2}", "q{}"),  # `cut -f1-3` saved as .txt
    ],
)
def test_a_txt_of_headerless_rows_is_read_a_line_a_document(tmp_path, row, ids):
    # ONE document, every row glued to the next with its label
    lines = [row(k, t) for k, t in enumerate(texts_of(4))]
    lines.insert(2, "")  # a blank line: no row, counted by its line all the same
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "train.txt").write_text("\n".join(lines) + "\n")
    items = read_all(tmp_path / "in")
    docs = documents(items)
    assert [d.text for d in docs] == texts_of(4)
    want = (
        [ids.format(k) for k in range(4)] if ids else ["train-1", "train-2", "train-4", "train-5"]
    )
    assert [d.id for d in docs] == want and not quarantined(items)
    report, _ = run_counted(tmp_path / "in", "--out", tmp_path / "out")
    assert report["counts"]["read"] == 4


@pytest.mark.parametrize(
    "body",
    [
        "".join(f"{t}\n" for t in texts_of(5)),  # a line a paragraph
        "Dear council;\n" + "".join(f"\t{t}\n" for t in texts_of(4)),  # indented paragraphs
        "".join(f"{t[:30]}; {t[30:]}\n" for t in texts_of(5)),  # prose on both sides of `;`
        f"id\t{text_of(0)}\tpos\nid2\t{text_of(1)}\tneg\n",  # two rows: a document
    ],
)
def test_a_txt_of_prose_stays_one_document(tmp_path, body):
    (tmp_path / "a.txt").write_text(body)
    (doc,) = documents(read_all(tmp_path))
    assert doc.id == "a"


# -- datatrove's `removed/` beside its output (io.tool_files) -------------------------------


def _datatrove_output(root: Path, parquet: bool = False) -> None:
    """`output/` and `removed/<filter>/<dump>/` as datatrove's FineWeb example writes them."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    def write(path: Path, rows: list[dict]) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        if parquet:
            pq.write_table(pa.Table.from_pylist(rows), path.with_suffix(".parquet"))
            return
        with gzip.open(path.with_suffix(".jsonl.gz"), "wt") as handle:
            handle.writelines(json.dumps(row) + "\n" for row in rows)

    for rank in range(2):
        meta = {"dump": "CC-MAIN-2024-10"}
        kept = [
            {"text": text_of(rank * 2 + k), "id": f"d{rank}{k}", "metadata": meta} for k in (0, 1)
        ]
        write(root / "output" / f"{rank:05d}", kept)
        for step in ("1_trafilatura", "2_gopher"):
            meta = {"filter_reason": "gopher_short_doc", "dump": "CC-MAIN-2024-10"}
            gone = [{"text": text_of(10 + rank), "id": f"r{rank}", "metadata": meta}]
            write(root / "removed" / step / "CC-MAIN-2024-10" / f"{rank:05d}", gone)


@pytest.mark.parametrize("parquet", [False, True])
def test_datatroves_removed_folder_is_skipped_by_kind(tmp_path, parquet):
    # each document datatrove's filters removed was read back in, kept beside the ones kept
    _datatrove_output(tmp_path / "job", parquet)
    report, text = run_counted(tmp_path / "job", "--out", tmp_path / "out")
    assert report["counts"]["read"] == 4 == report["counts"]["kept"]
    assert skipped_kinds(report["skipped_files"]) == {"datatrove removed documents": 4}
    assert "4 file(s) of datatrove removed documents not read" in text
    assert "give that folder itself to read them" in text
    report, _ = run_counted(tmp_path / "job" / "removed", "--out", tmp_path / "o2")
    assert report["counts"]["read"] == 4 and not report.get("skipped_files")


def test_a_removed_folder_of_ones_own_records_is_read(tmp_path):
    (tmp_path / "in" / "removed").mkdir(parents=True)
    rows = "".join(json.dumps({"text": t, "id": f"x{k}"}) + "\n" for k, t in enumerate(texts_of(2)))
    (tmp_path / "in" / "removed" / "a.jsonl").write_text(rows)  # no datatrove `metadata`
    assert len(documents(read_all(tmp_path / "in"))) == 2


# -- Data-Juicer's tracer and log in its work folder (io.tool_files) ------------------------


def _juicer_work_dir(root: Path) -> None:
    root.mkdir()
    rows = "".join(json.dumps({"text": t}) + "\n" for t in texts_of(3))
    (root / "demo-processed.jsonl").write_text(rows)
    trace = root / "trace"
    trace.mkdir()
    dropped = [{"text": text_of(k), "__dj__stats__": {"text_len": 5}} for k in (10, 11)]
    (trace / "filter-text_length_filter.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in dropped)
    )
    pair = {"original text": f"<p>{text_of(0)}</p>", "processed_text": text_of(0)}
    (trace / "mapper-clean_html_mapper.jsonl").write_text(json.dumps(pair) + "\n")
    dup = {"dup1": text_of(1), "dup2": text_of(1)}
    (trace / "duplicate-document_deduplicator.jsonl").write_text(json.dumps(dup) + "\n")
    (root / "log").mkdir()
    log = "2024-01-05 14:30:00 | INFO | data_juicer.core.executor:87 - Loading dataset\n"
    latest = root / "ckpt" / "latest"  # `use_checkpoint: true`: save_to_disk part-way
    latest.mkdir(parents=True)
    _arrow(latest / "data-00000-of-00001.arrow", texts_of(3))
    (latest / "state.json").write_text(json.dumps({"_data_files": [], "_fingerprint": "ab12"}))
    (root / "ckpt" / "ckpt_op.json").write_text(json.dumps([{"clean_html_mapper": {}}]))
    for suffix in ("", "_DEBUG"):
        (root / "log" / f"export_demo-processed.jsonl_time_20240105143000{suffix}.txt").write_text(
            log
        )


def test_data_juicers_trace_and_log_are_skipped_by_kind(tmp_path):
    # the dropped samples read as documents, the pairs quarantined ("--text-field dup2"), the
    # log read as an article, the checkpoint's documents read beside the export's
    _juicer_work_dir(tmp_path / "work")
    report, text = run_counted(tmp_path / "work", "--out", tmp_path / "out")
    assert report["counts"]["read"] == 3 == report["counts"]["kept"]
    assert skipped_kinds(report["skipped_files"]) == {
        "data-juicer trace": 3,
        "data-juicer checkpoint": 3,
        "data-juicer log": 2,
    }
    assert "--text-field" not in text and "3 file(s) of data-juicer trace not read" in text


def test_a_trace_folder_of_other_files_is_read(tmp_path):
    (tmp_path / "trace").mkdir()
    rows = json.dumps({"text": text_of(0)}) + "\n"
    (tmp_path / "trace" / "filter-x.jsonl").write_text(rows)
    (tmp_path / "trace" / "notes.jsonl").write_text(rows.replace("0", "9"))
    (tmp_path / "log").mkdir()
    (tmp_path / "log" / "export_week_20240105.txt").write_text(text_of(3))  # no timestamp
    assert len(documents(read_all(tmp_path))) == 3


# -- Hugging Face datasets' cache sidecars (io.tool_files) ----------------------------------


def _arrow(path: Path, texts: list[str]) -> None:
    import pyarrow as pa

    table = pa.table({"text": texts})
    with pa.ipc.new_stream(path, table.schema) as writer:
        writer.write_table(table)


def _datasets_cache(root: Path) -> None:
    """`load_dataset("org/news")`'s cache: a prepared shard, its description, locks, a map's
    cache, downloads (a file, an archive's members) and their records, a build that did not
    finish."""
    prepared = root / "org___news" / "default" / "0.0.0" / "3f2a9b8c"
    prepared.mkdir(parents=True)
    _arrow(prepared / "news-train.arrow", texts_of(3))
    _arrow(prepared / "cache-4f2a1b9c8d7e6f50.arrow", [t.upper() for t in texts_of(3)])
    info = {"description": "", "features": {"text": {"dtype": "string", "_type": "Value"}}}
    (prepared / "dataset_info.json").write_text(json.dumps(info))
    (prepared.parent / "3f2a9b8c_builder.lock").write_text("")
    (root / "_root_.cache_huggingface_datasets_org___news_default_0.0.0_3f2a9b8c.lock").touch()
    unfinished = prepared.parent / "77aa01.incomplete"
    unfinished.mkdir()
    _arrow(unfinished / "news-train-00000-of-00002.arrow", texts_of(2, 20))
    downloads = root / "downloads"
    downloads.mkdir()
    (downloads / "9e10.json").write_text(json.dumps({"url": "https://x/n.parquet", "etag": None}))
    (downloads / "9e10.lock").touch()
    (downloads / "a3c1.incomplete").write_bytes(b"PAR1 partial")
    rows = "".join(json.dumps({"text": t}) + "\n" for t in texts_of(3))
    (downloads / "9e10").write_bytes(gzip.compress(rows.encode()))  # the source, by its hash
    (downloads / "extracted" / "5d7e").mkdir(parents=True)
    (downloads / "extracted" / "5d7e" / "train.jsonl").write_text(rows)


def test_a_datasets_cache_is_read_once_its_sidecars_skipped_by_kind(tmp_path):
    # counted as `.lock 3, .incomplete 1, .json 2`; the map's cache, the unfinished build and
    # the downloads read as documents, beside the shard they came from
    _datasets_cache(tmp_path / "datasets")
    report, text = run_counted(tmp_path / "datasets", "--out", tmp_path / "out")
    assert report["counts"]["read"] == 3 == report["counts"]["kept"]
    assert skipped_kinds(report["skipped_files"]) == {
        "datasets download": 5,  # the source, an archive's member, their record and lock
        "lock file": 2,
        "unfinished download": 1,
        "datasets map cache": 1,
        "datasets metadata": 1,
    }
    assert "1 file(s) of datasets map cache not read" in text
    report, _ = run_counted(tmp_path / "datasets" / "downloads", "--out", tmp_path / "o2")
    assert report["counts"]["read"] == 6  # given itself: its files are read


def test_save_to_disk_metadata_is_named_and_a_lone_cache_file_is_read(tmp_path):
    import datasets

    splits = {"train": texts_of(3), "test": texts_of(2, 10)}
    dataset = datasets.DatasetDict(
        {k: datasets.Dataset.from_dict({"text": v}) for k, v in splits.items()}
    )
    dataset.save_to_disk(str(tmp_path / "ds"))
    report, _ = run_counted(tmp_path / "ds", "--out", tmp_path / "out")
    assert report["counts"]["read"] == 5
    assert skipped_kinds(report["skipped_files"]) == {"datasets metadata": 5}
    (tmp_path / "lone").mkdir()
    _arrow(tmp_path / "lone" / "cache-4f2a1b9c8d7e6f50.arrow", texts_of(2))  # no shard beside
    (tmp_path / "lone" / "state.json").write_text(json.dumps([{"text": text_of(5)}]))  # records
    assert len(documents(read_all(tmp_path / "lone"))) == 3


def test_a_zipped_cache_folders_lock_files_are_skipped_records(tmp_path):
    # each an `unsupported` record, "a member of a kind curate does not read (.lock)"
    import zipfile

    rows = "".join(json.dumps({"text": t}) + "\n" for t in texts_of(3))
    with zipfile.ZipFile(tmp_path / "cache.zip", "w") as archive:
        archive.writestr("data/a.jsonl", rows)
        archive.writestr("data/a.jsonl.lock", "")
        archive.writestr("downloads/9e10.incomplete", b"partial")
    report, text = run_counted(tmp_path, "--out", tmp_path / "out")
    assert report["counts"]["read"] == 5 and report["counts"]["kept"] == 3
    assert report["counts"]["quarantined"] == 0
    assert "archive_member_lock_file 1" in text and "archive_member_unfinished_download 1" in text


# -- RedPajama-V2's and datatrove's files of no text (io.tool_files) -----------------------


def test_redpajama_and_datatrove_files_of_no_text_are_skipped_by_kind(tmp_path):
    # RedPajama's minhash and duplicates rows quarantined one by one (8 for 6 documents), the
    # rest counted as `.json.gz`, `.sig`, `.dups`, `.remove`, `.ds`
    import pyarrow as pa
    import pyarrow.parquet as pq

    part = Path("2023-06") / "0000"
    for folder in ("documents", "quality_signals", "minhash", "duplicates"):
        (tmp_path / "rp" / folder / part).mkdir(parents=True)
    rows = [{"url": _url(k), "raw_content": t} for k, t in enumerate(texts_of(3))]
    with gzip.open(tmp_path / "rp" / "documents" / part / "en_head.json.gz", "wt") as handle:
        handle.writelines(json.dumps(row) + "\n" for row in rows)
    signals = {"id": "2023-06/0000/en_head.json.gz/0", "quality_signals": {"ccnet_length": []}}
    with gzip.open(
        tmp_path / "rp" / "quality_signals" / part / "en_head.signals.json.gz", "wt"
    ) as h:
        h.write(json.dumps(signals) + "\n")
    ids = [f"2023-06/0000/en_head.json.gz/{k}" for k in range(3)]
    minhash = pa.table({"id": ids, "signature_sim0.7": [[1, 2, 3]] * 3})
    pq.write_table(minhash, tmp_path / "rp" / "minhash" / part / "en_head.minhash.parquet")
    duplicates = pa.table({"doc_id": ids[:2]})
    pq.write_table(duplicates, tmp_path / "rp" / "duplicates" / part / "en_head.duplicates.parquet")
    dedup = tmp_path / "rp" / "dedup"
    for name in ("signatures/00000.minhash.sig", "buckets/00000.dups", "remove_ids/00000.remove"):
        (dedup / name).parent.mkdir(parents=True, exist_ok=True)
        (dedup / name).write_bytes(bytes(range(16)))
    report, _ = run_counted(tmp_path / "rp", "--out", tmp_path / "out")
    assert report["counts"]["read"] == 3 == report["counts"]["kept"]
    assert skipped_kinds(report["skipped_files"]) == {
        "datatrove duplicate ids": 1,
        "datatrove duplicate pairs": 1,
        "datatrove minhash signatures": 1,
        "redpajama duplicate ids": 1,
        "redpajama minhash signatures": 1,
        "redpajama quality signals": 1,
    }
    texts = pa.table({"id": ids, "text": texts_of(3, 10)})  # a file of texts under that name
    pq.write_table(texts, tmp_path / "rp" / "minhash" / part / "en_head.minhash.parquet")
    assert len(documents(read_all(tmp_path / "rp"))) == 6


# -- a `.json` that is a Python literal (io.loose_json) ------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        lambda texts: [{"id": k, "text": t, "ok": True, "x": None} for k, t in enumerate(texts)],
        lambda texts: {"status": "ok", "articles": [{"text": t} for t in texts]},
        lambda texts: list(texts),
    ],
)
def test_a_json_file_written_with_str_is_read(tmp_path, value):
    # `f.write(str(rows))`: ONE record, "Expecting property name enclosed in double quotes"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "rows.json").write_text(str(value(texts_of(3))))
    items = read_all(tmp_path / "in")
    assert [d.text for d in documents(items)] == texts_of(3) and not quarantined(items)
    assert len(documents(read_all(tmp_path / "in" / "rows.json"))) == 3


# -- JSON Lines mixing objects, string arrays and strings (io.array_lines) ------------------


@pytest.mark.parametrize(
    "lines, ids",
    [
        ([{"text": 0}, ["d1", 1], 2, {"text": 3}], {"d1"}),  # an object first
        ([2, {"text": 0}, ["d1", 1], [3, "d3"]], {"d1", "d3"}),  # a string, `[text, id]`
        ([["d1", 1], {"text": 0}, 2, ["d3", 3, "pos"]], {"d1", "d3"}),  # ONE record before
    ],
)
def test_json_lines_of_objects_and_string_arrays_are_read_a_line_a_row(tmp_path, lines, ids):
    # each array line "a line must be a JSON object", or the file one `unsupported` record
    def line(value):
        if isinstance(value, dict):
            return json.dumps({"text": text_of(value["text"])})
        if isinstance(value, int):
            return json.dumps(text_of(value))
        return json.dumps([text_of(v) if isinstance(v, int) else v for v in value])

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "m.jsonl").write_text("\n".join(map(line, lines)) + "\n")
    docs = documents(read_all(tmp_path / "in"))
    assert sorted(d.text for d in docs) == sorted(texts_of(4))
    assert {d.id for d in docs} >= ids
    report, _ = run_counted(tmp_path / "in", "--out", tmp_path / "out")
    assert report["counts"]["read"] == 4 == report["counts"]["kept"]


def test_objects_after_the_first_rows_of_arrays_are_read(tmp_path):
    # past the rows looked at, a line of another shape was quarantined, "not a JSON array of
    # strings where this file's lines are (id, text)", a valid record among them
    from curate.io.id_text_rows import SAMPLE_ROWS

    lines = [json.dumps([f"d{k}", text_of(k)]) for k in range(SAMPLE_ROWS + 1)]
    lines += [json.dumps({"text": text_of(500)}), json.dumps(text_of(501)), '{"text": "cut']
    (tmp_path / "rows.jsonl").write_text("\n".join(lines) + "\n")
    items = read_all(tmp_path)
    assert len(documents(items)) == SAMPLE_ROWS + 3
    assert [(q.line, q.kind) for q in quarantined(items)] == [(SAMPLE_ROWS + 4, "malformed_json")]


def test_an_array_whose_text_cannot_be_told_is_quarantined_by_its_line(tmp_path):
    rows = [json.dumps({"text": text_of(0)}), json.dumps(["one", "two"]), json.dumps(["a list"])]
    (tmp_path / "m.jsonl").write_text("\n".join(rows) + "\n")
    items = read_all(tmp_path)
    assert len(documents(items)) == 1
    assert [(q.line, q.kind) for q in quarantined(items)] == [
        (2, "malformed_json"),
        (3, "malformed_json"),
    ]
    assert "no id and text told apart" in quarantined(items)[0].error


# -- a key with spaces around it (io.text_aliases) ------------------------------------------


@pytest.mark.parametrize(
    "text_key, id_key", [("Text ", " ID"), (" text", "Id "), ("Content ", "id")]
)
def test_a_text_key_with_spaces_around_it_is_read(tmp_path, text_key, id_key):
    # `df.columns` of a spreadsheet saved as JSON Lines: "no 'text' field (the row has 'Text ')"
    rows = [{id_key: f"a{k}", text_key: t} for k, t in enumerate(texts_of(3))]
    (tmp_path / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    docs = documents(read_all(tmp_path))
    assert [(d.id, d.text) for d in docs] == [(f"a{k}", t) for k, t in enumerate(texts_of(3))]


# -- a compression its name does not say (io.compressed) ------------------------------------

COMPRESS = {"gz": gzip.compress, "bz2": bz2.compress, "xz": lzma.compress}


@pytest.mark.parametrize(
    "name, real",
    [("a.jsonl.zst", "gz"), ("a.jsonl.gz", "bz2"), ("a.txt.xz", "gz"), ("a.csv.bz2", "xz")],
)
def test_a_file_compressed_otherwise_than_its_name_says_is_read(tmp_path, name, real):
    # every line "invalid UTF-8 at byte 0 (line 1), and no other encoding fits"
    texts = texts_of(3)
    if ".jsonl" in name:
        body = "".join(json.dumps({"text": t}) + "\n" for t in texts)
    elif ".csv" in name:
        body = "text\n" + "".join(f'"{t}"\n' for t in texts)
    else:
        body, texts = texts[0], texts[:1]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / name).write_bytes(COMPRESS[real](body.encode()))
    items = read_all(tmp_path / "in")
    assert [d.text for d in documents(items)] == texts and not quarantined(items)


@pytest.mark.parametrize("real", sorted(COMPRESS))
def test_a_parquet_file_compressed_whole_names_its_compression(tmp_path, real):
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"text": texts_of(2)}), tmp_path / "x")
    (tmp_path / "a.parquet").write_bytes(COMPRESS[real]((tmp_path / "x").read_bytes()))
    ((item),) = read_all(tmp_path / "a.parquet")
    assert item.kind == "unreadable" and f"compressed whole ({real})" in item.error
