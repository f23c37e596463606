"""Inputs a first run brings, one test a kind (session 25, fifteenth round): headerless
`title,url` tables whose addresses are long, advice never naming an id, hash or address field
(io.id_text_rows), a datatrove logging folder
beside its output (io.datatrove_logs), Data-Juicer's `_stats.jsonl` beside its export
(io.juicer_stats), a quote that opens a row's first field and never closes
(io.unclosed_quote), empty archives (io.empty_archives)."""

from __future__ import annotations

import gzip
import io
import json
import tarfile
import zipfile
from pathlib import Path

import pytest

from curate.io.readers import Quarantined, skipped_kinds
from tests.newcomer_runs import documents, quarantined, read_all, run_counted, text_of, texts_of
from tests.test_newcomer_inputs import invoke


def _url(k: int) -> str:
    return f"https://www.example-news-site.com/2024/05/articles/council-budget-story-{k}-full-page"


# -- a headerless `title,url` table, its addresses over 64 characters (io.id_text_rows) -------


@pytest.mark.parametrize(
    "name, row",
    [
        ("titles.csv", lambda k: f"Council budget vote number {k},{_url(k)}"),  # a short title
        ("long.csv", lambda k: f"{text_of(k)[:-1]},{_url(k)}"),  # a title of many words
        ("quoted.csv", lambda k: f'"Harbour, market and museum {k}",{_url(k)}'),
        ("links.tsv", lambda k: f"{_url(k)}\tRoads and bridges report {k}"),  # `url<TAB>title`
        ("same.csv", lambda k: f"Short title {k},{_url(0)}"),  # one address repeated
    ],
)
def test_a_headerless_table_of_titles_and_long_urls_is_read(tmp_path, name, row):
    # "its first row (line 1) is data, not a header": a link list's every title left out, for
    # want of an id of at most 64 characters
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / name).write_text("".join(row(k) + "\n" for k in range(4)))
    items = read_all(tmp_path / "in")
    docs = documents(items)
    assert len(docs) == 4 and not quarantined(items)
    assert docs[1].text.startswith(("Council", "Report 1", "Harbour", "Roads", "Short"))
    assert docs[1].source == (_url(0) if name == "same.csv" else _url(1))
    report, text = run_counted(tmp_path / "in", "--out", tmp_path / "out", "--skip", "dedup")
    assert report["counts"]["read"] == 4 == report["counts"]["kept"]
    assert "not a header" not in text


def test_a_titles_and_urls_table_with_a_header_keeps_its_advice(tmp_path):
    # the advice named the longest cell, the address: "--text-field url"; never a web address
    rows = "title,url\n" + "".join(f"Council budget vote {k},{_url(k)}\n" for k in range(3))
    (tmp_path / "t.csv").write_text(rows)
    assert not documents(read_all(tmp_path))
    result, text = invoke("run", tmp_path, "--out", tmp_path / "out")
    assert result.exit_code != 0 and "--text-field title" in text
    assert "--text-field url" not in text


@pytest.mark.parametrize(
    "row",
    [
        {"nemo_id": "doc-000017", "_hashes": "9e107d9d372bb6826bd81d3542a419d6"},  # NeMo dedup
        {"id": "a1b2c3", "sha1": "2fd4e1c67a2d28fced849ee1bb76e7391b93eb12"},
        {"doc_id": "17", "url": _url(17)},
    ],
)
def test_the_advice_never_names_an_id_a_hash_or_an_address(tmp_path, row):
    # "if '_hashes' holds the text: --text-field _hashes": advice that reads hashes as texts
    import pandas as pd

    (tmp_path / "in").mkdir()
    pd.DataFrame([row, row]).to_parquet(tmp_path / "in" / "ids.parquet")
    (tmp_path / "in" / "ids.jsonl").write_text(json.dumps(row) + "\n")
    report, text = run_counted(tmp_path / "in", "--out", tmp_path / "out")
    assert report["counts"]["read"] == 3 == report["counts"]["quarantined"]
    rows = [json.loads(line) for line in (tmp_path / "out" / "quarantine.jsonl").open()]
    assert all("its fields hold ids, hashes or web addresses alone" in r["error"] for r in rows)
    assert "--text-field" not in " ".join(r["error"] for r in rows)
    (tmp_path / "in" / "ids.jsonl").write_text(json.dumps(row | {"blurb": "A few words"}) + "\n")
    (item,) = read_all(tmp_path / "in" / "ids.jsonl")
    assert "if 'blurb' holds the text: --text-field blurb" in item.error


# -- a datatrove logging folder beside its output (io.datatrove_logs) ------------------------


def _datatrove(root: Path, tasks: int = 2) -> None:
    """What `LocalPipelineExecutor(pipeline=[..., JsonlWriter("output")], logging_dir="logs")`
    leaves behind."""
    (root / "output").mkdir(parents=True)
    for rank in range(tasks):
        with gzip.open(root / "output" / f"{rank:05d}.jsonl.gz", "wt") as handle:
            for k in range(2):
                n = rank * 2 + k
                meta = {"url": f"https://a.org/{n}", "dump": "CC-MAIN-2024-10"}
                handle.write(json.dumps({"text": text_of(n), "id": f"d{n}", "metadata": meta}))
                handle.write("\n")
    logs = root / "logs"
    for sub in ("logs", "stats", "completions"):
        (logs / sub).mkdir(parents=True)
    steps = [{"name": "👓 READER", "stats": {"documents": {"total": 2}}}]
    (logs / "executor.json").write_text(json.dumps({"pipeline": [], "tasks": tasks}, indent=4))
    (logs / "stats.json").write_text(json.dumps(steps, indent=4))
    for rank in range(tasks):
        (logs / "stats" / f"{rank:05d}.json").write_text(json.dumps(steps))
        (logs / "completions" / f"{rank:05d}").write_text("")
        (logs / "logs" / f"task_{rank:05d}.log").write_text(f"INFO - Launching rank={rank}\n")


@pytest.mark.parametrize("tasks", [1, 3])
def test_a_datatrove_logging_folder_is_skipped_by_kind(tmp_path, tasks):
    # "logs/executor.json: no 'text' field (the row has 'pipeline'); if 'pipeline' holds the
    # text: --text-field pipeline", and the rest counted as .json, .log, (no extension)
    _datatrove(tmp_path / "job", tasks)
    report, text = run_counted(tmp_path / "job", "--out", tmp_path / "out")
    assert report["counts"]["read"] == 2 * tasks == report["counts"]["kept"]
    assert "--text-field" not in text and "no 'text' field" not in text
    assert skipped_kinds(report["skipped_files"]) == {
        "datatrove stats": 1 + tasks,
        "datatrove completion marker": tasks,
        "datatrove task log": tasks,
        "datatrove executor settings": 1,
    }
    result, text = invoke("run", tmp_path / "job" / "logs", "--out", tmp_path / "o2")
    assert result.exit_code != 0 and "--text-field" not in text
    assert f"datatrove stats {1 + tasks}" in text


def test_files_of_other_names_in_a_datatrove_logging_folder_are_read(tmp_path):
    # only the known names are passed over; no `completions/` or `stats/`: no logging folder
    _datatrove(tmp_path / "job", 1)
    rows = "".join(json.dumps({"text": t}) + "\n" for t in texts_of(2, 10))
    (tmp_path / "job" / "logs" / "notes.jsonl").write_text(rows)
    (tmp_path / "job" / "logs" / "stats" / "extra.json").write_text(
        json.dumps([{"text": text_of(20)}])
    )
    items = read_all(tmp_path / "job")
    assert len(documents(items)) == 2 + 2 + 1
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "stats.json").write_text(json.dumps([{"text": text_of(30)}]))
    (tmp_path / "mine" / "logs").mkdir()
    assert [d.text for d in documents(read_all(tmp_path / "mine"))] == [text_of(30)]


# -- Data-Juicer's `_stats.jsonl` beside its export (io.juicer_stats) ------------------------


@pytest.mark.parametrize("export", ["demo-processed.jsonl", "export.json", "out.parquet"])
def test_data_juicers_stats_file_is_skipped_not_quarantined(tmp_path, export):
    # each of its lines was a `missing_field` record "(the row has '__dj__stats__')"
    import pandas as pd

    (tmp_path / "in").mkdir()
    rows = [{"text": t, "__dj__stats__": {"num_words": 20}} for t in texts_of(3)]
    frame = pd.DataFrame(rows)
    given = tmp_path / "in" / export
    if export.endswith(".parquet"):
        frame.to_parquet(given)
    else:
        frame.to_json(given, orient="records", lines=True)
    stats = given.with_name(given.name.rsplit(".", 1)[0] + "_stats.jsonl")
    stats.write_text(
        "".join(json.dumps({"__dj__stats__": r["__dj__stats__"]}) + "\n" for r in rows)
    )
    report, text = run_counted(tmp_path / "in", "--out", tmp_path / "out", "--skip", "dedup")
    assert report["counts"]["read"] == 3 == report["counts"]["kept"]
    assert skipped_kinds(report["skipped_files"]) == {"data-juicer stats": 1}
    assert "missing_field" not in text


def test_a_stats_file_of_records_is_read_as_before(tmp_path):
    rows = [{"text": t, "__dj__stats__": {}} for t in texts_of(2)]
    (tmp_path / "my_stats.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    (tmp_path / "x_stats.jsonl").write_text(json.dumps({"__dj__stats__": {}, "id": 1}) + "\n")
    items = read_all(tmp_path)
    assert len(documents(items)) == 2 and len(quarantined(items)) == 1  # `id` beside: not DJ's


# -- a quote opening a row's first field, never closed (io.unclosed_quote) -------------------


@pytest.mark.parametrize("sep", ["\t", ",", ";"])
@pytest.mark.parametrize("closed_last", [True, False])
def test_a_first_field_whose_quote_never_closes_is_read_a_line_a_row(tmp_path, sep, closed_last):
    # `"Report 0 ...<TAB>0` then `"Report 1 ...<TAB>1`: the second row's quote closed the
    # first's, two rows one document, and the last row's text held its id: 3 rows, 2 documents
    texts = [t.replace(",", "") for t in texts_of(4)]
    rows = [f'"{t} unclosed{sep}{k}' for k, t in enumerate(texts)]
    if closed_last:
        rows[-1] = f'"{texts[-1]}"{sep}3'
    (tmp_path / f"t.{'tsv' if sep == chr(9) else 'csv'}").write_text(
        f"text{sep}id\n" + "\n".join(rows) + "\n"
    )
    items = read_all(tmp_path)
    docs = documents(items)
    assert [d.id for d in docs] == ["0", "1", "2", "3"] and not quarantined(items)
    assert all(sep not in d.text and d.text.count("Report") == 1 for d in docs)
    report, _ = run_counted(tmp_path, "--out", tmp_path / "out")
    assert report["counts"]["read"] == 4


def test_a_quoted_text_over_lines_stays_one_document(tmp_path):
    body = 'id,text\n1,"first line\nsecond line, with a comma"\n2,"He said ""yes"" once"\n'
    (tmp_path / "m.csv").write_text(body)
    docs = documents(read_all(tmp_path))
    assert [d.text for d in docs] == ["first line\nsecond line, with a comma", 'He said "yes" once']


# -- an empty archive (io.empty_archives) ---------------------------------------------------


def _empty(path: Path, folder_only: bool) -> Path:
    if path.name.endswith(".zip"):
        with zipfile.ZipFile(path, "w") as archive:
            if folder_only:
                archive.writestr("news/", b"")
        return path
    mode = "w:gz" if path.name.endswith("gz") else "w"
    with tarfile.open(path, mode) as archive:
        if folder_only:
            info = tarfile.TarInfo("news")
            info.type = tarfile.DIRTYPE
            archive.addfile(info)
    return path


@pytest.mark.parametrize("name", ["e.zip", "e.tar", "e.tar.gz", "e.tgz"])
@pytest.mark.parametrize("folder_only", [False, True])
def test_an_empty_archive_is_named_empty_not_advised_to_be_unpacked(tmp_path, name, folder_only):
    # "an archive: unpack it and give the folder", of an archive that holds nothing
    (tmp_path / "in").mkdir()
    _empty(tmp_path / "in" / name, folder_only)
    (tmp_path / "in" / "a.jsonl").write_text(json.dumps({"text": text_of(0)}) + "\n")
    report, text = run_counted(tmp_path / "in", "--out", tmp_path / "out")
    assert report["counts"]["read"] == 1
    assert skipped_kinds(report["skipped_files"]) == {"empty archive": 1}
    assert "1 empty archive(s) not read" in text and "unpack it" not in text
    (tmp_path / "in" / "a.jsonl").unlink()
    result, text = invoke("run", tmp_path / "in", "--out", tmp_path / "o2")
    assert result.exit_code != 0 and "(empty archive 1)" in text


def test_a_damaged_archive_keeps_its_advice(tmp_path):
    (tmp_path / "bad.zip").write_bytes(b"PK\x03\x04 not really a zip")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.jsonl", json.dumps({"text": text_of(1)}) + "\n")
    (tmp_path / "good.zip").write_bytes(buffer.getvalue())
    report, text = run_counted(tmp_path, "--out", tmp_path / "out")
    assert report["counts"]["read"] == 1 and "empty archive" not in text


# -- JSON Lines of `[id, text]` arrays (io.array_lines) -------------------------------------


@pytest.mark.parametrize(
    "row, ids",
    [
        (lambda k, t: [f"doc-{k}", t], "doc-{}"),  # `json.dumps([doc_id, text])` a line
        (lambda k, t: [t, f"id{k}"], "id{}"),  # the text first
        (lambda k, t: [t, ["pos", "neg"][k % 2]], None),  # a label: the file's and line's ids
    ],
)
def test_json_lines_of_two_string_arrays_are_read_a_line_a_row(tmp_path, row, ids):
    # the file was ONE `unsupported` record, "no JSON records with a 'text' or 'html' field"
    lines = [json.dumps(row(k, t)) for k, t in enumerate(texts_of(4))]
    lines.insert(2, "")  # a blank line: no row, counted by its line all the same
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "rows.jsonl").write_text("\n".join(lines) + "\n")
    items = read_all(tmp_path / "in")
    docs = documents(items)
    assert [d.text for d in docs] == texts_of(4) and not quarantined(items)
    want = [ids.format(k) for k in range(4)] if ids else ["rows-1", "rows-2", "rows-4", "rows-5"]
    assert [d.id for d in docs] == want
    report, _ = run_counted(tmp_path / "in", "--out", tmp_path / "out")
    assert report["counts"]["read"] == 4 and report["counts"]["quarantined"] == 0


def test_a_later_line_of_another_shape_is_quarantined_by_its_line(tmp_path):
    from curate.io.id_text_rows import SAMPLE_ROWS

    lines = [json.dumps([f"d{k}", text_of(k)]) for k in range(SAMPLE_ROWS + 2)]
    lines[SAMPLE_ROWS] = json.dumps(["d", "two", "three"])
    lines[SAMPLE_ROWS + 1] = '{"text": "cut'
    (tmp_path / "rows.jsonl").write_text("\n".join(lines) + "\n")
    items = read_all(tmp_path / "rows.jsonl")
    assert len(documents(items)) == SAMPLE_ROWS
    assert [(q.line, q.kind) for q in quarantined(items)] == [
        (SAMPLE_ROWS + 1, "malformed_row"),
        (SAMPLE_ROWS + 2, "malformed_json"),
    ]


def test_other_array_lines_keep_their_message(tmp_path):
    (tmp_path / "a.jsonl").write_text(
        "".join(json.dumps([k, t]) + "\n" for k, t in enumerate(texts_of(2)))
    )
    (item,) = read_all(tmp_path / "a.jsonl")
    assert isinstance(item, Quarantined) and item.kind == "unsupported"
