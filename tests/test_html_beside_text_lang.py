"""A crawler's row of both `html` and `text` and an `.html` file of the same bytes: what the
page's declared language (`<html lang>`, `xml:lang`, `<meta http-equiv="content-language">`)
gives the one it gives the other. Checked in session 45: the reader gives neither a language
(the `language` stage labels the text; the `reader.languages` filter reads `<html lang>` in
WARC records alone), so the row lacks nothing the file has; this pins that they stay alike."""

import json

import pytest

from tests.newcomer_runs import documents, read_all, texts_of

DECLARED = [
    '<html lang="fr">',
    "<html xml:lang='fr-FR' xmlns='http://www.w3.org/1999/xhtml'>",
    '<html><meta http-equiv="content-language" content="fr">',
]


def _page(opening: str) -> str:
    body = "".join(f"<p>{t}</p>" for t in texts_of(3))
    return (
        f"<!doctype html>{opening}<head><title>Le port rouvre</title></head>"
        f"<body><article><h1>Le port rouvre</h1>{body}</article></body></html>"
    )


@pytest.mark.parametrize("reader", [None, {"languages": ["en"]}])
@pytest.mark.parametrize("opening", DECLARED)
def test_a_row_s_page_and_the_same_html_file_give_the_same_language(tmp_path, opening, reader):
    html = _page(opening)
    (tmp_path / "page.html").write_text(html)
    (tmp_path / "rows.jsonl").write_text(json.dumps({"html": html, "text": texts_of(1)[0]}) + "\n")
    [page] = documents(read_all(tmp_path / "page.html", reader=reader))
    [row] = documents(read_all(tmp_path / "rows.jsonl", reader=reader))
    assert row.title == page.title == "Le port rouvre"
    declared = [{k: v for k, v in d.labels.items() if "lang" in k} for d in (page, row)]
    assert declared[0] == declared[1]
