"""What the translation blind batches' own test modules check alike: each negative names the text
it keeps, and that text stands as written in the clean and the planted snippet."""

from __future__ import annotations

import random

from curate.evaluate import inject_contexts as contexts


def every(batch: int) -> tuple:
    """The contexts of blind `batch`: its phrase, space and sentence kinds."""
    parts = ("PHRASE", "SPACE", "SENTENCE")
    return sum((tuple(getattr(contexts, f"HELD_OUT_{batch}_{part}")) for part in parts), ())


def assert_negatives_keep(batch: int, kept: dict[str, str]) -> None:
    """Every negative of `batch` is a key of `kept`, and its kept text stands in both snippets."""
    negatives = {c.name: c for c in every(batch) if c.name.startswith("negative_")}
    assert set(negatives) == set(kept)
    kinds = {c.name: k for k in contexts.KINDS for c in contexts.contexts(k, batch)}
    rng = random.Random(5)
    for name, context in negatives.items():
        clean, planted = contexts.snippet(kinds[name], context, rng)
        assert kept[name] in clean and kept[name] in planted, name
