"""Substack's export index (`posts.csv`) skipped and counted by kind (io.substack_export), and
`--text-field` advice that never names a column of codes (io.id_text_rows): newcomer round
22. `posts.csv` was quarantined with advice to read `--text-field type` (`newsletter`)."""

from __future__ import annotations

import gzip
import io
import json
import zipfile

import pytest

from curate.io.readers import Quarantined, Skipped
from curate.io.substack_export import SUBSTACK_INDEX
from tests.newcomer_runs import documents, quarantined, read_all, run_counted, texts_of

A, B = texts_of(2)
HEADERS = [
    "post_id,post_date,is_published,email_sent_at,inbox_sent_at,type,audience,title,subtitle,"
    "podcast_url",
    "post_id,post_date,is_published,email_sent_at,type,audience,title,subtitle",  # older
    "\ufeffpost_id,post_date,is_published,type,audience,title",  # a BOM, fewer columns
]


def _index(header: str, titles: tuple[str, str] = ("T0", "Storm hits the coast")) -> str:
    names = header.lstrip("\ufeff").split(",")
    rows = []
    for number, title in enumerate(titles):
        row = {"post_id": f"{100 + number}.slug-{number}", "post_date": "2024-01-02T10:00:00Z"}
        row |= {"is_published": "true", "type": "newsletter", "audience": "only_paid"}
        row |= {"title": title, "subtitle": "What we saw on the shore"}
        rows.append(",".join(row.get(name, "") for name in names))
    return "\n".join([header, *rows]) + "\n"


def _post(text: str) -> str:
    return f"<p>{text}</p><div class='captioned-image-container'><figure></figure></div>"


@pytest.mark.parametrize("header", HEADERS)
def test_the_index_beside_its_posts_is_skipped_in_a_folder_a_zip_and_by_name(tmp_path, header):
    export = tmp_path / "export"
    (export / "posts").mkdir(parents=True)
    (export / "posts.csv").write_text(_index(header), encoding="utf-8")
    for number, text in enumerate((A, B)):
        (export / "posts" / f"{100 + number}.slug-{number}.html").write_text(_post(text), "utf-8")
    items = read_all(export)
    assert sorted(d.text for d in documents(items)) == sorted((A, B))
    assert not quarantined(items)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("posts.csv", _index(header))
        for number, text in enumerate((A, B)):
            archive.writestr(f"posts/{100 + number}.slug-{number}.html", _post(text))
    (tmp_path / "substack-export.zip").write_bytes(buf.getvalue())
    items = read_all(tmp_path / "substack-export.zip")
    assert sorted(d.text for d in documents(items)) == sorted((A, B))
    assert [i.kind for i in items if isinstance(i, (Skipped, Quarantined))] == [SUBSTACK_INDEX]
    (tmp_path / "renamed_posts.csv.gz").write_bytes(gzip.compress(_index(header).encode(), mtime=0))
    for named in (export / "posts.csv", tmp_path / "renamed_posts.csv.gz"):
        assert [getattr(i, "kind", None) for i in read_all(named)] == [SUBSTACK_INDEX]


def test_curate_run_counts_the_index_by_kind(tmp_path):
    export = tmp_path / "export"
    (export / "posts").mkdir(parents=True)
    (export / "posts.csv").write_text(_index(HEADERS[0]), encoding="utf-8")
    (export / "posts" / "100.slug-0.html").write_text(_post(A), encoding="utf-8")
    report, text = run_counted(str(export), "--out", str(tmp_path / "out"))
    assert report["counts"]["read"] == 1
    assert "substack post index 1" in text
    assert "--text-field" not in text


def test_a_text_field_named_in_the_index_is_read(tmp_path):
    (tmp_path / "posts.csv").write_text(_index(HEADERS[0]), encoding="utf-8")
    docs = documents(read_all(tmp_path / "posts.csv", reader={"text_field": "subtitle"}))
    assert [d.text for d in docs] == ["What we saw on the shore"] * 2


def test_a_table_with_a_text_column_beside_post_ids_is_read(tmp_path):
    header = "post_id,post_date,is_published,type,audience,text"
    rows = [f"{n},2024-01-02,true,newsletter,everyone,{t}" for n, t in enumerate((A, B))]
    (tmp_path / "posts.csv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    assert [d.text for d in documents(read_all(tmp_path / "posts.csv"))] == [A, B]


@pytest.mark.parametrize(
    "row",
    [
        {"id": "a1", "type": "newsletter", "audience": "only_paid"},
        {"kind": "podcast", "status": "published", "flag": "true", "slug": "x-1"},
        {"label": "founding-members", "url": "https://x.org/p/1"},
    ],
)
@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_advice_never_names_a_column_of_codes(tmp_path, row, suffix):
    path = tmp_path / f"rows{suffix}"
    if suffix == ".jsonl":
        path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    else:
        path.write_text(",".join(row) + "\n" + ",".join(row.values()) + "\n", encoding="utf-8")
    [item] = read_all(path)
    assert isinstance(item, Quarantined)
    assert "--text-field" not in item.error
    assert "no text" in item.error


def test_advice_still_names_a_column_of_prose_beside_codes(tmp_path):
    row = {"id": "a1", "type": "newsletter", "subtitle": "What we saw on the shore"}
    (tmp_path / "rows.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    [item] = read_all(tmp_path / "rows.jsonl")
    assert "--text-field subtitle" in item.error
