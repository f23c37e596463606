"""ORC files, as Hive and Spark write them (curate.io.orc): a folder of them stopped the run."""

import pyarrow as pa
import pyarrow.orc as orc

from curate.io.readers import Document, Quarantined, read_file, walk_inputs
from tests.test_newcomer_fields import article
from tests.test_newcomer_inputs import invoke, kept_ids


def _orc(path, rows, **kwargs):
    orc.write_table(pa.Table.from_pylist(rows), str(path), **kwargs)
    return path


def test_an_orc_folder_is_read_a_row_a_document(tmp_path):
    folder = tmp_path / "spark_out"
    folder.mkdir()
    for part in range(2):
        rows = [{"id": f"o{part}{k}", "text": article(2 * part + k)} for k in range(2)]
        _orc(folder / f"part-0000{part}-c000.snappy.orc", rows)
    result, text = invoke("run", folder, "--out", tmp_path / "out")
    assert result.exit_code == 0, text
    assert kept_ids(tmp_path / "out") == ["o00", "o01", "o10", "o11"]


def test_orc_rows_under_content_are_read_from_it(tmp_path):
    path = _orc(tmp_path / "a.orc", [{"url": "https://example.com/1", "content": article(1)}])
    assert [p for p, _ in walk_inputs([tmp_path]).files] == [path]
    [doc] = list(read_file(path))
    assert isinstance(doc, Document) and doc.text == article(1)
    assert doc.labels["text_field"] == "content"


def test_orc_rows_without_text_are_quarantined_each_with_the_advice(tmp_path):
    # two columns of prose, neither the text by its name: not guessed between (io.prose_columns)
    rows = [{"id": "a", "page": article(1), "notes": article(2)}, {"id": "b", "page": "x"}]
    path = _orc(tmp_path / "a.orc", rows)
    items = list(read_file(path))
    assert [type(i).__name__ for i in items] == ["Quarantined", "Quarantined"]
    assert items[0].kind == "missing_field" and "--text-field page" in items[0].error


def test_orc_rows_of_one_prose_column_are_read_from_it(tmp_path):
    rows = [{"id": str(k), "title": f"Title {k}", "page": article(k)} for k in range(3)]
    items = list(read_file(_orc(tmp_path / "a.orc", rows)))
    assert [(i.id, i.labels["text_field"]) for i in items] == [
        ("0", "page"),
        ("1", "page"),
        ("2", "page"),
    ]


def test_a_cut_orc_file_is_one_quarantine_record(tmp_path):
    path = _orc(tmp_path / "a.orc", [{"id": str(k), "text": article(k)} for k in range(50)])
    path.write_bytes(path.read_bytes()[:-40])  # the postscript lost: a download that stopped
    [item] = list(read_file(path))
    assert isinstance(item, Quarantined) and item.kind == "unreadable"
    assert "not a readable ORC file" in item.error
