"""The boilerplate stage on session 55's kinds: a video's or a gallery's label
(`media_labels`), a story's tags under its last sentence (`tag_lines`) and a wire copy's
routing lines over its headline (`wire_slugs`), judged by shape and place; and the made-up
2007-2012 wire set (`tests/wire_shapes_s55.py`) through the stage and `bylines`: each noise
kind goes, the content of the same shapes stays."""

from __future__ import annotations

import pytest

from curate.document import Document
from curate.evaluate.lines import _through, line_stays
from curate.recipe import build_stage, load
from curate.resources import rules
from curate.stages.boilerplate import BoilerplateRemover, media_labels, tag_lines, wire_slug
from tests.conftest import assert_contract, assert_linear
from tests.wire_shapes_s55 import BODY, CONTENT, HEADLINE, NOISE, article

TABLE = rules("boilerplate.yaml")
WORDS = media_labels.Words.of(TABLE["media_labels"])
LABELS = tag_lines.labels(TABLE["tag_lines"])
NEWS_SETTINGS = next(s for s in load("news")["stages"] if s["stage"] == "boilerplate")
NEWS = build_stage({**NEWS_SETTINGS, "tag_lines": True})
THROUGH = _through(NEWS, bylines=True)  # the news recipe's stages, `tag_lines` on
STAGE = BoilerplateRemover(tag_lines=True)  # `tag_lines` is off by default (README)
OFF = BoilerplateRemover(media_labels=False, tag_lines=False, wire_slugs=False)


@pytest.mark.parametrize(
    "line",
    [
        "Watch: Drone footage of the new fissure (1:42)",
        "VIDEO: Travellers stranded at the airport as pilots strike",
        "Video report: Bridge costs soar",
        "Photo gallery: The harbour through the years (24 photos)",
        "Bildergalerie: Das Derby in Bildern (18 Fotos)",
        "Galerie photos (8)",
        "Photos (3)",
        "VIDÉO. Les vagues frappent la digue",
        "WIDEO: Tak będzie wyglądać nowa linia",
        "Bekijk ook: de ontknoping van het NK in beeld",
        "In pictures: A century of the harbour",
        "Watch the council meeting in full",
        "Bekijk alle foto's van de wedstrijd (24)",
    ],
)
def test_media_labels_by_shape(line: str) -> None:
    assert media_labels.is_label(line, WORDS)


@pytest.mark.parametrize(
    "line",
    [
        "Councillors watched a video of the bridge's design before the vote.",
        "Video game sales rose by a third in the year to March",
        "Photos taken by residents show water pouring through the deck",
        "Watched by 3,000 fans, the final went to extra time and then to penalties.",
        "The gallery reopens in May (after two years)",
        "Results (2)",
        "Scores: Athletic Marist 31, Kurow 17",
        '"Watch this space," she said.',
    ],
)
def test_media_label_look_alikes_stay(line: str) -> None:
    assert not media_labels.is_label(line, WORDS)


@pytest.mark.parametrize(
    "line",
    [
        "Keywords: Athletics, Marathon, Spain, Kenya, Ethiopia, Sports",
        "Topics: Sahyadri Cables, Q3 results, Dividend, Cable stocks",
        "Celtic, Rangers, Scottish Premiership, Transfers",
        "Festival · Musique · Crozon · Sorties",
        "#Lagos #LASEMA #TankerExplosion",
        "voetbal, FC Netevallei",
        "Schlagworte: Hochwasser, Weser, Nienburg",
    ],
)
def test_tag_lines_by_shape(line: str) -> None:
    assert tag_lines.is_tags(line, LABELS)


@pytest.mark.parametrize(
    "line",
    [
        "Hawthorn: Kellerman-Oates, Dribble, Mabry, Fenwick-Sale",  # a line-up's row
        "Athletic Marist 31, Kurow 17",  # a score
        "Riga – Visby",
        "The council, the mayor and the contractor met on Friday.",
        "Referee: P Lernihan (Feakle)",
        "2025: 126, 2026: 141",
        "Teams: Brentford; Ayling, Kessler",
    ],
)
def test_tag_look_alikes_stay(line: str) -> None:
    assert not tag_lines.is_tags(line, LABELS)


def _doc(*extra_end: str, middle: str | None = None) -> str:
    body = list(BODY)
    if middle is not None:
        body.insert(2, middle)
    return "\n\n".join([HEADLINE, *body, *extra_end])


def test_defaults_turn_tag_lines_off() -> None:
    default = BoilerplateRemover()
    assert default.media_labels and default.wire_slugs and not default.tag_lines


def test_the_stage_removes_labels_and_tags_and_the_setting_turns_it_off() -> None:
    text = _doc("Bridge · Council · Harbour", middle="Watch: The harbour from the air (1:12)")
    doc = assert_contract(STAGE, text)
    assert "Watch:" not in doc.text and "Bridge ·" not in doc.text
    assert "media_label" in {edit.rule for edit in doc.edits}  # the tags: the model's here
    assert all(paragraph in doc.text for paragraph in BODY)
    off = assert_contract(OFF, text)
    assert not {"media_label", "tag_line"} & {edit.rule for edit in off.edits}


def _spans(texts: list[str]) -> list[tuple[int, int, str]]:
    spans, at = [], 0
    for text in texts:
        spans.append((at, at + len(text), text))
        at += len(text) + 2
    return spans


def test_tag_lines_stand_under_the_last_body_paragraph() -> None:
    tags = "Celtic, Rangers, Scottish Premiership, Transfers"
    under = _spans([HEADLINE, *BODY, tags, "Most read"])
    assert [r[1] for r in tag_lines.removals(under, set(), LABELS)] == [under[-2][0]]
    between = _spans([HEADLINE, BODY[0], tags, *BODY[1:]])
    assert tag_lines.removals(between, set(), LABELS) == []


def test_media_labels_spare_the_first_line_only_without_a_title() -> None:
    label = "Watch: The harbour from the air (1:12)"
    lines = _spans([label, *BODY])
    assert media_labels.removals(lines, set(), WORDS, titled=False) == []
    assert media_labels.removals(lines, set(), WORDS, titled=True) == [
        ("media_label", 0, len(label))
    ]


def test_tags_above_the_story_end_stay() -> None:
    """A list between the story's paragraphs is no tag line: only under the last body
    paragraph."""
    text = _doc(middle="Celtic, Rangers, Hearts, Hibernian")
    assert "Celtic, Rangers" in assert_contract(STAGE, text).text


@pytest.mark.parametrize(
    "slugs",
    [
        ["BC-EU--Britain-Bridge,2nd Ld-Writethru"],
        ["TANZANIA-GOLD/ (UPDATE 1)", "Eds: Updates with vote delayed, quotes from Abara."],
        ["CNA-Fiji-Election/Results", "Eds: Adds background in paragraph 6."],
    ],
)
def test_the_headline_under_wire_slugs_is_the_title(slugs: list[str]) -> None:
    text = "\n\n".join([*slugs, HEADLINE, *BODY])
    assert assert_contract(STAGE, text).title == HEADLINE
    assert assert_contract(OFF, text).title != HEADLINE
    kept, doc = THROUGH([*slugs, HEADLINE, *BODY])
    assert doc.title == HEADLINE
    assert not any(line_stays(slug, kept) for slug in slugs)


def test_wire_slug_counts_leading_lines_only() -> None:
    assert wire_slug.leading(["BC-US--Bridge,1st Ld-Writethru", "Eds: Adds quote.", "H", "B"]) == 2
    assert wire_slug.leading(["Council delays vote", "BC-US--Bridge,1st Ld-Writethru"]) == 0
    assert wire_slug.leading(["BC-US--Bridge,1st Ld-Writethru"]) == 0  # all the text there is


KINDS_GONE = ("byline", "dateline", "timestamp", "credit", "caption", "slug", "video")
KINDS_GONE += ("gallery", "tags")


@pytest.mark.parametrize(
    ("kind", "line"),
    [(kind, line) for kind in KINDS_GONE for line in NOISE[kind][1]],
)
def test_wire_set_noise_goes(kind: str, line: str) -> None:
    kept, _ = THROUGH(article(line, NOISE[kind][0]))
    assert not line_stays(line, kept)


@pytest.mark.parametrize(
    ("where", "line"),
    [(where, line) for where, lines in CONTENT.values() for line in lines],
)
def test_wire_set_content_stays(where: str, line: str) -> None:
    lines = article(line, where)
    kept, _ = THROUGH(lines)
    assert all(line_stays(each, kept) for each in lines)


def test_wire_set_is_large_enough() -> None:
    assert all(len(lines) >= 20 for _, lines in NOISE.values())
    assert sum(len(lines) for _, lines in CONTENT.values()) >= 20


def test_hostile_lines_cost_linear_time() -> None:
    assert_linear(lambda text: media_labels.is_label(text, WORDS), lambda n: "Video " * n, 20_000)
    assert_linear(lambda text: tag_lines.is_tags(text, LABELS), lambda n: "a, " * n, 30_000)
    assert_linear(lambda text: wire_slug.leading([text, "x", "y"]), lambda n: "AB-" * n, 30_000)


def test_a_hostile_document_of_labels_runs() -> None:
    """100 KB of label- and tag-shaped lines: the stage finishes and keeps its contract."""
    lines = [HEADLINE, *BODY] + ["Photos (12)", "a, b, c", "Watch: x (1:12)", "AB-CD/"] * 1500
    doc = STAGE.process(Document(id="hostile", text="\n\n".join(lines)))
    assert doc.text
