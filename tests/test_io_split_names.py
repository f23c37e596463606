from pathlib import Path

import pytest

from curate.io.split_names import named_splits


def _splits(names):
    return {p.as_posix(): s for p, s in named_splits(Path(n) for n in names).items()}


@pytest.mark.parametrize(
    "names, expected",
    [
        (
            ["d/default/train/0000.parquet", "d/default/test/0000.parquet"],
            {"d/default/train/0000.parquet": "train", "d/default/test/0000.parquet": "test"},
        ),
        (
            ["d/default/partial-train/0000.parquet", "d/default/validation/0000.parquet"],
            {
                "d/default/partial-train/0000.parquet": "train",
                "d/default/validation/0000.parquet": "validation",
            },
        ),
        (["d/test/0000.parquet"], {}),  # one split folder alone
        (
            ["d/news-train.jsonl", "d/news-test.jsonl"],
            {"d/news-train.jsonl": "train", "d/news-test.jsonl": "test"},
        ),
        (
            ["d/imdb_train.csv", "d/imdb_dev.csv"],
            {"d/imdb_train.csv": "train", "d/imdb_dev.csv": "dev"},
        ),
        (
            ["d/n-train.arrow", "d/n-test-00000-of-00002.arrow"],
            {"d/n-train.arrow": "train", "d/n-test-00000-of-00002.arrow": "test"},
        ),
        (["d/crash-test.txt", "d/train-derailment.txt"], {}),  # news articles, not rows
        (["d/crash-test.jsonl"], {}),  # one split word alone
        (["d/retrain.jsonl", "d/contest.jsonl"], {}),  # inside a word: no split
        (["d/train-test.jsonl", "d/x-test.jsonl"], {}),  # two words in one name: not guessed
        (["a/news-train.jsonl", "b/news-test.jsonl"], {}),  # in different folders
    ],
)
def test_named_splits(names, expected):
    assert _splits(names) == expected
