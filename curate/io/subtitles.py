"""Subtitles and captions (`.srt`, `.vtt`, `.sbv`) read as their transcript: a file a document.

A broadcast's or a news video's words come as captions: `yt-dlp --write-subs` writes
`clip.en.vtt`, a newsroom's player `broadcast.srt`, YouTube Studio `captions.sbv`. They were
passed over as files of no known kind. A file is read as text, and what is no spoken word goes:
WebVTT's header and its `NOTE`, `STYLE` and `REGION` blocks, cue numbers and names, timing lines
(`00:00:01,000 --> 00:00:03,000`, `0:00:01.000,0:00:03.000`) with their settings, voice and
styling tags (`<v Anchor>`, `<i>`, YouTube's word times `<00:00:00.500><c>`), SubRip's
position codes (`{\\an8}`). A cue's lines, broken for the screen, are one run of words: the
cues are joined by spaces into a paragraph, a caption repeated by the next cue (YouTube's
rolling captions) once. Timed Text (TTML: a broadcaster's `.ttml`, `.dfxp`, or `.xml` whose
root is `<tt>` in TTML's namespace, as the BBC's subtitles are) is read the same way, its
`<p>` cues' words in order, a `<br/>` a space, its head (styles, layout) left out.
SubStation Alpha (`.ass`, `.ssa`: Aegisub's, a fansub's, a broadcaster's styled subtitles) is
read from its `[Events]` section's `Dialogue:` lines, the last of their `Format:` fields the
words, override blocks (`{\\i1}`) off and `\\N` a space; its script info and styles left out.

Every pattern works on one line with bounded quantifiers: linear on any text.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

SUBTITLE_SUFFIXES = (".srt", ".vtt", ".sbv", ".srt.gz", ".vtt.gz", ".ass", ".ssa")
TIME = r"(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}"
TIMING = re.compile(rf"^[ \t]*{TIME}[ \t]*(?:-->[ \t]*{TIME}(?:[ \t].{{0,500}})?|,{TIME})[ \t]*$")
CUE_NUMBER = re.compile(r"^[ \t]*\d{1,9}[ \t]*$")
HEADER_BLOCKS = re.compile(r"^(?:WEBVTT|NOTE|STYLE|REGION)(?:[ \t].{0,2000})?$")  # to a blank
TAG = re.compile(r"</?[a-z](?:[.\w]{0,100})(?:[ \t][^<>\n]{0,200})?>|<\d{1,2}:[\d:.]{1,12}>")
TTML_SUFFIXES = (".ttml", ".dfxp")
# TTML's namespace and its drafts' (DFXP's `ttaf1`), on the root `<tt>`
TTML_ROOT = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:(?:<\?.*?\?>|<!--.*?-->)\s*)*<(?:\w+:)?tt\b[^>]*"
    rb"http://www\.w3\.org/(?:ns/ttml|2006/(?:04|10)/ttaf1)",
    re.DOTALL,
)
POSITION = re.compile(r"\{\\[^{}\n]{1,50}\}")  # SubRip's `{\an8}`
ASS_EVENTS = "[events]"
ASS_OVERRIDE = re.compile(r"\{[^{}\n]{0,500}\}")  # `{\i1}`, `{\pos(960,1000)\fad(200,0)}`
ASS_BREAK = re.compile(r"\\[Nnh]")  # a hard line break, a soft one, a hard space
ASS_FIELDS = 10  # `Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text`


def transcript(text: str) -> str:
    """The spoken words of a subtitle file's text (see the module)."""
    from curate.io.line_ends import lone_cr_as_lf

    lines = [line.strip() for line in lone_cr_as_lf(text).replace("\r\n", "\n").split("\n")]
    if any(line.lower() == ASS_EVENTS for line in lines):
        return _ass_transcript(lines)
    words: list[str] = []
    skipping = False  # inside a header, `NOTE`, `STYLE` or `REGION` block
    for index, line in enumerate(lines):
        line = line.lstrip("\ufeff")
        if not line:
            skipping = False
            continue
        if skipping or HEADER_BLOCKS.match(line):
            skipping = True
            continue
        if TIMING.match(line) or CUE_NUMBER.match(line):
            continue
        if index + 1 < len(lines) and TIMING.match(lines[index + 1]):
            continue  # a cue's identifier: `intro` above `00:00.000 --> 00:02.000`
        spoken = " ".join(POSITION.sub("", TAG.sub("", line)).split())
        if spoken and (not words or spoken != words[-1]):  # a rolling caption once
            words.append(spoken)
    return " ".join(words)


def _ass_transcript(lines: list[str]) -> str:
    """The words of a SubStation Alpha file's `Dialogue:` lines, in order."""
    fields, words = ASS_FIELDS, []
    for line in lines:
        key, _, value = line.partition(":")
        if key == "Format" and "text" in value.lower():
            fields = len(value.split(","))
        elif key == "Dialogue":
            parts = value.split(",", fields - 1)
            spoken = " ".join(ASS_BREAK.sub(" ", ASS_OVERRIDE.sub("", parts[-1])).split())
            if spoken and len(parts) == fields and (not words or spoken != words[-1]):
                words.append(spoken)
    return " ".join(words)


def is_ttml(path: Path) -> bool:
    """A `.ttml` or `.dfxp` file, or an `.xml` one whose root is TTML's `<tt>`."""
    name = path.name.lower()
    if name.endswith(TTML_SUFFIXES):
        return True
    if not name.endswith(".xml"):
        return False
    from curate.io.compressed import first_bytes

    head = first_bytes(path, 4096)
    return head is not None and TTML_ROOT.match(head) is not None


def read_ttml(path: Path, base_id: str) -> Any:
    """One document of a TTML file's cues, or why it cannot be read (see the module)."""
    from curate.document import Document
    from curate.io.readers import Quarantined
    from curate.io.xml_files import parse_xml

    root = parse_xml(path, "readable TTML")
    if isinstance(root, Quarantined):
        return root
    words: list[str] = []
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.rsplit("}", 1)[-1] == "p":
            spoken = " ".join(" ".join(element.itertext()).split())
            if spoken and (not words or spoken != words[-1]):
                words.append(spoken)
    if not words:
        return Quarantined(str(path), None, "empty", "a TTML file of no cue: nothing to read")
    return Document(id=base_id, text=" ".join(words), source=str(path))
