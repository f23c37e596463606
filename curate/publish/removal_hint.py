"""When one rule removed most of what a run read, the setting behind it.

A newcomer's 300 headlines, posts or sentences under the news recipe: "removed:
quality/too_short 294", and 6 documents published, with nothing to say that the recipe wants
news articles of at least 50 words or how to ask for less. A rule that removed at least half of
the documents read is named with its share, and for the rules a recipe sets by a number, with
that setting and its value.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

MOST = 0.5  # of the documents read

# rule -> (stage setting, what the setting asks, what to do for other texts)
SETTINGS = {
    "quality/too_short": (
        "min_words",
        "fewer than {value} words",
        "for shorter texts (headlines, posts, sentences) give a recipe with a lower "
        "quality.min_words (--recipe my.yaml), or --skip quality",
    ),
    "quality/too_long": ("max_words", "more than {value} words", "raise quality.max_words"),
    # a corpus in German under `language: {allow: [en]}`: every document removed, no word why
    "language/language": (
        "allow",
        "a language outside {value}",
        "add the corpus's languages to language.allow (the removed rows' lang column, or "
        "curate explain, names them), or --skip language",
    ),
}


def most_removed_hint(
    report: dict[str, Any], stages: Iterable[Any], out_dir: str = "OUT"
) -> str | None:
    """The warning for a rule that removed at least `MOST` of the documents read, or None."""
    read = report.get("counts", {}).get("read", 0)
    removed = report.get("removed_by_rule") or {}
    if not read or not removed:
        return None
    rule, count = max(removed.items(), key=lambda item: (item[1], item[0]))
    if count < MOST * read:
        return None
    share = f"{count:,} of {read:,} documents ({count / read:.0%}) removed as {rule}"
    stage_name = rule.split("/", 1)[0]
    stage = next((s for s in stages if getattr(s, "name", None) == stage_name), None)
    setting = SETTINGS.get(rule)
    if setting is None or stage is None or not hasattr(stage, setting[0]):
        return f"{share}; `curate explain {out_dir} ID` shows why for one of them"
    name, asked, advice = setting
    value = getattr(stage, name)
    value = list(value) if isinstance(value, tuple) else value  # allow: ['en'], as YAML has it
    return f"{share}: {asked.format(value=value)} ({stage_name}.{name}: {value}); {advice}"
