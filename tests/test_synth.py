"""The synthetic corpus generator: deterministic, the right size, and its ground truth holds."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter, defaultdict
from itertools import combinations

import pytest
from langdetect import DetectorFactory, detect

from curate.synth import (
    Planted,
    news_corpus,
    planted_news_corpus,
    syndicated_corpus,
    write_jsonl,
)

KEYS = {"id", "title", "text", "url"}


def shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.casefold())
    return {tuple(words[i : i + n]) for i in range(max(1, len(words) - n + 1))}


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def digest(docs) -> str:
    return hashlib.sha256(
        "\n".join(json.dumps(d, ensure_ascii=False, sort_keys=True) for d in docs).encode()
    ).hexdigest()


@pytest.fixture(scope="module")
def planted() -> list[tuple[dict[str, str], Planted]]:
    return list(planted_news_corpus(600, seed=7))


def test_same_seed_same_bytes():
    assert digest(news_corpus(150, seed=3)) == digest(news_corpus(150, seed=3))
    assert digest(news_corpus(150, seed=3)) != digest(news_corpus(150, seed=4))
    first, truth = syndicated_corpus(30, seed=2)
    again, truth_again = syndicated_corpus(30, seed=2)
    assert digest(first) == digest(again) and truth == truth_again


def test_documents_are_well_formed(planted):
    docs = [doc for doc, _ in planted]
    assert all(set(doc) == KEYS for doc in docs)
    assert len({doc["id"] for doc in docs}) == len(docs)
    assert all(doc["text"] and doc["title"] for doc in docs)
    assert all(doc["url"].startswith("https://") for doc in docs)
    assert all("\n\n" in doc["text"] for doc in docs)


@pytest.mark.parametrize("avg_bytes", [500, 2000, 6000])
def test_size_close_to_average(avg_bytes):
    sizes = [
        len(doc["text"].encode("utf-8")) for doc in news_corpus(120, seed=1, avg_bytes=avg_bytes)
    ]
    mean = sum(sizes) / len(sizes)
    assert 0.75 * avg_bytes <= mean <= 1.25 * avg_bytes


def test_planted_shares(planted):
    kinds = Counter(p.kind for _, p in planted)
    assert 0.05 < kinds["copy"] / len(planted) < 0.15
    assert kinds["exact_copy"] >= 1 and kinds["look_alike"] >= 5
    langs = Counter(p.lang for _, p in planted)
    assert 0.01 < 1 - langs["en"] / len(planted) < 0.1


def test_noise_is_mixed_in(planted):
    text = "\n".join(doc["text"] for doc, _ in planted)
    for marker in (
        "\u00a0",
        "\u201c",
        "\u2019",
        "< p>",
        "&amp;",
        "Read Also",
        " , ",
        "it continued.",
    ):
        assert marker in text, marker
    assert re.search(r"\ba [aeiou]\w+", text)  # "a incursion"


def test_copies_and_look_alikes(planted):
    by_id = {doc["id"]: doc for doc, _ in planted}
    cluster = {doc["id"]: truth.cluster for doc, truth in planted}
    for doc, truth in planted:
        if truth.of is None:
            continue
        source = by_id[truth.of]
        similarity = jaccard(shingles(doc["text"]), shingles(source["text"]))
        if truth.kind == "exact_copy":
            assert doc["text"] == source["text"] and doc["id"] != source["id"]
        elif truth.kind == "copy":
            assert similarity > 0.5, (doc["id"], similarity)
            assert doc["title"] != source["title"] and doc["text"] != source["text"]
        else:
            assert similarity < 0.3, (doc["id"], similarity)
            assert truth.cluster != cluster[truth.of]


def test_syndicated_ground_truth():
    docs, truth = syndicated_corpus(60, seed=9)
    assert set(truth) == {doc["id"] for doc in docs} and len(truth) == len(docs)
    assert set(truth.values()) == set(range(60))
    sets = {doc["id"]: shingles(doc["text"]) for doc in docs}
    members = defaultdict(list)
    for doc in docs:
        members[truth[doc["id"]]].append(doc["id"])
    assert any(len(ids) > 1 for ids in members.values())
    for a, b in combinations(sets, 2):
        similarity = jaccard(sets[a], sets[b])
        if truth[a] == truth[b]:
            assert similarity > 0.5, (a, b, similarity)
        else:
            assert similarity < 0.3, (a, b, similarity)


def test_langdetect_labels_english_as_english(planted):
    DetectorFactory.seed = 0
    english = [doc for doc, truth in planted if truth.lang == "en"][:80]
    foreign = [(doc, truth.lang) for doc, truth in planted if truth.lang != "en"][:10]
    assert sum(detect(doc["text"]) == "en" for doc in english) >= 0.95 * len(english)
    assert foreign
    assert sum(detect(doc["text"]) == lang for doc, lang in foreign) >= 0.8 * len(foreign)


def test_write_jsonl_round_trips(tmp_path):
    docs = list(news_corpus(20, seed=5))
    path = tmp_path / "corpus.jsonl"
    assert write_jsonl(docs, path) == 20
    raw = path.read_text(encoding="utf-8")
    assert "\\u" not in raw  # ensure_ascii=False: "’" and NBSP written as UTF-8
    assert [json.loads(line) for line in raw.splitlines()] == docs
