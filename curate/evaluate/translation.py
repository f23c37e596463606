"""How the `translation` stage does on clean English, and on clean English with artifacts planted.

Data: the English gold article bodies of the article-extraction benchmark
(`<eval_dir>/aeb/ground-truth.json`, `{id: {"articleBody", "url"}}`), chosen with curate's
`LanguageLabeler` and passed through the `unicode` stage first, as in the default recipe. Human
written, so every edit the stage makes there is counted against it. A second clean source, when
present: the English `with` segments of trafilatura's evaluation set
(`<eval_dir>/trafilatura/evaldata.json`), the text each page must yield, one document a page.

Three blocks:
1. False edits per 10,000 words on the clean text (target: at most 1), each edit listed with its
   context so a person can judge it, and the share of documents labelled translated (at most 1%).
   The gold is also shown in two halves, its ids split by the parity of a hash, so that a rule
   tuned on one half can be checked on the other.
2. Repair recall: artifacts planted by `curate.evaluate.inject` at 1, 3 and 10 per document; the
   share repaired exactly (the output equals the reference text at that place), per kind, on
   the whole gold and on each half.
3. The share of documents labelled translated by how many artifacts were planted.

Then the same three blocks on a second set, built apart so that a rule tuned until the first
passes is checked where it was not tuned: other human English (the English references of the
WMT13 news test set, `<eval_dir>/xling/newstest2013.jsonl`, human translations of politics,
sports, finance, court and science news, with the trafilatura `with` segments), another seed,
and another planting procedure (`curate.evaluate.inject_varied`: other contexts and forms of
each kind). Its halves are reported too.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from curate.document import TEXT, Document, Edit
from curate.evaluate import inject_varied
from curate.evaluate.inject import KINDS, STAGE_OF, Artifact, Planter, available, inject
from curate.stages.language import LanguageLabeler
from curate.stages.markup import MarkupStripper
from curate.stages.translation import TranslationRepair
from curate.stages.unicode import UnicodeRepair

DENSITIES = (1, 3, 10)
LABEL_COUNTS = (0, 1, 2, 4, 8, 16)
SEED = 20240601
SEED_2 = 77031
PLANTER_2 = inject_varied.PLANTER
PARAGRAPH = 3  # sentences a paragraph of the second set
# what a document meets before `translation` in the pipeline (boilerplate aside: it removes lines,
# it repairs none), so the doubled spaces and stray markup of a translation are measured too
BEFORE_TRANSLATION = (UnicodeRepair(), MarkupStripper())
CONTEXT = 30


def _through(stage: TranslationRepair, doc: Document) -> Document:
    """`doc` after the stages before `translation`, then `stage`."""
    for before in BEFORE_TRANSLATION:
        doc = before.process(doc)
    return stage.process(doc)


Docs = Sequence[tuple[str, str]]


def run(eval_dir: Path) -> str:
    path = Path(eval_dir) / "aeb" / "ground-truth.json"
    if not path.is_file():
        return f"skipped: {path} not found"
    docs = english_gold(path)
    sources: list[tuple[str, Docs]] = [
        ("aeb gold", docs),
        ("aeb gold, half A", [d for d in docs if half(d[0]) == "A"]),
        ("aeb gold, half B", [d for d in docs if half(d[0]) == "B"]),
    ]
    segments = Path(eval_dir) / "trafilatura" / "evaldata.json"
    if segments.is_file():
        sources.append(("trafilatura `with`", english_segments(segments)))
    stage = TranslationRepair()
    blocks = [
        f"{len(docs)} English gold article bodies, {sum(_words(t) for _, t in docs):,} words "
        f"({path})",
        false_edits_block(stage, sources),
        "Set 1 (aeb gold, planted by curate.evaluate.inject, seed "
        f"{SEED}): the set the rules were tuned on",
        recall_block(stage, docs),
        label_block(stage, docs),
    ]
    second = second_set(Path(eval_dir))
    if second:
        halves = [(f"set 2, half {h}", [d for d in second if half(d[0]) == h]) for h in "AB"]
        blocks += [
            f"Set 2: {len(second)} documents, {sum(_words(t) for _, t in second):,} words of "
            "other human English (WMT13 English references, trafilatura `with` segments), "
            f"planted by curate.evaluate.inject_varied, seed {SEED_2}: built apart, not tuned on",
            false_edits_block(stage, [("set 2", second), *halves]),
            recall_block(stage, second, SEED_2, PLANTER_2),
            label_block(stage, second, PLANTER_2),
        ]
    blocks.append(set_three(stage, Path(eval_dir)))
    blocks.append(read_pages(stage, Path(eval_dir)))
    return "\n\n".join(blocks)


def read_pages(stage: TranslationRepair, eval_dir: Path) -> str:
    """Set 4: the content lines of the pages people read (`curate.evaluate.checked`), human
    text of every kind the web holds and the English sets lack (German, code, product lists,
    lower-case names); no repair is planted, so every edit listed is one to judge."""
    from curate.evaluate.checked import READ_FILES, aligned, load_checked
    from curate.evaluate.pages import pages_of

    if not (
        (eval_dir / "aeb" / "html").is_dir() or (eval_dir / "trafilatura" / "html.tar.xz").is_file()
    ):
        return f"Set 4: skipped, no benchmark pages under {eval_dir}"
    pages = pages_of(eval_dir)
    docs: list[tuple[str, str]] = []
    halves: dict[str, str] = {}
    for path in READ_FILES:
        if not path.is_file():
            continue
        for item, page in aligned(load_checked(path), pages)[0]:
            labelled = zip(page.plain_lines, item.labels, strict=True)
            lines = [line for line, label in labelled if label == 1]
            docs.append((page.key, "\n\n".join(lines)))
            halves[page.key] = item.half
    if not docs:
        return "Set 4: skipped, no read pages"
    return (
        f"Set 4: the content lines of the {len(docs)} pages read by people (`make eval` "
        "`checked`), human web text in several languages with code and lists; nothing planted\n"
        + false_edits_block(
            stage,
            [
                ("read pages", docs),
                *[(f"read pages, half {h}", [d for d in docs if halves[d[0]] == h]) for h in "AB"],
            ],
        )
    )


def set_three(stage: TranslationRepair, eval_dir: Path) -> str:
    """Set 3: each kind in a matrix of contexts (`curate.evaluate.translation_contexts`)."""
    from curate.evaluate import translation_contexts  # it imports this module

    docs = translation_contexts.hosts(eval_dir)
    return translation_contexts.report(stage, docs) if docs else "Set 3: skipped, no host text"


def second_set(eval_dir: Path) -> list[tuple[str, str]]:
    """The second clean set: the English reference of each WMT13 story (human translations of
    news: politics, sports, finance, courts, science), its sentences joined into paragraphs of
    `PARAGRAPH` as an article prints them, and the English `with` segments of trafilatura's
    evaluation pages (recipes, lists, short notices). Empty when neither file is there."""
    docs = []
    wmt = eval_dir / "xling" / "newstest2013.jsonl"
    if wmt.is_file():
        unicode = UnicodeRepair()
        for line in wmt.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("role") != "ref" or row.get("lang") != "en":
                continue
            lines = [s for s in row["text"].split("\n") if s.strip()]
            paragraphs = [lines[0]] + [
                " ".join(lines[i : i + PARAGRAPH]) for i in range(1, len(lines), PARAGRAPH)
            ]
            text = "\n\n".join(paragraphs)
            docs.append((row["id"], unicode.process(Document(id=row["id"], text=text)).text))
    segments = eval_dir / "trafilatura" / "evaldata.json"
    if segments.is_file():
        docs += english_segments(segments)
    return sorted(docs)


def half(doc_id: str) -> str:
    """The half, A or B, of a document: a split that does not depend on the order."""
    return "AB"[hashlib.sha256(doc_id.encode("utf-8")).digest()[0] & 1]


def english_gold(path: Path) -> list[tuple[str, str]]:
    """`(id, text)` of the English gold bodies, unicode-repaired, in id order."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    language = LanguageLabeler()
    unicode = UnicodeRepair()
    docs = []
    for doc_id in sorted(gold):
        body = gold[doc_id].get("articleBody") or ""
        if body.strip() and language.detect(body)[0] == "en":
            docs.append((doc_id, unicode.process(Document(id=doc_id, text=body)).text))
    return docs


def english_segments(path: Path) -> list[tuple[str, str]]:
    """`(url, text)` per page of trafilatura's evaluation set: its `with` segments, one a line,
    when they read as English; unicode-repaired, in URL order."""
    pages = json.loads(path.read_text(encoding="utf-8"))
    language = LanguageLabeler()
    unicode = UnicodeRepair()
    docs = []
    for url in sorted(pages):
        text = "\n".join(s for s in pages[url].get("with") or [] if isinstance(s, str))
        if text.strip() and language.detect(text)[0] == "en":
            docs.append((url, unicode.process(Document(id=url, text=text)).text))
    return docs


# 1. false edits ---------------------------------------------------------------------------------
def false_edits_block(stage: TranslationRepair, sources: Sequence[tuple[str, Docs]]) -> str:
    """`sources`: `(name, docs)`; the first is the main one, whose edits are listed. A document
    in two sources (a half of the first) is counted in each."""
    ungated = TranslationRepair(**{**stage.config(), "require_evidence": False})
    table = [["source", "documents", "words", "edits", "per 10k words", "labelled translated"]]
    by_rule: Counter[str] = Counter()
    rows = []
    held = held_docs = 0
    seen: dict[tuple[str, str], tuple[int, bool, list[Edit]]] = {}
    for number, (name, docs) in enumerate(sources):
        words = edits = suspected = 0
        for doc_id, text in docs:
            if (doc_id, text) not in seen:
                doc = stage.process(Document(id=doc_id, text=text))
                mine = [e for e in doc.edits if e.stage == stage.name]
                seen[(doc_id, text)] = (len(mine), bool(doc.labels["mt_suspected"]), mine)
            count, labelled, mine = seen[(doc_id, text)]
            words += _words(text)
            suspected += labelled
            edits += count
            if number:
                continue
            for edit, before, after in _contexts(text, mine):
                by_rule[edit.rule] += 1
                rows.append([doc_id[:8], edit.rule, before, after])
            extra = len(ungated.process(Document(id=doc_id, text=text)).edits) - count
            if extra > 0:
                held += extra
                held_docs += 1
        table.append(
            [
                name,
                str(len(docs)),
                f"{words:,}",
                str(edits),
                f"{edits * 10_000 / max(words, 1):.2f}",
                f"{suspected} ({_pct(suspected, len(docs))})",
            ]
        )
    lines = [
        "False edits on clean English (target: at most 1 per 10,000 words)",
        _table(table),
        f"gated repairs held back by the repair bar ({sources[0][0]}): {held} in {held_docs} "
        "documents",
    ]
    if by_rule:
        lines.append(
            _table([["rule", "edits"]] + [[r, str(n)] for r, n in sorted(by_rule.items())])
        )
        lines.append(_table([["doc", "rule", "before", "after"]] + rows))
    return "\n".join(lines)


def _contexts(text: str, edits: Iterable[Edit]) -> Iterable[tuple[Edit, str, str]]:
    """Each edit with the text around it, before and after (offsets follow the ledger)."""
    value = text
    for edit in edits:
        if edit.field != TEXT:
            continue
        start, end = edit.start, edit.start + len(edit.before)
        left = value[max(0, start - CONTEXT) : start]
        right = value[end : end + CONTEXT]
        before = _show(left + "[" + edit.before + "]" + right)
        after = _show(left + "[" + edit.after + "]" + right)
        value = value[:start] + edit.after + value[end:]
        yield edit, before, after


# 2. repair recall ------------------------------------------------------------------------------
def recall_block(
    stage: TranslationRepair, docs: Docs, seed: int = SEED, planter: Planter | None = None
) -> str:
    results = {d: measure_recall(stage, docs, d, seed, planter=planter) for d in DENSITIES}
    halves = {
        (h, d): measure_recall(
            stage, docs, d, seed, keep=lambda i, h=h: half(i) == h, planter=planter
        )
        for h in "AB"
        for d in DENSITIES
    }
    header = ["kind", "rule"] + [f"{d}/doc" for d in DENSITIES]
    rows = [header]
    for kind, rule in KINDS.items():
        row = [kind, f"{STAGE_OF.get(kind, stage.name)}/{rule}"]
        for density in DENSITIES:
            fixed, planted = results[density].get(kind, (0, 0))
            row.append(f"{fixed / planted:.3f} ({fixed}/{planted})" if planted else "-")
        rows.append(row)
    total = ["all", ""]
    for density in DENSITIES:
        fixed = sum(f for f, _ in results[density].values())
        planted = sum(p for _, p in results[density].values())
        total.append(f"{fixed / max(planted, 1):.3f} ({fixed}/{planted})")
    rows.append(total)
    split = [["kind"] + [f"{h} {d}/doc" for d in DENSITIES for h in "AB"]]
    for kind in list(KINDS) + ["all"]:
        row = [kind]
        for density in DENSITIES:
            for h in "AB":
                counts = halves[(h, density)]
                pairs = list(counts.values()) if kind == "all" else [counts.get(kind, (0, 0))]
                fixed, planted = sum(f for f, _ in pairs), sum(p for _, p in pairs)
                row.append(f"{fixed / planted:.3f}" if planted else "-")
        split.append(row)
    by_rule = [["rule"] + [f"{d}/doc" for d in DENSITIES]]
    for rule in dict.fromkeys(r for k, r in KINDS.items() if k not in STAGE_OF):
        row = [rule]
        for density in DENSITIES:
            pairs = [n for k, n in results[density].items() if KINDS[k] == rule]
            fixed, planted = sum(f for f, _ in pairs), sum(p for _, p in pairs)
            row.append(f"{fixed / planted:.3f}" if planted else "-")
        by_rule.append(row)
    return "\n".join(
        [
            "Repair recall: share of planted artifacts repaired exactly (target: at least 0.95), "
            "by artifacts planted per document",
            _table(rows),
            "The same by rule of the translation stage",
            _table(by_rule),
            "The same by half of the gold (A, B: ids split by the parity of a hash)",
            _table(split),
        ]
    )


def measure_recall(
    stage: TranslationRepair,
    docs: Docs,
    density: int,
    seed: int,
    keep: Callable[[str], bool] | None = None,
    planter: Planter | None = None,
) -> dict[str, tuple[int, int]]:
    """kind -> (repaired exactly, planted), planting `density` artifacts per document.

    Each document gets every kind it has a place for at least once: those kinds are shuffled
    and dealt out in trials of `density`, so every kind is measured on every document that
    can hold it, at every density. `keep(doc_id)` measures a part of `docs` with the plantings
    it gets in the whole, so that the parts add up to the whole.
    """
    counts: dict[str, list[int]] = {k: [0, 0] for k in KINDS}
    for index, (doc_id, text) in enumerate(docs):
        if keep is not None and not keep(doc_id):
            continue
        kinds = available(text, planter)
        if not kinds:
            continue
        trials = -(-len(kinds) // density)
        rng = random.Random(f"{seed}/{density}/{index}")
        deck = kinds * -(-density * trials // len(kinds))
        rng.shuffle(deck)
        for trial in range(trials):
            planted = inject(
                text, deck[trial * density : (trial + 1) * density], rng.randrange(1 << 30), planter
            )
            doc = _through(stage, Document(id=doc_id, text=planted.injected))
            for artifact in planted.artifacts:
                counts[artifact.kind][1] += 1
                counts[artifact.kind][0] += repaired(artifact, doc)
    return {k: (fixed, total) for k, (fixed, total) in counts.items() if total}


def repaired(artifact: Artifact, doc: Document) -> bool:
    """Whether the output holds exactly the reference text where the artifact was planted."""
    start = artifact.inj_start
    end = start + len(artifact.injected)
    for edit in doc.edits:
        if edit.field != TEXT:
            continue
        at, gone, grow = edit.start, len(edit.before), len(edit.after) - len(edit.before)
        if at + gone <= start and not (gone == 0 and at == start):
            start, end = start + grow, end + grow  # before the place
        elif at > end or (at == end and gone > 0):
            continue  # after it
        elif at >= start and at + gone <= end:
            end += grow  # inside it
        else:
            return False  # across its edge: not an exact repair of this place
    return doc.text[start:end] == artifact.reference


# 3. labels -------------------------------------------------------------------------------------
def label_block(stage: TranslationRepair, docs: Docs, planter: Planter | None = None) -> str:
    rows = [["artifacts planted", "mean planted", "labelled translated", "share"]]
    for count in LABEL_COUNTS:
        suspected = planted_total = 0
        for index, (doc_id, text) in enumerate(docs):
            rng = random.Random(f"{SEED}/label/{count}/{index}")
            # the kinds the translation stage weighs: doubled spaces and stray markup are
            # repaired before it, by stages that do not label
            offered = [kind for kind in available(text, planter) if kind not in STAGE_OF]
            kinds = [rng.choice(offered) for _ in range(count)] if offered else []
            planted = inject(text, kinds, rng.randrange(1 << 30), planter)
            planted_total += len(planted.artifacts)
            doc = _through(stage, Document(id=doc_id, text=planted.injected))
            suspected += bool(doc.labels["mt_suspected"])
        rows.append(
            [
                str(count),
                f"{planted_total / max(len(docs), 1):.1f}",
                f"{suspected}/{len(docs)}",
                _pct(suspected, len(docs)),
            ]
        )
    return "\n".join(
        [
            "Labelled translated (mt_suspected) by artifacts planted per document "
            "(target: at most 1% at 0)",
            _table(rows),
        ]
    )


# formatting ------------------------------------------------------------------------------------
def _table(rows: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _words(text: str) -> int:
    return len(text.split())


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / max(whole, 1):.1f}%"


def _show(text: str) -> str:
    return text.replace("\n", "⏎")
