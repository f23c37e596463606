"""The boilerplate stage over a batch (`process_batch`: the line model scores every document's
lines by one call) gives what it gives one document at a time, byte for byte: the text, the
title, the ledger (the line model's scores on it too), the labels and removals, and what
`explain` says of each line the model removed. On seeds, generated news, long documents of
news and furniture (the numpy rows), pages read from HTML (the `html` model) and edge cases."""

from __future__ import annotations

import copy

import pytest

from curate.document import Document
from curate.engines.plan import Segment, run_batch
from curate.io.html import document_from_html
from curate.pipeline import Pipeline
from curate.publish.records import kept_row, removed_row
from curate.stages import boilerplate
from curate.stages.boilerplate import BoilerplateRemover
from curate.stages.boilerplate import model as line_model
from curate.synth import news_corpus, planted_news_corpus
from curate.synth_warc import pages, seed_pages
from tests.conftest import SEEDS
from tests.test_stage_boilerplate_document_rows import _long_documents

# an article page with its furniture inside the article (what trafilatura keeps and the html
# model removes): the line model has HTML lines to judge without ../shared/eval beside the repo
FURNISHED = (
    "<html><head><title>Flood defences hold</title></head><body><article>"
    "<h1>Flood defences hold as the river peaks</h1>"
    "<p>By Maria Okafor | Updated March 3, 2024, 9:12 AM</p>"
    "<p>Share this article <a href='/fb'>Facebook</a> <a href='/tw'>Twitter</a></p>"
    "{body}"
    "<p>Photo: Jonas Lindqvist / AFP</p>"
    "<h3>Read more</h3><ul>"
    "<li><a href='/a'>Mayor backs budget fight in Oslo</a></li>"
    "<li><a href='/b'>Tanaka wins appeal in Hobart</a></li>"
    "<li><a href='/c'>Rail strike called off after talks</a></li></ul>"
    "<p>Sign up for our newsletter</p><p>Advertisement</p>"
    "</article></body></html>"
)


def _furnished_pages() -> list[tuple[str, bytes]]:
    """The seed articles' paragraphs as pages with furniture (`FURNISHED`)."""
    found = []
    for number, (_, html) in enumerate(list(seed_pages())[:2]):
        body = html.decode("utf-8").split("</h1>", 1)[1].split("</article>", 1)[0]
        page = FURNISHED.format(body=body)
        found.append((f"https://furnished.example/{number}", page.encode("utf-8")))
    return found


def _read_pages() -> list[Document]:
    """Pages through the HTML reader: their text and the link labels it leaves."""
    found = [*list(seed_pages())[:4], *_furnished_pages(), *pages(8)]
    docs = [
        document_from_html(html, url, None, {}, f"page{number}")
        for number, (url, html) in enumerate(found)
    ]
    return [doc for doc in docs if isinstance(doc, Document)]


def _inputs() -> list[Document]:
    docs = [
        Document(id=p.stem, text=p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))
    ]
    docs += [
        Document(id=f"news{n}", text=r["text"], title=r.get("title") if n % 3 else None)
        for n, r in enumerate(news_corpus(30, seed=5))
    ]
    docs += [
        Document(id=f"planted{n}", text=r["text"], title=r.get("title"))
        for n, (r, _) in enumerate(planted_news_corpus(20, seed=9))
    ]
    docs += _long_documents()[:12]
    docs += _read_pages()
    docs += [
        Document(id="empty", text=""),
        Document(id="one", text="One line alone stays."),
        Document(id="furniture", text="Share this\n\nFollow us on Twitter\n\nAdvertisement"),
        Document(id="two", text="Photo: AFP\n\nThe ministry said the missile flew for 70 minutes."),
    ]
    return docs


@pytest.fixture(scope="module", params=["news", "web"])
def prepared(request) -> tuple[BoilerplateRemover, list[Document]]:
    """The recipe's boilerplate stage and the documents as the stages before it leave them."""
    stages = Pipeline.from_recipe(request.param).map_stages
    at = next(i for i, stage in enumerate(stages) if stage.name == "boilerplate")
    docs = _inputs()
    for stage in stages[:at]:
        docs = [doc if doc.removed else stage.process(doc) for doc in docs]
    return stages[at], [doc for doc in docs if not doc.removed]


def _published(doc: Document) -> tuple:
    row = removed_row(doc) if doc.removed else kept_row(doc)
    return row, doc.text, doc.title, dict(doc.labels), [edit.to_dict() for edit in doc.edits]


def test_a_batch_gives_what_each_document_alone_gives(prepared):
    stage, docs = prepared
    alone = [stage.process(doc) for doc in copy.deepcopy(docs)]
    batch = stage.process_batch(copy.deepcopy(docs))
    assert [_published(doc) for doc in batch] == [_published(doc) for doc in alone]
    # batches of any size, a document among different neighbours
    for size in (1, 2, 7, 64):
        work = copy.deepcopy(docs[::-1])
        out = [
            d for s in range(0, len(work), size) for d in stage.process_batch(work[s : s + size])
        ]
        assert [_published(doc) for doc in out[::-1]] == [_published(doc) for doc in alone]
    # the documents are varied: the model removed lines from plain and HTML pages both
    model_edits = [d for d in alone if any(e.rule == "line_model" for e in d.edits)]
    assert any(d.id.startswith("page") for d in model_edits)
    assert any(not d.id.startswith("page") for d in model_edits)
    assert any(e.rule != "line_model" for d in alone for e in d.edits)


def test_the_short_texts_rows_are_made_for_the_batch_at_once(prepared, monkeypatch):
    """The short documents' rows come from one `batch_matrix` call a round (not one
    `features.matrix` call a document), and the documents are those `process` gives."""
    stage, docs = prepared
    alone = [_published(stage.process(doc)) for doc in copy.deepcopy(docs)]
    calls: list[int] = []
    batch_matrix = boilerplate.document_rows.batch_matrix

    def counted(pages):
        calls.append(len(pages))
        return batch_matrix(pages)

    monkeypatch.setattr(boilerplate.document_rows, "batch_matrix", counted)
    batch = stage.process_batch(copy.deepcopy(docs))
    assert [_published(doc) for doc in batch] == alone
    assert calls and max(calls) >= boilerplate.BATCH_ROWS_MIN
    assert sum(calls) >= len(docs) // 2  # most documents' rows, made with the others'


def test_rows_the_batch_cannot_make_are_made_a_document_at_a_time(prepared, monkeypatch):
    """`batch_matrix` failing on a batch: each document's rows are made alone, the documents
    are those `process` gives, none is quarantined."""
    stage, docs = prepared
    alone = [_published(stage.process(doc)) for doc in copy.deepcopy(docs)]

    def failing(pages):
        raise MemoryError("no room for the batch's rows")

    monkeypatch.setattr(boilerplate.document_rows, "batch_matrix", failing)
    failed: dict[int, Exception] = {}
    batch = stage.process_batch(copy.deepcopy(docs), failed)
    assert not failed
    assert [_published(doc) for doc in batch] == alone


def test_explain_agrees_with_the_batch_ledger(prepared):
    """`explain` (the stage again, one document) names each line the batch's model removed,
    with the score the batch put on the ledger."""
    stage, docs = prepared
    batch = stage.process_batch(copy.deepcopy(docs))
    checked = 0
    for before, after in zip(docs, batch, strict=True):
        said = stage.explain_line_model(copy.deepcopy(before))
        scores: dict[str, set[float]] = {}  # a line standing twice may score twice
        for edit in after.edits:
            if edit.rule == "line_model" and edit.score is not None:  # not a break's trim
                scores.setdefault(edit.before.strip(), set()).add(edit.score)
        assert set(said) == set(scores)
        assert all(said[line]["score"] in scores[line] for line in scores)
        checked += len(scores)
    assert checked


def test_pipeline_process_many_is_process_of_each(prepared):
    stage, docs = prepared
    pipeline = Pipeline.from_recipe("news")
    many = pipeline.process_many(copy.deepcopy(docs))
    single = [pipeline.process(doc) for doc in copy.deepcopy(docs)]
    assert [_published(doc) for doc in many] == [_published(doc) for doc in single]


def test_one_document_failing_in_a_batch_is_quarantined_alone(prepared, monkeypatch):
    """A document the stage raises on (in its rules, or the model's shared call failing on its
    rows) is quarantined with the message `process` gives; the others come out as alone."""
    stage, docs = prepared
    docs = docs[:40]
    expected = [_published(stage.process(doc)) for doc in copy.deepcopy(docs)]
    bad_rules, bad_rows = docs[3].id, docs[5].id
    tags_left = BoilerplateRemover._tags_left

    def failing_tags(self, doc, *args, **kwargs):
        if doc.id == bad_rules:
            raise ValueError("no tags today")
        return tags_left(self, doc, *args, **kwargs)

    poison = {line for line in docs[5].text.split("\n") if line.strip()}
    score_asks = line_model.score_asks

    def failing_scores(asks):
        if any(set(ask.lines or ()) & poison for ask in asks):
            raise FloatingPointError("poisoned row")
        return score_asks(asks)

    monkeypatch.setattr(BoilerplateRemover, "_tags_left", failing_tags)
    monkeypatch.setattr(boilerplate.line_model, "score_asks", failing_scores)
    result = run_batch(Segment(0, maps=[stage]), copy.deepcopy(docs))
    rejected = {q.id: q.error for q in result.rejected}
    assert rejected[bad_rules].endswith("stage boilerplate raised ValueError: no tags today")
    assert "raised FloatingPointError: poisoned row" in rejected[bad_rows]
    assert set(rejected) == {bad_rules, bad_rows}
    good = [e for doc, e in zip(docs, expected, strict=True) if doc.id not in rejected]
    assert [row for _, row in result.rows] == [row for row, *_ in good]
