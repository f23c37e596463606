"""`curate publish`: against a stand-in for the Hub on the loopback address (tests/hub_server.py),
since the real Hub cannot be reached from the test machines; `huggingface_hub` is the client."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS
from tests.hub_server import HubStandIn
from tests.inspect_corpus import run


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Path:
    return run(SEEDS, tmp_path_factory.mktemp("pub") / "seeds", "--license", "cc-by-4.0")


@pytest.fixture
def hub():
    with HubStandIn() as server:
        yield server


def publish(hub: HubStandIn, tmp_path: Path, *args: str, token: str | None = "test-token"):
    env = {k: v for k, v in os.environ.items() if not k.startswith("HF_")}
    env.update(
        HF_ENDPOINT=hub.url,
        HF_HUB_DISABLE_XET="1",  # plain commits the stand-in can read, no Xet storage
        HF_HOME=str(tmp_path / "hf-home"),  # no saved login
        HF_HUB_DISABLE_TELEMETRY="1",
    )
    if token:
        env["HF_TOKEN"] = token
    return subprocess.run(
        [sys.executable, "-m", "curate.cli", "publish", *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_uploads_every_file_to_the_branch_with_the_token(published, hub, tmp_path):
    done = publish(hub, tmp_path, str(published), "me/news", "--private", "--revision", "v1")
    assert done.returncode == 0, done.stderr
    sent = hub.recorded.requests
    create = next(r for r in sent if r["path"] == "/api/repos/create")
    body = json.loads(create["body"])
    assert body["type"] == "dataset" and body["name"] == "news"
    # huggingface_hub < 1.x says `private: true`, later versions `visibility: private`
    assert body.get("private") is True or body.get("visibility") == "private"
    assert any(r["path"] == "/api/datasets/me/news/branch/v1" for r in sent)
    card = (published / "README.md").read_text(encoding="utf-8")
    checks = [json.loads(r["body"]) for r in sent if r["path"] == "/api/validate-yaml"]
    assert checks and all(c == {"repoType": "dataset", "content": card} for c in checks)
    assert all(
        r["authorization"] == "Bearer test-token" for r in sent if "/api/datasets/" in r["path"]
    )
    [commit] = hub.recorded.commits
    assert commit["revision"] == "v1"
    files = {
        p.relative_to(published).as_posix(): p.read_bytes()
        for p in sorted(published.rglob("*"))
        if p.is_file()
    }
    assert "report.html" in files and "data/train-00000-of-00001.parquet" in files
    assert commit["files"] == files  # every byte of every file, nothing else
    assert f"published {len(files)} files" in done.stdout


def test_dry_run_lists_files_and_sends_nothing(published, hub, tmp_path):
    done = publish(hub, tmp_path, str(published), "me/news", "--dry-run")
    assert done.returncode == 0, done.stderr
    for path in published.rglob("*"):
        if path.is_file():
            name = path.relative_to(published).as_posix()
            assert f"{path.stat().st_size:,}  {name}" in done.stdout
    assert "nothing sent" in done.stdout
    assert hub.recorded.requests == []


def test_card_problems_stop_before_anything_is_sent(published, hub, tmp_path):
    broken = tmp_path / "broken"
    shutil.copytree(published, broken)
    card = (broken / "README.md").read_text(encoding="utf-8")
    # metadata alone: valid for `curate validate`, but a card with nothing to read
    (broken / "README.md").write_text(card[: card.index("\n---\n", 4) + 5], encoding="utf-8")
    shown = publish(hub, tmp_path, str(broken), "me/news", "--dry-run")
    assert shown.returncode == 1 and "the card has metadata but no text" in shown.stderr
    assert "README.md" in shown.stdout  # the files are still listed
    done = publish(hub, tmp_path, str(broken), "me/news")
    assert done.returncode == 1
    assert hub.recorded.requests == []


def test_an_invalid_folder_is_not_published(published, hub, tmp_path):
    broken = tmp_path / "broken"
    shutil.copytree(published, broken)
    (broken / "report.json").write_text("{}", encoding="utf-8")
    done = publish(hub, tmp_path, str(broken), "me/news")
    assert done.returncode == 1 and "not a valid curate output" in done.stderr
    assert hub.recorded.requests == []


def test_no_token_says_how_to_give_one(published, hub, tmp_path):
    done = publish(hub, tmp_path, str(published), "me/news", token=None)
    assert done.returncode == 1 and "HF_TOKEN" in done.stderr
    assert hub.recorded.requests == []


def test_a_large_folder_goes_through_upload_large_folder(published, hub, tmp_path, monkeypatch):
    """Past the size or file-count bound, huggingface_hub's resumable multi-commit upload is
    used where the installed version has it (from 1.x, upload_folder does that itself)."""
    import huggingface_hub
    from huggingface_hub import HfApi, constants

    from curate.publish import hub as hub_module

    calls = []

    def upload_large_folder(self, **kwargs):
        calls.append(kwargs)

    monkeypatch.setattr(constants, "ENDPOINT", hub.url)
    monkeypatch.setattr(HfApi, "upload_large_folder", upload_large_folder, raising=False)
    monkeypatch.setattr(hub_module, "LARGE_FILES", 0)
    monkeypatch.setattr(huggingface_hub, "get_token", lambda: None)
    done = hub_module.publish(published, "me/big", token="test-token")
    assert done["large_folder_upload"] is True
    [call] = calls
    assert call["repo_id"] == "me/big" and call["repo_type"] == "dataset"
    assert call["folder_path"] == str(published)
    assert hub.recorded.commits == []  # the files went through upload_large_folder only
    assert any(r["path"] == "/api/repos/create" for r in hub.recorded.requests)
