"""The `curate` command: thin typer commands over the Python API.

Errors are one line naming the file or key, never a traceback: exit 2 for a bad command line,
recipe or input path (nothing was done), exit 1 when a run fails midway (nothing was published).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
import sys
from collections.abc import Iterator
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


def exit_now(message: str, code: int) -> None:
    """Leave at once after a signal, once the run has cleaned up (workers reaped, lock released).

    A normal exit joins the process pool's manager thread, which on Python 3.11 can block for
    ever on a pipe to a killed worker (cpython gh-94777 was fixed for Windows only): about 1
    try in 12 never exited.
    """
    from multiprocessing import util

    console.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    # what multiprocessing runs first at exit (closing queues, unlinking the pool's
    # semaphores), without the joins that can hang: else its resource tracker warns of leaks
    util._run_finalizers(0)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def published_folder(folder: Path, what: str = "", report: bool = True) -> None:
    """Stop unless `folder` is a curate output, saying which of the three it is not: no such
    folder, a file, or a folder with no report.json (an input folder, a half-written one).

    `explain`, `report`, `diff` and `publish` answered "not a curate output (no report.json)"
    for a folder that does not exist, and `validate` "no such folder" for a file. With
    `report=False` (`--dedup-against`, which reads only its `dedup_index/`) a folder is enough."""
    name = f"{what} {folder}" if what else str(folder)
    if not folder.exists():
        fail(f"{name}: no such folder (from {Path.cwd()})")
    if not folder.is_dir():
        fail(f"{name}: a file; give the folder `curate run ... --out DIR` published")
    if report and not (folder / "report.json").is_file():
        fail(
            f"{name}: not a curate output (no report.json); give the folder "
            "`curate run ... --out DIR` published"
        )


def page_file(option: str, target: Path) -> None:
    """Stop unless an HTML page can be written at `target` (`report --out`, `diff --report`):
    it names a file; its folder is made when missing. Both ended in a traceback."""
    if target.is_dir():
        fail(
            f"{option} {target}: a folder; {option} names the page's file, such as "
            f"{option} {target / 'report.html'}"
        )
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        fail(f"{option} {target}: cannot make its folder {target.parent}: {err.strerror}")


def warn(message: str) -> None:
    console.print(f"[bold yellow]warning:[/] {message}", highlight=False, soft_wrap=True)


def _version(value: bool) -> None:
    if value:
        from curate import __version__

        out.print(f"curate {__version__}", highlight=False)
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Turn raw scraped text into a clean, deduplicated, labeled dataset."""


class Interrupted(KeyboardInterrupt):
    """SIGINT or SIGTERM arrived: the run stops, its workers end, nothing is published."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


@contextlib.contextmanager
def _signals_interrupt() -> Iterator[None]:
    """SIGINT and SIGTERM raise `Interrupted` once; later ones are ignored while it unwinds.

    The unwinding ends the worker processes (`Runner.__exit__`) and releases the lock, and is
    bounded, so a second Ctrl-C cannot leave workers behind by cutting it short.
    """
    caught = (signal.SIGINT, signal.SIGTERM)
    before = {sig: signal.getsignal(sig) for sig in caught}
    interrupted = []

    def handler(signum: int, frame: object) -> None:
        for sig in caught:
            signal.signal(sig, signal.SIG_IGN)
        interrupted.append(signum)
        raise Interrupted(signum)

    for sig in caught:
        signal.signal(sig, handler)
    try:
        yield
    finally:
        if not interrupted:  # after an interrupt, later signals stay ignored until the exit
            for sig, previous in before.items():
                signal.signal(sig, previous)


@app.command()
def run(
    inputs: Annotated[
        list[Path],
        typer.Argument(
            metavar="INPUT",
            help="Files or folders, walked recursively: .txt[.gz|.zst], .jsonl[.gz|.zst] or "
            ".ndjson[.gz|.zst], .parquet, .arrow (a datasets save_to_disk folder), "
            ".html/.htm[.gz], .warc[.gz]/.arc[.gz] (web archives); .json[.gz|.zst] and "
            ".csv/.tsv[.gz|.zst] when they hold records with the text field. "
            "Ids are paths relative to the folder "
            "given, without extension.",
        ),
    ],
    out_dir: Annotated[Path, typer.Option("--out", help="Folder to publish the dataset to.")],
    recipe: Annotated[str, typer.Option(help="Shipped recipe name or YAML file.")] = "news",
    skip: Annotated[list[str] | None, typer.Option(help="Leave out a stage (repeatable).")] = None,
    only: Annotated[
        list[str] | None,
        typer.Option(help="Run only this stage of the recipe (repeatable), in recipe order."),
    ] = None,
    workers: Annotated[
        int | None, typer.Option(min=1, help="Processes; default: all cores.")
    ] = None,
    engine: Annotated[str, typer.Option(help="Where to run: local or ray.")] = "local",
    address: Annotated[
        str | None, typer.Option(help="--engine ray: a Ray cluster to join (or RAY_ADDRESS).")
    ] = None,
    overwrite: Annotated[bool, typer.Option(help="Replace an existing curate output.")] = False,
    license: Annotated[
        str | None,
        typer.Option(
            help="Licence of the dataset for its card (e.g. cc-by-4.0); or output.license."
        ),
    ] = None,
    resume: Annotated[
        bool, typer.Option(help="Finish an interrupted run, reusing the batches it completed.")
    ] = False,
    dedup_against: Annotated[
        Path | None,
        typer.Option(help="An earlier output: also remove duplicates of its documents."),
    ] = None,
    quiet: Annotated[bool, typer.Option(help="No progress bar or summary.")] = False,
    text_field: Annotated[
        list[str] | None,
        typer.Option(
            help="JSONL/Parquet inputs: the field holding the text (default: text, or else "
            "content, raw_content, maintext, body, article, story, Text when a file has one); "
            "or reader.text_field. Repeatable: a row's text is under the first it has."
        ),
    ] = None,
    id_field: Annotated[
        str | None,
        typer.Option(
            help="JSONL/Parquet inputs: the field holding the id (default: id); or reader.id_field."
        ),
    ] = None,
    sample_by: Annotated[
        str | None,
        typer.Option(
            help=".txt inputs: what a document is: document (the whole file, the default), "
            "line, or paragraph (lines between blank lines); or reader.sample_by."
        ),
    ] = None,
    split: Annotated[
        list[str] | None,
        typer.Option(
            help="A dataset of several splits (a DatasetDict folder, data/test-00000-of-00001.*"
            " files): read only this one (repeatable); or reader.split. Default: all."
        ),
    ] = None,
) -> None:
    """Run a recipe over the INPUT files or folders and publish the result to --out."""
    # multiprocessing's resource tracker (a process of its own, inheriting this environment)
    # warns on stderr about the semaphore of a worker ended by an interrupt, after our one-line
    # message; it cleans the semaphore up itself
    os.environ.setdefault("PYTHONWARNINGS", "ignore:resource_tracker:UserWarning")
    with _signals_interrupt():
        from curate.engines.local import LocalEngine
        from curate.io.readers import InputError, walk_inputs
        from curate.pipeline import Pipeline
        from curate.publish.writer import OutputError
        from curate.recipe import RecipeError

        if engine not in ("local", "ray"):
            from curate.unknown import unknown

            fail(f"--engine: {unknown('engine', engine, ['local', 'ray'], sort=False)}")
        try:
            pipeline = Pipeline.from_recipe(recipe, skip=skip or (), only=only or ())
            _set_fields(pipeline.recipe, text_field, id_field)
            _set_sample_by(pipeline.recipe, sample_by)
            _set_split(pipeline.recipe, split)
            found = walk_inputs(inputs, [out_dir], pipeline.recipe.get("reader"))
        except (RecipeError, InputError, ValueError) as err:
            fail(str(err))
        hint = _json_lines_hint(found.files, pipeline.recipe) or _one_per_line_hint(
            found.files, pipeline.recipe
        )
        if hint:
            warn(hint)
        _warn_records_without_text(found.skipped, pipeline.recipe)
        _warn_merged_splits(found.files, pipeline.recipe)
        _warn_unread_kinds(found.skipped)
        _warn_repeated_inputs(found.repeated)
        if license is not None:
            pipeline.recipe["output"]["license"] = license
        if not found.files:
            outputs = f" ({', '.join(found.outputs)}: curate output, never read as input)"
            fail(
                f"no readable input files under {', '.join(map(str, inputs))}"
                + outputs * bool(found.outputs)
                + _unnamed_text(found.skipped, pipeline.recipe)
                + _skipped_files(sorted(found.skipped + found.set_aside))
                + _readable_kinds(inputs)
            )
        if dedup_against is not None:
            published_folder(dedup_against, "--dedup-against", report=False)  # its index is read
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
                if engine == "local":  # pyarrow importing pandas: 0.2 s a run (arrow_pandas)
                    from curate.arrow_pandas import skip_pandas_probe

                    skip_pandas_probe()
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
        except (OutputError, RecipeError) as err:
            fail(str(err))
        except KeyboardInterrupt as err:
            term = isinstance(err, Interrupted) and err.signum == signal.SIGTERM
            what = "terminated (SIGTERM)" if term else "interrupted"
            message = f"{what}: nothing was published; the same command with --resume continues"
            if isinstance(err, Interrupted):
                exit_now(message, 143 if term else 130)
            fail(message, 130)
        except Exception as err:  # a failed run: one line, the folder is left untouched
            fail(f"run failed: {type(err).__name__}: {err}", 1)
        resumed = runner.resumed
        if resumed["discarded"]:
            warn(
                f"started over: {resumed['discarded']} checkpointed batch(es) of an interrupted "
                "run were discarded (pass --resume to reuse them)"
            )
        if resume:
            out.print(
                f"resumed: reused {resumed['reused']} checkpointed batch(es)"
                if resumed["reused"]
                else "resumed: no checkpoint of an interrupted run to reuse; ran from the start",
                highlight=False,
            )
        if report["counts"]["kept"] == 0:
            warn(f"no document was kept: {out_dir} holds an empty train split")
        from curate.io.read_log import summary_lines

        for line in summary_lines(report):  # each kind of library message once, with a count
            warn(line)
        _note_text_aliases(report, pipeline.recipe)
        _warn_missing_field(report, out_dir)
        _warn_splits_inside(report, found.files, pipeline.recipe)
        _warn_most_removed(report, pipeline, out_dir)
        if not quiet:
            summarize(report, out_dir)
        else:
            out.print(str(out_dir))


def _unnamed_text(skipped: list[str], recipe: dict) -> str:
    """A hint when tables or JSON files were passed over for want of the text field."""
    from curate.io.datatrove_logs import logging_kind
    from curate.io.readers import SNIFFED_SUFFIXES, suffix_of

    tables = [name for name in skipped if suffix_of(Path(name)) in SNIFFED_SUFFIXES]
    tables = [name for name in tables if not logging_kind(name)]  # io.datatrove_logs
    from curate.io.substack_export import index_kind

    tables = [name for name in tables if not index_kind(name)]  # Substack's `posts.csv`
    if not tables:
        return ""
    field = _field_names(recipe)
    advice = "name the field that holds the text with --text-field NAME"
    from curate.io.readers import records_without_text
    from curate.io.settings import reader_settings

    fields = reader_settings(recipe.get("reader")).text_fields
    why = records_without_text(Path(tables[0]), fields)
    if why and "--text-field" not in why:  # no field to name: a table with no header, an
        advice = why  # array of arrays, one object too large (io.headerless, io.value_rows)
    named = f"{len(tables)} .json/.csv/.tsv file(s) with no {field} field, e.g. {tables[0]}"
    return f"; {named}: {advice}"


def _set_fields(recipe: dict, text_field: str | list[str] | None, id_field: str | None) -> None:
    """`--text-field` / `--id-field` go into the recipe's `reader:` section, so the published
    `recipe.yaml` says how the inputs were read. `--text-field` given twice is a list."""
    from curate.io.settings import ReaderSettings

    if isinstance(text_field, list):  # one name stays a name: the recipe.yaml of before
        text_field = text_field[0] if len(text_field) == 1 else text_field or None
    given = {"text_field": text_field, "id_field": id_field}
    given = {key: value for key, value in given.items() if value is not None}
    for key, value in given.items():
        for name in [value] if isinstance(value, str) else value:
            if not name.strip():
                raise ValueError(f"--{key.replace('_', '-')}: expected a field name, got {name!r}")
    if given:
        section = dict(recipe.get("reader") or {}) | given
        recipe["reader"] = ReaderSettings.from_section(section).to_dict()


def _set_sample_by(recipe: dict, sample_by: str | None) -> None:
    """`--sample-by` goes into the recipe's `reader:` section, as `--text-field` does."""
    from curate.io.settings import ReaderSettings
    from curate.io.text_units import SAMPLE_BY

    if sample_by is None:
        return
    if sample_by not in SAMPLE_BY:
        from curate.unknown import unknown

        raise ValueError(f"--sample-by: {unknown('unit', sample_by, SAMPLE_BY, sort=False)}")
    section = dict(recipe.get("reader") or {}) | {"sample_by": sample_by}
    recipe["reader"] = ReaderSettings.from_section(section).to_dict()


def _one_per_line_hint(files: list[tuple[Path, str]], recipe: dict) -> str | None:
    """A warning when a .txt file read whole looks like one document a line (the first few
    text files are looked at: a glance, not a second read of the corpus)."""
    from curate.io.readers import TEXT_SUFFIXES, suffix_of
    from curate.io.text_units import article_rule, one_per_block, one_per_line

    if (recipe.get("reader") or {}).get("sample_by", "document") != "document":
        return None
    texts = [path for path, _ in files if suffix_of(path) in TEXT_SUFFIXES][:20]
    for path in texts:
        if article_rule(path) is not None:  # read an article a document already
            continue
        found = one_per_line(path)
        if found:
            lines, chars = found
            return (
                f"{path}: {lines} lines of about {chars} characters and no blank line, read as "
                "ONE document; if each line is a document, pass --sample-by line"
            )
        found = one_per_block(path)  # articles between blank lines (session 29)
        if found:
            blocks, chars = found
            return (
                f"{path}: {blocks} blocks between blank lines of about {chars} characters each, "
                "an article's length, read as ONE document; if each block is a document, pass "
                "--sample-by paragraph"
            )
    return None


def summarize(report: dict, out_dir: Path) -> None:
    counts = report["counts"]
    table = Table(title="curate run", show_header=True, header_style="bold")
    for key in ("read", "kept", "removed", "quarantined"):
        table.add_column(key, justify="right")
    table.add_row(*(str(counts[k]) for k in ("read", "kept", "removed", "quarantined")))
    out.print(table)
    if report["removed_by_rule"]:
        out.print("removed: " + ", ".join(f"{k} {v}" for k, v in report["removed_by_rule"].items()))
    if report["quarantine"]:  # what went wrong, by kind, with where to read each case
        kinds = ", ".join(f"{k} {v}" for k, v in report["quarantine"].items())
        out.print(f"quarantined: {kinds} (each with its file and line in quarantine.jsonl)")
    if report.get("text_fields"):  # reader.text_field named several: which each row had
        read_from = ", ".join(f"{k} {v}" for k, v in report["text_fields"].items())
        out.print(f"fields:  documents read from {read_from}", highlight=False)
    if report.get("sidecars_joined"):  # `001.txt` with `001.json` (io.sidecars)
        joined = report["sidecars_joined"]
        # a JSON beside each file, or a folder's `metadata.csv` (io.folder_metadata)
        out.print(f"sidecars: {joined} text files read with their metadata files (title, url)")
    renamed = report["edits_by_rule"].get("read/duplicate_id")
    if renamed:
        out.print(f"ids:     {renamed} repeated input ids renamed <id>@<file>:<line> (kept)")
    for stage in report["stages"]:  # pipeline order; every rule shown, most frequent first
        rules = sorted(stage["edits"].items(), key=lambda kv: (-kv[1], kv[0]))
        if rules:
            detail = ", ".join(f"{rule} {n}" for rule, n in rules)
            total = sum(n for _, n in rules)
            out.print(f"edits:   {stage['stage']} {total} ({detail})", highlight=False)
    skipped = report.get("skipped_files") or []
    if skipped:
        from curate.io.readers import skipped_kinds

        kinds = ", ".join(f"{kind} {n}" for kind, n in skipped_kinds(skipped).items())
        out.print(
            f"skipped: {len(skipped)} not read ({kinds}); listed in report.json", highlight=False
        )
    records = report.get("skipped_records") or {}
    from curate.io.json_splits import SKIPPED_SPLIT, skipped_splits

    others = skipped_splits(records)  # `--split test` of a .json file of splits
    records = {k: v for k, v in records.items() if not k.startswith(SKIPPED_SPLIT)}
    if records:
        detail = ", ".join(f"{k} {v}" for k, v in sorted(records.items(), key=lambda kv: -kv[1]))
        out.print(f"records: {sum(records.values())} records that are no documents ({detail})")
    if others:
        detail = ", ".join(f"{k} {v}" for k, v in others.items())
        out.print(
            f"splits:  {sum(others.values())} records of splits not asked for skipped ({detail})",
            highlight=False,
        )
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
    folder: Annotated[Path, typer.Argument(metavar="DIR", help="A published dataset folder.")],
    doc_id: Annotated[str, typer.Argument(metavar="ID", help="Document id.")],
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    edits_only: Annotated[
        bool, typer.Option("--edits-only", help="Only the edits, not the texts.")
    ] = False,
    limit: Annotated[
        int,
        typer.Option(min=0, help="Show at most this many lines of each text and edits; 0: all."),
    ] = 40,
    earlier: Annotated[
        Path | None,
        typer.Option(help="The earlier output of --dedup-against, to diff a duplicate with."),
    ] = None,
) -> None:
    """Show one document: original vs clean, each edit with its stage and rule, or why it went."""
    from curate.explain import duplicate_in_earlier_output, find_quarantined
    from curate.explain import explain as explain_doc

    published_folder(folder)
    if earlier is not None:
        published_folder(earlier, "--earlier")
    found = explain_doc(folder, doc_id)
    if found is None:
        rejected = find_quarantined(folder, doc_id)
        if not rejected:
            from curate.publish.id_hints import hint  # a file's name given for an id

            fail(f"{doc_id!r}: no such document in {folder}{hint(folder, doc_id)}", 1)
        if as_json:
            out.print_json(json.dumps({"status": "quarantined", "records": rejected}))
            return
        out.rule(f"{doc_id}: quarantined")
        for row in rejected:
            where = f"{row['file']}" + (f" line {row['line']}" if row["line"] else "")
            out.print(f"{where}: {row['kind']}: {row['error']}", markup=False, highlight=False)
        return
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
    if not edits_only:
        out.print("[bold]original[/]", highlight=False)
        _print_limited(found.original["text"], limit)
        out.print(f"\n[bold]clean[/] (title: {row['title']!r})", highlight=False)
        _print_limited(row["text"], limit)
    from curate.explain import record_fields

    for line in record_fields(row):  # bylines, datelines, time stamps, credits
        out.print(f"  {line}", markup=False, highlight=False)
    out.print(f"\n[bold]{len(found.edits)} edits[/]", highlight=False)
    from curate.explain import line_model_reasons
    from curate.publish.title_sources import title_sources

    reasons = line_model_reasons(folder, found)
    titled = title_sources(folder, str(row["id"]), found.edits)  # `other_title`: whose title
    shown = found.edits if not limit else found.edits[:limit]
    for edit in shown:
        out.print(
            f"  {edit.stage}/{edit.rule} {edit.field}@{edit.start}: "
            f"{_clip(edit.before)!r} -> {_clip(edit.after)!r}",
            markup=False,
            highlight=False,
        )
        why = reasons.get(edit.before.strip()) if edit.score is not None else None
        if edit.score is not None:
            top = ", ".join(f"{n} {v:+}" for n, v in why["top_features"]) if why else "n/a"
            at = f" (threshold {why['threshold']})" if why and "threshold" in why else ""
            out.print(f"    noise score {edit.score}{at}; top features: {top}", highlight=False)
            if why and why.get("top_words"):
                said = ", ".join(f"{term!r} {value:+}" for term, value in why["top_words"])
                out.print(f"    its words: {said}", highlight=False, markup=False)
        if edit.before.strip() in titled and edit.rule == "other_title":
            out.print(f"    title of: {', '.join(titled[edit.before.strip()])}", markup=False)
    if len(shown) < len(found.edits):
        out.print(f"  … {len(found.edits) - len(shown)} more edits (--limit 0 shows all)")
    if found.kind == "removed" and row.get("duplicate_of"):
        _explain_duplicate(folder, row, earlier, duplicate_in_earlier_output(folder, row), limit)
    _explain_story(folder, row)


def _explain_story(folder: Path, row: dict) -> None:
    """The fingerprint tokens shared with the other version of the story (`stories` stage)."""
    from curate.explain import story_tokens

    found = story_tokens(folder, row)
    if found is None:
        return
    shared = found["shared"]
    count = sum(len(tokens) for tokens in shared.values())
    cluster = f"; story_cluster {row['story_cluster']}" if row.get("story_cluster") else ""
    out.print(
        f"\n[bold]{count} fingerprint tokens shared with {found['other']}[/] "
        f"({found['kind']}{cluster}):",
        highlight=False,
    )
    for kind, tokens in shared.items():
        out.print(f"  {kind}: {' '.join(tokens)}", markup=False, highlight=False)


def _clip(text: str, size: int = 200) -> str:
    return text if len(text) <= size else text[:size] + f"…(+{len(text) - size} characters)"


def _print_limited(text: str | None, limit: int) -> None:
    lines = (text or "").split("\n")
    shown = lines if not limit else lines[:limit]
    out.print("\n".join(_clip(line, 2000) for line in shown), markup=False, highlight=False)
    if len(shown) < len(lines):
        out.print(f"… {len(lines) - len(shown)} more lines (--limit 0 shows all)", highlight=False)


def _explain_duplicate(
    folder: Path, row: dict, earlier: Path | None, in_earlier: bool, limit: int
) -> None:
    from rich.markup import escape

    from curate.explain import find_row, word_diff

    estimate = row.get("similarity_estimate")
    measure = (  # `stories` compares fingerprints, `dedup` word shingles
        "fingerprint similarity" if row.get("stage") == "stories" else "verified Jaccard"
    )
    similarity = f"{measure} {row['similarity']}" + (
        f", MinHash estimate {estimate}" if estimate is not None else ""
    )
    origin = " of the earlier output (--dedup-against)" if in_earlier else ""
    out.print(
        f"\n[bold]duplicate of {escape(row['duplicate_of'])}[/]{origin} ({similarity})",
        highlight=False,
    )
    if in_earlier and earlier is None:
        out.print(
            "(its text is in the earlier output: add --earlier EARLIER_OUT to diff with it)",
            highlight=False,
        )
        return
    other = find_row(earlier if in_earlier else folder, row["duplicate_of"])
    if other is None:
        out.print("(that document is not in this folder)", highlight=False)
        return
    out.print(
        "[bold]word diff[/] ([red]-only in the kept document[/], [green]+only in this one[/]):",
        highlight=False,
    )
    diff = word_diff(other[1]["text"] or "", row["text"] or "")
    if limit:
        diff = diff[: limit * 5]
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
def validate(
    folder: Annotated[Path, typer.Argument(metavar="DIR", help="A published dataset folder.")],
) -> None:
    """Check a published folder: files, schemas, and that every document is accounted for."""
    from curate.publish.validate import validate_folder

    if not folder.is_dir():
        published_folder(folder)  # no such folder, or a file
    problems = validate_folder(folder)
    if problems:
        for problem in problems[:50]:
            console.print(f"[red]-[/] {problem}", highlight=False)
        fail(f"{folder}: {len(problems)} problem(s)", 1)
    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    c = report["counts"]
    out.print(
        f"{folder}: valid ({c['read']} read = {c['kept']} kept + {c['removed']} removed "
        f"+ {c['quarantined']} quarantined"
        + (f" + {c['skipped']} skipped records)" if c.get("skipped") else ")"),
        highlight=False,
    )


@app.command("report")
def report_page(
    folder: Annotated[Path, typer.Argument(metavar="DIR", help="A published dataset folder.")],
    out_file: Annotated[
        Path | None, typer.Option("--out", help="Where to write the page; default DIR/report.html.")
    ] = None,
    open_page: Annotated[
        bool, typer.Option("--open", help="Open the page in the default browser.")
    ] = False,
) -> None:
    """Write report.html: the funnel, every rule with examples, distributions, duplicates."""
    from curate.inspect.html import render_report

    published_folder(folder)
    target = out_file or folder / "report.html"
    if out_file is not None:
        page_file("--out", out_file)
    target.write_text(render_report(folder), encoding="utf-8")
    out.print(str(target), highlight=False)
    if open_page:
        import webbrowser

        webbrowser.open(target.resolve().as_uri())


@app.command("diff")
def diff_runs(
    old: Annotated[Path, typer.Argument(metavar="OLD", help="The earlier output folder.")],
    new: Annotated[
        Path, typer.Argument(metavar="NEW", help="The later output folder (same input).")
    ],
    report_file: Annotated[
        Path | None, typer.Option("--report", help="Also write the comparison as an HTML page.")
    ] = None,
) -> None:
    """Compare two outputs of the same input: status, texts, edits by rule, labels, recipe."""
    from curate.inspect.diff import compare
    from curate.inspect.diff_view import page, tables

    published_folder(old)
    published_folder(new)
    if report_file is not None and report_file.is_dir():
        page_file("--report", report_file)  # stops before the comparison's work
    try:
        result = compare(old, new)
    except ValueError as err:
        fail(str(err))
    for renderable in tables(result):
        out.print(renderable, highlight=False)
    if report_file is not None:
        page_file("--report", report_file)
        report_file.write_text(page(result), encoding="utf-8")
        out.print(f"page: {report_file}", highlight=False)


@app.command("publish")
def publish_folder(
    folder: Annotated[Path, typer.Argument(metavar="DIR", help="A published dataset folder.")],
    repo_id: Annotated[str, typer.Argument(metavar="REPO_ID", help="user/name on the Hub.")],
    private: Annotated[bool, typer.Option(help="Create the repository as private.")] = False,
    revision: Annotated[
        str | None, typer.Option(help="Upload to this branch (created when missing).")
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="List what would be uploaded and the card's problems.")
    ] = False,
) -> None:
    """Validate FOLDER and its card, then upload it to the Hub as a dataset repository."""
    from curate.publish.hub import PublishError, plan, publish

    published_folder(folder)
    try:
        if dry_run:
            found = plan(folder, repo_id)
            for name, size in found.files:
                out.print(f"{size:>12,}  {name}", highlight=False)
            out.print(
                f"{len(found.files)} files, {found.total_bytes:,} bytes to {repo_id} "
                f"({'upload_large_folder' if found.large else 'upload_folder'}); dry run: "
                "nothing sent",
                highlight=False,
            )
            for problem in found.card_problems:
                console.print(f"[red]-[/] {problem}", highlight=False)
            for advice in found.card_advice:
                warn(advice)
            if found.card_problems:
                fail(f"{folder}: the card has {len(found.card_problems)} problem(s)", 1)
            return
        done = publish(folder, repo_id, private=private, revision=revision)
    except PublishError as err:
        fail(str(err), 1)
    for advice in done["card_advice"]:
        warn(advice)
    out.print(
        f"published {done['files']} files ({done['bytes']:,} bytes) to {done['url']} "
        f"({done['revision']})",
        highlight=False,
    )


MISSING_FIELD_SAMPLE = 200  # quarantined rows looked at for the most common reason


def _warn_missing_field(report: dict, out_dir: Path) -> None:
    """The first record quarantined for want of its text field, on the terminal: rows whose text
    is under `content` were all quarantined, and the option that reads them (`--text-field
    content`) was only in quarantine.jsonl, behind an empty dataset."""
    count = (report.get("quarantine") or {}).get("missing_field")
    if not count:
        return
    from itertools import islice

    try:
        with (out_dir / "quarantine.jsonl").open(encoding="utf-8") as handle:
            rows = (r for r in map(json.loads, handle) if r.get("kind") == "missing_field")
            seen = list(islice(rows, MISSING_FIELD_SAMPLE))
    except (OSError, ValueError):
        return
    if not seen:
        return
    # the most common reason, not the first: a header line (MRQA's `{"header": ...}`) first
    # gave "--text-field header.split" for a file whose every other row holds `context`
    errors = [row.get("error") for row in seen]
    first = seen[max(range(len(seen)), key=lambda k: (errors.count(errors[k]), -k))]
    where = first.get("file", "?") + (f" line {first['line']}" if first.get("line") else "")
    warn(f"{count} quarantined as missing_field, e.g. {where}: {first.get('error')}")


def _note_text_aliases(report: dict, recipe: dict) -> None:
    """Documents read from a field other than `text` when none was named (`content`, `Text`:
    curate.io.text_aliases): each field said once, with how to choose another."""
    from curate.io.settings import reader_settings

    if reader_settings(recipe.get("reader")).text_field != "text":
        return  # named fields are read as named, and counted in the summary
    for field, count in (report.get("text_fields") or {}).items():
        if field not in ("text", "html"):
            warn(
                f"{count} document(s) read from field {field!r}, their records having no "
                f"'text' field (or an empty one); to read another: --text-field NAME"
            )


def _warn_records_without_text(skipped: list[str], recipe: dict) -> None:
    """Skipped .json/.csv/.tsv files that hold records, but not under the text field, named
    with the option that reads them (a crawl's `meta.json` is skipped without a word)."""
    from curate.io.datatrove_logs import logging_kind
    from curate.io.readers import SNIFFED_SUFFIXES, records_without_text, suffix_of
    from curate.io.settings import reader_settings

    fields = reader_settings(recipe.get("reader")).text_fields
    found = [
        (name, why)
        for name in skipped
        if suffix_of(Path(name)) in SNIFFED_SUFFIXES
        and not logging_kind(name)  # datatrove's `executor.json` (io.datatrove_logs)
        and (why := records_without_text(Path(name), fields))
    ]
    if found:
        name, why = found[0]
        warn(
            f"{len(found)} .json/.csv/.tsv file(s) hold records with no {_field_names(recipe)} "
            "field, not "
            f"read; e.g. {name}: {why}"
        )


def _json_lines_hint(files: list[tuple[Path, str]], recipe: dict) -> str | None:
    """A warning when a .txt file read whole holds JSON Lines (the first few are looked at)."""
    from curate.io.readers import TEXT_SUFFIXES, suffix_of
    from curate.io.text_units import json_lines

    if (recipe.get("reader") or {}).get("sample_by", "document") != "document":
        return None
    for path in [path for path, _ in files if suffix_of(path) in TEXT_SUFFIXES][:20]:
        found = json_lines(path)
        if found:
            lines, fields = found
            shown = ", ".join(map(repr, fields[:8])) + (", ..." if len(fields) > 8 else "")
            suffix = suffix_of(path)  # .txt, .txt.gz or .txt.zst: .jsonl, .jsonl.gz, ...
            name = path.name[: -len(suffix)] + suffix.replace(".txt", ".jsonl")
            if _json_lines_read(path, recipe):  # read a row a document (io.json_lines_txt)
                return (
                    f"{path}: {lines} lines, each a JSON object (fields {shown}), read a row "
                    f"a document as JSON Lines; to say so in its name, rename it {name}"
                )
            return (
                f"{path}: {lines} lines, each a JSON object (fields {shown}), read as ONE "
                f"document of JSON text; to read a row a document, rename it {name}"
            )
    return None


def _json_lines_read(path: Path, recipe: dict) -> bool:
    from curate.io.json_lines_txt import holds_json_lines
    from curate.io.settings import reader_settings

    return holds_json_lines(path, reader_settings(recipe.get("reader")).text_fields)


def _field_names(recipe: dict) -> str:
    """The recipe's text field as a message names it: 'text', or 'text' or 'content'."""
    from curate.io.settings import reader_settings

    fields = reader_settings(recipe.get("reader")).text_fields
    return ", ".join(map(repr, fields[:-1])) + " or " * (len(fields) > 1) + repr(fields[-1])


def main() -> None:  # pragma: no cover
    app()


def _set_split(recipe: dict, split: list[str] | None) -> None:
    """`--split` goes into the recipe's `reader:` section, as `--text-field` does."""
    from curate.io.settings import ReaderSettings

    if split:
        section = dict(recipe.get("reader") or {}) | {"split": split}
        recipe["reader"] = ReaderSettings.from_section(section).to_dict()


def _warn_merged_splits(files: list[tuple[Path, str]], recipe: dict) -> None:
    """An input of several splits (a DatasetDict folder, Hub `data/<split>-*` files) read
    together: said, with the option that reads one (they were merged without a word)."""
    from curate.io.settings import reader_settings
    from curate.io.splits import merged_splits

    counts = merged_splits(files)
    if counts and not reader_settings(recipe.get("reader")).split:
        held = ", ".join(f"{name} ({n} file{'s' * (n > 1)})" for name, n in counts.items())
        first = next(iter(counts))
        warn(
            f"the input holds {len(counts)} splits, {held}: all are read into one dataset, "
            f"and dedup removes copies across them (each document's source names its file); "
            f"--split {first} reads only that one"
        )


def _warn_splits_inside(report: dict, files: list[tuple[Path, str]], recipe: dict) -> None:
    """Splits held inside `.json` files (io.json_splits) read into one dataset: said, as
    `_warn_merged_splits` says it of split files, counted by documents (report.json's
    `input_splits`); none is said when the split files were named already."""
    from curate.io.settings import reader_settings
    from curate.io.splits import ORDER, merged_splits

    counts = report.get("input_splits") or {}
    if len(counts) < 2 or merged_splits(files) or reader_settings(recipe.get("reader")).split:
        return
    names = sorted(counts, key=lambda n: (ORDER.index(n) if n in ORDER else len(ORDER), n))
    held = ", ".join(
        f"{name} ({counts[name]} document{'s' * (counts[name] != 1)})" for name in names
    )
    warn(
        f"the input holds {len(counts)} splits inside its .json files, {held}: all were read "
        f"into one dataset, and dedup removes copies across them; --split {names[0]} reads "
        "only that one"
    )


def _skipped_files(skipped: list[str]) -> str:
    """The files a run with nothing to read passed over, by kind (it said only "no readable
    input files")."""
    from curate.io.readers import skipped_kinds

    if not skipped:
        return ""
    kinds = ", ".join(f"{kind} {n}" for kind, n in list(skipped_kinds(skipped).items())[:8])
    return f"; {len(skipped)} file(s) of other kinds passed over ({kinds})"


def _warn_unread_kinds(skipped: list[str]) -> None:
    """A spreadsheet, an archive or a PDF among the inputs: what makes it readable."""
    from curate.io.skipped_hints import conversion_hints

    for line in conversion_hints(skipped):
        warn(line)


def _warn_most_removed(report: dict, pipeline: object, out_dir: Path) -> None:
    """One rule removed most of what was read (300 sentences or headlines, 294 of them
    `quality/too_short` under the news recipe's 50 words): said with the setting behind it."""
    from curate.publish.removal_hint import most_removed_hint

    hint = most_removed_hint(report, getattr(pipeline, "stages", ()), str(out_dir))
    if hint:
        warn(hint)


def _warn_repeated_inputs(repeated: int) -> None:
    """Inputs that overlap (`news/ news/2024/`), or a link in a folder to a file of it: each
    file was read once (curate.io.overlap). The link is named too: one folder holding
    `latest.txt -> 2024/story.txt` was told of "overlapping inputs" it was not given."""
    if repeated:
        warn(
            f"{repeated} file(s) named again by overlapping inputs (a folder and a part of it, "
            "or a pattern over it) or by a link to a file read already, read once, under the id "
            "of their first mention"
        )


def _readable_kinds(inputs: list[Path]) -> str:
    """A run with nothing to read: which folders hold no file, and what curate reads."""
    from curate.io.readable_kinds import holds_no_file, readable_kinds

    empty = holds_no_file(inputs)
    verb = "hold" if len(empty) > 1 else "holds"
    said = f"; {', '.join(f'{folder}/' for folder in empty)} {verb} no files" if empty else ""
    return f"{said}; {readable_kinds()}"


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
