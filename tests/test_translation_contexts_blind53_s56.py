"""Translation blind batch 53's negatives name the text they keep, its sentence artifacts are small
letters, and its sentence-placed snippets fit inside a paragraph; what every blind batch shares is
checked in test_translation_contexts_blind_batches.
"""

from __future__ import annotations

import random

from curate.evaluate import inject_contexts as contexts
from tests import blind_contexts

BATCH = 53
HOST = (
    "The council met on Monday. Its members voted on the budget. The vote was close. "
    "Most of them left early.\n\n"
)

# text each negative holds that the stage must give back as it is
KEPT = {
    "negative_an_nhl_a_usually": "An NHL scout sat through a usually quiet",
    "negative_a_eulogy_an_heir": "A eulogy read by an heir of",
    "negative_an_11_year_old_a_unicyclist": "An 11-year-old tightrope walker and a unicyclist",
    "negative_dot_net_space_kept": "rewritten in .NET over",
    "negative_dot_apk_space_kept": "from an .apk file",
    "negative_wink_space_kept": "“see you on the ice on Tuesday ;-)”",
    "negative_semicolon_small_letter": "four tonnes; it floats",
    "negative_colon_runs_on": "thirty years: no glass bottles",
    "negative_quoted_word_after_colon": "for an hour: “dignity”.",
    "negative_asked_after_quoted_question": "of the poor?” the mayor of Roubaix asked",
    "negative_etc_mid_sentence": "acrobats, etc. will all",
    "negative_incl_mid_sentence": "on average, incl. the night surcharge",
    "negative_aka_mid_sentence": "Jean Vasseur, a.k.a. the wizard",
    "negative_ellipsis_mid_sentence": "along the line… and stayed out",
    "negative_hard_wrapped_line": "a year out of\nnearly five hundred",
    "negative_adidas_opens_sentence": "on Friday. adidas will supply",
    "negative_app_after_label_colon": "Ride hailing: kabee, the app",
    "negative_web_address_opens_line": "\nmonchirurgiendentiste.fr lists",
    "negative_email_opens_line": "\nobseques.consommation@dgccrf.finances.gouv.fr answers",
    "negative_lot_code_opens_table_row": "\nlot-4471 | Cévennes",
    "negative_km_opens_table_row": "\nkm | day rate",
    "negative_lead_in_items_own_lines": "bring:\n- a veil\n- gloves\n- a smoker\n",
    "negative_lead_in_items_inline_hyphens": "holds: - a hive tool, - a brush, - a queen cage.",
}


def test_every_negative_names_the_text_it_keeps_in_both_snippets():
    """Each negative's kept text stands as written in the clean and the planted snippet."""
    blind_contexts.assert_negatives_keep(BATCH, KEPT)


def test_kept_text_survives_planting_in_a_host():
    """Planted in a host, a negative's kept text stands in the reference and the injected text."""
    blind_contexts.assert_kept_survives_planting(BATCH, KEPT, HOST)


def test_sentence_artifact_is_a_small_letter_the_clean_snippet_capitalises():
    blind_contexts.assert_sentence_artifacts_are_small_letters(BATCH)


def test_sentence_placed_snippets_hold_no_line_break():
    """A snippet planted before a sentence sits inside a host paragraph: one line of prose."""
    blind_contexts.assert_sentence_snippets_hold_no_line_break(BATCH)


def test_space_artifact_is_only_a_space_before_the_mark():
    """The planted space snippet differs from the clean one by the space before `{F}`'s mark."""
    rng = random.Random(7)
    for context in contexts.HELD_OUT_53_SPACE:
        clean, planted = contexts.snippet("space_before_punct", context, rng)
        assert len(planted) == len(clean) + 1, context.name
        head, tail = context.template.split("{F}")
        assert planted.startswith(head) and planted.endswith(tail), context.name


def test_openers_are_small_letters_and_each_set_is_used():
    assert len(blind_contexts.openers_of(BATCH)) == 8
