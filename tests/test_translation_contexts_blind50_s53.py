"""Translation blind batch 50 is wired in and plants what it says, without running the stage.

The batch judges the translation stage, so these tests read only the planting machinery: the
batch is registered as `held_out=50` and reported, it has the counts its commit names, each
template holds one slot, and planting it is deterministic and scores the clean snippet.
"""

from __future__ import annotations

import random

from curate.evaluate import inject_contexts as contexts
from curate.evaluate import translation_contexts
from curate.evaluate.inject import Artifact

BATCH = 50
HOST = (
    "The council met on Monday. Its members voted on the budget. The vote was close. "
    "Most of them left early.\n\n"
)


def _split(kind: str) -> tuple[int, int]:
    """(positive, negative) contexts of `kind`: a negative's name says it holds text to keep."""
    names = [c.name for c in contexts.contexts(kind, BATCH)]
    negative = sum(name.startswith("negative_") for name in names)
    return len(names) - negative, negative


def test_batch_is_registered_for_every_kind():
    assert contexts.contexts("sentence_case", BATCH) is contexts.HELD_OUT_50_SENTENCE
    assert contexts.contexts("space_before_punct", BATCH) is contexts.HELD_OUT_50_SPACE
    assert contexts.contexts("article", BATCH) is contexts.HELD_OUT_50_PHRASE
    assert contexts.contexts(contexts.TITLE_MM, BATCH) == ()
    assert len(contexts.cells(BATCH)) == 48 + 10 + 11 * 9


def test_counts_per_kind_positive_and_negative():
    assert _split("sentence_case") == (32, 16)
    assert _split("space_before_punct") == (8, 2)
    for kind in contexts.PHRASES - {contexts.TITLE_MM}:
        assert _split(kind) == (8, 3), kind


def test_every_template_holds_one_slot_and_names_are_unique():
    every = contexts.HELD_OUT_50_PHRASE + contexts.HELD_OUT_50_SPACE
    every += contexts.HELD_OUT_50_SENTENCE
    for context in every:
        assert context.template.count("{F}") == 1, context.name
        assert "{A}" not in context.template, context.name
    assert len({c.name for c in every}) == len(every)


def test_space_slots_stand_before_a_mark():
    """The space planted goes before `!`, `?`, `:`, `;`, `,` or `.`."""
    for context in contexts.HELD_OUT_50_SPACE:
        after = context.template.split("{F}")[1]
        assert after[:1] in set("!?:;,."), context.name


def test_sentence_contexts_use_this_batch_openers():
    ours = {
        name: getattr(contexts, name) for name in dir(contexts) if name.startswith("OPENERS_50")
    }
    for context in contexts.HELD_OUT_50_SENTENCE:
        assert context.openers in ours.values(), context.name


def test_report_runs_every_batch_through_fifty(monkeypatch):
    seen = []

    def block(stage, docs, seed, held_out):
        seen.append(held_out)
        return ""

    monkeypatch.setattr(translation_contexts, "block", block)
    translation_contexts.report(None, [])
    assert seen[: BATCH + 1] == list(range(BATCH + 1))


def test_block_titles_the_batch(monkeypatch):
    """The block's title names the batch (measuring is stubbed out: the stage never runs)."""
    monkeypatch.setattr(translation_contexts, "measure", lambda *args, **kw: {})
    text = translation_contexts.block(None, [], held_out=BATCH)
    assert text.startswith("Set 3, fiftieth held-out contexts (written in session 53, blind")


def test_planting_is_deterministic_and_scores_the_clean_snippet():
    host = HOST * 8
    cells = contexts.cells(BATCH)
    rng = random.Random(50)
    for kind, name in cells:
        seed = rng.randrange(1 << 30)
        planting = contexts.plant(host, [(kind, name)], seed, BATCH)
        assert planting == contexts.plant(host, [(kind, name)], seed, BATCH)
        (artifact,) = planting.injection.artifacts
        assert planting.contexts == (name,)
        assert artifact.injected != artifact.reference, (kind, name)
        reference = planting.injection.reference
        start = artifact.ref_start
        assert reference[start : start + len(artifact.reference)] == artifact.reference
    chosen = cells[::20]
    assert contexts.plant(host * 4, chosen, 7, BATCH) == contexts.plant(host * 4, chosen, 7, BATCH)


def test_clean_snippets_reach_the_stage_unchanged():
    """The unicode and markup stages leave every clean snippet as written, so each cell can pass."""
    rng = random.Random(53)
    for kind, name in contexts.cells(BATCH):
        context = next(c for c in contexts.contexts(kind, BATCH) if c.name == name)
        for straight in (False, True):
            clean, planted = contexts.snippet(kind, context, rng, straight)
            artifact = Artifact(kind, 0, clean, 0, planted)
            assert translation_contexts._as_delivered(artifact) is artifact, (kind, name)
