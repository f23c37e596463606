"""Page furniture left in article text: captions, teasers, prompts, credits, the headline.

Works on whole lines (the text is already normalised by `unicode` and `markup`). Most lines are
judged on their own: a caption by a weighted score of what it shows, a teaser by its label and
the shape of what follows it, furniture (newsletter and social prompts, comment counters,
reading times, datelines, tag lists, copyright, credits, affiliate notices, adverts, the
headings of furniture boxes ("Kontakt:", "Weitere Informationen:"), the text of widgets, bare
links, the page's own address) by patterns and length, and a search-keyword line by its shape
(short comma-separated items that mostly share a word). Some rules look at the document:
section tags (short lines repeated in it), link lists (headline-shaped lines right under a
teaser label that has no headline of its own; runs of lines the HTML reader labelled as
link text), the headline (the first line left) and its duplicates (the same words, or a
headline whose words all stand in a longer title), and a page that starts over (its opening
lines stand again further down: the page rendered the article twice; the copy and what follows
go). Those decisions are taken on the lines left by the others and repeated until nothing
changes, so a second run over the output
finds nothing to remove (idempotence).

Every removal is a ledger edit named after its rule; the headline moves to `title` through the
ledger too. Patterns, weights and thresholds live in `data/boilerplate.yaml`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Generator
from dataclasses import dataclass
from functools import cache, cached_property, partial
from itertools import repeat
from operator import attrgetter, itemgetter
from typing import Any, NamedTuple

import numpy as np

from curate import resources
from curate.document import CAPTIONED_LINES, HEADED_LINES, LINKED_LINES, TITLE, Document, line_key
from curate.stages.base import MapStage, register
from curate.stages.boilerplate import (
    caption_place,
    caption_scene,
    caption_shape,
    content_rescue,
    credit_below,
    document_rows,
    features,
    headed_blocks,
    headline_runs,
    keep_content,
    media_labels,
    needs_file,
    other_stories,
    paragraph_rows,
    pullquote,
    section_labels,
    site_name,
    site_voice,
    stacked,
    story_blocks,
    story_span,
    tag_lines,
    wire_slug,
    wrapped_lines,
)
from curate.stages.boilerplate import model as line_model
from curate.stages.boilerplate.contents_list import contents_lines
from curate.stages.boilerplate.document_rows import DocumentRows
from curate.stages.boilerplate.line_words import WordModel
from curate.stages.boilerplate.literal_scan import LiteralScan

FURNITURE = (
    "newsletter",
    "social",
    "comments",
    "reading_time",
    "dateline",
    "filed_under",
    "copyright",
    "credit",
    "affiliate",
    "promo",
    "box_heading",
    "widget",
    "url",
)
RULES = (
    "caption",
    "caption_credit",
    "link_teaser",
    "link_list",
    *FURNITURE,
    "keyword_list",
    "contents_list",
    "section_tag",
    "duplicate_headline",
    "title_site_name",
    "page_repeat",
    "line_model",
)
MAX_ROUNDS = 10  # document-level rules converge in two or three rounds in practice
# the model's rounds stop when a round removes nothing (a second run would find nothing): two
# to six on real pages, up to 20 on the longest menus of the evaluation's whole pages (10 left
# 3 of 1,154 of them to a second run); the bound keeps a hostile document's cost linear
MODEL_ROUNDS = 30
# the noise paragraphs of one document at most (a caption, a bio, a disclaimer): where more
# score as noise, the document is a collection of unrelated paragraphs and they stay (a food
# site's contest of ten entrants' texts, half A's read pages: all ten went, all content)
PARAGRAPHS_MOST = 2
VERDICTS_MAX = 20_000  # lines whose verdict is kept for the next documents (then cleared)
WORD = re.compile(r"\w+")
LETTER = re.compile(r"[^\W\d_]")
LABEL_WORDS = re.compile(r"(?:\w{1,6}\s{1,2}){0,1}\w{1,6}\s{0,2}(?=\S)")  # "su", "on", "sur"
KEYWORD = re.compile(r"[^\W\d_]{4,}")  # four letters or more: no "die", "cup" or "2018"
PROSE_ENDS = ".!?\"”’'"  # how a sentence ends (the last character of a line)
COLON_WORDS = 8  # a line of this many words ending with a colon introduces what follows
LIST_ITEM = re.compile(r"[-–•*·]\s")  # "- GPS": trafilatura writes list items like this
# text after a credit's mark that is no credit: a stop, then three more words (a sentence)
SENTENCE_AFTER = re.compile(r"[.!?]\s{1,3}\S+\s{1,3}\S+\s{1,3}\S")
# a breadcrumb's or a section label's steps: "News | Local", "Actualités > Région"
LABEL_STEPS = re.compile(r"\s[|>›»/•·]\s")
# a web address alone on a line: above the headline, the page's own (a scraper's first line)
ADDRESS = re.compile(r"(?i)(?:https?://|www\.)\S+")
CREDIT_EDGES = " :|/-–—()[]"  # around a credit's words: "(Foto: dpa)", "| © MDV Sports"
LIST_MARKS = " -–•*·|"  # what may stand before a line's first word ("- ", "| ")
CREDIT_PUNCTUATION = ".,;:!?()[]\"'“”’"
_first = itemgetter(0)  # a line's start
_TEXT = itemgetter(2)  # a line's text
_KEY = attrgetter("key")  # `features.Facts.key`
_WORDS = attrgetter("words")  # `features.Facts.words`


def letter_words(line: str) -> int:
    r"""The words of `line` that hold a letter (no "→", no "2.0"): its whitespace-split tokens
    with one, as `\S*[^\W\d_]\S*` found them, but linear: that pattern backtracked over
    every start of a long token with no letter (1 MB of "<" never finished)."""
    return sum(1 for token in line.split() if LETTER.search(token))


@register
@dataclass(frozen=True)
class BoilerplateRemover(MapStage):
    """Remove boilerplate lines; with no title, move a headline-like first line into `title`."""

    name = "boilerplate"
    rules_file: str | None = None
    extract_title: bool = True  # the `headline` rule
    rules: tuple[str, ...] = RULES
    # the `line_model` rule: a line whose noise score reaches `threshold` goes
    # (the model: data/line_model.json, or `model_file`)
    threshold: float = 0.65
    model_file: str | None = None
    # a `section_tag` line stays when the model scores it under this: a heading the page
    # repeats (its title above the text, a recipe's step) is no tag (0: the rule alone decides)
    tag_veto: float = 0.2
    # in a document of sentences (at least `prose_share` of the lines left have 3+ words and
    # end like one), a line that is no sentence goes at `prose_threshold` when it is the lower
    # (None: `threshold` for every line)
    prose_threshold: float | None = 0.3
    prose_share: float = 0.7
    # the same document measured by its words instead (None: by its lines, `prose_share`): at
    # least this share of the words left stand in sentence lines. Counting lines, a run of
    # other stories' headlines and labels under an article pulls it under `prose_share`
    # although nearly all its words are prose, so the lower bar is lost where the short noise
    # lines are most
    prose_words: float | None = None
    # `caption_shape`: in plain text (no markup to say which lines are an image's), a line the
    # rules and the model kept goes when `caption_shape.score` (learned from real captions)
    # reaches this (None: off)
    caption_shape: float | None = None
    # `caption_place`: in plain text, a line with a picture's credit right below it or closing
    # it, and its place or its form besides, goes with that credit line (rule `caption_place`;
    # asked with the rules that look at the lines around a line; on since session 54, as the
    # `news` recipe had it)
    caption_place: bool = True
    # the line model's second pass (`stacked`: the first pass's scores of a line's neighbours
    # and of its run of judged lines), where the model file has one (False: the first pass)
    stacked: bool = False
    # a line in a run of `RUN_LINES`+ judged lines below the last body paragraph whose mean
    # score reaches `run_level` goes at `run_bar` when it is the lower (None: off)
    run_bar: float | None = None
    run_level: float = 0.5
    # a short unfinished line right above this many judged lines the model keeps is their
    # heading and stays with them (None: off)
    heading_run: int | None = None
    # a table under its heading below the first body paragraph ("Helplines" over "Fire
    # service: 101") stays whole when the word model finds no furniture's words in it
    # (`keep_content`; plain text: the `plain` model's words)
    keep_blocks: bool = False
    # the headline stands under up to this many labels above it (a breadcrumb and a section
    # label, a two-word label of mixed case, a wire slug), not only under one section label
    # (`keep_content.headline_under_labels`; None: off)
    headline_labels: int | None = None
    # a short unfinished line inside the story right above a paragraph or sentence that stays
    # is its subheading, unless its words are furniture's (`keep_content.subheads_kept`)
    keep_subheads: bool = False
    # a body paragraph (20+ words and a stop, which the line model never judges) goes when the
    # model file's paragraph model (`paragraph_rows`: its place among the paragraphs, its words
    # in the story's) scores it this or more, once the line model removes no more (None: off;
    # measured in session 49 and not shipped, README; `make train` writes no paragraph model
    # unless `train.PARAGRAPHS`)
    paragraph_bar: float | None = None
    # a notice written as sentences (a cookie banner, a disclaimer, a bio, a pitch) above the
    # story's first body paragraph or below its last goes when `site_voice` (its words, learned
    # from the shared pages' notices and the line blind batches' half 1) scores it this or
    # more, once the line model removes no more (None: off; session 54 measured 0.5, README)
    notice_bar: float | None = None
    # `pullquotes`: once the model removes no more, a line of 7 to 19 words that stands word
    # for word inside one of the story's body paragraphs goes (rule `pullquote`; False: off)
    pullquotes: bool = False
    # `other_stories`: once the model removes no more, a headline-shaped line left in a block
    # of no sentences below the story's last paragraph, with no colon or heading over it, goes
    # (other stories' headlines; False: off; on since session 54, as the `news` recipe had it)
    other_stories: bool = True
    # `story_blocks`: in plain text, a block of the story the model removed stays: a heading
    # and the short lines under it between two lines of the story ("How it compares" over a
    # paragraph), or right under the story over 2+ lines that stay ("Helplines" over "Fire
    # service: 101") (`story_blocks.kept`; False: off)
    story_blocks: bool = False
    # `content_rescue`: in plain text, of the lines the model removes above the story's first
    # body paragraph, the headline or standfirst that names most of what the body names stays
    # (the headline under a section label or a slug that became the title; not a line over a
    # menu or above the headline's copy; False: off; on since session 58, README)
    content_rescue: bool = True
    # `subhead_rescue`: in plain text, a heading the model removes below the first body
    # paragraph stays between a line of the story above and the story's line or table's line
    # below (`content_rescue.subheads_kept`; False: off)
    subhead_rescue: bool = False
    # `story_span`: once the model and the notices remove no more, the lines left past the
    # story's last line (or above its first) that are no part of it go (`story_span.outside`;
    # False: off)
    story_span: bool = False
    # `wire_slugs`: a wire copy's routing lines over the headline ("BC-EU--Fish-Quotas,2nd
    # Ld-Writethru", "TANZANIA-GOLD/ (UPDATE 1)", "Eds: Updates ...") are no headline: the
    # headline is read below them, and they stay for the model and `bylines` (False: off; on
    # since session 55: line blind 1-16 half 1 +5 content / +21 noise lines, half 2 unchanged)
    wire_slugs: bool = True
    # `media_labels`: in plain text, a line that labels a video or a gallery ("Watch: ...",
    # "Photo gallery: ... (14 images)", "Photos (12)") goes once the model removes no more (rule
    # `media_label`; `media_labels.py`; False: off; on since session 55: line blind 1-16 noise
    # +26 / +30 lines on the halves, no content lost there nor on the real pages)
    media_labels: bool = True
    # `media_places`: with `media_labels`, a player's button above the story's first paragraph
    # or below its last goes too: a short line not closed like a sentence, opened by the verb to
    # listen or to watch, or closed by a running time with a medium named ("Listen to this
    # article · 4 min", "Artikel anhören", "Podcast 24:10") (`media_labels.is_button`; False: off;
    # on since session 58: line blind 1-16 noise +5 / +2 lines, no content lost there nor on
    # `lines`, `checked`, `news`, README)
    media_places: bool = True
    # `tag_lines`: in plain text, under the story's last sentence, a list of tags ("Keywords:
    # Athletics, Marathon, Spain", "Floods · Cebu · Carcar City", "#Lagos #LASEMA") goes
    # (rule `tag_line`; `tag_lines.py`; False: off; measured in session 55: line blind noise
    # +15 / +10 lines, but `lines` half B lost 3 content blocks to it, README)
    tag_lines: bool = False
    # `caption_scene`: in plain text, once the model removes no more, a line of 3-40 words that
    # `caption_scene.score` (a caption's grammar and place, learned from the read pages'
    # captions against their content lines) scores this or more goes, a photo caption with no
    # credit beside it (rule `caption_scene`; None: off)
    caption_scene: float | None = None
    # `caption_scene_credit`: in plain text, once the model removes no more, a line with a
    # picture's credit right below it or closing it goes (with that credit line) when
    # `caption_scene.score` reaches this: the credit and the learned scene as its two kinds of
    # evidence, where `caption_place` asks for a day or a time (rule `caption_scene_credit`;
    # None: off; session 58, the score learning the line blind batches' half 1 too, measured
    # 0.5: line blind noise +10 / +11 lines, no content lost, README)
    caption_scene_credit: float | None = None
    # `section_labels`: the headline stands under up to two labels (a section label as
    # `_label_shaped` reads one, or a kicker of 1-4 words: "Crime & Justice", "Transfer news"),
    # and those of them whose words stand neither in the headline nor in the story's
    # paragraphs go (rule `section_label`; `section_labels.py`; on since session 57, with the
    # line model retrained on the rows it moves: measured in README `## The line model`)
    section_labels: bool = True
    # `headline_runs`: below the story, a run of other stories' headlines of which the model
    # removed as many lines as it kept, or a label over them, goes whole unless it shares the
    # story's words; and a removal of `other_stories` or the labels is kept when what the model
    # then removes stands at the story's edges (a dateline above it, a notice below) (rule
    # `headline_run`; `headline_runs.py`; False: off; measured in session 56: line blind 1-16
    # noise +13 / +18 lines, content 0 / -1, README)
    headline_runs: bool = False

    def __post_init__(self) -> None:
        unknown = sorted(set(self.rules) - set(RULES))
        if unknown:
            raise ValueError(f"boilerplate.rules: unknown rule(s) {unknown}; known: {list(RULES)}")
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError(f"boilerplate.threshold: {self.threshold} is not in (0, 1]")
        if not 0.0 <= self.tag_veto <= self.threshold:
            raise ValueError(
                f"boilerplate.tag_veto: {self.tag_veto} is not in [0, threshold {self.threshold}]"
            )
        if self.heading_run is not None and not (
            isinstance(self.heading_run, int) and 1 <= self.heading_run <= 10
        ):
            raise ValueError(
                f"boilerplate.heading_run: {self.heading_run} is not a whole number in [1, 10] "
                "(null: off)"
            )
        if self.headline_labels is not None and not (
            isinstance(self.headline_labels, int) and 1 <= self.headline_labels <= 5
        ):
            raise ValueError(
                f"boilerplate.headline_labels: {self.headline_labels} is not a whole number in "
                "[1, 5] (null: off)"
            )
        if self.run_bar is not None and not 0.0 < self.run_bar <= 1.0:
            raise ValueError(f"boilerplate.run_bar: {self.run_bar} is not in (0, 1] (null: off)")
        if self.paragraph_bar is not None and not 0.5 <= self.paragraph_bar <= 1.0:
            raise ValueError(
                f"boilerplate.paragraph_bar: {self.paragraph_bar} is not in [0.5, 1] (null: off)"
            )
        if self.notice_bar is not None and not 0.5 <= self.notice_bar <= 1.0:
            raise ValueError(
                f"boilerplate.notice_bar: {self.notice_bar} is not in [0.5, 1] (null: off)"
            )
        if not 0.0 <= self.run_level <= 1.0:
            raise ValueError(f"boilerplate.run_level: {self.run_level} is not in [0, 1]")
        if self.prose_threshold is not None and not self.tag_veto <= self.prose_threshold <= 1:
            raise ValueError(
                f"boilerplate.prose_threshold: {self.prose_threshold} is not in "
                f"[tag_veto {self.tag_veto}, 1] (null: `threshold` for every document)"
            )
        if not 0.0 <= self.prose_share <= 1.0:
            raise ValueError(f"boilerplate.prose_share: {self.prose_share} is not in [0, 1]")
        if self.prose_words is not None and not 0.0 <= self.prose_words <= 1.0:
            raise ValueError(
                f"boilerplate.prose_words: {self.prose_words} is not in [0, 1] (null: by lines)"
            )
        if self.caption_shape is not None and not 0.5 <= self.caption_shape <= 1.0:
            raise ValueError(
                f"boilerplate.caption_shape: {self.caption_shape} is not in [0.5, 1] (null: off)"
            )
        if self.caption_scene is not None and not 0.5 <= self.caption_scene <= 1.0:
            raise ValueError(
                f"boilerplate.caption_scene: {self.caption_scene} is not in [0.5, 1] (null: off)"
            )
        if self.caption_scene_credit is not None and not 0.5 <= self.caption_scene_credit <= 1:
            raise ValueError(
                f"boilerplate.caption_scene_credit: {self.caption_scene_credit} is not in "
                "[0.5, 1] (null: off)"
            )
        if "line_model" in self.rules:
            try:
                line_model.load(self.model_file)
            except (OSError, ValueError, KeyError) as err:
                raise ValueError(
                    f"boilerplate.model_file: cannot load {self.model_file}: {err}"
                ) from None

    @cached_property
    def _table(self) -> dict[str, Any]:
        table = resources.rules("boilerplate.yaml", self.rules_file)
        # a user's rules file written before a section existed gets the shipped one
        table = {**resources.rules("boilerplate.yaml"), **table}
        markers = [
            (group["weight"], re.compile(pattern))
            for group in table["caption"]["markers"]
            for pattern in group["patterns"]
        ]
        labels = sorted(table["link_teaser"]["labels"], key=len, reverse=True)
        teaser = "|".join(_label_pattern(label) for label in labels)
        leads = sorted(table["link_teaser"].get("lead_labels", []), key=len, reverse=True)
        lead = "|".join(_label_pattern(label) for label in leads) or r"(?!x)x"
        teaser_source = rf"[^\w\n]{{0,3}}\s{{0,3}}(?:{teaser})(?![\w-])"
        lead_source = rf"[^\w\n]{{0,3}}\s{{0,3}}(?:{lead})\s"
        # literals one of which every label holds: a line with none of them is no teaser
        teaser_needs, lead_needs = _pattern_needs(teaser_source), _pattern_needs(lead_source)
        markers_union = union(
            [p for group in table["caption"]["markers"] for p in group["patterns"]]
        )
        furniture = [
            (name, spec["max_words"], union(spec["patterns"]))
            for name, spec in table.get("furniture", {}).items()
            if name in self.rules or name not in RULES  # kinds a user added always run
        ]
        starts = _starts_by_words(furniture)
        # the caption markers anchored at the line start, tried by their literals as the
        # furniture kinds' are (`caption_start.match` was 0.35 us of every line's 2.7)
        caption_starts = _start_index(markers_union.anchored_parts)
        literals = (
            {key for _, _, u in furniture if u._filtered for key in u._filtered[0]}
            | starts.keys
            | caption_starts.keys
            | (set(markers_union._filtered[0]) if markers_union._filtered else set())
            | (teaser_needs or set())
            | (lead_needs or set())
        )
        return {
            **table,
            "markers": markers,
            "credit_mark": re.compile(
                "|".join(
                    _scoped("i", p[4:]) if p.startswith("(?i)") else _scoped("", p)
                    for p in table.get("caption_credit", {}).get("marks", [])
                )
                or r"(?!x)x"
            ),
            # most lines match no marker: one search of the union spares the rest
            "any_marker": markers_union,
            "caption_starts": caption_starts,
            "furniture": furniture,
            "furniture_words": max((words for _, words, _ in furniture), default=-1),
            # which kinds a line starting like no kind may match, by the literals found in it
            "furniture_floating": _floating_kinds(furniture),
            "furniture_keys": tuple(
                sorted({key for _, _, u in furniture if u._filtered for key in u._filtered[0]})
            ),
            # every literal the furniture kinds and the caption markers look for, found in a line
            # by one pass of an Aho-Corasick automaton (overlapping ones too)
            "literals": _automaton(literals),
            # the same literals, found in all the new lines of a document by one Hyperscan
            # pass (None without the package: the automaton, a line at a time)
            "literal_scan": LiteralScan.build(literals),
            # a line starts like no furniture kind: each kind then tries only its floating part
            # which anchored patterns a line may match at its start, by the literals in it
            "furniture_starts": starts,
            "furniture_start": re.compile(
                "|".join(f"(?:{u.anchored.pattern})" for _, _, u in furniture if u.anchored)
            )
            if any(u.anchored for _, _, u in furniture)
            else None,
            "lead": re.compile(lead_source, re.IGNORECASE),
            "lead_needs": lead_needs,
            "teaser_needs": teaser_needs,
            "not_headline": [re.compile(p) for p in table["headline"].get("not_headline", [])],
            # "Read more", "» Lire aussi", "[Related]": a label at the start, ending at a word end
            # ("Related-party deals" is not the label "Related")
            "teaser": re.compile(teaser_source, re.IGNORECASE),
            # the labels of a button, not of a list: the line under one is the article's
            "buttons": frozenset(
                _button_key(label) for label in table["link_teaser"].get("buttons", [])
            ),
        }

    @cached_property
    def _caption_shapes(self) -> caption_place.Shapes:
        agencies = resources.data_file("metadata.yaml")["agencies"]
        return caption_place.Shapes.of(
            self._table["caption_place"], [name for names in agencies.values() for name in names]
        )

    @cached_property
    def _media_words(self) -> media_labels.Words:
        return media_labels.Words.of(self._table["media_labels"])

    @cached_property
    def _tag_labels(self) -> frozenset[str]:
        return tag_lines.labels(self._table["tag_lines"])

    @cached_property
    def _tags_stand_twice(self) -> bool:
        """A `section_tag` stands twice at least: a document of lines that each stand once
        has none."""
        return self._table["section_tag"]["min_count"] >= 2

    @cached_property
    def _checks(self) -> tuple[bool, bool, bool]:
        return ("caption" in self.rules, "link_teaser" in self.rules, "section_tag" in self.rules)

    def process(self, doc: Document) -> Document:
        return self._clean(doc)

    def process_batch(
        self, docs: list[Document], failed: dict[int, Exception] | None = None
    ) -> list[Document]:
        """`process` of each document, the line model's scoring of all of them shared: each
        document runs to its next question to the model (the lines of a round, the tags to
        veto), the questions of the batch are scored by one `TreeModel` call a model, each
        document gets its scores and runs on. The scores are those each question alone gets
        (a row's score depends on that row alone), so the documents are those of `process`.
        The batch's new lines are judged together first (`_judge_batch`)."""
        lines, onces = self._judge_batch(docs)
        runs = [
            self._steps(doc, lines=each, once=once)
            for doc, each, once in zip(docs, lines, onces or repeat(None), strict=False)
        ]
        return _drive(runs, docs, failed)

    def _judge_batch(
        self, docs: list[Document]
    ) -> tuple[list[list[tuple[int, int, str]]], list[bool] | None]:
        """Each document's lines (`_lines`), the batch's lines not judged yet judged by one
        `_judge`: one literal scan and one measuring of the lines for the batch (a document's
        ten new lines at a time, the fixed cost of each call was 35 ms of the 280 the rules'
        verdicts took on the bench's 2,000 documents); and when they all were, `_each_once`
        of each document, from the batch's keys read at once (None: each document's run
        judges its lines and reads its keys; when they all were judged here, no document's run
        asks `_judge` again: 2,000 calls finding nothing new on the bench)."""
        lines = [_lines(doc.text) for doc in docs]
        texts = [text for each in lines for _, _, text in each]
        verdicts = _verdicts(self.rules_file, self.rules)
        if len(texts) >= VERDICTS_MAX:  # judged document by document, as `process` does
            return lines, None
        if len(verdicts) + len(texts) >= VERDICTS_MAX:  # no document's run clears them now
            verdicts.clear()
        try:
            # the titles measured with the lines, by one batch (`_duplicates` reads each one's
            # words: measured one at a time, 2,000 calls of `_measured` on the bench; in a
            # batch of their own, its fixed cost again), the lines' keys read from it
            measured = features.facts_of(texts + [doc.title for doc in docs if doc.title])
            self._judge(texts, verdicts)
            keys = list(map(_KEY, measured[: len(texts)]))
        except Exception:  # noqa: BLE001 - each run judges what is left and raises it as its own
            return lines, None
        onces = []
        at = 0
        for each in lines:  # `_each_once`: no two keys alike
            onces.append(len(set(keys[at : at + len(each)])) == len(each))
            at += len(each)
        return lines, onces

    def _clean(self, doc: Document, explain: dict[str, dict[str, Any]] | None = None) -> Document:
        return _drive([self._steps(doc, explain)], [doc])[0]

    def _steps(
        self,
        doc: Document,
        explain: dict[str, dict[str, Any]] | None = None,
        lines: list[tuple[int, int, str]] | None = None,
        once: bool | None = None,
    ) -> Generator[line_model.Ask, list[float], Document]:
        """`process` of `doc`, yielding each question to the line model (`_scored`) and
        resuming with its scores (`_drive` answers them, one document's or a batch's).
        `lines`: `_lines(doc.text)`, when cut already; `once`: `_each_once(lines)`, found with
        the batch's by `_judge_batch`, which put their verdicts in the stage's verdicts then
        (a line missing there is judged when met, by `_line_removals`)."""
        if lines is None:
            lines = _lines(doc.text)
        removals: dict[int, tuple[str, int, int]] = {}
        headline = None
        named = None  # the title without the site's name (`title_site_name`)
        title = doc.title
        # A line's caption, teaser and furniture verdicts depend on that line alone: each
        # distinct line is judged once, whatever the number of rounds, and a line met again in
        # another document (a site's furniture, a wire story's copies) is not judged again.
        verdicts = _verdicts(self.rules_file, self.rules)
        if len(verdicts) >= VERDICTS_MAX:
            verdicts.clear()
        # runs of lines the HTML reader labelled as link text: removed as `link_list_dense`, a
        # kind of link list (switched off with `link_list`); the label is used up here
        html = LINKED_LINES in doc.labels  # the HTML reader's link labels: the `html` model
        linked = set(doc.labels.pop(LINKED_LINES, None) or ())
        # the lines the reader found the markup gives to an image: a column of the html model
        captioned = frozenset(doc.labels.pop(CAPTIONED_LINES, None) or ())
        # the lines that are a heading's text on the page: kept over a body paragraph
        headed = frozenset(doc.labels.pop(HEADED_LINES, None) or ())
        if "link_list" not in self.rules:
            linked = set()
        if once is None:
            self._judge([text for _, _, text in lines], verdicts)
            # no line of the document stands twice (19 in 20 of the bench's documents): no
            # table of contents, no page starting over, no tag standing twice in any round
            once = _each_once(lines)
        # `_around`'s answers by the lines left and what it was given: the model's rounds ask
        # it again on the lines the rules' rounds left when the model removed none (9 in 10
        # of the bench's documents)
        seen: dict[tuple, tuple] = {}
        # `caption_place`: the document's credits (None: off, or no line is a credit)
        credits = (
            caption_place.Credits.of(lines, self._caption_shapes)
            if self.caption_place and not html and not captioned
            else None
        )
        settled = None  # the lines left and the title when the rules' rounds found nothing
        # Rules that look at other lines decide on the lines left; repeat until nothing changes
        # so that the output is a fixed point: a second run removes nothing.
        for _ in range(MAX_ROUNDS):
            kept = [line for line in lines if line[0] not in removals]
            # a headline-shaped first line standing again below (the page's <title>, then its
            # <h1>) is the headline twice, not a tag: both copies gone left no headline and
            # made a menu label the title (18 of 320 read pages)
            opening = self._headline(doc, kept) if headline is None and title is None else None
            found = self._line_removals(kept, verdicts, doc.source, opening, once)
            gone = {start for _, start, _ in found}
            left = [line for line in kept if line[0] not in gone]
            if linked:
                dense = self._dense_runs(left, linked)
                found += dense
                gone = {start for _, start, _ in dense}
                left = [line for line in left if line[0] not in gone]
            around, headline, title, named = self._around(
                doc, left, headline, title, named, seen=seen, once=once, credits=credits
            )
            found += around
            if not found:
                settled = (_starts(kept), title)
                break
            removals.update((start, removal) for removal in found for start in (removal[1],))
        if "line_model" in self.rules:
            # the lines beside a credit or caption the rules removed (`credit_below`)
            credited = _credited(lines, removals)
            page = _Page(named or title, linked, html, captioned, headed, credited)  # its title
            rows = _Rows(lines, page)
            removals.update((yield from self._model_removals(lines, removals, page, explain, rows)))
            # What the model removed can make a document-level rule fire that did not, which a
            # second run would then fire: the rules that look at the lines around a line are
            # asked again on the lines left, what they find goes, the model scores what is
            # left again, until nothing changes (idempotence). For example:
            # - a line the model removed may have stood between the title and its repeat (a
            #   page's <title>, a byline, its <h1>): the repeat is now right under the title;
            # - with a menu gone, the first line left may read as the headline;
            # - `section_tag` stands down where many short lines repeat (a table): with a
            #   repeated byline or prompt gone, few enough may be left for it to fire.
            vetoed: set[int] = set()  # tags the model kept: they stay, however often found
            for _ in range(MAX_ROUNDS):
                left = [line for line in lines if line[0] not in removals]
                found, headline, title, named = self._around(
                    doc, left, headline, title, named, seen=seen, once=once, credits=credits
                )
                if found:
                    removals.update((removal[1], removal) for removal in found)
                    if page.title != (named or title):  # the model's title columns change
                        page = page._replace(title=named or title)
                        rows = _Rows(lines, page)
                    removals.update(
                        (yield from self._model_removals(lines, removals, page, explain, rows))
                    )
                    continue
                if self.other_stories:
                    found = yield from self._other_stories(lines, removals, page, rows)
                    if found:  # the model removes nothing more then: asked again
                        removals.update((removal[1], removal) for removal in found)
                        continue
                if self.headline_runs and not html:  # plain text only
                    runs = headline_runs.removals(lines, removals, page.title)
                    found = yield from self._settled(runs, lines, removals, page, rows)
                    if found:  # as `other_stories`: kept when the model removes no more
                        removals.update((removal[1], removal) for removal in found)
                        continue
                if (self.media_labels or self.tag_lines) and not html:  # plain text only
                    found = yield from self._labels(lines, removals, page, rows)
                    if found:  # as `other_stories`: kept when the model removes no more
                        removals.update((removal[1], removal) for removal in found)
                        continue
                if credits is not None and self.caption_scene_credit is not None:
                    left = [line for line in lines if line[0] not in removals]
                    found = caption_scene.credited(left, credits, self.caption_scene_credit)
                    found = yield from self._settled(found, lines, removals, page, rows)
                    if found:  # as `other_stories`: kept when the model removes no more
                        removals.update((removal[1], removal) for removal in found)
                        continue
                if self.caption_scene is not None and not html and not captioned:
                    left = [line for line in lines if line[0] not in removals]
                    found = caption_scene.removals(left, self.caption_scene)
                    found = yield from self._settled(found, lines, removals, page, rows)
                    if found:  # as `other_stories`: kept when the model removes no more
                        removals.update((removal[1], removal) for removal in found)
                        continue
                if self.tag_veto > 0:
                    kept_tags = yield from self._vetoed_tags(lines, removals, page, rows)
                    for start in kept_tags:
                        del removals[start]
                    vetoed.update(kept_tags)
                tags = self._tags_left(doc, lines, removals, title, vetoed, settled, once)
                if not tags:
                    break
                removals.update(tags)
                removals.update(
                    (yield from self._model_removals(lines, removals, page, explain, rows))
                )
        if self.caption_shape is not None and not html and not captioned:
            left = [line for line in lines if line[0] not in removals]
            titled = bool(headline or title)
            removals.update(
                (found[1], found)
                for found in caption_shape.removals(left, self.caption_shape, titled)
            )
        if removals:  # none in half the bench's documents
            self.remove_blocks(doc, list(removals.values()))
        if headline:
            self.replace_spans(doc, "headline", [(0, 0, headline)], field=TITLE)
        if named and doc.title:
            self.replace_spans(doc, "title_site_name", [(0, len(doc.title), named)], field=TITLE)
        return doc

    def _around(
        self,
        doc: Document,
        left: list[tuple[int, int, str]],
        *state: str | None,
        seen: dict,
        once: bool = False,
        credits: caption_place.Credits | None = None,
    ) -> tuple[list[tuple[str, int, int]], str | None, str | None, str | None]:
        """`_around_anew`, each question asked once a document: `seen` holds the answers given
        already, by what was asked (the lines left by their starts, and `state`: the headline,
        the title and the title less the site's name; `credits` is the document's)."""
        asked = (_starts(left), *state)
        if asked not in seen:
            seen[asked] = self._around_anew(doc, left, *state, once=once, credits=credits)
        found, *after = seen[asked]
        return (list(found), *after)

    def _around_anew(
        self,
        doc: Document,
        left: list[tuple[int, int, str]],
        headline: str | None,
        title: str | None,
        named: str | None,
        once: bool = False,
        credits: caption_place.Credits | None = None,
    ) -> tuple[list[tuple[str, int, int]], str | None, str | None, str | None]:
        """The rules that look at the lines around a line, on the lines `left`: the headline
        (while there is no title), repeats of the title, a page that starts over, a caption by
        its credit (`credits`: `caption_place.Credits.of` the document; None: none). What
        they remove, and the headline, the title and the title less the site's name after them.
        `once`: no line of the document stands twice (`_each_once`): no page starts over."""
        found: list[tuple[str, int, int]] = []
        if headline is None and title is None:
            at = self._headline_at(doc, left)
            headline = left[at][2] if at is not None else None
            if at is not None and headline:
                # the section labels over it (not a wire copy's slugs: they stay)
                labelled = bool(at and self.section_labels and self._opening(left) == at)
                over = section_labels.labels_over([t for _, _, t in left], at) if labelled else []
                title = headline
                found.append(("headline", left[at][0], left[at][1]))
                left = left[:at] + left[at + 1 :]
                if at == 1 and "url" in self.rules and ADDRESS.fullmatch(left[0][2]):
                    # the page's address a scraper wrote above the headline: metadata
                    found.append(("url", left[0][0], left[0][1]))
                    left = left[1:]
                elif over:  # the labels over it whose words the story lacks (not a slug)
                    found += [(section_labels.RULE, *left[index][:2]) for index in over]
                    left = [line for index, line in enumerate(left) if index not in over]
        if title and "duplicate_headline" in self.rules:
            repeats = self._duplicates(named or title, left)
            found += [("duplicate_headline", s, e) for s, e, _ in repeats]
            # the title is the page's <title> or, in plain text, the first line made the
            # headline: either may be the headline and the site's name
            if repeats and named is None:
                named = self._title_alone(title, repeats)
        if "page_repeat" in self.rules and not once:
            found += [("page_repeat", s, e) for s, e, _ in self._repeat(left)]
        if credits is not None:
            gone = {start for _, start, _ in found}
            rest = [line for line in left if line[0] not in gone]
            found += caption_place.removals(rest, credits, self._caption_shapes, title is None)
        return found, headline, title, named

    def _tags_left(
        self,
        doc: Document,
        lines: list[tuple[int, int, str]],
        removals: dict[int, tuple],
        title: str | None,
        vetoed: set[int],
        settled: tuple[tuple[int, ...], str | None] | None = None,
        once: bool = False,
    ) -> dict[int, tuple[str, int, int]]:
        """The `section_tag` removals the rules' rounds would make on the lines left, less the
        tags the model kept: what a second run's rules would find that this run's did not.

        `settled`: the lines (their starts) and the title on which the rules' rounds found
        nothing to remove: on those, no line is a tag (it would have gone as one). `once`: no
        line of the document stands twice (`_each_once`)."""
        if not self._checks[2] or once and self._tags_stand_twice:
            return {}
        left = [line for line in lines if line[0] not in removals]
        if settled is not None and settled == (_starts(left), title):
            return {}
        tags = self._section_tags(left)
        # as in the rules' rounds: a headline-shaped first line standing again is no tag
        opening = self._headline(doc, left) if title is None else None
        if opening:
            tags.discard(opening.casefold())
        return {
            start: ("section_tag", start, end)
            for start, end, text in left
            if start not in vetoed and text.casefold() in tags
        }

    def _title_alone(self, title: str, repeats: list[tuple[int, int, str]]) -> str | None:
        """The title less the site's name, where a repeat of it shows the headline alone
        (`title_site_name`); the rules' rounds and the model's ask it alike."""
        if "title_site_name" not in self.rules:
            return None
        return site_name.headline_of(title, [text for _, _, text in repeats])

    def _line_removals(
        self,
        lines: list[tuple[int, int, str]],
        verdicts: dict[str, str | None] | None = None,
        source: str | None = None,
        headline: str | None = None,
        once: bool = False,
    ) -> list[tuple[str, int, int]]:
        """`once`: no line of the document stands twice (`_each_once`): no tag standing twice
        and no table of contents among `lines`, none looked for."""
        if verdicts is None:
            verdicts = {}
        # the page's own address printed in its text ("https://www.barrons.com/articles/home-
        # depot-stock-earnings-report-51574168486" above the article): page metadata
        own_url = source.rstrip("/") if source and "url" in self.rules else None
        tags = (
            self._section_tags(lines)
            if self._checks[2] and not (once and self._tags_stand_twice)
            else set()
        )
        if headline:
            tags.discard(headline.casefold())
        contents = self._contents(lines) if not once else {}
        if contents:  # a heading standing again below its table of contents is no tag
            tags.difference_update(text.casefold() for text in contents.values())
        if not tags and not contents:
            # no line judged alone goes (a line not judged yet reads as itself: truthy, as
            # every line is text) and none is the page's address: no url, tag or list item
            # either (a list opens under a teaser); most documents in every round but the
            # first, those with a source too (each line was judged one by one every round)
            texts = [line for _, _, line in lines]
            if not any(map(verdicts.get, texts, texts)) and (
                own_url is None or own_url not in map(str.rstrip, texts, repeat("/"))
            ):
                return []
        list_rule = "link_list" in self.rules
        removals = []
        in_list = 0  # teaser and list lines just above this one (0: no link list open)
        for start, end, line in lines:
            if line in verdicts:
                rule = verdicts[line]
            else:
                rule = verdicts[line] = self._verdict(line)
            if rule is None and own_url is not None and line.rstrip("/") == own_url:
                rule = "url"
            if rule is None and start in contents:
                rule = "contents_list"
            if rule is None and tags and line.casefold() in tags:
                rule = "section_tag"
            if rule is None and in_list > 0 and self._is_list_item(line, in_list):
                rule = "link_list"
            if rule:
                removals.append((rule, start, end))
            if list_rule and (
                rule == "link_list" or rule == "link_teaser" and (in_list or self._opens_list(line))
            ):
                in_list += 1
            elif rule != "dateline" or not in_list:  # a date under a linked headline: its item
                in_list = 0
        return removals

    def _model_removals(
        self,
        lines: list[tuple[int, int, str]],
        removals: dict[int, tuple],
        page: _Page,
        explain: dict[str, dict[str, Any]] | None = None,
        rows: _Rows | None = None,
    ) -> Generator[line_model.Ask, list[float], dict[int, tuple[str, int, int, float]]]:
        """The lines the model scores as noise, on the lines the rules left.

        Scored again on what is left until nothing more goes, so that the output is a fixed
        point (a second run finds nothing) whatever the features of place make of it.
        """
        model = self._model(page.html)
        scorer = model.second if self.stacked and model.second else model  # its rows' model
        found: dict[int, tuple[str, int, int, float]] = {}
        left = [line for line in lines if line[0] not in removals]
        # `site_voice`'s last removals and the lines left before them: undone when the trees
        # then take a line they kept while those notices stood (`site_voice.SPARE`)
        voiced: tuple[list, list[int]] | None = None
        rescued: set[int] = set()  # the starts of the subheadings `subhead_rescue` kept
        credited: content_rescue.Lazy | None = None  # `content_rescue.credited`, asked once
        for _ in range(MODEL_ROUNDS):
            if len(left) < 2:  # a line alone is all the text there is
                break
            # with no title the headline is kept in the text (extract_title off): the first
            # line, or the second under a section label
            headline_at = -1 if page.title else self._opening(left)
            scored = yield from self._scored(left, page, rows)
            # each line's bar measured only when a score reaches the lowest bar there is (no
            # line is noise under it: most rounds, 5 in 6 on the bench) or `explain` shows it
            asked = explain is not None or any(score >= self._lowest_bar for _, _, score in scored)
            # tables under their heading stay, and count as sentences for the page's bar
            table = self._tables(left, scored, model) if asked and self.keep_blocks else None
            # the subheadings kept in a round before are left out of the page's share of
            # sentences, as they were when the model removed them
            counted = table
            if rescued and asked:
                headings = frozenset(i for i, line in enumerate(left) if line[0] in rescued)
                counted = table | headings if table else headings
            bars = self._bars(left, scored, counted) if asked else None
            noise = [
                (i, row, score)
                for i, row, score in (scored if bars is not None else ())
                if i != headline_at and score >= bars[i]
            ]
            if self.heading_run and noise:
                noise = self._headings_spared(noise, scored, left)
            if table:
                noise = keep_content.blocks_kept(noise, table)
            if self.keep_subheads and noise and model.words is not None:
                texts = [text for _, _, text in left]
                noise = keep_content.subheads_kept(
                    noise, scored, texts, model.words.margin, _is_prose, _adjacent(lines, left)
                )
            if self.story_blocks and noise and model.words is not None:
                texts = [text for _, _, text in left]
                noise = story_blocks.kept(
                    noise, scored, texts, _adjacent(lines, left), model.words.margin, _is_prose
                )
            if self.content_rescue and noise and model.words is not None:
                texts = [text for _, _, text in left]
                if credited is None:  # the lines a picture's credit stands under or closes
                    credited = content_rescue.Lazy(
                        partial(content_rescue.credited, lines, self._caption_shapes)
                    )
                noise = content_rescue.kept(
                    noise,
                    scored,
                    texts,
                    model.words.margin,
                    _is_prose,
                    page.title,
                    content_rescue.Lazy(partial(_credited_left, left, credited)),
                    [text for _, _, text in lines],
                    _places(lines, left),
                    frozenset(
                        k
                        for k, line in enumerate(lines)
                        if removals.get(line[0], ("",))[0] in ("headline", "duplicate_headline")
                    ),
                    content_rescue.Lazy(partial(_credited_left, lines, credited)),
                )
            if self.subhead_rescue and noise and model.words is not None:
                texts = [text for _, _, text in left]
                was = noise
                noise = content_rescue.subheads_kept(
                    noise, scored, texts, _adjacent(lines, left), model.words.margin, _is_prose
                )
                if len(noise) < len(was):
                    rescued.update(left[i][0] for i, _, _ in was)
                    rescued.difference_update(left[i][0] for i, _, _ in noise)
            if page.headed:  # the page's own subheadings over their paragraphs (headed_blocks)
                texts = [text for _, _, text in left]
                noise = headed_blocks.headings_kept(noise, scored, texts, page.headed, _is_prose)
            if noise and voiced is not None and site_voice.SPARE:
                # the notices gone, the trees take a line they kept while the notices stood (a
                # short closing paragraph, a subheading now last): the notices stay, and so does
                # the line (the same text gives the same choice: a second run agrees)
                left, starts = voiced
                for start in starts:
                    found.pop(start)
                    if explain is not None:
                        explain.pop(next(t for s, e, t in left if s == start), None)
                break
            voiced = None
            rule, judge = "line_model", scorer
            if not noise and self.paragraph_bar is not None and model.paragraphs is not None:
                # the trees remove no more: the body paragraphs are the story's, or noise
                # written as paragraphs
                rule, judge = "paragraph_model", model.paragraphs
                noise = self._paragraph_noise(left, page, model)
            if not noise and self.notice_bar is not None:
                # the site speaking in sentences where notices stand (`site_voice`)
                rule, judge = "site_voice", None
                texts = [text for _, _, text in left]
                noise = [
                    (i, None, score)
                    for i, score in site_voice.notices(texts, self.notice_bar, headline_at)
                ]
            if not noise and self.story_span:
                # past the story's end: the lines that do not go on from it (`story_span`)
                rule, judge = "story_span", None
                texts = [text for _, _, text in left]
                marks = {i: score for i, _, score in scored}
                noise = [(i, None, s) for i, s in story_span.outside(texts, marks, headline_at)]
            if not noise and self.pullquotes:
                # a story's own words lifted out and set between its paragraphs (`pullquote`)
                rule, judge = "pullquote", None
                texts = [text for _, _, text in left]
                noise = [(i, None, 1.0) for i in pullquote.repeats(texts, headline_at)]
            if not noise or len(noise) == len(left):  # never the whole text: that is no page
                break
            for i, row, score in noise:
                start, end, text = left[i]
                found[start] = (rule, start, end, round(score, 4))
                if explain is not None:
                    explain[text] = {
                        "score": round(score, 4),
                        "top_features": (
                            []
                            if rule == "pullquote"
                            else site_voice.top_terms(text)
                            if judge is None
                            else judge.explain(row)
                        ),
                        **({"top_words": model.words.top_terms(text)} if model.words else {}),
                        "threshold": (
                            1.0
                            if rule == "pullquote"
                            else story_span.STRONG_WORDS
                            if rule == "story_span"
                            else self.notice_bar
                            if judge is None
                            else bars[i]
                        ),
                    }
            gone = {i for i, _, _ in noise}
            if rule in ("site_voice", "story_span"):
                voiced = (left, [left[i][0] for i in gone])
            left = [line for i, line in enumerate(left) if i not in gone]
        return found

    def _paragraph_noise(
        self, left: list[tuple[int, int, str]], page: _Page, model: line_model.TreeModel
    ) -> list[tuple[int, list[float], float]]:
        """(index, row, score) of the body paragraphs of `left` the paragraph model scores
        `paragraph_bar` or more: none when all of them or more than `PARAGRAPHS_MOST` do."""
        texts = [text for _, _, text in left]
        said = None if model.words is None else (lambda lines: model._said(lines, None).tolist())
        judged = paragraph_rows.matrix(texts, page.title, said)
        if not judged.index:
            return []
        scores = model.paragraphs.scores(judged.rows)
        bar = self.paragraph_bar
        noise = [
            (i, row, score)
            for i, row, score in zip(judged.index, judged.rows, scores, strict=True)
            if score >= bar
        ]
        # more than a few paragraphs unlike the others: a collection (a contest's entries,
        # readers' letters, a round-up of unrelated items), not a story with its furniture
        return noise if len(noise) <= PARAGRAPHS_MOST and len(noise) < len(judged.index) else []

    def _headings_spared(
        self,
        noise: list[tuple[int, Any, float]],
        scored: list[tuple[int, Any, float]],
        left: list[tuple[int, int, str]],
    ) -> list[tuple[int, Any, float]]:
        """`noise` without the headings of a block that stays: a short line that ends with no
        mark of a sentence, right above `heading_run` short judged lines the model keeps this
        round, each scored under `HEADING_LEVEL`, that are no sentences (a list's items) unless
        the heading stands below the first body paragraph.

        Alone, a fact box's or a score table's heading ("Key facts", "Results") has the shape
        of a section label or of a "Most read" prompt, and the model scores it as noise; the
        block under it is the evidence. Above the first body paragraph the sentences under a
        short line are the standfirst under a byline or a date; over other stories' headlines
        the items are longer and the model doubts them."""
        going = {i for i, _, _ in noise}
        judged = {i for i, _, _ in scored}
        score_of = {i: score for i, _, score in scored}
        first_body = next((k for k, line in enumerate(left) if k not in judged), len(left))
        run = self.heading_run
        spared = set()
        for i, _, _ in noise:
            text = left[i][2].rstrip()
            if len(text.split()) > HEADING_WORDS or text[-1:] in HEADING_ENDS:
                continue
            below = range(i + 1, i + 1 + run)
            if below[-1] < len(left) and all(
                j in judged
                and j not in going
                and score_of[j] < HEADING_LEVEL
                and (i > first_body or not _is_prose(left[j][2]))
                and len(left[j][2].split()) <= HEADING_ITEM_WORDS
                for j in below
            ):
                spared.add(i)
        return [item for item in noise if item[0] not in spared]

    def _tables(
        self, left: list[tuple[int, int, str]], scored: list, model: line_model.TreeModel
    ) -> frozenset[int] | None:
        """`keep_content.tables` of the lines left (plain text: the word model reads them)."""
        if model.words is None:
            return None
        judged = {i for i, _, _ in scored}
        texts = [text for _, _, text in left]
        return keep_content.tables(texts, judged, model.words.margin, _is_prose)

    def _bars(
        self, left: list[tuple[int, int, str]], scored: list, table: frozenset[int] | None = None
    ) -> list[float]:
        """Each line's bar in a round: `_thresholds`, lowered in a run of noise (`run_bar`).
        `table`: lines counted as sentences for the page's share (`keep_blocks`)."""
        texts = [text for _, _, text in left]
        bars = self._thresholds(texts) if table is None else self._thresholds(texts, table)
        if self.run_bar is not None and scored:
            bars = self._run_bars(bars, scored, len(left))
        return bars

    @cached_property
    def _lowest_bar(self) -> float:
        """The lowest bar a line can get (`_thresholds`, `_run_bars`)."""
        bars = (self.threshold, self.prose_threshold, self.run_bar)
        return min(bar for bar in bars if bar is not None)

    def _thresholds(self, texts: list[str], table: frozenset[int] | None = None) -> list[float]:
        """Each line's threshold: `prose_threshold` for a line that is no sentence in a document
        of sentences, else `threshold`.

        Pages whose content is news prose (85%+ of their content lines sentences, as in
        human-labelled news sets) kept 99.4 to 99.7% of their content at `threshold` on both
        site halves: the 2% a reader tolerates went unspent there, while pages of lists and
        short items needed it all. A short unfinished line among sentences is a byline, a
        label, a prompt or another story's headline far more often than a short item among
        items is. Measured on the lines left, each round, so that the round that finds nothing
        is a fixed point: a second run measures the same share and removes nothing.
        """
        # the words counted once a line, for the rules (each round of the model asked again)
        words = list(map(_WORDS, features.facts_of(texts)))
        sentences = _prose(texts, words)
        # a table kept (`keep_blocks`) is left out of the share, as it was when the model
        # removed it: its short lines would pull the page under the share
        counted = sentences, words
        if table:
            counted = tuple(
                [value for i, value in enumerate(column) if i not in table] for column in counted
            )
        lower = self.prose_threshold
        if lower is None or lower >= self.threshold or not self._of_sentences(*counted):
            return [self.threshold] * len(texts)
        return [self.threshold if sentence else lower for sentence in sentences]

    def _run_bars(
        self, bars: list[float], scored: list[tuple[int, Any, float]], count: int
    ) -> list[float]:
        """`bars` with `run_bar` for each line of a run of `RUN_LINES`+ judged lines below the
        last body paragraph whose mean score reaches `run_level` (a list of other stories)."""
        index = [i for i, _, _ in scored]
        runs = stacked.columns([score for _, _, score in scored], index, count)
        bars = list(bars)
        for i, columns in zip(index, runs, strict=True):
            mean, length, place = columns[2], columns[5], columns[7]
            if place == stacked.BELOW and length >= RUN_LINES and mean >= self.run_level:
                bars[i] = min(bars[i], self.run_bar)
        return bars

    def _other_stories(
        self,
        lines: list[tuple[int, int, str]],
        removals: dict[int, tuple],
        page: _Page,
        rows: _Rows | None,
    ) -> Generator[line_model.Ask, list[float], list[tuple[str, int, int]]]:
        """`other_stories.removals`, kept only when the model, scoring what would be left, then
        removes nothing more: what is left changes the model's view of the story's own lines (a
        document then of sentences judges its short lines at `prose_threshold`: "Sydney" over
        the players' ratings went), and no loss is worth a guess."""
        found = other_stories.removals(lines, removals)
        return (yield from self._settled(found, lines, removals, page, rows))

    def _settled(
        self,
        found: list[tuple[str, int, int]],
        lines: list[tuple[int, int, str]],
        removals: dict[int, tuple],
        page: _Page,
        rows: _Rows | None,
    ) -> Generator[line_model.Ask, list[float], list[tuple[str, int, int]]]:
        """`found` if the model, scoring the lines left without them, removes nothing more;
        else none of them (a second run must find the same)."""
        if not found:
            return []
        trial = {**removals, **{removal[1]: removal for removal in found}}
        more = yield from self._model_removals(lines, trial, page, None, rows)
        if more and self.headline_runs and headline_runs.edges_only(lines, trial, more):
            return found + list(more.values())  # a dateline above, a notice below: theirs too
        return [] if more else found

    def _labels(
        self,
        lines: list[tuple[int, int, str]],
        removals: dict[int, tuple],
        page: _Page,
        rows: _Rows | None,
    ) -> Generator[line_model.Ask, list[float], list[tuple[str, int, int]]]:
        """`media_labels.removals` and `tag_lines.removals` (as their settings ask), kept only
        when the model, scoring what would be left, then removes nothing more (as
        `_other_stories`: a second run finds the same)."""
        found = []
        if self.media_labels:
            found += media_labels.removals(lines, removals, self._media_words, bool(page.title))
        if self.tag_lines:
            taken = {start for _, start, _ in found}
            found += [
                r
                for r in tag_lines.removals(lines, removals, self._tag_labels)
                if r[1] not in taken
            ]
        settled = yield from self._settled(found, lines, removals, page, rows)
        if self.media_labels and self.media_places:  # the buttons only where all then settle
            words, titled = self._media_words, bool(page.title)
            if more := media_labels.buttons(lines, removals, words, titled):
                both = yield from self._settled(settled + more, lines, removals, page, rows)
                settled = both or settled
        return settled

    def _of_sentences(self, sentences: list[bool], words: list[int]) -> bool:
        """A document of sentences: `prose_share` of its lines sentences, or with `prose_words`
        that share of its words in sentence lines (a word stands for its share of the reading,
        where a short headline counts as much as a paragraph by lines)."""
        if self.prose_words is None:
            return sum(sentences) >= self.prose_share * len(sentences)
        prose = sum(count for count, sentence in zip(words, sentences, strict=True) if sentence)
        return prose >= self.prose_words * sum(words)

    def _model(self, html: bool) -> line_model.TreeModel:
        return line_model.load(self.model_file)["html" if html else "plain"]

    def _scored(
        self, lines: list[tuple[int, int, str]], page: _Page, rows: _Rows | None = None
    ) -> Generator[line_model.Ask, list[float], list[tuple[int, list[float], float]]]:
        """(index, feature row, noise score) of each line of `lines` the model judges.

        `rows`: the document's lines measured once, of which `lines` are some (the same
        rows as `features.matrix` of `lines`, made faster). The rows are yielded as a question
        (`line_model.Ask`) and the scores come back (`_drive`: alone, or with a batch's). A
        short text (no `rows.rows`) yields its lines instead (`_Pending`): `_drive` makes its
        rows with the batch's other short texts' and sends back the rows and their scores."""
        model = self._model(page.html)
        if rows is None or rows.rows is None:  # a short text: its rows made with the batch's
            judged, scores = yield _Pending(model, page.of(lines))
            return (yield from self._second(model, judged, scores, len(lines)))
        judged, said = rows.of(lines, model.words)
        if not len(judged.rows):
            return []
        texts = None if model.words is None else [lines[i][2] for i in judged.index]
        scores = yield line_model.Ask(model, judged.rows, texts, said)
        return (yield from self._second(model, judged, scores, len(lines)))

    def _second(
        self, model: line_model.TreeModel, judged: features.Judged, scores: list[float], count: int
    ) -> Generator[line_model.Ask, list[float], list[tuple[int, list[float], float]]]:
        """(index, row, score) of the judged lines: the first pass's, or with `stacked` the
        second pass's, its rows the first's and the `stacked` columns of its scores."""
        second = model.second if self.stacked else None
        if second is None or not len(judged.index):
            return list(zip(judged.index, judged.rows, scores, strict=True))
        extra = np.asarray(stacked.columns(scores, judged.index, count), dtype=np.float64)
        rows = np.concatenate([np.asarray(judged.rows, dtype=np.float64), extra], axis=1)
        scores = yield line_model.Ask(second, rows, None, None)
        return list(zip(judged.index, rows, scores, strict=True))

    def _vetoed_tags(
        self,
        lines: list[tuple[int, int, str]],
        removals: dict[int, tuple],
        page: _Page,
        rows: _Rows | None = None,
    ) -> Generator[line_model.Ask, list[float], list[int]]:
        """The `section_tag` lines the model keeps: those whose copies it scores under
        `tag_veto` on average, among the lines that stay.

        On both site halves of the plain-text pages the rule is right about half the time
        (noise 42 / content 56 lines on half A, 55 / 45 on B). A tag's copies are judged
        together by their mean score: one copy in a heading's place and one in a label's place
        (the seeds' "North Korea" under the headline, 0.68, and between two paragraphs, 0.07)
        stay a tag. 0.3 is the largest veto that leaves the seeds' hand-labelled lines as they
        are and costs half A at most a point of noise removed. Repeated until every kept tag
        scores under the veto in the text as it stands, so that a second run finds the same
        (idempotence).
        """
        tags = [start for start, removal in removals.items() if removal[0] == "section_tag"]
        if not tags:
            return []
        text_of = {start: text for start, _, text in lines}
        kept = set(tags)
        while kept:
            stays = [line for line in lines if line[0] not in removals or line[0] in kept]
            if len(stays) < 2:
                return []
            scores: dict[str, list[float]] = {}  # a tag's copies, judged together: the mean
            scored = yield from self._scored(stays, page, rows)
            for i, _, score in scored:
                start = stays[i][0]
                if start in kept:
                    scores.setdefault(text_of[start].casefold(), []).append(score)
            mean = {key: sum(values) / len(values) for key, values in scores.items()}
            gone = {
                start for start in kept if mean.get(text_of[start].casefold(), 1.0) >= self.tag_veto
            }
            if not gone:
                break
            kept -= gone
        return sorted(kept)

    def explain_line_model(self, doc: Document) -> dict[str, dict[str, Any]]:
        """For each line the model removes from `doc` (the text as this stage received it):
        its score and the features that moved it most, in the round that removed it."""
        found: dict[str, dict[str, Any]] = {}
        copy = Document(id=doc.id, text=doc.text, title=doc.title, labels=dict(doc.labels))
        self._clean(copy, found)
        return found

    def _dense_runs(
        self, lines: list[tuple[int, int, str]], linked: set[str]
    ) -> list[tuple[str, int, int]]:
        """Runs of lines made almost wholly of link text (a list of related headlines)."""
        # aeb 94fbcc: "Milan Design Week 2018 | FLOS pays tribute to Achille Castiglioni" and
        # three more linked headlines; a link alone in running prose is no run and stays
        table = self._table["link_list_dense"]
        removals: list[tuple[str, int, int]] = []
        run: list[tuple[int, int, str]] = []
        for line in [*lines, None]:
            if line is not None and line_key(line[2]) in linked:
                run.append(line)
                continue
            if line is None:  # the run ends the text
                least = table["min_trailing_run"]
            elif run and run[0] is lines[0]:  # the run opens the text, above the article
                least = table["min_leading_run"]
            else:
                least = table["min_run"]
            if len(run) >= least:
                removals += [("link_list_dense", start, end) for start, end, _ in run]
            run = []
        return removals

    def _judge(self, lines: list[str], verdicts: dict[str, str | None]) -> None:
        """The verdicts of the lines of a document not judged yet, the literals of all of them
        found by one scan (`literal_scan`; without it, by the automaton a line at a time)."""
        scan = self._table["literal_scan"]
        fresh = [line for line in dict.fromkeys(lines) if line not in verdicts]
        if not fresh:
            return
        folded = list(map(_fold, fresh))
        counted = features.facts_of(fresh)  # measured once for the rules and the model
        present = (
            scan.present(folded)
            if scan is not None
            else list(map(self._table["literals"].present, folded))
        )
        found = self._verdicts_of(fresh, folded, present, list(map(_WORDS, counted)))
        verdicts.update(zip(fresh, found, strict=True))

    @cached_property
    def _gates(self) -> _Gates:
        """The rules switched on, and the first test each rule makes of a line (a word count
        above its limit, no mark a credit needs, no literal a label needs), read once: most
        lines are answered by these tests alone, without calling the rule."""
        table = self._table
        credit = table.get("caption_credit")
        caption, markers = table["caption"], table["any_marker"]
        floating = table["furniture_floating"]
        # no marker at all scores a line `unfinished` at most: under the threshold, a line
        # with no marker's literal and no start marker is no caption (9 lines in 10 here)
        bare = max(caption["unfinished"], 0) >= caption["threshold"]
        keyed = markers._filtered is not None and not markers._filtered[1] and not bare
        starts = table["caption_starts"]
        return _Gates(
            caption_words=caption["max_words"] if "caption" in self.rules else -1,
            caption_keys=frozenset(markers._filtered[0]) if keyed else None,
            caption_start=starts,
            caption_any=(
                frozenset(markers._filtered[0]) | starts.keys
                if keyed and starts.always is None
                else None
            ),
            # `_credit_tail` says no without its table and over its words
            credit_words=credit["max_words"] if credit and "caption_credit" in self.rules else -1,
            teaser="link_teaser" in self.rules,
            teaser_needs=table["teaser_needs"],
            lead_needs=table["lead_needs"],
            teaser_keys=(
                table["teaser_needs"] | table["lead_needs"]
                if table["teaser_needs"] is not None and table["lead_needs"] is not None
                else None
            ),
            teaser_head=(head := _widest(table["teaser"], table["lead"])),
            teaser_ends=_teaser_ends(table) if head is not None else frozenset(),
            furniture_words=table["furniture_words"],
            furniture_starts=table["furniture_starts"],
            furniture_keys=None if floating.always else floating.keys,
            keyword_list="keyword_list" in self.rules,
            closing_quotes=table["line_ends"]["closing_quotes"],
            sentence_ends=table["line_ends"]["sentence"],
        )

    def _verdict(
        self,
        line: str,
        folded: str | None = None,
        present: set[str] | None = None,
        words: int | None = None,
    ) -> str | None:
        """The first of the caption, link_teaser and furniture rules that removes `line`.

        `folded`, `present`, `words`: `_fold(line)`, the literals in it and its word count
        (`features.facts`), when found already. A rule is called only where its own first test
        (`_gates`) does not say no already (the same verdicts, in the same order)."""
        if words is None:
            words = features.facts(line).words  # measured once for the rules and the model
        if folded is None:
            folded = _fold(line)
        if present is None:
            present = self._table["literals"].present(folded)
        return self._verdicts_of([line], [folded], [present], [words])[0]

    def _verdicts_of(
        self, lines: list[str], folded: list[str], present: list[set[str]], words: list[int]
    ) -> list[str | None]:
        """`_verdict` of each of `lines` (with its `folded`, `present` and `words`), in one loop:
        the gates and the rules read once, not once a line (20,000 lines a bench run)."""
        gates = self._gates
        caption_words, caption_keys = gates.caption_words, gates.caption_keys
        caption_start, credit_words = gates.caption_start, gates.credit_words
        caption_any = gates.caption_any
        teaser, teaser_keys, teaser_head = gates.teaser, gates.teaser_keys, gates.teaser_head
        teaser_ends = gates.teaser_ends
        furniture_words, furniture_keys = gates.furniture_words, gates.furniture_keys
        starts = gates.furniture_starts.by_words  # `_starts_by_words.match`, written out
        keyword_list, closing, sentence_ends = (
            gates.keyword_list,
            gates.closing_quotes,
            gates.sentence_ends,
        )
        is_caption, credit_tail, is_teaser = self._is_caption, self._credit_tail, self._is_teaser
        furniture, is_keyword_list = self._furniture, self._is_keyword_list
        found: list[str | None] = []
        append = found.append
        for line, fold, here, count in zip(lines, folded, present, words, strict=True):
            if (
                count <= caption_words
                # no literal of a marker, floating or at the start (most lines): no call
                and (caption_any is None or not caption_any.isdisjoint(here))
                and (
                    caption_keys is None
                    or not caption_keys.isdisjoint(here)
                    or caption_start.match(line, here)
                )
                and is_caption(line, count, fold, here)
            ):
                append("caption")
                continue
            if count <= credit_words and ("©" in line or ":" in line) and credit_tail(line, count):
                append("caption_credit")
                continue
            if (
                teaser
                and (
                    teaser_keys is None
                    or not teaser_keys.isdisjoint(here)
                    # a line ending like a sentence with a letter past any label: no teaser
                    # (9 in 10 of the body paragraphs holding a label's literal, "lea", "more")
                    and not (line[-1:] in teaser_ends and LETTER.search(line, teaser_head))
                    and _in_head(teaser_keys, teaser_head, fold, here)
                )
                and is_teaser(line, here)
            ):
                append("link_teaser")
                continue
            # a line starting like no kind and holding none of the floating parts' literals is
            # no furniture (most lines): `_furniture` not called
            if count <= furniture_words and (
                (at_start := count < len(starts) and starts[count].match(line, here))
                or furniture_keys is None
                or not here.isdisjoint(furniture_keys)
            ):
                verdict = furniture(line, count, fold, here, at_start)
                if verdict:
                    append(verdict if isinstance(verdict, str) else "furniture")
                    continue
            # `_is_keyword_list` says no without a comma, with a bar, or ending like a sentence
            if (
                keyword_list
                and "," in line
                and "|" not in line
                and not ((stripped := line.rstrip(closing)) and stripped[-1] in sentence_ends)
                and is_keyword_list(line)
            ):
                append("keyword_list")
                continue
            append(None)
        return found

    def _is_keyword_list(self, line: str) -> bool:
        """Search keywords written out: "calendario stock car 2018, stock car brasil, ..."."""
        # A list in prose ("the design, the interior, the seats, ...") shares no word across
        # its items; a table row is split by "|"; a sentence ends with a stop.
        if "," not in line or "|" in line or self._ends_with(line, "sentence"):
            return False
        table = self._table["keyword_list"]
        items = [item for item in line.split(",") if item.strip()]
        if len(items) < table["min_items"]:
            return False
        if any(len(item.split()) > table["max_item_words"] for item in items):
            return False
        shared = Counter(word for item in items for word in set(KEYWORD.findall(item.casefold())))
        return bool(shared) and max(shared.values()) >= table["min_share"] * len(items)

    def _is_caption(
        self,
        line: str,
        words: int | None = None,
        folded: str | None = None,
        present: set[str] | None = None,
    ) -> bool:
        # seed 000: "Kim Jong Un attends ... in this photo released by ... (KCNA). KCNA via
        # REUTERS ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY. ..."
        table = self._table["caption"]
        if (len(line.split()) if words is None else words) > table["max_words"]:
            return False
        score = 0
        if self._table["any_marker"].search(line, folded, found=present):
            score = sum(
                weight for weight, pattern in self._table["markers"] if pattern.search(line)
            )
        if not self._ends_with(line, "sentence"):
            score += table["unfinished"]
        return score >= table["threshold"]

    def _credit_tail(self, line: str, words: int) -> bool:
        """The line ends with a credit: its mark (`©`, "Foto:", "Image credit:"), then a few
        words and no sentence. The caption before it, if any, goes with it."""
        table = self._table.get("caption_credit")
        if not table or words > table["max_words"] or ("©" not in line and ":" not in line):
            return False
        last = None
        for last in self._table["credit_mark"].finditer(line):  # noqa: B007 (the last one)
            pass
        if last is None:
            return False
        # a label that opens the line heads it ("Photos: Europa, Mysterious Icy Moon", a
        # gallery's headline): the start-anchored markers judge those; one in brackets is a
        # credit ("(Image credit: Blue Origin)")
        opening = not line[: last.start()].strip(LIST_MARKS)
        bracketed = line.lstrip(LIST_MARKS).startswith("(")
        if opening and not last.group().endswith("©") and not bracketed:
            return False
        tail = line[last.end() :].strip(CREDIT_EDGES)
        words_after = tail.split()
        # a credit is names, agencies and addresses: "Swen Pfoertner/Reuters", "iStock.com/x";
        # "The photo: it was taken in Paris by my friend." goes on in lower-case words
        bare = [word.strip(CREDIT_PUNCTUATION) for word in words_after]
        lower = sum(1 for word in bare if len(word) >= 4 and word.isalpha() and word.islower())
        return (
            LETTER.search(tail) is not None
            and len(words_after) <= table["max_tail_words"]
            and lower <= table["max_lower_words"]
            and SENTENCE_AFTER.search(tail) is None
        )

    def _is_teaser(self, line: str, present: set[str] | None = None) -> bool:
        """`present`: the stage's literals in the folded line (`literals`), when looked for:
        a line holding none of a label pattern's literals is not matched against it."""
        return self._is_label_teaser(line, present) or self._is_lead_teaser(line, present)

    def _is_label_teaser(self, line: str, present: set[str] | None = None) -> bool:
        # seed 000: "Read Also", "You May Also Like"; "Read more: Looted colonial art"
        needs = self._table["teaser_needs"]
        if present is not None and needs is not None and needs.isdisjoint(present):
            return False
        match = self._table["teaser"].match(line)
        if not match:
            return False
        table = self._table["link_teaser"]
        rest = line[match.end() :].strip()
        if not LETTER.search(rest):
            return True  # the label alone, maybe with "»" or ":" after it
        # a label with a word or two of its own: "(Leggi anche su: I Cavalieri ...)",
        # "Read more on: ...", "Lire aussi sur : ..."
        words = LABEL_WORDS.match(rest)
        if words and rest[words.end() :][:1] in table["separators"]:
            rest = rest[words.end() :]
        if rest[0] in table["separators"]:
            tail = rest.lstrip(table["separators"]).strip()
            return len(tail.split()) <= table["max_tail_words"] and not self._ends_with(
                tail, "teaser_tail"
            )
        # "Lesen Sie auch die folgenden Beiträge:" introduces a list of links
        return rest[-1] in table["separators"] and len(rest.split()) <= table["max_tail_words"]

    def _opens_list(self, line: str) -> bool:
        """A teaser label with no headline of its own: the links follow on the next lines."""
        # "DON'T MISS", "Lesen Sie auch die folgenden Beiträge:" open a list; "Read more: Looted
        # colonial art" is a link by itself, and the subheading under it is the article's
        match = self._table["teaser"].match(line)
        if not match:
            return True  # a lead label ("Popular on IndieWire") heads a list of links
        rest = line[match.end() :].strip()
        if not LETTER.search(rest):
            # "ADVERTISEMENT", "Share this article", "Continue reading": a button alone names
            # no other stories; the subheading or headline under it is the article's. With a
            # colon the label introduces what follows ("Weiterlesen:" over links)
            return line.rstrip()[-1:] in ":：" or _button_key(line) not in self._table["buttons"]
        return rest[-1] in self._table["link_teaser"]["separators"]

    def _is_lead_teaser(self, line: str, present: set[str] | None = None) -> bool:
        # "Popular on IndieWire", "Most read in world news": a label and a short object
        needs = self._table["lead_needs"]
        if present is not None and needs is not None and needs.isdisjoint(present):
            return False
        lead = self._table["lead"].match(line)
        return bool(lead) and (
            len(line[lead.end() :].split()) <= self._table["link_teaser"]["max_lead_tail_words"]
            and not self._ends_with(line, "teaser_tail")
            and not self._ends_with(line, "list_item")
        )

    def _contents(self, lines: list[tuple[int, int, str]]) -> dict[int, str]:
        """The lines of a table of contents (`contents_list`), by start: their text."""
        if (
            "contents_list" not in self.rules
            or len(lines) < 2 * self._table["contents_list"]["min_lines"]
        ):
            return {}
        table = self._table["contents_list"]
        known = features.facts_of([line for _, _, line in lines])
        keys = [each.key for each in known]
        if len(set(keys)) == len(keys):
            return {}  # no line stands twice: most documents
        found = contents_lines(
            keys,
            [each.words for each in known],
            table["min_lines"],
            table["max_words"],
            table["section_words"],
        )
        return {lines[at][0]: lines[at][2] for at in found}

    def _section_tags(self, lines: list[tuple[int, int, str]]) -> set[str]:
        """Short lines standing alone two or more times, when there are few such lines."""
        # seed 000: "North Korea", alone on a line twice; seed 003 "“Tactical nuclear”
        # simulations" stands once and stays. A page repeating many short lines ("Meal 1",
        # "Eat every 2–3 hours", ...) is a table or a recipe: its lines are content.
        table = self._table["section_tag"]
        # casefolding never shortens a character: a line over `max_chars` is no tag, nor is any
        # line it casefolds like (most lines of a text are longer: not casefolded every round)
        most = table["max_chars"]
        short = [line.casefold() for _, _, line in lines if len(line) <= most]
        if table["min_count"] >= 2 and len(set(short)) == len(short):
            return set()  # no short line stands twice (most texts): no tag, nothing counted
        counts = Counter(short)
        tags = {
            line
            for line, count in counts.items()
            if count >= table["min_count"]
            and len(line) <= table["max_chars"]
            and len(line.split()) <= table["max_words"]
            and LETTER.search(line) is not None
            and not LIST_ITEM.match(line)
            and not self._ends_with(line, "section_tag")
        }
        return tags if len(tags) <= table["max_distinct"] else set()

    def _furniture(
        self,
        line: str,
        words: int | None = None,
        folded: str | None = None,
        present: set[str] | None = None,
        at_start: bool | None = None,
    ) -> str | None:
        """The furniture rule a line matches: "Follow us on Twitter" -> "social".

        `at_start`: whether the line starts like a kind (`furniture_starts`), when known."""
        if words is None:
            words = len(line.split())
        if words > self._table["furniture_words"]:  # longer than any kind looks at
            return None
        if at_start is None and present is not None:  # the start literals were looked for too
            at_start = self._table["furniture_starts"].match(line, present, words)
        elif at_start is None:
            start = self._table["furniture_start"]
            at_start = start is not None and start.match(line) is not None
        # the literals of every kind looked for once, not once a kind
        if folded is None:
            folded = _fold(line)
        found = (
            present
            if present is not None
            else {key for key in self._table["furniture_keys"] if key in folded}
        )
        kinds = self._table["furniture"]
        if not at_start:  # only the kinds whose floating part may match: same first match
            kinds = self._table["furniture_floating"].candidates(kinds, found)
        for name, max_words, pattern in kinds:
            if words <= max_words and pattern.search(line, folded, at_start, found):
                return name
        return None

    def _is_list_item(self, line: str, position: int) -> bool:
        """A headline under a teaser label: short, and not ending like a sentence."""
        # "DON'T MISS" then "China furious at Macron for Hong Kong protest jibe [INSIGHT]|"
        table = self._table["link_list"]
        return (
            position <= table["max_lines"]
            and len(line.split()) <= table["max_words"]
            and LETTER.search(line) is not None
            and not self._ends_with(line, "list_item")
        )

    def _headline(self, doc: Document, kept: list[tuple[int, int, str]]) -> str | None:
        """The first line left, if it reads as a headline and is not all the text there is."""
        found = self._headline_at(doc, kept)
        return kept[found][2] if found is not None else None

    def _headline_at(self, doc: Document, kept: list[tuple[int, int, str]]) -> int | None:
        """Where among the lines left `_headline` stands (`_opening`), None with no headline."""
        # seed 000: "North Korea Provokes Tensions: Fires Missile Near Japan and Threatens the US"
        if doc.title or not self.extract_title or not kept:
            return None
        # the first lines only: `leading` reads no further
        heads = [line[2] for line in kept[: wire_slug.MAX_LINES + 1]] if self.wire_slugs else []
        slugs = wire_slug.leading(heads) if heads else 0
        if slugs:  # the headline under a wire copy's routing lines
            return wire_slug.headline_below(kept, slugs, self._opening, self._headline_shaped)
        at = self._opening(kept)
        return at if self._headline_shaped(kept[at][2]) and len(kept) > 1 else None

    def _opening(self, kept: list[tuple[int, int, str]]) -> int:
        """Where the headline stands among the lines left: first, or second under a section
        label ("Sport", "NEWS", "News › Education") or the page's address on a line alone
        (a scraper's `url`, then `title`) when the second reads as a headline of at least four
        words. The label is then a line like any other, for the model to judge:
        taken for the headline, it became the title and the headline under it a line to judge
        (line blind batch 1: 7 of 47 headlines lost so, 32 labels kept)."""
        if self.headline_labels:  # under up to this many labels of any kind
            texts = [text for _, _, text in kept[: self.headline_labels + 2]]
            return keep_content.headline_under_labels(
                texts,
                self.headline_labels,
                lambda line: self._label_shaped(line) or ADDRESS.fullmatch(line) is not None,
                self._headline_shaped,
                letter_words,
            )
        if self.section_labels:  # under up to two labels or kickers (`section_labels`)
            return section_labels.headline_at(
                [text for _, _, text in kept],
                lambda line: self._label_shaped(line) or ADDRESS.fullmatch(line) is not None,
                self._headline_shaped,
                letter_words,
            )
        first = kept[0][2] if kept else ""
        if len(kept) < 3 or not (self._label_shaped(first) or ADDRESS.fullmatch(first)):
            return 0
        line = kept[1][2]
        return int(letter_words(line) >= 4 and self._headline_shaped(line))

    def _label_shaped(self, line: str) -> bool:
        """A section label or a breadcrumb: one word, or steps of at most three words each
        between separators, or at most three words in capitals; no digit, no closing mark.
        (A two- or three-word line of mixed case alone is as often a short headline: "The
        Impeachment Clock", "Effiziente Hybridbatterie" over a byline or a contact.)"""
        if any(character.isdigit() for character in line) or self._ends_with(line, "headline"):
            return False
        steps = LABEL_STEPS.split(line)
        words = [len(step.split()) for step in steps]
        if len(steps) > 1:
            return all(1 <= count <= 3 for count in words)
        return words[0] == 1 or words[0] <= 3 and line.isupper()

    def _headline_shaped(self, line: str) -> bool:
        table = self._table["headline"]
        return (
            table["min_words"] <= len(line.split()) <= table["max_words"]
            and len(line) <= table["max_chars"]
            and LETTER.search(line) is not None
            and not self._ends_with(line, "headline")
            and not any(pattern.search(line) for pattern in self._table["not_headline"])
            and not self._is_caption(line)
        )

    def _duplicates(
        self, title: str, kept: list[tuple[int, int, str]]
    ) -> list[tuple[int, int, str]]:
        """The lines right under the title that nearly repeat it; none if nothing else is left."""
        # seed 003: "North Korea fires ballistic missile" under "... fires a ballistic missile"
        # 20b2b649: "Black Friday per nostalgici: le occasioni da non perdere" under the title
        # "Black Friday per nostalgici: le occasioni da non perdere - Remember 80": a headline
        # whose words all stand in a title that adds the site's name
        # the `\w+` words of the casefolded title (its `line_key`, read as the lines' are)
        words = set(features.facts(title).key.split())
        count = 0
        while count < len(kept) and self._repeats_title(words, kept[count][2]):
            count += 1
        return kept[:count] if count < len(kept) else []

    def _repeat(self, kept: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """From where the text starts over to its end: the opening lines, again, in order."""
        # aeb fde930: an infinite-scroll page holds the article three times, each copy opening
        # with "Good morning! This is the tech news you need to know this Tuesday." and the
        # same first story. A recipe or a meal plan repeats lines, but not its own opening.
        table = self._table["page_repeat"]
        size = table["min_lines"]
        known = features.facts_of([line for _, _, line in kept])
        keys = [each.key for each in known]
        # the copy starts with the opening line: a text whose first worded line stands once
        # has none (most texts: the lists and sums below are not made)
        first = next((key for key in keys if key), "")
        if keys.count(first) < 2:
            return []
        # "-" and "|" separators are no lines
        worded = [(at, key) for at, key in enumerate(keys) if key]
        opening = [key for _, key in worded[:size]]
        if len(opening) < size or sum(len(key.split()) for key in opening) < table["min_words"]:
            return []
        first = opening[0]
        for index in range(size, len(worded) - size + 1):
            if worded[index][1] != first:  # the copy must start with the opening line
                continue
            if [key for _, key in worded[index : index + size]] == opening:
                # a copy of the page is about as long as the page: a standfirst that the body
                # opens with again (wire copy, WMT newstest) is three lines before sixty
                before = sum(len(key.split()) for _, key in worded[:index])
                after = sum(len(key.split()) for _, key in worded[index:])
                if before >= table["min_share"] * after:
                    return kept[worded[index][0] :]
        return []

    def _repeats_title(self, title: set[str], line: str) -> bool:
        """Nearly the title's words, or a headline whose words nearly all stand in the title."""
        table = self._table["headline"]
        known = features.facts(line)
        if known.words > table["max_words"]:
            # no headline: only nearly the title's words. The distinct words of the key's
            # first ones are some of the line's: when the title is too few beside them for
            # the Jaccard to reach `min_similarity`, it is no repeat (a body paragraph under
            # the title, the line's words not all gathered into a set)
            opening = set(known.key.split(None, 2 * len(title) + 2)[: 2 * len(title) + 2])
            if len(title) < table["min_similarity"] * len(opening):
                return False
        # the `\w+` words of the casefolded line: its key's, measured once for every rule
        other = set(known.key.split())
        if not other:
            return False
        common = len(title & other)
        if common >= table["min_similarity"] * len(title | other):
            return True
        return (
            len(other) >= table["min_words_contained"]
            and common >= table["min_contained"] * len(other)
            and known.words <= table["max_words"]
            and not self._ends_with(line, "headline")
        )

    def _ends_with(self, line: str, kind: str) -> bool:
        marks = self._table["line_ends"]
        line = line.rstrip(marks["closing_quotes"])
        return bool(line) and line[-1] in marks[kind]


class _Gates(NamedTuple):
    """`BoilerplateRemover._gates`: the rules on, and each rule's first test of a line."""

    caption_words: int  # a caption has at most this many words (-1: the rule is off)
    # the literals one of which a floating marker needs (None: any line may be a caption)
    caption_keys: frozenset[str] | None
    caption_start: _start_index  # the markers anchored at the line start
    # the literals one of which a line needs for either test above to pass: the caption keys
    # and those of the start markers, when each of these needs one (None: not known)
    caption_any: frozenset[str] | None
    credit_words: int  # a line ending with a credit, at most this many (-1: off)
    teaser: bool
    teaser_needs: frozenset[str] | None  # literals one of which every label holds (None: any)
    lead_needs: frozenset[str] | None
    # both needs (None: a line may be a teaser without them), found in the first
    # `teaser_head` characters of a line, where a label stands (None: anywhere)
    teaser_keys: frozenset[str] | None
    teaser_head: int | None
    # a line ending with one of these and holding a letter past `teaser_head` is no teaser
    # (`_teaser_ends`; none when `teaser_head` is not known)
    teaser_ends: frozenset[str]
    furniture_words: int  # the most words any furniture kind looks at (-1: no kind)
    furniture_starts: _starts_by_words
    # the literals one of which a line starting like no kind needs for a kind's floating
    # part to be searched (None: a kind's is searched whatever the literals)
    furniture_keys: frozenset[str] | None
    keyword_list: bool
    # `_is_keyword_list` says no to a line ending like a sentence (12,000 of the bench's 20,000
    # lines hold a comma and no bar, nearly all of them sentences): tested here, uncalled
    closing_quotes: str
    sentence_ends: str


def _teaser_ends(table: dict[str, Any]) -> frozenset[str]:
    """The marks ending a line that no teaser ends with when a letter stands past its label.

    A label teaser's text after the label (`_is_label_teaser`) either has no letter, or goes on
    after a separator to a tail not ending like `teaser_tail`, or ends with a separator; a lead
    teaser does not end like `teaser_tail` either (`_is_lead_teaser`). A `teaser_tail` mark that
    is no separator, no closing quote and no space, ending the line, ends any such tail too."""
    marks, separators = table["line_ends"], table["link_teaser"]["separators"]
    return frozenset(
        mark
        for mark in marks["teaser_tail"]
        if mark not in separators and mark not in marks["closing_quotes"] and not mark.isspace()
    )


def _in_head(keys: frozenset[str], head: int | None, folded: str, present: set[str]) -> bool:
    """One of `keys` among the literals `present` in the line stands in its first `head`
    characters of `folded` (each character of a line folds to one: the same places)."""
    if head is None:
        return True
    start = folded[:head]
    return any(key in start for key in keys.intersection(present))


def _widest(*patterns: re.Pattern[str]) -> int | None:
    """The most characters a match of any of `patterns` spans (None: unbounded or not known):
    a pattern matched at a line's start reads no further."""
    if _sre_parse is None:
        return None
    try:
        widths = [_sre_parse.parse(p.pattern, p.flags).getwidth()[1] for p in patterns]
    except (re.error, RecursionError, ValueError, TypeError, OverflowError):
        return None
    return max(widths) if max(widths) < _sre_parse.MAXREPEAT else None


class _Page(NamedTuple):
    """What the line model needs of a document besides its lines: its title, the lines the HTML
    reader labelled as link text, and whether it came as HTML (the `html` model)."""

    title: str | None
    linked: set[str]
    html: bool
    captioned: frozenset[str] = frozenset()  # the lines the reader gave to an image
    headed: frozenset[str] = frozenset()  # the lines that are a heading's text on the page
    # the starts of the lines beside a credit the rules removed (`credit_below.beside`)
    credited: frozenset[int] = frozenset()

    def beside(self, lines: list[tuple[int, int, str]]) -> list[bool] | None:
        """`credit_below.beside` of each of `lines` (None: the model has no such column)."""
        if not credit_below.ON:
            return None
        return [start in self.credited for start, _, _ in lines]

    def of(self, lines: list[tuple[int, int, str]]) -> document_rows.Page:
        """Some of the document's lines as `features.matrix` takes them."""
        texts = [text for _, _, text in lines]
        return document_rows.Page(
            texts, self.title, self.linked, self.html, self.captioned, self.beside(lines)
        )


def _credited_left(
    lines: list[tuple[int, int, str]], credited: content_rescue.Lazy
) -> frozenset[int]:
    """The indices in `lines` of the lines whose starts `credited` holds."""
    return frozenset(i for i, line in enumerate(lines) if line[0] in credited)


def _places(lines: list[tuple[int, int, str]], left: list[tuple[int, int, str]]) -> list[int]:
    """Each line of `left`'s index in `lines` (the document's lines as it came)."""
    index = {start: k for k, (start, _, _) in enumerate(lines)}
    return [index[start] for start, _, _ in left]


def _credited(lines: list[tuple[int, int, str]], removals: dict[int, tuple]) -> frozenset[int]:
    """The starts of the lines directly above or below a line a credit or caption rule removed
    (`removals`: the rules' so far, by start)."""
    if not credit_below.ON:
        return frozenset()
    rules = [removals[start][0] if start in removals else None for start, _, _ in lines]
    beside = credit_below.beside(rules)
    return frozenset(start for (start, _, _), near in zip(lines, beside, strict=True) if near)


HEADING_WORDS = 6  # `heading_run`: the longest heading of a block
HEADING_ITEM_WORDS = 8  # the longest item of the block under it (other stories' headlines: longer)
HEADING_LEVEL = 0.3  # each item's score under this (a label over lines the model doubts goes)
HEADING_ENDS = ".!?;,"  # a heading ends with none of these (a colon introduces its block)
RUN_LINES = 3  # `run_bar`: the shortest run of judged lines below the body it lowers the bar of


class _Rows:
    """The model's rows of any of a document's lines, found by line start: `DocumentRows` for
    a document of `ROWS_MIN` lines or more, else none: a short text's rows are made with the
    batch's (`_Pending`, `document_rows.batch_matrix`; numpy's fixed cost a call outweighs
    what it saves on one short text: 0.8 ms against 1.0 under 20 lines, 3.7 against 2.1 at
    40-59, 49 against 8 at 200+, measured on the web pages)."""

    ROWS_MIN = 20

    def __init__(self, lines: list[tuple[int, int, str]], page: _Page) -> None:
        self.page = page
        self.rows = None
        if len(lines) >= self.ROWS_MIN:
            self.position = {start: at for at, (start, _, _) in enumerate(lines)}
            self.texts = [text for _, _, text in lines]
            self.rows = DocumentRows(
                self.texts, page.title, page.linked, page.html, page.captioned, page.beside(lines)
            )
            # each line's evidence of noise from its words (`WordModel.margin` less its bias),
            # found when the line is first judged (NaN: not yet): a round asked the word
            # model again for every line it judged (9% of the stage on the whole pages)
            self.said = np.full(len(lines), np.nan)

    def of(
        self, lines: list[tuple[int, int, str]], words: WordModel | None = None
    ) -> tuple[features.Judged, np.ndarray | None]:
        """The rows of `lines`, and with `words` the evidence of noise of each judged line's
        words as `TreeModel.scores_said` finds it (None: it is left to `scores_said`)."""
        if self.rows is None:
            return _matrix(lines, self.page), None
        picked = [self.position[start] for start, _, _ in lines]
        judged = self.rows.matrix(picked)
        if words is None:
            return judged, None
        at = np.asarray(picked, dtype=np.int64)[judged.index]
        said = self.said
        for line in at[np.isnan(said[at])].tolist():
            said[line] = words.margin(self.texts[line]) - words.bias
        return judged, said[at]


def _matrix(lines: list[tuple[int, int, str]], page: _Page) -> features.Judged:
    """`features.matrix` of some of a document's lines, measured afresh."""
    return features.matrix(*page.of(lines))


class _Pending(NamedTuple):
    """A question to the line model whose rows are not made yet: a short text's (`_Rows`
    measures a long one's once), made by `_drive` with those of the batch's other short texts
    (`document_rows.batch_matrix`), answered with the rows and their scores."""

    model: line_model.TreeModel
    page: document_rows.Page


# a batch of fewer short texts than this asking at once has each one's rows made alone by
# `features.matrix` (numpy's fixed cost a call outweighs what it saves on a few short texts)
BATCH_ROWS_MIN = 4


def _answer(
    asks: list[line_model.Ask | _Pending],
) -> list[list[float] | tuple[features.Judged, list[float]]]:
    """What each ask's run is sent: an `Ask`'s scores; a `_Pending`'s rows (`features.matrix`
    of its page, made with the other pending asks' by one numpy pass) and their scores."""
    pending = [at for at, ask in enumerate(asks) if isinstance(ask, _Pending)]
    if not pending:
        return line_model.score_asks(asks)
    pages = [asks[at].page for at in pending]
    if len(pending) >= BATCH_ROWS_MIN:
        built = document_rows.batch_matrix(pages)
    else:
        built = [features.matrix(*page) for page in pages]
    questions = list(asks)
    for at, judged in zip(pending, built, strict=True):
        model, page = asks[at]
        texts = None if model.words is None else [page.lines[i] for i in judged.index]
        questions[at] = line_model.Ask(model, judged.rows, texts, None)
    answers: list = line_model.score_asks(questions)
    for at, judged in zip(pending, built, strict=True):
        answers[at] = (judged, answers[at])
    return answers


def _drive(
    runs: list[Generator[line_model.Ask | _Pending, Any, Document]],
    docs: list[Document],
    failed: dict[int, Exception] | None = None,
) -> list[Document]:
    """Each run's document, its questions to the line model answered together: each round,
    every run still going asks one, `_answer` makes the short texts' rows and scores them
    all at once (`line_model.score_asks`).

    `failed`: a run that raises puts its exception at its place and leaves its document as it
    is (None: the exception goes up, as `process` would raise it)."""
    done: list[Document] = list(docs)
    asks: dict[int, line_model.Ask | _Pending] = {}

    def advance(at: int, scores: Any, error: Exception | None = None) -> None:
        try:
            run = runs[at]
            asks[at] = run.send(scores) if error is None else run.throw(error)
        except StopIteration as stop:
            done[at] = stop.value
        except Exception as err:
            if failed is None:
                raise
            failed[at] = err

    for at in range(len(runs)):
        advance(at, None)
    while asks:
        waiting = list(asks.items())
        asks.clear()
        try:
            answers = _answer([ask for _, ask in waiting])
        except Exception:  # noqa: BLE001 - asked again one at a time: the one that fails fails
            answers = None
        if answers is not None:
            for (at, _), scores in zip(waiting, answers, strict=True):
                advance(at, scores)
            continue
        for at, ask in waiting:
            try:
                scores = _answer([ask])[0]
            except Exception as err:  # noqa: BLE001 - that document's run raises it
                advance(at, None, err)
                continue
            advance(at, scores)
    return done


def _lines(text: str) -> list[tuple[int, int, str]]:
    """`(start, end, text)` of each line the stage judges: each non-empty line stripped, or in a
    text cut at a fixed width, each paragraph's run of lines (`wrapped_lines`)."""
    return wrapped_lines.lines(text)


def _each_once(lines: list[tuple[int, int, str]]) -> bool:
    """No two of `lines` have the same `line_key` (nor, then, the same casefolded text): no
    subset of them holds a table of contents (`_contents`), a page starting over (`_repeat`)
    or a line standing twice (`_section_tags`), which each look for a key or a casefolded
    line standing twice first (14 us a document a round, for nothing in 19 of 20)."""
    return len(set(map(_KEY, features.facts_of(list(map(_TEXT, lines)))))) == len(lines)


def _starts(lines: list[tuple[int, int, str]]) -> tuple[int, ...]:
    """Which of a document's lines `lines` are, by their starts."""
    return tuple(map(_first, lines))


def _adjacent(lines: list[tuple[int, int, str]], left: list[tuple[int, int, str]]) -> list[bool]:
    """Whether each line `left` stood right below the one left before it in the document's
    `lines` (nothing between them went)."""
    where = {start: at for at, (start, _, _) in enumerate(lines)}
    at = [where[start] for start, _, _ in left]
    return [k > 0 and at[k] == at[k - 1] + 1 for k in range(len(at))]


def _is_prose(line: str, words: int | None = None) -> bool:
    """A sentence: 3+ words ending with a stop or a closing quote, or 8+ words ending with a
    colon, which introduce what follows ("HAYWARD, Calif. (AP) — The Latest on a deadly
    stabbing (all times local):" opens an AP story; a label is "Read more:").

    `words`: the line's word count, when counted already (the first `COLON_WORDS` words
    are all either test counts)."""
    return _prose([line], [len(line.split(None, COLON_WORDS)) if words is None else words])[0]


def _prose(lines: list[str], words: list[int]) -> list[bool]:
    """`_is_prose` of each line, given its word count: one comprehension, no call a line (the
    model's rounds ask it of every line left, 23,000 lines a bench run)."""
    return [
        count >= COLON_WORDS if (end := stripped[-1:]) == ":" else end in PROSE_ENDS and count >= 3
        for stripped, count in zip(map(str.rstrip, lines), words, strict=True)
    ]


@cache
def _verdicts(rules_file: str | None, rules: tuple[str, ...]) -> dict[str, str | None]:
    """The verdicts of one configuration of the stage, by line, shared by its documents."""
    return {}


class _automaton:  # noqa: N801
    """The literals of a set that occur in a text, overlapping ones included, in one pass."""

    def __init__(self, literals: set[str]) -> None:
        import ahocorasick

        self.automaton = ahocorasick.Automaton()
        for literal in sorted(literals):
            self.automaton.add_word(literal, literal)
        self.empty = not literals
        if not self.empty:
            self.automaton.make_automaton()

    def present(self, text: str) -> set[str]:
        if self.empty:
            return set()
        return {literal for _, literal in self.automaton.iter(text)}


class _floating_kinds:  # noqa: N801
    """The furniture kinds a line may match by their floating patterns alone (the line starts
    like no kind), given the literals found in it: `union.search` answers False for the others
    without searching (no floating part, or none of its literals present), so they are skipped
    and the first kind that matches is the same."""

    def __init__(self, furniture: list[tuple[str, int, union]]) -> None:
        self.always: list[int] = []  # searched whatever the literals
        self.by_key: dict[str, list[int]] = {}
        for index, (_, _, pattern) in enumerate(furniture):
            if pattern.floating is None:
                continue
            filtered = pattern._filtered
            if filtered is None or filtered[1]:
                self.always.append(index)
                continue
            for key in filtered[0]:
                self.by_key.setdefault(key, []).append(index)
        # a set: `isdisjoint` of two sets walks the smaller (the line's few literals); of a
        # dict, every one of its keys (0.6 us a line)
        self.keys = frozenset(self.by_key)

    def candidates(self, furniture: list, found: set[str]) -> list:
        if not self.always and found.isdisjoint(self.keys):  # most lines: no kind at all
            return []
        indexes = set(self.always)
        for key in found:
            indexes.update(self.by_key.get(key, ()))
        return [kind for index, kind in enumerate(furniture) if index in indexes]


class _starts_by_words:  # noqa: N801
    """Whether a line starts like a furniture kind that looks at lines of its length.

    A kind judges lines of at most its `max_words`: an anchored part of a kind looking at
    shorter lines cannot make the verdict, and is not tried. The dateline's parts (a 1.5 kB
    alternation, tried on every line) look at 12 words at most; 94% of the bench's lines have
    more. One `_start_index` for each kind's limit, of the parts of the kinds reaching it.
    """

    def __init__(self, furniture: list[tuple[str, int, union]]) -> None:
        self.limits = sorted({words for _, words, u in furniture if u.anchored_parts})
        self.indexes = [
            _start_index(
                [part for _, words, u in furniture if words >= limit for part in u.anchored_parts]
            )
            for limit in self.limits
        ]
        self.keys = self.indexes[0].keys if self.indexes else set()
        # the index of each word count up to the highest limit, read by one list look-up (a
        # bisect and a call a line: 20,000 lines a bench run)
        self.by_words = [
            self.indexes[bisect_left(self.limits, words)]
            for words in range(self.limits[-1] + 1 if self.limits else 0)
        ]

    def match(self, line: str, present: set[str], words: int = 0) -> bool:
        """Whether an anchored part of a kind of at least `words` words matches `line` (0: any
        kind); `present`: the literals of the automaton in the line."""
        return words < len(self.by_words) and self.by_words[words].match(line, present)


class _start_index:  # noqa: N801
    """Whether any of `parts` (patterns anchored at the line start) matches a line, trying only
    those whose literals occur in it (`_needs`, as `union` does for its floating patterns).

    A part whose literals are short ("di", " ", "/": in most lines) or unknown is always tried,
    in one alternation; the others' literals join the stage's automaton, so the caller knows
    which are present, and each of those present is tried on its own. Most lines hold none.
    """

    KEY_MIN = 3  # shorter literals are in most lines: looking for them saves nothing

    def __init__(self, parts: list[str]) -> None:
        always: list[str] = []
        self.by_key: dict[str, list[int]] = {}
        self.patterns: list[re.Pattern[str]] = []
        plain = re.compile("").flags
        for part in parts:
            try:
                usable = _sre_parse is not None and re.compile(part).flags == plain
                needs = _needs(part) if usable else None
            except NEEDS_ERRORS:
                needs = None
            if not needs or any(len(key) < self.KEY_MIN for key in needs):
                always.append(part)
                continue
            for key in needs:
                self.by_key.setdefault(key, []).append(len(self.patterns))
            self.patterns.append(re.compile(part))
        self.keys = set(self.by_key)
        self.always = re.compile("|".join(always)) if always else None

    def match(self, line: str, present: set[str]) -> bool:
        """`present`: the literals of the automaton (these parts' among them) in the line."""
        if self.always is not None and self.always.match(line) is not None:
            return True
        if present.isdisjoint(self.keys):
            return False
        indexes = {index for key in present for index in self.by_key.get(key, ())}
        return any(self.patterns[index].match(line) is not None for index in indexes)


class union:  # noqa: N801  (used like re.compile)
    """Where any of `patterns` matches a line.

    Patterns anchored at the line start (`^...`, `(?i)^...`) are tried only there (`match`);
    the others in one alternation (`search`). A leading `(?i)` stays scoped to its pattern.

    The alternation is slow on long lines, and most lines match none of its patterns: each
    floating pattern comes with literals one of which any text it matches contains (`_needs`,
    read from the parsed pattern), and only the patterns whose literals occur in the case-folded
    line (`_fold`) are searched. Patterns without such literals are always searched.
    """

    def __init__(self, patterns: list[str]) -> None:
        anchored, floating = [], []
        for pattern in patterns:
            flags = ""
            if pattern.startswith("(?i)"):
                flags, pattern = "i", pattern[4:]
            if pattern.startswith("^") and not _has_top_level_bar(pattern):
                anchored.append(_scoped(flags, pattern[1:]))
            else:
                floating.append(_scoped(flags, pattern))
        self.anchored = re.compile("|".join(anchored)) if anchored else None
        self.anchored_parts = anchored  # each anchored pattern, scoped, without its `^`
        self.floating = re.compile("|".join(floating)) if floating else None
        self._filtered = _prefilter(floating) if floating else None
        # the literals as a set: `isdisjoint` walks the smaller of two sets, a tuple whole
        self._keys = frozenset(self._filtered[0]) if self._filtered else frozenset()

    def search(
        self,
        line: str,
        folded: str | None = None,
        anchored: bool = True,
        found: set[str] | None = None,
    ) -> bool:
        """Whether a pattern matches `line`; `folded` is `_fold(line)` when known.

        `anchored=False` skips the patterns anchored at the line start (known not to match).
        `found`: the literals of this union (and maybe others') that occur in `folded`, when
        the caller looked for them already.
        """
        if anchored and self.anchored is not None and self.anchored.match(line):
            return True
        if self.floating is None:
            return False
        if self._filtered is None:
            return bool(self.floating.search(line))
        keys, always, patterns = self._filtered
        if folded is None:
            folded = _fold(line)
        if found is None:
            found = {key for key in keys if key in folded}
        if not always and found.isdisjoint(self._keys):
            return False
        return any(
            pattern.search(line) is not None
            for needs, pattern in patterns
            if needs is None or not needs.isdisjoint(found)
        )


# Prefilter ------------------------------------------------------------------------------------
# `_fold` maps every character to one character, so that two characters an IGNORECASE regex
# treats as equal fold alike: `str.lower` (one character each, but "İ" -> "i̇"), then the extra
# equivalences of `re` ("ſ" = "s", "ı" = "i", "ς" = "σ", ...) onto one of their members.
try:  # Python 3.11+
    from re import _parser as _sre_parse
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover  (Python 3.10)
    try:
        import sre_parse as _sre_parse  # type: ignore[no-redef]
        from sre_compile import _ignorecase_fixes as _EXTRA_CASES  # type: ignore[no-redef]
    except ImportError:
        _sre_parse = None  # type: ignore[assignment]
        _EXTRA_CASES = {}

_CANON = {
    code: chr(min(code, *others))
    for code, others in _EXTRA_CASES.items()
    if min(code, *others) != code
}
_UNFOLDED = re.compile("[\u0307" + "".join(re.escape(chr(code)) for code in _CANON) + "]")
_KEYS_MAX = 64  # alternatives kept for one literal
# a shared part at least this long stands for a set of alternatives (at 4, "ment" stood for
# "keine kommentare|no comments|aucun commentaire|..." and stood in 37% of the bench's lines:
# "government", "statement"; each then tried that start pattern)
_KEY_MIN = 5


def _button_key(label: str) -> str:
    """A label's words, casefolded, its marks and spacing dropped: `Share this article »`."""
    return " ".join(re.findall(r"\w+", label.casefold()))


def _fold(text: str) -> str:
    lowered = text.lower()
    if lowered.isascii() or _UNFOLDED.search(lowered) is None:
        return lowered
    return text.replace("\u0130", "i").lower().translate(_CANON)


class _Unsafe(Exception):
    """A pattern that may not be searched on its own in place of the alternation."""


def _prefilter(
    floating: list[str],
) -> tuple[tuple[str, ...], bool, list[tuple[frozenset[str] | None, re.Pattern[str]]]] | None:
    """Each floating pattern, compiled alone, with the literals it needs (None: no prefilter)."""
    if _sre_parse is None:
        return None
    patterns: list[tuple[frozenset[str] | None, re.Pattern[str]]] = []
    try:
        plain = re.compile("").flags
        for text in floating:
            compiled = re.compile(text)
            if compiled.flags != plain:  # a global flag inside: it acts on the whole alternation
                return None
            patterns.append((_needs(text), compiled))
    except NEEDS_ERRORS:
        return None
    keys = tuple(sorted({key for needs, _ in patterns if needs for key in needs}))
    return keys, any(needs is None for needs, _ in patterns), patterns


def _needs(pattern: str) -> frozenset[str] | None:
    """Folded literals one of which every match of `pattern` contains (None: none known):
    stored at build time for the shipped patterns (`needs_file`), else worked out."""
    known = needs_file.stored().get(pattern, _NOT_STORED)
    if known is _NOT_STORED:
        return _derived_needs(pattern)
    if known == needs_file.UNSAFE:
        raise _Unsafe(pattern)
    return known


_NOT_STORED = object()
# what a pattern whose literals cannot be known raises; every caller treats them alike
NEEDS_ERRORS = (re.error, _Unsafe, RecursionError, ValueError, TypeError, OverflowError)


@cache
def _derived_needs(pattern: str) -> frozenset[str] | None:
    """`_needs` read from the parsed pattern."""
    _, needs = _sequence(_sre_parse.parse(pattern))
    return frozenset(needs) if needs else None


def _sequence(items: Any) -> tuple[set[str] | None, set[str] | None]:
    """`(exact, needs)` of a sequence of parsed items.

    `exact`: every text the sequence can match, when they are few (else None); `needs`: literals
    one of which any text it matches contains (None: none known).
    """
    exact: set[str] | None = {""}
    needs: set[str] | None = None
    run: list[set[str]] = []  # consecutive items of known texts: their texts follow each other
    for op, av in items:
        item_exact, item_needs = _item(op, av)
        exact = _product(exact, item_exact) if exact is not None and item_exact else None
        if item_exact is not None:
            run.append(item_exact)
        else:
            needs = _stronger(needs, _from_run(run))
            run = []
        needs = _stronger(needs, item_needs)
    needs = _stronger(needs, _from_run(run))
    if exact is not None:
        needs = _stronger(needs, _reduced(exact))
    return exact, needs


def _item(op: Any, av: Any) -> tuple[set[str] | None, set[str] | None]:
    p = _sre_parse
    if op is p.LITERAL:
        return {_fold(chr(av))}, None
    if op is p.AT:  # ^, $, \b, ...: match no character
        return {""}, None
    if op is p.IN:
        if len(av) <= 8 and all(kind is p.LITERAL for kind, _ in av):
            return {_fold(chr(code)) for _, code in av}, None
        return None, None
    if op is p.SUBPATTERN:
        return _sequence(av[-1])
    if op is getattr(p, "ATOMIC_GROUP", None):
        return _sequence(av)
    if op is p.BRANCH:
        alternatives = [_sequence(alternative) for alternative in av[1]]
        exact = None
        if all(e is not None for e, _ in alternatives):
            exact = set().union(*(e for e, _ in alternatives))
            exact = exact if len(exact) <= _KEYS_MAX else None
        each = [_stronger(n, _reduced(e)) for e, n in alternatives]
        needs = _reduced(set().union(*each)) if all(each) else None
        return exact, needs
    if op in (p.MAX_REPEAT, p.MIN_REPEAT, getattr(p, "POSSESSIVE_REPEAT", p.MAX_REPEAT)):
        low, high, body = av
        body_exact, body_needs = _sequence(body)
        exact = None
        if body_exact is not None and high <= 3:
            exact, power = set(), {""}
            for count in range(high + 1):
                if count >= low:
                    exact |= power
                if count < high:
                    power = _product(power, body_exact)
                    if power is None:
                        exact = None
                        break
            if exact is not None and len(exact) > _KEYS_MAX:
                exact = None
        needs = None
        if low >= 1:
            needs = _stronger(body_needs, _reduced(body_exact))
        return exact, needs
    if op in (p.GROUPREF, p.GROUPREF_EXISTS):  # group numbers change in the alternation
        raise _Unsafe(op)
    return None, None  # anything else: unknown text, no literal


def _product(left: set[str] | None, right: set[str] | None) -> set[str] | None:
    if left is None or right is None or len(left) * len(right) > _KEYS_MAX:
        return None
    return {a + b for a in left for b in right}


def _from_run(run: list[set[str]]) -> set[str] | None:
    """The best literals of a run of items with known texts: those of any stretch of it."""
    if all(len(item) == 1 for item in run):
        # a word written out (one text an item): its longest stretch, the whole, is the best;
        # the stretches are not tried (that was most of building the tables: 0.3 CPU s)
        return _reduced({"".join(text for item in run for text in item)})
    return _best_stretch(run)


def _best_stretch(run: list[set[str]]) -> set[str] | None:
    """The literals of each stretch of `run`, the strongest kept."""
    best = None
    for first in range(len(run)):
        texts: set[str] | None = {""}
        for item in run[first:]:
            texts = _product(texts, item)
            if texts is None:
                break
            best = _stronger(best, _reduced(texts))
    return best


def _reduced(texts: set[str] | None) -> set[str] | None:
    """Fewer literals for the same need: drop those containing another, share a long part."""
    if not texts or "" in texts:
        return None
    sizes = sorted(map(len, texts))
    if sizes[0] != sizes[-1]:  # a text holds another only when longer (the tables' build cost)
        shortest_first = sorted(texts, key=len)
        texts = {
            t
            for t in texts
            if not any(o in t for o in shortest_first[: bisect_left(sizes, len(t))])
        }
    if len(texts) > 1:
        shortest = min(texts, key=len)
        others = [t for t in texts if t is not shortest]
        first = others[0]  # most parts are not in it: one test of `str` before the generator
        for size in range(len(shortest), _KEY_MIN - 1, -1):
            for begin in range(len(shortest) - size + 1):
                part = shortest[begin : begin + size]
                if part in first and all(part in t for t in others):
                    return {part}
    return texts


def _stronger(a: set[str] | None, b: set[str] | None) -> set[str] | None:
    """Of two needs, the one that rules out more lines: longer literals, then fewer."""
    if not a or not b:
        return a or b
    return a if _strength(a) >= _strength(b) else b


def _strength(keys: set[str]) -> tuple[int, int, int]:
    shortest = min(len(key) for key in keys)
    return min(shortest, 6), -len(keys), shortest


def _pattern_needs(pattern: str) -> frozenset[str] | None:
    """`_needs(pattern)`, or None when it cannot be known (no parser, an unusual pattern)."""
    if _sre_parse is None:
        return None
    try:
        return _needs(pattern)
    except NEEDS_ERRORS:
        return None


def _has_top_level_bar(pattern: str) -> bool:
    """`^a|b` is `(^a)|b`: its `^` does not anchor the whole pattern."""
    depth, escaped, in_class = 0, False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            return True
    return False


def _scoped(flags: str, pattern: str) -> str:
    return f"(?{flags}:{pattern})" if flags else f"(?:{pattern})"


def _label_pattern(label: str) -> str:
    """`Don't miss` -> `Don['’]t\\s{1,3}miss`: any spacing, either apostrophe."""
    words = (re.escape(word).replace("'", "['’]") for word in label.split())
    return r"\s{1,3}".join(words)
