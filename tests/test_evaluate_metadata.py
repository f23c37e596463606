"""The metadata evaluation: its gold sample, its site split and how a field is scored."""

import json

import pytest

from curate.evaluate.metadata import GOLD, _match
from curate.evaluate.pages import half, site_of


def test_gold_sample_is_large_enough_and_holds_no_text():
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 200 and len({row["id"] for row in rows}) == len(rows)
    for row in rows:
        assert set(row) <= {
            "set",
            "id",
            "url",
            "file",
            "authors",
            "dateline",
            "published",
            "credit",
        }
    labelled = {name: sum(name in row for row in rows) for name in ("authors", "dateline")}
    assert labelled["authors"] >= 200 and labelled["dateline"] >= 180


def test_half_is_the_md5_site_split():
    assert site_of("https://www.reuters.com/a", "") == site_of("http://reuters.com/b", "")
    assert {half(f"site{n}.example") for n in range(20)} == {"A", "B"}


@pytest.mark.parametrize(
    ("name", "predicted", "gold", "expected"),
    [
        ("authors", ["Jane Doe", "John Smith"], ["jane doe"], {"tp": 1, "predicted": 2, "gold": 1}),
        ("authors", [], [], {"tp": 0, "predicted": 0, "gold": 0}),
        ("published", "2019-08-02T10:00:00", "2019-08-02", {"tp": 1, "predicted": 1, "gold": 1}),
        ("published", "2019-08-03", "2019-08-02", {"tp": 0, "predicted": 1, "gold": 1}),
        ("dateline", "San Diego, Calif.", "San Diego", {"tp": 1, "predicted": 1, "gold": 1}),
        ("dateline", None, "Baar", {"tp": 0, "predicted": 0, "gold": 1}),
        ("credit", "AP", None, {"tp": 0, "predicted": 1, "gold": 0}),
    ],
)
def test_match_counts(name, predicted, gold, expected):
    counts = _match(name, predicted, gold)
    assert {key: counts[key] for key in ("tp", "predicted", "gold")} == expected
