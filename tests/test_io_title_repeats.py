"""A page's title again at the top of its text (io.title_repeats): Medium's export repeats its
`<title>` as the `<h1>` and the body's first heading, Google Docs' export opens with its
"Title" paragraph; newcomer round 23. The title field keeps it; the text drops the repeat."""

from __future__ import annotations

import json
import zipfile

import pytest

from curate.io.title_repeats import without_title_repeats
from tests.newcomer_runs import documents, read_all, texts_of

A, B = texts_of(2, start=30)
TITLE = "Tram line to the university"


def _medium(title_tag: str, headings: list[str]) -> str:
    heads = "".join(f"<h3>{h}</h3>" for h in headings)
    return (
        f"<!DOCTYPE html><html><head><title>{title_tag}</title></head><body><article>"
        f"<header><h1>{title_tag}</h1></header><section>{heads}<p>{A}</p><p>{B}</p>"
        "</section></article></body></html>"
    )


def _gdocs(title: str) -> str:
    return (
        '<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
        '</head><body class="c3 doc-content">'
        f'<p class="c2 title" id="h.x1"><span class="c1">{title}</span></p>'
        f'<p class="c2"><span class="c1">{A}</span></p>'
        f'<p class="c2"><span class="c1">{B}</span></p>'
        "</body></html>"
    )


@pytest.mark.parametrize(
    "page",
    [
        _medium(TITLE, [TITLE]),
        _medium(TITLE, [TITLE.upper()]),
        _medium(TITLE, ["  Tram   line to the\nuniversity "]),
        _medium(TITLE, []),
        _gdocs(TITLE),
    ],
    ids=["medium", "case", "spacing", "h1-only", "gdocs"],
)
@pytest.mark.parametrize("packed", ["html", "zip", "jsonl"])
def test_the_title_is_not_repeated_in_the_text(tmp_path, page, packed):
    if packed == "html":
        (tmp_path / "post.html").write_text(page)
    elif packed == "zip":  # Google Docs' "Download > Web page"
        with zipfile.ZipFile(tmp_path / "Doc.zip", "w") as z:
            z.writestr("Doc.html", page)
    else:  # a scraper's row of the page's HTML and its title
        row = {"id": "p1", "title": TITLE, "html": page}
        (tmp_path / "pages.jsonl").write_text(json.dumps(row) + "\n")
    docs = documents(read_all(tmp_path))
    assert len(docs) == 1
    assert docs[0].title.casefold() == TITLE.casefold()
    assert docs[0].text.split() == f"{A} {B}".split()


@pytest.mark.parametrize(
    ("text", "title", "kept"),
    [
        (f"{A}\n\n{B}", TITLE, f"{A}\n\n{B}"),  # no repeat
        (f"{A}\n\n{TITLE}", TITLE, f"{A}\n\n{TITLE}"),  # the title later in the text stays
        (f"{TITLE} and more words\n\n{A}", TITLE, f"{TITLE} and more words\n\n{A}"),
        (TITLE, TITLE, TITLE),  # the title is all the text holds
        (f"{TITLE}\n\n{A}", None, f"{TITLE}\n\n{A}"),  # no title
        (f"{TITLE}\n\n{TITLE}\n{A}", TITLE, A),
    ],
)
def test_only_a_leading_repeat_of_the_title_is_dropped(text, title, kept):
    assert without_title_repeats(text, title) == kept


def test_dropping_the_repeat_is_idempotent():
    once = without_title_repeats(f"{TITLE}\n\n{A}", TITLE)
    assert without_title_repeats(once, TITLE) == once == A
