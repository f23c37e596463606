"""Translation blind batch 53: the text each negative keeps (`KEPT`); the checks every
blind batch shares (the negatives keep it, planting, artifacts, openers) run on it in
test_translation_contexts_blind_batches. The stage never runs here: the batch judges it.
"""

from __future__ import annotations

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
