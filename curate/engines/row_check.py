"""A row schema compiled to one Python function that says only "surely valid".

fastjsonschema's code checks a row in 16 microseconds on the bench (8 without its edits: each
edit is checked by a call that first formats its would-be error name, `.format(**locals())`).
This compiles the same schema to straight-line tests that build no message: where it answers
True the row is valid; where it answers False (a row it cannot vouch for, or any keyword it does
not know) fastjsonschema decides, and its message is the one given. So a row is refused exactly
when it was before, with the same message, and every row is still checked as it is written.

Each test is as strict as the schema's keyword or stricter (an `integer` is an int, never a
float with no fraction; a `number` bound refuses NaN; a `$` anchor is `\\Z`), never looser.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

# keywords that only annotate: they never make a row invalid
ANNOTATIONS = frozenset({"$schema", "$id", "$defs", "$comment", "title", "description"})
# JSON Schema type -> a Python test of the value `{v}` (bool is no number: JSON has no 1 == true)
TYPES = {
    "string": "isinstance({v}, str)",
    "null": "{v} is None",
    "boolean": "isinstance({v}, bool)",
    "integer": "(isinstance({v}, int) and not isinstance({v}, bool))",
    "number": "(isinstance({v}, (int, float)) and not isinstance({v}, bool))",
    "object": "isinstance({v}, dict)",
    "array": "isinstance({v}, list)",
}
# the keywords compiled here, each by its method of `_Code`
KEYWORDS = {
    name: "_" + name.replace("$", "dollar_")
    for name in (
        "type", "required", "additionalProperties", "properties", "items", "minLength",
        "minimum", "maximum", "pattern", "enum", "$ref", "allOf", "if", "then",
    )
}  # fmt: skip
MAX_DEPTH = 20  # a `$ref` deeper than this (a recursive schema): fastjsonschema decides


def surely_valid(schema: dict[str, Any]) -> Callable[[Any], bool]:
    """`check(row)`: True only if `row` is valid under `schema`."""
    code = _Code(schema)
    code.emit(schema, "v0", 1, 0)
    source = "def check(v0):\n" + "\n".join(code.lines) + "\n    return True\n"
    namespace: dict[str, Any] = {"K": code.constants}
    exec(compile(source, f"<row_check {schema.get('$id', '')}>", "exec"), namespace)  # noqa: S102
    return namespace["check"]


class _Code:
    def __init__(self, root: dict[str, Any]) -> None:
        self.root = root
        self.lines: list[str] = []
        self.constants: list[Any] = []  # sets and patterns the code refers to as K[i]
        self.names = 0

    def constant(self, value: Any) -> str:
        self.constants.append(value)
        return f"K[{len(self.constants) - 1}]"

    def line(self, indent: int, text: str) -> None:
        self.lines.append("    " * indent + text)

    def fail(self, indent: int, condition: str) -> None:
        self.line(indent, f"if {condition}:")
        self.line(indent + 1, "return False")

    def emit(self, node: Any, v: str, indent: int, depth: int) -> None:
        """Tests of the value named `v` against `node`, each returning False when it fails."""
        if node is True or node == {}:
            return
        if not isinstance(node, dict) or depth > MAX_DEPTH:
            self.line(indent, "return False")
            return
        # `type` and `required` first: what they establish spares the later tests their guards
        order = sorted(node, key=lambda key: (key != "type", key != "required"))
        for key in order:
            if key in ANNOTATIONS:
                continue
            keyword = getattr(self, KEYWORDS[key], None) if key in KEYWORDS else None
            if keyword is None:  # a keyword this does not know: fastjsonschema decides
                self.line(indent, "return False")
                return
            keyword(node[key], node, v, indent, depth)

    def _type(self, value, node, v, indent, depth) -> None:
        names = [value] if isinstance(value, str) else value
        if not isinstance(names, list) or any(name not in TYPES for name in names):
            self.line(indent, "return False")
            return
        self.fail(indent, "not (" + " or ".join(TYPES[n].format(v=v) for n in names) + ")")

    def _required(self, value, node, v, indent, depth) -> None:
        keys = self.constant(frozenset(value))
        guard = "" if node.get("type") == "object" else f"isinstance({v}, dict) and "
        self.fail(indent, f"{guard}not ({keys} <= {v}.keys())")

    def _additionalProperties(self, value, node, v, indent, depth) -> None:
        if value is True:
            return
        if value is not False:  # a schema for the other keys: not compiled here
            self.line(indent, "return False")
            return
        known = self.constant(frozenset(node.get("properties", {})))
        guard = "" if node.get("type") == "object" else f"isinstance({v}, dict) and "
        self.fail(indent, f"{guard}not ({v}.keys() <= {known})")

    def _properties(self, value, node, v, indent, depth) -> None:
        # an object (`type: object` was tested first) with these keys (`required` was)
        surely_object = node.get("type") == "object"
        required = set(node.get("required", ())) if surely_object else set()
        if not surely_object:
            self.line(indent, f"if isinstance({v}, dict):")
            indent += 1
            self.line(indent, "pass")
        for name, sub in value.items():
            inner = self._name()
            if name in required:
                self.line(indent, f"{inner} = {v}[{name!r}]")
                self.emit(sub, inner, indent, depth + 1)
                continue
            self.line(indent, f"if {name!r} in {v}:")
            self.line(indent + 1, f"{inner} = {v}[{name!r}]")
            self.emit(sub, inner, indent + 1, depth + 1)

    def _items(self, value, node, v, indent, depth) -> None:
        inner = self._name()
        if node.get("type") != "array":
            self.line(indent, f"if isinstance({v}, (list, tuple)):")
            indent += 1
        self.line(indent, f"for {inner} in {v}:")
        self.emit(value, inner, indent + 1, depth + 1)

    def _minLength(self, value, node, v, indent, depth) -> None:
        guard = "" if node.get("type") == "string" else f"isinstance({v}, str) and "
        self.fail(indent, f"{guard}len({v}) < {int(value)}")

    def _minimum(self, value, node, v, indent, depth) -> None:
        # bool counted as a number here, as fastjsonschema counts it for its bounds
        self.fail(indent, f"isinstance({v}, (int, float)) and not ({v} >= {float(value)!r})")

    def _maximum(self, value, node, v, indent, depth) -> None:
        self.fail(indent, f"isinstance({v}, (int, float)) and not ({v} <= {float(value)!r})")

    def _pattern(self, value, node, v, indent, depth) -> None:
        body = value[:-1] + r"\Z" if value.endswith("$") and not value.endswith(r"\$") else value
        if "$" in body:  # an anchor or a literal dollar inside: fastjsonschema decides
            self.line(indent, "return False")
            return
        pattern = self.constant(re.compile(body))
        self.fail(indent, f"isinstance({v}, str) and not {pattern}.search({v})")

    def _enum(self, value, node, v, indent, depth) -> None:
        if not all(isinstance(item, str) for item in value):
            self.line(indent, "return False")
            return
        allowed = self.constant(frozenset(value))
        self.fail(indent, f"not (isinstance({v}, str) and {v} in {allowed})")

    def _dollar_ref(self, value, node, v, indent, depth) -> None:
        prefix = "#/$defs/"
        # fastjsonschema, once it has compiled a schema, spells its refs with the root's $id
        value = value.removeprefix(self.root.get("$id", "\0"))
        target = self.root.get("$defs", {}).get(value[len(prefix) :])
        if not value.startswith(prefix) or target is None:
            self.line(indent, "return False")
            return
        self.emit(target, v, indent, depth + 1)

    def _allOf(self, value, node, v, indent, depth) -> None:
        for sub in value:
            self.emit(sub, v, indent, depth + 1)

    def _if(self, value, node, v, indent, depth) -> None:
        """`if` must be decided exactly (a wrong "no" would skip `then`): only the form
        `{"properties": {name: {"const": "text"}}}` is; any other leaves it to fastjsonschema."""
        props = value.get("properties") if isinstance(value, dict) else None
        exact = (
            isinstance(props, dict)
            and set(value) == {"properties"}
            and all(
                isinstance(sub, dict) and set(sub) == {"const"} and isinstance(sub["const"], str)
                for sub in props.values()
            )
        )
        if not exact or "else" in node:
            self.line(indent, "return False")
            return
        # `if` holds of a non-object, of a row without the property, or with it equal
        holds = " and ".join(
            f"({n!r} not in {v} or {v}[{n!r}] == {s['const']!r})" for n, s in props.items()
        )
        self.line(indent, f"if not isinstance({v}, dict) or ({holds or 'True'}):")
        self.line(indent + 1, "pass")
        self.emit(node.get("then", True), v, indent + 1, depth + 1)

    def _then(self, value, node, v, indent, depth) -> None:
        """Emitted by `_if` (a `then` with no `if` asks nothing)."""

    def _name(self) -> str:
        self.names += 1
        return f"v{self.names}"
