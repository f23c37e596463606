"""Translation blind batches 50 to 55 are wired in and plant what they say, stage unrun.

The batches judge the translation stage, so these tests read only the planting machinery: each
batch is registered as its `held_out` number and reported, it has the counts its commit names,
each template holds one slot, and planting it is deterministic and scores the clean snippet;
batches 51 to 55 also: each negative names the text it keeps (`KEPT` in the batch's own module)
and that text survives planting, sentence artifacts are small letters in one line of prose, space
artifacts are one space, and each opener set is used.
"""

from __future__ import annotations

import random

import pytest

from curate.evaluate import inject_contexts as contexts
from curate.evaluate import translation_contexts
from curate.evaluate.inject import Artifact
from tests import blind_contexts
from tests import test_translation_contexts_blind51_s54 as blind51
from tests import test_translation_contexts_blind52_s55 as blind52
from tests import test_translation_contexts_blind53_s56 as blind53
from tests import test_translation_contexts_blind54_s57 as blind54
from tests import test_translation_contexts_blind55_s58 as blind55

HOST = (
    "The council met on Monday. Its members voted on the budget. The vote was close. "
    "Most of them left early.\n\n"
)
# batch -> (sentence_case positives, negatives), (space positives, negatives), its block's title
BATCHES = {
    50: ((32, 16), (8, 2), "Set 3, fiftieth held-out contexts (written in session 53, blind"),
    51: ((31, 17), (7, 3), "Set 3, fifty-first held-out contexts (written in session 54, blind"),
    52: ((31, 17), (7, 3), "Set 3, fifty-second held-out contexts (written in session 55, blind"),
    53: ((31, 17), (7, 3), "Set 3, fifty-third held-out contexts (written in session 56, blind"),
    54: ((31, 17), (7, 3), "Set 3, fifty-fourth held-out contexts (written in session 57, blind"),
    55: ((31, 17), (7, 3), "Set 3, fifty-fifth held-out contexts (written in session 58, blind"),
}
each_batch = pytest.mark.parametrize("batch", sorted(BATCHES))


def _held_out(batch: int, kind: str) -> tuple:
    """The batch's contexts of `kind` as the module names them (`HELD_OUT_<batch>_<KIND>`)."""
    return getattr(contexts, f"HELD_OUT_{batch}_{kind}")


def _every(batch: int) -> tuple:
    return _held_out(batch, "PHRASE") + _held_out(batch, "SPACE") + _held_out(batch, "SENTENCE")


def _split(kind: str, batch: int) -> tuple[int, int]:
    """(positive, negative) contexts of `kind`: a negative's name says it holds text to keep."""
    names = [c.name for c in contexts.contexts(kind, batch)]
    negative = sum(name.startswith("negative_") for name in names)
    return len(names) - negative, negative


@each_batch
def test_batch_is_registered_for_every_kind(batch):
    assert contexts.contexts("sentence_case", batch) is _held_out(batch, "SENTENCE")
    assert contexts.contexts("space_before_punct", batch) is _held_out(batch, "SPACE")
    assert contexts.contexts("article", batch) is _held_out(batch, "PHRASE")
    assert contexts.contexts(contexts.TITLE_MM, batch) == ()
    assert len(contexts.cells(batch)) == 48 + 10 + 11 * 9


@each_batch
def test_counts_per_kind_positive_and_negative(batch):
    sentences, spaces, _ = BATCHES[batch]
    assert _split("sentence_case", batch) == sentences
    assert _split("space_before_punct", batch) == spaces
    for kind in contexts.PHRASES - {contexts.TITLE_MM}:
        assert _split(kind, batch) == (8, 3), kind


@each_batch
def test_every_template_holds_one_slot_and_names_are_unique(batch):
    every = _every(batch)
    for context in every:
        assert context.template.count("{F}") == 1, context.name
        assert "{A}" not in context.template, context.name
    assert len({c.name for c in every}) == len(every)


@each_batch
def test_space_slots_stand_before_a_mark(batch):
    """The space planted goes before `!`, `?`, `:`, `;`, `,` or `.`."""
    for context in _held_out(batch, "SPACE"):
        after = context.template.split("{F}")[1]
        assert after[:1] in set("!?:;,."), context.name


@each_batch
def test_sentence_contexts_use_this_batch_openers(batch):
    prefix = f"OPENERS_{batch}"
    ours = [getattr(contexts, name) for name in dir(contexts) if name.startswith(prefix)]
    for context in _held_out(batch, "SENTENCE"):
        assert context.openers in ours, context.name


def test_report_runs_every_batch_through_the_newest(monkeypatch):
    seen = []

    def block(stage, docs, seed, held_out):
        seen.append(held_out)
        return ""

    monkeypatch.setattr(translation_contexts, "block", block)
    translation_contexts.report(None, [])
    assert seen == list(range(max(BATCHES) + 1))


@each_batch
def test_block_titles_the_batch(batch, monkeypatch):
    """The block's title names the batch (measuring is stubbed out: the stage never runs)."""
    monkeypatch.setattr(translation_contexts, "measure", lambda *args, **kw: {})
    text = translation_contexts.block(None, [], held_out=batch)
    assert text.startswith(BATCHES[batch][2])


@each_batch
def test_planting_is_deterministic_and_scores_the_clean_snippet(batch):
    host = HOST * 8
    cells = contexts.cells(batch)
    rng = random.Random(batch)
    for kind, name in cells:
        seed = rng.randrange(1 << 30)
        planting = contexts.plant(host, [(kind, name)], seed, batch)
        assert planting == contexts.plant(host, [(kind, name)], seed, batch)
        (artifact,) = planting.injection.artifacts
        assert planting.contexts == (name,)
        assert artifact.injected != artifact.reference, (kind, name)
        reference = planting.injection.reference
        start = artifact.ref_start
        assert reference[start : start + len(artifact.reference)] == artifact.reference
    chosen = cells[::20]
    assert contexts.plant(host * 4, chosen, 7, batch) == contexts.plant(host * 4, chosen, 7, batch)


@each_batch
def test_clean_snippets_reach_the_stage_unchanged(batch):
    """The unicode and markup stages leave every clean snippet as written, so each cell can pass."""
    rng = random.Random(batch + 3)
    for kind, name in contexts.cells(batch):
        context = next(c for c in contexts.contexts(kind, batch) if c.name == name)
        for straight in (False, True):
            clean, planted = contexts.snippet(kind, context, rng, straight)
            artifact = Artifact(kind, 0, clean, 0, planted)
            assert translation_contexts._as_delivered(artifact) is artifact, (kind, name)


# each batch's negatives and the text they keep, kept beside the batch's own tests
KEPT = {
    51: blind51.KEPT,
    52: blind52.KEPT,
    53: blind53.KEPT,
    54: blind54.KEPT,
    55: blind55.KEPT,
}
each_kept = pytest.mark.parametrize("batch", sorted(KEPT))


@each_kept
def test_every_negative_names_the_text_it_keeps_in_both_snippets(batch):
    """Each negative's kept text stands as written in the clean and the planted snippet."""
    blind_contexts.assert_negatives_keep(batch, KEPT[batch])


@each_kept
def test_kept_text_survives_planting_in_a_host(batch):
    """Planted in a host, a negative's kept text stands in the reference and the injected text."""
    blind_contexts.assert_kept_survives_planting(batch, KEPT[batch], HOST)


@each_kept
def test_sentence_artifact_is_a_small_letter_the_clean_snippet_capitalises(batch):
    blind_contexts.assert_sentence_artifacts_are_small_letters(batch)


@each_kept
def test_sentence_placed_snippets_hold_no_line_break(batch):
    """A snippet planted before a sentence sits inside a host paragraph: one line of prose."""
    blind_contexts.assert_sentence_snippets_hold_no_line_break(batch)


@each_kept
def test_space_artifact_is_only_a_space_before_the_mark(batch):
    """The planted space snippet differs from the clean one by the space before `{F}`'s mark."""
    rng = random.Random(7)
    for context in _held_out(batch, "SPACE"):
        clean, planted = contexts.snippet("space_before_punct", context, rng)
        assert len(planted) == len(clean) + 1, context.name
        head, tail = context.template.split("{F}")
        assert planted.startswith(head) and planted.endswith(tail), context.name


@pytest.mark.parametrize("batch, sets", [(51, 6), (52, 9), (53, 8), (54, 8), (55, 8)])
def test_openers_are_small_letters_and_each_set_is_used(batch, sets):
    assert len(blind_contexts.openers_of(batch)) == sets
