"""E-mail (io.mail): a newsletter's `.eml`, a list's `.mbox`, a message a document."""

from __future__ import annotations

from curate.io.readers import walk_inputs
from tests.newcomer_runs import documents, quarantined, read_all, run_counted, texts_of

TEXTS = [" ".join(texts_of(3, 3 * k)) for k in range(4)]


def _eml(k: int, subject: str | None = None, kind: str = "text/plain", body: str | None = None):
    subject = subject or f"Newsletter {k}"
    body = TEXTS[k] if body is None else body
    return (
        f"From: News <news@n.org>\nTo: you@x.org\nSubject: {subject}\n"
        f"Date: Mon, 1 Jan 2024 00:00:00 +0000\nMessage-ID: <m{k}@n.org>\nMIME-Version: 1.0\n"
        f"Content-Type: {kind}; charset=utf-8\n\n{body}\n"
    )


def test_eml_files_are_read_with_their_subject_as_title(tmp_path):
    # each was passed over as a kind curate does not read
    for k in range(2):
        (tmp_path / f"issue {k}.eml").write_text(_eml(k))
    page = f"<html><body><article><h1>Café news</h1><p>{TEXTS[2]}</p><p>{TEXTS[3]}</p>"
    page += "</article></body></html>"
    (tmp_path / "html.eml").write_text(_eml(2, "=?utf-8?q?Caf=C3=A9_news?=", "text/html", page))
    items = read_all(tmp_path)
    assert not quarantined(items)
    docs = {d.id: d for d in documents(items)}
    assert sorted(docs) == ["html", "issue 0", "issue 1"]
    assert [docs[f"issue {k}"].text for k in range(2)] == TEXTS[:2]
    assert docs["html"].title == "Café news" and TEXTS[2] in docs["html"].text
    assert "<p>" not in docs["html"].text


def test_a_multipart_message_is_read_from_its_plain_part(tmp_path):
    parts = (
        f"--B\nContent-Type: text/plain; charset=utf-8\n\n{TEXTS[0]}\n"
        f"--B\nContent-Type: text/html; charset=utf-8\n\n<p>other</p>\n--B--\n"
    )
    mail = _eml(0, kind='multipart/alternative; boundary="B"', body=parts)
    (tmp_path / "m.eml").write_text(mail.replace("; charset=utf-8\n\n--B", "\n\n--B", 1))
    [doc] = documents(read_all(tmp_path))
    assert (doc.id, doc.title, doc.text) == ("m", "Newsletter 0", TEXTS[0])


def test_an_mbox_is_read_a_message_a_document(tmp_path):
    separator = "From news@n.org Mon Jan  1 00:00:00 2024\n"
    quoted = f"{TEXTS[1]}\n>From the editor: thanks."
    body = separator + _eml(0) + "\n" + separator + _eml(1, body=quoted) + "\n"
    body += separator + _eml(2).replace("Message-ID: <m2@n.org>", "Message-ID: <m0@n.org>")
    path = tmp_path / "list.mbox"
    path.write_text(body)
    docs = documents(read_all(path))
    # the Message-ID is the id, a repeated one the file's and the message's line
    assert [d.id for d in docs] == ["m0@n.org", "m1@n.org", "list-24"]
    assert docs[1].text == f"{TEXTS[1]}\nFrom the editor: thanks."
    assert [d.title for d in docs] == [f"Newsletter {k}" for k in range(3)]
    assert walk_inputs([tmp_path]).paths == [path]


def test_a_message_without_text_is_named_by_its_line(tmp_path):
    attachment = (
        "--B\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\nJVBERi0=\n--B--\n"
    )
    mail = _eml(0, kind='multipart/mixed; boundary="B"', body=attachment)
    separator = "From news@n.org Mon Jan  1 00:00:00 2024\n"
    path = tmp_path / "a.mbox"
    path.write_text(separator + _eml(1) + "\n" + separator + mail)
    items = read_all(path)
    assert len(documents(items)) == 1
    [bad] = quarantined(items)
    assert (bad.kind, bad.line, bad.file) == ("missing_field", 12, str(path))


def test_a_run_counts_the_messages(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.eml").write_text(_eml(0))
    (folder / "b.eml").write_text(_eml(1))
    report, _ = run_counted(str(folder), "--out", str(tmp_path / "out"))
    assert report["counts"]["read"] == 2
