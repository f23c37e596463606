"""Translation blind batch 54: the text each negative keeps (`KEPT`), and its clean sentence
snippets open every other line with a capital; the checks every blind batch shares (the negatives
keep it, planting, artifacts, openers) run on it in test_translation_contexts_blind_batches. The
stage never runs here: the batch judges it.
"""

from __future__ import annotations

import random
import re

from curate.evaluate import inject_contexts as contexts

# negative context -> the text it holds that no repair may change
KEPT = {
    "negative_an_heirloom_a_used": "An heirloom ring and a used Leica",
    "negative_a_uv_an_ngo": "A UV lamp for the Grenoble skating rink and an NGO report",
    "negative_an_11_year_old_a_euphonium": "An 11-year-old pupil of the Paris Opera Ballet school "
    "and a euphonium player",
    "negative_point_45_revolver_space_kept": "A .45 revolver",
    "negative_dot_stl_files_space_kept": "as .stl files",
    "negative_dot_gouv_fr_space_kept": "ending in .gouv.fr",
    "negative_web_address_opens_line": "\nnotaires.fr lists every office",
    "negative_email_opens_line": "\nobjets.trouves@tam-voyages.com answers",
    "negative_lead_in_items_inline": "accepts: - gold jewellery, - watches, - silver cutlery.",
    "negative_lead_in_items_on_lines": "need:\n- a helmet for under-12s\n- gloves\n",
    "negative_leboncoin_opens_sentence": "rival. leboncoin listings",
    "negative_ios_after_update_bar": "UPDATE | iOS and Android users",
    "negative_lunetto_after_optics_bar": "OPTICS | lunetto, the Lille start-up",
    "negative_km_opens_table_row": "\nkm of track | 66\n",
    "negative_mg_opens_table_row": "\nmg of magnesium | 350\nmg of potassium | 120\n",
    "negative_semicolon_small_letter": "Tuesday's show; the dancers'",
    "negative_x86_opens_sentence": "software. x86 terminals",
    "negative_identifier_opens_line": "\nid-4471: gold signet ring",
    "negative_quoted_small_word": "is “paludier”, the salt worker's",
    "negative_list_runs_on_after_colon": "three things: the deed, the land registry",
    "negative_etc_mid_sentence": "clay, etc. are all shared",
    "negative_cf_mid_sentence": "the deed, cf. article 3",
    "negative_elision_mark_in_quote": "magnificent […] and we will be back",
}


def test_clean_sentence_snippets_open_every_other_line_with_a_capital():
    """Outside the negatives, each line of a clean sentence snippet opens with a capital or a
    digit, so the only small letter a positive holds at a line's start is the planted one."""
    rng = random.Random(8)
    for context in contexts.HELD_OUT_54_SENTENCE:
        if context.name.startswith("negative_"):
            continue
        clean, _ = contexts.snippet("sentence_case", context, rng)
        for line in clean.split("\n"):
            head = re.sub(r"^(?:[-•] |\d+[/)] )", "", line)
            assert not head[:1].islower(), (context.name, line)
