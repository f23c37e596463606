"""Seeded news-like corpora with planted noise and planted duplicates, for tests and benchmarks.

Nothing here touches the network or any state outside the `random.Random(seed)` it creates: the
same arguments give the same bytes on every machine. Word lists and sentence templates live in
`curate/data/synth.yaml`; an order-2 word Markov chain over the shipped seed articles adds a
few sentences of real scraped prose.

A story is an *event* (topic, places, people, numbers, fixed for the story) written out as a
title and paragraphs; rendering adds the debris of scraped pages at low rates (captions,
"Read Also", NBSP, curly quotes, "< p>", "&amp;", machine-translation slips). Planted relations:

- copy: the same story republished elsewhere: retitled, last paragraph cut, a few typos, some
  quotes swapped between curly and straight, a boilerplate line added. Same cluster.
- exact_copy: the same title and text under another id and URL. Same cluster.
- look_alike: a different story about the same event (same names, places and numbers, other
  sentences). Its own cluster: a deduplicator must keep both.

`news_corpus` streams documents; `planted_news_corpus` streams them with their ground truth;
`syndicated_corpus` builds a shuffled corpus of story clusters for deduplication tests.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from curate.resources import SEEDS_DIR, data_file

VOCABULARY = "synth.yaml"
SLOT = re.compile(r"\{(\w+)\}")
ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
KEY_NEIGHBOURS = dict(zip("aeioustnrl", "sdrpiayhmek", strict=False))


class Planted(NamedTuple):
    """Ground truth for one generated document."""

    cluster: int  # documents with one cluster number tell the same story
    kind: str  # "original", "copy", "exact_copy" or "look_alike"
    of: str | None  # id of the document it was made from (None for originals)
    lang: str  # language the story was written in: "en", "fr", "de" or "es"


@dataclass
class _Story:
    """One written story: its event, its title and paragraphs, and the templates it used."""

    event: dict[str, str]
    lang: str
    title: str
    paragraphs: list[str]
    used: frozenset[str]


# Public API ------------------------------------------------------------------------------------


def news_corpus(n: int, seed: int = 0, avg_bytes: int = 2000) -> Iterator[dict[str, str]]:
    """`n` documents `{"id", "title", "text", "url"}` of about `avg_bytes` UTF-8 bytes of text.

    About 10% are republished copies of an earlier document, 1% exact copies, 4% different
    stories on an earlier story's event, and 5% are not in English.
    """
    for doc, _ in planted_news_corpus(n, seed, avg_bytes):
        yield doc


def planted_news_corpus(
    n: int, seed: int = 0, avg_bytes: int = 2000
) -> Iterator[tuple[dict[str, str], Planted]]:
    """`news_corpus` with each document's ground truth (`Planted`)."""
    rng = random.Random(seed)
    writer = _Writer(rng, avg_bytes)
    rates = writer.rates
    recent: list[tuple[dict[str, str], _Story, int]] = []  # originals that copies may draw on
    clusters = 0
    for seq in range(n):
        roll = rng.random()
        if recent and roll < rates["republished"]:
            source, story, cluster = rng.choice(recent)
            yield (
                writer.republish(seq, source, story),
                Planted(cluster, "copy", source["id"], story.lang),
            )
            continue
        roll -= rates["republished"]
        if recent and roll < rates["exact_copy"]:
            source, story, cluster = rng.choice(recent)
            yield (
                writer.exact_copy(seq, source, story),
                Planted(cluster, "exact_copy", source["id"], story.lang),
            )
            continue
        roll -= rates["exact_copy"]
        if recent and roll < rates["look_alike"]:
            source, story, _ = rng.choice(recent)
            new_story = writer.story(story.event, story.lang, avoid=story.used)
            planted = Planted(clusters, "look_alike", source["id"], story.lang)
        else:
            new_story = writer.story(writer.event(), writer.language())
            planted = Planted(clusters, "original", None, new_story.lang)
        doc = writer.render(seq, new_story)
        recent.append((doc, new_story, clusters))
        if len(recent) > 500:
            recent.pop(rng.randrange(len(recent)))
        clusters += 1
        yield doc, planted


def syndicated_corpus(n_stories: int, seed: int = 0) -> tuple[list[dict[str, str]], dict[str, int]]:
    """Documents of `n_stories` stories, shuffled, and the truth `{doc_id: story_cluster}`.

    Each story has 0 to 4 republished copies (mostly edited, some exact). About a quarter of
    the stories are a different story on the event of the one before, in a cluster of their own.
    """
    rng = random.Random(seed)
    writer = _Writer(rng, 2000)
    made: list[tuple[dict[str, str], int]] = []
    previous: _Story | None = None
    for cluster in range(n_stories):
        if previous is not None and rng.random() < 0.25:
            # a chain of look-alikes avoids every template used so far in the chain
            story = writer.story(previous.event, previous.lang, avoid=previous.used)
        else:
            story = writer.story(writer.event(), writer.language())
        original = writer.render(len(made), story)
        made.append((original, cluster))
        copies = rng.choices(range(5), weights=(35, 25, 20, 12, 8))[0]
        for _ in range(copies):
            if rng.random() < 0.15:
                made.append((writer.exact_copy(len(made), original, story), cluster))
            else:
                made.append((writer.republish(len(made), original, story), cluster))
        previous = story
    rng.shuffle(made)
    docs = [doc for doc, _ in made]
    return docs, {doc["id"]: cluster for doc, cluster in made}


def write_jsonl(docs: Iterable[dict[str, Any]], path: str | Path) -> int:
    """Write documents as JSON Lines (UTF-8, one object a line); returns how many."""
    count = 0
    with open(path, "w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False))
            handle.write("\n")
            count += 1
    return count


# The writer ------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _seed_chain() -> tuple[dict[tuple[str, str], tuple[str, ...]], tuple[tuple[str, str], ...]]:
    """Order-2 word chain over the sentences of the shipped seed articles (read-only, cached)."""
    sentences: list[list[str]] = []
    for path in sorted(Path(SEEDS_DIR).glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        text = text.replace("< p>", "").translate(str.maketrans("“”’", '""\''))
        for paragraph in text.split("\n"):
            if "REUTERS" in paragraph or len(paragraph.split()) < 8:
                continue
            for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z\"])", paragraph.strip()):
                words = sentence.split()
                if len(words) >= 8 and words[-1].endswith("."):
                    sentences.append(words)
    chain: dict[tuple[str, str], list[str]] = {}
    for words in sentences:
        for i in range(len(words) - 2):
            chain.setdefault((words[i], words[i + 1]), []).append(words[i + 2])
    starts = tuple((words[0], words[1]) for words in sentences)
    return {key: tuple(value) for key, value in chain.items()}, starts


class _Writer:
    """Writes stories and renders them as scraped documents, drawing only on its `rng`."""

    def __init__(self, rng: random.Random, avg_bytes: int) -> None:
        self.rng = rng
        self.avg_bytes = avg_bytes
        vocab = data_file(VOCABULARY)
        self.vocab = vocab
        self.rates: dict[str, float] = vocab["rates"]
        self.shared: dict[str, list[str]] = {
            **vocab["slots"],
            **vocab["generic_slots"],
            **vocab["closing_slots"],
            "first": vocab["first_names"],
            "last": vocab["surnames"],
            "agency": vocab["agencies"],
        }
        self.topics: dict[str, dict[str, Any]] = vocab["topics"]
        self.languages = list(vocab["foreign_languages"])
        self.language_weights = list(vocab["foreign_languages"].values())

    # Events and stories ----------------------------------------------------------------------
    def event(self) -> dict[str, str]:
        """The facts a story is about; stories that share an event share these names."""
        rng = self.rng
        vocab = self.vocab
        topic = rng.choice(sorted(self.topics))
        spec = self.topics[topic]
        home, other = rng.sample(vocab["countries"], 2)
        city, city2 = rng.sample(home["cities"], 2)
        role1, role2 = rng.sample(spec["roles"], 2)
        org1, org2 = rng.sample(spec["orgs"], 2)
        agency = rng.choice(vocab["agencies"])
        first1, first2 = rng.choice(vocab["first_names"]), rng.choice(vocab["first_names"])
        last1, last2 = rng.sample(vocab["surnames"], 2)
        return {
            "TOPIC": topic,
            "SECTION": spec["section"],
            "DATE": f"{rng.randint(2019, 2024)}/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}",
            "C": home["name"],
            "DEM": home["demonym"],
            "aDEM": ("an " if home["demonym"][0] in "AEIOU" else "a ") + home["demonym"],
            "CITY": city,
            "C2": other["name"],
            "DEM2": other["demonym"],
            "CITY2": city2,
            "P1": f"{first1} {last1}",
            "P1L": last1,
            "R1": _title_role(role1),
            "r1": role1.lower(),
            "P2": f"{first2} {last2}",
            "P2L": last2,
            "R2": _title_role(role2),
            "r2": role2.lower(),
            "ORG": org1,
            "ORG2": org2,
            "EVDAY": rng.choice(vocab["slots"]["day"]),
            "AGENCY": agency,
            "agency_upper": agency.upper(),
        }

    def language(self) -> str:
        if self.rng.random() < self.rates["foreign"]:
            return self.rng.choices(self.languages, weights=self.language_weights)[0]
        return "en"

    def story(
        self, event: dict[str, str], lang: str, avoid: frozenset[str] = frozenset()
    ) -> _Story:
        """Write a story about `event`; templates in `avoid` only when no other is left."""
        target = int(self.avg_bytes * self.rng.uniform(0.7, 1.3))
        if lang != "en":
            return self._foreign_story(event, lang, target)
        rng = self.rng
        spec = self.topics[event["TOPIC"]]
        tables = (spec["slots"], spec["headline_slots"], self.shared)
        used: set[str] = set()

        def pick(kind: str, templates: list[str]) -> str:
            fresh = [i for i in range(len(templates)) if f"{kind}{i}" not in avoid | used]
            index = rng.choice(fresh) if fresh else rng.randrange(len(templates))
            used.add(f"{kind}{index}")
            return self.sentence(templates[index], event, tables)

        title = _headline(pick("h", spec["headlines"]))
        paragraphs = [pick("l", spec["lede"])]
        body = [("t", spec["sentences"])] * 3 + [("g", self.vocab["generic"])] * 2
        size = len(paragraphs[0].encode("utf-8"))
        closing = rng.random() < 0.6
        closing_size = 60 if closing else 0
        while size + closing_size < target:
            sentences = []
            for _ in range(rng.choice((1, 2, 2, 3))):
                kind, templates = rng.choice(body)
                sentences.append(pick(kind, templates))
            paragraph = " ".join(sentences)
            paragraphs.append(paragraph)
            size += len(paragraph.encode("utf-8")) + 2
        seeded = event["TOPIC"] in ("conflict", "diplomacy") and len(paragraphs) > 1
        if seeded and rng.random() < self.rates["seed_sentence"]:
            seed_sentence = self._seed_sentence()
            if seed_sentence:
                at = rng.randrange(1, len(paragraphs))
                paragraphs[at] = f"{paragraphs[at]} {seed_sentence}"
        if closing:
            paragraphs.append(pick("c", self.vocab["closings"]))
        return _Story(event, lang, title, paragraphs, frozenset(used) | avoid)

    def _foreign_story(self, event: dict[str, str], lang: str, target: int) -> _Story:
        rng = self.rng
        grammar = self.vocab["foreign"][lang]
        tables = (grammar["slots"], self.shared)

        def clause() -> str:
            parts = [
                rng.choice(grammar["subjects"]),
                rng.choice(grammar["verbs"]),
                rng.choice(grammar["complements"]),
            ]
            if rng.random() < 0.5:
                parts.append(rng.choice(grammar["adjuncts"]))
            return " ".join(parts)

        def sentence() -> str:
            text = clause()
            if rng.random() < 0.3:
                joiner = rng.choice(grammar["joiners"])
                second = clause()
                first_word = second.split(" ", 1)[0]
                if any(first_word.startswith(a) for a in grammar["articles"]):
                    second = second[0].lower() + second[1:]
                text = text + joiner + second
            return self.sentence(text + ".", event, tables)

        headline = rng.choice(grammar["headlines"])
        headline = (
            headline.replace("{subject}", rng.choice(grammar["subjects"]))
            .replace("{verb}", rng.choice(grammar["verbs"]))
            .replace("{complement}", rng.choice(grammar["complements"]))
        )
        title = self.sentence(headline, event, tables)
        paragraphs: list[str] = []
        size = 0
        while size < target:
            paragraph = " ".join(sentence() for _ in range(rng.choice((1, 2, 2, 3))))
            paragraphs.append(paragraph)
            size += len(paragraph.encode("utf-8")) + 2
        return _Story(event, lang, title, paragraphs, frozenset())

    def _seed_sentence(self) -> str | None:
        chain, starts = _seed_chain()
        if not starts:
            return None
        rng = self.rng
        for _ in range(5):
            words = list(rng.choice(starts))
            while len(words) < 45:
                following = chain.get((words[-2], words[-1]))
                if not following:
                    break
                words.append(rng.choice(following))
                if words[-1].endswith(".") and len(words) >= 8:
                    return " ".join(words)
        return None

    # Templates -------------------------------------------------------------------------------
    def sentence(self, template: str, event: dict[str, str], tables: tuple[dict, ...]) -> str:
        text = self.expand(template, event, tables)
        return text[0].upper() + text[1:] if text else text

    def expand(
        self, template: str, event: dict[str, str], tables: tuple[dict, ...], depth: int = 0
    ) -> str:
        if depth > 6:
            raise ValueError(f"synth template nests too deeply: {template!r}")

        def fill(match: re.Match[str]) -> str:
            name = match.group(1)
            value = event.get(name)
            if value is None:
                value = self._number(name)
            if value is None:
                for table in tables:
                    if name in table:
                        value = self.rng.choice(table[name])
                        break
                else:
                    raise KeyError(f"synth template slot {{{name}}} is not defined")
            value = str(value)
            return self.expand(value, event, tables, depth + 1) if "{" in value else value

        return SLOT.sub(fill, template)

    def _number(self, name: str) -> str | None:
        rng = self.rng
        if name == "n_small":
            return str(rng.randint(2, 9))
        if name == "n":
            return str(rng.randint(10, 990))
        if name == "n_big":
            return f"{rng.randint(1000, 90000):,}"
        if name == "pct":
            return f"{rng.uniform(0.5, 39.9):.1f}"
        if name == "pct_small":
            return f"{rng.uniform(0.1, 6.9):.1f}"
        if name == "year":
            return str(rng.randint(2005, 2024))
        if name == "money":
            unit = rng.choice(("million", "billion"))
            currency = rng.choice(("$", "$", "€", "£"))
            return f"{currency}{rng.randint(11, 990) / 10:g} {unit}"
        if name == "ordinal":
            return rng.choice(ORDINALS)
        if name == "hour":
            return f"{rng.randint(5, 11)}:{rng.randint(0, 59):02d}"
        if name == "day_of_month":
            return str(rng.randint(1, 28))
        return None

    # Rendering -------------------------------------------------------------------------------
    def render(self, seq: int, story: _Story) -> dict[str, str]:
        """The story as a scraped page would give it: debris added at the configured rates."""
        rng = self.rng
        rates = self.rates
        event = story.event
        title = story.title
        blocks = list(story.paragraphs)
        english = story.lang == "en"
        if english and rng.random() < rates["translated"]:
            blocks = self._translation_slips(blocks)
        style = rng.choices(("straight", "curly", "mixed"), weights=(50, 40, 10))[0]
        title = _quote_style(title, style)
        blocks = [_quote_style(block, style) for block in blocks]
        if english and rng.random() < rates["amp"]:
            self._amp(blocks)
        if english and rng.random() < rates["amp"] / 2:
            title = title.replace(" and ", " &amp; ", 1).replace(" And ", " &amp; ", 1)
        if rng.random() < rates["stray_tag"] and len(blocks) > 2:
            at = rng.randrange(1, len(blocks))
            blocks[at] = "< p>" + blocks[at]
        if english and rng.random() < rates["boilerplate"]:
            for _ in range(rng.choice((1, 1, 2))):
                self._insert(blocks, rng.choice(self.vocab["boilerplate"]["lines"]))
        if english and rng.random() < rates["read_more"]:
            self._insert(blocks, self._read_more())
        if rng.random() < rates["section_tag"]:
            tag = self.expand(rng.choice(self.vocab["boilerplate"]["section_tags"]), event, ())
            for _ in range(rng.choice((2, 2, 3))):
                self._insert(blocks, tag)
        head: list[str] = []
        if english and rng.random() < rates["caption_first"]:
            caption = rng.choice(self.vocab["captions"])
            head.append(self.expand(caption, event, (self.shared,)))
        if rng.random() < rates["title_in_text"]:
            head.append(title.replace("&amp;", "&"))
        text = "\n\n".join(head + blocks)
        if rng.random() < rates["nbsp"]:
            text = self._nbsp(text)
        return self._document(seq, title, text, event)

    def republish(self, seq: int, source: dict[str, str], story: _Story) -> dict[str, str]:
        """Another outlet's copy: retitled, last paragraph cut, typos, quotes swapped, debris."""
        rng = self.rng
        blocks = source["text"].split("\n\n")
        if len(blocks) > 4 and rng.random() < 0.85:
            blocks.pop()
        if rng.random() < 0.6:
            line = (
                self._read_more()
                if rng.random() < 0.3
                else rng.choice(self.vocab["boilerplate"]["lines"])
            )
            self._insert(blocks, line)
        text = "\n\n".join(blocks)
        for _ in range(rng.randint(1, 3)):
            text = self._typo(text)
        if rng.random() < 0.5:
            text = _swap_some_quotes(text, rng)
        return self._document(seq, self._retitle(source["title"], story), text, story.event)

    def exact_copy(self, seq: int, source: dict[str, str], story: _Story) -> dict[str, str]:
        return self._document(seq, source["title"], source["text"], story.event)

    def _document(self, seq: int, title: str, text: str, event: dict[str, str]) -> dict[str, str]:
        rng = self.rng
        slug = "-".join(re.findall(r"[a-z0-9]+", title.lower())[:8]) or "story"
        outlet = rng.choice(self.vocab["outlets"])
        url = f"https://www.{outlet}.example/{event['SECTION']}/{event['DATE']}/{slug}"
        return {
            "id": f"{seq:06d}_{rng.getrandbits(64):016x}",
            "title": title,
            "text": text,
            "url": url,
        }

    def _retitle(self, title: str, story: _Story) -> str:
        rng = self.rng
        roll = rng.random()
        if story.lang == "en" and roll < 0.5:
            spec = self.topics[story.event["TOPIC"]]
            tables = (spec["slots"], spec["headline_slots"], self.shared)
            for _ in range(3):
                new = _headline(self.sentence(rng.choice(spec["headlines"]), story.event, tables))
                if new != title:
                    return new
        if roll < 0.7:
            return f"{title} | {rng.choice(self.vocab['outlets']).replace('-', ' ').title()}"
        if roll < 0.85:
            return f"UPDATE {rng.randint(1, 3)}-{title}"
        return title.upper() if story.lang == "en" and rng.random() < 0.3 else f"{title} (video)"

    def _read_more(self) -> str:
        other = self.event()
        spec = self.topics[other["TOPIC"]]
        tables = (spec["slots"], spec["headline_slots"], self.shared)
        headline = _headline(self.sentence(self.rng.choice(spec["headlines"]), other, tables))
        template = self.rng.choice(self.vocab["boilerplate"]["read_more"])
        return template.replace("{headline}", headline)

    def _insert(self, blocks: list[str], line: str) -> None:
        """A debris line between two paragraphs (never first: the lede stays on top)."""
        blocks.insert(self.rng.randint(1, max(1, len(blocks) - 1)), line)

    def _amp(self, blocks: list[str]) -> None:
        # "Procter & Gamble" scraped as "Procter &amp; Gamble"
        candidates = [i for i, block in enumerate(blocks) if " and " in block]
        if candidates:
            i = self.rng.choice(candidates)
            blocks[i] = blocks[i].replace(" and ", " &amp; ", 1)

    def _translation_slips(self, blocks: list[str]) -> list[str]:
        """Slips of machine-translated text, as in seed 003: "a incursion", "incursion ,"."""
        rng = self.rng
        slips = rng.sample(("comma", "article", "lower", "continued"), rng.randint(1, 3))
        out = list(blocks)
        for slip in slips:
            i = rng.randrange(len(out))
            if slip == "comma":
                out[i] = re.sub(r"(\w), ", r"\1 , ", out[i], count=rng.randint(1, 2))
            elif slip == "article":
                # "an incursion" -> "a incursion"
                joined = "\n\n".join(out)
                joined = re.sub(r"\ban ([aeiou]\w+)", r"a \1", joined, count=rng.randint(1, 3))
                out = joined.split("\n\n")
            elif slip == "lower":
                out[i] = re.sub(
                    r"(\w\. )([A-Z])(?=[a-z])",
                    lambda m: m.group(1) + m.group(2).lower(),
                    out[i],
                    count=1,
                )
            else:
                out[-1] = out[-1] + " it continued."
        return out

    def _nbsp(self, text: str) -> str:
        spaces = [m.start() for m in re.finditer(" ", text)]
        if not spaces:
            return text
        chars = list(text)
        for at in self.rng.sample(spaces, min(len(spaces), self.rng.randint(1, 6))):
            chars[at] = "\u00a0"
        return "".join(chars)

    def _typo(self, text: str) -> str:
        words = [m for m in re.finditer(r"[A-Za-z]{5,}", text)]
        if not words:
            return text
        word = self.rng.choice(words)
        value = word.group(0)
        at = self.rng.randrange(1, len(value) - 2)
        kind = self.rng.randrange(4)
        if kind == 0:  # transposed letters
            wrong = value[:at] + value[at + 1] + value[at] + value[at + 2 :]
        elif kind == 1:  # dropped letter
            wrong = value[:at] + value[at + 1 :]
        elif kind == 2:  # doubled letter
            wrong = value[:at] + value[at] + value[at:]
        else:  # neighbouring key
            wrong = value[:at] + KEY_NEIGHBOURS.get(value[at], "e") + value[at + 1 :]
        return text[: word.start()] + wrong + text[word.end() :]


# Small text helpers ----------------------------------------------------------------------------


def _title_role(role: str) -> str:
    """A role as written before a name: "Defense Minister", "Secretary of State"."""
    small = {"of", "the", "for", "and"}
    return " ".join(w if w in small else w[0].upper() + w[1:] for w in role.split())


def _headline(text: str) -> str:
    return text[0].upper() + text[1:] if text else text


def _quote_style(text: str, style: str) -> str:
    """Straight quotes as written, or typographic ones (the style of seed 000)."""
    if style == "straight":
        return text
    text = re.sub(r"\"([^\"\n]*)\"", "\u201c\\1\u201d", text)
    if style == "curly":
        text = re.sub(r"(?<=\w)'(?=\w)|(?<=s)'(?=\s)", "\u2019", text)
    return text


def _swap_some_quotes(text: str, rng: random.Random) -> str:
    """Flip a few quotes between curly and straight, as a re-edit by another desk does."""
    swaps = (("\u2019", "'"), ("'", "\u2019"), ("\u201c", '"'), ("\u201d", '"'))
    chars = list(text)
    for old, new in swaps:
        positions = [i for i, c in enumerate(chars) if c == old]
        for i in rng.sample(positions, min(len(positions), rng.randint(0, 3))):
            chars[i] = new
    return "".join(chars)
