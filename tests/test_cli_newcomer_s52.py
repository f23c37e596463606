"""Session 52's newcomer round end to end through the command line: a folder of what common
scrapers write (ParseHub's and Web Scraper's CSV a row per element, Scrapy's CSV of joined
paragraphs and its `//text()` lists, Apify's paragraph columns, an Atom feed's XHTML content,
a Mac text of curly quotes) reads an article a document, its text whole."""

import csv
import json

from tests.newcomer_runs import run_counted, text_of
from tests.test_newcomer_inputs import invoke

HEADLINES = [f"Harbour reopens after the storm in district {k}" for k in range(3)]
BODIES = [[text_of(10 * k + j) for j in range(3)] for k in range(3)]


def _csv(path, header, rows):
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def _scrapers_folder(folder):
    folder.mkdir()
    _csv(  # one row a paragraph, the item's headline on its first row alone
        folder / "parsehub run.csv",
        ["selection1_name", "selection1_url", "selection1_selection2_name"],
        [
            [HEADLINES[k] if j == 0 else "", f"https://p.example/{k}" if j == 0 else "", text]
            for k in range(3)
            for j, text in enumerate(BODIES[k])
        ],
    )
    _csv(  # one row a paragraph, the page's link repeated
        folder / "webscraper.csv",
        ["web-scraper-order", "web-scraper-start-url", "article", "article-href", "paragraph"],
        [
            [f"1-{k}{j}", "https://w.example/", HEADLINES[k], f"https://w.example/{k}", t]
            for k in range(3)
            for j, t in enumerate(BODIES[(k + 1) % 3][::-1])
        ],
    )
    _csv(  # Scrapy's `-o items.csv`: a list joined by commas
        folder / "items.csv",
        ["title", "url", "body"],
        [[HEADLINES[k], f"https://s.example/{k}", ",".join(BODIES[k][1:])] for k in range(3)],
    )
    _csv(  # Apify's CSV: a list a column an element
        folder / "dataset.csv",
        ["title", "url", "paragraphs/0", "paragraphs/1"],
        [[HEADLINES[k], f"https://a.example/{k}", *BODIES[k][:2]] for k in range(3)],
    )
    nodes = [
        {"title": HEADLINES[k], "body": ["\n  ", f"Mayor {k} ", "said", " it reopens.", "\n"]}
        for k in range(3)
    ]
    (folder / "items.jl").write_text("".join(json.dumps(item) + "\n" for item in nodes))
    entries = "".join(
        f"<entry><id>urn:{k}</id><title>{HEADLINES[k]}</title><summary>Short.</summary>"
        f"<content type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'><p>{BODIES[k][2]}"
        f"</p><p>{text_of(70 + k)}</p></div></content></entry>"
        for k in range(3)
    )
    atom = f"<feed xmlns='http://www.w3.org/2005/Atom'><title>F</title>{entries}</feed>"
    (folder / "feed.atom").write_text(atom)
    quote = "\u201cWe are ready,\u201d the mayor said. It\u2019s done.\n\n"
    (folder / "mac note.txt").write_bytes((quote + text_of(90) + "\n").encode("mac_roman"))


def test_scrapers_outputs_read_an_article_a_document(tmp_path):
    folder = tmp_path / "scraped"
    _scrapers_folder(folder)
    out = tmp_path / "out"
    report, _ = run_counted(str(folder), "--out", str(out), "--skip", "dedup")
    # 3 a file (the Mac note 1): 31 on main, ParseHub's and Web Scraper's a paragraph a row
    assert report["counts"]["read"] == 19 and report["counts"]["kept"] == 19
    rows = [json.loads(line) for path in (out / "jsonl").glob("*.jsonl") for line in path.open()]
    texts = {row["text"] for row in rows}
    assert "\n\n".join(BODIES[1][1:]) in texts  # Scrapy's joined paragraphs
    assert "\n\n".join(BODIES[0]) in texts  # ParseHub's rows
    assert "Mayor 2 said it reopens." in texts  # Scrapy's text nodes
    assert any(text.startswith("\u201cWe are ready,\u201d") for text in texts)  # Mac Roman
    assert not any(text == "Short." for text in texts)  # the Atom entry's summary
    titled = [row for row in rows if row["title"] in HEADLINES]
    assert len(titled) == 18
    assert invoke("validate", str(out))[0].exit_code == 0
