"""Recipes: YAML naming stages and their settings, checked before any work starts.

A recipe can name only registered stages (never an import path), and each setting is checked
against the stage's dataclass fields: an unknown name fails with the known ones listed.
"""

from __future__ import annotations

import difflib
import types
import typing
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from curate.resources import RECIPES_DIR, load_yaml, schema
from curate.stages.base import REGISTRY, MapStage, Stage, register

DEFAULTS = {
    "output": {"shard_rows": 100_000, "jsonl": True, "validate": True, "license": None},
    "engine": {"batch_size": 200},
}
# `curate run` writes report.html into the output unless `output: {report: false}`
DEFAULTS["output"]["report"] = True


class RecipeError(ValueError):
    """A recipe that cannot run; the message names the file, the key and the alternatives."""


def load(source: str | Path | dict[str, Any] = "news") -> dict[str, Any]:
    """A recipe by shipped name, by file path, or as a dict; returned validated and resolved."""
    origin = "<dict>"
    if isinstance(source, dict):
        raw = source
    else:
        path = Path(source)
        if not path.suffix and (RECIPES_DIR / f"{source}.yaml").exists():
            path = RECIPES_DIR / f"{source}.yaml"
        if not path.exists():
            shipped = sorted(p.stem for p in RECIPES_DIR.glob("*.yaml"))
            raise RecipeError(f"recipe {str(source)!r} not found (shipped recipes: {shipped})")
        origin = str(path)
        try:
            raw = load_yaml(path)
        except yaml.YAMLError as err:
            raise RecipeError(f"{origin}: not valid YAML: {err}") from None
    return resolve(raw, origin)


def resolve(raw: Any, origin: str = "<dict>") -> dict[str, Any]:
    _ensure_registered()
    if not isinstance(raw, dict):
        raise RecipeError(f"{origin}: a recipe is a mapping with a 'stages' list")
    try:
        jsonschema.validate(raw, schema("recipe"))
    except jsonschema.ValidationError as err:
        from curate.recipe_shape import indentation_problem  # settings not under their stage

        shape = indentation_problem(raw, origin)
        raise RecipeError(shape or f"{origin}: {_schema_message(err)}") from None
    stages = []
    named: dict[str, int] = {}
    for index, entry in enumerate(raw["stages"]):
        name, settings = (entry, {}) if isinstance(entry, str) else next(iter(entry.items()))
        settings = settings or {}
        where = f"{origin}: stages[{index}] {name!r}"
        if name not in REGISTRY:
            raise RecipeError(f"{where}: unknown stage{_suggest(name, REGISTRY)}")
        if name in named:
            raise RecipeError(
                f"{where}: named twice (also stages[{named[name]}]); each stage runs once, "
                "with all its settings in one entry"
            )
        named[name] = index
        stages.append({"stage": name, **check_settings(REGISTRY[name], settings, where)})
    out = {
        "name": raw.get("name", Path(origin).stem),
        "description": raw.get("description", ""),
        "stages": stages,
    }
    for section, defaults in DEFAULTS.items():
        out[section] = {**defaults, **raw.get(section, {})}
    if "reader" in raw:
        out["reader"] = _reader_section(raw["reader"], origin)
    return out


def _reader_section(section: Any, origin: str) -> dict[str, Any]:
    """The `reader:` settings (web archive filters, HTML extractor), checked now."""
    from curate.io.settings import ReaderSettings, ReaderSettingsError

    try:
        return ReaderSettings.from_section(section, f"{origin}: reader").to_dict()
    except ReaderSettingsError as err:
        raise RecipeError(str(err)) from None


def check_settings(cls: type[Stage], settings: dict[str, Any], where: str) -> dict[str, Any]:
    """The settings, checked as the stage is built, so a bad value stops the run before work.

    Types (and `Literal` choices) come from the stage's annotations; every file a setting
    names (`*_file`, `*_files`) must exist and parse as a YAML mapping; the stage's own
    `__post_init__` checks ranges and names; and a stage given files is tried on one probe
    document, so a file that parses but lacks what the stage reads fails here, not per document.
    """
    fields = cls.settings()
    hints = typing.get_type_hints(cls)
    checked = {}
    for key, value in settings.items():
        if key not in fields:
            raise RecipeError(f"{where}: unknown setting {key!r}{_suggest(key, fields)}")
        checked[key] = _coerce(value, hints[key], f"{where}.{key}")
    files = {k: v for k, v in checked.items() if k.endswith(FILE_SETTINGS) and v}
    for key, value in files.items():
        for index, path in enumerate(value if isinstance(value, tuple) else (value,)):
            _check_data_file(path, f"{where}.{key}" + (f"[{index}]" if key.endswith("s") else ""))
    try:
        stage = build_stage({"stage": cls.name, **checked})
    except (TypeError, ValueError) as err:
        raise RecipeError(f"{where}: {err}") from None
    if files:
        try:
            _probe(stage)
        except Exception as err:  # whatever the stage raises on the file's content
            keys = ", ".join(f"{k}={v!r}" for k, v in files.items())
            detail = f"it lacks the key {err}" if isinstance(err, KeyError) else repr(err)
            raise RecipeError(f"{where}: {keys}: the stage cannot use it: {detail}") from None
    return checked


FILE_SETTINGS = ("_file", "_files")
PROBE_TEXT = "Probe Title\n\nA short probe paragraph of plain English words, read at build time."


def _check_data_file(path: str, where: str) -> None:
    file = Path(path)
    if not file.is_file():
        raise RecipeError(f"{where}: {path}: no such file")
    try:
        table = load_yaml(file)
    except (yaml.YAMLError, UnicodeDecodeError) as err:
        first = str(err).splitlines()[0] if str(err) else type(err).__name__
        raise RecipeError(f"{where}: {path}: not valid YAML: {first}") from None
    if not isinstance(table, dict):
        raise RecipeError(f"{where}: {path}: expected a YAML mapping, got {type(table).__name__}")


def _probe(stage: Stage) -> None:
    """Run a stage once on a small document, so it loads (and checks) everything it reads."""
    from curate.document import Document

    doc = Document(id="probe", text=PROBE_TEXT, source="https://example.org/probe")
    if isinstance(stage, MapStage):
        stage.process(doc)
        return
    state = stage.fit([(0, doc.id, stage.sketch(doc))])
    stage.apply(doc, stage.decision_for(state, 0))


def build_stage(entry: dict[str, Any]) -> Stage:
    _ensure_registered()
    settings = {k: v for k, v in entry.items() if k != "stage"}
    cls = REGISTRY[entry["stage"]]
    hints = typing.get_type_hints(cls)
    return cls(**{k: _coerce(v, hints[k], k) for k, v in settings.items()})


def dump(recipe: dict[str, Any]) -> str:
    """The resolved recipe as YAML, every setting spelled out."""
    full = dict(recipe)
    full["stages"] = [{entry["stage"]: build_stage(entry).config()} for entry in recipe["stages"]]
    return yaml.safe_dump(full, sort_keys=False, allow_unicode=True)


def _coerce(value: Any, hint: Any, where: str) -> Any:
    """Check a YAML value against a field's annotation; lists become tuples."""
    origin = typing.get_origin(hint)
    if origin is typing.Literal:
        choices = typing.get_args(hint)
        if value not in choices or isinstance(value, bool):
            raise RecipeError(
                f"{where}: {value!r} is not one of {', '.join(repr(c) for c in choices)}"
            )
        return value
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(hint)
        if value is None and type(None) in options:
            return None
        errors = []
        for option in options:
            if option is type(None):
                continue
            try:
                return _coerce(value, option, where)
            except RecipeError as err:
                errors.append(str(err))
        raise RecipeError(errors[0])
    if origin is tuple:
        if not isinstance(value, (list, tuple)):
            raise RecipeError(f"{where}: expected a list, got {type(value).__name__} {value!r}")
        item = typing.get_args(hint)[0]
        return tuple(_coerce(v, item, f"{where}[{i}]") for i, v in enumerate(value))
    if hint is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if hint in (int, float) and isinstance(value, bool):
        raise RecipeError(f"{where}: expected {hint.__name__}, got a boolean")
    if isinstance(hint, type) and not isinstance(value, hint):
        raise RecipeError(
            f"{where}: expected {hint.__name__}, got {type(value).__name__} {value!r}"
        )
    return value


def _suggest(name: str, known) -> str:
    close = difflib.get_close_matches(name, list(known), n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    return f"{hint}; known: {', '.join(sorted(known))}"


def _schema_message(err: jsonschema.ValidationError) -> str:
    path = "/".join(str(p) for p in err.absolute_path) or "top level"
    if err.validator == "additionalProperties":
        allowed = sorted(err.schema.get("properties", {}))
        return f"{path}: {err.message}; known keys: {', '.join(allowed)}"
    return f"{path}: {err.message}"


ENTRY_POINT_GROUP = "curate.stages"


def _ensure_registered() -> None:
    """Shipped stages, then third-party ones declared as entry points.

    A package adds a stage with `[project.entry-points."curate.stages"] my_stage =
    "my_pkg.stages:MyStage"`; recipes then name it like any other. A recipe never holds an
    import path, so it can never make curate import arbitrary code.
    """
    import curate.corpus  # noqa: F401  (registers corpus stages)
    import curate.stages  # noqa: F401

    global _plugins_loaded
    if _plugins_loaded:
        return
    _plugins_loaded = True
    from importlib.metadata import entry_points

    for entry in entry_points(group=ENTRY_POINT_GROUP):
        cls = entry.load()
        if REGISTRY.get(getattr(cls, "name", None)) is not cls:
            register(cls)


_plugins_loaded = False
