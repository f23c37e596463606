import io
import tarfile
import zipfile
from pathlib import Path

import pytest

from curate.io.archives import archive_suffix, holds_inputs, member_names, read_archive
from curate.io.delimiters import header_delimiter
from curate.io.readers import Document, Quarantined


@pytest.mark.parametrize(
    "name, suffix",
    [
        ("a.zip", ".zip"),
        ("A.ZIP", ".zip"),
        ("a.tar.gz", ".tar.gz"),
        ("a.tgz", ".tgz"),
        ("a.tar", ".tar"),
        ("a.tar.xz", ".tar.xz"),
        ("a.tar.zst", ".tar.zst"),
        ("a.tzst", ".tzst"),
        ("a.jsonl.gz", None),
        ("a.gz", None),
    ],
)
def test_archive_suffix(name, suffix):
    assert archive_suffix(Path(name)) == suffix


def _zip(path, members):
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_member_names_pass_over_folders_hidden_files_and_macos_forks(tmp_path):
    path = _zip(
        tmp_path / "a.zip",
        {"d/": "", "d/a.txt": "x", "d/.DS_Store": "x", "__MACOSX/d/._a.txt": "x", "b.jsonl": "{}"},
    )
    assert member_names(path) == ["b.jsonl", "d/a.txt"]


@pytest.mark.parametrize(
    "members, holds",
    [
        ({"a.txt": "x"}, True),
        ({"a.doc": "x", "b.pdf": "x"}, False),
        ({}, False),
        ({"inner.zip": "x"}, True),
        ({"rows.csv": "id,text\n1,x\n"}, True),
    ],
)
def test_holds_inputs(tmp_path, members, holds):
    assert holds_inputs(_zip(tmp_path / "a.zip", members)) is holds


def test_a_file_that_is_no_archive_holds_no_inputs_and_reads_as_one_record(tmp_path):
    path = tmp_path / "a.zip"
    path.write_bytes(b"PK\x03\x04 not really")
    assert not holds_inputs(path)
    [item] = list(read_archive(path, "a"))
    assert isinstance(item, Quarantined) and item.kind == "unreadable"


def test_a_zip_inside_a_tar_is_read_with_ids_through_both(tmp_path):
    inner = _zip(tmp_path / "inner.zip", {"story.txt": "A story of some length."})
    path = tmp_path / "outer.tar"
    with tarfile.open(path, "w") as archive:
        archive.add(inner, arcname="packed/inner.zip")
    [doc] = list(read_archive(path, "outer"))
    assert isinstance(doc, Document) and doc.id == "outer/packed/inner/story"
    assert doc.source == f"{path}/packed/inner.zip/story.txt"


def test_tar_members_are_read_in_name_order(tmp_path):
    path = tmp_path / "a.tar.gz"
    with tarfile.open(path, "w:gz") as archive:
        for name in ("b.txt", "a.txt"):
            info = tarfile.TarInfo(name)
            info.size = 5
            archive.addfile(info, io.BytesIO(b"Text."))
    assert [d.id for d in read_archive(path, "a.tar")] == ["a/a", "a/b"]


@pytest.mark.parametrize(
    "header, tsv, expected",
    [
        ("id\ttitle\ttext", False, "\t"),
        ("id|title|text", False, "|"),
        ("id,title,text", False, None),
        ("id;title;text", False, None),
        ("text", False, None),
        ("id,text", True, ","),
        ("id;text", True, ";"),
        ("id\ttext", True, None),
        ("text", True, None),
    ],
)
def test_header_delimiter(header, tsv, expected):
    assert header_delimiter(header, tsv) == expected


def test_a_tar_gz_of_no_readable_member_is_passed_over_by_the_walk(tmp_path):
    from curate.io.readers import walk_inputs

    path = tmp_path / "scans.tar.gz"
    with tarfile.open(path, "w:gz") as archive:
        info = tarfile.TarInfo("scan.pdf")
        info.size = 4
        archive.addfile(info, io.BytesIO(b"%PDF"))
    assert walk_inputs([tmp_path]).skipped == [str(path)]


def test_sidecar_json_is_counted_and_a_table_under_another_field_gets_the_advice(tmp_path):
    from curate.io.readers import Skipped

    path = _zip(
        tmp_path / "a.zip",
        {
            "0001.txt": "A story of some length.",
            "0001.json": '{"source": "wire", "lang": "en"}',
            "kaggle.csv": "id,page_text\n1,An article under another name.\n",
        },
    )
    items = list(read_archive(path, "a"))
    assert [type(i).__name__ for i in items] == ["Skipped", "Document", "Quarantined"]
    skipped, doc, advice = items
    assert isinstance(skipped, Skipped) and skipped.kind == "archive_member_without_records"
    assert doc.id == "a/0001"
    assert advice.kind == "missing_field" and "--text-field page_text" in advice.error
    assert advice.file == f"{path}/kaggle.csv"


def _tar_bytes(members):
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


@pytest.mark.parametrize("name", ["shard.tar.zst", "shard.zst"])
def test_a_zstd_tar_is_read_member_by_member(tmp_path, name):
    # `tar --zstd -cf shard.tar.zst`: it was read as a compressed `.tar` again and again
    # (`shard.tar.tar.zst`, ...) until the name was too long and the run stopped
    import zstandard

    from curate.io.readers import read_file, walk_inputs

    tar = _tar_bytes({"b.txt": b"Second story.", "a.jsonl": b'{"id": "x", "text": "One."}\n'})
    path = tmp_path / name
    path.write_bytes(zstandard.ZstdCompressor().compress(tar))
    assert [p for p, _ in walk_inputs([tmp_path]).files] == [path]
    docs = list(read_file(path, "shard"))
    assert [(d.id, d.text) for d in docs] == [("shard/b", "Second story."), ("x", "One.")]


def _patched_central(path, offset, value):
    """A zip whose central directory entries say otherwise at `offset` (2 bytes, little end)."""
    data = bytearray(path.read_bytes())
    at = data.find(b"PK\x01\x02")
    while at != -1:
        data[at + offset : at + offset + 2] = value.to_bytes(2, "little")
        at = data.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize(
    "offset, value, why",
    [(8, 0x1, "encrypted"), (10, 9, "a method Python does not read")],  # `zip -e`; Deflate64
)
def test_a_member_zipfile_cannot_open_is_quarantined_and_the_run_goes_on(
    tmp_path, offset, value, why
):
    # the run stopped: "run failed: RuntimeError: File ... is encrypted, password required"
    path = _patched_central(_zip(tmp_path / "a.zip", {"x.txt": "A story."}), offset, value)
    [item] = list(read_archive(path, "a"))
    assert isinstance(item, Quarantined) and item.kind == "unreadable"
    assert item.file == f"{path}/x.txt" and why in item.error


def test_a_tar_member_named_in_latin_1_gets_a_readable_id(tmp_path):
    # an old tarball's `été.txt` in Latin-1: the id `a/\udce9t\udce9` could not be written as
    # UTF-8 and the run stopped ("UnicodeEncodeError: ... surrogates not allowed")
    path = tmp_path / "a.tar"
    with tarfile.open(path, "w", format=tarfile.GNU_FORMAT, encoding="latin-1") as archive:
        info = tarfile.TarInfo("\u00e9t\u00e9.txt")
        info.size = 9
        archive.addfile(info, io.BytesIO(b"A summer."))
    [doc] = list(read_archive(path, "a"))
    assert doc.id == "a/\u00e9t\u00e9" and doc.source == f"{path}/\u00e9t\u00e9.txt"
    doc.id.encode("utf-8")


def test_tar_links_are_read_as_the_member_they_name_and_a_link_out_is_quarantined(tmp_path):
    # `tar` of a folder whose copies are hard links (`jdupes -L`): those files were passed over
    path = tmp_path / "a.tar"
    with tarfile.open(path, "w") as archive:
        info = tarfile.TarInfo("a.txt")
        info.size = 8
        archive.addfile(info, io.BytesIO(b"A story."))
        for name, kind, target in [
            ("b.txt", tarfile.LNKTYPE, "a.txt"),
            ("c.txt", tarfile.SYMTYPE, "a.txt"),
            ("d.txt", tarfile.SYMTYPE, "/etc/hostname"),
        ]:
            link = tarfile.TarInfo(name)
            link.type, link.linkname = kind, target
            archive.addfile(link)
    items = list(read_archive(path, "a"))
    assert [(i.id, i.text) for i in items[:3]] == [(f"a/{n}", "A story.") for n in "abc"]
    assert items[3].kind == "unreadable" and items[3].file == f"{path}/d.txt"


def test_a_wacz_is_read_through_its_warc_files_alone(tmp_path):
    # Browsertrix's `.wacz` (a zip: `archive/*.warc.gz`, `pages/pages.jsonl`, `indexes/`,
    # `datapackage.json`) was passed over as ".wacz 1": every page of the crawl lost
    import gzip

    from curate.io.readers import read_file, walk_inputs
    from curate.synth_warc import pages, write_warc

    manifest = write_warc(tmp_path / "data.warc.gz", pages(2), damage=False)
    path = tmp_path / "in" / "crawl.wacz"
    path.parent.mkdir()
    with zipfile.ZipFile(path, "w") as wacz:
        wacz.write(manifest.path, "archive/data.warc.gz")
        header = '{"format": "json-pages-1.0", "id": "pages", "title": "All Pages"}\n'
        page = '{"id": "p1", "url": "https://a.example/", "title": "A", "text": "Page text."}\n'
        wacz.writestr("pages/pages.jsonl", header + page)
        wacz.writestr("indexes/index.cdx.gz", gzip.compress(b"example.com)/ 2024 {}\n"))
        wacz.writestr("datapackage.json", '{"profile": "data-package", "resources": []}')
    assert walk_inputs([path.parent]).paths == [path]
    items = list(read_file(path))
    docs = [i for i in items if isinstance(i, Document)]
    assert [d.id for d in docs] == [rid.strip("<>") for rid, _, _ in manifest.pages]
    assert not any(isinstance(i, Quarantined) for i in items)  # its index and page list unread
