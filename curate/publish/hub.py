"""`curate publish DIR REPO_ID`: a validated folder to a dataset repository on the Hub.

The folder is checked first as `curate validate` checks it, and its card with
`huggingface_hub`'s `DatasetCard`; nothing is sent when either fails. The upload is
`huggingface_hub`'s own (`upload_folder`; `upload_large_folder`, resumable and in several
commits, for a big folder on versions that have it), with the token from `HF_TOKEN` or
`hf auth login`. The endpoint is `huggingface_hub`'s (`HF_ENDPOINT`), which is how the tests
point it at a server on the loopback address.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from curate.publish.validate import validate_folder

log = logging.getLogger(__name__)

LARGE_BYTES = 2 * 1024**3  # past this (or LARGE_FILES files), upload_large_folder
LARGE_FILES = 500
REPO_TYPE = "dataset"
CARD_KEYS = ("configs", "dataset_info")  # what `datasets` and the Hub read to load the folder
CARD_ADVICE = ("license", "language", "pretty_name", "size_categories", "task_categories")


class PublishError(RuntimeError):
    """The folder, its card or the Hub said no; the message says what to fix."""


@dataclass
class Plan:
    folder: Path
    repo_id: str
    files: list[tuple[str, int]]  # (path in the repo, bytes)
    card_problems: list[str]  # blocking: the card cannot be read, or lacks what loads it
    card_advice: list[str] = field(default_factory=list)  # the Hub will accept it anyway

    @property
    def total_bytes(self) -> int:
        return sum(size for _, size in self.files)

    @property
    def large(self) -> bool:
        return self.total_bytes > LARGE_BYTES or len(self.files) > LARGE_FILES


def _hub():
    try:
        import huggingface_hub
    except ImportError:
        raise PublishError(
            "curate publish needs huggingface_hub: pip install 'curate[hf]'"
        ) from None
    return huggingface_hub


def plan(folder: str | Path, repo_id: str) -> Plan:
    """What `publish` would send, and what is wrong with it; no network."""
    folder = Path(folder)
    if not folder.is_dir():
        raise PublishError(f"{folder}: no such folder")
    problems = validate_folder(folder)
    if problems:
        shown = "; ".join(problems[:5]) + (
            f"; … {len(problems) - 5} more" if len(problems) > 5 else ""
        )
        raise PublishError(f"{folder} is not a valid curate output ({shown}); see curate validate")
    card_problems, advice = check_card(folder / "README.md")
    return Plan(folder, repo_id, _files(folder), card_problems, advice)


def check_card(path: Path) -> tuple[list[str], list[str]]:
    """The card read by `huggingface_hub.DatasetCard`: (problems that stop a publish, advice)."""
    try:
        card = _hub().DatasetCard.load(path)
    except Exception as err:  # whatever the card's YAML or layout makes DatasetCard raise
        return [f"README.md: DatasetCard cannot read it: {err}"], []
    data = card.data.to_dict() if card.data is not None else {}
    problems = [f"README.md: card metadata lacks {key!r}" for key in CARD_KEYS if not data.get(key)]
    advice = [
        f"README.md: card metadata has no {key!r}" for key in CARD_ADVICE if not data.get(key)
    ]
    if not card.text.strip():
        problems.append("README.md: the card has metadata but no text")
    return problems, advice


def _files(folder: Path) -> list[tuple[str, int]]:
    """Every file of the folder but hidden ones (a lock, upload_large_folder's cache)."""
    found = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if path.is_file() and not any(part.startswith(".") for part in relative.parts):
            found.append((relative.as_posix(), path.stat().st_size))
    return found


def token_from_environment() -> str | None:
    """`HF_TOKEN`, else the token `hf auth login` saved."""
    return os.environ.get("HF_TOKEN") or _hub().get_token()


def publish(
    folder: str | Path,
    repo_id: str,
    *,
    private: bool = False,
    revision: str | None = None,
    token: str | None = None,
) -> dict[str, Any]:
    """Create (or reuse) the dataset repository and upload the folder; returns what was done."""
    hub = _hub()
    found = plan(folder, repo_id)
    if found.card_problems:
        raise PublishError("; ".join(found.card_problems))
    token = token or token_from_environment()
    if not token:
        raise PublishError("no Hugging Face token: set HF_TOKEN or run `hf auth login`")
    api = hub.HfApi(token=token)
    try:
        # the Hub's own check of the card's YAML (licence ids, task names), before any upload
        hub.DatasetCard.load(found.folder / "README.md").validate(repo_type=REPO_TYPE)
    except ValueError as err:
        raise PublishError(f"README.md: the Hub rejects the card: {err}") from None
    # not --private: the account's default visibility, as the Hub's own tools do
    visibility = {"private": True} if private else {}
    url = api.create_repo(repo_id, repo_type=REPO_TYPE, exist_ok=True, **visibility)
    if revision:
        api.create_branch(repo_id, branch=revision, repo_type=REPO_TYPE, exist_ok=True)
    large_upload = getattr(api, "upload_large_folder", None) if found.large else None
    ignore = [".*", ".*/**", "**/.*"]
    if large_upload is not None:
        large_upload(
            repo_id=repo_id,
            folder_path=str(found.folder),
            repo_type=REPO_TYPE,
            revision=revision,
            ignore_patterns=ignore,
            **visibility,
        )
        commit = None
    else:
        info = api.upload_folder(
            repo_id=repo_id,
            folder_path=str(found.folder),
            repo_type=REPO_TYPE,
            revision=revision,
            commit_message=f"curate publish {found.folder.name}",
            ignore_patterns=ignore,
        )
        commit = getattr(info, "oid", None)
    return {
        "url": str(url),
        "revision": revision or "main",
        "files": len(found.files),
        "bytes": found.total_bytes,
        "commit": commit,
        "large_folder_upload": large_upload is not None,
        "card_advice": found.card_advice,
    }
