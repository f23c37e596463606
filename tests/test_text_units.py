"""A .txt file as a document a line or a paragraph (`reader.sample_by`), and the hint without it."""

import gzip

import pytest

from curate.io import readers
from curate.io.readers import Quarantined, read_file, read_inputs
from curate.io.settings import ReaderSettings, ReaderSettingsError
from curate.io.text_units import one_per_line
from curate.resources import SEEDS_DIR

LINE = "The council voted on Tuesday to expand the city's bike lanes by forty kilometres. " * 2


def _read(path, sample_by, base_id="corpus"):
    return list(read_file(path, base_id, {"sample_by": sample_by}))


def test_a_document_a_line_blank_lines_are_none(tmp_path):
    path = tmp_path / "corpus.txt"
    path.write_text("first story\n\nsecond story\r\n   \nthird story", encoding="utf-8")
    docs = _read(path, "line")
    assert [(d.id, d.text, d.labels["input_line"]) for d in docs] == [
        ("corpus-1", "first story", 1),
        ("corpus-3", "second story", 3),
        ("corpus-5", "third story", 5),
    ]
    assert {d.labels["encoding"] for d in docs} == {"utf-8"}
    assert [d.text for d in _read(path, "document")] == [path.read_bytes().decode("utf-8")]


def test_a_document_a_paragraph_keeps_its_lines(tmp_path):
    path = tmp_path / "corpus.txt"
    path.write_text(
        "\ufeffTitle one\nIts first line.\n\n\n\nTitle two\r\nIts line.\n\nAlone", "utf-8"
    )
    docs = _read(path, "paragraph")
    assert [(d.id, d.text) for d in docs] == [
        ("corpus-1", "Title one\nIts first line."),
        ("corpus-6", "Title two\nIts line."),
        ("corpus-9", "Alone"),
    ]


def test_gzip_legacy_and_wide_encodings_split_as_well(tmp_path):
    plain = tmp_path / "a.txt.gz"
    plain.write_bytes(gzip.compress(b"one\ntwo\n"))
    assert [d.text for d in _read(plain, "line")] == ["one", "two"]
    legacy = tmp_path / "b.txt"
    legacy.write_bytes("Café crème à Zürich, déjà vu.\nGarçon, l'addition.\n".encode("cp1252"))
    docs = _read(legacy, "line")
    assert [d.text for d in docs] == ["Café crème à Zürich, déjà vu.", "Garçon, l'addition."]
    assert docs[0].labels["encoding"] == "cp1252"
    wide = tmp_path / "c.txt"
    wide.write_bytes("first line\nsecond line\n".encode("utf-16"))
    assert [d.text for d in _read(wide, "line")] == ["first line", "second line"]


def test_what_cannot_be_read_is_quarantined_with_its_line(tmp_path, monkeypatch):
    png = tmp_path / "image.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (item,) = _read(png, "line")
    assert isinstance(item, Quarantined) and item.kind == "binary"

    monkeypatch.setattr(readers, "MAX_DOCUMENT_CHARS", 20)
    big = tmp_path / "big.txt"
    big.write_text("short\n" + "x" * 50 + "\nshort again\n", encoding="utf-8")
    items = _read(big, "line")
    assert [getattr(i, "text", None) for i in items] == ["short", None, "short again"]
    assert (items[1].kind, items[1].line) == ("too_large", 2)

    cut = tmp_path / "cut.txt.gz"
    cut.write_bytes(gzip.compress(("line\n" * 5000).encode())[:-40])
    items = _read(cut, "line")
    assert isinstance(items[-1], Quarantined) and items[-1].kind == "truncated"


def test_ids_and_input_lines_through_read_inputs(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("x\ny\n", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("x\n", encoding="utf-8")
    docs = list(read_inputs([tmp_path / "in"], reader={"sample_by": "line"}))
    assert [(d.id, d.seq) for d in docs] == [("a-1", 0), ("a-2", 1), ("b-1", 2)]
    assert docs[1].labels["input"][1] == 2


def test_the_setting_is_checked_and_published_only_when_set():
    with pytest.raises(ReaderSettingsError, match=r"reader\.sample_by: 'lines' is not one of"):
        ReaderSettings.from_section({"sample_by": "lines"})
    assert "sample_by" not in ReaderSettings.from_section({}).to_dict()
    assert ReaderSettings.from_section({"sample_by": "line"}).to_dict()["sample_by"] == "line"


def test_a_file_of_long_lines_without_a_blank_one_looks_like_a_document_a_line(tmp_path):
    corpus = tmp_path / "corpus.txt"
    corpus.write_text((LINE + "\n") * 30, encoding="utf-8")
    assert one_per_line(corpus) == ("30", len(LINE))
    names = tmp_path / "names.txt"
    names.write_text("Ann Lee\n" * 30, encoding="utf-8")  # a list, not documents
    assert one_per_line(names) is None
    for seed in sorted(SEEDS_DIR.glob("*.txt")):  # articles: paragraphs between blank lines
        assert one_per_line(seed) is None


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252"])
@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
def test_a_file_of_a_document_a_line_in_any_encoding_is_seen_so(tmp_path, encoding, end):
    # UTF-16 was counted in bytes: "31 lines of about 307 characters" for 30 of 153, a lone
    # `\r` no line at all (no hint), and a list of 60-character lines taken for documents
    lines = [f"{LINE.strip()} {n}" for n in range(30)]
    corpus = tmp_path / "corpus.txt"
    corpus.write_bytes(end.join(lines).encode(encoding) + end.encode(encoding))
    assert one_per_line(corpus) == ("30", len(lines[15]))  # the median line
    names = tmp_path / "names.txt"  # 30 lines of 60 characters: a list, 120 bytes each
    names.write_bytes(
        "".join(f"{'Ann Lee of the council, ' * 2}{n:>10}{end}" for n in range(30)).encode(encoding)
    )
    assert one_per_line(names) is None


def test_a_utf16_file_of_a_document_a_line_gets_the_hint_in_a_run(tmp_path):
    from tests.test_newcomer_inputs import invoke

    lines = [f"{LINE.strip()} {n}" for n in range(25)]
    corpus = tmp_path / "corpus.txt"
    corpus.write_bytes("\r\n".join(lines).encode("utf-16"))
    result, text = invoke("run", corpus, "--out", tmp_path / "out", "--skip", "quality")
    assert result.exit_code == 0, text
    flat = " ".join(text.split())
    assert f"25 lines of about {len(lines[12])} characters and no blank line" in flat
    assert "pass --sample-by line" in flat


@pytest.mark.parametrize("sample_by", ["line", "paragraph"])
def test_a_unit_too_long_for_a_document_is_passed_over_not_held(tmp_path, monkeypatch, sample_by):
    monkeypatch.setattr(readers, "MAX_DOCUMENT_CHARS", 20)
    path = tmp_path / "corpus.txt"
    # a line far past 4 bytes a character of the limit, then units that fit
    path.write_text("first\n\n" + "x" * 500 + "\n\nlast one\n", encoding="utf-8")
    items = _read(path, sample_by)
    assert [getattr(i, "text", None) for i in items] == ["first", None, "last one"]
    assert (items[1].kind, items[1].line) == ("too_large", 3)
    assert "longer than 20 characters" in items[1].error
    if sample_by == "paragraph":  # many short lines adding up past the limit
        path.write_text("a b c\n" * 10 + "\nkept\n", encoding="utf-8")
        items = _read(path, sample_by)
        assert [getattr(i, "text", None) for i in items] == [None, "kept"]
        assert (items[0].kind, items[0].line) == ("too_large", 1)


def test_a_large_file_not_in_utf8_is_refused_not_read_whole(tmp_path, monkeypatch):
    from curate.io import text_units

    monkeypatch.setattr(text_units, "WHOLE_MAX_BYTES", 100)
    path = tmp_path / "legacy.txt"
    path.write_bytes(("Café à Zürich, déjà vu.\n" * 20).encode("cp1252"))
    (item,) = _read(path, "line")
    assert isinstance(item, Quarantined) and item.kind == "too_large"
    assert "convert it to UTF-8" in item.error


# -- articles between blank lines, read whole: told (`one_per_block`, session 29) -----------


def _articles_between_blank_lines(n: int, end: str = "\n") -> str:
    from tests.newcomer_runs import texts_of

    return (end * 2).join(" ".join(texts_of(6, 6 * k)) for k in range(n)) + end


@pytest.mark.parametrize("end", ["\n", "\r\n"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_a_file_of_articles_between_blank_lines_looks_like_a_document_a_block(
    tmp_path, end, encoding
):
    from curate.io.text_units import one_per_block

    corpus = tmp_path / "all_articles.txt"
    corpus.write_bytes(_articles_between_blank_lines(12, end).encode(encoding))
    found = one_per_block(corpus)
    assert found is not None and found[0] == "12" and found[1] > 600
    # an article's paragraphs, a few long articles, and the seeds are no such file
    article = tmp_path / "article.txt"
    article.write_text("\n\n".join([LINE.strip()] * 14) + "\n", encoding=encoding)
    few = tmp_path / "few.txt"
    few.write_text(_articles_between_blank_lines(4), encoding=encoding)
    assert one_per_block(article) is None and one_per_block(few) is None
    for seed in sorted(SEEDS_DIR.glob("*.txt")):
        assert one_per_block(seed) is None


def test_articles_between_blank_lines_get_the_hint_and_read_so_with_it(tmp_path):
    from tests.test_newcomer_inputs import invoke

    corpus = tmp_path / "all_articles.txt"
    corpus.write_text(_articles_between_blank_lines(12), encoding="utf-8")
    args = ("run", corpus, "--skip", "quality", "--workers", "1")
    result, text = invoke(*args, "--out", tmp_path / "out")
    assert result.exit_code == 0, text
    flat = " ".join(text.split())
    assert "12 blocks between blank lines" in flat and "pass --sample-by paragraph" in flat
    result, text = invoke(*args, "--out", tmp_path / "o2", "--sample-by", "paragraph")
    assert result.exit_code == 0 and "blocks between blank lines" not in text
    import json

    report = json.loads((tmp_path / "o2" / "report.json").read_text())
    assert report["counts"]["read"] == 12
