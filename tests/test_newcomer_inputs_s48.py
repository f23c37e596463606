"""Session 48's newcomer round: what the first stages do to the documents a newcomer brings.

HTML in a text field (a CMS export's `body`, a scraper's `innerHTML`): the markup stage runs
after the unicode stage, so what it decoded or stripped was never tidied. `&shy;` (German news
writes it in every long word), `&#8203;`, `&#13;` or `&thinsp;` left a soft hyphen, a zero-width
space, a carriage return or an odd space in the published text, `<div><p>` three or more line
breaks and `text </p>` a space at a line's end: cleaning the output again changed it. A table's
cells were glued (`<td>North United</td><td>2</td>` -> `North United2`)."""

import json

import pytest

from curate.document import Document, replay
from curate.stages.markup import MarkupStripper
from curate.stages.unicode import UnicodeRepair
from tests.newcomer_runs import run_counted

FIRST = (UnicodeRepair(), MarkupStripper())


def _clean(text: str) -> Document:
    doc = Document(id="t", text=text)
    for stage in FIRST:
        doc = stage.process(doc)
    return doc


def _again(text: str) -> str:
    return _clean(text).text


def _published(out) -> list[dict]:
    return [json.loads(line) for f in sorted((out / "jsonl").glob("*.jsonl")) for line in f.open()]


# ---- a text field's HTML, cleaned once, is clean ----------------------------------------------

ENTITIES = [  # (the field, what the reader should get)
    ("Die Bundes&shy;regierung hat am Dienstag beschlossen.", "Die Bundesregierung hat am"),
    ("Die Verkehrs&#173;minister&#xAD;konferenz tagt.", "Die Verkehrsministerkonferenz tagt."),
    ("Zero&#8203;width and&#x200B;more.", "Zerowidth andmore."),
    ("Line one.&#13;&#10;Line two.", "Line one.\nLine two."),
    ("Price 5&thinsp;000 euros, 7&#8239;500 dollars.", "Price 5 000 euros, 7 500 dollars."),
    ("A&ensp;B&emsp;C", "A B C"),
    ("&#65279;Start of the text.", "Start of the text."),
    ("One paragraph.&#8232;Another paragraph.", "One paragraph.\nAnother paragraph."),
    ("End of a paragraph.&nbsp;\nNext paragraph.", "End of a paragraph.\nNext paragraph."),
]


@pytest.mark.parametrize(("field", "expected"), ENTITIES)
def test_a_decoded_entity_is_what_the_unicode_stage_leaves(field, expected):
    text = _clean(field).text
    assert text.startswith(expected)
    assert not any(c in text for c in "\xad\u200b\r\u2009\u202f\u2002\u2003\ufeff\u2028")
    assert _again(text) == text


TAGS = [
    "<p>The council approved these measures:</p><ul><li>One measure.</li>"
    "<li>Another measure.</li></ul><p>They take effect next month.</p>",
    "<div><div><p>Deep in the page.</p></div></div><div><p>Further down.</p></div>",
    "Line one.<br><br><br>Line two.",
    "A paragraph that ends in a space </p>\n<p>The next paragraph.",
    "Intro text <br>\nThe next line",
    "<section><h2>Heading</h2></section>\n\n<p>Body text of the story.</p>",
    "<blockquote><p>A quotation.</p></blockquote><p> The reply. </p>",
]


@pytest.mark.parametrize("field", TAGS)
def test_stripped_tags_leave_no_run_of_blank_lines_or_edge_spaces(field):
    text = _clean(field).text
    assert "\n\n\n" not in text and " \n" not in text and "\n " not in text
    assert _again(text) == text


@pytest.mark.parametrize("field", [e[0] for e in ENTITIES] + TAGS)
def test_the_ledger_replays_to_the_text(field):
    doc = _clean(field)
    assert replay({"text": field}, doc.edits)["text"] == doc.text


CELLS = [
    ("<table><tr><td>North United</td><td>2</td></tr></table>", "North United 2"),
    ("<tr><th>Team</th><th>Points</th></tr><tr><td>Riverside</td><td>41</td></tr>", "Team Points"),
    ("<tr><td>Riverside</td><td>41</td></tr>", "Riverside 41"),
    ("<td>Candidate</td>\n<td>Votes</td>", "Candidate\nVotes"),
]


@pytest.mark.parametrize(("field", "expected"), CELLS)
def test_a_table_s_cells_stay_apart(field, expected):
    text = _clean(field).text
    assert expected in text
    assert _again(text) == text


# ---- look-alikes: as before --------------------------------------------------------------------

KEPT = [  # (the field, its text after the two stages)
    ("Wa<span>sh</span>ington", "Washington"),  # an inline tag inside a word glues
    ("the <strong>Senate</strong> voted", "the Senate voted"),
    ("family&zwj;emoji", "family\u200demoji"),  # a joiner the unicode stage keeps
    ("Tom &amp;amp; Jerry", "Tom & Jerry"),
    ("a < b and c > d", "a < b and c > d"),
]


@pytest.mark.parametrize(("field", "expected"), KEPT)
def test_look_alikes_are_cleaned_as_before(field, expected):
    assert _clean(field).text == expected


def test_a_text_no_unicode_stage_saw_has_only_its_tag_removed():
    # `--skip unicode`: the markup stage does not take up the unicode stage's work
    raw = "A\u00a0no-break space and a soft\u00adhyphen. \n\n\n< p>Then the story."
    doc = MarkupStripper().process(Document(id="t", text=raw))
    assert [e.before for e in doc.edits] == ["< p>"]
    assert doc.text == raw.replace("< p>", "")


# ---- through the run ---------------------------------------------------------------------------


def test_html_fields_through_the_run_are_published_clean(tmp_path):
    body = (
        "Der Stadtrat hat am Dienstag einen neuen Haushalt f&uuml;r den &ouml;ffentlichen "
        "Nah&shy;verkehr beschlossen. Zwei Buslinien sollen verl&auml;ngert werden."
    )
    rows = [
        {"id": "de", "text": f"<div><p>{body}</p></div><div><p>{body[:60]}.</p></div>"},
        {
            "id": "table",
            "text": "<p>Results:</p><table><tr><td>North United</td><td>2</td></tr>"
            "<tr><td>Riverside</td><td>1</td></tr></table><p>More next week.</p>",
        },
    ]
    src = tmp_path / "in" / "cms.jsonl"
    src.parent.mkdir()
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out"
    run_counted(str(src), "--out", str(out), "--skip", "dedup")
    texts = {d["id"]: d["text"] for d in _published(out)}
    assert "Nahverkehr" in texts["de"] and "\xad" not in texts["de"]
    assert "\n\n\n" not in texts["de"]
    assert "North United 2" in texts["table"]
    assert all(_again(t) == t for t in texts.values())


# ---- UTF-8 read as Windows-1252: the unassigned bytes --------------------------------------
# A page or file in UTF-8 decoded as Windows-1252 (a browser's, BeautifulSoup's and many
# scrapers' fallback) keeps the five bytes that code page leaves unassigned (0x81, 0x8D, 0x8F,
# 0x90, 0x9D) as C1 controls: "”" is "â€\x9d", "、" is "ã€\x81". The repair looked for a
# sequence's middle byte as Latin-1 reads it ("\x80"), not as Windows-1252 does ("€"), so the
# control rule deleted the last byte first and ftfy could no longer repair the rest
# ("“yesâ€", "“quote†").


def _as_windows_1252(text: str) -> str:
    """`text`'s UTF-8 bytes read as Windows-1252, an unassigned byte as its C1 control."""
    out = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


WINDOWS_1252 = [
    "“Yes,” he said, “we will.”",  # ” = E2 80 9D
    "The mayor called the plan “overdue” and “expensive”.",
    "カメラ、テレビ、ラジオ",  # 、 = E3 80 81 (katakana's bytes hold no unassigned one)
    "「テレビ」",  # 」 = E3 80 8D
    "Turn left ← at the junction.",  # ← = E2 86 90
    "The fans gave it a 👍 on the night.",  # F0 9F 91 8D: "Ÿ" inside
]


@pytest.mark.parametrize("original", WINDOWS_1252)
def test_utf8_read_as_windows_1252_is_repaired_whole(original):
    broken = _as_windows_1252(original)
    assert any("\x80" <= c <= "\x9f" for c in broken)  # the kind: an unassigned byte in it
    doc = UnicodeRepair().process(Document(id="t", text=broken))
    assert doc.text == original
    assert _again(doc.text) == doc.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ã\x81lvaro Díaz said donâ\x80\x99t.", "Álvaro Díaz said don’t."),  # Latin-1's
        ("It costs 5 € “today”, Grüße.", "It costs 5 € “today”, Grüße."),  # clean text
        ("A stray\x9d control.", "A stray control."),  # a C1 after no lead: deleted
        ("Itâ€™s here.", "It’s here."),  # no unassigned byte: ftfy as before
    ],
)
def test_other_text_is_repaired_as_before(text, expected):
    assert UnicodeRepair().process(Document(id="t", text=text)).text == expected


def test_windows_1252_mojibake_through_the_run(tmp_path):
    story = (
        "“We have been through this twice already,” said the mayor, who urged families near "
        "the river to move their valuables upstairs. “People are tired,” she added."
    )
    src = tmp_path / "in" / "scraped.jsonl"
    src.parent.mkdir()
    src.write_text(json.dumps({"id": "m", "text": _as_windows_1252(story)}) + "\n")
    out = tmp_path / "out"
    run_counted(str(src), "--out", str(out))
    (published,) = _published(out)
    assert published["text"] == story


# ---- paragraphs a CMS writes a line each ---------------------------------------------------
# `<p>A</p>\n<p>B</p>` (how most CMSs and `innerHTML` serialise a body) gave "A\nB": a tag
# beside whitespace was dropped, so the line break between the paragraphs was all that was
# left, where `<p>A</p><p>B</p>` gives "A\n\nB". The paragraphs became lines of one block.

PARAGRAPHS = [
    "<p>{a}</p>\n<p>{b}</p>",
    "<p>{a}</p>\r\n<p>{b}</p>",
    "<div>{a}</div>\n<div>{b}</div>",
    "<ul>\n  <li>{a}</li>\n  <li>{b}</li>\n</ul>",
    "<h2>{a}</h2>\n<p>{b}</p>",
    "<blockquote>{a}</blockquote>\n<p>{b}</p>",
    "\t<p>{a}</p>\n\t<p>{b}</p>\n",
]
A = "The council approved the budget on Tuesday."
B = "Work on the new depot begins next spring."


@pytest.mark.parametrize("shape", PARAGRAPHS)
def test_paragraphs_a_line_each_stay_paragraphs(shape):
    text = _clean(shape.format(a=A, b=B)).text
    assert text == f"{A}\n\n{B}"
    assert _again(text) == text


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        (f"{A}<br>\n{B}", f"{A}\n{B}"),  # a line break stays a line break
        (f"<p>{A}</p>\n\n<p>{B}</p>", f"{A}\n\n{B}"),
        (f"<p>{A}</p><p>{B}</p>", f"{A}\n\n{B}"),
        (f"{A}\n{B}", f"{A}\n{B}"),  # no tag: the text's own lines
        (f"{A} <b>{B}</b>", f"{A} {B}"),
    ],
)
def test_other_breaks_are_as_before(field, expected):
    assert _clean(field).text == expected
