"""Round 15 of the `translation` stage: kinds of misses and false edits of held-out batch 17.

Each `(raw, fixed)` table is one kind, repaired in a short clean host without evidence of
translation (`PLAIN`) unless it says so (`EVIDENT`); each `kept` table holds what the kind must
leave alone. Every repair test fails on the stage before round 15. `slips.repaired` checks the
stage's contract: repairing the repaired text changes nothing.
"""

from __future__ import annotations

import pytest

from tests import translation_slips as slips
from tests.conftest import assert_linear


# a word in small letters with its own stop before a comma is an abbreviation inside a
# reference, no sentence's first word; the sentence around it opens before it
@pytest.mark.parametrize(
    "kept",
    [
        "In its ruling (Cass. crim., 12 March 2024), the court said no.",
        "See Cass. civ., 3 May 2021, for the same point.",
        "The office (Dept. admin.; Lyon) was closed on Monday.",
    ],
)
def test_abbreviation_in_a_reference_kept(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept
    assert slips.repaired(kept, slips.EVIDENT).endswith("\n\n" + kept)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The court relied on Cass. crim., 12 March 2024. the plaintiffs appealed.", ". The"),
        ("It cited Cass. civ., 3 May 2021. they lost again.", ". They lost"),
    ],
)
def test_sentence_after_a_reference(raw, fixed):
    out = slips.repaired(raw, slips.PLAIN)
    assert fixed in out
    assert "crim.," in out or "civ.," in out


# digit groups right after a registry's label in capitals, counting nothing, are an identifier
@pytest.mark.parametrize(
    "kept",
    [
        "The firm (SIREN 552 100 554) said the deal was off.",
        "Registered as RCS 443 061 841, the group denied it.",
        "The account (IBAN 7630 006 000) was frozen.",
    ],
)
def test_registry_number_kept(kept):
    assert slips.repaired(kept, slips.EVIDENT).endswith("\n\n" + kept)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The firm (SIREN 552 100 554) said 12 500 euros was missing.", "12,500 euros"),
        ("It cost USD 15 000 in all.", "USD 15,000"),
    ],
)
def test_thousands_beside_a_registry_number(raw, fixed):
    out = slips.repaired(raw, slips.PLAIN)
    assert fixed in out
    assert "SIREN 552,100" not in out


# "M." right after a role whose holders take stage names is the name's initial
@pytest.mark.parametrize(
    "kept",
    [
        "Asked about the gala, the singer M. Pokora said it was overdue.",
        "The French rapper M. Pokora met Mgr. Aupetit in Lourdes.",
        "A comedian M. Lamar opened the show.",
    ],
)
def test_stage_name_after_a_role_kept(kept):
    assert slips.repaired(kept, slips.EVIDENT).endswith("\n\n" + kept)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The singer M. Pokora said M. Macron was late.", "M. Pokora said Mr. Macron"),
        ("He met his wife M. Kali on Monday.", "wife Mr. Kali"),
    ],
)
def test_title_beside_a_stage_name(raw, fixed):
    assert fixed in slips.repaired(raw, slips.EVIDENT)


# a headline's verb in -s before "M." or a thousands-spaced number: no first name, no model
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Lille Court Clears M. Kala of Fraud", "Clears Mr. Kala of"),
        ("Grenoble Council Elects M. Borne as Deputy Mayor", "Elects Mr. Borne as"),
        ("HAILSTORM RUINS M. LÉVY IN BEAUJOLAIS", "RUINS MR. LÉVY IN"),
        ("Lille Court Clears 1 350 000 Voters of Fraud", "Clears 1,350,000 Voters"),
        ("Grenoble Council Elects 7 400 Homes as Mayor", "Elects 7,400 Homes"),
        ("HAILSTORM RUINS 1 200 TROOPS IN BEAUJOLAIS", "RUINS 1,200 TROOPS"),
    ],
)
def test_headline_verb_before_a_title_or_a_number(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "Novelist James M. Cain Wrote the Book",  # a verb after the name: a first name before it
        "John M. Ford Wins the Prize",
        "A Fleet of Boeing 737 800 Jets",
        "BOEING 737 800 JETS GROUNDED",
    ],
)
def test_headline_verb_kept(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# a sentence ends after a unit's sign as after a percent sign; a money unit of French news
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The new tram line will cost 40 M€. those present swore to cut it.", "M€. Those"),
        ("His blood alcohol was 1.2‰. the doctors shook their heads.", "‰. The doctors"),
        ("The grant is 300 k€. the council swore to keep it.", "k€. The council"),
        ("The ticket costs 12 €. they paid it anyway.", "€. They paid"),
        ("Power now costs €0.25/kWh. the families foresaw it.", "kWh. The families"),
    ],
)
def test_sentence_after_a_unit_sign(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


# a space before a mark after a unit's sign, a price per unit, an added-time minute, an
# elision in brackets, and before "!?"
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The tram line costs 40 M€ ; the region pays half.", "M€; the"),
        ("The legal limit is 0.5‰ ; he was at 1.2‰.", "0.5‰; he"),
        ("Power now costs €0.25/kWh ; bills will rise.", "kWh; bills"),
        ("Diesel costs €1.89/l , a record.", "€1.89/l, a"),
        ("Martin scored at 45'+2 ; Lille never recovered.", "45'+2; Lille"),
        ("The mayor listed the roads, the schools (…) ; it took an hour.", "(…); it"),
        ("Lens lost at home again !? The fans are furious.", "again!? The"),
        ("Really ?! Nobody saw it coming.", "Really?! Nobody"),
    ],
)
def test_space_before_a_mark_after_a_sign(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "Use a map at 1 : 25,000; the trail is badly marked.",
        "Thanks for the photos :-) The hail spared the vines.",
    ],
)
def test_space_before_a_mark_after_a_sign_kept(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# a thread's counter leads a line as a live blog's clock does
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("1/4 An European summit was voted on tonight.", "1/4 A European"),
        ("2/5 A inquiry was opened by the council.", "2/5 An inquiry"),
        ("1/4 250 000 inhabitants voted on it tonight.", "1/4 250,000 inhabitants"),
        ("3/3 12 500 euros were raised in a week.", "3/3 12,500 euros"),
    ],
)
def test_article_after_a_thread_counter(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    ["3/4 of voters said no to a union.", "1/2 an hour later.", "It was 1/4 250 000 of them."],
)
def test_thread_counter_kept(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# a line of a link's teaser after a label in capitals is complete in itself
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("READ ALSO: Floods in the Var\nforecasters spent the night on roofs.", "\nForecasters"),
        ("WATCH: Floods in the south of France\nresidents lost power.", "\nResidents"),
        ("SEE ALSO: The trial in Lille\nthe defence appealed on Monday.", "\nThe defence"),
    ],
)
def test_sentence_after_a_teaser_line(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept", ["NOTE: The council will meet in the town\nhall at noon on Monday."]
)
def test_teaser_line_kept(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# "et al." closes a list of authors as "etc." closes a list
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The fossil was described by Moreau et al. the team dated it later.", "al. The team"),
        ("The study was led by Dupont et al. they found no link.", "al. They found"),
        ("The bones were named by Roux et al. its curator kept them.", "al. Its curator"),
    ],
)
def test_sentence_after_et_al(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    ["Moreau et al. found the bones in 2019.", "As Dupont et al. showed, the link is weak."],
)
def test_et_al_kept(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# a line that ends with a comma wraps its paragraph: the sentence opens lines before
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        (
            "The council, which met\nin March, rejected the tram,\nwhich cost too much. its "
            "curator left.",
            "much. Its curator",
        ),
        ("The mayor said that the works,\nlate again, will end. the residents sighed.", ". The"),
    ],
)
def test_sentence_after_a_paragraph_wrapped_at_a_comma(raw, fixed):
    out = slips.repaired(raw, slips.PLAIN)
    assert fixed in out
    assert "\nin March" in out or "\nlate again" in out


def test_round15_linear_on_hostile_input():
    assert_linear(
        lambda text: slips.repaired(text, slips.PLAIN),
        lambda k: (
            "Ab. cd., SIREN 552 100 554) Ab Cd Clears M. Ab of 40 M€ ; 1/4 A ab,\nab "
            "Ab cd ef! xs went. READ ALSO: Ab\nab " * k
        ),
        4_000,
    )
