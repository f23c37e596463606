"""Session 52's ecosystem round end to end through the command line: a folder of what the tools
newcomers arrive from write, each as that tool writes it (datatrove's `${rank}.jsonl.gz` and
Parquet shards, NeMo Curator's JSON Lines, Dolma's `.json.gz` and `.jsonl.zst` documents,
FineWeb's and RedPajama's rows, Common Crawl's WET and CC-NEWS WARC files, a `datasets`
`save_to_disk` folder and a Hub cache, trafilatura's XML and XML-TEI, news-please's JSON, Web
Scraper Cloud's JSON and JSON Lines), with an empty shard, a header-only shard and a shard
unpacked beside itself: every document read once, its text the text, its address, date and
writers where the record has a place for them, and what was passed over said."""

import gzip
import itertools
import json

import pyarrow as pa
import pyarrow.parquet as pq
import zstandard

from curate.io.compressed_copies import COMPRESSED_COPY
from tests.newcomer_runs import run_counted, text_of
from tests.test_newcomer_inputs import invoke

CRAWLED = "2024-02-20T10:00:00Z"


class Texts:
    """Distinct paragraphs, and the bodies made of them, remembered by their document's id."""

    def __init__(self) -> None:
        self.numbers = itertools.count(1)
        self.bodies: dict[str, str] = {}

    def body(self, doc_id: str, paragraphs: int = 3, joiner: str = "\n\n") -> str:
        parts = [text_of(next(self.numbers)) for _ in range(paragraphs)]
        self.bodies[doc_id] = joiner.join(parts)  # a WET record's lines stay lines
        return self.bodies[doc_id]

    def parts(self, doc_id: str, paragraphs: int = 3) -> list[str]:
        return self.body(doc_id, paragraphs).split("\n\n")


def _lines(rows):
    return "".join(json.dumps(row) + "\n" for row in rows).encode()


def _warc(headers, payload):
    data = payload.encode()
    head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers)
    return (head + f"Content-Length: {len(data)}\r\n\r\n").encode() + data + b"\r\n\r\n"


def _datatrove(root, texts):
    folder = root / "datatrove" / "output"
    folder.mkdir(parents=True)
    for rank in range(2):
        rows = []
        for i in range(2):
            doc_id = f"<urn:uuid:dt-{rank}-{i}>"
            meta = {"dump": "CC-MAIN-2024-10", "url": f"https://dt.example/{rank}/{i}"}
            meta |= {"date": CRAWLED, "file_path": "s3://commoncrawl/x.warc.gz"}
            meta |= {"language": "en", "language_score": 0.97, "token_count": 120}
            rows.append({"text": texts.body(doc_id), "id": doc_id, "media": [], "metadata": meta})
        (folder / f"{rank:05d}.jsonl.gz").write_bytes(gzip.compress(_lines(rows), mtime=0))
    (folder / "00002.jsonl.gz").write_bytes(gzip.compress(b"", mtime=0))  # a rank with none
    # `gunzip -k 00000.jsonl.gz` to look at it: the same records twice
    (folder / "00000.jsonl").write_bytes(gzip.decompress((folder / "00000.jsonl.gz").read_bytes()))
    shards = root / "datatrove" / "parquet"
    shards.mkdir()
    ids = ["dtp-1", "dtp-2"]
    meta = [{"url": f"https://dtp.example/{k}", "date": CRAWLED, "language": "en"} for k in ids]
    table = pa.table({"text": [texts.body(k) for k in ids], "id": ids, "metadata": meta})
    pq.write_table(table, shards / "00000.parquet")
    pq.write_table(table.slice(0, 0), shards / "00001.parquet")  # its columns and no row


def _curator_and_dolma(root, texts):
    nemo = root / "curator"
    nemo.mkdir()
    rows = [
        {"text": texts.body(f"doc-{i}"), "id": f"doc-{i}", "adlr_id": f"news-000000000{i}"}
        | {"filename": "file_0.jsonl", "url": f"https://nemo.example/{i}", "word_count": 50}
        for i in range(3)
    ]
    (nemo / "file_0.jsonl").write_bytes(_lines(rows))
    rows = [
        {"text": texts.body(f"news-100000000{i}"), "adlr_id": f"news-100000000{i}"} for i in "01"
    ]
    (nemo / "file_1.jsonl").write_bytes(_lines([r | {"filename": "file_1.jsonl"} for r in rows]))
    dolma = root / "dolma" / "documents"
    dolma.mkdir(parents=True)
    rows = [
        {"id": f"dolma-{i}", "text": texts.body(f"dolma-{i}"), "source": "cc_news"}
        | {"added": "2024-01-05T00:00:00.000Z", "created": "2023-11-02T08:30:00.000Z"}
        | {"version": "v1", "metadata": {"url": f"https://dolma.example/{i}", "length": 400}}
        for i in range(3)
    ]
    (dolma / "cc_news-0000.json.gz").write_bytes(gzip.compress(_lines(rows), mtime=0))
    rows = [
        {"id": f"c4-{i}", "text": texts.body(f"c4-{i}"), "source": "c4"}
        | {"added": "2024-01-05T00:00:00.000Z", "metadata": {"url": f"https://c4.example/{i}"}}
        for i in range(2)
    ]
    (dolma / "c4-0001.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(_lines(rows)))
    (dolma / "c4-0002.json.gz").write_bytes(gzip.compress(b"", mtime=0))  # an empty shard
    tagger = root / "dolma" / "attributes" / "ft_lang_id_en_doc_v2"  # a tagger's scores
    tagger.mkdir(parents=True)
    rows = [
        {"id": f"dolma-{i}", "attributes": {"ft_lang_id__en": [[0, 90, 0.9]]}} for i in range(3)
    ]
    (tagger / "cc_news-0000.json.gz").write_bytes(gzip.compress(_lines(rows), mtime=0))


def _web_rows(root, texts):
    fineweb = root / "fineweb" / "data" / "CC-MAIN-2024-10"
    fineweb.mkdir(parents=True)
    ids = [f"<urn:uuid:fw-{k}>" for k in range(3)]
    table = {"text": [texts.body(k) for k in ids], "id": ids, "dump": ["CC-MAIN-2024-10"] * 3}
    table |= {"url": [f"https://fw.example/{k}" for k in range(3)], "date": [CRAWLED] * 3}
    table |= {"file_path": ["s3://commoncrawl/x.warc.gz"] * 3, "language": ["en"] * 3}
    table |= {"language_score": [0.95, 0.9, 0.99], "token_count": [100, 120, 90]}
    pq.write_table(pa.table(table), fineweb / "000_00000.parquet")
    redpajama = root / "redpajama"
    redpajama.mkdir()
    rows = [
        {"text": texts.body(f"redpajama/en_head_0000-{k + 1}")}
        | {"meta": {"url": f"https://rp.example/{k}", "timestamp": "2019-04-01", "source": "cc"}}
        for k in range(2)
    ]
    (redpajama / "en_head_0000.json.gz").write_bytes(gzip.compress(_lines(rows), mtime=0))


def _common_crawl(root, texts):
    folder = root / "commoncrawl"
    folder.mkdir()
    info = [("WARC-Type", "warcinfo"), ("WARC-Date", CRAWLED), ("WARC-Record-ID", "<urn:i>")]
    records = [_warc(info, "Software-Info: ia-web-commons\r\n")]
    for i in range(3):
        headers = [("WARC-Type", "conversion"), ("WARC-Target-URI", f"https://wet.example/{i}")]
        headers += [("WARC-Date", CRAWLED), ("WARC-Record-ID", f"<urn:uuid:wet-{i}>")]
        headers += [("WARC-Refers-To", f"<urn:uuid:ref-{i}>"), ("Content-Type", "text/plain")]
        headers += [("WARC-Identified-Content-Language", "eng")]
        records.append(_warc(headers, texts.body(f"urn:uuid:wet-{i}", joiner="\n")))
    wet = b"".join(gzip.compress(record, mtime=0) for record in records)
    (folder / "CC-MAIN-20240220-00000.warc.wet.gz").write_bytes(wet)
    records = [_warc(info, "software: StormCrawler\r\n")]
    for i in range(2):
        parts = texts.parts(f"urn:uuid:news-{i}")
        html = f"<html><head><title>Harbour story {i}</title><meta property="
        html += f"'article:published_time' content='2024-02-1{i}T08:00:00Z'></head><body>"
        html += f"<article><h1>Harbour story {i}</h1>"
        html += "".join(f"<p>{p}</p>" for p in parts) + "</article></body></html>"
        address = [("WARC-Target-URI", f"https://news.example/{i}"), ("WARC-Date", CRAWLED)]
        request = [("WARC-Type", "request"), *address, ("WARC-Record-ID", f"<urn:r-{i}>")]
        records.append(_warc(request, f"GET /{i} HTTP/1.1\r\nHost: news.example\r\n\r\n"))
        response = [("WARC-Type", "response"), *address]
        response += [("WARC-Record-ID", f"<urn:uuid:news-{i}>")]
        response += [("Content-Type", "application/http; msgtype=response")]
        head = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        head += f"Content-Length: {len(html.encode())}\r\n\r\n"
        records.append(_warc(response, head + html))
    news = b"".join(gzip.compress(record, mtime=0) for record in records)
    (folder / "CC-NEWS-20240220100000-00001.warc.gz").write_bytes(news)


def _hugging_face(root, texts):
    import datasets

    ids = [f"hf-{k}" for k in range(3)]
    columns = {"text": [texts.body(k) for k in ids], "id": ids}
    columns |= {"url": [f"https://hf.example/{k}" for k in range(3)]}
    columns |= {"date": ["2024-03-01", "2024-03-02", "2024-03-03"]}
    saved = root / "saved"
    datasets.Dataset.from_dict(columns).save_to_disk(str(saved))
    datasets.load_from_disk(str(saved)).map(lambda row: {"n": 1})  # its `cache-<hash>.arrow`
    ids = [f"hfd-{k}" for k in range(3)]
    split = datasets.Dataset.from_dict({"text": [texts.body(k) for k in ids], "id": ids})
    splits = {"train": split.select([0, 1]), "test": split.select([2])}
    datasets.DatasetDict(splits).save_to_disk(str(root / "saved_splits"))
    repo = root / "hub" / "datasets--org--news"
    for part in ("blobs", "refs", "snapshots/abc123/data"):
        (repo / part).mkdir(parents=True)
    (repo / "refs" / "main").write_text("abc123")
    ids = ["hub-1", "hub-2"]
    pq.write_table(pa.table({"text": [texts.body(k) for k in ids], "id": ids}), repo / "blobs/9f8e")
    (repo / "blobs" / "aa11").write_text("---\nlicense: cc-by-4.0\n---\n# News\nA card.\n")
    (repo / "snapshots/abc123/data/train.parquet").symlink_to("../../../blobs/9f8e")
    (repo / "snapshots/abc123/README.md").symlink_to("../../blobs/aa11")


def _extractors(root, texts):
    folder = root / "trafilatura"
    folder.mkdir()
    for i in range(2):
        paragraphs = "".join(f"<p>{p}</p>" for p in texts.parts(f"trafilatura/page{i}-1"))
        (folder / f"page{i}.xml").write_text(
            f'<doc sitename="Harbour Times" title="Harbour story {i}" author="Jane Roe; John Doe"'
            f' date="2024-02-1{i}" url="https://traf.example/{i}" hostname="traf.example"'
            f' fingerprint="ab{i}" language="en"><main>{paragraphs}</main>'
            "<comments><p>Great news for the town!</p></comments></doc>"
        )
        paragraphs = "".join(f"<p>{p}</p>" for p in texts.parts(f"trafilatura/tei{i}-1"))
        (folder / f"tei{i}.xml").write_text(
            '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt>'
            f'<title type="main">TEI story {i}</title><author>John Doe</author></titleStmt>'
            "<publicationStmt><publisher>Harbour Times</publisher></publicationStmt>"
            f"<sourceDesc><bibl>Harbour Times, TEI story {i}, John Doe, 2024-03-0{i + 1}</bibl>"
            "<biblFull><titleStmt><title type='main'>TEI story</title></titleStmt>"
            f"<publicationStmt><ptr type='URL' target='https://tei.example/{i}'/>"
            f"<date>2024-03-0{i + 1}</date></publicationStmt></biblFull></sourceDesc>"
            '</fileDesc></teiHeader><text><body><div type="entry">'
            f'{paragraphs}</div><div type="comments"><p>Great article!</p></div>'
            "</body></text></TEI>"
        )
    folder = root / "newsplease" / "news.example"
    folder.mkdir(parents=True)
    for i in range(2):
        article = {"authors": ["Jane Roe"], "date_download": "2024-02-20 10:00:00"}
        article |= {"date_modify": None, "date_publish": f"2024-02-1{i} 08:00:00"}
        article |= {"description": "Short.", "filename": f"https%3A%2F%2Fnews.example%2F{i}.json"}
        article |= {"image_url": None, "language": "en", "localpath": None}
        article |= {"maintext": texts.body(f"newsplease/news.example/{i}-1"), "text": None}
        article |= {"source_domain": "news.example", "title": f"NP story {i}"}
        article |= {"title_page": None, "title_rss": None, "url": f"https://news.example/np{i}"}
        (folder / f"{i}.json").write_text(json.dumps(article, indent=4))


def _web_scraper(root, texts):
    folder = root / "webscraper"
    folder.mkdir()
    for name in ("export.json", "export.jsonl"):
        rows = []
        for k in range(2):
            page = {"web-scraper-order": "", "web-scraper-start-url": "https://ws.example/"}
            page |= {"article": f"{name} headline {k}", "article-href": f"https://ws.example/{k}"}
            for j, paragraph in enumerate(texts.parts(f"{name}-{k}")):
                rows.append(
                    page | {"web-scraper-order": f"17000{k}{j}-{j}", "paragraph": paragraph}
                )
        path = folder / name
        path.write_bytes(_lines(rows) if name.endswith("l") else json.dumps(rows).encode())


def test_newcomers_files_read_a_document_each_with_its_metadata(tmp_path):
    folder = tmp_path / "arrived"
    texts = Texts()
    for write in (_datatrove, _curator_and_dolma, _web_rows, _common_crawl, _hugging_face):
        write(folder, texts)
    _extractors(folder, texts)
    _web_scraper(folder, texts)
    out = tmp_path / "out"
    report, words = run_counted(str(folder), "--out", str(out), "--skip", "dedup")
    counts = report["counts"]
    bodies = texts.bodies
    # every document once: the unpacked shard's twin, the map cache, the Hub's blobs not again
    assert counts["kept"] == len(bodies) == 44 and counts["removed"] == 0
    assert counts["quarantined"] == 3  # the empty rank, the header-only Parquet, Dolma's
    assert report["skipped_records"] == {"request": 2, "warcinfo": 2}
    assert str(folder / "datatrove/output/00000.jsonl.gz") in report["skipped_files"]
    assert f"{COMPRESSED_COPY} 1" in words and "datasets map cache 1" in words
    assert "dolma attributes 1" in words
    quarantine = [json.loads(line) for line in (out / "quarantine.jsonl").open()]
    assert sorted((q["file"].split("/")[-1], q["kind"]) for q in quarantine) == [
        ("00001.parquet", "empty"),
        ("00002.jsonl.gz", "empty"),
        ("c4-0002.json.gz", "empty"),
    ]
    rows = [json.loads(line) for path in (out / "jsonl").glob("*.jsonl") for line in path.open()]
    assert sorted(row["text"] for row in rows) == sorted(bodies.values())  # whole, once each
    by_id = {row["id"]: row for row in rows}
    assert by_id["<urn:uuid:dt-1-0>"]["source"] == "https://dt.example/1/0"  # datatrove's own
    assert by_id["news-1000000001"]["text"] == bodies["news-1000000001"]  # Curator's `adlr_id`
    assert by_id["c4-1"]["source"] == "https://c4.example/1"  # Dolma's `metadata.url`
    assert by_id["urn:uuid:wet-2"]["source"] == "https://wet.example/2"
    assert by_id["urn:uuid:news-1"]["published"].startswith("2024-02-11")
    assert by_id["trafilatura/page1-1"]["authors"] == ["Jane Roe", "John Doe"]
    assert by_id["trafilatura/tei0-1"]["source"] == "https://tei.example/0"
    assert by_id["newsplease/news.example/1-1"]["published"].startswith("2024-02-11")
    assert by_id["newsplease/news.example/1-1"]["title"] == "NP story 1"
    pages = [row for row in rows if row["source"] == "https://ws.example/1"]
    assert sorted(row["title"] for row in pages) == [
        "export.json headline 1",
        "export.jsonl headline 1",
    ]
    # a crawl's date is no publication's: FineWeb's and datatrove's `date` is the WARC record's
    assert by_id["<urn:uuid:fw-0>"]["published"] is None
    assert invoke("validate", str(out))[0].exit_code == 0
