"""Translation blind batch 51 is wired in and plants what it says, without running the stage.

The batch judges the translation stage, so these tests read only the planting machinery: the
batch is registered as `held_out=51` and reported, it has the counts its commit names, each
template holds one slot, and planting it is deterministic and scores the clean snippet.
"""

from __future__ import annotations

import random

from curate.evaluate import inject_contexts as contexts
from curate.evaluate import translation_contexts
from curate.evaluate.inject import Artifact

BATCH = 51
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
    assert contexts.contexts("sentence_case", BATCH) is contexts.HELD_OUT_51_SENTENCE
    assert contexts.contexts("space_before_punct", BATCH) is contexts.HELD_OUT_51_SPACE
    assert contexts.contexts("article", BATCH) is contexts.HELD_OUT_51_PHRASE
    assert contexts.contexts(contexts.TITLE_MM, BATCH) == ()
    assert len(contexts.cells(BATCH)) == 48 + 10 + 11 * 9


def test_counts_per_kind_positive_and_negative():
    assert _split("sentence_case") == (31, 17)
    assert _split("space_before_punct") == (7, 3)
    for kind in contexts.PHRASES - {contexts.TITLE_MM}:
        assert _split(kind) == (8, 3), kind


def test_every_template_holds_one_slot_and_names_are_unique():
    every = contexts.HELD_OUT_51_PHRASE + contexts.HELD_OUT_51_SPACE
    every += contexts.HELD_OUT_51_SENTENCE
    for context in every:
        assert context.template.count("{F}") == 1, context.name
        assert "{A}" not in context.template, context.name
    assert len({c.name for c in every}) == len(every)


def test_space_slots_stand_before_a_mark():
    """The space planted goes before `!`, `?`, `:`, `;`, `,` or `.`."""
    for context in contexts.HELD_OUT_51_SPACE:
        after = context.template.split("{F}")[1]
        assert after[:1] in set("!?:;,."), context.name


def test_sentence_contexts_use_this_batch_openers():
    ours = {
        name: getattr(contexts, name) for name in dir(contexts) if name.startswith("OPENERS_51")
    }
    for context in contexts.HELD_OUT_51_SENTENCE:
        assert context.openers in ours.values(), context.name


def test_report_runs_every_batch_through_fifty_one(monkeypatch):
    seen = []

    def block(stage, docs, seed, held_out):
        seen.append(held_out)
        return ""

    monkeypatch.setattr(translation_contexts, "block", block)
    translation_contexts.report(None, [])
    assert seen == list(range(BATCH + 1))


def test_block_titles_the_batch(monkeypatch):
    """The block's title names the batch (measuring is stubbed out: the stage never runs)."""
    monkeypatch.setattr(translation_contexts, "measure", lambda *args, **kw: {})
    text = translation_contexts.block(None, [], held_out=BATCH)
    assert text.startswith("Set 3, fifty-first held-out contexts (written in session 54, blind")


def test_planting_is_deterministic_and_scores_the_clean_snippet():
    host = HOST * 8
    cells = contexts.cells(BATCH)
    rng = random.Random(51)
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
    rng = random.Random(54)
    for kind, name in contexts.cells(BATCH):
        context = next(c for c in contexts.contexts(kind, BATCH) if c.name == name)
        for straight in (False, True):
            clean, planted = contexts.snippet(kind, context, rng, straight)
            artifact = Artifact(kind, 0, clean, 0, planted)
            assert translation_contexts._as_delivered(artifact) is artifact, (kind, name)


# text each negative holds that the stage must give back as it is
KEPT = {
    "negative_a_eulogy_an_heir": "A eulogy for the last pit pony and an heir's",
    "negative_a_once_a_year_an_x_ray": "A once-a-year inspection of the Vouglans dam and an X-ray",
    "negative_a_unesco_an_honorary": "A Unesco team and an honorary consul",
    "negative_pgn_files_space_kept": "as .pgn files",
    "negative_lu_domain_space_kept": "the .lu domain",
    "negative_30_06_rifle_space_kept": "a .30-06 or larger",
    "negative_web_address_opens_line": "\nwww.eau-ajaccio.fr lists",
    "negative_email_opens_line": "\ncontact@adil-lens.fr answers",
    "negative_lead_in_items_own_lines": "bring:\n- gloves,\n- secateurs,\n- a sun hat.",
    "negative_lead_in_items_inline": "reads: - a whistle, - a headlamp, - a foil blanket.",
    "negative_bpost_opens_sentence": "centre. bpost says",
    "negative_ebay_after_live_bar": "LIVE | eBay pulls",
    "negative_easyjet_after_dateline": "(ATS) – easyJet adds",
    "negative_km_opens_table_row": "\nkm | from | to\n",
    "negative_mg_opens_table_row": "\nmg/l | Vittel 12",
    "negative_semicolon_small_letter": "2004; the town",
    "negative_chess_move_opens_sentence": "quietly. e4 was met",
    "negative_ipads_open_sentence": "tablets. iPads can",
    "negative_incl_mid_sentence": "incl. twelve",
    "negative_three_stop_ellipsis_mid_sentence": "Tuesday... for about",
    "negative_et_al_mid_sentence": "Moreau et al. found",
    "negative_label_colon_then_web_address": "Bookings: reservations.bm-lyon.fr or",
    "negative_hashtag_opens_line": "#vendanges2026 was",
}


def test_every_negative_names_the_text_it_keeps_in_both_snippets():
    """Each negative's kept text stands as written in the clean and the planted snippet."""
    every = contexts.HELD_OUT_51_PHRASE + contexts.HELD_OUT_51_SPACE
    every += contexts.HELD_OUT_51_SENTENCE
    negatives = {c.name: c for c in every if c.name.startswith("negative_")}
    assert set(negatives) == set(KEPT)
    kinds = {c.name: k for k in contexts.KINDS for c in contexts.contexts(k, BATCH)}
    rng = random.Random(5)
    for name, context in negatives.items():
        clean, planted = contexts.snippet(kinds[name], context, rng)
        assert KEPT[name] in clean and KEPT[name] in planted, name


def test_sentence_artifact_is_a_small_letter_the_clean_snippet_capitalises():
    rng = random.Random(6)
    for context in contexts.HELD_OUT_51_SENTENCE:
        clean, planted = contexts.snippet("sentence_case", context, rng)
        assert clean != planted, context.name
        assert clean.lower() == planted.lower(), context.name
