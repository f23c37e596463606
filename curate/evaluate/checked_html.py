"""The read pages as the HTML reader reads them: content kept and noise removed by the reading.

A person read each page's plain text line by line (`curate.evaluate.checked`); most of the lines
the HTML reader gives for the same page are the same lines (same line key), so the reading labels
them too: 13,700 of the reader's 21,700 lines of the 986 read pages. Each half of the sites is
cleaned as the `web` recipe cleans it (`unicode`, `markup`, `boilerplate` with the reader's link
labels: the `html` model), by a line model that never saw its sites.
"""

from __future__ import annotations

from collections import Counter

from curate.document import CAPTIONED_LINES, LINKED_LINES, Document, line_key

BYLINES = "bylines"


def html_report(pairs: list) -> str:
    from curate.evaluate.checked import kind_rows, labels_by_key
    from curate.evaluate.extraction import MAP_STAGES, RULES_ONLY, _stage
    from curate.evaluate.lines import _cut_lines, _kept, line_stays, shares

    systems = (
        ("rules only", (*MAP_STAGES[:-1], RULES_ONLY)),
        ("rules + line model (the html model)", MAP_STAGES),
        # as the `web` recipe runs: `bylines` moves author lines, datelines and time stamps out
        # (here by their shapes alone: the pages keep no reader metadata, which helps it more)
        ("rules + line model + bylines", (*MAP_STAGES, BYLINES)),
    )
    out = [
        "html: the read pages as the HTML reader reads them (their lines the reading labels)",
        f"{'system':<56} {'half':>4} {'content kept':>12} {'noise removed':>13} "
        f"{'content':>8} {'noise':>6}",
    ]
    kinds: dict[str, Counter] = {}
    for part in ("A", "B"):
        mine = [(item, page) for item, page in pairs if item.half == part and page.html_lines]
        for name, stages in systems:
            counts: Counter = Counter()
            for item, page in mine:
                doc = Document(
                    id=page.key,
                    text="\n\n".join(page.html_lines),
                    title=page.title,
                    input_title=page.title,
                )
                doc.labels[LINKED_LINES] = list(page.linked)
                doc.labels[CAPTIONED_LINES] = list(page.captioned)
                for stage in stages[:-1]:
                    doc = _stage(stage, part).process(doc)
                was, _ = _kept(doc)
                kept, _ = _kept(_stage(stages[-1], part).process(doc))
                if stages[-1] == BYLINES:  # a dateline cut from its paragraph: the rest stays
                    kept |= _cut_lines(was - kept, kept - was)
                read = labels_by_key(page.plain_lines, list(item.labels))
                kind_of: dict[str, str | None] = {}  # as the labels: the first reading of a line
                for key, kind in zip(map(line_key, page.plain_lines), item.kinds, strict=True):
                    kind_of.setdefault(key, kind)
                for line in page.html_lines:
                    label = read.get(line_key(line))
                    if label is None:
                        continue
                    stays = line_stays(line, kept)
                    counts[(label, stays)] += 1
                    if stages is MAP_STAGES:
                        kinds.setdefault(kind_of[line_key(line)], Counter())[(part, stays)] += 1
            out.append(f"{name:<56} {part:>4} {shares(counts)}")
    out.append("  by kind, rules + line model: share kept of content, share removed of noise")
    out += kind_rows(kinds, width=4)
    return "\n".join(out)
