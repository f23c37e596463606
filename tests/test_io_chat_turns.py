"""Chat data: a row's turns (`messages`' role/content, ShareGPT's `conversations` from/value)
read as the text field's paragraphs, and the advice that names such a field."""

import json

from curate.io.readers import Document, Quarantined, read_file
from curate.io.settings import ReaderSettings

QUESTION = "What is the capital of France, and why does it matter to the country?"
ANSWER = "Paris is the capital of France: its political, economic and cultural centre."


def _write(tmp_path, rows, name="chat.jsonl"):
    path = tmp_path / name
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    return path


def test_sharegpt_turns_are_read_in_order(tmp_path):
    # `--text-field conversations` quarantined every row: "must be a string ..., got list"
    turns = [{"from": "human", "value": QUESTION}, {"from": "gpt", "value": ANSWER}]
    path = _write(tmp_path, [{"id": "c1", "conversations": turns}])
    [doc] = list(read_file(path, reader=ReaderSettings(text_field="conversations")))
    assert isinstance(doc, Document)
    assert doc.text == f"{QUESTION}\n\n{ANSWER}"


def test_role_and_content_turns_are_read_in_order(tmp_path):
    turns = [
        {"role": "system", "content": "You are helpful."},
        {"role": "user", "content": QUESTION},
        {"role": "assistant", "content": ANSWER},
    ]
    path = _write(tmp_path, [{"id": "m1", "messages": turns}])
    [doc] = list(read_file(path, reader=ReaderSettings(text_field="messages")))
    assert doc.text == f"You are helpful.\n\n{QUESTION}\n\n{ANSWER}"


def test_the_advice_names_the_field_of_turns(tmp_path):
    # it said "its fields hold ids, hashes or web addresses alone, no text"
    turns = [{"from": "human", "value": QUESTION}, {"from": "gpt", "value": ANSWER}]
    path = _write(tmp_path, [{"id": "c1", "conversations": turns}])
    [item] = list(read_file(path))
    assert isinstance(item, Quarantined) and item.kind == "missing_field"
    assert "--text-field conversations" in item.error
    assert "no text" not in item.error


def test_a_longer_string_field_is_still_the_one_advised(tmp_path):
    tags = [{"name": "topic", "value": "geo"}]
    row = {"id": "a1", "instruction": "Name it.", "output": ANSWER, "tags": tags}
    [item] = list(read_file(_write(tmp_path, [row])))
    assert "--text-field output" in item.error
