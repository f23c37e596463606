"""A text file with its metadata in a JSON file beside it (`001.txt` + `001.json`): one document
with the sidecar's title and url, the sidecar no document of its own (curate.io.sidecars)."""

import json

import pytest

from curate.io.readers import walk_inputs
from tests.newcomer_runs import documents, quarantined, read_all, run_counted, texts_of


def _article(k: int) -> str:
    return "\n\n".join(texts_of(3, start=k * 3))


def _meta(k: int, **extra) -> dict:
    return {
        "title": f"Council approves budget {k}",
        "url": f"https://example.com/news/{k}",
        "published": "2024-03-01",
        "author": "Jane Roe",
        "description": "A short summary.",
        **extra,
    }


def _pair(folder, stem, k, sidecar="{stem}.json", suffix=".txt", meta=None):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{stem}{suffix}").write_text(_article(k), encoding="utf-8")
    name = sidecar.format(stem=stem, suffix=suffix)
    body = meta if isinstance(meta, str) else json.dumps(meta or _meta(k))
    (folder / name).write_text(body, encoding="utf-8")
    return folder / f"{stem}{suffix}", folder / name


SIDECARS = ["{stem}.json", "{stem}.meta.json", "{stem}{suffix}.json"]


@pytest.mark.parametrize("sidecar", SIDECARS)
@pytest.mark.parametrize("suffix", [".txt", ".md", ".text", ".rst"])
def test_a_text_with_its_sidecar_is_one_document_with_its_title_and_url(tmp_path, sidecar, suffix):
    # the `.json` was read as a document of its own or passed over, the text had no title
    _pair(tmp_path / "news", "001", 1, sidecar, suffix)
    items = read_all(tmp_path / "news")
    assert not quarantined(items)
    (doc,) = documents(items)
    assert doc.id == "001"  # the text file's id, as before
    assert doc.text.strip() == _article(1)
    assert doc.title == "Council approves budget 1"
    assert doc.source == "https://example.com/news/1"
    found = walk_inputs([tmp_path / "news"])
    assert [p.name for p in found.paths] == [f"001{suffix}"]
    assert not found.skipped  # the sidecar is no file passed over either


@pytest.mark.parametrize(
    "meta",
    [
        {"headline": "Council approves budget"},  # a title's other name (columns.yaml)
        {"metadata": {"title": "Council approves budget", "url": "https://example.com/a"}},
        {"title": ["Council approves budget"], "content": "A short summary."},  # Solr's list
        {"title": "Council approves budget", "text": "Its own short text.", "id": "x9"},
    ],
)
def test_a_sidecar_is_mapped_as_a_json_lines_row_is(tmp_path, meta):
    _pair(tmp_path / "news", "story", 2, meta=meta)
    (doc,) = documents(read_all(tmp_path / "news"))
    assert doc.title == "Council approves budget"
    assert doc.id == "story"  # not the sidecar's id
    assert doc.text.strip() == _article(2)  # not the sidecar's text
    url = meta.get("metadata", {}).get("url")
    assert doc.source == url if url else doc.source.endswith("story.txt")


def test_a_folder_of_pairs_is_read_and_counted_through_the_cli(tmp_path):
    folder = tmp_path / "news"
    for k in range(4):
        _pair(folder, f"{k:03d}", k, SIDECARS[k % 3], meta=_meta(k, content="A short summary."))
    (folder / "lone.txt").write_text(_article(9), encoding="utf-8")  # a text with no sidecar
    report, words = run_counted(folder, "--out", tmp_path / "out", "--workers", "1")
    assert report["counts"]["read"] == 5  # was 9: each sidecar's `content` a document
    assert report["sidecars_joined"] == 4
    assert "sidecars: 4" in words
    assert not report["skipped_files"]
    rows = [json.loads(line) for line in (tmp_path / "out/jsonl").glob("*.jsonl").__next__().open()]
    by_id = {row["id"]: row for row in rows}
    assert {k: by_id[f"{k:03d}"]["title"] for k in range(4)} == {
        k: f"Council approves budget {k}" for k in range(4)
    }
    assert by_id["lone"]["title"] is None
    assert by_id["lone"]["source"].endswith("lone.txt")


def test_a_sidecar_with_no_text_beside_it_is_read_as_before(tmp_path):
    folder = tmp_path / "news"
    _pair(folder, "a", 1)
    (folder / "rows.json").write_text(json.dumps({"text": _article(3), "title": "Rows"}))
    (folder / "b.json").write_text(json.dumps(_meta(4)))  # no `b.txt`: passed over, as before
    (folder / "other").mkdir()
    (folder / "other" / "a.txt").write_text(_article(5))  # another folder's `a.json` is not its
    items = read_all(folder)
    titles = {doc.id: doc.title for doc in documents(items)}
    assert titles == {"a": "Council approves budget 1", "rows-1": "Rows", "other/a": None}
    assert walk_inputs([folder]).skipped == [str(folder / "b.json")]


@pytest.mark.parametrize(
    "body",
    [
        json.dumps([{"text": "An array of rows beside it, read as its own document."}]),
        '{"text": "One row of JSON Lines."}\n{"text": "Another row of JSON Lines."}\n',
        json.dumps("a string"),
        "",  # empty: passed over, as before
    ],
)
def test_a_json_that_is_no_object_is_read_as_before(tmp_path, body):
    folder = tmp_path / "news"
    _pair(folder, "pair", 1)  # joined beside it
    (folder / "a.txt").write_text(_article(2))
    (folder / "a.json").write_text(body)
    found = walk_inputs([folder])
    assert found.sidecars == {folder / "pair.txt": folder / "pair.json"}
    read = [p.name for p in found.paths] + [name.rsplit("/", 1)[1] for name in found.skipped]
    assert "a.json" in read
    a_doc = next(doc for doc in documents(read_all(folder)) if doc.id == "a")
    assert a_doc.title is None


@pytest.mark.parametrize(
    "body",
    ['{"title": "Council approves",', "{title: 'Council approves'}", '{"title": "T"} trailing'],
)
def test_a_malformed_sidecar_is_quarantined_by_name_and_its_text_read(tmp_path, body):
    # the `.json` was quarantined alone (the third as a row with no text and a malformed row),
    # saying nothing of the text it describes
    text, sidecar = _pair(tmp_path / "news", "a", 1, meta=body)
    items = read_all(tmp_path / "news")
    (doc,) = documents(items)
    assert doc.id == "a" and doc.title is None and doc.source == str(text)
    (bad,) = quarantined(items)
    assert bad.file == str(sidecar) and bad.kind == "malformed_json"
    assert "a.txt" in bad.error


def test_nested_folders_join_each_pair_in_its_own_folder(tmp_path):
    root = tmp_path / "news"
    _pair(root / "2024" / "01", "001", 1)
    _pair(root / "2024" / "02", "001", 2, "{stem}.meta.json")
    _pair(root / "2024" / "02" / "x", "001", 3, "{stem}{suffix}.json")
    docs = documents(read_all(root))
    assert {doc.id: doc.title for doc in docs} == {
        "2024/01/001": "Council approves budget 1",
        "2024/02/001": "Council approves budget 2",
        "2024/02/x/001": "Council approves budget 3",
    }
    report, _ = run_counted(root, "--out", tmp_path / "out", "--workers", "1")
    assert report["sidecars_joined"] == 3 and report["counts"]["read"] == 3


@pytest.mark.parametrize("order", ["text first", "sidecar first"])
def test_a_pair_given_as_two_paths_is_one_document(tmp_path, order):
    text, sidecar = _pair(tmp_path / "news", "001", 1, meta=_meta(1, content="Short."))
    paths = [text, sidecar] if order == "text first" else [sidecar, text]
    (doc,) = documents(read_all(*paths))
    assert doc.title == "Council approves budget 1" and doc.id == "001"
    report, _ = run_counted(*paths, "--out", tmp_path / "out", "--workers", "1")
    assert report["counts"]["read"] == 1  # was 2: the sidecar's `content` a document
    assert report["sidecars_joined"] == 1
