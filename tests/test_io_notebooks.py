"""Jupyter notebooks read a notebook a document, their Markdown cells' prose (io.notebooks):
newcomer round 22. `.ipynb` files were passed over as of no known kind (0 -> 1 of 1)."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from curate.io.notebooks import NO_NOTEBOOK, NO_PROSE
from tests.newcomer_runs import documents, quarantined, read_all, texts_of

A, B = texts_of(2)


def _v4(cells: list[dict]) -> str:
    return json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


def _v3(cells: list[dict]) -> str:
    return json.dumps({"worksheets": [{"cells": cells}], "metadata": {}, "nbformat": 3})


def _markdown(source) -> dict:
    return {"cell_type": "markdown", "metadata": {}, "source": source}


CODE = {
    "cell_type": "code",
    "execution_count": 1,
    "metadata": {},
    "outputs": [{"output_type": "stream", "name": "stdout", "text": ["printed\n"]}],
    "source": ["import pandas as pd\n", "print('printed')"],
}
RAW = {"cell_type": "raw", "metadata": {}, "source": "raw cell"}


@pytest.mark.parametrize("shape", [_v4, _v3])
@pytest.mark.parametrize(
    "first", [["# Storm\n", "\n", f"{A}\n"], f"# Storm\n\n{A}", f"# Storm\n\n**{A}**"]
)
def test_markdown_cells_are_the_text_code_and_outputs_stay_out(tmp_path, shape, first):
    cells = [_markdown(first), CODE, RAW, _markdown([f"{B}\n"])]
    (tmp_path / "analysis.ipynb").write_text(shape(cells), encoding="utf-8")
    [doc] = documents(read_all(tmp_path / "analysis.ipynb"))
    assert (doc.id, doc.title, doc.text) == ("analysis", "Storm", f"{A}\n\n{B}")


@pytest.mark.parametrize(
    ("written", "why"),
    [
        (_v4([CODE, _markdown("  \n")]), NO_PROSE),
        (_v4([]), NO_PROSE),
        (json.dumps({"name": "not a notebook"}), NO_NOTEBOOK),
        ("{not json", NO_NOTEBOOK),
    ],
)
def test_a_notebook_without_prose_or_no_notebook_is_quarantined_saying_so(tmp_path, written, why):
    (tmp_path / "x.ipynb").write_text(written, encoding="utf-8")
    [item] = quarantined(read_all(tmp_path / "x.ipynb"))
    assert item.error == why


def test_a_folder_with_checkpoints_and_a_zip_are_read_a_notebook_a_document(tmp_path):
    (tmp_path / "course" / ".ipynb_checkpoints").mkdir(parents=True)
    (tmp_path / "course" / "one.ipynb").write_text(_v4([_markdown(A)]), encoding="utf-8")
    checkpoint = tmp_path / "course" / ".ipynb_checkpoints" / "one-checkpoint.ipynb"
    checkpoint.write_text(_v4([_markdown(A)]), encoding="utf-8")
    (tmp_path / "course" / "two.ipynb").write_text(_v4([_markdown(B)]), encoding="utf-8")
    docs = documents(read_all(tmp_path / "course"))
    assert sorted((d.id, d.text) for d in docs) == [("one", A), ("two", B)]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("lessons/one.ipynb", _v4([_markdown(A), CODE]))
    (tmp_path / "lessons.zip").write_bytes(buf.getvalue())
    assert [d.text for d in documents(read_all(tmp_path / "lessons.zip"))] == [A]
