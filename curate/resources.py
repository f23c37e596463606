"""Where shipped data lives: word lists, patterns, recipes, schemas and the seed corpus."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import yaml

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
RECIPES_DIR = PACKAGE_DIR / "recipes"


def _shipped_dir(name: str) -> Path:
    """`schemas/` and `seeds/` sit at the repo top; a wheel carries them inside the package."""
    inside = PACKAGE_DIR / name
    return inside if inside.is_dir() else PACKAGE_DIR.parent / name


SCHEMAS_DIR = _shipped_dir("schemas")
SEEDS_DIR = _shipped_dir("seeds")


# libyaml's safe loader where PyYAML was built with it (its wheels are): the same objects as
# `yaml.safe_load`, ten times faster (0.11 -> 0.01 CPU s for the shipped tables and recipes, paid
# by every process of a run)
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(path: str | Path) -> Any:
    """Safe YAML only: data files and recipes can never execute code."""
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_SAFE_LOADER)  # noqa: S506 (a safe loader)


def parse_yaml(text: str) -> Any:
    """`load_yaml` of a text already read (a resolved recipe as `recipe.yaml` spells it)."""
    return yaml.load(text, Loader=_SAFE_LOADER)  # noqa: S506 (a safe loader)


@cache
def data_file(name: str) -> Any:
    """A data file shipped in `curate/data/` (cached: these are read-only tables)."""
    return load_yaml(DATA_DIR / name)


def rules(name: str, user_file: str | None = None) -> Any:
    """Shipped rules, or a user's file in their place when a recipe names one."""
    return load_yaml(user_file) if user_file else data_file(name)


@cache
def schema(name: str) -> dict[str, Any]:
    with open(SCHEMAS_DIR / f"{name}.schema.json", encoding="utf-8") as handle:
        return json.load(handle)
