"""IPTC NewsML-G2 items and messages (io.newsml): newcomer round 21. Each file was passed over
as "XML that is no RSS or Atom feed" (0 of 16 items on 7 files)."""

from __future__ import annotations

import zipfile

import pytest

from curate.io.readers import Skipped
from tests.newcomer_runs import documents, quarantined, read_all, texts_of

TEXTS = texts_of(6)
NS = ' xmlns="http://iptc.org/std/nar/2006-10-01/"'


def _content(k: int, body: str) -> str:
    first, second = TEXTS[2 * k], TEXTS[2 * k + 1]
    if body == "nitf":
        return (
            '<inlineXML contenttype="application/nitf+xml">'
            '<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body><body.head><hedline>'
            f"<hl1>Headline {k}</hl1></hedline></body.head><body.content><p>{first}</p>"
            f"<p>{second}</p></body.content></body></nitf></inlineXML>"
        )
    if body == "xhtml":
        return (
            '<inlineXML contenttype="application/xhtml+xml">'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Headline</title></head>'
            f"<body><p>{first}</p><blockquote><p>{second}</p></blockquote></body></html>"
            "</inlineXML>"
        )
    return f'<inlineData contenttype="text/plain">{first}\n\n{second}\n</inlineData>'


def _item(k: int, body: str, root: bool = False) -> str:
    return (
        f'<newsItem{NS if root else ""} guid="urn:newsml:example.org:2024:{k}" version="1" '
        'standard="NewsML-G2"><itemMeta><itemClass qcode="ninat:text"/>'
        "<versionCreated>2024-01-01T10:00:00Z</versionCreated></itemMeta>"
        f"<contentMeta><headline>Headline {k}</headline><slugline>s{k}</slugline></contentMeta>"
        f"<contentSet>{_content(k, body)}</contentSet></newsItem>"
    )


def _expected(n: int) -> list[tuple]:
    return [
        (
            f"urn:newsml:example.org:2024:{k}",
            f"Headline {k}",
            f"{TEXTS[2 * k]}\n\n{TEXTS[2 * k + 1]}",
        )
        for k in range(n)
    ]


@pytest.mark.parametrize("body", ["nitf", "xhtml", "plain"])
def test_items_one_a_file(tmp_path, body):
    for k in range(2):
        page = '<?xml version="1.0" encoding="UTF-8"?>\n' + _item(k, body, root=True)
        (tmp_path / f"item{k}.{'newsml' if k else 'xml'}").write_text(page)
    items = read_all(tmp_path)
    assert not quarantined(items)
    assert [(d.id, d.title, d.text) for d in documents(items)] == _expected(2)


@pytest.mark.parametrize("body", ["nitf", "xhtml", "plain"])
def test_a_message_of_items(tmp_path, body):
    page = (
        f'<?xml version="1.0"?>\n<newsMessage{NS}><header><sent>2024-01-01T10:00:00Z</sent>'
        f"</header><itemSet>{''.join(_item(k, body) for k in range(3))}"
        '<newsItem guid="urn:pic:1"><contentSet><remoteContent href="p.jpg"/></contentSet>'
        "</newsItem></itemSet></newsMessage>"
    )
    (tmp_path / "feed.xml").write_text(page)
    items = read_all(tmp_path)
    assert not quarantined(items)
    assert [(d.id, d.title, d.text) for d in documents(items)] == _expected(3)
    assert [i.kind for i in items if isinstance(i, Skipped)] == [
        "newsml item without text (a picture, a graphic)"
    ]


def test_a_zipped_item_is_read(tmp_path):
    with zipfile.ZipFile(tmp_path / "agency.zip", "w") as archive:
        archive.writestr("2024/item0.xml", '<?xml version="1.0"?>\n' + _item(0, "nitf", True))
    assert [(d.id, d.title, d.text) for d in documents(read_all(tmp_path))] == _expected(1)


def test_a_cut_file_is_one_record_with_its_line(tmp_path):
    path = tmp_path / "item.xml"
    path.write_text('<?xml version="1.0"?>\n' + _item(0, "nitf", True)[:-40])
    [item] = read_all(path)
    assert (item.kind, item.file, item.line) == ("malformed_xml", str(path), 2)


def test_a_newsitem_of_another_namespace_is_no_newsml(tmp_path):
    from curate.io.newsml import is_newsml

    path = tmp_path / "x.xml"
    path.write_text(f"<newsItem><text>{TEXTS[0]}</text></newsItem>")
    assert not is_newsml(path)
