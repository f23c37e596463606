"""The text column named in no known way, told by what it holds (io.prose_columns): one column
of prose among short ones is read and named; two are not guessed between."""

from __future__ import annotations

import csv
import json

import pyarrow as pa
import pyarrow.feather as feather
import pyarrow.parquet as pq
import pytest

from curate.io.prose_columns import prose_field
from tests.newcomer_runs import documents, quarantined, read_all, run_counted, texts_of

NAMES = ["Article Text", "full_text", "Body Text", "news_text", "FullText", "Story Text"]


def _articles(n: int, start: int = 0) -> list[str]:
    """Texts of three sentences (some 90 words), an article's length."""
    return [" ".join(texts_of(3, 3 * k)) for k in range(start, start + n)]


def _rows(column: str, n: int = 4) -> list[dict]:
    return [
        {"id": f"a{k}", "title": f"Headline number {k}", column: text, "url": f"https://n.org/{k}"}
        for k, text in enumerate(_articles(n))
    ]


def _write(path, rows: list[dict]) -> None:
    suffix = path.name.split(".", 1)[1]
    if suffix == "csv":
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    elif suffix == "jsonl":
        path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    elif suffix == "json":
        path.write_text(json.dumps(rows, indent=2), encoding="utf-8")
    elif suffix == "parquet":
        pq.write_table(pa.Table.from_pylist(rows), path)
    elif suffix == "arrow":  # a stream, as `save_to_disk` writes its shards
        table = pa.Table.from_pylist(rows)
        with pa.ipc.new_stream(path, table.schema) as writer:
            writer.write_table(table)
    else:
        feather.write_feather(pa.Table.from_pylist(rows), path)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("suffix", ["csv", "jsonl", "json", "parquet", "arrow", "feather"])
def test_one_column_of_prose_is_read_and_named(tmp_path, name, suffix):
    # each was passed over (.csv, .json) or quarantined a row each as missing_field, with the
    # advice `--text-field NAME` for a second run
    path = tmp_path / f"news.{suffix}"
    _write(path, _rows(name))
    items = read_all(path)
    assert not quarantined(items)
    docs = documents(items)
    assert [d.text for d in docs] == _articles(4)
    assert [d.id for d in docs] == ["a0", "a1", "a2", "a3"]
    assert [d.title for d in docs] == [f"Headline number {k}" for k in range(4)]
    assert {d.labels["text_field"] for d in docs} == {name}


def test_a_lead_beside_the_article_is_no_second_text(tmp_path):
    # news-please's `description` (a sentence or two) beside the article under another name
    rows = [{"lead": " ".join(texts_of(1, 9 * k)), "page": t} for k, t in enumerate(_articles(3))]
    path = tmp_path / "np.jsonl"
    _write(path, rows)
    assert [d.labels["text_field"] for d in documents(read_all(path))] == ["page"] * 3


@pytest.mark.parametrize("suffix", ["csv", "jsonl", "parquet"])
def test_two_columns_of_prose_are_not_guessed_between(tmp_path, suffix):
    rows = [{"id": k, "Article Text": t, "Full Story": t[::-1]} for k, t in enumerate(_articles(3))]
    path = tmp_path / f"two.{suffix}"
    _write(path, rows)
    items = read_all(path)
    assert not documents(items)
    hint = "'Article Text' and 'Full Story' may each hold the text"
    if suffix == "csv":  # a table of no known text field: one record, named
        [item] = quarantined(items)
        assert (item.kind, item.line) == ("unsupported", None)
    else:
        assert [q.line for q in quarantined(items)] == [1, 2, 3]
        assert all(q.kind == "missing_field" for q in quarantined(items))
    assert all(
        hint in q.error and "--text-field 'Full Story'" in q.error for q in quarantined(items)
    )
    # in a folder, the table is passed over and the run stops, saying the same
    from tests.test_newcomer_inputs import invoke

    result, text = invoke("run", tmp_path, "--out", tmp_path / "out")
    assert (result.exit_code != 0) is (suffix == "csv") and hint in " ".join(text.split())


@pytest.mark.parametrize(
    "rows",
    [
        [{"id": k, "headline": f"Short words {k}"} for k in range(3)],  # no prose
        # markup with no words between its tags (a widget), serialised data
        [{"id": k, "c": f"<div class='w{k}'><img src='{k}.png'/></div>"} for k in range(4)],
        [{"id": k, "c": json.dumps({"body": t})} for k, t in enumerate(_articles(2))],
    ],
)
def test_columns_of_no_prose_keep_the_advice(tmp_path, rows):
    path = tmp_path / "x.jsonl"
    _write(path, rows)
    items = read_all(path)
    assert not documents(items)
    assert all("--text-field" in q.error for q in quarantined(items))


def test_a_headerless_first_row_is_no_name():
    # a headerless table read with its first row as the header: a text is no column's name
    first = _articles(1)[0]
    rows = [{"1": "2", first: t, "pos": "neg"} for t in _articles(3, 1)]
    assert prose_field(rows) is None


def test_the_field_is_told_over_the_first_rows_not_the_first_alone():
    # a first row whose article failed (a headline's words alone) does not decide
    rows = [{"title": "A title of some eight words, said the", "body_x": "Forbidden"}]
    rows += [{"title": f"Title {k}", "body_x": t} for k, t in enumerate(_articles(4))]
    assert prose_field(rows) == "body_x"
    assert prose_field([{"a": t, "b": t} for t in _articles(2)]) == ("a", "b")


def test_a_run_says_which_column_it_read(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    _write(folder / "a.csv", _rows("Article Text"))
    report, text = run_counted(str(folder), "--out", str(tmp_path / "out"))
    assert report["counts"]["read"] == 4 and report["text_fields"] == {"Article Text": 4}
    assert "read from field 'Article Text'" in " ".join(text.split())


# a table of short texts (tweets, reviews, headlines, messages: 5 to 19 words a row) under a
# name of its own, beside ids, dates, addresses, numbers and labels
SUBJECTS = ["The mayor", "Our team", "This phone", "The new cafe", "My flight", "A local band"]
VERBS = ["just announced", "really loved", "totally ruined", "quietly opened", "finally fixed"]
OBJECTS = ["the summer festival", "a new bike lane", "the late menu", "its weekend concerts"]


def _short(k: int) -> str:
    """A short text of its own for each k (a tweet's or a review's 8 to 10 words)."""
    return f"{SUBJECTS[k % 6]} {VERBS[k * 3 % 5]} {OBJECTS[k * 5 % 4]} on day {k}!"


SHORT_TABLES = {
    "Tweet": lambda k, text: {
        "tweet_id": 1000 + k,
        "created_at": f"Mon Apr {k + 1:02d} 22:19:45 PDT 2009",  # six words, three of letters
        "user": f"user{k}",
        "Tweet": text,
        "sentiment": ["positive", "negative", "neutral"][k % 3],
    },
    "review_body": lambda k, text: {
        "review_id": f"R{k:05d}",
        "star_rating": k % 5 + 1,
        "review_body": text,
        "verified_purchase": "Y",
        "review_date": f"2015-08-{k + 1:02d}",
    },
    "Headline Text": lambda k, text: {
        "publish_date": 20030219 + k,
        "Headline Text": text,
        # a category of several words, repeated: a label, not a text
        "category": ["Sports and Leisure News of Today", "World Affairs and Politics Desk"][k % 2],
        "link": f"https://news.example/{k}",
    },
    "message": lambda k, text: {
        "id": k,
        "message": text,
        "label": k % 2,
        "url": f"https://x.io/{k}",
    },
}


@pytest.mark.parametrize("name", list(SHORT_TABLES))
@pytest.mark.parametrize("suffix", ["csv", "jsonl", "json", "parquet"])
def test_one_column_of_short_texts_is_read_and_named(tmp_path, name, suffix):
    # each was passed over (.csv, .json) or quarantined a row each, advised `--text-field`
    path = tmp_path / f"short.{suffix}"
    _write(path, [SHORT_TABLES[name](k, _short(k)) for k in range(8)])
    items = read_all(path)
    assert not quarantined(items)
    docs = documents(items)
    assert [d.text for d in docs] == [_short(k) for k in range(8)]
    assert {d.labels["text_field"] for d in docs} == {name}


@pytest.mark.parametrize("suffix", ["csv", "jsonl", "parquet"])
def test_two_columns_of_short_texts_are_not_guessed_between(tmp_path, suffix):
    rows = [{"id": k, "title": _short(k), "review_body": _short(k + 40)} for k in range(8)]
    path = tmp_path / f"two.{suffix}"
    _write(path, rows)
    items = read_all(path)
    assert not documents(items) and quarantined(items)
    hint = "'review_body' and 'title' may each hold the text"
    assert all(hint in q.error and "--text-field title" in q.error for q in quarantined(items))


@pytest.mark.parametrize(
    "column",
    [
        lambda k: f"{100 + k} Main Street, Springfield, IL 627{k:02d}",  # an address: 4 words
        lambda k: f"Samsung Galaxy S2{k} Ultra 5G 256GB Phantom Black",  # a product's name
        lambda k: f"Mon Apr {k + 1:02d} 22:19:45 PDT 2009",  # a date
        lambda k: " ".join(str(k * i) for i in range(8)),  # numbers
        lambda k: ["Arts Culture and Entertainment Today", "Science and Technology Desk"][k % 2],
        lambda k: f"Ann Lee {k}",  # a name: too few words
    ],
)
def test_columns_of_no_short_text_keep_the_advice(tmp_path, column):
    path = tmp_path / "x.jsonl"
    _write(path, [{"id": k, "c": column(k)} for k in range(8)])
    items = read_all(path)
    assert not documents(items)
    assert all("--text-field" in q.error for q in quarantined(items))


def test_a_few_rows_tell_short_texts_by_their_sentences():
    # under 4 rows, distinct values could be a label's few: read when written as sentences
    # (round 19 kept the advice for them all), not when title-cased as a category is
    assert prose_field([{"id": k, "m": _short(k)} for k in range(3)]) == "m"
    assert prose_field([{"id": k, "m": _short(k)} for k in range(4)]) == "m"
    labels = ["Arts Culture and Entertainment Today", "Science and Technology Desk Weekly"]
    assert prose_field([{"id": k, "m": labels[k]} for k in range(2)]) is None
    assert prose_field([{"id": 1, "m": _short(1)}, {"id": 2, "m": _short(1)}]) is None
    assert prose_field([{"id": 1, "m": _short(1)}]) is None  # one row tells nothing
    # near every value its own: a column of the same three short texts repeats them
    assert prose_field([{"id": k, "m": _short(k % 3)} for k in range(12)]) is None


@pytest.mark.parametrize("suffix", ["jsonl", "json", "parquet"])
def test_a_column_of_paragraphs_is_told_by_its_text_joined(tmp_path, suffix):
    # `Paragraphs: list<string>` beside a short headline: read, joined as the reader joins them
    rows = [
        {"doc_id": f"d{k}", "headline": _short(k), "Paragraphs": texts_of(3, 3 * k), "n": k}
        for k in range(5)
    ]
    path = tmp_path / f"paras.{suffix}"
    _write(path, rows)
    items = read_all(path)
    assert not quarantined(items)
    docs = documents(items)
    assert [d.text for d in docs] == ["\n\n".join(texts_of(3, 3 * k)) for k in range(5)]
    assert {d.labels["text_field"] for d in docs} == {"Paragraphs"}


def test_one_objects_list_of_strings_is_no_column_of_paragraphs():
    # `{"status": "ok", "results": [...]}`: its records (io.bare_strings), not one text
    assert prose_field([{"status": "ok", "results": _articles(3)}]) is None
    # a chat's turns (objects) are not paragraphs guessed at (io.chat_turns)
    turns = [{"from": "human", "value": t} for t in _articles(2)]
    assert prose_field([{"id": k, "turns": turns} for k in range(5)]) is None


def test_a_run_says_which_short_column_it_read(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    _write(folder / "a.csv", [SHORT_TABLES["Tweet"](k, _short(k)) for k in range(6)])
    report, text = run_counted(str(folder), "--out", str(tmp_path / "out"))
    assert report["counts"]["read"] == 6 and report["text_fields"] == {"Tweet": 6}
    assert "read from field 'Tweet'" in " ".join(text.split())


def test_words_of_letters_are_told_in_linear_time():
    from tests.conftest import assert_linear

    def make(n: int) -> list[dict]:
        return [{"c": "a-" * n + "1"}, {"c": "'a" * n + "!1"}, {"c": "x" * n + " y"}]

    assert_linear(prose_field, make, 200_000)


PRODUCTS = [
    "Stainless Steel Insulated Water Bottle with Bamboo Lid",
    "Organic Cotton Crew Neck T-Shirt for Men",
    "Wireless Noise Cancelling Over Ear Headphones Black",
    "Ceramic Nonstick Frying Pan with Glass Lid",
    "Ergonomic Mesh Office Chair with Lumbar Support",
    "Handmade Leather Wallet for Women Brown",
]
HEADLINES = [
    "Council Approves New Budget After Long Debate",
    "River Flooding Forces Hundreds From Their Homes",
    "Local Museum Reopens With Dinosaur Exhibit",
    "Harbour Workers Strike Over Pay and Conditions",
    "Schools Prepare for Record Number of Pupils",
    "Market Traders Protest Against Rising Rents",
]
LISTINGS = [  # a shop's columns beside its products' names
    lambda k, t: {"sku": f"SKU-{1000 + k}", "product_name": t, "price": f"{19.99 + k:.2f}"},
    lambda k, t: {"id": k, "title": t, "price": f"${9 + k}.99", "rating": 4.5},
    lambda k, t: {"asin": f"B0{k:08d}", "Product Title": t, "in_stock": "yes"},
    lambda k, t: {"n": k, "Name": t, "cost": f"€{12 + k},50"},  # money told by its values
]


@pytest.mark.parametrize("make", LISTINGS)
@pytest.mark.parametrize("suffix", ["csv", "jsonl", "parquet"])
def test_a_shops_names_are_no_short_texts(tmp_path, make, suffix):
    # round 19 read each product's name as a document (6 of 6 in each file)
    path = tmp_path / f"shop.{suffix}"
    _write(path, [make(k, t) for k, t in enumerate(PRODUCTS)])
    assert not documents(read_all(path))


@pytest.mark.parametrize(
    "make",
    [
        lambda k, t: {
            "publish_date": f"2024-03-{k + 1:02d}",
            "Headline": t,
            "link": f"https://n.example/{k}",
        },
        lambda k, t: {"headline_text": t, "category": ["World", "Local"][k % 2]},
        # reviews beside a price are sentences, read
        lambda k, t: {"price": f"${k}.99", "review": f"{_short(k)} and the price was right"},
    ],
)
@pytest.mark.parametrize("suffix", ["csv", "parquet"])
def test_title_cased_headlines_and_reviews_beside_a_price_are_read(tmp_path, make, suffix):
    path = tmp_path / f"h.{suffix}"
    rows = [make(k, t) for k, t in enumerate(HEADLINES)]
    _write(path, rows)
    docs = documents(read_all(path))
    column = next(c for c in rows[0] if c in ("Headline", "headline_text", "review"))
    assert [d.text for d in docs] == [row[column] for row in rows]


TWEETS = [
    "Just got my first coffee of the day and the sun is out!",
    "Can't believe the train was late again this morning, so annoying",
    "Our team finally won the cup after twenty long years",
]


@pytest.mark.parametrize("n", [2, 3])
@pytest.mark.parametrize("suffix", ["csv", "jsonl"])
def test_a_table_of_a_few_short_texts_is_read(tmp_path, n, suffix):
    # under 4 rows every one kept the advice to name its column (round 19)
    rows = [{"tweet_id": 900 + k, "Tweet": t, "label": "pos"} for k, t in enumerate(TWEETS[:n])]
    path = tmp_path / f"few.{suffix}"
    _write(path, rows)
    items = read_all(path)
    assert not quarantined(items)
    docs = documents(items)
    assert [(d.id, d.text) for d in docs] == [(str(900 + k), t) for k, t in enumerate(TWEETS[:n])]


def _html(k: int) -> str:
    return f"<p>{_articles(1, k)[0]}</p>\n<p><strong>More:</strong> {_short(k)}</p>"


# a CMS's or a feed's records: the text as HTML under a name of its own, or under a wrapper
CMS_FILES = {
    "feed.json": lambda: json.dumps(  # JSON Feed
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": "News",
            "description": "The latest news from our newsroom, every day of the week",
            "items": [
                {"id": f"j{k}", "title": f"Post {k}", "content_html": _html(k)} for k in range(3)
            ],
        }
    ),
    "text_feed.json": lambda: json.dumps(
        {
            "items": [
                {"id": f"j{k}", "title": f"Post {k}", "content_text": _html(k)[3:]}
                for k in range(3)
            ]
        },
        indent=2,
    ),
    "export.json": lambda: json.dumps(  # a WordPress export's posts
        {
            "posts": [
                {"ID": k, "post_title": f"Post {k}", "post_content": _html(k)} for k in range(3)
            ]
        }
    ),
    "page1.json": lambda: json.dumps(  # an API's page, two objects down
        {
            "meta": {"page": 1},
            "results": {
                "stories": [
                    {"storyId": k, "headline": f"Post {k}", "storyBody": _articles(1, k)[0]}
                    for k in range(3)
                ]
            },
        }
    ),
    "articles.jsonl": lambda: "".join(
        json.dumps({"nid": k, "title": f"Post {k}", "body_html": _html(k)}) + "\n" for k in range(3)
    ),
}


@pytest.mark.parametrize("name", list(CMS_FILES))
def test_a_cms_export_is_read_from_its_column_of_html_or_under_its_wrapper(tmp_path, name):
    # each was passed over ("holds no records") or quarantined a row each (session 30)
    path = tmp_path / name
    path.write_text(CMS_FILES[name](), encoding="utf-8")
    items = read_all(path)
    assert not quarantined(items)
    docs = documents(items)
    assert [d.title for d in docs] == [f"Post {k}" for k in range(3)]
    assert all(_articles(1, k)[0] in d.text for k, d in enumerate(docs))


@pytest.mark.parametrize("suffix", ["csv", "parquet"])
def test_a_table_of_html_bodies_is_read_and_its_markup_taken_off(tmp_path, suffix):
    rows = [{"ID": k, "post_title": f"Post {k}", "post_content": _html(k)} for k in range(3)]
    path = tmp_path / f"wp_posts.{suffix}"
    _write(path, rows)
    docs = documents(read_all(path))
    assert [(d.id, d.title, d.labels["text_field"]) for d in docs] == [
        (str(k), f"Post {k}", "post_content") for k in range(3)
    ]
    report, _ = run_counted(str(path), "--out", str(tmp_path / "out"))
    assert report["counts"]["read"] == 3
    published = (tmp_path / "out" / "jsonl").glob("*.jsonl")
    texts = [json.loads(line)["text"] for f in published for line in f.read_text().splitlines()]
    assert texts and not any("<p>" in text for text in texts)


def test_a_text_beside_its_own_html_is_the_text():
    rows = [{"content_html": f"<p>{t}</p>", "content_text": t} for t in _articles(3)]
    assert prose_field(rows) == "content_text"
    # two plain columns are still not guessed between
    assert prose_field([{"a": t, "b": t} for t in _articles(3)]) == ("a", "b")
