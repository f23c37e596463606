"""The Ray engine publishes the same bytes as the local engine (Ray started on this machine).

Its corpus stages fit on Ray Data (`curate.engines.ray_fit`); the fits must decide exactly what
the local fits decide, stats included. One Ray session serves the whole module.
"""

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from typer.testing import CliRunner

from curate.cli import app
from curate.corpus.dedup import NearDuplicateRemover
from curate.corpus.repeated_lines import RepeatedLineRemover
from curate.document import Document
from curate.synth import planted_news_corpus, syndicated_corpus, write_jsonl
from tests.conftest import SEEDS

pytest.importorskip("ray")

FOOTER = "Follow {site} on social media for the latest updates and {n} comments."


@pytest.fixture(scope="module", autouse=True)
def ray_session():
    from curate.engines.ray import RayRunner

    with RayRunner({}, 2):  # started here, so every run below joins it instead of its own
        yield


def files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def run(engine: str, inputs: Path, out: Path, recipe: str) -> None:
    result = CliRunner().invoke(
        app,
        ["run", str(inputs), "--out", str(out), "--engine", engine, "--workers", "2"]
        + ["--recipe", recipe, "--quiet"],
    )
    assert result.exit_code == 0, result.output


def with_furniture(docs: list[dict]) -> list[dict]:
    """Planted site furniture: a footer on two pages in three, and a few pages of mostly footer."""
    for i, doc in enumerate(docs):
        site = urlsplit(doc["url"]).hostname.removeprefix("www.")
        footer = FOOTER.format(site=site, n=i % 40)
        if i % 3:
            doc["text"] += "\n\n" + footer
        if i % 60 == 7:  # the footer would be most of it: left whole (spared)
            doc["text"] = "A short note.\n\n" + footer
    return docs


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ray")
    docs = with_furniture([doc for doc, _ in planted_news_corpus(300, seed=21)])
    write_jsonl(docs, folder / "crawl.jsonl")
    return folder / "crawl.jsonl"


@pytest.mark.parametrize(("case", "recipe"), [("seeds", "news"), ("generated", "web")])
def test_same_bytes_as_local(tmp_path, corpus, case, recipe):
    inputs = SEEDS if case == "seeds" else corpus
    run("local", inputs, tmp_path / "local" / "ds", recipe)
    run("ray", inputs, tmp_path / "ray" / "ds", recipe)
    local, ray = files(tmp_path / "local" / "ds"), files(tmp_path / "ray" / "ds")
    assert sorted(ray) == sorted(local)
    for name in local:  # data/*.parquet, removed/*.parquet, report.json, dedup_index, ...
        assert ray[name] == local[name], name
    if case == "generated":
        corpus_stages = json.loads(ray["report.json"])["corpus_stages"]
        assert corpus_stages["dedup"]["removed_near"] and corpus_stages["dedup"]["removed_exact"]
        furniture = corpus_stages["repeated_lines"]  # the planted furniture was found
        assert furniture["documents_edited"] and furniture["documents_spared"]


def test_common_lines_with_shapes_same_bytes_as_local(tmp_path, corpus):
    # the shapes ride in common_lines' sketch: Ray's generic corpus path carries them unchanged
    import yaml

    from curate.recipe import load

    recipe = load("news")
    for entry in recipe["stages"]:
        if entry["stage"] == "common_lines":
            entry["shapes"] = True
    stages = [{e["stage"]: {k: v for k, v in e.items() if k != "stage"}} for e in recipe["stages"]]
    path = tmp_path / "shapes.yaml"
    path.write_text(yaml.safe_dump({"name": "shapes", "stages": stages}), encoding="utf-8")
    run("local", corpus, tmp_path / "local" / "ds", str(path))
    run("ray", corpus, tmp_path / "ray" / "ds", str(path))
    local, ray = files(tmp_path / "local" / "ds"), files(tmp_path / "ray" / "ds")
    assert sorted(ray) == sorted(local)
    for name in local:
        assert ray[name] == local[name], name
    assert "common_shapes" in json.loads(ray["report.json"])["corpus_stages"]["common_lines"]


def sketched(stage, docs: list[dict]) -> list:
    return [
        (seq, doc["id"], stage.sketch(Document(id=doc["id"], text=doc["text"], seq=seq)))
        for seq, doc in enumerate(docs)
    ]


@pytest.mark.parametrize(
    "settings",
    [
        {},  # the news recipe's threshold
        # web's threshold; a window of 2 (every run pairs back to its first member); band
        # tables over budget (the local fit spills them, and both say so); exact copies found
        # as near duplicates, verified on Jaccard 1.0
        {"threshold": 0.8, "run_window": 2, "memory_mb": 0, "exact": False},
    ],
)
def test_distributed_dedup_fit_decides_as_local(settings):
    from curate.engines import ray_fit

    docs, _ = syndicated_corpus(100, seed=5)  # exact copies, edited copies and look-alikes
    stage = NearDuplicateRemover(**settings)
    sketches = sketched(stage, docs)
    local, ray = stage.fit(sketches), ray_fit.fit(stage, sketches, 2)
    assert ray.stats == local.stats and list(ray.stats) == list(local.stats)
    assert ray.decisions == local.decisions and ray.ids == local.ids
    assert local.stats["lsh_verified"] > 0 and local.stats["lsh_candidates"] > 0
    assert local.stats["removed_exact"] > 0 or not stage.exact
    assert ray.stats["band_tables_spilled"] is (settings.get("memory_mb") == 0)


def test_distributed_repeated_lines_fit_decides_as_local(corpus):
    from curate.engines import ray_fit

    stage = RepeatedLineRemover()
    docs = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    docs += [{"id": "no-site", "text": "Nothing repeats here.", "url": ""}]
    sketches = [
        (seq, doc["id"], stage.sketch(Document(doc["id"], doc["text"], source=doc["url"], seq=seq)))
        for seq, doc in enumerate(docs)
    ]
    local, ray = stage.fit(sketches), ray_fit.fit(stage, sketches, 2)
    assert ray.stats == local.stats and list(ray.stats) == list(local.stats)
    assert ray.decisions == local.decisions
    assert local.stats["documents_edited"] > 0 and local.stats["documents_spared"] > 0


def test_ray_map_reuses_checkpoints_and_runs_the_rest(tmp_path):
    """`--resume` on Ray: batches with a checkpoint are loaded, the others run, order kept."""
    from curate.engines.local import Checkpoints, Runner
    from curate.engines.ray import RayRunner
    from curate.pipeline import Pipeline

    recipe = Pipeline.from_recipe("news").recipe
    docs = [
        Document(id=doc["id"], text=doc["text"], seq=i)
        for i, (doc, _) in enumerate(planted_news_corpus(40, seed=5))
    ]
    batches = [(docs[i : i + 10], None) for i in range(0, 40, 10)]
    with Runner(recipe, 1) as local:
        expected = list(local.map(0, batches, Checkpoints(None, 0)))
    store = Checkpoints(tmp_path, 0)
    for index in (0, 2):  # an interrupted run left these two
        store.save(index, expected[index])
    with RayRunner(recipe, 2) as ray_runner:
        got = list(ray_runner.map(0, batches, Checkpoints(tmp_path, 0)))

    def sketched(results):  # (seq, id, sketch) of every sketch, in order; arrays as lists
        return [
            (q, i, (k.exact, k.signature.tolist()) if hasattr(k, "signature") else k)
            for r in results
            for q, i, k in r.sketches
        ]

    assert sketched(got) == sketched(expected)
    assert [[d.text for d in r.docs] for r in got] == [[d.text for d in r.docs] for r in expected]
    assert sorted(p.name for p in tmp_path.glob("*.batch.pkl")) == [
        f"segment0-{i:07d}.batch.pkl" for i in range(4)
    ]
