"""Recipes: YAML naming stages and their settings, checked before any work starts.

A recipe can name only registered stages (never an import path), and each setting is checked
against the stage's dataclass fields: an unknown name fails with the known ones listed.
"""

from __future__ import annotations

import re
import types
import typing
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from curate.resources import RECIPES_DIR, load_yaml, schema
from curate.stages.base import REGISTRY, MapStage, Stage, register
from curate.unknown import unknown

DEFAULTS = {
    "output": {"shard_rows": 100_000, "jsonl": True, "validate": True, "license": None},
    "engine": {"batch_size": 200},
}
# `curate run` writes report.html into the output unless `output: {report: false}`
DEFAULTS["output"]["report"] = True


class RecipeError(ValueError):
    """A recipe that cannot run; the message names the file, the line, the key and the
    alternatives (`my.yaml:6: stages[2]: unknown stage 'boilerplat' (did you mean ...)`)."""


class Where:
    """Where a recipe's key stands, for messages: `my.yaml:6` (its file and line) or `<dict>`.

    The lines come from composing the file again, and only when a message needs one."""

    def __init__(self, origin: str, path: Path | None = None) -> None:
        self.origin = origin
        self.path = path
        self._lines: dict[tuple, int] | None = None

    def __call__(self, *keys: str | int) -> str:
        """The file and the line of the key (or sequence item) at `keys`, or the nearest
        enclosing one that has a line."""
        if self.path is None:
            return self.origin
        if self._lines is None:
            self._lines = yaml_lines(self.path)
        for end in range(len(keys), -1, -1):
            line = self._lines.get(tuple(keys[:end]))
            if line is not None:
                return f"{self.origin}:{line}"
        return self.origin


def yaml_lines(path: Path) -> dict[tuple, int]:
    """The line (1-based) of every mapping key and sequence item of a YAML file, by its path
    of keys and indices: `{("stages", 2): 6, ("stages", 4, "quality", "min_words"): 11}`."""
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return {}
    lines: dict[tuple, int] = {}
    todo = [((), root)] if root is not None else []
    while todo:
        keys, node = todo.pop()
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                here = (*keys, key.value)
                lines[here] = key.start_mark.line + 1
                todo.append((here, value))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                lines[(*keys, index)] = item.start_mark.line + 1
                todo.append(((*keys, index), item))
    return lines


def yaml_problem(err: yaml.YAMLError, origin: str, text: str = "") -> str:
    """A YAML error as `file:line: not valid YAML: what`, a tab that indents a line named as such.

    PyYAML says "found character that cannot start any token" (or "mapping values are not
    allowed here") for a tab that indents a line, pasted from an editor; YAML indents with
    spaces only, so that is what the message says, with the line."""
    mark = getattr(err, "problem_mark", None)
    problem = getattr(err, "problem", None) or str(err).splitlines()[0]
    if mark is None:
        return f"{origin}: not valid YAML: {problem}"
    lines = text.splitlines()
    context_mark = getattr(err, "context_mark", None)
    near = {mark.line, mark.line - 1} | ({context_mark.line} if context_mark else set())
    for number in sorted(index + 1 for index in near if 0 <= index < len(lines)):
        line = lines[number - 1]
        if "\t" in line[: len(line) - len(line.lstrip())]:  # where PyYAML stopped, or above
            return (
                f"{origin}:{number}: not valid YAML: a tab indents line {number}; YAML indents "
                "with spaces only: replace the tab with spaces"
            )
    context = getattr(err, "context", None)
    if context and context_mark is not None and context_mark.line != mark.line:
        problem += f" ({context} that starts at line {context_mark.line + 1})"
    elif context:
        problem += f" ({context})"
    return f"{origin}:{mark.line + 1}: not valid YAML: {problem}"


def _text(path: str | Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def load(source: str | Path | dict[str, Any] = "news") -> dict[str, Any]:
    """A recipe by shipped name, by file path, or as a dict; returned validated and resolved."""
    if isinstance(source, dict):
        return resolve(source)
    path = Path(source)
    if not path.suffix and (RECIPES_DIR / f"{source}.yaml").exists():
        path = RECIPES_DIR / f"{source}.yaml"
    if not path.is_file():
        raise RecipeError(_not_found(str(source), path))
    origin = str(path)
    try:
        raw = load_yaml(path)
    except yaml.YAMLError as err:
        raise RecipeError(yaml_problem(err, origin, _text(path))) from None
    return resolve(raw, origin, Where(origin, path))


def _not_found(source: str, path: Path) -> str:
    """A recipe name no shipped recipe has, or a recipe file that is not there."""
    shipped = sorted(p.stem for p in RECIPES_DIR.glob("*.yaml"))
    if path.is_dir():
        return (
            f"recipe {source!r}: a folder; a recipe is a YAML file or one of {', '.join(shipped)}"
        )
    if path.suffix or len(path.parts) > 1:  # a file's path
        return (
            f"recipe {source!r}: no such file (from {Path.cwd()}); the shipped recipes: "
            f"{', '.join(shipped)}"
        )
    return f"{unknown('recipe', source, shipped)}; or a recipe file's path (my.yaml)"


def resolve(raw: Any, origin: str = "<dict>", where: Where | None = None) -> dict[str, Any]:
    _ensure_registered()
    at = where or Where(origin)
    if not isinstance(raw, dict):
        raise RecipeError(f"{origin}: a recipe is a mapping with a 'stages' list")
    try:
        jsonschema.validate(raw, schema("recipe"))
    except jsonschema.ValidationError as err:
        from curate.recipe_shape import indentation_problem  # settings not under their stage

        shape = indentation_problem(raw, origin, at)
        raise RecipeError(shape or _schema_message(err, at)) from None
    stages = []
    named: dict[str, int] = {}
    for index, entry in enumerate(raw["stages"]):
        name, settings = (entry, {}) if isinstance(entry, str) else next(iter(entry.items()))
        settings = settings or {}
        if name not in REGISTRY:
            raise RecipeError(
                f"{at('stages', index)}: stages[{index}]: {unknown('stage', name, REGISTRY)}"
            )
        if name in named:
            raise RecipeError(
                f"{at('stages', index)}: stages[{index}] {name!r}: named twice (also "
                f"stages[{named[name]}]); each stage runs once, with all its settings in one entry"
            )
        named[name] = index
        place = Where(origin) if where is None else _Under(at, ("stages", index, name))
        checked = check_settings(REGISTRY[name], settings, f"stages[{index}] {name!r}", place)
        stages.append({"stage": name, **checked})
    out = {
        "name": raw.get("name", Path(origin).stem),
        "description": raw.get("description", ""),
        "stages": stages,
    }
    for section, defaults in DEFAULTS.items():
        out[section] = {**defaults, **raw.get(section, {})}
    if "reader" in raw:
        out["reader"] = _reader_section(raw["reader"], origin, at)
    return out


def _reader_section(section: Any, origin: str, at: Where) -> dict[str, Any]:
    """The `reader:` settings (web archive filters, HTML extractor), checked now; a message
    about one of them names its file and line, as the stages' do."""
    from curate.io.settings import ReaderSettings, ReaderSettingsError

    try:
        return ReaderSettings.from_section(section, f"{origin}: reader").to_dict()
    except ReaderSettingsError as err:
        message = str(err).removeprefix(f"{origin}: ")
        key = re.match(r"reader\.(\w+)", message)
        raise RecipeError(f"{at('reader', key[1]) if key else at('reader')}: {message}") from None


class _Under:
    """A `Where` for the keys under one path (a stage's settings)."""

    def __init__(self, where: Where, keys: tuple) -> None:
        self.where = where
        self.keys = keys

    def __call__(self, *keys: str | int) -> str:
        return self.where(*self.keys, *keys)


def check_settings(
    cls: type[Stage],
    settings: dict[str, Any],
    where: str,
    at: Where | _Under | None = None,
) -> dict[str, Any]:
    """The settings, checked as the stage is built, so a bad value stops the run before work.

    Types (and `Literal` choices) come from the stage's annotations; every file a setting
    names (`*_file`, `*_files`) must exist and parse as a YAML mapping; the stage's own
    `__post_init__` checks ranges and names; and a stage given files is tried on one probe
    document, so a file that parses but lacks what the stage reads fails here, not per document.
    """
    at = at or (lambda *keys: "")

    def place(*keys: str | int) -> str:  # `my.yaml:11: stages[4] 'quality'`
        line = at(*keys)
        return f"{line}: {where}" if line else where

    fields = cls.settings()
    hints = typing.get_type_hints(cls)
    checked = {}
    for key, value in settings.items():
        if key not in fields:
            raise RecipeError(f"{place(key)}: {unknown('setting', key, fields)}")
        checked[key] = _coerce(value, hints[key], f"{place(key)}.{key}")
    files = {k: v for k, v in checked.items() if k.endswith(FILE_SETTINGS) and v}
    for key, value in files.items():
        for index, path in enumerate(value if isinstance(value, tuple) else (value,)):
            _check_data_file(
                path, f"{place(key)}.{key}" + (f"[{index}]" if key.endswith("s") else "")
            )
    try:
        stage = build_stage({"stage": cls.name, **checked})
    except (TypeError, ValueError) as err:  # the stage's own check; the line of the key it names
        named = [key for key in checked if re.search(rf"\b{re.escape(key)}\b", str(err))]
        raise RecipeError(f"{place(*named[:1])}: {err}") from None
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
        relative = "" if file.is_absolute() else f" (from {Path.cwd()})"
        raise RecipeError(f"{where}: {path}: no such file{relative}")
    try:
        table = load_yaml(file)
    except yaml.YAMLError as err:
        raise RecipeError(f"{where}: {yaml_problem(err, path, _text(path))}") from None
    except UnicodeDecodeError as err:
        raise RecipeError(f"{where}: {path}: not UTF-8 text: {err.reason}") from None
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
            raise RecipeError(f"{where}: {unknown('value', value, choices, sort=False)}")
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


def _schema_message(err: jsonschema.ValidationError, at: Where) -> str:
    keys = tuple(err.absolute_path)
    path = "/".join(str(p) for p in keys) or "top level"
    if err.validator == "additionalProperties" and isinstance(err.instance, dict):
        allowed = sorted(err.schema.get("properties", {}))
        extra = [key for key in err.instance if key not in allowed]
        if extra:
            return f"{at(*keys, extra[0])}: {path}: {unknown('key', extra[0], allowed)}"
    if err.validator == "enum":  # `extractor: resiliparce`
        choices = err.validator_value
        return f"{at(*keys)}: {path}: {unknown('value', err.instance, choices, sort=False)}"
    if err.validator == "type":  # the shape of a stage setting's: `expected int, got str 'x'`
        wanted = SCHEMA_TYPES.get(str(err.validator_value), err.validator_value)
        got = type(err.instance).__name__
        return f"{at(*keys)}: {path}: expected {wanted}, got {got} {err.instance!r}"
    return f"{at(*keys)}: {path}: {err.message}"


SCHEMA_TYPES = {"integer": "int", "number": "float", "string": "str", "boolean": "bool"}
SCHEMA_TYPES |= {"array": "a list", "object": "a mapping"}


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
