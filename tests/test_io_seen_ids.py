"""The ids a run has read (io.seen_ids): the answers of a `set`, in a few bytes an id.

A run's reader remembers every id it has given (`readers.UniqueIds`), to rename a later copy.
As a `set` that held each id's `str` and its slot, about 150 bytes a page of a web archive: the
one thing the reading of a 1 GiB crawl held that grew with the file.
"""

import gzip
import random
import tracemalloc

import pytest

from curate.io import seen_ids
from curate.io.readers import UniqueIds, read_inputs
from curate.io.seen_ids import SeenIds
from curate.synth_warc import response

SHAPES = [
    lambda n: f"urn:uuid:{n:08x}-0748-5fe5-8132-31586c7ac7ad",  # WARC record ids
    lambda n: f"news/2024/{n % 97}.jsonl:{n}",  # file ids with lines
    lambda n: f"doc-{n}",
    lambda n: f"caf\xe9-{n}-\U0001f600",  # not ASCII
    lambda n: f"bad\udcff{n}",  # a lone surrogate (a file name not UTF-8)
    lambda n: "" if n % 5 == 0 else f"{n}",  # the empty id
]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("clash", [False, True])
def test_seen_ids_answer_as_a_set_does(monkeypatch, shape, clash):
    monkeypatch.setattr(seen_ids, "BUFFER", 16)  # many merges into the sorted arrays
    if clash:  # every id's hash one of three: each answer comes from comparing the ids
        monkeypatch.setattr(seen_ids, "_key", lambda value: len(value) % 3)
    rng = random.Random(5)
    expected: set[str] = set()
    seen = SeenIds()
    for _ in range(600):
        value = shape(rng.randrange(300))  # about half given again
        assert (value in seen) == (value in expected), value
        if value not in expected:
            seen.add(value)
            expected.add(value)
    assert len(seen) == len(expected)
    for n in range(300, 340):  # never given
        assert (shape(n) in seen) == (shape(n) in expected)
    seen.close()


def test_unique_ids_renames_as_before(monkeypatch):
    """The same file's ids given twice and three times: one id each, the same names as ever."""
    from curate.document import Document

    monkeypatch.setattr(seen_ids, "BUFFER", 4)
    ids = UniqueIds()
    names = []
    for _copy in range(3):
        for n in range(10):
            doc = Document(id=f"d{n}", text="x")
            ids.claim(doc, f"a:{n}")
            names.append(doc.id)
    assert names[:10] == [f"d{n}" for n in range(10)]
    assert names[10:20] == [f"d{n}@a:{n}" for n in range(10)]
    assert names[20:] == [f"d{n}@a:{n}#2" for n in range(10)]


def _held_per_id(make_id, count):
    ids = UniqueIds()
    from curate.document import Document

    docs = [Document(id=make_id(n), text="x") for n in range(count)]
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for doc in docs:
            ids.claim(doc, "w")
        del docs  # the documents go on down the run; what the reader keeps stays
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    return (after - before) / count


@pytest.mark.parametrize("shape", SHAPES[:3])
def test_unique_ids_hold_a_few_bytes_an_id(monkeypatch, shape):
    # a set held the id's str and its slot: 150 bytes a WARC record id, 95 a `doc-N`; now 16
    # in the sorted arrays, once the last `BUFFER` ids are merged into them
    monkeypatch.setattr(seen_ids, "BUFFER", 256)
    assert _held_per_id(shape, 30_000) < 40


def _tiny_warc(path, pages):
    with open(path, "wb") as handle:
        for n in range(pages):
            body = (
                f"<html><head><title>Story {n}</title></head><body><article>"
                f"<p>The council met on day {n} and agreed the budget for the new school "
                f"and the bridge over the river, its members said.</p></article></body></html>"
            ).encode()
            url = f"https://news.example/{n}"
            handle.write(gzip.compress(response(url, "200 OK", "text/html", body, n), mtime=0))


@pytest.mark.parametrize("pages", [1300, 2300])
def test_reading_a_web_archive_holds_no_more_as_it_goes(monkeypatch, tmp_path, pages):
    """From the 300th page of a generated WARC to its last, the reader's memory (documents
    dropped as they come) grows by under 40 bytes a page (it held each id: 150). The fast
    extractor: trafilatura's date search (htmldate) fills LRU caches of 8,192 entries each, a
    few hundred bytes a distinct page until they are full: more pages than a test reads."""
    monkeypatch.setattr(seen_ids, "BUFFER", 64)
    path = tmp_path / "crawl.warc.gz"
    _tiny_warc(path, pages)
    items = read_inputs([path], reader={"extractor": "resiliparse"})
    read = 0
    for _ in items:  # the libraries' first-page costs, before the count starts
        read += 1
        if read == 300:
            break
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for item in items:
            assert item.id.startswith("urn:uuid:")
            read += 1
            if read == pages:  # the reading still open: what it holds is not let go yet
                after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert read == pages
    assert (after - before) / (pages - 300) < 40
