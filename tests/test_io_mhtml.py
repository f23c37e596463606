import quopri

from curate.io.mhtml import is_mhtml, read_mhtml
from curate.io.readers import Document, Quarantined

BOUNDARY = "----MultipartBoundary--abc----"


def saved_page(paragraphs: list[str], url: str = "https://citynews.example/2024/budget") -> str:
    """An MHTML file as Chrome's "Webpage, Single File" writes it (no charset on the part)."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Budget passes</title></head>'
        f"<body><nav><a href='/'>Home</a></nav><article><h1>Budget passes</h1>{body}</article>"
        "<footer>City News</footer></body></html>"
    )
    encoded = quopri.encodestring(html.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
    return (
        f"From: <Saved by Blink>\r\nSnapshot-Content-Location: {url}\r\n"
        "Subject: Budget passes\r\nMIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{BOUNDARY}"\r\n'
        f"\r\n\r\n--{BOUNDARY}\r\nContent-Type: text/html\r\n"
        f"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: {url}\r\n\r\n"
        f"{encoded}\r\n\r\n--{BOUNDARY}\r\nContent-Type: image/png\r\n"
        "Content-Transfer-Encoding: base64\r\nContent-Location: https://citynews.example/l.png"
        f"\r\n\r\niVBORw0KGgo=\r\n\r\n--{BOUNDARY}--\r\n"
    )


def test_a_chrome_single_file_page_is_its_article_decoded_by_its_meta(tmp_path):
    path = tmp_path / "Budget passes.mhtml"
    text = "The council approved the budget, said a caf\u00e9 owner who followed the long debate."
    path.write_text(saved_page([text] * 4), encoding="ascii", newline="")
    doc = read_mhtml(path, "Budget passes")
    assert isinstance(doc, Document)
    assert doc.id == "Budget passes" and doc.source == "https://citynews.example/2024/budget"
    assert text in doc.text and "caf\u00e9" in doc.text and "Home" not in doc.text


def test_a_message_with_no_html_part_is_one_unreadable_record(tmp_path):
    path = tmp_path / "a.mht"
    path.write_text("MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nhello\r\n")
    item = read_mhtml(path, "a")
    assert isinstance(item, Quarantined) and item.kind == "unreadable" and "text/html" in item.error


def test_is_mhtml(tmp_path):
    assert is_mhtml(tmp_path / "a.MHTML") and is_mhtml(tmp_path / "a.mht")
    assert not is_mhtml(tmp_path / "a.html")
