"""Joplin's notes read a note a document (io.joplin): newcomer round 22. A `.jex` export was
passed over; its notes' trailers of `key: value` lines would have stood in their text."""

from __future__ import annotations

import io
import tarfile

import pytest

from curate.io.readers import Skipped
from tests.newcomer_runs import documents, read_all, texts_of

A, B = texts_of(2)


def _item(number: int, title: str, body: str, kind: int) -> str:
    trailer = f"id: {number:032x}\nparent_id: {'f' * 32}\ncreated_time: 2024-01-01T00:00:00.000Z"
    trailer += "\nis_todo: 0\nsource_url: https://x.org/a?b=c\n"
    return (
        f"{title}\n\n{body}\n\n{trailer}type_: {kind}"
        if body
        else f"{title}\n\n{trailer}type_: {kind}"
    )


ITEMS = [(0, "Storm", f"# Storm\n\n{A}", 1), (1, "Flood", f"**{B}**", 1), (2, "Notebook", "", 2)]


@pytest.mark.parametrize("ending", ["\n", "\r\n"])
def test_a_jex_export_reads_its_notes_and_skips_its_notebooks(tmp_path, ending):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for number, title, body, kind in ITEMS:
            data = _item(number, title, body, kind).replace("\n", ending).encode()
            info = tarfile.TarInfo(f"{number:032x}.md")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    (tmp_path / "notes.jex").write_bytes(buf.getvalue())
    items = read_all(tmp_path / "notes.jex")
    docs = documents(items)
    assert [(d.title, d.text) for d in docs] == [("Storm", A), ("Flood", B)]
    assert [i.kind for i in items if isinstance(i, Skipped)] == ["joplin notebook, tag or resource"]


def test_a_raw_export_folder_is_read_as_the_jex_is(tmp_path):
    for number, title, body, kind in ITEMS:
        (tmp_path / f"{number:032x}.md").write_text(_item(number, title, body, kind), "utf-8")
    assert sorted(d.title for d in documents(read_all(tmp_path))) == ["Flood", "Storm"]


@pytest.mark.parametrize(
    "text",
    [f"# Notes\n\n{A}\n\nid: 7\ntype_: 1", f"# Notes\n\n{A}\n\nstatus: draft", f"# Notes\n\n{A}"],
)
def test_markdown_ending_in_fields_of_no_joplin_item_stays_whole(tmp_path, text):
    (tmp_path / "notes.md").write_text(text, encoding="utf-8")
    [doc] = documents(read_all(tmp_path / "notes.md"))
    assert (doc.title, doc.text.startswith(A)) == ("Notes", True)
