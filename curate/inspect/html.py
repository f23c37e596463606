"""`report.html`: one self-contained page (inline CSS and SVG, no script, no network).

Every number that `report.json` holds is printed from it, in an element whose `data-key`
is its JSON path (`["stages", 2, "edits", "caption"]`), so a test can check the page against
the file; numbers that only the ledger gives (lines and characters removed, the plots) have none.
"""

from __future__ import annotations

import json
import shlex
import unicodedata
from html import escape
from pathlib import Path
from typing import Any

from curate import __version__
from curate.inspect import svg
from curate.inspect.collect import MEASURES, Collected, EditExample, RemovedExample, collect

CSS = """
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d1d1f;margin:0;
 background:#fafafa;overflow-wrap:anywhere}
main{max-width:64rem;margin:0 auto;padding:1rem 1.25rem 3rem;background:#fff}
h1{font-size:1.6rem;margin:.5rem 0}h2{margin-top:2.2rem;border-bottom:1px solid #ddd}
h3{margin-bottom:.3rem}
table{border-collapse:collapse;margin:.5rem 0;max-width:100%}
th,td{border-bottom:1px solid #e5e5e5;padding:.2rem .5rem;text-align:left;vertical-align:top;
 overflow-wrap:break-word}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
td.n{white-space:nowrap}
.wide{overflow-x:auto;max-width:100%}
code,.ex{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em}
code{background:#f2f2f2;padding:0 .2em;border-radius:3px}
.ex{white-space:pre-wrap;background:#f7f7f7;border-left:3px solid #ccc;padding:.4rem .6rem;
 margin:.3rem 0 .8rem}
del{background:#ffd7d5;color:#82071e;text-decoration:line-through}
ins{background:#d2f4d3;color:#055d20;text-decoration:none}
.meta{color:#555;font-size:.85em}
svg.plot{width:100%;height:auto;max-width:40rem;display:block;margin:.4rem 0}
.bar{background:#4c78a8;height:.8rem;display:inline-block;vertical-align:middle}
.gone{background:#e45756;height:.8rem;display:inline-block;vertical-align:middle}
nav ol{columns:2 14rem}
details{margin:.3rem 0}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(26rem,100%),1fr));gap:0 1.5rem}
"""


def render_report(
    folder: str | Path,
    report: dict[str, Any] | None = None,
    recipe: dict[str, Any] | None = None,
    shown_as: str | None = None,
) -> str:
    """The page for a published folder; `shown_as` is the folder as the page's commands name it
    (default: its name, as the card names it, so the page does not depend on where it is)."""
    return render(collect(folder, report, recipe), shown_as)


def render(data: Collected, shown_as: str | None = None) -> str:
    page = _Page(data, shown_as or data.folder.resolve().name)
    return page.html()


def _num(value: Any) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:g}"
    return escape(str(value))


def keyed(
    value: Any, *path: Any, also: tuple[list[Any], ...] = (), tag: str = "td", cls: str = "n"
) -> str:
    """A number from report.json, tagged with its JSON path (and the other paths that hold
    the same number: a stage's edits of a rule are also in `edits_by_rule`)."""
    key = escape(json.dumps([list(path), *also], ensure_ascii=False), quote=True)
    return f'<{tag} class="{cls}" data-key="{key}">{_num(value)}</{tag}>'


def _td(value: Any, numeric: bool = False) -> str:
    return f'<td class="n">{_num(value)}</td>' if numeric else f"<td>{escape(str(value))}</td>"


def _table(head: list[str], rows: list[str], numeric: tuple[int, ...] | None = None) -> str:
    """A table; the columns in `numeric` (default: all but the first) are right-aligned."""
    numeric = tuple(range(1, len(head))) if numeric is None else numeric
    cells = "".join(
        f'<th class="n">{escape(h)}</th>' if i in numeric else f"<th>{escape(h)}</th>"
        for i, h in enumerate(head)
    )
    return f'<div class="wide"><table><tr>{cells}</tr>{"".join(rows)}</table></div>'


def counts_table(counts: dict[str, Any], path: list[Any], head: tuple[str, str]) -> str:
    rows = [f"<tr>{_td(name)}{keyed(value, *path, name)}</tr>" for name, value in counts.items()]
    return _table(list(head), rows)


def _show(text: str) -> str:
    """Text of an edit: escaped, line breaks made visible."""
    return escape(text).replace("\n", "↵\n")


def _show_edit(text: str) -> str:
    """What an edit removed or put: also the characters one cannot see (a no-break space,
    a zero-width joiner) spelled as their code point."""
    return _show("".join(_visible(c) for c in text))


def _visible(char: str) -> str:
    if char in " \n" or not (char.isspace() or unicodedata.category(char) in ("Cc", "Cf")):
        return char
    return f"⟨U+{ord(char):04X}⟩"


class _Page:
    def __init__(self, data: Collected, shown_as: str) -> None:
        self.data = data
        self.report = data.report
        self.shown_as = shown_as
        self.sections: list[tuple[str, str, str]] = []  # (anchor, title, body)

    def explain(self, doc_id: str) -> str:
        command = f"curate explain {shlex.quote(self.shown_as)} {shlex.quote(doc_id)}"
        return f"<code>{escape(command)}</code>"

    def html(self) -> str:
        self.summary()
        self.funnel()
        self.rules()
        self.distributions()
        self.removed()
        self.duplicates()
        self.machine_translation()
        self.quarantine()
        self.corpus_stages()
        head = self.report["curate"]
        toc = "".join(f'<li><a href="#{a}">{escape(t)}</a></li>' for a, t, _ in self.sections)
        body = "".join(
            f'<section id="{a}"><h2>{escape(t)}</h2>{b}</section>' for a, t, b in self.sections
        )
        inputs = ", ".join(f"<code>{escape(p)}</code>" for p in self.report.get("inputs") or [])
        return (
            '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>curate report: {escape(self.shown_as)}</title>"
            f"<style>{CSS}</style></head><body><main>"
            f"<h1>curate report: {escape(self.shown_as)}</h1>"
            f'<p class="meta">recipe <code>{escape(str(head.get("recipe")))}</code>, made by '
            f"curate {escape(str(head.get('version')))} (page by curate {__version__}); "
            f"inputs {inputs or 'none'}. Every count is from <code>report.json</code>; "
            "examples are drawn from the ledger in a fixed order, so the same folder gives "
            "the same page.</p>"
            f"<nav><h2>Contents</h2><ol>{toc}</ol></nav>{body}</main></body></html>\n"
        )

    def add(self, anchor: str, title: str, body: str) -> None:
        self.sections.append((anchor, title, body))

    # sections ----------------------------------------------------------------------------------
    def summary(self) -> None:
        counts = self.report["counts"]
        cells = "".join(keyed(counts[k], "counts", k) for k in counts)
        head = "".join(f'<th class="n">{k}</th>' for k in counts)
        body = f"<table><tr>{head}</tr><tr>{cells}</tr></table>"
        body += (
            "<p>Kept text: "
            + keyed(self.report.get("kept_words", 0), "kept_words", tag="span", cls="")
            + " words, "
            + keyed(self.report.get("kept_characters", 0), "kept_characters", tag="span", cls="")
            + " characters.</p>"
        )
        skipped = self.report.get("skipped_files") or []
        if skipped:
            listed = "".join(f"<li><code>{escape(p)}</code></li>" for p in skipped[:50])
            more = f"<li>… {len(skipped) - 50:,} more</li>" if len(skipped) > 50 else ""
            body += (
                f"<details><summary>{len(skipped):,} files not read (not a format curate "
                f"reads)</summary><ul>{listed}{more}</ul></details>"
            )
        self.add("summary", "Summary", body)

    def funnel(self) -> None:
        counts = self.report["counts"]
        read = counts["read"] or 1
        at_read = self.report.get("removed_at_read") or {}
        rows = [
            "<tr><td>read</td>"
            + keyed(counts["read"], "counts", "read")
            + keyed(counts["quarantined"], "counts", "quarantined")
            + f'<td class="n">{sum(at_read.values()):,}</td><td></td></tr>'
        ]
        for index, stage in enumerate(self.report["stages"]):
            width = 12 * stage["out"] / read
            gone = 12 * stage["removed"] / read
            rows.append(
                f"<tr><td>{escape(stage['stage'])}</td>"
                + keyed(stage["in"], "stages", index, "in")
                + '<td class="n"></td>'
                + keyed(stage["removed"], "stages", index, "removed")
                + keyed(stage["out"], "stages", index, "out")
                + f'<td><span class="bar" style="width:{width:.2f}rem"></span>'
                f'<span class="gone" style="width:{gone:.2f}rem"></span></td></tr>'
            )
        rows.append(
            "<tr><th>kept</th><td></td><td></td><td></td>"
            + keyed(counts["kept"], "counts", "kept")
            + "<td></td></tr>"
        )
        body = _table(["step", "in", "quarantined", "removed", "out", ""], rows)
        if at_read:
            listed = ", ".join(f"{escape(rule)} {n:,}" for rule, n in at_read.items())
            body += f"<p>Removed as they were read: {listed}.</p>"
        self.add("funnel", "Funnel: read → stages → kept", body)

    def rules(self) -> None:
        docs_by_rule = self.report.get("documents_edited_by_rule")
        parts = [
            "<p>Per stage and rule: documents with at least one edit of the rule (kept or "
            "removed later), edits, non-blank lines deleted whole, and characters removed "
            "(per edit, those of the old text beyond the new). Each rule shows up to "
            f"{max((len(r.examples) for r in self.data.rules.values()), default=0)} examples: "
            "the text around the edit, <del>what went</del> and <ins>what came</ins>.</p>"
        ]
        for index, stage in enumerate(self.report["stages"]):
            name = stage["stage"]
            edits = stage["edits"]
            rows = []
            for rule, count in edits.items():
                full = f"{name}/{rule}"
                stats = self.data.rules.get(full)
                docs = (
                    keyed(docs_by_rule[full], "documents_edited_by_rule", full)
                    if docs_by_rule is not None and full in docs_by_rule
                    else _td(stats.documents if stats else 0, True)
                )
                rows.append(
                    f'<tr><td><a href="#rule-{escape(full)}">{escape(rule)}</a></td>'
                    + docs
                    + keyed(count, "stages", index, "edits", rule, also=(["edits_by_rule", full],))
                    + _td(stats.lines_removed if stats else 0, True)
                    + _td(stats.chars_removed if stats else 0, True)
                    + "</tr>"
                )
            head = (
                f"<h3>{escape(name)}</h3><p>"
                + keyed(stage["documents_edited"], "stages", index, "documents_edited", tag="span")
                + " documents edited, "
                + f"{sum(edits.values()):,} edits"
                + "; removed "
                + keyed(stage["removed"], "stages", index, "removed", tag="span")
                + ".</p>"
            )
            if not rows:
                parts.append(head)
                continue
            table = _table(
                ["rule", "documents", "edits", "lines removed", "characters removed"], rows
            )
            examples = "".join(self._rule_examples(f"{name}/{rule}") for rule in edits)
            parts.append(head + table + examples)
        self.add("rules", "Stages and rules", "".join(parts))

    def _rule_examples(self, rule: str) -> str:
        stats = self.data.rules.get(rule)
        if stats is None or not stats.examples:
            return ""
        shown = "".join(self._edit_example(e) for e in stats.examples)
        return (
            f'<details open id="rule-{escape(rule)}"><summary>{escape(rule)}: '
            f"{len(stats.examples)} example(s)</summary>{shown}</details>"
        )

    def _edit_example(self, example: EditExample) -> str:
        score = f", score {example.score:g}" if example.score is not None else ""
        where = example.field if example.field in ("title", "id") else "text"
        return (
            f'<div class="meta">{escape(example.doc_id)} ({example.kind}, {where}{score}): '
            f"{self.explain(example.doc_id)}</div>"
            f'<div class="ex">{_show(example.left)}<del>{_show_edit(example.before)}</del>'
            f"<ins>{_show_edit(example.after)}</ins>{_show(example.right)}</div>"
        )

    def distributions(self) -> None:
        data = self.data
        parts = [
            "<h3>Document length</h3>",
            svg.histogram(
                {"before (as read)": data.length_before, "after (kept)": data.length_after},
                "document length in characters, before and after",
                "characters (the last bin holds the longest 1%)",
            ),
            "<h3>Language</h3>",
            '<div class="grid"><div>',
            svg.bars(self.report["languages"], "kept documents by language"),
            "<details><summary>table</summary>",
            counts_table(self.report["languages"], ["languages"], ("language", "documents")),
            "</details></div><div>",
            svg.histogram(
                {"kept": data.lang_scores},
                "lang_score of kept documents",
                "lang_score",
                value_range=(0.0, 1.0),
            ),
            "</div></div>",
        ]
        parts += self._quality()
        tags = self.report.get("tags") or {}
        parts += ["<h3>Topics</h3>", svg.bars(tags, "kept documents by topic")]
        if tags:
            parts.append(
                "<details><summary>table</summary>"
                + counts_table(tags, ["tags"], ("topic", "documents"))
                + "</details>"
            )
        fields = self.report.get("fields") or {}
        if fields:
            kept = self.report["counts"]["kept"] or 1
            rows = [
                f"<tr>{_td(name)}{keyed(count, 'fields', name)}"
                f'<td class="n">{count / kept:.1%}</td></tr>'
                for name, count in fields.items()
            ]
            parts += [
                "<h3>Record fields (kept documents that have each)</h3>",
                _table(["field", "documents", "share"], rows),
            ]
        self.add("distributions", "Distributions", "".join(parts))

    def _quality(self) -> list[str]:
        settings = self.data.quality_settings
        if settings is None and not any(self.data.measures.values()):
            return []
        settings = settings or {}
        filtered = set(settings.get("filter") or [])
        limits = {
            "words": [("min_words", "too_short"), ("max_words", "too_long")],
            "mean_word_length": [
                ("min_mean_word_length", "mean_word_length"),
                ("max_mean_word_length", "mean_word_length"),
            ],
            "symbol_ratio": [("max_symbol_ratio", "symbol_ratio")],
            "alpha_words": [("min_alpha_words", "alpha_words")],
            "repeated_line_ratio": [("max_repeated_line_ratio", "repeated_lines")],
            "bullet_lines": [("max_bullet_lines", "bullet_lines")],
        }
        parts = [
            "<h3>Quality measures</h3><p>Kept documents, and those the quality stage removed "
            "(measured again from their text); the dashed line is the setting that flags a "
            "document, which removes it when its flag is in <code>quality.filter</code> "
            f"({', '.join(sorted(filtered)) or 'none'}).</p>",
            '<div class="grid">',
        ]
        for measure in MEASURES:
            lines = []
            for setting, flag in limits[measure]:
                if settings.get(setting) is not None:
                    verb = "removes" if flag in filtered else "flags"
                    lines.append(
                        (float(settings[setting]), f"{setting} {settings[setting]:g} {verb}")
                    )
            parts.append(
                "<div>"
                + svg.histogram(
                    {
                        "kept": self.data.measures[measure],
                        "removed": self.data.removed_measures[measure],
                    },
                    f"quality measure {measure}",
                    measure,
                    thresholds=lines,
                    stacked=True,
                )
                + "</div>"
            )
        parts.append("</div>")
        flags = self.report.get("quality_flags") or {}
        if flags:
            parts.append(
                "<p>Flags on kept documents:</p>"
                + counts_table(flags, ["quality_flags"], ("flag", "documents"))
            )
        return parts

    def removed(self) -> None:
        by_rule = self.report["removed_by_rule"]
        if not by_rule:
            self.add("removed", "Removed documents", "<p>No document was removed.</p>")
            return
        where = {stage["stage"]: i for i, stage in enumerate(self.report["stages"])}
        rows = []
        for rule, count in by_rule.items():
            stage, name = rule.split("/", 1)
            other = (
                ["stages", where[stage], "removed_by_rule", name]
                if stage in where
                else ["removed_at_read", name]
            )
            rows.append(
                f"<tr>{_td(rule)}{keyed(count, 'removed_by_rule', rule, also=(other,))}</tr>"
            )
        parts = [_table(["stage/rule", "documents"], rows)]
        for rule in by_rule:
            examples = self.data.removed_examples.get(rule) or []
            shown = "".join(self._removed_example(e) for e in examples)
            parts.append(
                f"<details><summary>{escape(rule)}: {len(examples)} example(s)</summary>"
                f"{shown}</details>"
            )
        self.add("removed", "Removed documents by rule", "".join(parts))

    def _removed_example(self, example: RemovedExample) -> str:
        duplicate = ""
        if example.duplicate_of:
            similarity = (
                f", similarity {example.similarity:g}" if example.similarity is not None else ""
            )
            duplicate = f"; duplicate of {escape(example.duplicate_of)}{similarity}"
        return (
            f'<div class="meta">{escape(example.doc_id)}: {escape(example.reason)}{duplicate}; '
            f"{self.explain(example.doc_id)}</div>"
            f'<div class="ex">{escape(example.excerpt) or "(empty)"}</div>'
        )

    def duplicates(self) -> None:
        dedup = (self.report.get("corpus_stages") or {}).get("dedup")
        if not dedup:
            ran = any(s["stage"] == "dedup" for s in self.report["stages"])
            text = "The dedup stage ran but reported nothing." if ran else "Not deduplicated."
            self.add("duplicates", "Duplicates", f"<p>{text}</p>")
            return
        sizes = dedup.get("cluster_sizes") or {}
        parts = [
            "<p>",
            keyed(dedup.get("clusters", 0), "corpus_stages", "dedup", "clusters", tag="span"),
            " clusters hold ",
            keyed(
                dedup.get("documents_in_clusters", 0),
                "corpus_stages",
                "dedup",
                "documents_in_clusters",
                tag="span",
            ),
            " documents; ",
            keyed(
                dedup.get("removed_exact", 0), "corpus_stages", "dedup", "removed_exact", tag="span"
            ),
            " exact and ",
            keyed(
                dedup.get("removed_near", 0), "corpus_stages", "dedup", "removed_near", tag="span"
            ),
            " near duplicates removed. The kept document of a cluster is the most complete text "
            "(most words), then the earliest read.</p>",
        ]
        if sizes:
            parts += [
                svg.bars(
                    {f"{size} documents": n for size, n in sizes.items()},
                    "clusters by size",
                ),
                counts_table(
                    sizes, ["corpus_stages", "dedup", "cluster_sizes"], ("cluster size", "clusters")
                ),
            ]
        if self.data.clusters:
            rows = []
            for cluster in self.data.clusters:
                copies = "<br>".join(
                    f"{escape(doc)} ({escape(rule.split('/')[-1])}"
                    + (f", similarity {sim:g}" if sim is not None else "")
                    + ")"
                    for doc, rule, sim in cluster.copies[:10]
                )
                if cluster.copies_total > 10:
                    copies += f"<br>… {cluster.copies_total - 10} more"
                rows.append(
                    f"<tr><td>{escape(cluster.kept_id)}<br>{self.explain(cluster.kept_id)}</td>"
                    f"{_td(cluster.size, True)}<td>{copies}</td></tr>"
                )
            shown = len(self.data.clusters)
            parts += [
                f"<h3>The {shown} largest of {self.data.clusters_total:,} clusters</h3>",
                _table(["kept document", "size", "removed copies (similarity to it)"], rows, (1,)),
            ]
        self.add("duplicates", "Duplicates", "".join(parts))

    def machine_translation(self) -> None:
        translated = self.report.get("translated_from") or {}
        parts = [
            f"<p>{self.data.mt_suspected:,} kept documents labelled machine-translated "
            "(<code>mt_suspected</code>)"
            + (", by the language they were likely translated from:" if translated else ".")
            + "</p>",
        ]
        if translated:
            parts.append(svg.bars(translated, "machine-translated documents by source language"))
            parts.append(
                counts_table(translated, ["translated_from"], ("source language", "documents"))
            )
        if self.data.mt_signals:
            rows = [
                f"<tr>{_td(signal)}{_td(docs, True)}{_td(count, True)}</tr>"
                for signal, (docs, count) in self.data.mt_signals.items()
            ]
            parts += [
                "<p>Evidence (<code>mt_evidence</code>) on kept documents:</p>",
                _table(["signal", "documents", "occurrences"], rows),
            ]
        self.add("translation", "Machine translation", "".join(parts))

    def quarantine(self) -> None:
        kinds = self.report.get("quarantine") or {}
        if not kinds:
            self.add("quarantine", "Quarantine", "<p>Every input could be read.</p>")
            return
        rows = []
        for row in self.data.quarantine_rows:
            line = row.get("line")
            rows.append(
                f"<tr><td><code>{escape(str(row.get('file')))}</code></td>"
                f"{_td('' if line is None else line, True)}{_td(row.get('kind', ''))}"
                f"<td>{escape(str(row.get('error', '')))}"
                + (f"<br>id {escape(str(row['id']))}" if row.get("id") else "")
                + "</td></tr>"
            )
        more = self.data.quarantine_total - len(self.data.quarantine_rows)
        parts = [
            counts_table(kinds, ["quarantine"], ("kind", "inputs")),
            "<p>From <code>quarantine.jsonl</code>:</p>",
            _table(["file", "line", "kind", "error"], rows, (1,)),
        ]
        if more > 0:
            parts.append(f"<p>… {more:,} more in quarantine.jsonl.</p>")
        self.add("quarantine", "Quarantine", "".join(parts))

    def corpus_stages(self) -> None:
        stages = self.report.get("corpus_stages") or {}
        if not stages:
            return
        parts = []
        for name, summary in stages.items():
            rows = []
            for key, value in (summary or {}).items():
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    rows.append(f"<tr>{_td(key)}{keyed(value, 'corpus_stages', name, key)}</tr>")
                elif isinstance(value, bool):
                    rows.append(f"<tr>{_td(key)}{_td(str(value).lower(), True)}</tr>")
                elif isinstance(value, dict):  # counts by kind: `stories` by language pair
                    for part, count in value.items():
                        if isinstance(count, (int, float)) and not isinstance(count, bool):
                            cell = keyed(count, "corpus_stages", name, key, part)
                            rows.append(f"<tr>{_td(f'{key}: {part}')}{cell}</tr>")
            if rows:
                parts.append(f"<h3>{escape(name)}</h3>" + _table(["", "value"], rows))
        self.add("corpus", "Corpus stages: every number", "".join(parts))
