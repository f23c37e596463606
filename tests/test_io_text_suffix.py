"""`.text` is plain text's other name and is read as `.txt` is (curate/io/readers.py): a folder
of `.text` files was passed over whole, "plain text under another name: rename it .txt"."""

import gzip

import pytest

from curate.io.readers import read_inputs, walk_inputs
from tests.newcomer_runs import documents, texts_of

ONE, TWO = texts_of(2)


@pytest.mark.parametrize(
    ("name", "data", "encoding"),
    [
        ("a.text", ONE.encode(), "utf-8"),
        ("a.TEXT", ONE.encode(), "utf-8"),
        ("a.Text", b"\xef\xbb\xbf" + ONE.encode(), "utf-8"),
        ("a.text", b"\xff\xfe" + ONE.encode("utf-16-le"), "utf-16-le"),
        ("a.text.gz", gzip.compress(ONE.encode()), "utf-8"),
        ("2024.05.01-storm.text", ONE.encode(), "utf-8"),
    ],
)
def test_a_text_file_is_read_as_a_txt_file(tmp_path, name, data, encoding):
    (tmp_path / name).write_bytes(data)
    assert walk_inputs([tmp_path]).skipped == []
    [document] = documents(list(read_inputs([tmp_path])))
    assert document.text.strip() == ONE
    assert document.id == name.split(".text")[0].split(".TEXT")[0].split(".Text")[0]
    assert document.labels["encoding"] == encoding


def test_text_files_are_read_by_line_as_txt_files_are(tmp_path):
    (tmp_path / "a.text").write_text(f"{ONE}\n{TWO}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"{TWO}\n{ONE}\n", encoding="utf-8")
    reader = {"sample_by": "line"}
    texts = [d.text for d in documents(list(read_inputs([tmp_path], reader=reader)))]
    assert texts == [ONE, TWO, TWO, ONE]
