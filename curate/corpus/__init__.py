"""Corpus stages: they see every document before deciding (sketch -> fit -> apply)."""

from curate.corpus import (  # noqa: F401
    common_lines,
    dedup,
    names,
    other_titles,
    repeated_lines,
    stories,
)
