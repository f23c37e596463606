"""The shipped `sentence_opener.json` matches its own rebuild (`make train`).

Session 50 shipped a model file that `make train` no longer rebuilt (a later change had moved
the training candidates) and no test noticed: the trainer takes minutes, too long for a test.
The file records a fingerprint of what it was trained on (`sentence_opener_train.fingerprint`:
the settings, the word counts, the candidates the rules leave in a sample of the planted
documents); recomputing it takes seconds, and a difference means the file is stale.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from curate.resources import DATA_DIR
from curate.stages import sentence_opener as so
from curate.stages import sentence_opener_train as train

EVAL_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


def shipped() -> dict:
    return json.loads((DATA_DIR / so.MODEL_FILE).read_text(encoding="utf-8"))


def taught() -> list[int]:
    """The batches the shipped file says it was taught ("batches 0..44 step 2: ...")."""
    spec = shipped()["trained_on"].split(":")[0].removeprefix("batches ")
    span, _, step = spec.partition(" step ")
    lo, _, hi = span.partition("..")
    return list(range(int(lo), int(hi or lo) + 1, int(step or 1)))


def test_the_file_records_its_fingerprint() -> None:
    assert set(shipped()["fingerprint"]) == {"settings", "words", "sample"}


def test_the_settings_and_features_are_those_the_file_was_trained_with() -> None:
    # a new feature, a constant of the trainer or another set of batches: `make train`
    expected = train._digest(train.settings(taught()))
    assert shipped()["fingerprint"]["settings"] == expected, "run `make train`"


@pytest.fixture(scope="module")
def hosts() -> list[tuple[str, str]]:
    if not EVAL_DIR.is_dir():
        pytest.skip("../shared/eval is not here")
    from curate.evaluate import translation_contexts as tc

    return tc.hosts(EVAL_DIR)


def test_the_training_data_is_what_the_file_was_trained_on(hosts) -> None:  # noqa: ANN001
    # a rule of the `translation` stage, a planted context or the word counts moved: the
    # candidates the model learns from are not those of the shipped file: `make train`
    stats = train.word_counts([text for _, text in hosts])
    now = train.fingerprint(hosts, taught(), stats)
    assert now == shipped()["fingerprint"], "run `make train`"


def test_the_fingerprint_moves_with_the_training_data(hosts) -> None:  # noqa: ANN001
    # the guard is no constant: one batch fewer or one word count more changes it
    stats = train.word_counts([text for _, text in hosts[:50]])
    batches = taught()
    first = train.fingerprint(hosts, batches[:2], stats)
    assert train.fingerprint(hosts, batches[:1], stats)["sample"] != first["sample"]
    more = {**stats, "zzyzx": [1, 1, 0]}
    assert train.fingerprint(hosts, batches[:2], more)["words"] != first["words"]
