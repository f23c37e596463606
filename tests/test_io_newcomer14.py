"""Inputs a first run brings, one test a kind (session 25, fourteenth round): a `.json` of
splits and a `save_to_disk` folder packed in an archive (io.archive_splits), arrays of arrays
that are no table (io.text_arrays), headerless tables whose text comes first
(io.id_text_rows), a text column stored dictionary-encoded and a null `text` beside a known
text field (io.text_aliases)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from curate.io.readers import Quarantined, Skipped
from tests.archive_files import pack
from tests.newcomer_runs import documents, quarantined, read_all, run_counted, text_of, texts_of
from tests.test_newcomer_inputs import invoke

# -- a `.json` of splits packed in an archive (io.archive_splits) -----------------------------


@pytest.mark.parametrize("packed", ["d.zip", "d.tar.gz"])
@pytest.mark.parametrize(
    "shape",
    [
        lambda tr, te: {"train": [{"text": t} for t in tr], "test": [{"text": t} for t in te]},
        lambda tr, te: {"data": {"train": tr, "test": te}},  # bare strings, under `data`
        lambda tr, te: {"train": {"text": tr}, "test": {"text": te}},  # split.to_dict()
    ],
)
def test_split_of_a_json_of_splits_inside_an_archive_is_read(tmp_path, packed, shape):
    # "--split test: not in the input; it holds no splits" of a zip holding `{"train": ...}`
    value = shape(texts_of(3), texts_of(2, 10))
    given = pack(tmp_path / packed, {"ds/data.json": json.dumps(value).encode()})
    items = read_all(given, reader={"split": ["test"]})
    assert [(d.text, d.labels.get("split")) for d in documents(items)] == [
        (t, "test") for t in texts_of(2, 10)
    ]
    assert [i.kind for i in items if isinstance(i, Skipped)] == ["split/train"] * 3
    report, text = run_counted(given, "--out", tmp_path / "out", "--split", "test")
    assert report["counts"]["read"] == 5 and report["skipped_records"] == {"split/train": 3}
    assert [p.name for p in (tmp_path / "out" / "data").iterdir()] == [
        "test-00000-of-00001.parquet"
    ]
    result, text = invoke("run", given, "--out", tmp_path / "o2", "--split", "nope")
    assert result.exit_code != 0 and "its splits are train, test" in text
    assert len(documents(read_all(given))) == 5  # no --split: every record, as before


def test_a_json_of_splits_beside_split_files_in_an_archive(tmp_path):
    # a member named for its split and a member holding splits, in one archive
    lines = "".join(json.dumps({"text": t}) + "\n" for t in texts_of(2, 20)).encode()
    given = pack(
        tmp_path / "mixed.zip",
        {
            "a/train.jsonl": lines,
            "a/test.jsonl": lines,
            "b/all.json": json.dumps({"train": texts_of(1), "validation": texts_of(2, 5)}).encode(),
        },
    )
    items = read_all(given, reader={"split": ["validation"]})
    assert [d.text for d in documents(items)] == texts_of(2, 5)
    assert not quarantined(items)


# -- a `save_to_disk` folder packed in an archive (io.archive_splits) -----------------------


def _saved(tmp_path: Path, splits: dict[str, list[str]], packed: str) -> Path:
    import shutil

    import datasets

    folder = tmp_path / "saved"
    datasets.DatasetDict(
        {name: datasets.Dataset.from_dict({"text": texts}) for name, texts in splits.items()}
    ).save_to_disk(str(folder / "imdb"))
    kind = "zip" if packed.endswith(".zip") else "gztar"
    return Path(shutil.make_archive(str(tmp_path / "imdb"), kind, folder, "imdb"))


@pytest.mark.parametrize("packed", ["imdb.zip", "imdb.tar.gz"])
def test_a_packed_save_to_disk_folder_is_read_by_its_splits(tmp_path, packed):
    # its `state.json` was a `missing_field` record advising `--text-field filename`, and a
    # split of another name than train/test (IMDB's `unsupervised`) could not be asked for
    splits = {"train": texts_of(3), "test": texts_of(2, 10), "unsupervised": texts_of(4, 30)}
    given = _saved(tmp_path, splits, packed)
    items = read_all(given)
    assert sorted(d.text for d in documents(items)) == sorted(sum(splits.values(), []))
    assert not quarantined(items)
    assert {d.labels.get("input_split") for d in documents(items)} == set(splits)
    report, text = run_counted(given, "--out", tmp_path / "out")
    assert report["counts"]["quarantined"] == 0 and report["counts"]["read"] == 9 + 7
    assert report["input_splits"] == {"train": 3, "test": 2, "unsupervised": 4}
    assert "the input holds 3 splits, train (1 file), test (1 file), unsupervised" in text
    items = read_all(given, reader={"split": ["unsupervised"]})
    assert [(d.text, d.labels.get("split")) for d in documents(items)] == [
        (t, "unsupervised") for t in splits["unsupervised"]
    ]
    assert not quarantined(items)
    report, _ = run_counted(given, "--out", tmp_path / "o2", "--split", "unsupervised")
    assert report["counts"]["read"] == 4 and report["counts"]["quarantined"] == 0


def test_a_state_json_beside_no_shards_in_an_archive_is_read_as_before(tmp_path):
    # only save_to_disk's own files are passed over: a `state.json` of records is read
    rows = [{"text": t} for t in texts_of(2)]
    given = pack(tmp_path / "a.zip", {"x/state.json": json.dumps(rows).encode()})
    assert [d.text for d in documents(read_all(given))] == texts_of(2)


# -- arrays of arrays that are no table (io.text_arrays) ------------------------------------


@pytest.mark.parametrize(
    "batches",
    [
        [[], [{"text": text_of(0)}, {"text": text_of(1)}], [{"text": text_of(2)}]],
        [[], [], [{"text": text_of(0)}], [], [{"text": text_of(1)}, {"text": text_of(2)}]],
    ],
)
def test_batches_of_records_whose_first_batches_are_empty_are_read(tmp_path, batches):
    # `[[], [{...}]]` was "an array of arrays (orient="values") names no fields"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "b.json").write_text(json.dumps(batches))
    for given in (tmp_path / "in", tmp_path / "in" / "b.json"):
        items = read_all(given)
        assert [d.text for d in documents(items)] == texts_of(3)
        assert not quarantined(items)


@pytest.mark.parametrize(
    "value",
    [
        [[], [text_of(0), text_of(1)]],  # a first empty list, then sentences
        [[text_of(0), text_of(1)], [text_of(2)], []],  # lists of sentences
        [[], [], [text_of(5), text_of(6), text_of(7)]],
    ],
)
def test_arrays_of_texts_get_advice_naming_both_ways_to_write_them(tmp_path, value):
    # each was passed over with advice to write a first row of column names, or (a first list
    # of one string) each list quarantined "an item must be a JSON object"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "s.json").write_text(json.dumps(value))
    result, text = invoke("run", tmp_path / "in", "--out", tmp_path / "out")
    assert result.exit_code != 0 and "s.json: an array of arrays of strings" in text
    assert "jq -c '.[][] | {text: .}' FILE" in text and "join(" in text
    assert "column names" not in text
    items = read_all(tmp_path / "in" / "s.json")
    assert not documents(items)
    assert {q.error.split(",")[0] for q in quarantined(items)} == {"an array of arrays of strings"}


def test_lists_of_one_and_more_texts_are_quarantined_each_with_the_advice(tmp_path):
    # a first list of one string opens as pandas' rows of one text; a later longer one stops
    # that: each list is a record of its own place, with the advice, not "must be an object"
    (tmp_path / "s.json").write_text(
        json.dumps([[text_of(0)], [text_of(1), text_of(2)], [text_of(3)]])
    )
    report, _ = run_counted(tmp_path / "s.json", "--out", tmp_path / "out")
    assert report["counts"]["read"] == 3 == report["counts"]["quarantined"]
    rows = [json.loads(line) for line in (tmp_path / "out" / "quarantine.jsonl").open()]
    assert [r["line"] for r in rows] == [1, 2, 3]
    assert all(r["error"].startswith("an array of arrays of strings") for r in rows)


def test_other_arrays_of_arrays_keep_their_advice(tmp_path):
    cases = {
        "empty.json": ([[], []], "an array of empty arrays: no records to read"),
        "values.json": ([[1, text_of(0)], [2, text_of(1)]], 'orient="values"'),
        "header.json": ([["id", "title"], ["1", text_of(0)]], "column names"),
    }
    for name, (value, said) in cases.items():
        (tmp_path / name).write_text(json.dumps(value))
        (quarantined,) = read_all(tmp_path / name)
        assert isinstance(quarantined, Quarantined) and said in quarantined.error, name
    (tmp_path / "rows.json").write_text(json.dumps([[t] for t in texts_of(3)]))  # as before
    assert [d.text for d in documents(read_all(tmp_path / "rows.json"))] == texts_of(3)


# -- headerless tables whose text comes first (io.id_text_rows) -----------------------------


@pytest.mark.parametrize(
    "name, rows, ids",
    [
        # SST-2-like `sentence<TAB>label`, labels repeating: the ids are the file's and line's
        ("labels.tsv", [f"{t}\t{k % 2}" for k, t in enumerate(texts_of(5))], None),
        ("words.tsv", [f"{t}\t{['pos', 'neg'][k % 2]}" for k, t in enumerate(texts_of(5))], None),
        # `text,id` with quoted texts (commas inside): the ids are the second cells
        ("ids.csv", [f'"{t}, quoted",doc-{k}' for k, t in enumerate(texts_of(4))], "doc-{}"),
    ],
)
def test_a_headerless_table_whose_text_comes_first_is_read(tmp_path, name, rows, ids):
    # "its first row (line 1) is data, not a header": the whole table left out
    import gzip

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / name).write_text("\n".join(rows) + "\n")
    (tmp_path / "in" / f"z{name}.gz").write_bytes(gzip.compress(("\n".join(rows) + "\n").encode()))
    items = read_all(tmp_path / "in")
    docs = documents(items)
    assert len(docs) == 2 * len(rows) and not quarantined(items)
    assert docs[0].text.startswith(text_of(0))
    stem = name.split(".")[0]
    want = [ids.format(k) if ids else f"{stem}-{k + 1}" for k in range(len(rows))]
    assert [d.id for d in docs[: len(rows)]] == want
    report, _ = run_counted(tmp_path / "in", "--out", tmp_path / "out")
    assert report["counts"]["read"] == 2 * len(rows) and report["counts"]["quarantined"] == 0


def test_a_later_row_of_another_shape_is_quarantined_by_its_line(tmp_path):
    from curate.io.id_text_rows import SAMPLE_ROWS

    rows = [f"{text_of(k)}\t{k % 3}" for k in range(SAMPLE_ROWS + 2)]
    rows.insert(SAMPLE_ROWS + 1, f"{text_of(999)}\t1\textra")
    (tmp_path / "t.tsv").write_text("\n".join(rows) + "\n")
    items = read_all(tmp_path / "t.tsv")
    assert len(documents(items)) == SAMPLE_ROWS + 2
    assert [(q.line, q.kind) for q in quarantined(items)] == [(SAMPLE_ROWS + 2, "malformed_row")]
    assert "(text, label)" in quarantined(items)[0].error


def test_a_text_first_table_with_a_header_keeps_its_header(tmp_path):
    # `sentence<TAB>label` over its rows is a header: its one column of prose is the text
    # (io.prose_columns; session 28 gave the advice `--text-field sentence`), the run says so
    rows = "sentence\tlabel\n" + "".join(f"{t}\t{k % 2}\n" for k, t in enumerate(texts_of(4)))
    (tmp_path / "train.tsv").write_text(rows)
    docs = documents(read_all(tmp_path))
    assert [d.text for d in docs] == texts_of(4)
    assert {d.labels["text_field"] for d in docs} == {"sentence"}
    report, text = run_counted(tmp_path, "--out", tmp_path / "o2")
    assert report["counts"]["read"] == 4 and "read from field 'sentence'" in text
    # two texts a row (a title and a body) and one-word cells stay unread, with the advice
    (tmp_path / "two.tsv").write_text("".join(f"{t}\t{t}\n" for t in texts_of(3)))
    (tmp_path / "short.tsv").write_text("".join(f"word{k}\t{k}\n" for k in range(3)))
    assert not documents(read_all(tmp_path / "two.tsv")) and not documents(
        read_all(tmp_path / "short.tsv")
    )


# -- a text column stored dictionary-encoded; a null `text` beside `content` (io.text_aliases)


def test_a_dictionary_encoded_text_column_under_a_known_name_is_read(tmp_path):
    # pandas' `category` dtype and pyarrow's `dictionary_encode()`: every row was quarantined
    # "no 'text' field (the row has 'content')"
    import pandas as pd
    import pyarrow as pa
    import pyarrow.parquet as pq

    (tmp_path / "in").mkdir()
    frame = pd.DataFrame({"content": pd.Categorical(texts_of(3)), "label": [0, 1, 0]})
    frame.to_parquet(tmp_path / "in" / "cat.parquet")
    table = pa.table({"article": pa.array(texts_of(2, 10)).dictionary_encode()})
    pq.write_table(table, tmp_path / "in" / "dict.parquet")
    with pa.OSFile(str(tmp_path / "in" / "dict.arrow"), "wb") as sink:
        with pa.ipc.new_file(sink, table.schema) as writer:
            writer.write_table(table)
    items = read_all(tmp_path / "in")
    assert sorted(d.text for d in documents(items)) == sorted(texts_of(3) + texts_of(2, 10) * 2)
    assert not quarantined(items)
    report, text = run_counted(tmp_path / "in", "--out", tmp_path / "out", "--skip", "dedup")
    assert report["counts"]["read"] == 7 == report["counts"]["kept"]


def test_a_null_text_beside_a_known_text_field_is_read_from_it(tmp_path):
    # `pd.concat` of a frame with `text` and one with `content`: the `content` rows were
    # quarantined "'text' is null", with no word of the field beside them
    import pandas as pd

    (tmp_path / "in").mkdir()
    frame = pd.concat(
        [pd.DataFrame({"text": texts_of(2)}), pd.DataFrame({"content": texts_of(2, 10)})],
        ignore_index=True,
    )
    frame.to_parquet(tmp_path / "in" / "both.parquet")
    frame.to_json(tmp_path / "in" / "both.jsonl", orient="records", lines=True)
    rows = [
        {"text": text_of(20)},
        {"id": "b", "body": text_of(21)},
        {"text": None, "content": None},
    ]
    (tmp_path / "in" / "mixed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    items = read_all(tmp_path / "in")
    texts = [d.text for d in documents(items)]
    assert sorted(texts) == sorted((texts_of(2) + texts_of(2, 10)) * 2 + [text_of(20), text_of(21)])
    assert [(Path(q.file).name, q.line, q.kind) for q in quarantined(items)] == [
        ("mixed.jsonl", 3, "missing_field")
    ]
    report, text = run_counted(tmp_path / "in", "--out", tmp_path / "out", "--skip", "dedup")
    assert report["counts"]["read"] == 11 and report["counts"]["quarantined"] == 1
    assert report["text_fields"]["content"] == 4 and report["text_fields"]["body"] == 1
    assert "read from field 'content'" in text
    # a field named is read as named, never aliased
    named = read_all(tmp_path / "in" / "mixed.jsonl", reader={"text_field": ["text", "summary"]})
    assert len(documents(named)) == 1


def test_a_blank_text_beside_a_known_text_field_is_read_from_it(tmp_path):
    # a scraper's `{"text": "", "content": "..."}`, and the `.csv` of a concat (a missing value
    # written as an empty cell): every row was removed as read/empty, the article beside it
    import pandas as pd

    (tmp_path / "in").mkdir()
    rows = [{"text": " ", "content": t} for t in texts_of(3)] + [{"text": "", "content": "x"}]
    (tmp_path / "in" / "s.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    frame = pd.DataFrame(
        {"title": ["a", "b"], "text": [text_of(10), None], "body": [None, text_of(11)]}
    )
    frame.to_csv(tmp_path / "in" / "c.csv", index=False)
    report, text = run_counted(tmp_path / "in", "--out", tmp_path / "out", "--skip", "dedup")
    counts = report["counts"]
    assert counts["read"] == 6 and counts["kept"] == 5
    assert report["removed_by_rule"] == {"read/empty": 1}  # `"x"`: one word, no text
    assert report["text_fields"] == {"body": 1, "content": 3}
    assert (
        "read from field 'content', their records having no 'text' field (or an empty one)" in text
    )


def test_in_memory_records_keep_their_python_advice(tmp_path):
    from curate import Pipeline

    rows = [{"id": "x", "text": None, "content": text_of(1)}]
    result = Pipeline.from_recipe("news").run(rows)
    assert not result.kept and [q["kind"] for q in result.quarantined] == ["missing_field"]


# `{"text": {"content": ...}}` (a text field's own name inside) is read since session 41
# (tests/test_newcomer_inputs_s41.py); a name of no text field is still advised
@pytest.mark.parametrize("inner", ["en", "body text"])
def test_a_text_field_holding_an_object_names_the_field_inside(tmp_path, inner):
    # `{"text": {"en": "..."}}` was "'text' must be a string ..., got dict", no more
    rows = [{"id": f"r{k}", "text": {inner: t, "lang": "en"}} for k, t in enumerate(texts_of(3))]
    (tmp_path / "r.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    report, text = run_counted(tmp_path / "r.jsonl", "--out", tmp_path / "out")
    assert report["counts"]["read"] == 3 == report["counts"]["quarantined"]
    rows = [json.loads(line) for line in (tmp_path / "out" / "quarantine.jsonl").open()]
    named = f"'text.{inner}'" if " " in inner else f"text.{inner}"
    assert [r["line"] for r in rows] == [1, 2, 3]
    assert all(r["error"].endswith(f"holds a text: --text-field {named}") for r in rows)
    if " " not in inner:  # the advice reads them
        report, _ = run_counted(
            tmp_path / "r.jsonl", "--out", tmp_path / "o2", "--text-field", named
        )
        assert report["counts"]["kept"] == 3


@pytest.mark.parametrize("packed", ["repo.zip", "repo.tar.gz"])
def test_a_packed_repositorys_card_is_passed_over_as_a_folders_is(tmp_path, packed):
    # a zipped Hub snapshot: its dataset card (`README.md`) was read as one more document
    import pyarrow as pa
    import pyarrow.parquet as pq

    shard = io.BytesIO()
    pq.write_table(pa.table({"text": texts_of(3)}), shard)
    card = b"---\nlicense: mit\n---\n# News\n\nThis dataset card describes the articles.\n"
    members = {
        "repo/README.md": card,
        "repo/docs/CHANGELOG.md": b"# Changes\n\n- v2: more articles were added to it\n",
        "repo/data/train-00000-of-00001.parquet": shard.getvalue(),
        "repo/notes.md": b"# Notes\n\nAn article of its own, written in Markdown by hand.\n",
    }
    given = pack(tmp_path / packed, members)
    items = read_all(given)
    assert sorted(d.text.split("\n")[0] for d in documents(items)) == sorted(
        [*texts_of(3), "An article of its own, written in Markdown by hand."]
    )
    assert [i.kind for i in items if isinstance(i, Skipped)] == [
        "archive_member_without_records"
    ] * 2
    report, _ = run_counted(given, "--out", tmp_path / "out")
    assert report["counts"]["read"] == 6 and report["counts"]["quarantined"] == 0


# -- a key before each JSON line (io.keyed_lines) -------------------------------------------


def _keyed(key_of, with_id: bool = False) -> str:
    rows = [
        {"text": t} | ({"id": f"own-{k}"} if with_id else {}) for k, t in enumerate(texts_of(4))
    ]
    return "".join(f"{key_of(k)}\t{json.dumps(r)}\n" for k, r in enumerate(rows))


@pytest.mark.parametrize(
    "name, key_of",
    [
        ("r.jsonl", lambda k: f"doc-{k}"),  # Hadoop's TextOutputFormat: key, tab, value
        ("n.jsonl", lambda k: f"{k + 1:6d}"),  # `cat -n rows.jsonl`
        ("r.txt", lambda k: f"doc-{k}"),
        ("part-00000", lambda k: f"doc-{k}"),  # a Hadoop Streaming job's output
        ("r.tsv", lambda k: f"doc-{k}"),
    ],
)
def test_json_lines_with_a_key_before_each_object_are_read(tmp_path, name, key_of):
    # each line was `malformed_json` ("Extra data"), a `.txt` ONE document of JSON source, a
    # `.tsv` a document a row whose text was the JSON source
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / name).write_text(_keyed(key_of))
    items = read_all(tmp_path / "in")
    assert [d.text for d in documents(items)] == texts_of(4) and not quarantined(items)
    assert [d.id for d in documents(items)] == [key_of(k).strip() for k in range(4)]
    report, _ = run_counted(tmp_path / "in", "--out", tmp_path / "out")
    assert report["counts"]["read"] == 4 and report["counts"]["quarantined"] == 0


def test_a_keyed_objects_own_id_wins_and_other_lines_stay_malformed(tmp_path):
    body = _keyed(lambda k: f"key-{k}", with_id=True)
    body += 'doc 5\t{"text": "two tokens before the tab"}\n'  # a key of two words: no key
    body += 'k6\t{"text": "cut\n'  # no whole object after the key
    (tmp_path / "r.jsonl").write_text(body)
    items = read_all(tmp_path / "r.jsonl")
    assert [d.id for d in documents(items)] == [f"own-{k}" for k in range(4)]
    assert [(q.line, q.kind) for q in quarantined(items)] == [
        (5, "malformed_json"),
        (6, "malformed_json"),
    ]
    assert all(q.error.startswith("not valid JSON") for q in quarantined(items))


# -- comment lines in a `.json` (io.json_comments) -----------------------------------------


@pytest.mark.parametrize("comment", ["// first batch", "# exported 2024-05-01", "  // indented"])
def test_a_json_array_with_comment_lines_is_read(tmp_path, comment):
    # ONE malformed_json record, "Expecting value: line 2 column 1": every record lost
    rows = [json.dumps({"text": t}) for t in texts_of(3)]
    body = f"[\n{comment}\n{rows[0]},\n{comment}\n{rows[1]},\n{rows[2]},\n]\n"  # a trailing comma
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "c.json").write_text(body)
    items = read_all(tmp_path / "in")
    assert [d.text for d in documents(items)] == texts_of(3) and not quarantined(items)
    report, _ = run_counted(tmp_path / "in", "--out", tmp_path / "out")
    assert report["counts"]["read"] == 3 and report["counts"]["quarantined"] == 0


def test_a_hash_inside_a_text_is_never_taken_for_a_comment(tmp_path):
    # a string cannot hold a line break: a `# heading` line inside one is no comment, and the
    # file, broken there, is read to its break as before
    good = json.dumps({"text": text_of(0)})
    (tmp_path / "b.json").write_text(f'[\n{good},\n{{"text": "Intro\n# Heading\nbody"}}\n]\n')
    items = read_all(tmp_path / "b.json")
    assert [d.text for d in documents(items)] == [text_of(0)]
    assert [q.kind for q in quarantined(items)] == ["malformed_json"]


# -- an `.xml` file of records (io.xml_records) --------------------------------------------


def _articles_xml(texts: list[str], namespace: str = "") -> str:
    ns = f' xmlns="{namespace}"' if namespace else ""
    items = "".join(
        f'<article id="a{k}" url="https://example.com/{k}"><title>Title {k}</title>'
        f"<body><p>{t}</p><p>A second <b>bold</b> paragraph {k}.</p></body></article>\n"
        for k, t in enumerate(texts)
    )
    return f'<?xml version="1.0"?>\n<articles{ns}>\n{items}</articles>\n'


def test_an_xml_file_of_records_is_read_a_record_a_document(tmp_path):
    # "XML that is no RSS or Atom feed (a sitemap): no reader": every article left out
    import pandas as pd

    (tmp_path / "in").mkdir()
    frame = pd.DataFrame({"id": [f"p{k}" for k in range(3)], "text": texts_of(3)})
    frame.to_xml(tmp_path / "in" / "frame.xml")  # `<data><row><index>0</index>...`
    (tmp_path / "in" / "cms.xml").write_text(_articles_xml(texts_of(2, 10), "http://x.org/ns"))
    sitemap = '<?xml version="1.0"?><urlset><url><loc>https://x.org/a b c</loc></url></urlset>'
    (tmp_path / "in" / "sitemap.xml").write_text(sitemap)
    items = read_all(tmp_path / "in")
    docs = {d.id: d for d in documents(items)}
    assert sorted(docs) == ["a0", "a1", "p0", "p1", "p2"] and not quarantined(items)
    assert docs["p1"].text == text_of(1)
    assert docs["a1"].text == f"{text_of(11)}\n\nA second bold paragraph 1."
    assert (docs["a1"].title, docs["a1"].source) == ("Title 1", "https://example.com/1")
    report, text = run_counted(tmp_path / "in", "--out", tmp_path / "out")
    assert report["counts"]["read"] == 5 and report["skipped_files"] == [
        str(tmp_path / "in" / "sitemap.xml")
    ]


def test_xml_records_are_read_zipped_and_under_a_named_field(tmp_path):
    given = pack(tmp_path / "x.zip", {"exports/cms.xml": _articles_xml(texts_of(2)).encode()})
    assert [d.id for d in documents(read_all(given))] == ["a0", "a1"]
    rows = "".join(f"<item><summary>{t}</summary></item>" for t in texts_of(2))
    (tmp_path / "s.xml").write_text(f"<items>{rows}</items>")
    assert not documents(read_all(tmp_path / "s.xml"))  # `summary`: no known text field
    named = read_all(tmp_path / "s.xml", reader={"text_field": "summary"})
    assert [d.text for d in documents(named)] == texts_of(2)
