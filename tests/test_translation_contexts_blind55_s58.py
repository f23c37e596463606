"""Translation blind batch 55: the text each negative keeps (`KEPT`), and its clean sentence
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
    "negative_an_hourly_a_useful": "An hourly shuttle through the Fréjus tunnel would be a "
    "useful answer",
    "negative_an_sos_a_uhf": "An SOS picked up on a UHF handset",
    "negative_an_18th_century_a_euro": "An 18th-century bell and a euro coin",
    "negative_dot_wav_space_kept": "as a .wav file",
    "negative_dot_ics_space_kept": "as the .ics file",
    "negative_smiley_space_kept": "“See you Sunday :-)”",
    "negative_web_address_opens_line": "\npiscines.ville-grenoble.fr lists every pool",
    "negative_email_opens_line": "\nconcerts@carillon-douai.fr takes bookings",
    "negative_lead_in_items_inline": "bring: - a cap, - flip-flops, - a padlock for the lockers.",
    "negative_lead_in_items_on_lines": "need:\n- a copy of their last school report\n- a letter "
    "from a host firm\n",
    "negative_easyjet_opens_sentence": "France. easyJet flights from Lyon",
    "negative_app_after_beauty_bar": "BEAUTY | coiffly, the booking app",
    "negative_metre_opens_table_rows": "\nm of main span | 856\nm of pylon height | 215\n",
    "negative_khz_opens_table_row": "\nkHz of channel spacing | 12.5\n",
    "negative_semicolon_small_letter": "full this year; the waiting list",
    "negative_version_opens_sentence": "Friday. v2.3 of its software",
    "negative_identifier_opens_line": "\nref-2217: Silver bracelet",
    "negative_quoted_small_word": "called the “poêlon”, and nobody",
    "negative_list_runs_on_after_colon": "a bell: bronze, a clay mould",
    "negative_etc_mid_sentence": "dryers etc. are all counted",
    "negative_et_al_mid_sentence": "Lefèvre et al. found that",
    "negative_incl_mid_sentence": "4.20 euros incl. entry to the sauna",
    "negative_elision_in_quote": "the old bell (...) and cast two",
}


def test_clean_sentence_snippets_open_every_other_line_with_a_capital():
    """Outside the negatives, each line of a clean sentence snippet opens with a capital, a digit
    or a mark, so the only small letter a positive holds at a line's start is the planted one."""
    rng = random.Random(8)
    for context in contexts.HELD_OUT_55_SENTENCE:
        if context.name.startswith("negative_"):
            continue
        clean, _ = contexts.snippet("sentence_case", context, rng)
        for line in clean.split("\n"):
            head = re.sub(r"^(?:[-•–] |\d+[/)] )", "", line)
            assert not head[:1].islower(), (context.name, line)


def test_kept_text_stands_before_the_slot():
    """A negative's kept text lies before its artifact's slot, so no planted letter or space
    falls inside the text the batch says must stay."""
    every = contexts.HELD_OUT_55_PHRASE + contexts.HELD_OUT_55_SPACE + contexts.HELD_OUT_55_SENTENCE
    for context in every:
        if context.name.startswith("negative_"):
            assert KEPT[context.name] in context.template.split("{F}")[0], context.name
