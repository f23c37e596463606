"""Set 3 of the translation evaluation: recall per rule and per context (`inject_contexts`).

Hosts: the clean text sets 1 and 2 use (the English aeb gold bodies and the WMT13 English
references; their false edits are measured there). Every `(kind, context)` cell of
`inject_contexts` is planted `REPEATS` times at each density, dealt out over the hosts with
its own seed, and scored like the other sets: the output must equal the clean snippet.

`python -m curate.evaluate.translation_contexts [--eval-dir DIR]` prints this block alone.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from curate.document import Document
from curate.evaluate import inject_contexts as contexts
from curate.evaluate.inject import Artifact
from curate.evaluate.translation import (
    BEFORE_TRANSLATION,
    DENSITIES,
    Docs,
    _table,
    _through,
    english_gold,
    repaired,
    second_set,
)
from curate.stages.translation import TranslationRepair

SEED_3 = 530117
REPEATS = 4


def hosts(eval_dir: Path) -> list[tuple[str, str]]:
    """The aeb gold bodies and the WMT13 English references (not the short trafilatura
    segments, which hold few sentences to plant between)."""
    docs: list[tuple[str, str]] = []
    gold = Path(eval_dir) / "aeb" / "ground-truth.json"
    if gold.is_file():
        docs += english_gold(gold)
    docs += [(i, t) for i, t in second_set(Path(eval_dir)) if not i.startswith("http")]
    return docs


Tally = dict[tuple[str, str], list[int]]  # (kind, context) -> [repaired, planted]


def measure(
    stage: TranslationRepair,
    docs: Docs,
    density: int,
    seed: int = SEED_3,
    repeats: int = REPEATS,
    held_out: int = 0,
) -> Tally:
    """Plant every cell `repeats` times, `density` per document, and score each planting."""
    rng = random.Random(f"{seed}/{density}")
    deck = contexts.cells(held_out) * repeats
    rng.shuffle(deck)
    order = list(range(len(docs)))
    rng.shuffle(order)
    tally: Tally = {}
    trials = [deck[i : i + density] for i in range(0, len(deck), density)]
    for number, chosen in enumerate(trials):
        doc_id, text = docs[order[number % len(order)]]
        planting = contexts.plant(text, chosen, rng.randrange(1 << 30), held_out)
        doc = _through(stage, Document(id=doc_id, text=planting.injection.injected))
        for artifact, name in zip(planting.injection.artifacts, planting.contexts, strict=True):
            counts = tally.setdefault((artifact.kind, name), [0, 0])
            counts[0] += repaired(_as_delivered(artifact), doc)
            counts[1] += 1
    return tally


def _as_delivered(artifact: Artifact) -> Artifact:
    """`artifact` with its clean snippet as the stages before `translation` deliver it, which
    is all the translation stage can give back: a text table's tab is an odd space the `unicode`
    stage makes a plain one on purpose ("Name\tRole" reaches the translation stage as "Name
    Role"), and a code line's indent is dropped with the markup ("    if stock < 0:" arrives
    as "if stock < 0:"); no repair of either can restore it."""
    clean = Document(id="snippet", text=artifact.reference)
    for before in BEFORE_TRANSLATION:
        clean = before.process(clean)
    if clean.text == artifact.reference:
        return artifact
    return replace(artifact, reference=clean.text)


def _share(pairs: Sequence[Sequence[int]], detail: bool = True) -> str:
    fixed, planted = sum(p[0] for p in pairs), sum(p[1] for p in pairs)
    if not planted:
        return "-"
    return f"{fixed / planted:.3f} ({fixed}/{planted})" if detail else f"{fixed / planted:.2f}"


def report(stage: TranslationRepair, docs: Docs) -> str:
    """Set 3, then its fifty-five held-out batches of contexts (not tuned on)."""
    return "\n\n".join(block(stage, docs, SEED_3 + batch, held_out=batch) for batch in range(56))


def block(stage: TranslationRepair, docs: Docs, seed: int = SEED_3, held_out: int = 0) -> str:
    results = {d: measure(stage, docs, d, seed, held_out=held_out) for d in DENSITIES}
    kinds = [k for k in contexts.KINDS if contexts.contexts(k, held_out)]
    names = list(dict.fromkeys(name for _, name in contexts.cells(held_out)))
    by_kind = [["kind", "rule"] + [f"{d}/doc" for d in DENSITIES]]
    for kind in kinds:
        by_kind.append(
            [kind, contexts.KINDS[kind]]
            + [_share([n for (k, _), n in results[d].items() if k == kind]) for d in DENSITIES]
        )
    by_rule = [["rule"] + [f"{d}/doc" for d in DENSITIES]]
    for rule in dict.fromkeys(contexts.KINDS.values()):
        mine = {k for k, r in contexts.KINDS.items() if r == rule}
        by_rule.append(
            [rule]
            + [_share([n for (k, _), n in results[d].items() if k in mine]) for d in DENSITIES]
        )
    by_context = [["context"] + [f"{d}/doc" for d in DENSITIES]]
    for name in names:
        by_context.append(
            [name]
            + [_share([n for (_, c), n in results[d].items() if c == name]) for d in DENSITIES]
        )
    pooled: Tally = {}
    for d in DENSITIES:
        for cell, (fixed, planted) in results[d].items():
            counts = pooled.setdefault(cell, [0, 0])
            counts[0] += fixed
            counts[1] += planted
    short = {k: "".join(w[:3] for w in k.split("_")) for k in kinds}
    matrix = [["context"] + [short[k] for k in kinds]]
    for name in names:
        matrix.append(
            [name]
            + [_share([pooled[(k, name)]] if (k, name) in pooled else [], False) for k in kinds]
        )
    worst = {
        d: min(
            (_ratio([n for (k, _), n in results[d].items() if contexts.KINDS[k] == r]), r)
            for r in dict.fromkeys(contexts.KINDS.values())
        )
        for d in DENSITIES
    }
    return "\n".join(
        [
            (
                "Set 3: ",
                "Set 3, held-out contexts (written after the fixes, never tuned on): ",
                "Set 3, second held-out contexts (written in session 20 before the fixes it "
                "measures, never tuned on): ",
                "Set 3, third held-out contexts (written in session 21 before the fixes it "
                "measures, never run nor tuned on; `title_mm` planted here only): ",
                "Set 3, fourth held-out contexts (written in session 21's second round before "
                "the fixes it measures, never run nor tuned on): ",
                "Set 3, fifth held-out contexts (written in session 22's third round before "
                "the fixes it measures, never run nor tuned on; other lower-case openers): ",
                "Set 3, sixth held-out contexts (written in session 23's fourth round before "
                "the fixes it measures, never run nor tuned on; new genres and openers): ",
                "Set 3, seventh held-out contexts (written in session 24's fifth round before "
                "the fixes it measures, never run nor tuned on; new topics and openers): ",
                "Set 3, eighth held-out contexts (written in session 24's sixth round before "
                "the fixes it measures, never run nor tuned on; new topics and openers): ",
                "Set 3, ninth held-out contexts (written in session 24's seventh round before "
                "the fixes it measures, never run nor tuned on; new topics and openers): ",
                "Set 3, tenth held-out contexts (written in session 24's eighth round before "
                "the fixes it measures, never run nor tuned on; new topics and openers): ",
                "Set 3, eleventh held-out contexts (written in session 25's ninth round before "
                "the fixes it measures, never run nor tuned on; new topics and openers): ",
                "Set 3, twelfth held-out contexts (written in session 25's tenth round before "
                "the fixes it measures, never run nor tuned on; new topics and openers): ",
                "Set 3, thirteenth held-out contexts (written in session 26's eleventh round "
                "before the fixes it measures, never run nor tuned on; new topics and openers): ",
                "Set 3, fourteenth held-out contexts (written in session 27's twelfth round "
                "before the fixes it measures, never run nor tuned on; new topics and openers): ",
                "Set 3, fifteenth held-out contexts (written in session 28's thirteenth round "
                "before the fixes it measures, never run nor tuned on; new topics and openers): ",
                "Set 3, sixteenth held-out contexts (written in session 29's fourteenth round "
                "before the fixes it measures, never run nor tuned on; new topics and openers): ",
                "Set 3, seventeenth held-out contexts (written in session 30's fifteenth round "
                "before the fixes it measures, never run nor tuned on; new topics and openers): ",
                "Set 3, eighteenth held-out contexts (written in session 31's sixteenth round "
                "before the fixes it measures, never run nor tuned on; new topics and openers): ",
                "Set 3, nineteenth held-out contexts (written in session 32's seventeenth round "
                "before the fixes it measures, never run nor tuned on; new topics and openers): ",
                "Set 3, twentieth held-out contexts (written in session 33's eighteenth round "
                "before the fixes it measures, never run nor tuned on; new topics and openers): ",
                "Set 3, twenty-first held-out contexts (written in session 33 after round 18, "
                "blind to the stage and to round 18, never tuned on; new line starts): ",
                "Set 3, twenty-second held-out contexts (written in session 34 before round 19, "
                "blind to the stage and to round 18, never tuned on; line starts, prose): ",
                "Set 3, twenty-third held-out contexts (written in session 35, blind to the "
                "stage and its rounds, never tuned on; prose after abbreviations, labels): ",
                "Set 3, twenty-fourth held-out contexts (written in session 35 before round 21, "
                "blind to the stage and its rounds, never tuned on; labels, datelines, quotes): ",
                "Set 3, twenty-fifth held-out contexts (written in session 36, blind to the "
                "stage and its rounds, never tuned on; labels, datelines, lists, headings): ",
                "Set 3, twenty-sixth held-out contexts (written in session 36, blind to the "
                "stage and its rounds, never tuned on; clocks, datelines, tools, lists): ",
                "Set 3, twenty-seventh held-out contexts (written in session 38, blind to the "
                "stage and its rounds, never tuned on; interviews, agencies, markup, code): ",
                "Set 3, twenty-eighth held-out contexts (written in session 38, blind to the "
                "stage and its rounds, never tuned on; wires, files, social, verse): ",
                "Set 3, twenty-ninth held-out contexts (written in session 38, blind to the "
                "stage and its rounds, never tuned on; speakers, wires, code, chat): ",
                "Set 3, thirtieth held-out contexts (written in session 38, blind to the "
                "stage and its rounds, never tuned on; labels, wires, posts, lyrics): ",
                "Set 3, thirty-first held-out contexts (written in session 38, blind to the "
                "stage and its rounds, never tuned on; speakers, agencies, lists, chat): ",
                "Set 3, thirty-second held-out contexts (written in session 38, blind to the "
                "stage and its rounds, never tuned on; transcripts, wires, code, posts): ",
                "Set 3, thirty-third held-out contexts (written in session 39, blind to the "
                "stage and its rounds, never tuned on; news prose, datelines, quotes, lists): ",
                "Set 3, thirty-fourth held-out contexts (written in session 39, blind to the "
                "stage and its rounds, never tuned on; news prose, wires, headings, lists): ",
                "Set 3, thirty-fifth held-out contexts (written in session 40, blind to the "
                "stage and its rounds, never tuned on; wires, quotes, lists, names, code): ",
                "Set 3, thirty-sixth held-out contexts (written in session 40, blind to the "
                "stage and its rounds, never tuned on; agencies, live blogs, lists, names): ",
                "Set 3, thirty-seventh held-out contexts (written in session 41, blind to the "
                "stage and its rounds, never tuned on; datelines, labels, quotes, names): ",
                "Set 3, thirty-eighth held-out contexts (written in session 41, blind to the "
                "stage and its rounds, never tuned on; agencies, labels, handles, code): ",
                "Set 3, thirty-ninth held-out contexts (written in session 42, blind to the "
                "stage and its rounds, never tuned on; agencies, live blogs, Q&A, brands): ",
                "Set 3, fortieth held-out contexts (written in session 43, blind to the "
                "stage and its rounds, never tuned on; agencies, tickers, transcripts, lists): ",
                "Set 3, forty-first held-out contexts (written in session 44, blind to the "
                "stage and its rounds, never tuned on; agencies, timelines, transcripts, lists): ",
                "Set 3, forty-second held-out contexts (written in session 45, blind to the "
                "stage and its rounds, never tuned on; agencies, interviews, headlines, lists): ",
                "Set 3, forty-third held-out contexts (written in session 46, blind to the "
                "stage and its rounds, never tuned on; agencies, live blogs, timelines, lists): ",
                "Set 3, forty-fourth held-out contexts (written in session 47, blind to the "
                "stage and its rounds, never tuned on; agencies, captions, interviews, lists): ",
                "Set 3, forty-fifth held-out contexts (written in session 48, blind to the "
                "stage and its rounds, never tuned on; agencies, labels, live blogs, lists): ",
                "Set 3, forty-sixth held-out contexts (written in session 49, blind to the "
                "stage and its rounds, never tuned on; agencies, headlines, interviews, lists): ",
                "Set 3, forty-seventh held-out contexts (written in session 50, blind to the "
                "stage and its rounds, never tuned on; courts, sports, markets, bulletins): ",
                "Set 3, forty-eighth held-out contexts (written in session 51, blind to the "
                "stage and its rounds, never tuned on; obituaries, polls, strikes, exams): ",
                "Set 3, forty-ninth held-out contexts (written in session 52, blind to the "
                "stage and its rounds, never tuned on; line heads, brands, abbreviations): ",
                "Set 3, fiftieth held-out contexts (written in session 53, blind to the stage "
                "and its rounds, never tuned on; farms, ferries, alerts, appeals, wards): ",
                "Set 3, fifty-first held-out contexts (written in session 54, blind to the stage "
                "and its rounds, never tuned on; mines, tenants, ports, chess, libraries, "
                "harvest, rescue, water): ",
                "Set 3, fifty-second held-out contexts (written in session 55, blind to the stage "
                "and its rounds, never tuned on; forests, museums, zoos, space, opera, telecoms, "
                "power, post): ",
                "Set 3, fifty-third held-out contexts (written in session 56, blind to the stage "
                "and its rounds, never tuned on; dentists, lighthouses, circus, bees, taxis, "
                "funerals, glass, hockey): ",
                "Set 3, fifty-fourth held-out contexts (written in session 57, blind to the stage "
                "and its rounds, never tuned on; opticians, ballet, trams, salt marshes, notaries, "
                "rinks, pottery, pawnshops): ",
                "Set 3, fifty-fifth held-out contexts (written in session 58, blind to the stage "
                "and its rounds, never tuned on; chocolate, carpentry, radio hams, bridges, "
                "tunnels, hairdressers, baths, watches, bells): ",
            )[held_out]
            + f"{len(docs)} host documents (aeb gold, WMT13 English references), each kind "
            f"planted in a matrix of contexts by curate.evaluate.inject_contexts, seed {seed}, "
            f"every cell {REPEATS} times a density",
            "worst rule: "
            + ", ".join(f"{d}/doc {worst[d][0]:.3f} ({worst[d][1]})" for d in DENSITIES),
            "Repair recall by kind",
            _table(by_kind),
            "The same by rule of the translation stage",
            _table(by_rule),
            "The same by context (every kind planted there)",
            _table(by_context),
            "By context and kind, all densities together ("
            + ", ".join(f"{v}: {k}" for k, v in short.items())
            + ")",
            _table(matrix),
        ]
    )


def _ratio(pairs: Sequence[Sequence[int]]) -> float:
    planted = sum(p[1] for p in pairs)
    return sum(p[0] for p in pairs) / planted if planted else 1.0


def run(eval_dir: Path) -> str:
    docs = hosts(Path(eval_dir))
    if not docs:
        return f"skipped: no host text under {eval_dir}"
    return report(TranslationRepair(), docs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m curate.evaluate.translation_contexts")
    parser.add_argument("--eval-dir", type=Path, default=Path("../shared/eval"))
    args = parser.parse_args(argv)
    print(run(args.eval_dir))  # noqa: T201 (a command's report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
