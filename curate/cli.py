"""The `curate` command: thin typer commands over the Python API.

Errors are one line naming the file or key, never a traceback: exit 2 for a bad command line,
recipe or input path (nothing was done), exit 1 when a run fails midway (nothing was published).
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn raw scraped text into a clean, deduplicated, labeled dataset.",
)
console = Console(stderr=True)
out = Console()


def fail(message: str, code: int = 2) -> None:
    console.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


@app.command()
def run(
    inputs: Annotated[
        list[Path],
        typer.Argument(help="Files or folders (.txt, .jsonl[.gz], .parquet), walked recursively."),
    ],
    out_dir: Annotated[Path, typer.Option("--out", help="Folder to publish the dataset to.")],
    recipe: Annotated[str, typer.Option(help="Shipped recipe name or YAML file.")] = "news",
    skip: Annotated[list[str] | None, typer.Option(help="Leave out a stage (repeatable).")] = None,
    workers: Annotated[
        int | None, typer.Option(min=1, help="Processes; default: all cores.")
    ] = None,
    engine: Annotated[str, typer.Option(help="Where to run: local or ray.")] = "local",
    address: Annotated[
        str | None, typer.Option(help="--engine ray: a Ray cluster to join (or RAY_ADDRESS).")
    ] = None,
    overwrite: Annotated[bool, typer.Option(help="Replace an existing curate output.")] = False,
    resume: Annotated[
        bool, typer.Option(help="Finish an interrupted run, reusing the batches it completed.")
    ] = False,
    dedup_against: Annotated[
        Path | None,
        typer.Option(help="An earlier output: also remove duplicates of its documents."),
    ] = None,
    quiet: Annotated[bool, typer.Option(help="No progress bar or summary.")] = False,
) -> None:
    """Run a recipe over INPUTS and publish the result to --out."""
    from curate.engines.local import LocalEngine
    from curate.io.readers import InputError, find_files
    from curate.pipeline import Pipeline
    from curate.publish.writer import OutputError
    from curate.recipe import RecipeError

    if engine not in ("local", "ray"):
        fail(f"--engine {engine!r}: unknown engine; known: local, ray")
    try:
        pipeline = Pipeline.from_recipe(recipe, skip=skip or ())
        files, _ = find_files(inputs)
    except (RecipeError, InputError) as err:
        fail(str(err))
    if not files:
        fail(f"no readable input files under {', '.join(map(str, inputs))}")
    if dedup_against is not None:
        if "dedup" not in [stage.name for stage in pipeline.stages]:
            fail("--dedup-against needs the dedup stage, which this run skips")
        if not (dedup_against / "dedup_index" / "index.parquet").is_file():
            fail(
                f"{dedup_against}: no dedup index (dedup_index/index.parquet); was it made "
                "by curate with the dedup stage?"
            )
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    show = not quiet and console.is_terminal
    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed} docs"),
        TimeElapsedColumn(),
        console=console,
        disable=not show,
        transient=True,
    )
    tasks: dict[str, int] = {}

    def advance(phase: str, count: int) -> None:
        if phase not in tasks:
            tasks[phase] = progress.add_task(phase, total=None)
        progress.advance(tasks[phase], count)

    try:
        with progress:
            runner = LocalEngine(workers, progress=advance)
            if engine == "ray":
                from curate.engines.ray import RayEngine

                runner = RayEngine(workers, progress=advance, address=address)
            report = runner.run(
                pipeline,
                inputs,
                out_dir,
                overwrite=overwrite,
                resume=resume,
                dedup_against=dedup_against,
            )
    except OutputError as err:
        fail(str(err))
    except KeyboardInterrupt:
        fail("interrupted: nothing was published; the same command with --resume continues", 130)
    except Exception as err:  # a failed run: one line, the folder is left untouched
        fail(f"run failed: {type(err).__name__}: {err}", 1)
    if not quiet:
        summarize(report, out_dir)
    else:
        out.print(str(out_dir))


def summarize(report: dict, out_dir: Path) -> None:
    counts = report["counts"]
    table = Table(title="curate run", show_header=True, header_style="bold")
    for key in ("read", "kept", "removed", "quarantined"):
        table.add_column(key, justify="right")
    table.add_row(*(str(counts[k]) for k in ("read", "kept", "removed", "quarantined")))
    out.print(table)
    if report["removed_by_rule"]:
        out.print("removed: " + ", ".join(f"{k} {v}" for k, v in report["removed_by_rule"].items()))
    for stage in report["stages"]:  # pipeline order; every rule shown, most frequent first
        rules = sorted(stage["edits"].items(), key=lambda kv: (-kv[1], kv[0]))
        if rules:
            detail = ", ".join(f"{rule} {n}" for rule, n in rules)
            total = sum(n for _, n in rules)
            out.print(f"edits:   {stage['stage']} {total} ({detail})", highlight=False)
    if report["languages"]:
        out.print("langs:   " + ", ".join(f"{k} {v}" for k, v in report["languages"].items()))
    dedup = report["corpus_stages"].get("dedup")
    if dedup:
        out.print(
            f"dedup:   {dedup['clusters']} clusters, {dedup['removed_exact']} exact and "
            f"{dedup['removed_near']} near duplicates removed"
        )
    out.print(
        f"published: [bold]{out_dir}[/]  (datasets.load_dataset({str(out_dir)!r}))", highlight=False
    )


@app.command()
def explain(
    folder: Annotated[Path, typer.Argument(help="A published dataset folder.")],
    doc_id: Annotated[str, typer.Argument(metavar="ID", help="Document id.")],
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """Show one document: original vs clean, each edit with its stage and rule, or why it went."""
    from curate.explain import explain as explain_doc

    if not (folder / "report.json").exists():
        fail(f"{folder}: not a curate output (no report.json)")
    found = explain_doc(folder, doc_id)
    if found is None:
        fail(f"{doc_id!r}: no such document in {folder}", 1)
    if as_json:
        out.print_json(
            json.dumps(
                {"status": found.kind, "original": found.original, "record": found.row},
                ensure_ascii=False,
            )
        )
        return
    row = found.row
    out.rule(f"{doc_id}: {found.kind}")
    if found.kind == "removed":
        out.print(
            f"removed by [bold]{row['stage']}/{row['rule']}[/]: {row['reason']}", highlight=False
        )
    out.print("[bold]original[/]", highlight=False)
    out.print(found.original["text"], markup=False, highlight=False)
    out.print(f"\n[bold]clean[/] (title: {row['title']!r})", highlight=False)
    out.print(row["text"], markup=False, highlight=False)
    from curate.explain import record_fields

    for line in record_fields(row):  # bylines, datelines, time stamps, credits
        out.print(f"  {line}", markup=False, highlight=False)
    out.print(f"\n[bold]{len(found.edits)} edits[/]", highlight=False)
    for edit in found.edits:
        out.print(
            f"  {edit.stage}/{edit.rule} {edit.field}@{edit.start}: "
            f"{edit.before!r} -> {edit.after!r}",
            markup=False,
            highlight=False,
        )
    if found.kind == "removed" and row.get("duplicate_of"):
        from rich.markup import escape

        from curate.explain import find_row, word_diff

        other = find_row(folder, row["duplicate_of"])
        estimate = row.get("similarity_estimate")
        similarity = f"verified Jaccard {row['similarity']}" + (
            f", MinHash estimate {estimate}" if estimate is not None else ""
        )
        out.print(
            f"\n[bold]duplicate of {escape(row['duplicate_of'])}[/] ({similarity})",
            highlight=False,
        )
        if other is None:
            out.print("(that document is not in this folder)", highlight=False)
            return
        out.print(
            "[bold]word diff[/] ([red]-only in the kept document[/], [green]+only in this one[/]):",
            highlight=False,
        )
        diff = word_diff(other[1]["text"] or "", row["text"] or "")
        styles = {"equal": "{}", "delete": "[red]-{}[/]", "insert": "[green]+{}[/]"}
        pieces = [styles[op].format(escape(text)) for op, text in diff]
        out.print(" ".join(pieces) or "(the same words)", highlight=False)


@app.command()
def stages() -> None:
    """List the stages recipes can name, with their settings and defaults."""
    import dataclasses

    from curate.recipe import _ensure_registered
    from curate.stages.base import REGISTRY

    _ensure_registered()
    for name in sorted(REGISTRY):
        cls = REGISTRY[name]
        doc = (cls.__doc__ or "").strip().splitlines()[0]
        out.print(f"[bold]{name}[/] ({cls.kind}): {doc}", highlight=False)
        for field_name, field in cls.settings().items():
            default = field.default if field.default is not dataclasses.MISSING else None
            out.print(f"    {field_name}: {field.type} = {default!r}", highlight=False)


@app.command()
def validate(folder: Annotated[Path, typer.Argument(help="A published dataset folder.")]) -> None:
    """Check a published folder: files, schemas, and that every document is accounted for."""
    from curate.publish.validate import validate_folder

    if not folder.is_dir():
        fail(f"{folder}: no such folder")
    problems = validate_folder(folder)
    if problems:
        for problem in problems[:50]:
            console.print(f"[red]-[/] {problem}", highlight=False)
        fail(f"{folder}: {len(problems)} problem(s)", 1)
    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    c = report["counts"]
    out.print(
        f"{folder}: valid ({c['read']} read = {c['kept']} kept + {c['removed']} removed "
        f"+ {c['quarantined']} quarantined)",
        highlight=False,
    )


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
