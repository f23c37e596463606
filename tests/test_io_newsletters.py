"""Newsletters as mail: an HTML part laid out in tables read as its blocks, not as one line
of `|` cells (io.layout_tables), and Apple Mail's `.emlx` read as its message (io.mail);
newcomer round 24."""

from __future__ import annotations

import plistlib

import pytest

from curate.io.layout_tables import opened_layout_tables
from tests.newcomer_runs import documents, quarantined, read_all, run_counted, texts_of

TEXTS = texts_of(3)
HEADLINE = "Ferry timetable approved"

FOOTER = (  # a footer's table of cells of words alone, inside the layout table
    '<table class="footer"><tr><td>You are receiving this because you subscribed. '
    '<a href="https://example.com/u">Unsubscribe</a> | <a href="https://example.com/p">'
    "Update preferences</a></td><td>Brief, 1 Quay Street, Portville</td></tr></table>"
)


LAYOUTS = {
    # Mailchimp's: role="presentation", the story in a cell of a nested table
    "presentation": (
        '<table role="presentation" width="100%"><tr><td><table width="600"><tr><td>'
        "<h1>{h}</h1><p>{a}</p><p>{b}</p></td></tr></table>"
        + FOOTER.replace("{", "{{").replace("}", "}}")
        + "</td></tr></table>"
    ),
    # no role: a table whose cell holds headings and paragraphs
    "cells of paragraphs": (
        '<table width="600"><tr><td><h1>{h}</h1></td></tr><tr><td><p>{a}</p></td></tr>'
        "<tr><td><p>{b}</p></td></tr></table>"
    ),
    # two columns of a table, each a story's paragraph
    "columns": "<h1>{h}</h1><table><tr><td><p>{a}</p></td><td><p>{b}</p></td></tr></table>",
}


def test_a_footers_table_inside_a_layout_table_is_opened_too():
    html = f'<table role="presentation"><tr><td><p>Story.</p>{FOOTER}</td></tr></table>'
    assert "<table" not in opened_layout_tables(html)


def _message(html: str, subject: str = HEADLINE) -> str:
    return (
        f"From: Brief <news@example.com>\nSubject: {subject}\nMIME-Version: 1.0\n"
        f"Content-Type: text/html; charset=utf-8\n\n<html><body>{html}</body></html>\n"
    )


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_newsletter_laid_out_in_tables_reads_its_paragraphs(tmp_path, layout):
    html = LAYOUTS[layout].format(h=HEADLINE, a=TEXTS[0], b=TEXTS[1])
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "issue.eml").write_text(_message(html))
    items = read_all(folder)
    [doc] = documents(items)
    assert doc.text == f"{TEXTS[0]}\n\n{TEXTS[1]}"  # no `|`, the headline the title alone
    assert doc.title == HEADLINE and not quarantined(items)


def test_an_mbox_of_table_newsletters_reads_each(tmp_path):
    messages = [
        "From news@example.com Mon Mar  4 07:00:00 2024\n"
        + _message(LAYOUTS["presentation"].format(h=f"Issue {k}", a=t, b=TEXTS[2]), f"Issue {k}")
        for k, t in enumerate(TEXTS[:2])
    ]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "Newsletters.mbox").write_text("\n".join(messages))
    docs = documents(read_all(folder))
    assert [d.text for d in docs] == [f"{t}\n\n{TEXTS[2]}" for t in TEXTS[:2]]


@pytest.mark.parametrize(
    "html",
    [
        "<p>No table at all.</p>",
        # a table of data: cells of words alone, kept a table
        "<table><tr><th>Team</th><th>Points</th></tr><tr><td>Portville</td><td>12</td></tr></table>",
    ],
)
def test_html_of_no_layout_table_is_left_as_it_is(html):
    assert opened_layout_tables(html) == html


def test_a_data_table_inside_a_layout_table_stays_a_table():
    html = (
        '<table role="presentation"><tr><td><p>Intro.</p><table><tr><th>Team</th><th>Points</th>'
        "</tr><tr><td>a</td><td>b</td></tr></table></td></tr></table>"
    )
    opened = opened_layout_tables(html)
    assert opened.count("<table>") == 1 and "<td>a</td>" in opened
    assert 'role="presentation"' in opened and "<table role" not in opened


def _emlx(text: str, partial: bool = False) -> bytes:
    message = (
        f"From: Desk <desk@example.com>\nSubject: {HEADLINE}\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{text}\n"
    ).encode()
    flags = plistlib.dumps({"date-received": 1709700000, "flags": 8590195713})
    return str(len(message)).encode() + b"\n" + message + flags


@pytest.mark.parametrize("name", ["12345.emlx", "12346.partial.emlx"])
def test_apple_mails_emlx_is_read_without_its_property_list(tmp_path, name):
    folder = tmp_path / "Mail" / "INBOX.mbox" / "Messages"
    folder.mkdir(parents=True)
    (folder / name).write_bytes(_emlx(TEXTS[0]))
    items = read_all(tmp_path / "Mail")
    [doc] = documents(items)
    assert doc.text == TEXTS[0] and doc.title == HEADLINE
    report, _ = run_counted(str(tmp_path / "Mail"), "--out", str(tmp_path / "out"))
    assert report["counts"]["read"] == 1


def test_an_emlx_of_no_count_line_is_read_as_an_eml(tmp_path):
    path = tmp_path / "1.emlx"
    path.write_bytes(_message(f"<p>{TEXTS[1]}</p>").encode())
    assert [d.text for d in documents(read_all(path))] == [TEXTS[1]]
