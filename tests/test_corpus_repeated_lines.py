import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.corpus.repeated_lines import RepeatedLineRemover, site_of
from curate.document import Document
from curate.pipeline import Pipeline
from tests.conftest import run_corpus_stage

STAGE = RepeatedLineRemover()
FURNITURE = {
    "news.example.com": ["Subscribe to Example Daily", "Example News Ltd, 1 Main Street"],
    "blog.example.org": ["Posted by the editors", "12 comments"],
    "crawl/site-c": ["Site C home", "Site C about us"],
}


def article(rng: random.Random, words: int = 40) -> str:
    vocabulary = "kim missile seoul launch talks minister sea army drill plan vote court".split()
    return " ".join(rng.choice(vocabulary) for _ in range(words)).capitalize() + "."


def corpus(docs_per_site: int = 5, seed: int = 7) -> list[Document]:
    rng = random.Random(seed)
    docs = []
    for site, (head, foot) in FURNITURE.items():
        for index in range(docs_per_site):
            source = f"https://{site}/story-{index}" if "." in site else f"{site}/p{index}.html"
            body = [article(rng) for _ in range(3)]
            # digits vary between pages: "12 comments" and "3 comments" are the same line
            tail = foot.replace("12", str(index)) if "comments" in foot else foot
            text = "\n\n".join([head, *body, tail])
            docs.append(Document(id=f"{site}-{index}", text=text, source=source, seq=len(docs)))
    return docs


def test_shared_furniture_goes_and_unique_content_stays():
    before = {d.id: d.text.split("\n\n") for d in corpus()}
    docs, summary = run_corpus_stage(STAGE, corpus())
    for doc in docs:
        lines = doc.text.split("\n\n")
        assert lines == before[doc.id][1:4]  # the three article paragraphs, in order
        assert {e.rule for e in doc.edits} == {"repeated_line"}
    assert summary["sites"] == 3 and summary["documents_edited"] == 15
    assert summary["lines_removed"] == 30


def test_a_line_on_too_few_pages_of_its_site_stays():
    docs = corpus()
    docs[0].text += "\n\nA note shared by two pages only"
    docs[1].text += "\n\nA note shared by two pages only"
    docs, _ = run_corpus_stage(STAGE, docs)
    assert docs[0].text.endswith("A note shared by two pages only")
    # two pages are enough when the setting says so
    docs = corpus()
    docs[0].text += "\n\nA note shared by two pages only"
    docs[1].text += "\n\nA note shared by two pages only"
    docs, _ = run_corpus_stage(RepeatedLineRemover(min_documents=2), docs)
    assert not docs[0].text.endswith("A note shared by two pages only")


def test_same_line_on_different_sites_is_not_furniture():
    docs = [
        Document(
            id=str(i),
            text=f"Shared line here\n\n{article(random.Random(i))}",
            seq=i,
            source=f"https://site{i}.example/a",
        )
        for i in range(6)
    ]
    docs, _ = run_corpus_stage(STAGE, docs)
    assert all(d.text.startswith("Shared line here") for d in docs)


def test_min_share_of_a_big_site():
    rng = random.Random(1)
    docs = [
        Document(
            id=str(i),
            text=f"{article(rng)}\n\n{article(rng)}",
            seq=i,
            source=f"https://big.example/{i}",
        )
        for i in range(100)
    ]
    for doc in docs[:4]:
        doc.text += "\n\nOn four pages of a hundred"
    docs, _ = run_corpus_stage(RepeatedLineRemover(min_share=0.05), docs)
    assert docs[0].text.endswith("On four pages of a hundred")  # 4 < 5% of 100
    docs, _ = run_corpus_stage(RepeatedLineRemover(min_share=0.0), docs)
    assert not docs[0].text.endswith("On four pages of a hundred")


def test_copies_of_a_page_are_left_whole_for_dedup():
    rng = random.Random(3)
    text = "\n\n".join(article(rng) for _ in range(4))
    docs = [Document(id=str(i), text=text, seq=i, source="https://x.example/a") for i in range(4)]
    docs, summary = run_corpus_stage(STAGE, docs)
    assert all(d.text == text and not d.edits for d in docs)
    assert summary["documents_spared"] == 4


def test_long_lines_and_lines_without_letters_are_never_furniture():
    long_line = " ".join(["word"] * 81)
    docs = [
        Document(
            id=str(i),
            text=f"{long_line}\n\n2019\n\n{article(random.Random(i), 200)}",
            seq=i,
            source="https://x.example/a",
        )
        for i in range(4)
    ]
    docs, _ = run_corpus_stage(STAGE, docs)
    assert all(d.text.startswith(f"{long_line}\n\n2019") for d in docs)


def test_documents_without_a_site_are_left_alone():
    docs = [Document(id=str(i), text="Same\n\nSame body.", seq=i) for i in range(5)]
    docs, summary = run_corpus_stage(RepeatedLineRemover(max_removed_share=1.0), docs)
    assert all(d.text == "Same\n\nSame body." for d in docs) and summary["sites"] == 0


@pytest.mark.parametrize(
    ("source", "site"),
    [
        ("https://www.example.com/a/b?c=1", "example.com"),
        ("http://blog.example.org", "blog.example.org"),
        ("crawl/site/page.html", "crawl/site"),
        ("<records>", None),
        (None, None),
        ("http://[broken", None),
    ],
)
def test_site_of(source, site):
    assert site_of(source) == site


def test_settings_are_checked():
    with pytest.raises(ValueError, match="min_documents"):
        RepeatedLineRemover(min_documents=1)
    with pytest.raises(ValueError, match="min_share"):
        RepeatedLineRemover(min_share=2.0)


def test_web_recipe_removes_furniture_of_a_site():
    rng = random.Random(5)
    records = [
        {
            "id": f"d{i}",
            "title": f"Story {i}",
            "url": f"https://news.example.com/{i}",
            "text": "\n\n".join(
                [*(article(rng, 60) for _ in range(3)), "Example News Ltd, 1 Main Street"]
            ),
        }
        for i in range(4)
    ]
    result = Pipeline.from_recipe("web").run(records)
    assert len(result.kept) == 4
    assert all("Example News Ltd" not in row["text"] for row in result.kept)
    assert result.report  # the run accounts for every document


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(alphabet="ab 1\n", max_size=30), min_size=1, max_size=8))
def test_never_crashes_replays_and_never_empties_a_document(texts):
    docs = [
        Document(id=str(i), text=t, seq=i, source="https://x.example/p")
        for i, t in enumerate(texts)
    ]
    # run_corpus_stage replays every document's edits
    docs, _ = run_corpus_stage(RepeatedLineRemover(min_documents=2, min_share=0.0), docs)
    assert all(d.text.strip() or not t.strip() for d, t in zip(docs, texts, strict=True))
