"""News collections in SGML (io.sgml_docs): TREC's `<DOC>` files and Reuters-21578's `.sgm`,
a record a document with its id, title and text."""

from __future__ import annotations

import gzip

import pytest

from curate.io.readers import walk_inputs
from curate.io.sgml_docs import _fields
from tests.newcomer_runs import documents, quarantined, read_all, run_counted, texts_of

TEXTS = [" ".join(texts_of(3, 3 * k)) for k in range(3)]


def _ap(k: int) -> str:  # AP: `HEAD`, an indented `TEXT`
    return (
        f"<DOC>\n<DOCNO> AP880212-{k:04d} </DOCNO>\n<FILEID>AP-NR-02-12-88 2344EST</FILEID>\n"
        f"<HEAD>Council Meets {k}</HEAD>\n<TEXT>\n   {TEXTS[k]}\n</TEXT>\n</DOC>\n"
    )


def _ft(k: int) -> str:  # FT: `HEADLINE`, the text's paragraphs in `<P>`
    return (
        f"<DOC>\n<DOCNO>FT911-{k}</DOCNO>\n<PROFILE>_AN-BEOA7AAIFT</PROFILE>\n"
        f"<HEADLINE>\nFT  14 MAY 91 / Council Meets {k}\n</HEADLINE>\n"
        f"<TEXT>\n<P>\n{TEXTS[k]}\n</P>\n<P>\nMore &amp; more.\n</P>\n</TEXT>\n</DOC>\n"
    )


def _reuters(k: int) -> str:
    return (
        f'<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" OLDID="{5544 + k}" NEWID="{k + 1}">\n'
        f"<DATE>26-FEB-1987 15:01:01.79</DATE>\n<TOPICS><D>cocoa</D></TOPICS>\n"
        f"<TEXT>&#2;\n<TITLE>COUNCIL MEETS {k}</TITLE>\n<DATELINE>    SALVADOR, Feb 26 - "
        f"</DATELINE><BODY>{TEXTS[k]}\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n"
    )


@pytest.mark.parametrize(
    "name, body, ids, titles",
    [
        ("ap880212", "".join(map(_ap, range(3))), [f"AP880212-{k:04d}" for k in range(3)], None),
        ("wsj.sgml", "".join(map(_ap, range(3))), [f"AP880212-{k:04d}" for k in range(3)], None),
        ("ft911_1", "".join(map(_ft, range(3))), [f"FT911-{k}" for k in range(3)], "ft"),
        ("docs.txt", "".join(map(_ap, range(3))), [f"AP880212-{k:04d}" for k in range(3)], None),
        (
            "reut2-000.sgm",
            '<!DOCTYPE lewis SYSTEM "lewis.dtd">\n' + "".join(map(_reuters, range(3))),
            ["1", "2", "3"],
            "reuters",
        ),
    ],
)
def test_a_record_a_document_with_its_id_title_and_text(tmp_path, name, body, ids, titles):
    # each was passed over (no extension, `.sgml`, `.sgm`) or ONE document of SGML (`.txt`)
    path = tmp_path / name
    path.write_text(body, encoding="latin-1")
    items = read_all(path)
    assert not quarantined(items)
    docs = documents(items)
    assert [d.id for d in docs] == ids
    assert all(TEXTS[k] in d.text and "<" not in d.text for k, d in enumerate(docs))
    expected = {
        None: [f"Council Meets {k}" for k in range(3)],
        "ft": [f"FT 14 MAY 91 / Council Meets {k}" for k in range(3)],
        "reuters": [f"COUNCIL MEETS {k}" for k in range(3)],
    }[titles]
    assert [d.title for d in docs] == expected
    assert walk_inputs([tmp_path]).paths == [path]  # found in a folder
    if titles == "ft":
        assert docs[0].text.endswith("\n\nMore & more.")
    if titles == "reuters":
        assert not any(c in d.text for d in docs for c in "\x02\x03")


def test_a_compressed_trec_file_is_read(tmp_path):
    path = tmp_path / "fr940104.gz"
    path.write_bytes(gzip.compress("".join(map(_ap, range(2))).encode()))
    assert len(documents(read_all(path))) == 2


def test_a_record_without_text_or_cut_short_or_text_outside_is_named_by_its_line(tmp_path):
    brief = '<REUTERS NEWID="9">\n<TEXT TYPE="BRIEF">&#2;\n<TITLE>BRIEF ONLY</TITLE>\n'
    brief += "</TEXT>\n</REUTERS>\n"
    body = _ap(0) + "stray words\n" + brief + _ap(1) + _ap(2)[:-8]
    path = tmp_path / "mixed.sgml"
    path.write_text(body)
    items = read_all(path)
    assert [d.id for d in documents(items)] == ["AP880212-0000", "AP880212-0001"]
    assert [(q.kind, q.line, q.file) for q in quarantined(items)] == [
        ("malformed", 9, str(path)),
        ("missing_field", 10, str(path)),
        ("truncated", 23, str(path)),
    ]


@pytest.mark.parametrize(
    "name, body",
    [
        ("note.txt", "An article about SGML.\n<DOC>\n<TEXT>not a record</TEXT>\n</DOC>\n"),
        ("note.txt", "<doc> is a tag.\nThe council met on Tuesday.\n"),
        ("note.txt", "<DOC>\n<TEXT>\nno number: a note\n</TEXT>\n</DOC>\n"),
        ("wiki_00", '<doc id="1" url="https://w.org/?curid=1" title="A">\nA\n\nText.\n</doc>\n'),
        ("page.html", "<DOC>\n<TEXT>\nx\n</TEXT>\n</DOC>\n"),  # a name of another kind
    ],
)
def test_other_files_are_read_as_before(tmp_path, name, body):
    path = tmp_path / name
    path.write_text(body)
    docs = documents(read_all(path))
    assert len(docs) == 1 and docs[0].id in ("note", "1", "page")


def test_a_run_counts_the_records(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ap880212").write_text("".join(map(_ap, range(3))))
    report, _ = run_counted(str(folder), "--out", str(tmp_path / "out"))
    assert report["counts"]["read"] == 3


def test_fields_are_found_in_linear_time():
    from tests.conftest import assert_linear

    def make(n: int) -> str:
        return "<TEXT>" * n + "x"

    assert_linear(lambda s: list(_fields(s, "TEXT")), make, 100_000)
