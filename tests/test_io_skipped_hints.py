"""What the run says of a kind of file it does not read (curate.io.skipped_hints)."""

import pytest

from curate.io.skipped_hints import conversion_hints
from tests.test_newcomer_inputs import invoke


def test_an_avro_file_is_named_with_what_reads_it():
    # Spark's and BigQuery's Avro exports: "passed over (.avro 1)", with nothing to do about it
    [line] = conversion_hints(["export/part-00000.avro", "export/part-00001.avro"])
    assert line.startswith("2 .avro file(s) not read, e.g. export/part-00000.avro")
    assert "Parquet" in line


@pytest.mark.parametrize(
    "name, data, said",
    [
        # an Outlook message (an OLE compound file): no reader, the way to .eml or HTML
        ("Council statement.msg", bytes.fromhex("d0cf11e0a1b11ae1") + bytes(512), "Outlook"),
        # a feed reader's subscriptions: addresses of feeds, no article
        (
            "feedly.opml",
            b'<opml version="1.0"><body><outline xmlUrl="https://e.x/f"/></body></opml>',
            "OPML",
        ),
        # links saved instead of pages (Windows, a Mac)
        ("Ferry story.url", b"[InternetShortcut]\r\nURL=https://e.x/ferry\r\n", "a link to a page"),
        (
            "Ferry story.webloc",
            b'<?xml version="1.0"?><plist><dict><key>URL</key></dict></plist>',
            "a link",
        ),
    ],
)
def test_a_file_of_no_text_curate_reads_is_named_with_what_to_do(tmp_path, name, data, said):
    # each was counted by extension alone ("1 file(s) of other kinds passed over (.msg 1)")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_bytes(data)
    result, words = invoke("run", folder, "--out", tmp_path / "out")
    assert result.exit_code != 0  # nothing read: the run stops, saying why
    [line] = conversion_hints([str(folder / name)])
    assert name in line and said in line
    assert name in words and said in words
