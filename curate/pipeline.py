"""The Python API: build a pipeline from a recipe and run it on documents in memory.

    from curate import Pipeline
    result = Pipeline.from_recipe("news").run([{"id": "a", "text": "..."}])
    result.kept[0]["text"], result.report["counts"]

For corpora on disk, `LocalEngine().run(pipeline, paths, out)` streams to a dataset folder.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from curate.document import Document
from curate.engines.plan import Segment, emptied, plan
from curate.io.readers import Quarantined, from_records
from curate.recipe import RecipeError, build_stage, load
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
        cls, source: str | Path | dict[str, Any] = "news", skip: Iterable[str] = ()
    ) -> Pipeline:
        """A shipped recipe by name, a YAML file, or a dict; `skip` drops stages by name."""
        recipe = load(source)
        skip = list(skip)
        names = [entry["stage"] for entry in recipe["stages"]]
        unknown = [name for name in skip if name not in names]
        if unknown:
            raise RecipeError(
                f"--skip {unknown[0]!r}: not a stage of this recipe; its stages: {', '.join(names)}"
            )
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

    def run(self, records: Iterable[dict[str, Any]], workers: int = 1) -> RunResult:
        """Every stage, corpus stages included, over in-memory records `{id, text, title?}`."""
        from curate.engines.local import execute
        from curate.report import check

        result = RunResult()
        builder = execute(self, from_records(records), result, workers=workers)
        result.report = builder.to_dict(self.recipe["name"], ["<records>"], [])
        problems = check(result.report)
        if problems:
            raise RuntimeError("accounting check failed: " + "; ".join(problems))
        return result

    def map_function(self) -> Callable[[dict[str, list]], dict[str, list]]:
        """For `datasets.Dataset.map(fn, batched=True)`: map stages on each row.

        Rows are never dropped inside `map` (that would break column alignment); removed ones
        carry `removed_rule`/`removed_reason`, so `.filter(lambda r: r["removed_rule"] is None)`
        drops them. Corpus stages (dedup) need the whole corpus: use `run` or the CLI for them.
        """

        def apply(batch: dict[str, list]) -> dict[str, list]:
            texts = batch["text"]
            ids = batch.get("id") or [str(i) for i in range(len(texts))]
            titles = batch.get("title") or [None] * len(texts)
            out: dict[str, list] = {
                k: []
                for k in (
                    "text",
                    "title",
                    "lang",
                    "lang_score",
                    "mt_suspected",
                    "translated_from",
                    "tags",
                    "removed_rule",
                    "removed_reason",
                    "edits",
                )
            }
            for doc_id, text, title in zip(ids, texts, titles, strict=True):
                doc = self.process(
                    Document(
                        id=str(doc_id),
                        text=text or "",
                        title=title or None,
                        input_title=title or None,
                    )
                )
                out["text"].append(doc.text)
                out["title"].append(doc.title)
                for label in ("lang", "lang_score", "mt_suspected", "translated_from"):
                    out[label].append(doc.labels.get(label))
                out["tags"].append(doc.labels.get("tags", []))
                out["removed_rule"].append(doc.removal.rule if doc.removal else None)
                out["removed_reason"].append(doc.removal.reason if doc.removal else None)
                out["edits"].append(len(doc.edits))
            return out

        return apply
