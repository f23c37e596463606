import gzip
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from curate.document import Document, replay
from curate.io.readers import InputError, Quarantined, find_files, read_inputs, skipped_kinds


def read(*paths):
    items = list(read_inputs(paths))
    docs = [i for i in items if isinstance(i, Document)]
    bad = [i for i in items if isinstance(i, Quarantined)]
    return docs, bad


def test_txt_id_is_relative_path_without_extension(tmp_path):
    (tmp_path / "abc.story.txt").write_text("Hello world.", encoding="utf-8")
    docs, bad = read(tmp_path)
    assert [d.id for d in docs] == ["abc.story"] and not bad
    assert docs[0].source.endswith("abc.story.txt")


def _write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.name.endswith(".gz"):
        path.write_bytes(gzip.compress(text.encode("utf-8")))
    else:
        path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    ("names", "ids"),
    [
        # date-named files: everything before the first dot used to be the id ("2024")
        (
            ["2024.05.01-storm.txt", "2024.05.02-battery.txt", "2024.05.03-vote.txt.gz"],
            ["2024.05.01-storm", "2024.05.02-battery", "2024.05.03-vote"],
        ),
        # mirrored sites: the same file name in two folders
        (
            ["siteA/index.html", "siteB/index.html", "siteB/news/index.htm.gz"],
            ["siteA/index", "siteB/index", "siteB/news/index"],
        ),
        # one name, several formats: JSONL rows without an id take the file's id and a line
        (["x/a.jsonl", "y/a.jsonl.gz"], ["x/a-1", "y/a-1"]),
    ],
)
def test_file_ids_are_unique_relative_paths(tmp_path, names, ids):
    page = "<html><body><article><p>{}</p></article></body></html>"
    for index, name in enumerate(names):
        words = f"Document number {index} from {name} has its own sentence about the weather."
        if ".jsonl" in name:
            text = json.dumps({"text": words}) + "\n"
        elif ".htm" in name:
            text = page.format(" ".join([words] * 5))
        else:
            text = words
        _write(tmp_path / name, text)
    docs, bad = read(tmp_path)
    assert not bad, bad
    assert sorted(d.id for d in docs) == sorted(ids)


def test_a_file_named_alone_is_its_name_without_extension(tmp_path):
    _write(tmp_path / "deep" / "2024.05.01-storm.txt.gz", "A storm hit the coast.")
    docs, _ = read(tmp_path / "deep" / "2024.05.01-storm.txt.gz")
    assert [d.id for d in docs] == ["2024.05.01-storm"]
    assert docs[0].text == "A storm hit the coast."


def test_curate_output_inside_the_input_is_never_read(tmp_path):
    _write(tmp_path / "crawl" / "a.txt", "One document.")
    out = tmp_path / "crawl" / "clean"
    _write(out / "jsonl" / "train-00000-of-00001.jsonl", json.dumps({"text": "x"}) + "\n")
    _write(out / "report.json", json.dumps({"curate": {"version": "0"}}))
    _write(tmp_path / "crawl" / ".clean.curate-tmp" / "jsonl" / "t.jsonl", '{"text": "y"}\n')
    docs, bad = read(tmp_path / "crawl")
    assert [d.id for d in docs] == ["a"] and not bad
    # the destination itself is excluded even before it holds a report
    _write(tmp_path / "crawl" / "next" / "data.jsonl", '{"text": "z"}\n')
    items = list(read_inputs([tmp_path / "crawl"], exclude=[tmp_path / "crawl" / "next"]))
    assert [i.id for i in items] == ["a"]


def test_txt_gz_and_ndjson_are_read_other_kinds_counted(tmp_path):
    _write(tmp_path / "a.txt.gz", "Zipped text.")
    _write(tmp_path / "b.ndjson", json.dumps({"id": "b", "text": "Newline JSON."}) + "\n")
    for name in ("c.json", "d.csv", "e.csv"):
        _write(tmp_path / name, "{}")
    docs, bad = read(tmp_path)
    assert sorted(d.id for d in docs) == ["a", "b"] and not bad
    files, skipped = find_files([tmp_path])
    assert skipped_kinds(skipped) == {".csv": 2, ".json": 1}


def test_jsonl_lines_quarantined_with_file_and_line(tmp_path):
    path = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "fine", "title": "T", "url": "https://x.org/a"}),
        "{not json",
        json.dumps({"id": "b"}),
        json.dumps({"id": "c", "text": 42}),
        json.dumps({"id": "a", "text": "same id again"}),
        json.dumps(["a list"]),
        "",
        json.dumps({"text": "no id"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, bad = read(path)
    assert [(d.id, d.title, d.source) for d in docs] == [
        ("a", "T", "https://x.org/a"),
        ("a@in:5", None, str(path)),  # a repeated id is renamed, never a lost document
        ("in-8", None, str(path)),
    ]
    assert [(q.line, q.kind) for q in bad] == [
        (2, "malformed_json"),
        (3, "missing_field"),
        (4, "wrong_type"),
        (6, "malformed_json"),
    ]
    assert all(q.file == str(path) for q in bad)


def test_gzip_jsonl_and_truncated_gzip(tmp_path):
    rows = "".join(json.dumps({"id": f"d{i}", "text": "x " * 50}) + "\n" for i in range(200))
    good = tmp_path / "good.jsonl.gz"
    good.write_bytes(gzip.compress(rows.encode()))
    docs, bad = read(good)
    assert len(docs) == 200 and not bad
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(good.read_bytes()[:300])
    docs, bad = read(cut)
    assert bad and bad[-1].kind == "truncated"


def test_parquet_input(tmp_path):
    path = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": ["p1", "p2"], "text": ["one", None]}), path)
    docs, bad = read(path)
    assert [d.id for d in docs] == ["p1"] and bad[0].kind == "missing_field"


def test_binary_files_quarantined(tmp_path):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "archive.txt").write_bytes(b"PK\x03\x04" + b"x" * 100)
    (tmp_path / "nul.txt").write_bytes(b"text\x00more")
    docs, bad = read(tmp_path)
    kinds = {q.file.split("/")[-1]: (q.kind, q.error) for q in bad}
    assert kinds == {
        "archive.txt": ("binary", "binary file (zip archive), not text"),
        "image.txt": ("binary", "binary file (PNG image), not text"),
        "nul.txt": ("binary", "binary file (NUL bytes), not text"),
    }


@pytest.mark.parametrize(
    ("text", "codec", "encoding"),
    [
        ("Le café est très bon, déjà vu à Zürich. “Quoted” — dash", "cp1252", "cp1252"),
        ("Nordkorea hat am Samstag eine Rakete abgefeuert. Größe", "latin-1", "cp1252"),
        ("Северная Корея запустила баллистическую ракету в субботу", "cp1251", "cp1251"),
        ("North Korea fired a missile “today”", "utf-8", "utf-8"),
    ],
)
def test_legacy_encodings_decoded_and_recorded(tmp_path, text, codec, encoding):
    (tmp_path / "doc.txt").write_bytes(text.encode(codec))
    docs, bad = read(tmp_path)
    assert not bad
    assert docs[0].text == text and docs[0].labels["encoding"] == encoding


def test_bytes_that_decode_as_nothing_are_quarantined(tmp_path):
    (tmp_path / "noise.txt").write_bytes(bytes(range(128, 256)) * 3)
    _, bad = read(tmp_path)
    assert bad[0].kind == "encoding" and "decode as nothing" in bad[0].error


def test_lone_surrogates_repaired_on_the_ledger(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "s", "text": "a\\ud800b \\ud83d\\ude00 \\udc80"}\n', encoding="utf-8")
    docs, _ = read(path)
    assert docs[0].text == "a\ufffdb \U0001f600 \ufffd"
    # the ledger shows the escapes the file holds, and replays from them
    assert [(e.rule, e.before) for e in docs[0].edits] == [
        ("surrogate", "\\ud800"),
        ("surrogate", "\\udc80"),
    ]
    original = {"text": "a\\ud800b \U0001f600 \\udc80", "title": ""}
    assert replay(original, docs[0].edits)["text"] == docs[0].text


def test_huge_documents_refused_with_a_reason(tmp_path, monkeypatch):
    from curate.io import readers

    monkeypatch.setattr(readers, "MAX_DOCUMENT_CHARS", 1000)
    (tmp_path / "big.txt").write_text("x" * 1001, encoding="utf-8")
    _, bad = read(tmp_path)
    assert bad[0].kind == "too_large" and "1,001 characters exceeds 1,000" in bad[0].error


def test_unknown_files_in_folders_are_listed_not_read(tmp_path):
    # (`.rst` is read, io.rst; `.text` too since session 38: io.readers)
    (tmp_path / "notes.pages").write_text("x", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    files, skipped = find_files([tmp_path])
    assert files == [] and skipped == [str(tmp_path / "notes.pages")]


def test_missing_path_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        find_files([tmp_path / "nope"])


def test_seq_numbers_follow_input_order(tmp_path):
    for name in ("b.txt", "a.txt", "c.txt"):
        (tmp_path / name).write_text(name, encoding="utf-8")
    docs, _ = read(tmp_path)
    assert [(d.id, d.seq) for d in docs] == [("a", 0), ("b", 1), ("c", 2)]


def _jsonl(path, rows):
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")


def test_shards_numbered_from_zero_each_keep_every_document(tmp_path, monkeypatch):
    """Repeated ids across shards (and inside one) are renamed where they were read, never lost;
    the new names do not depend on how the input path was spelled."""
    folder = tmp_path / "crawl"
    (folder / "part").mkdir(parents=True)
    for shard in ("a", "part/b"):
        _jsonl(
            folder / f"{shard}.jsonl", [{"id": i, "text": f"{shard} story {i}"} for i in range(3)]
        )
    _jsonl(folder / "c.jsonl", [{"id": "x", "text": "one"}, {"id": "x", "text": "two"}])
    docs, bad = read(folder)
    assert not bad and len(docs) == 8
    ids = [d.id for d in docs]
    assert len(set(ids)) == 8
    assert ids[:3] == ["0", "1", "2"]
    assert ids[3:] == [
        "x",
        "x@c:2",
        "0@part/b:1",
        "1@part/b:2",
        "2@part/b:3",
    ]
    renamed = docs[4]
    assert [(e.stage, e.rule, e.field, e.before, e.after) for e in renamed.edits] == [
        ("read", "duplicate_id", "id", "x", "x@c:2")
    ]
    assert replay({"id": "x", "text": "two"}, renamed.edits)["id"] == renamed.id
    monkeypatch.chdir(tmp_path)
    assert [d.id for d in read("crawl")[0]] == ids


def test_an_id_renamed_onto_a_taken_id_is_renamed_again(tmp_path):
    path = tmp_path / "in.jsonl"
    _jsonl(
        path, [{"id": "a@in:2", "text": "t1"}, {"id": "a", "text": "t2"}, {"id": "a", "text": "t3"}]
    )
    assert [d.id for d in read(path)[0]] == ["a@in:2", "a", "a@in:3"]
    copy = tmp_path / "b" / "in.jsonl"  # the same rows in two files: still one id each
    copy.parent.mkdir()
    copy.write_bytes(path.read_bytes())
    twice = read(path, copy)[0]
    assert len({d.id for d in twice}) == 6


def test_text_and_id_fields_name_other_columns(tmp_path):
    reader = {"text_field": "content", "id_field": "doc_id"}
    rows = [{"doc_id": "n1", "content": "Body one.", "title": "T"}, {"content": "Body two."}]
    _jsonl(tmp_path / "news.jsonl", rows)
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "more.parquet")
    items = list(read_inputs([tmp_path / "news.jsonl", tmp_path / "more.parquet"], reader=reader))
    assert [(i.id, i.text, i.title) for i in items] == [
        ("n1", "Body one.", "T"),
        ("news-2", "Body two.", None),
        ("n1@more:1", "Body one.", "T"),
        ("more-2", "Body two.", None),
    ]


def test_a_row_without_its_text_says_which_field_to_name(tmp_path):
    path = tmp_path / "in.jsonl"
    _jsonl(
        path, [{"id": "1", "url": "https://x.org/1", "page_text": "The long body of it.", "n": 3}]
    )
    _, bad = read(path)
    assert [(q.line, q.kind) for q in bad] == [(1, "missing_field")]
    message = bad[0].error
    assert "no 'text' field" in message and "'page_text'" in message and "'url'" in message
    assert "--text-field page_text" in message and "reader.text_field" in message


def test_parquet_without_the_text_column_is_one_record_a_row_as_jsonl_is(tmp_path):
    # it was one record for the whole file (`read: 1`); JSON Lines is a record a line
    path = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": ["1", "2", "3"], "post": ["a b", "c d", "e f"]}), path)
    docs, bad = read(path)
    assert not docs and [(q.kind, q.line, q.id) for q in bad] == [
        ("missing_field", 1, "1"),
        ("missing_field", 2, "2"),
        ("missing_field", 3, "3"),
    ]
    assert "--text-field post" in bad[0].error


@pytest.mark.parametrize("value", ["", "  ", 3, None])
def test_a_field_name_must_be_a_name(value):
    from curate.io.settings import ReaderSettings, ReaderSettingsError

    with pytest.raises(ReaderSettingsError, match="reader.text_field: expected a field name"):
        ReaderSettings.from_section({"text_field": value})


def test_html_rows_follow_the_recipe_extractor(tmp_path):
    from curate.io.html import extract_page

    page = (
        "<html><head><title>Buses</title></head><body><nav>Home | News</nav><article>"
        + "".join(
            f"<p>Night buses run on route {i} until three in the morning.</p>" for i in range(6)
        )
        + "</article></body></html>"
    )
    path = tmp_path / "pages.jsonl"
    _jsonl(path, [{"id": "p", "html": page}])
    for extractor in ("trafilatura", "resiliparse"):
        (doc,) = read_inputs([path], reader={"extractor": extractor})
        assert doc.text == extract_page(page, str(path), 1, extractor=extractor)[0]


WIDE = "Le conseil a annoncé lundi que le pont ouvrira au printemps. Ça coûte 3 M€.\n" * 4


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (WIDE.encode("utf-16"), "utf-16-le"),  # Notepad's "Unicode": little endian with a BOM
        (b"\xfe\xff" + WIDE.encode("utf-16-be"), "utf-16-be"),
        (WIDE.encode("utf-32"), "utf-32-le"),
        (WIDE.encode("utf-16-le"), "utf-16-le"),  # no byte order mark: known by its shape
        (WIDE.encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_utf16_and_utf32_text_is_text_not_binary(tmp_path, data, encoding):
    path = tmp_path / "wide.txt"
    path.write_bytes(data)
    (doc,), bad = read(path)
    assert not bad and doc.text == WIDE and doc.labels["encoding"] == encoding


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 8,  # every byte value: NULs, but no text shape
        b"\x01\x00\x02\x00\x03\x00\x04\x00" * 64,  # the shape of UTF-16, control characters
        b"\x89PNG\r\n\x1a\n" + b"A\x00" * 64,
        # NULs inside a text, or NULs alone, are binary (only trailing NULs are read as text)
        b"\x00" * 64,
        b"text\x00more\x00",
        b"\n\n\x00\x00",
    ],
)
def test_binary_with_nul_bytes_stays_quarantined(tmp_path, data):
    path = tmp_path / "blob.txt"
    path.write_bytes(data)
    docs, bad = read(path)
    assert not docs and [q.kind for q in bad] == ["binary"]


def test_a_broken_utf16_file_says_where(tmp_path):
    path = tmp_path / "cut.txt"
    path.write_bytes(b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xd8")  # a lone surrogate
    docs, bad = read(path)
    assert not docs and [q.kind for q in bad] == ["encoding"]
    assert "invalid utf-16-le at byte 6" in bad[0].error


def test_json_files_of_records_are_read_and_metadata_is_not(tmp_path):
    """`Dataset.to_json` writes JSON Lines to `.json`; an export may be one array; a crawl's
    `meta.json` holds no records and stays skipped."""
    folder = tmp_path / "crawl"
    folder.mkdir()
    _jsonl(folder / "export.json", [{"text": "first"}, {"text": "second", "id": "s"}])
    (folder / "array.json").write_text(
        json.dumps([{"text": "one"}, {"text": "two", "title": "T"}, "not a record"]), "utf-8"
    )
    (folder / "single.json").write_text(json.dumps({"text": "alone"}, indent=2), "utf-8")
    (folder / "meta.json").write_text('{"version": 1}', encoding="utf-8")
    (folder / "list.json").write_text("[1, 2, 3]", encoding="utf-8")
    found = walk_inputs_of(folder)
    assert [path.name for path in found.paths] == ["array.json", "export.json", "single.json"]
    assert [p.rsplit("/", 1)[1] for p in found.skipped] == ["list.json", "meta.json"]
    docs, bad = read(folder)
    assert [(d.id, d.text) for d in docs] == [
        ("array-1", "one"),
        ("array-2", "two"),
        ("export-1", "first"),
        ("s", "second"),
        ("single-1", "alone"),
    ]
    assert [(q.line, q.kind) for q in bad] == [(3, "malformed_json")]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("meta.json", '{"version": 1}', "no JSON records with a 'text' or 'html' field"),
        ("notes.csv", "a,b\n1,2\n", "no 'text' or 'html' column"),
    ],
)
def test_a_file_named_on_its_own_without_the_text_field_says_so(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    docs, bad = read(path)
    assert not docs and [q.kind for q in bad] == ["unsupported"]
    assert message in bad[0].error


def test_the_text_field_decides_which_json_files_hold_records(tmp_path):
    _jsonl(tmp_path / "news.json", [{"maintext": "body"}])
    assert not walk_inputs_of(tmp_path).paths
    found = walk_inputs_of(tmp_path, {"text_field": "maintext"})
    assert [p.name for p in found.paths] == ["news.json"]


def walk_inputs_of(folder, reader=None):
    from curate.io.readers import walk_inputs

    return walk_inputs([folder], reader=reader)


ARTICLE_CSV = (
    "id,title,page_text,url\n"
    '1,Storm hits coast,"The storm came ashore on Monday.\n\nThousands lost power, officials '
    'said.",https://x.org/1\n'
    '2,Vote delayed,"Lawmakers delayed the vote, citing ""procedure"".",https://x.org/2\n'
    '3,Bad row,"one","two","three","four"\n'
)


def test_csv_and_tsv_tables_of_articles_are_read_by_their_header(tmp_path):
    """Kaggle-style news tables: quoted fields with line breaks and quotes; the text column
    named with the other inputs' `text_field`; a row wider than its header is quarantined."""
    (tmp_path / "news.csv").write_text(ARTICLE_CSV, encoding="utf-8")
    # no `text` column: its one column of sentences is the text (io.prose_columns; under 4
    # rows since session 30)
    assert [p.name for p in walk_inputs_of(tmp_path).paths] == ["news.csv"]
    reader = {"text_field": "page_text"}
    assert [p.name for p in walk_inputs_of(tmp_path, reader).paths] == ["news.csv"]
    items = list(read_inputs([tmp_path], reader=reader))
    docs = [i for i in items if isinstance(i, Document)]
    assert [(d.id, d.title, d.source) for d in docs] == [
        ("1", "Storm hits coast", "https://x.org/1"),
        ("2", "Vote delayed", "https://x.org/2"),
    ]
    assert (
        docs[0].text == "The storm came ashore on Monday.\n\nThousands lost power, officials said."
    )
    assert docs[1].text == 'Lawmakers delayed the vote, citing "procedure".'
    bad = [i for i in items if isinstance(i, Quarantined)]
    assert [(q.line, q.kind) for q in bad] == [(3, "malformed_row")]
    tsv = tmp_path / "more.tsv.gz"
    tsv.write_bytes(gzip.compress(b"text\tid\nA tab separated row.\tt1\n"))
    (doc,) = [d for d in read(tsv)[0]]
    assert (doc.id, doc.text) == ("t1", "A tab separated row.")


def test_a_table_with_broken_bytes_keeps_the_rows_before_them(tmp_path):
    path = tmp_path / "news.csv"
    path.write_bytes(b"text\nfirst row\nsecond " + bytes(range(128, 256)) * 3 + b" row\n")
    docs, bad = read(path)
    assert [d.text for d in docs] == ["first row"]
    assert [(q.kind, q.line) for q in bad] == [("encoding", 2)]


def test_a_table_with_a_legacy_byte_in_one_row_keeps_every_row(tmp_path):
    # one Windows-1252 "é" in row 2 of a Kaggle export ended the file there: every later row
    # was lost in one quarantine record ("invalid UTF-8 after row 1")
    path = tmp_path / "news.csv"
    path.write_bytes(
        b'id,text\na,first row\nb,"Le caf\xe9 est tr\xe8s bon,\nsur deux lignes"\nc,third row\n'
    )
    docs, bad = read(path)
    assert not bad
    assert [(d.id, d.text) for d in docs] == [
        ("a", "first row"),
        ("b", "Le café est très bon,\nsur deux lignes"),
        ("c", "third row"),
    ]
    assert [d.labels.get("encoding") for d in docs] == [None, "cp1252", None]


def test_a_text_given_as_a_list_of_paragraphs_is_one_document(tmp_path):
    path = tmp_path / "in.jsonl"
    rows = [
        {"id": "p", "text": ["Storm hits the coast", "Roads were closed.", "  ", "More later."]},
        {"id": "n", "text": ["fine", 3]},
        {"id": "d", "text": {"en": "a mapping"}},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    docs, bad = read(path)
    assert [(d.id, d.text) for d in docs] == [
        ("p", "Storm hits the coast\n\nRoads were closed.\n\nMore later.")
    ]
    assert [(q.line, q.kind) for q in bad] == [(2, "wrong_type"), (3, "wrong_type")]
    assert "must be a string (or a list of strings), got list" in bad[0].error


def test_a_text_file_too_large_for_any_document_is_not_read_whole(tmp_path, monkeypatch):
    from curate.io import compressed, readers

    monkeypatch.setattr(readers, "MAX_DOCUMENT_CHARS", 1000)
    asked = []
    real = compressed.read_bytes
    monkeypatch.setattr(
        readers, "read_bytes", lambda p, limit=None: asked.append(limit) or real(p, limit)
    )
    (tmp_path / "huge.txt.gz").write_bytes(gzip.compress(b"x" * 1_000_000))
    _, bad = read(tmp_path)
    assert asked == [4001]  # what could still be text of 1,000 characters, and a byte more
    assert bad[0].kind == "too_large" and "more than 4,000 bytes" in bad[0].error
    assert "--sample-by line" in bad[0].error


def test_a_json_line_too_long_for_any_document_is_passed_over(tmp_path, monkeypatch):
    from curate.io import readers

    monkeypatch.setattr(readers, "MAX_DOCUMENT_CHARS", 100)
    path = tmp_path / "in.jsonl"
    rows = [{"id": "a", "text": "fine"}, {"id": "b", "text": "x" * 5000}, {"id": "c", "text": "ok"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    docs, bad = read(path)
    assert [d.id for d in docs] == ["a", "c"]
    assert [(q.line, q.kind) for q in bad] == [(2, "too_large")]
    assert "a JSON line of more than 800 bytes" in bad[0].error


@pytest.mark.parametrize("sample_by", ["document", "line"])
def test_a_text_padded_with_nul_bytes_at_its_end_is_text(tmp_path, sample_by):
    # a short article saved with a C string's terminator (or a write cut short and padded) was
    # quarantined whole as "binary file (NUL bytes)"; the NULs stay for the unicode stage
    from curate.io.readers import read_file

    article = "Le conseil municipal a approuvé mardi un budget de 14 millions d'euros."
    path = tmp_path / "brief.txt"
    path.write_bytes(article.encode() + b"\x00" * 3)
    items = list(read_file(path, reader={"sample_by": sample_by}))
    assert [type(item).__name__ for item in items] == ["Document"]
    assert items[0].text == article + "\x00" * 3
    assert items[0].labels["encoding"] == "utf-8"


def test_a_json_line_in_a_legacy_encoding_is_read_and_labelled(tmp_path):
    # a scraper's JSON Lines written in Windows-1252, or one Latin-1 "é" among UTF-8 lines: the
    # row was quarantined as "not valid JSON: 'utf-8' codec can't decode byte 0xe9"
    path = tmp_path / "feed.jsonl"
    rows = [
        {"id": "fr", "text": "Le café est très bon, déjà vu à Zürich."},
        {"id": "en", "text": "A plain ASCII row."},
        {"id": "de", "text": "Die Größe der Rakete ist unklar."},
    ]
    lines = (json.dumps(r, ensure_ascii=False).encode("cp1252") + b"\n" for r in rows)
    path.write_bytes(b"".join(lines))
    docs, bad = read(path)
    assert not bad
    assert [(d.id, d.text) for d in docs] == [(r["id"], r["text"]) for r in rows]
    assert [d.labels.get("encoding") for d in docs] == ["cp1252", None, "cp1252"]


def test_a_json_line_of_bytes_that_decode_as_nothing_is_still_quarantined(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b'{"id": "x", "text": "' + bytes(range(128, 256)) * 3 + b'"}\n')
    docs, bad = read(path)
    assert not docs and [(q.kind, q.line) for q in bad] == [("encoding", 1)]


def test_a_json_array_in_a_legacy_encoding_is_read_and_labelled(tmp_path):
    # one Windows-1252 byte made the whole array "not valid JSON": every record lost
    path = tmp_path / "export.json"
    rows = [{"id": "a", "text": "Le café est très bon."}, {"id": "b", "text": "Plain text."}]
    path.write_bytes(json.dumps(rows, ensure_ascii=False).encode("cp1252"))
    docs, bad = read(path)
    assert not bad and [d.text for d in docs] == [r["text"] for r in rows]
    assert {d.labels.get("encoding") for d in docs} == {"cp1252"}


@pytest.mark.parametrize("layout", ["lines", "array"])
def test_a_json_file_whose_first_record_is_long_is_read(tmp_path, layout):
    # `Dataset.to_json` (JSON Lines in a .json) or an array whose first article is past the
    # 8 KB the sniff read: the whole file was passed over as "no 'text' field"
    rows = [{"id": "long", "text": "A long article. " * 1000}, {"id": "short", "text": "Brief."}]
    path = tmp_path / "news.json"
    if layout == "lines":
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    else:
        path.write_text(json.dumps(rows), encoding="utf-8")
    assert walk_inputs_of(tmp_path).paths == [path]
    docs, bad = read(tmp_path)
    assert not bad and [d.id for d in docs] == ["long", "short"]


def test_a_long_json_object_that_holds_no_records_is_still_passed_over(tmp_path):
    (tmp_path / "meta.json").write_text(json.dumps({"pages": ["x" * 100] * 500}), encoding="utf-8")
    found = walk_inputs_of(tmp_path)
    assert not found.paths and found.skipped == [str(tmp_path / "meta.json")]


def test_a_text_column_stored_as_bytes_is_decoded(tmp_path):
    # Parquet from Spark, Hive or Impala stores strings as binary unless told otherwise: every
    # row was quarantined as "'text' must be a string (or a list of strings), got bytes"
    path = tmp_path / "part-00000.parquet"
    texts = ["Le café est très bon.".encode(), "Die Größe ist unklar.".encode("cp1252")]
    pq.write_table(pa.table({"id": ["a", "b"], "text": pa.array(texts, pa.binary())}), path)
    docs, bad = read(path)
    assert not bad
    assert [d.text for d in docs] == ["Le café est très bon.", "Die Größe ist unklar."]
    assert [d.labels.get("encoding") for d in docs] == ["utf-8", "cp1252"]


def test_a_text_column_of_bytes_that_decode_as_nothing_is_quarantined(tmp_path):
    path = tmp_path / "part-00000.parquet"
    pq.write_table(pa.table({"text": pa.array([bytes(range(128, 256)) * 3], pa.binary())}), path)
    docs, bad = read(path)
    assert not docs and [(q.kind, q.line) for q in bad] == [("encoding", 1)]


@pytest.mark.parametrize("empty", ["", "  \n", None])
def test_a_row_whose_text_is_empty_is_read_from_its_html(tmp_path, empty):
    # a scraper's row {"text": "", "html": "<html>..."} (its own extraction failed) was removed
    # as read/empty, though the article was in its html
    from curate.io.html import extract_page

    page = (
        "<html><body><article>"
        + "".join(f"<p>Night buses run on route {i} until three at night.</p>" for i in range(6))
        + "</article></body></html>"
    )
    path = tmp_path / "pages.jsonl"
    _jsonl(path, [{"id": "p", "text": empty, "html": page}, {"id": "q", "text": "", "html": " "}])
    docs, bad = read(path)
    assert not bad
    assert [(d.id, d.text) for d in docs] == [
        ("p", extract_page(page, str(path), 1)[0]),
        ("q", ""),  # no html either: empty, removed by the run with its reason
    ]


ROWS_WIDE = [{"id": "a", "text": "Le café est très bon."}, {"id": "b", "text": "Größe: 3 M€."}]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_json_lines_saved_as_utf16_by_windows_are_read(tmp_path, codec):
    # Windows PowerShell 5's `>` and Out-File write UTF-16 with a byte order mark: each line
    # was quarantined (bytes that decode as nothing, or not valid JSON), the file lost
    body = "".join(json.dumps(r, ensure_ascii=False) + "\r\n" for r in ROWS_WIDE)
    bom = {"utf-16-be": b"\xfe\xff"}.get(codec, b"")
    for name in ("feed.jsonl", "feed.json", "array.json"):
        data = json.dumps(ROWS_WIDE, ensure_ascii=False) if name == "array.json" else body
        (tmp_path / name).write_bytes(bom + data.encode(codec))
    docs, bad = read(tmp_path)
    assert not bad
    assert [d.text for d in docs] == [r["text"] for r in ROWS_WIDE] * 3  # 3 files, in order


def test_a_table_saved_as_unicode_text_by_excel_is_read(tmp_path):
    # Excel's "Unicode Text" and many Windows exports are UTF-16 tab-separated tables: the
    # header did not decode, so the file was passed over as holding no text column
    path = tmp_path / "export.tsv"
    table = "id\ttext\r\n" + "".join(f"{r['id']}\t{r['text']}\r\n" for r in ROWS_WIDE)
    path.write_bytes(table.encode("utf-16"))
    docs, bad = read(tmp_path)
    assert not bad and [(d.id, d.text) for d in docs] == [(r["id"], r["text"]) for r in ROWS_WIDE]


def test_a_csv_saved_with_semicolons_by_a_european_excel_is_read(tmp_path):
    # Excel in French, German or Spanish settings saves "CSV" as `id;title;text`: the header
    # was one column with no `text`, and the whole file was passed over
    path = tmp_path / "export.csv"
    table = 'id;title;text\r\na;Budget;"Le café, très bon; déjà vu."\r\nb;Wetter;Es regnet.\r\n'
    path.write_bytes(b"\xef\xbb\xbf" + table.encode("utf-8"))
    docs, bad = read(tmp_path)
    assert not bad
    assert [(d.id, d.title, d.text) for d in docs] == [
        ("a", "Budget", "Le café, très bon; déjà vu."),
        ("b", "Wetter", "Es regnet."),
    ]


def test_a_csv_whose_text_holds_semicolons_keeps_its_commas(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text('id,text\na,"One; two; three."\n', encoding="utf-8")
    docs, bad = read(tmp_path)
    assert not bad and [(d.id, d.text) for d in docs] == [("a", "One; two; three.")]


def test_a_legacy_encoding_is_detected_once_a_file_not_once_a_line(tmp_path, monkeypatch):
    from curate.io import readers

    calls = []
    real = readers.decode
    monkeypatch.setattr(readers, "decode", lambda data: calls.append(data) or real(data))
    rows = [{"id": str(i), "text": f"Le café numéro {i} est très bon."} for i in range(50)]
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "cp1252")
    docs, bad = read(path)
    assert not bad and [d.text for d in docs] == [r["text"] for r in rows]
    assert len(calls) == 1
