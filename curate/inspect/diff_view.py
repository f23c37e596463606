"""`curate diff` shown: rich tables for the terminal, and a page like the report's."""

from __future__ import annotations

from html import escape
from typing import Any

from rich.markup import escape as rich_escape
from rich.table import Table

from curate.inspect.diff import IDS_SHOWN, LABELS, RunDiff
from curate.inspect.html import CSS

NO_DIFFERENCE = "no difference"
TERMINAL_IDS = 8  # the page lists more


def _ids(ids: list[str], limit: int = IDS_SHOWN) -> str:
    shown = " ".join(ids[:limit])
    return shown + (f" … {len(ids) - limit:,} more" if len(ids) > limit else "")


def _value(value: Any) -> str:
    if isinstance(value, tuple) and len(value) == 2 and not isinstance(value[0], tuple):
        return f"{value[0]} ({value[1]})" if value[0] is not None else "none"
    if isinstance(value, tuple):
        return ", ".join(map(str, value)) or "none"
    return "none" if value is None else str(value)


def summary_line(result: RunDiff) -> str:
    if result.same:
        return (
            f"{NO_DIFFERENCE}: {result.old} and {result.new} hold the same documents, texts, "
            "labels and recipe"
        )
    return (
        f"{len(result.changed_ids):,} documents differ: {sum(map(len, result.moved.values())):,} "
        f"changed status, {len(result.text_changed):,} kept with another text, "
        f"{sum(map(len, result.labels.values())):,} label changes; "
        f"{len(result.recipe)} recipe settings differ"
    )


def tables(result: RunDiff) -> list[Any]:
    """What the terminal shows, as rich renderables (nothing but the summary when the same)."""
    shown: list[Any] = [summary_line(result)]
    if result.same:
        return shown
    counts = Table(title="counts", header_style="bold")
    for column in ("", "old", "new", "change"):
        counts.add_column(column, justify="right" if column else "left")
    for key, (a, b) in result.counts.items():
        counts.add_row(key, f"{a:,}", f"{b:,}", f"{b - a:+,}")
    shown.append(counts)
    if result.moved:
        moved = Table(title="documents whose status changed", header_style="bold")
        moved.add_column("old", no_wrap=True)
        moved.add_column("new", no_wrap=True)
        moved.add_column("documents", justify="right")
        moved.add_column("ids", overflow="fold")
        for (a, b), ids in result.moved.items():
            moved.add_row(a, b, f"{len(ids):,}", _ids(ids, TERMINAL_IDS))
        shown.append(moved)
    if result.docs_by_rule:
        edits = Table(title="edits by rule", header_style="bold")
        edits.add_column("rule", no_wrap=True)
        for column in ("documents", "added", "gone"):
            edits.add_column(column, justify="right")
        edits.add_column("ids", overflow="fold")
        for rule, ids in result.docs_by_rule.items():
            edits.add_row(
                rule,
                f"{len(ids):,}",
                f"{result.edits_added[rule]:,}",
                f"{result.edits_gone[rule]:,}",
                _ids(ids, TERMINAL_IDS),
            )
        shown.append(edits)
    for doc_id, diff in result.word_diffs:
        styles = {"equal": "{}", "delete": "[red]-{}[/]", "insert": "[green]+{}[/]"}
        words = " ".join(styles[op].format(rich_escape(text)) for op, text in diff)
        shown.append(f"[bold]{rich_escape(doc_id)}[/]: {words or '(same words, other spacing)'}")
    labels = Table(title="label changes (kept in both)", header_style="bold")
    for column in ("label", "documents", "examples"):
        labels.add_column(column, overflow="fold")
    for name in LABELS:
        changes = result.labels.get(name) or []
        if changes:
            examples = "; ".join(f"{i}: {_value(a)} -> {_value(b)}" for i, a, b in changes[:5])
            labels.add_row(name, f"{len(changes):,}", examples)
    if labels.row_count:
        shown.append(labels)
    if result.recipe:
        recipe = Table(title="recipe settings that differ", header_style="bold")
        for column in ("setting", "old", "new"):
            recipe.add_column(column, overflow="fold")
        for key, a, b in result.recipe:
            recipe.add_row(key, str(a), str(b))
        shown.append(recipe)
    return shown


def _table(head: list[str], rows: list[list[str]]) -> str:
    cells = "".join(f"<th>{escape(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f'<div class="wide"><table><tr>{cells}</tr>{body}</table></div>'


def page(result: RunDiff) -> str:
    """The same as `tables`, as one self-contained HTML page."""
    parts = [f"<p><strong>{escape(summary_line(result))}</strong></p>"]
    if not result.same:
        parts.append("<h2>Counts</h2>")
        parts.append(
            _table(
                ["", "old", "new", "change"],
                [[k, f"{a:,}", f"{b:,}", f"{b - a:+,}"] for k, (a, b) in result.counts.items()],
            )
        )
        parts.append("<h2>Documents kept in one run and removed in the other</h2>")
        rows = [
            [escape(a), escape(b), f"{len(ids):,}", escape(_ids(ids))]
            for (a, b), ids in result.moved.items()
        ]
        parts.append(_table(["old", "new", "documents", "ids"], rows) if rows else "<p>none</p>")
        parts.append("<h2>Edits by rule</h2>")
        rows = [
            [
                escape(rule),
                f"{len(ids):,}",
                f"{result.edits_added[rule]:,}",
                f"{result.edits_gone[rule]:,}",
                escape(_ids(ids)),
            ]
            for rule, ids in result.docs_by_rule.items()
        ]
        parts.append(
            _table(["rule", "documents", "added", "gone", "ids"], rows) if rows else "<p>none</p>"
        )
        parts.append(f"<h2>Texts that changed ({len(result.text_changed):,} kept in both)</h2>")
        for doc_id, diff in result.word_diffs:
            tags = {"equal": "{}", "delete": "<del>{}</del>", "insert": "<ins>{}</ins>"}
            words = " ".join(tags[op].format(escape(text)) for op, text in diff)
            parts.append(f'<div class="meta">{escape(doc_id)}</div><div class="ex">{words}</div>')
        parts.append("<h2>Label changes (kept in both)</h2>")
        rows = []
        for name in LABELS:
            changes = result.labels.get(name) or []
            if changes:
                examples = "<br>".join(
                    escape(f"{i}: {_value(a)} → {_value(b)}") for i, a, b in changes[:10]
                )
                rows.append([escape(name), f"{len(changes):,}", examples])
        parts.append(_table(["label", "documents", "examples"], rows) if rows else "<p>none</p>")
        parts.append("<h2>Recipe settings that differ</h2>")
        rows = [[escape(k), escape(str(a)), escape(str(b))] for k, a, b in result.recipe]
        parts.append(_table(["setting", "old", "new"], rows) if rows else "<p>none</p>")
    title = f"curate diff: {result.old.name} → {result.new.name}"
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body><main>"
        f"<h1>{escape(title)}</h1>{''.join(parts)}</main></body></html>\n"
    )
