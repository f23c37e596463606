"""A ledger replays and inverts exactly, and in time linear in its edits.

`replay` and `invert` apply a run of a stage's ordered edits by one join (`document._runs`);
these tests hold that to applying the edits one by one, on ledgers of every order: left to
right, right to left, mixed, with insertions at the same offset and several fields."""

from __future__ import annotations

import random

import pytest

from curate.document import Edit, apply_edit, invert, replay


def _one_by_one(fields: dict[str, str], edits: list[Edit]) -> dict[str, str]:
    values = dict(fields)
    for edit in edits:
        values[edit.field] = apply_edit(values.get(edit.field, ""), edit)
    return values


def _ledger(rng: random.Random, text: str, count: int, order: str):
    """A valid random ledger on `text` (and a title), walking in `order`."""
    current = {"text": text, "title": "Ab cd"}
    edits, ahead, behind = [], 0, len(text)
    for _ in range(count):
        field = "text" if rng.random() < 0.85 else "title"
        value = current[field]
        if field == "text" and order == "forward":
            start = rng.randint(min(ahead, len(value)), min(len(value), ahead + 3))
        elif field == "text" and order == "backward":
            behind = min(behind, len(value))
            start = rng.randint(max(0, behind - 4), behind)
        else:
            start = rng.randint(0, len(value))
        size = rng.randint(0, min(3, len(value) - start))
        edit = Edit(
            "s", "r", field, start, value[start : start + size], rng.choice(["", "x", "yz", " "])
        )
        current[field] = apply_edit(value, edit)
        edits.append(edit)
        if field == "text":
            ahead, behind = start + len(edit.after), start
    return edits, current


@pytest.mark.parametrize("order", ["forward", "backward", "anywhere"])
def test_replay_and_invert_equal_applying_edits_one_by_one(order):
    rng = random.Random(order)
    for _ in range(3000):
        text = "".join(rng.choice("ab c\n") for _ in range(rng.randint(0, 30)))
        edits, final = _ledger(rng, text, rng.randint(0, 12), order)
        original = {"text": text, "title": "Ab cd"}
        assert replay(original, edits) == _one_by_one(original, edits) == final
        assert invert(final, edits) == original


def test_insertions_at_one_offset_keep_their_order():
    edits = [
        Edit("s", "r", "text", 2, "cd", ""),
        Edit("s", "r", "text", 2, "", "X"),  # before what the run touched
        Edit("s", "r", "text", 2, "", "Y"),  # before X
        Edit("s", "r", "text", 5, "", "Z"),  # after all of it
    ]
    original = {"text": "abcdef"}
    assert replay(original, edits) == _one_by_one(original, edits)
    assert invert(_one_by_one(original, edits), edits) == original


def test_a_ledger_that_does_not_match_is_refused():
    edits = [Edit("s", "r", "text", 0, "ab", ""), Edit("s", "r", "text", 1, "zz", "")]
    with pytest.raises(ValueError, match="does not match"):
        replay({"text": "abcdef"}, edits)
    undone = [Edit("s", "r", "text", 0, "ab", "XY"), Edit("s", "r", "text", 4, "e", "E")]
    with pytest.raises(ValueError, match="does not match"):
        invert({"text": "XYcdef"}, undone)


def test_a_quarter_million_edits_invert_whole():
    """1 MB of broken tags, each removed by its own edit (the bad-input battery's `ptags.txt`):
    one copy of the text per edit made the report take 26 s; a run is one join."""
    count = 250_000
    edits = [Edit("markup", "tag", "text", 0, "< p>", "") for _ in range(count)]
    assert invert({"text": ""}, edits) == {"text": "< p>" * count}
    assert replay({"text": "< p>" * count}, edits) == {"text": ""}
