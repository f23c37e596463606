from curate.io.mhtml import is_mhtml, read_mhtml
from curate.io.readers import Document, Quarantined
from tests.test_newcomer_inputs7 import saved_page


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
