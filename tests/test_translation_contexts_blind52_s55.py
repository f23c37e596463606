"""Translation blind batch 52: the text each negative keeps (`KEPT`); the checks every
blind batch shares (the negatives keep it, planting, artifacts, openers) run on it in
test_translation_contexts_blind_batches. The stage never runs here: the batch judges it.
"""

from __future__ import annotations

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
