"""Translation blind batch 52's negatives name the text they keep, its sentence artifacts are small
letters, and its sentence-placed snippets fit inside a paragraph; what every blind batch shares is
checked in test_translation_contexts_blind_batches.
"""

from __future__ import annotations

from tests import blind_contexts

BATCH = 52
HOST = (
    "The council met on Monday. Its members voted on the budget. The vote was close. "
    "Most of them left early.\n\n"
)

# text each negative holds that the stage must give back as it is
KEPT = {
    "negative_a_eucalyptus_an_sms": "A eucalyptus plantation near Mimizan burned for six hours "
    "before an SMS alert",
    "negative_a_ufo_an_iss": "A UFO-watchers' club and an ISS fan group",
    "negative_a_uranium_an_18th_century": "A uranium mining museum and an 18th-century coaching",
    "negative_stl_files_space_kept": "as .stl files",
    "negative_nc_domain_space_kept": "ending in .nc",
    "negative_emoticon_space_kept": "“see you in spring :)”",
    "negative_semicolon_small_letter": "autumn; its glass roof",
    "negative_colon_runs_on_rule": "simple: no flash",
    "negative_exclaimed_after_quoted_bang": "“What a sight!” exclaimed",
    "negative_elision_in_quote": "contained […] and no homes",
    "negative_vs_mid_sentence": "worked vs. hours paid",
    "negative_ellipsis_mid_sentence": "flickered… and then",
    "negative_hard_wrapped_line": "number of\nperformances at",
    "negative_inwi_opens_sentence": "Sunday. inwi blamed",
    "negative_innogy_after_dateline": "ESSEN (dpa) – innogy will",
    "negative_esim_opens_sentence": "next year. eSIM profiles",
    "negative_web_path_opens_line": "\nfeux.onf.fr/landes shows",
    "negative_email_opens_line": "\nbilletterie@opera-rouen.fr handles",
    "negative_handle_opens_line": "\n@zoo_beauval posted",
    "negative_lead_in_items_own_lines": "entrance:\n- umbrellas;\n- rucksacks;\n- food and drink.",
    "negative_lead_in_items_inline_bullets": "reads: • warm clothes, • a red torch, • a flask",
    "negative_kwh_opens_table_row": "\nkWh | peak hours",
    "negative_ha_opens_table_row": "\nha | Gironde 7,400",
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


def test_openers_are_small_letters_and_each_set_is_used():
    blind_contexts.openers_of(BATCH)
