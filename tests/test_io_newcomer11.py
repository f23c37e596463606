"""Inputs a first run brings, one test a kind (session 23, eleventh round): WikiExtractor's
output renamed `.txt` or packed in an archive (io.wiki_extractor, io.sniffed_members),
Feather V1 (io.feather_v1), an Elasticsearch search response (io.nested_records), links that
loop (io.link_loops), a title beside a nested text (io.text_siblings), JSON Lines whose first
row is over 1 MiB (io.json_lines_txt), a text of one long line (io.text_units)."""

from __future__ import annotations

from pathlib import Path

from curate.io.readers import Document, Quarantined, read_inputs

TEXT = "The council met on Tuesday to discuss the new budget for the schools and roads."


def _read(*inputs: Path) -> tuple[list[Document], list[Quarantined]]:
    items = list(read_inputs(inputs))
    docs = [i for i in items if isinstance(i, Document)]
    return docs, [i for i in items if isinstance(i, Quarantined)]


def _wiki(*titles: str) -> str:
    blocks = []
    for doc_id, title in enumerate(titles, start=1):
        url = f"https://en.wikipedia.org/wiki?curid={doc_id}"
        head = f'<doc id="{doc_id}" url="{url}" title="{title}">'
        blocks.append(f"{head}\n{title}\n\n{TEXT}\n</doc>\n")
    return "".join(blocks)


def test_wikiextractor_output_renamed_txt_is_a_document_a_block(tmp_path):
    # `wiki_00.txt` was ONE document whose text was the raw `<doc ...>` markup of every article
    import bz2

    (tmp_path / "wiki_00.txt").write_text(_wiki("Anarchism", "Autism"))
    (tmp_path / "wiki_01.txt.bz2").write_bytes(bz2.compress(_wiki("Albedo").encode()))
    (tmp_path / "notes.txt").write_text(f"<doc> is a tag.\n{TEXT}\n")  # no `id=`: plain text
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    docs, quarantined = _read(tmp_path)
    assert sorted(d.title for d in docs if d.title) == ["Albedo", "Anarchism", "Autism"]
    assert all("<doc" not in d.text for d in docs if d.title)
    assert [d.id for d in docs if not d.title] == ["notes"]
    assert not quarantined
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_wikiextractor_output_in_an_archive_is_read(tmp_path):
    # a zip or tar of `text/AA/wiki_00` was passed over ("an archive: unpack it and give the
    # folder"); beside other files each `wiki_00` was one `unsupported` record
    import bz2
    import io
    import tarfile

    folder = tmp_path / "in"
    folder.mkdir()
    wiki = _wiki("Anarchism", "Autism").encode()
    _zip(folder / "wiki.zip", {"text/AA/wiki_00": wiki, "text/AB/wiki_00.bz2": bz2.compress(wiki)})
    with tarfile.open(folder / "wiki.tar.gz", "w:gz") as archive:
        info = tarfile.TarInfo("text/AA/wiki_01")
        info.size = len(_wiki("Albedo").encode())
        archive.addfile(info, io.BytesIO(_wiki("Albedo").encode()))
    docs, quarantined = _read(folder)
    assert sorted(d.title for d in docs) == ["Albedo", "Anarchism", "Anarchism", "Autism", "Autism"]
    assert not quarantined


def test_extensionless_members_are_told_by_their_bytes(tmp_path):
    # Spark's `part-00000` of JSON Lines zipped was `unsupported`; a member that is neither
    # WikiExtractor's nor rows (`LICENSE`) still is, by name
    import json

    rows = "".join(json.dumps({"id": f"p{i}", "text": TEXT}) + "\n" for i in range(2))
    packed = _zip(
        tmp_path / "job.zip",
        {"out/part-00000": rows.encode(), "out/LICENSE": b"MIT License\n", "a.txt": TEXT.encode()},
    )
    docs, quarantined = _read(packed)
    assert sorted(d.id for d in docs) == ["job/a", "p0", "p1"]
    assert [(q.file, q.kind) for q in quarantined] == [(f"{packed}/out/LICENSE", "unsupported")]


def test_feather_v1_is_read(tmp_path):
    # pandas' `to_feather` before 0.25 and R's feather wrote Feather V1 (`FEA1`): it was one
    # `unreadable` record, "not a readable Arrow file: Not an Arrow file"
    import warnings

    import pyarrow as pa
    import pyarrow.feather as feather

    frame = pa.table({"id": ["a", "b"], "text": [TEXT, TEXT + " Again."]})  # pandas not needed
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        feather.write_feather(frame, tmp_path / "old.feather", version=1)
    docs, quarantined = _read(tmp_path / "old.feather")
    assert [(d.id, d.text) for d in docs] == [("a", TEXT), ("b", TEXT + " Again.")]
    assert not quarantined


def test_an_elasticsearch_search_response_is_read_a_hit_each(tmp_path):
    # `curl .../_search?size=1000 > hits.json`: the hits are two objects down, each text in
    # `_source`; the file was passed over, "no 'text' field ... --text-field NAME"
    import json

    hits = [{"_index": "news", "_id": f"h{n}", "_source": {"text": f"{TEXT} {n}"}} for n in (1, 2)]
    response = {"took": 3, "timed_out": False, "hits": {"total": {"value": 2}, "hits": hits}}
    (tmp_path / "hits.json").write_text(json.dumps(response))
    docs, quarantined = _read(tmp_path)
    assert [(d.id, d.text) for d in docs] == [("h1", f"{TEXT} 1"), ("h2", f"{TEXT} 2")]
    assert not quarantined


def test_links_that_loop_are_named_as_a_loop(tmp_path):
    # `a -> b`, `b -> a` named alone stopped the run with "a broken link (to b)", while `b`
    # stood there; in a folder they were counted as broken links
    import os

    import pytest

    from curate.io.readers import InputError, skipped_kinds, walk_inputs

    os.symlink("b", tmp_path / "a")
    os.symlink("a", tmp_path / "b")
    os.symlink("gone.txt", tmp_path / "c")
    (tmp_path / "ok.txt").write_text(TEXT)
    with pytest.raises(InputError, match=r"links that loop \(.*a -> b -> a\)"):
        walk_inputs([tmp_path / "a"])
    with pytest.raises(InputError, match=r"a broken link \(to gone.txt\)"):
        walk_inputs([tmp_path / "c"])
    found = walk_inputs([tmp_path])
    assert [path.name for path in found.paths] == ["ok.txt"]
    assert skipped_kinds(found.skipped) == {"link loop": 2, "broken link": 1}


def test_a_title_and_url_beside_a_nested_text_are_kept(tmp_path):
    # `elasticdump`'s rows read their text from `_source.text` but lost `_source.title` and
    # `_source.url`; Solr's multi-valued `"title": ["..."]` was dropped as no string
    import json

    source = {"title": "Budget talks", "url": "https://example.org/budget", "text": TEXT}
    row = {"_index": "news", "_id": "e1", "_source": source}
    (tmp_path / "dump.json").write_text(json.dumps(row) + "\n")
    solr = {"response": {"numFound": 1, "docs": [{"id": "s1", "title": ["Roads"], "text": TEXT}]}}
    (tmp_path / "select.json").write_text(json.dumps(solr))
    docs, quarantined = _read(tmp_path)
    assert [(d.id, d.title, d.source) for d in docs] == [
        ("e1", "Budget talks", "https://example.org/budget"),
        ("s1", "Roads", str(tmp_path / "select.json")),
    ]
    assert not quarantined


def test_json_lines_with_a_first_row_over_a_mebibyte_are_rows(tmp_path):
    # a first row of 3 MB (a page's `html`, a long text) made the sniff fail: `rows.txt` was
    # ONE document of JSON source, Spark's `part-00000` passed over ("give them .txt")
    import json

    long_text = (TEXT + " ") * 40_000
    rows = json.dumps({"id": "long", "text": long_text}) + "\n"
    rows += json.dumps({"id": "short", "text": TEXT}) + "\n"
    for name in ("rows.txt", "part-00000"):
        folder = tmp_path / name.replace(".", "_")
        folder.mkdir()
        (folder / name).write_text(rows)
        docs, quarantined = _read(folder)
        assert [d.id for d in docs] == ["long", "short"], name
        assert not quarantined
    zipped = tmp_path / "zipped"  # the same zipped: its member was looked into by 1 MiB
    zipped.mkdir()
    _zip(zipped / "job.zip", {"out/part-00000": rows.encode()})
    docs, quarantined = _read(zipped)
    assert [d.id for d in docs] == ["long", "short"]
    assert not quarantined


def test_a_text_of_one_long_line_gets_advice_that_splits_it(tmp_path):
    # a 16 MB `.txt` with no line break was told "a document a line: --sample-by line", which
    # gave the same one line, too long again
    (tmp_path / "one_line.txt").write_text((TEXT + " ") * 200_000)
    docs, quarantined = _read(tmp_path)
    assert not docs
    assert [q.kind for q in quarantined] == ["too_large"]
    assert "no line break" in quarantined[0].error
    assert "fold -s" in quarantined[0].error
