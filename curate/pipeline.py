"""The Python API: build a pipeline from a recipe and run it on documents in memory.

    from curate import Pipeline
    result = Pipeline.from_recipe("news").run([{"id": "a", "text": "..."}])
    result.kept[0]["text"], result.report["counts"]

For corpora on disk, `LocalEngine().run(pipeline, paths, out)` streams to a dataset folder.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa

from curate.document import Document
from curate.engines.plan import Segment, emptied, plan
from curate.io.id_text import id_text
from curate.io.readers import Quarantined, from_records
from curate.io.settings import reader_settings
from curate.publish.records import KEPT, kept_row
from curate.recipe import RecipeError, build_stage, load
from curate.stage_choice import only_skips
from curate.stages.base import MapStage, Stage


@dataclass
class RunResult:
    kept: list[dict[str, Any]] = field(default_factory=list)
    removed: list[dict[str, Any]] = field(default_factory=list)
    quarantined: list[dict[str, Any]] = field(default_factory=list)
    report: dict[str, Any] = field(default_factory=dict)

    # the Sink protocol, so the engine writes straight into this result
    def write(self, kind: str, row: dict[str, Any]) -> None:
        (self.kept if kind == "kept" else self.removed).append(row)

    def quarantine(self, item: Quarantined) -> None:
        self.quarantined.append(item.to_dict())


class Pipeline:
    def __init__(self, recipe: dict[str, Any]) -> None:
        self.recipe = recipe
        self.stages: list[Stage] = [build_stage(entry) for entry in recipe["stages"]]
        self.segments: list[Segment] = plan(self.stages)

    @classmethod
    def from_recipe(
        cls,
        source: str | Path | dict[str, Any] = "news",
        skip: str | Iterable[str] = (),
        text_field: str | list[str] | None = None,
        only: str | Iterable[str] = (),
    ) -> Pipeline:
        """A shipped recipe by name, a YAML file, or a dict; `skip` drops stages by name;
        `text_field` names the field (or fields) records hold their text under, as
        `curate run --text-field` does; `only` keeps those stages alone (`--only`)."""
        recipe = load(source)
        # one name, as text_field takes one: `skip="dedup"` was the stages 'd', 'e', ...
        skip = [skip] if isinstance(skip, str) else skip
        only = [only] if isinstance(only, str) else only
        if text_field is not None:
            from curate.io.settings import ReaderSettings

            section = dict(recipe.get("reader") or {}) | {"text_field": text_field}
            try:
                recipe["reader"] = ReaderSettings.from_section(section).to_dict()
            except ValueError as err:
                raise RecipeError(f"text_field: {err}") from None
        names = [entry["stage"] for entry in recipe["stages"]]
        skip = list(skip) + only_skips(names, only, recipe["name"])
        unknown = [name for name in skip if name not in names]
        if unknown:
            from curate.stage_choice import not_in_recipe

            raise RecipeError(not_in_recipe("--skip", unknown[0], names, recipe["name"]))
        recipe = {**recipe, "stages": [e for e in recipe["stages"] if e["stage"] not in skip]}
        if not recipe["stages"]:
            raise RecipeError("every stage was skipped; nothing to run")
        return cls(recipe)

    @property
    def map_stages(self) -> list[MapStage]:
        return [s for s in self.stages if isinstance(s, MapStage)]

    def process(self, doc: Document) -> Document:
        """Map stages only, on one document (corpus stages need the whole corpus)."""
        for stage in self.map_stages:
            if doc.removed:
                break
            doc = emptied(stage.name, stage.process(doc))
        return doc

    def process_many(self, docs: list[Document]) -> list[Document]:
        """`process` of each document, each map stage over all of them before the next (a
        stage's tables stay warm in the processor's caches, and a stage shares work across
        them through `process_batch`: the same documents out, faster)."""
        docs = list(docs)
        for stage in self.map_stages:
            live = [at for at, doc in enumerate(docs) if not doc.removed]
            done = stage.process_batch([docs[at] for at in live])  # a batch's shared work
            for at, doc in zip(live, done, strict=True):
                docs[at] = emptied(stage.name, doc)
        return docs

    def run(self, records: Iterable[Any], workers: int = 1) -> RunResult:
        """Every stage, corpus stages included, over in-memory records `{id, text, title?}`,
        texts, a pandas DataFrame or an Arrow table (`curate.io.in_memory`)."""
        from curate.engines.local import execute
        from curate.io.in_memory import as_records, python_hint
        from curate.report import check

        result = RunResult()
        text_field = reader_settings(self.recipe.get("reader")).text_fields[0]
        read = from_records(as_records(records, text_field), self.recipe.get("reader"))
        records = (python_hint(item) for item in read)  # advice in Python's words
        builder = execute(self, records, result, workers=workers)
        result.report = builder.to_dict(self.recipe["name"], ["<records>"], [])
        problems = check(result.report)
        if problems:
            raise RuntimeError("accounting check failed: " + "; ".join(problems))
        return result

    def map_function(self) -> MapFunction:
        """For `datasets.Dataset.map(fn, batched=True)`: map stages on each row.

        The text is read from the column the recipe's `reader.text_field` names (`text` by
        default), the id from `reader.id_field`; the clean text is returned as `text`.

        Returns the published record's columns (`curate.publish.records.KEPT`, so a field
        added there appears here too) plus `removed_rule` and `removed_reason`, as a typed Arrow
        table with the other input columns passed through: a first batch with no title or no
        label still writes the right types.
        Rows are never dropped inside `map` (that would break column alignment); removed ones
        carry `removed_rule`, so `.filter(lambda r: r["removed_rule"] is None)` drops them.
        Corpus stages (dedup) need the whole corpus: use `run` or the CLI for them.
        """
        return MapFunction(self)


MAP_EXTRA = [pa.field("removed_rule", pa.string()), pa.field("removed_reason", pa.string())]


class MapFunction:
    """`pipe.map_function()`: a picklable callable for `datasets.Dataset.map(batched=True)`.

    `features` are the output columns' `datasets.Features`, for a caller that wants to pass
    them (`ds.map(fn, batched=True, features=...)` also needs the input's other columns).
    """

    schema = pa.schema([*KEPT, *MAP_EXTRA])

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        # the columns holding the text and the id: the recipe's `reader.text_field`/`id_field`
        settings = reader_settings(pipeline.recipe.get("reader"))
        self.text_field, self.id_field = settings.text_fields[0], settings.id_field
        self.text_fields = settings.text_fields  # several: a row's text is the first it has

    @property
    def features(self) -> Any:
        import datasets

        return datasets.Features.from_arrow_schema(self.schema)

    def __call__(self, batch: dict[str, Any]) -> pa.Table:
        columns = [name for name in self.text_fields if name in batch]
        if not columns:
            # a dataset whose text is in `content`: say so, not "use batched=True"
            named = " or ".join(map(repr, self.text_fields))
            raise ValueError(
                f"pipe.map_function(): the dataset has no column {named} "
                f"(its columns: {', '.join(map(str, batch)) or 'none'}); set the recipe's "
                "reader.text_field to the column holding the text: `reader: {text_field: "
                "content}` in the recipe's YAML, or in Python "
                "Pipeline({**pipe.recipe, 'reader': {'text_field': 'content'}})"
            )
        texts = batch[columns[0]]
        if len(columns) > 1 and isinstance(texts, list):  # per row, the first column not None
            rows = zip(*(batch[name] for name in columns), strict=True)
            texts = [next((t for t in row if t is not None), None) for row in rows]
        if not isinstance(texts, list):
            raise TypeError(
                "pipe.map_function() works on batches: call ds.map(pipe.map_function(), "
                "batched=True) (one row at a time, datasets cannot know the columns' types "
                "until a value is not None)"
            )
        count = len(texts)
        ids = batch.get(self.id_field) or [None] * count
        titles = batch.get("title") or [None] * count
        sources = batch.get("url") or batch.get("source") or [None] * count
        docs = self.pipeline.process_many(
            [
                Document(
                    id=id_text(doc_id) if doc_id not in (None, "") else str(index),
                    text=text or "",
                    title=title or None,
                    input_title=title or None,
                    source=source if isinstance(source, str) else None,
                )
                for index, (doc_id, text, title, source) in enumerate(
                    zip(ids, texts, titles, sources, strict=True)
                )
            ]
        )
        rows = []
        for doc in docs:
            row = kept_row(doc)
            row["removed_rule"] = doc.removal.rule if doc.removal else None
            row["removed_reason"] = doc.removal.reason if doc.removal else None
            rows.append(row)
        ours = pa.Table.from_pylist(rows, schema=self.schema)
        if self.id_field not in batch:
            ours = ours.drop_columns(["id"])  # no id was given: none is invented
        # datasets keeps no input column when a function returns a table: they are passed
        # through here, with their own Arrow types when the batch carries them (LazyBatch)
        given = getattr(batch, "pa_table", None)
        names = [n for n in batch if n not in ours.column_names] + ours.column_names
        columns = [
            ours.column(n)
            if n in ours.column_names
            else given.column(n)
            if given is not None and n in given.column_names
            else pa.array(batch[n])
            for n in names
        ]
        return pa.Table.from_arrays(columns, names=names)
