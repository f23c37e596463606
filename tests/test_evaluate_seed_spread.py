"""`seed_spread`: how far a retrain alone moves the line model's figures (other seeds).

A change to the rules retrains the model; its figures move by the change and by the retrain.
The section measures the second, so a change can be judged against it."""

import json
import random

import pytest

from curate.evaluate import MODULES, OPTIONAL, seed_spread
from curate.evaluate import __main__ as evaluate_main
from curate.stages.boilerplate import BoilerplateRemover, train
from tests.conftest import seed_paragraphs


def test_ranges_are_max_minus_min_in_points():
    figures = {
        1: {("checked", "A"): (0.947, 0.754), ("read2", "B"): (0.975, 0.768)},
        2: {("checked", "A"): (0.944, 0.758), ("read2", "B"): (0.977, 0.753)},
    }
    text = seed_spread.report(figures)
    lines = text.splitlines()
    assert lines[0].split()[:2] == ["set", "half"] and "seed 1" in lines[0]
    assert lines[1].split() == ["checked", "A", "0.947/0.754", "0.944/0.758", "0.3", "0.4"]
    assert lines[2].split() == ["read2", "B", "0.975/0.768", "0.977/0.753", "0.2", "1.5"]
    assert "shipped" in lines[-1]
    assert seed_spread.spread([0.5, 0.5]) == 0.0


def test_shares_count_content_kept_and_noise_removed():
    body = [p for p in seed_paragraphs() if len(p.split()) >= 30][1:5]  # [0]: a photo caption
    # the first line is the headline (it becomes the title): not counted
    lines = ["Storm hits the coast", "By JOHN SMITH and agencies", *body, "Share this on Facebook"]
    labels = [None, 0, 1, 1, 1, 1, 0]
    kept, removed = seed_spread.shares(BoilerplateRemover(), [(lines, labels)])
    assert kept == 1.0
    assert removed == 1.0  # both noise lines go (a byline, a share prompt)
    unlabelled = seed_spread.shares(BoilerplateRemover(), [(lines, [None] * len(lines))])
    assert unlabelled == (0.0, 0.0)


def _user_lines(tmp_path):
    rng = random.Random(5)
    body = [p for p in seed_paragraphs() if len(p.split()) >= 25]
    rows = []
    for number in range(24):
        noise = [
            f"By {rng.choice(['Ann', 'Bo', 'Cy'])} {rng.choice(['Lee', 'Ng', 'Ruiz'])}",
            rng.choice(["Read more", "Sponsored", "Photo: AFP", "More sports news"]),
        ]
        lines = [noise[0], *rng.sample(body, 3), noise[1]]
        rows.append({"id": f"d{number}", "lines": lines, "labels": [0, 1, 1, 1, 0]})
    path = tmp_path / "lines.jsonl"
    path.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    return path


def test_another_seed_is_another_model_and_each_seed_reproducible(tmp_path):
    pytest.importorskip("sklearn")
    path = _user_lines(tmp_path)
    first = train.train(None, [path], seed=train.SEED)
    again = train.train(None, [path], seed=train.SEED)
    other = train.train(None, [path], seed=train.SEED + 101)
    assert json.dumps(first) == json.dumps(again)
    assert other["seed"] == train.SEED + 101 and first["seed"] == train.SEED
    assert first["models"]["plain"]["trees"] != other["models"]["plain"]["trees"]
    # the rows are the same: only the draws differ
    assert first["models"]["plain"]["rows_sha256"] == other["models"]["plain"]["rows_sha256"]


def test_seed_spread_runs_only_when_named(tmp_path, capsys):
    assert "seed_spread" in OPTIONAL and "seed_spread" not in MODULES
    missing = tmp_path / "no-eval"
    assert evaluate_main.main(["--eval-dir", str(missing), "seed_spread"]) == 0
    assert "skipping evaluations" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        evaluate_main.main(["--eval-dir", str(missing), "no_such_section"])
