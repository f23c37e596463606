"""Point-and-click scrapers' tables of a row per selected element (io.selection_rows): ParseHub's
CSV export and Web Scraper's gather a page's rows into its one document; other tables are read
a row a document as before."""

import csv
import json

import pytest

from curate.io.selection_rows import ITEMS, PAGE, WEB_SCRAPER, selection_table
from tests.newcomer_runs import documents, quarantined, read_all, run_counted, text_of
from tests.test_newcomer_inputs import invoke

HEADLINES = [f"Harbour reopens after the storm in district {k}" for k in range(3)]
URLS = [f"https://news.example/{k}" for k in range(3)]
PARAGRAPHS = [[text_of(10 * k + j) for j in range(k + 2)] for k in range(3)]
PARSEHUB = ["selection1_name", "selection1_url", "selection1_selection2_name"]


def _write(path, header, rows):
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _repeated(k, j, text):  # the outer item's values on each of its rows
    return [HEADLINES[k], URLS[k], text]


def _first_only(k, j, text):  # ... on its first row alone
    return [HEADLINES[k], URLS[k], text] if j == 0 else ["", "", text]


PARSEHUB_ROWS = {
    "repeated": lambda: [_repeated(k, j, t) for k in range(3) for j, t in enumerate(PARAGRAPHS[k])],
    "first row only": lambda: [
        _first_only(k, j, t) for k in range(3) for j, t in enumerate(PARAGRAPHS[k])
    ],
    "a row of its own": lambda: [
        row
        for k in range(3)
        for row in [[HEADLINES[k], URLS[k], ""], *[["", "", t] for t in PARAGRAPHS[k]]]
    ],
}


@pytest.mark.parametrize("shape", sorted(PARSEHUB_ROWS))
def test_a_parsehub_csv_is_an_item_a_document_titled_by_its_name(tmp_path, shape):
    # a paragraph a document, untitled, its address the file's
    path = _write(tmp_path / "run_results.csv", PARSEHUB, PARSEHUB_ROWS[shape]())
    docs = documents(read_all(path))
    assert [d.title for d in docs] == HEADLINES and [d.source for d in docs] == URLS
    assert [d.text.split("\n\n") for d in docs] == PARAGRAPHS


def test_a_parsehub_listing_s_articles_are_the_items_not_its_page(tmp_path):
    # a run from a listing page into each article: the page's name on every row
    header = [
        "page_name",
        "page_articles_name",
        "page_articles_url",
        "page_articles_date",
        "page_articles_body_name",
    ]
    rows = [
        ["Latest news" if k + j == 0 else "", *_first_only(k, j, "")[:2], "1 March 2024", t]
        for k in range(3)
        for j, t in enumerate(PARAGRAPHS[k])
    ]
    docs = documents(read_all(_write(tmp_path / "listing.csv", header, rows)))
    assert [d.title for d in docs] == HEADLINES and [d.source for d in docs] == URLS
    assert [d.text.split("\n\n") for d in docs] == PARAGRAPHS


def test_a_parsehub_item_s_text_beside_a_selection_of_tags_is_its_text(tmp_path):
    rows = []
    for k in range(3):
        rows.append([HEADLINES[k], URLS[k], " ".join(PARAGRAPHS[k]), ""])
        rows += [["", "", "", tag] for tag in ("Politics", "Harbour", "Weather")]
    header = ["selection1_name", "selection1_url", "selection1_text", "selection1_tags_name"]
    docs = documents(read_all(_write(tmp_path / "run.csv", header, rows)))
    assert [d.title for d in docs] == HEADLINES
    assert [d.text for d in docs] == [" ".join(p) for p in PARAGRAPHS]


@pytest.mark.parametrize("title_row", ["with the first paragraph", "alone"])
def test_a_parsehub_csv_of_a_run_over_one_page_is_one_article(tmp_path, title_row):
    body = PARAGRAPHS[2]
    if title_row == "alone":
        rows = [[HEADLINES[0], ""], *[["", t] for t in body]]
    else:
        rows = [[HEADLINES[0] if j == 0 else "", t] for j, t in enumerate(body)]
    path = _write(tmp_path / "page.csv", ["title_name", "paragraphs_name"], rows)
    (doc,) = documents(read_all(path))
    assert doc.title == HEADLINES[0] and doc.text.split("\n\n") == body


WEB_SCRAPER_HEADER = ["web-scraper-order", "web-scraper-start-url", "article", "article-href"]


def _web_scraper_rows(texts_of):
    rows, order = [], 0
    for k in range(3):
        for text in texts_of(k):
            order += 1
            rows.append(
                [f"1700000000-{order}", "https://news.example/", HEADLINES[k], URLS[k], text]
            )
    return rows


@pytest.mark.parametrize("column", ["paragraph", "text", "body"])
def test_web_scraper_s_rows_of_one_page_are_its_paragraphs(tmp_path, column):
    # a paragraph a document, or the link's words (`article`, a known text field) the text
    rows = _web_scraper_rows(lambda k: PARAGRAPHS[k])
    path = _write(tmp_path / "news.csv", [*WEB_SCRAPER_HEADER, column], rows)
    docs = documents(read_all(path))
    assert [d.title for d in docs] == HEADLINES and [d.source for d in docs] == URLS
    assert [d.text.split("\n\n") for d in docs] == PARAGRAPHS


def test_web_scraper_s_row_a_page_is_read_from_its_body_not_its_link(tmp_path):
    # `article` and `body` "may each hold the text": the whole file was passed over
    rows = _web_scraper_rows(lambda k: [" ".join(PARAGRAPHS[k])])
    path = _write(tmp_path / "news.csv", [*WEB_SCRAPER_HEADER, "body"], rows)
    docs = documents(read_all(path))
    assert [d.title for d in docs] == HEADLINES
    assert [d.text for d in docs] == [" ".join(p) for p in PARAGRAPHS]


@pytest.mark.parametrize(
    ("header", "rows"),
    [
        # a listing's headlines: records, not a page's sentences
        (
            ["web-scraper-order", "web-scraper-start-url", "section", "headline"],
            [[f"1-{k}", "https://news.example/", "News", HEADLINES[k]] for k in range(3)],
        ),
        # a page's comments under its address alone: records
        (
            ["web-scraper-order", "web-scraper-start-url", "comment"],
            [[f"1-{k}", "https://news.example/a", text_of(k)] for k in range(3)],
        ),
        # no selector's columns: any other table
        (["first_name", "last_name", "text"], [["Jane", "Roe", text_of(k)] for k in range(3)]),
        (["section_name", "headline_name"], [["News", HEADLINES[k]] for k in range(3)]),
        # ParseHub's lists side by side, no one page: each element's row a record
        (
            ["headline_name", "writer_name", "body_name"],
            [[HEADLINES[k], f"Writer {k}", text_of(k)] for k in range(3)],
        ),
    ],
)
def test_tables_of_records_are_read_a_row_a_document(tmp_path, header, rows):
    path = _write(tmp_path / "rows.csv", header, rows)
    items = read_all(path, reader={"text_field": header[-1]} if "comment" in header else None)
    assert len(documents(items)) == 3 and not quarantined(items)


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        (PARSEHUB, ITEMS),
        (
            ["selection1_name", "selection1_url", "selection1_body_text", "selection1_body_name"],
            ITEMS,
        ),
        (["title_name", "paragraphs_name"], PAGE),
        ([*WEB_SCRAPER_HEADER, "paragraph"], WEB_SCRAPER),
        (["page_name", "page_articles_name", "page_articles_body_name"], ITEMS),
        (["page_name", "page_a_name", "page_a_b_name", "page_c_name"], None),  # two branches
        (["selection1_name", "selection1_url"], None),  # one selection: its rows are records
        (["selection1_name", "selection1_selection2_name", "date"], None),  # no selection's
        (["id", "text"], None),
    ],
)
def test_a_header_tells_its_layout(header, kind):
    found = selection_table(header)
    assert (found.kind if found is not None else None) == kind


def test_scrapers_tables_through_the_cli(tmp_path):
    folder = tmp_path / "in folder"
    folder.mkdir()
    _write(folder / "ParseHub run.csv", PARSEHUB, PARSEHUB_ROWS["first row only"]())
    rows = _web_scraper_rows(lambda k: PARAGRAPHS[k])
    _write(folder / "webscraper.csv", [*WEB_SCRAPER_HEADER, "paragraph"], rows)
    out = tmp_path / "out"
    report, _ = run_counted(str(folder), "--out", str(out), "--skip", "dedup")
    assert report["counts"]["read"] == 6 and report["counts"]["kept"] == 6
    assert invoke("validate", str(out))[0].exit_code == 0


def _web_scraper_records(texts_of, column="paragraph"):
    """Web Scraper Cloud's JSON export: the CSV's rows as objects, its header their keys."""
    header = [*WEB_SCRAPER_HEADER, column]
    return [dict(zip(header, row, strict=True)) for row in _web_scraper_rows(texts_of)]


def _json_export(path, records):
    if path.suffix == ".jsonl":
        path.write_text("".join(json.dumps(record) + "\n" for record in records))
    else:
        path.write_text(json.dumps(records, indent=2))
    return path


@pytest.mark.parametrize("name", ["export.json", "export.jsonl"])
@pytest.mark.parametrize("column", ["paragraph", "text"])
def test_web_scraper_s_json_exports_gather_a_page_as_its_csv_does(tmp_path, name, column):
    # session 52: the CSV's twin in JSON was read a paragraph a document (9 for 3 articles)
    records = _web_scraper_records(lambda k: PARAGRAPHS[k], column)
    docs = documents(read_all(_json_export(tmp_path / name, records)))
    assert [d.title for d in docs] == HEADLINES and [d.source for d in docs] == URLS
    assert [d.text.split("\n\n") for d in docs] == PARAGRAPHS


def test_web_scraper_s_json_lines_with_a_broken_line_keep_the_rest_gathered(tmp_path):
    records = _web_scraper_records(lambda k: PARAGRAPHS[k])
    lines = [json.dumps(record) for record in records]
    lines.insert(3, '{"web-scraper-order": "1700000000-99", "paragraph": "cut')
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(lines) + "\n")
    items = read_all(path)
    assert [q.line for q in quarantined(items)] == [4]
    assert [d.text.split("\n\n") for d in documents(items)] == PARAGRAPHS


@pytest.mark.parametrize(
    "records",
    [
        # a listing's headlines: records, not a page's sentences
        [
            {
                "web-scraper-order": f"1-{k}",
                "web-scraper-start-url": "https://news.example/",
                "section": "News",
                "text": HEADLINES[k],
            }
            for k in range(3)
        ],
        # a page's comments under its address alone: records
        [
            {
                "web-scraper-order": f"1-{k}",
                "web-scraper-start-url": "https://news.example/a",
                "text": text_of(k),
            }
            for k in range(3)
        ],
        # no Web Scraper's columns: records of one site, read as they were
        [{"url": "https://news.example/", "title": "Home", "text": text_of(k)} for k in range(3)],
    ],
)
@pytest.mark.parametrize("name", ["rows.json", "rows.jsonl"])
def test_json_records_that_are_no_page_s_paragraphs_stay_a_record_a_document(
    tmp_path, records, name
):
    items = read_all(_json_export(tmp_path / name, records))
    assert [d.text for d in documents(items)] == [r["text"] for r in records]
