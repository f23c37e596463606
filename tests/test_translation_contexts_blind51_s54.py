"""Translation blind batch 51: the text each negative keeps (`KEPT`); the checks every
blind batch shares (the negatives keep it, planting, artifacts, openers) run on it in
test_translation_contexts_blind_batches. The stage never runs here: the batch judges it.
"""

from __future__ import annotations

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
