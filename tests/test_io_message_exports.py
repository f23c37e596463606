"""Messages exported by chat and social tools (io.paragraph_objects, io.text_aliases): a
Telegram channel's rich text of spans, a tweet's `full_text`."""

from __future__ import annotations

import json

import pytest

from curate.io.paragraph_objects import joined_spans
from tests.newcomer_runs import documents, quarantined, read_all, texts_of

TEXTS = texts_of(3)


def test_a_telegram_channel_export_reads_its_messages_of_spans(tmp_path):
    # a message with formatting (a list of strings and spans) was quarantined, "got list"
    spans = ["Breaking: ", {"type": "bold", "text": "council"}, " " + TEXTS[2]]
    links = [{"type": "text_link", "text": "the vote", "href": "https://n.org"}, " " + TEXTS[1]]
    messages = [
        {"id": 1, "type": "message", "date": "2024-01-01T00:00:00", "text": TEXTS[0]},
        {"id": 2, "type": "message", "date": "2024-01-01T00:00:00", "text": ["On ", *links]},
        {"id": 3, "type": "message", "date": "2024-01-01T00:00:00", "text": spans},
    ]
    path = tmp_path / "result.json"
    export = {"name": "News", "type": "public_channel", "id": 42, "messages": messages}
    path.write_text(json.dumps(export, indent=1))
    items = read_all(path)
    assert not quarantined(items)
    assert [(d.id, d.text) for d in documents(items)] == [
        ("1", TEXTS[0]),
        ("2", f"On the vote {TEXTS[1]}"),
        ("3", f"Breaking: council {TEXTS[2]}"),
    ]


@pytest.mark.parametrize(
    "value",
    [
        ["a", "b"],  # strings alone: paragraphs (io.fields)
        [{"type": "bold", "text": "a"}],  # spans alone: blocks (joined_paragraphs)
        ["a", {"type": "bold"}],  # a span without its text
        ["a", {"text": "b"}],  # an object of no type
        ["a", 3],
        [],
    ],
)
def test_other_lists_are_no_spans(value):
    assert joined_spans(value) is None


@pytest.mark.parametrize("wrap", [False, True])
def test_tweets_full_text_is_their_text(tmp_path, wrap):
    # the API's extended mode; in an archive's records one object down (`{"tweet": {...}}`)
    rows = [{"id_str": str(k), "full_text": t, "lang": "en"} for k, t in enumerate(TEXTS[:2])]
    rows = [{"tweet": row} for row in rows] if wrap else rows
    path = tmp_path / "tweets.json"
    path.write_text(json.dumps(rows))
    docs = documents(read_all(path))
    assert [d.text for d in docs] == TEXTS[:2]


def _tweets_js(rows: list, name: str = "tweets") -> str:
    return f"window.YTD.{name}.part0 = " + json.dumps(rows, indent=2)


def test_a_twitter_archives_tweets_are_read(tmp_path):
    # `data/tweets.js` was passed over as a `.js` file: a Twitter dump gave nothing
    data = tmp_path / "archive" / "data"
    data.mkdir(parents=True)
    tweets = [
        {"tweet": {"id_str": str(100 + k), "id": str(100 + k), "full_text": t}}
        for k, t in enumerate(TEXTS)
    ]
    (data / "tweets.js").write_text(_tweets_js(tweets[:2]))
    (data / "tweets-part1.js").write_text(
        _tweets_js(tweets[2:], "tweets").replace("part0", "part1")
    )
    likes = [
        {"like": {"tweetId": "9", "fullText": "A tweet someone else wrote and the owner liked"}}
    ]
    (data / "like.js").write_text(_tweets_js(likes, "like"))  # no tweet of the owner's
    (data / "app.js").write_text("var x = [1, 2];\n")  # a script
    items = read_all(tmp_path / "archive")
    assert not quarantined(items)
    assert sorted((d.id, d.text) for d in documents(items)) == [
        (str(100 + k), t) for k, t in enumerate(TEXTS)
    ]


def test_a_cut_tweets_file_is_one_record_naming_it(tmp_path):
    path = tmp_path / "tweets.js"
    path.write_text(_tweets_js([{"tweet": {"id_str": "1", "full_text": TEXTS[0]}}])[:-20])
    [item] = read_all(path)
    assert (item.kind, item.file) == ("malformed_json", str(path))
