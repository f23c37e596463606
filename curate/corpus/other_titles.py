"""Lines that are another document's title: related-story headlines, found by corpus evidence.

"Fire damages Fort Orange Club in Albany" under an article about a school budget has a content
headline's shape: no line column tells it from the article's own subheading. In a crawl it is
often the title of another page of the corpus. So a line of a document that is, word for word,
the title of a document of another story is a link to that story, not part of this one.

Measured with `python -m curate.evaluate other_titles` (session 33): on the benchmarks' whole
pages, 13 noise lines are another page's title and no content line is (the few content lines
that are: a page's own headline repeated under its title while a copy of the page is in the
set, hence the guards below). The benchmarks hold one page of most sites, so how many related
headlines a crawl would find this way they cannot say; precise where they can, it runs in both
recipes (after `common_lines` in `news`, after `repeated_lines` in `web`).

sketch: hashes of the document's titles (its `title` and first line, each also with a site
        suffix " | The Site" cut), of its first long paragraphs (its story, as `common_lines`
        knows it), and of each line that could be a headline (`min_words` to `max_words`
        words, not its first line or one of its titles, not a sentence of `sentence_words`+
        words, not a quotation standing alone).
fit:    documents sharing a long paragraph are one story (a copy's title is its own); a line is
        removed when some document of another story has it as a title.
apply:  those lines leave as ledger edits (rule `other_title`); a document that would lose more
        than `max_removed_share` of its words (a section front, all headlines) is left whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from curate.corpus.line_keys import line_keys
from curate.corpus.paragraph_stories import ParagraphStories
from curate.corpus.repeated_lines import (
    CompactLines,
    LineDecisions,
    LineRemover,
    RepeatedLinesState,
    furniture_in,
)
from curate.document import Document
from curate.stages.base import CorpusStage, check_ranges, register

RULE = "other_title"
# a site name after a separator: "Fire damages club in Albany | Times Union" -> the headline
SITE_SUFFIX = re.compile(r"\s+[|\-–—:·•»]\s+[^|\-–—:·•»]{1,60}$")
# a sentence: ends with . ! ? (a closing quote or bracket after it allowed)
STOPS = ".!?…"
CLOSERS = "\"'”’»)"
# a quotation standing alone: "“Meth. We’re on it.”" in an article about that campaign
QUOTATION = re.compile(r"^\s*[\"'“‘«„].*[\"'”’»][.!?,]?\s*$", re.DOTALL)
HOLDERS = 4  # documents remembered per title: enough to find one of another story
BOUNDS: dict[str, tuple[float | None, float | None]] = {
    name: (1, None)
    for name in ("min_words", "max_words", "sentence_words", "story_words", "story_paragraphs")
} | {"max_removed_share": (0.0, 1.0)}


def title_variants(title: str) -> list[str]:
    """A title as written, and with one then two site suffixes cut ("Headline - Section |
    Site"): the forms another document may quote it in."""
    found, text = [title], " ".join(title.split())
    for _ in range(2):
        cut = SITE_SUFFIX.sub("", text)
        if cut == text:
            break
        found.append(cut)
        text = cut
    return found


def ends_sentence(line: str) -> bool:
    r"""Whether `line` ends with a stop, a closing quote or bracket after it allowed, then
    whitespace only (`[.!?…]["'”’»)]?\s*$` searched: read off the last two characters of the
    line stripped, where the search tried every stop of the line)."""
    tail = line.rstrip()[-2:]
    return bool(tail) and (
        tail[-1] in STOPS or (tail[-1] in CLOSERS and len(tail) == 2 and tail[0] in STOPS)
    )


class TitleSketch(NamedTuple):
    titles: tuple[int, ...]  # hashes of the document's titles
    story: tuple[int, ...]  # hashes of its first long paragraphs
    words: int
    lines: tuple[tuple[int, int], ...]  # (hash, words) of the lines that could be headlines


@register
@dataclass(frozen=True)
class OtherTitleRemover(LineRemover, CorpusStage):
    """Remove the lines that are the title of a document of another story."""

    name = "other_titles"
    rule = RULE
    # shorter lines are labels ("Most Popular") or titles a utility page shares with a
    # subheading ("How It Works"): 3-word lines are 7% of the related headlines read (81 of
    # 1,183) but 15% of the subheadings (260 of 1,786)
    min_words: int = 4
    max_words: int = 25  # longer lines are article text
    sentence_words: int = 10  # a line this long that ends like a sentence is a paragraph
    story_words: int = 20  # a paragraph this long, shared, makes two documents one story
    story_paragraphs: int = 5  # the first long paragraphs a document is known by
    max_removed_share: float = 0.5  # leave a document whole rather than remove more of it

    def __post_init__(self) -> None:
        check_ranges(self, **BOUNDS)
        if self.max_removed_share == 0.0:
            raise ValueError("other_titles.max_removed_share: 0.0 must be in (0, 1]")

    def sketch(self, doc: Document) -> TitleSketch:
        keyed = [item for item in line_keys(doc.text) if item[3] is not None]
        named = [doc.title] if doc.title else []
        if keyed:
            named.append(doc.text[keyed[0][0] : keyed[0][1]])
        titles = {
            key
            for title in named
            for variant in title_variants(title)
            for *_, words, key in line_keys(" ".join(variant.split()))
            if key is not None and words >= self.min_words
        }
        story: list[int] = []
        lines: dict[int, int] = {}
        kept_out = set(titles)  # a key that stands once as a title, sentence or quotation
        total = 0
        # (the settings read once a document, a line's text cut only where it is asked whether
        # it ends a sentence or is a quotation: 73% of the bench's keyed lines are outside the
        # words' bounds)
        text, story_words, paragraphs = doc.text, self.story_words, self.story_paragraphs
        min_words, max_words, sentence_words = self.min_words, self.max_words, self.sentence_words
        for at, (start, end, words, key) in enumerate(keyed):
            total += words
            if words >= story_words and len(story) < paragraphs:
                story.append(key)
            if at == 0 or not min_words <= words <= max_words:
                kept_out.add(key)
                continue
            line = text[start:end]
            if (words >= sentence_words and ends_sentence(line)) or QUOTATION.match(line):
                kept_out.add(key)
            else:
                lines[key] = lines.get(key, 0) + words
        candidates = tuple((key, n) for key, n in lines.items() if key not in kept_out)
        return TitleSketch(tuple(sorted(titles)), tuple(story), total, candidates)

    def fit(self, sketches: Iterable[tuple[int, str, TitleSketch]]) -> RepeatedLinesState:
        held: list[tuple[int, CompactLines]] = []
        holders: dict[int, list[int]] = {}  # title hash -> the first documents (seq) with it
        joined = ParagraphStories()
        documents = 0
        for seq, _doc_id, sketch in sketches:
            documents += 1
            joined.add(seq, sketch.story)
            for key in sketch.titles:
                found = holders.setdefault(key, [])
                if len(found) < HOLDERS:
                    found.append(seq)
            if sketch.lines:
                held.append((seq, CompactLines.of(sketch)))
        stories = joined.close()
        decisions = LineDecisions()
        spared = removed = 0
        for seq, compact in held:
            story = stories.find(seq)
            titled = {
                key
                for key, _ in compact.lines
                if any(stories.find(other) != story for other in holders.get(key, ()))
            }
            lines, spare = furniture_in(
                compact.lines, compact.words, titled, self.max_removed_share
            )
            spared += spare
            if lines:
                decisions[seq] = lines
                removed += len(lines)
        stats = {
            "documents": documents,
            "titles": len(holders),
            "documents_edited": len(decisions),
            "documents_spared": spared,
            "lines_removed": removed,
        }
        return RepeatedLinesState(decisions.finish(), stats)
