"""Subtitles and captions read as their transcript (io.subtitles): newcomer round 22. `.srt`,
`.vtt` (yt-dlp's, with YouTube's word times) and `.sbv` were passed over as of no known kind:
0 -> 9 of 9 files read (6 inputs, a zip of them too)."""

from __future__ import annotations

import zipfile

import pytest

from curate.io.subtitles import is_ttml, transcript
from tests.newcomer_runs import documents, quarantined, read_all, texts_of

A, B = texts_of(2)


def _halves(text: str) -> tuple[str, str]:
    middle = text.index(" the ", len(text) // 2)
    return text[:middle], text[middle + 1 :]


SRT = "".join(
    f"{n}\n00:00:0{n},000 --> 00:00:0{n + 1},500\n{first}\n{second}\n\n"
    for n, (first, second) in enumerate(map(_halves, (A, B)), start=1)
)
VTT = (
    "WEBVTT\nKind: captions\nLanguage: en\n\nNOTE made by hand\nover two lines\n\n"
    "STYLE\n::cue { color: yellow }\n\n"
    f"intro\n00:00:00.000 --> 00:00:02.000 align:start position:0%\n<v Anchor>{A}</v>\n\n"
    f"00:02.000 --> 00:04.000\n<i>{B}</i>\n"
)
YOUTUBE = (  # auto-captions: word times, and each caption rolled into the next cue
    "WEBVTT\nKind: captions\nLanguage: en\n\n"
    f"00:00:00.000 --> 00:00:02.000 align:start position:0%\n{A[:6]}<00:00:00.500><c>{A[6:]}</c>"
    f"\n\n00:00:02.000 --> 00:00:02.010 align:start position:0%\n{A}\n\n"
    f"00:00:02.010 --> 00:00:04.000 align:start position:0%\n{A}\n{B}\n"
)
SBV = f"0:00:00.000,0:00:02.000\n{A}\n\n0:00:02.000,0:00:04.000\n{B}\n"
ASS = (  # SubStation Alpha v4+ (Aegisub's `.ass`): words in the last of `Format`'s fields
    "[Script Info]\nTitle: Evening news\nScriptType: v4.00+\n\n[V4+ Styles]\n"
    "Format: Name, Fontname, Fontsize\nStyle: Default,Arial,48\n\n[Events]\n"
    "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
    "Comment: 0,0:00:00.00,0:00:01.00,Default,,0,0,0,,a translator's note\n"
    "Dialogue: 0,0:00:01.00,0:00:03.00,Default,Anchor,0,0,0,,{{\\i1}}{}{{\\i0}}\\N{}\n"
    "Dialogue: 0,0:00:03.00,0:00:05.00,Default,,0,0,0,fade,{{\\pos(960,1000)}}{}\n"
).format(*_halves(A), B)
SSA = (  # SSA v4 (`.ssa`): `Marked=0`, five fields before the words
    "[Script Info]\nScriptType: v4.00\n\n[Events]\n"
    "Format: Marked, Start, End, Style, Text\n"
    f"Dialogue: Marked=0,0:00:01.00,0:00:03.00,Default,{A}\n"
    f"Dialogue: Marked=0,0:00:03.00,0:00:05.00,Default,{B}\n"
)
SRT_CODES = f"1\r\n00:00:01,000 --> 00:00:02,000\r\n{{\\an8}}{A}\r\n\r\n2\r\n00:00:02,000 --> 00:00:03,000\r\n<b>{B}</b>\r\n"  # noqa: E501


@pytest.mark.parametrize("text", [SRT, VTT, YOUTUBE, SBV, SRT_CODES, "\ufeff" + SRT, ASS, SSA])
def test_the_transcript_is_the_cues_words_in_order(text):
    assert transcript(text) == f"{A} {B}"


def test_numbers_and_times_inside_a_caption_stay():
    text = "1\n00:00:01,000 --> 00:00:02,000\nAt 10:30 the council voted 7 to 2.\n"
    assert transcript(text) == "At 10:30 the council voted 7 to 2."


def _ttml(namespace: str = "http://www.w3.org/ns/ttml", prefix: str = "") -> str:
    tag = f"{prefix}:" if prefix else ""
    xmlns = f"xmlns:{prefix}" if prefix else "xmlns"
    first, second = _halves(A)
    cues = (
        f"<{tag}p begin='00:00:00.000' end='00:00:02.000'>{first}<{tag}br/>{second}</{tag}p>"
        f"<{tag}p begin='00:00:02.000' end='00:00:04.000'><{tag}span style='s1'>{B}</{tag}span>"
        f"</{tag}p>"
    )
    return (
        f"<?xml version='1.0' encoding='UTF-8'?>\n<{tag}tt {xmlns}='{namespace}' xml:lang='en'>"
        f"<{tag}head><{tag}styling><{tag}style xml:id='s1'/></{tag}styling></{tag}head>"
        f"<{tag}body><{tag}div>{cues}</{tag}div></{tag}body></{tag}tt>"
    )


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("broadcast.srt", SRT),
        ("clip.en.vtt", VTT),
        ("auto.en.vtt", YOUTUBE),
        ("c.sbv", SBV),
        ("evening-news.ass", ASS),
        ("evening-news.ssa", "\ufeff" + SSA),
        ("programme.ttml", _ttml()),
        ("captions.dfxp", _ttml("http://www.w3.org/2006/10/ttaf1")),  # DFXP's draft namespace
        ("subtitles.xml", _ttml()),  # the BBC's, as `.xml`
        ("subtitles.xml", _ttml(prefix="tt")),
    ],
)
def test_a_subtitle_file_is_one_document_of_its_words(tmp_path, name, text):
    (tmp_path / name).write_text(text, encoding="utf-8")
    items = read_all(tmp_path)
    assert not quarantined(items)
    [doc] = documents(items)
    assert doc.text == f"{A} {B}"


def test_a_zip_of_subtitles_is_read_a_file_a_document(tmp_path):
    with zipfile.ZipFile(tmp_path / "subs.zip", "w") as archive:
        archive.writestr("subs/1.srt", SRT)
        archive.writestr("subs/2.vtt", VTT)
    assert [d.text for d in documents(read_all(tmp_path))] == [f"{A} {B}"] * 2


def test_an_xml_file_of_another_tt_is_no_timed_text(tmp_path):
    path = tmp_path / "tt.xml"
    path.write_text("<tt xmlns='https://example.org/teletype'><p>x</p></tt>", encoding="utf-8")
    assert not is_ttml(path)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (_ttml()[:-30], "malformed_xml"),  # a download cut short
        ("<tt xmlns='http://www.w3.org/ns/ttml'><body><div/></body></tt>", "empty"),
    ],
)
def test_a_ttml_file_cut_short_or_of_no_cue_is_quarantined(tmp_path, text, kind):
    (tmp_path / "a.ttml").write_text(text, encoding="utf-8")
    [found] = quarantined(read_all(tmp_path))
    assert found.kind == kind
