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


def assert_kept_survives_planting(batch: int, kept: dict[str, str], host: str) -> None:
    """Planted in `host`, each negative's kept text stands in the reference and the injection."""
    kinds = {c.name: k for k in contexts.KINDS for c in contexts.contexts(k, batch)}
    for number, name in enumerate(sorted(kept)):
        planting = contexts.plant(host * 8, [(kinds[name], name)], number, batch)
        assert kept[name] in planting.injection.reference, name
        assert kept[name] in planting.injection.injected, name


def assert_sentence_artifacts_are_small_letters(batch: int, draws: int = 8) -> None:
    """Each sentence context's planted snippet differs from the clean one by a letter's case."""
    rng = random.Random(6)
    for context in getattr(contexts, f"HELD_OUT_{batch}_SENTENCE"):
        for _ in range(draws):
            clean, planted = contexts.snippet("sentence_case", context, rng)
            assert clean != planted, context.name
            assert clean.lower() == planted.lower(), context.name


def assert_sentence_snippets_hold_no_line_break(batch: int) -> None:
    """A snippet planted before a sentence sits inside a host paragraph: one line of prose."""
    for context in every(batch):
        if context.place == "sentence":
            assert "\n" not in context.template, context.name


def openers_of(batch: int) -> dict[str, tuple[str, ...]]:
    """`batch`'s opener sets (`OPENERS_<batch>*`), each asserted used by one of its sentence
    contexts and written in small letters."""
    sets = {name: getattr(contexts, name) for name in dir(contexts)}
    ours = {name: words for name, words in sets.items() if name.startswith(f"OPENERS_{batch}")}
    used = {c.openers for c in getattr(contexts, f"HELD_OUT_{batch}_SENTENCE")}
    for name, words in ours.items():
        assert words in used, name
        assert all(w[:1].islower() for w in words), name
    return ours
