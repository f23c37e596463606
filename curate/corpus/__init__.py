"""Corpus stages: they see every document before deciding (sketch -> fit -> apply)."""

from curate.corpus import common_lines, dedup, names, repeated_lines, stories  # noqa: F401
