import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.document import Document, replay
from curate.stages.markup import MarkupStripper
from curate.stages.translation import RULES, TranslationRepair
from curate.stages.unicode import UnicodeRepair
from tests.conftest import (
    SEED_000,
    SEED_003,
    assert_contract,
    assert_linear,
    hostile_text,
    run_stage,
)

STAGE = TranslationRepair()


def fix(rule: str, raw: str) -> str:
    """One rule, every repair allowed (as on text known to be translated)."""
    return run_stage(TranslationRepair(rules=(rule,), require_evidence=False), raw).text


def unchanged(rule: str, raw: str) -> None:
    doc = run_stage(TranslationRepair(rules=(rule,), require_evidence=False), raw)
    assert doc.text == raw and not doc.edits, doc.edits


def evidence(doc: Document) -> dict[str, int]:
    return {row["signal"]: row["count"] for row in doc.labels["mt_evidence"]}


# space_before_punct -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("flew over Japan , which was", "flew over Japan, which was"),  # seed 003
        ("a “de facto territorial invasion” .", "a “de facto territorial invasion”."),  # seed 003
        ("over . The next day", "over. The next day"),
        ("in 2022 , the army", "in 2022, the army"),
        ("he said : “no”", "he said: “no”"),
        ("Really ? Yes", "Really? Yes"),
        ("he said\u00a0: “no”", "he said: “no”"),
        ("Vraiment\u202f? Oui\u202f!", "Vraiment? Oui!"),
        ("the (second) , bigger", "the (second), bigger"),
    ],
)
def test_space_before_punct(raw, expected):
    assert fix("space_before_punct", raw) == expected


@pytest.mark.parametrize(
    "kept",
    [
        "Wait ... what",
        "Wait . . . what",
        "a rise of .5 percent",
        "a .22 caliber rifle",
        "built on .NET and Node .js",
        "see https://example.com/a?b=c:d or mail john.doe@example.com",
        "great :) and :-) and nice : ) and wink ; )",
        "at 10 : 30 and 10:30, won 2:1 or 2 : 1",
        "Really? ! No",
        "items:\n- one\n. two",
        "1,500 troops in 2000 BC",
        "over . then",  # a full stop before a lower-case word is left for a human
    ],
)
def test_space_before_punct_kept(kept):
    unchanged("space_before_punct", kept)


# space_inside_quotes ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("called it “ intolerable ” on", "called it “intolerable” on"),
        ("like “tactical nuclear ” simulations", "like “tactical nuclear” simulations"),
        ("in a « real war » situation", "in a “real war” situation"),
        ("in a «\u202freal war\u202f» situation", "in a “real war” situation"),
        ("called it “\u00a0intolerable\u00a0” on", "called it “intolerable” on"),
        ("a «non» vote", "a “non” vote"),
        ("le « vrai « mot » ici »", "le “vrai “mot” ici”"),
    ],
)
def test_space_inside_quotes(raw, expected):
    assert fix("space_inside_quotes", raw) == expected


@pytest.mark.parametrize(
    "kept",
    [
        "“Fine,” he said. “Go.”",
        "he said ” then “ left",  # not a pair
        "« open and never closed",
        "“ first line\nsecond ”",  # a pair never spans lines
    ],
)
def test_space_inside_quotes_kept(kept):
    unchanged("space_inside_quotes", kept)


# article ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("days after a incursion of five", "days after an incursion of five"),  # seed 003
        ("A incursion began.", "An incursion began."),
        ("He said: “A offensive is near.”", "He said: “An offensive is near.”"),
        ("an unique chance", "a unique chance"),
        ("an one-day visit", "a one-day visit"),
        ("a hour later", "an hour later"),
        ("a honest mistake", "an honest mistake"),
        ("a unidentified missile", "an unidentified missile"),
        ("an university", "a university"),
        ("an European official", "a European official"),
        ("a Iraqi general", "an Iraqi general"),
        ("an US official", "a US official"),
        ("an U.S. official", "a U.S. official"),
        ("an NATO summit", "a NATO summit"),
        ("a FBI agent", "an FBI agent"),
        ("a MP said", "an MP said"),
        ("a NHS hospital", "an NHS hospital"),
        ("a 8-year-old girl", "an 8-year-old girl"),
        ("a 11-hour battery", "an 11-hour battery"),
        ("an 1,500-strong force", "a 1,500-strong force"),
        ("a X-ray and an U-turn", "an X-ray and a U-turn"),
        ("a e-mail", "an e-mail"),
        ("requires a iPhone 5s", "requires an iPhone 5s"),
        ("something of an cliché", "something of a cliché"),
    ],
)
def test_article(raw, expected):
    assert fix("article", raw) == expected


@pytest.mark.parametrize(
    "kept",
    [
        "a US official",
        "an hour",
        "a one-day visit",
        "a once-in-a-generation storm",
        "a European",
        "a university",
        "a unique",
        "a user",
        "a euro",
        "an honest",
        "an heir",
        "an FBI agent",
        "an MP",
        "an 18-year-old",
        "an 8",
        "an 11",
        "a 1",
        "a 1,500-strong force",
        "an X-ray",
        "a NATO official",
        "an unusual",
        "an onerous task",
        "an historic day and a historic day",  # both in use
        "an herb and a herb",
        "an 1800s house and a 1800s house",  # "eighteen hundreds" or not: unsure
        "Vitamin A is good and vitamin A intake",
        "section a) applies",
        "at 10 a.m. local time",
        "grade A eggs",
        "a la carte",
        "options a and b; plan a is",
        "A THIRD PARTY",  # all capitals, unknown: not edited
        "a iXYZ",  # camel case we do not know: not edited
        "Kim A incursion",  # a capital "A" inside a sentence is not the article
        "Ana a",
        "a e.g. and a i.e.",
        "the sign read “il y a un problème” and “a una hora”",
    ],
)
def test_article_kept(kept):
    unchanged("article", kept)


# doubled_word -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("on the the sentencing", "on the sentencing"),
        ("The the report", "The report"),
        ("the the the end", "the end"),
        ("most of of them", "most of them"),
    ],
)
def test_doubled_word(raw, expected):
    assert fix("doubled_word", raw) == expected


@pytest.mark.parametrize(
    "kept",
    [
        "he had had enough",
        "he said that that was all",
        "what it is is clear",
        "he logged in in the morning",
        "a concert by The The",
        "THE THE",
        "the theory",
    ],
)
def test_doubled_word_kept(kept):
    unchanged("doubled_word", kept)


# sentence_case ------------------------------------------------------------------------------
# one sentence of over 400 characters: its start is still found
LONG_SENTENCE = "They played " + ", ".join(f"the game they bought in week {n}" for n in range(20))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Reprisals in mid-November. it continued.", "Reprisals in mid-November. It continued."),
        ("In a “real war”. it was", "In a “real war”. It was"),
        ("“A war.” it was. then it ended", "“A war.” it was. Then it ended"),
        # a stop inside a quote that opened mid-sentence ends the sentence too, in any quotes
        (
            'Officials said "we met on Monday." the talks',
            'Officials said "we met on Monday." The talks',
        ),
        ("He called it ‘a step forward.’ it resumed", "He called it ‘a step forward.’ It resumed"),
        ("She said: “We are done.” they left", "She said: “We are done.” They left"),
        # a question or an exclamation in brackets that stand as a sentence of their own
        ("(Did officials meet?) the talks resumed", "(Did officials meet?) The talks resumed"),
        ("It ended. [What a week!] they left", "It ended. [What a week!] They left"),
        # a stop inside a quote is no use of an abbreviation: "Monday" stays a word
        (
            "He spoke on Monday.” but they met on Monday. they left",
            # (text known to be translated: "but" after a quote's stop opens a sentence too)
            "He spoke on Monday.” But they met on Monday. They left",
        ),
        ("Then it ended. they’re gone", "Then it ended. They’re gone"),
        # a web address ends its sentence: its inner stops are no abbreviation's
        (
            "Visit www.example.com or john.doe@example.com. it",
            "Visit www.example.com or john.doe@example.com. It",
        ),
        # a sentence opened by an ellipsis, and one longer than a paragraph of titles
        ("… You get what’s coming. he was", "… You get what’s coming. He was"),
        (LONG_SENTENCE + " and more. about half", LONG_SENTENCE + " and more. About half"),
    ],
)
def test_sentence_case(raw, expected):
    assert fix("sentence_case", raw) == expected


@pytest.mark.parametrize(
    "kept",
    [
        "Many, e.g. the army, i.e. the state, etc. and more",
        "At 10 a.m. local time, the U.S. and Japan met",
        "Mr. smith and St. mary and No. one",
        "Apple Inc. said, approx. two, vs. the rest",
        "It rose 3.5 million",
        "He said. iPhone sales and eBay rose",
        "He left. de Gaulle stayed",
        "Your slogan. https://t.co/x",
        "on. meth. dot. com.",  # a quoted tweet in lower case on purpose
        "with all ID. models",
        "Written by J. smith",
        "1 tsp. olive oil, 1 tsp. soy sauce",  # used twice before lower case: an abbreviation
        # a quote that opens its sentence is followed by what says it
        "“Yes.” he said, and left.",
        # a quoted name mid-sentence: the word after it opens no sentence (aeb gold)
        "the “Meth. We’re on it.” campaign",
        # an aside in brackets inside a sentence
        "They met (what a day!) on Monday",
        "They met [why?] in Paris",
    ],
)
def test_sentence_case_kept(kept):
    unchanged("sentence_case", kept)


# gazetteer ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("supervised by Kim Jong One, like", "supervised by Kim Jong Un, like"),  # seed 003
        ("Vladimir Poutine said", "Vladimir Putin said"),
        ("(Kim Jong One)", "(Kim Jong Un)"),
    ],
)
def test_gazetteer(raw, expected):
    assert fix("gazetteer", raw) == expected


@pytest.mark.parametrize(
    "kept",
    ["Kim Jong Oneself", "Kim Jong Un", "kim jong one", "Kim Jong Ones", "poutine is a dish"],
)
def test_gazetteer_kept(kept):
    unchanged("gazetteer", kept)


def test_user_gazetteer(tmp_path):
    extra = tmp_path / "names.yaml"
    extra.write_text('names:\n  - {wrong: "Tokio", right: "Tokyo", source_lang: es}\n')
    stage = TranslationRepair(gazetteer_files=(str(extra),))
    doc = run_stage(stage, "Kim Jong One visited Tokio.")
    assert doc.text == "Kim Jong Un visited Tokyo."
    assert evidence(doc)["gazetteer"] == 2


def test_gazetteer_entry_that_would_repeat(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text('names:\n  - {wrong: "Un", right: "Kim Jong Un"}\n')
    with pytest.raises(ValueError, match="would repeat"):
        run_stage(TranslationRepair(gazetteer_files=(str(bad),)), "text")


# number_format ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a budget of 1,5 million euros", "a budget of 1.5 million euros"),
        ("inflation of 2,3% in May", "inflation of 2.3% in May"),
        ("up 0,75 percent", "up 0.75 percent"),
        ("€3,2 billion", "€3.2 billion"),
        ("5 000 people marched", "5,000 people marched"),
        ("5\u00a0000 people", "5,000 people"),
        ("5\u202f000 people", "5,000 people"),
        ("some 12 500 000 euros", "some 12,500,000 euros"),
    ],
)
def test_number_format(raw, expected):
    assert fix("number_format", raw) == expected


@pytest.mark.parametrize(
    "kept",
    [
        "1,500 troops",
        "in 2000 BC",
        "at 10:30 they won 2:1",
        "pages 1, 5 and 7",
        "a list 1,5 and 7",  # no unit: could be a list
        "call 02 751 1500 now",
        "in 2019 500 people came",  # a year, then a number
        "1.5 million and 5,000 people",
        "version 1,5",
        "https://example.com/5 000 people",
    ],
)
def test_number_format_kept(kept):
    unchanged("number_format", kept)


# title_word ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "a meeting between M. Macron and Mme Borne",
            "a meeting between Mr. Macron and Mrs. Borne",
        ),
        ("M. Macron said", "Mr. Macron said"),
        ("he said. M. Le Maire agreed", "he said. Mr. Le Maire agreed"),
        ("(Mme Élisabeth Borne)", "(Mrs. Élisabeth Borne)"),
        ("Mlle Dupont and Mme. Martin", "Miss Dupont and Mrs. Martin"),
        ("asked Herr Scholz and Frau Merkel", "asked Mr. Scholz and Mrs. Merkel"),
        ("with Sr. Sánchez and Sra. Díaz", "with Mr. Sánchez and Mrs. Díaz"),
        # words joined by a dash with no space are two: "after", not "Officials—after", is the
        # word before the title (a capitalised word there would be a first name)
        ("Officials—after M. Macron—left", "Officials—after Mr. Macron—left"),
        ("The talks–and M. Lawan–ended", "The talks–and Mr. Lawan–ended"),
    ],
)
def test_title_word(raw, expected):
    assert fix("title_word", raw) == expected


@pytest.mark.parametrize(
    "kept",
    [
        "John M. Ford wrote it",  # an initial after a first name
        "Officials—John M. Ford—wrote it",  # and after a dash
        "the W. M. Keck Observatory",  # an initial after an initial
        "the Radeon Pro 5300M. For this review",
        "M. the letter",  # not before a capitalised name
        "said M. For example",  # a function word, not a name
        "Mr. M. Smith",
        "John Smith Sr. Roberts",
        "Mme",
        "Mr. Macron and Mrs. Borne",
    ],
)
def test_title_word_kept(kept):
    unchanged("title_word", kept)


def test_user_titles(tmp_path):
    mine = tmp_path / "titles.yaml"
    mine.write_text('titles:\n  fr:\n    - {title: "Mme", english: "Ms."}\n')
    stage = TranslationRepair(titles_file=str(mine))
    assert run_stage(stage, "Mme Borne said").text == "Ms. Borne said"


# the repair bar -----------------------------------------------------------------------------
# Gated repairs (spacing, thousands spaces, "M.") wait for evidence of translation; the others
# always apply.
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # one kind of slip only: a house style or an extraction artifact, left alone
        ("Yobe North , Ahmad Lawan , on Tuesday. " + "The senate met. " * 5,) * 2,
        ("VIP : 60,000₩\nR : 50,000₩\nS : 40,000₩",) * 2,
        # curly quotes spaced as a style: as often as tight ones, or on one side only
        ("“ Wild Rose ” and “ Dawson’s Creek ” and “Friends”",) * 2,
        ("“ a ” “ b ” “c” “d” “e” “f” “g” “h” “i”",) * 2,  # 2 spaced, 7 tight: < 4 to 1
        ("the report said “delays ”. Then",) * 2,
        ("“I said, ‘no,’ ” he said",) * 2,  # the space between nested quotes is typography
        ("a crowd of 10 000 people and 20 000 more",) * 2,  # twice: SI style
        ("a fleet of Boeing 737 800 jets",) * 2,  # reads as a thousands space: gated for this
        ("director M. Night Shyamalan said",) * 2,
        ("M. Night Shyamalan and M. Night Shyamalan",) * 2,  # an initial twice is no evidence
        # always repaired, even alone
        ("days after a incursion", "days after an incursion"),
        ("Mme Borne said", "Mrs. Borne said"),
        ("a budget of 1,5 million", "a budget of 1.5 million"),
        # a lone slip of a gated rule, in the shape English does not write
        ("a crowd of 10 000 people", "a crowd of 10,000 people"),
        ("Japan , which", "Japan, which"),
        ("M. Lawan said", "Mr. Lawan said"),
        # two kinds of evidence: the gated repairs follow
        ("Japan , which saw a incursion", "Japan, which saw an incursion"),
        # a spaced quote and a spaced mark: two kinds of evidence
        ("a “ real war ” over Japan , which", "a “real war” over Japan, which"),
        ("a “ real war ” over Japan", "a “real war” over Japan"),  # alone: a slip
        (
            "at the end of “ Wild Rose ” — easily the best",
            "at the end of “Wild Rose” — easily the best",
        ),
        # a few spaced pairs among many tight ones (at least 4 to 1): slips, each one edit
        (
            "“ a ” “ b ” “c” “d” “e” “f” “g” “h” “i” “j” “k”",
            "“a” “b” “c” “d” “e” “f” “g” “h” “i” “j” “k”",
        ),
        ("a crowd of 10 000 people , said M. Macron", "a crowd of 10,000 people, said Mr. Macron"),
        # one strong signal is enough: a gazetteer name, a guillemet, two titles
        ("Kim Jong One said : no", "Kim Jong Un said: no"),
        ("M. Macron met M. Scholz", "Mr. Macron met Mr. Scholz"),
        ("le « mot » and “ real war ”", "le “mot” and “real war”"),
    ],
)
def test_repair_bar(raw, expected):
    doc = run_stage(STAGE, raw)
    assert doc.text == expected
    assert replay({"text": raw, "title": ""}, doc.edits)["text"] == doc.text


# Lone slips: the shape of a gated rule that English does not write on purpose is repaired
# without evidence when the document makes it once; each row pairs a repaired shape with the
# hard negatives that look like it and stay.
LONE = [
    # space_before_punct, mid-line after a word
    ("flew over Japan , which was", "flew over Japan, which was"),
    ("was over . The next day", "was over. The next day"),
    ("he asked : why not", "he asked: why not"),
    ("he asked\u00a0: why not", "he asked: why not"),
    ("Vraiment\u202f? Oui", "Vraiment? Oui"),
    ("the rules ; the law", "the rules; the law"),
    ("it was a “de facto invasion” . Then", "it was a “de facto invasion”. Then"),
    ("units (30%) , in-ad units", "units (30%), in-ad units"),
    ("from AT&T , T-Mobile and others", "from AT&T, T-Mobile and others"),
    ("from Comcast/Xfinity , T-Mobile", "from Comcast/Xfinity, T-Mobile"),
    ("in Group A , giving France", "in Group A, giving France"),
    ("landed at 6am , an official said", "landed at 6am, an official said"),
    ("on its annual recess .\n\nAfter that", None),  # a line end: a link the extraction spaced
    ("See tweets :\n\nSenate resolves", None),
    ("VIP : 60,000₩ for the best seats", None),  # before a number: a price list
    ("in 2022 , the army", "in 2022, the army"),  # after a year, before a word
    ("odd = lambda x : bool(x % 2)", None),  # code: a one-letter name
    ("it is in the __init__.py . I recommend", None),
    ("see onmeth.com , the website", "see onmeth.com, the website"),  # a web address
    ("in the __init__.py , I recommend", None),  # a file name: no host has "_"
    ("f(x) , g(x) and h", None),
    ("J . R . R . Tolkien wrote", None),  # spaced initials
    ("Wait ... what", None),
    ("great :) and wink ; )", None),
    ("at 10 : 30 they won 2 : 1", None),
    ("Really? ! No", None),
    # thousands_space before a lower-case word
    ("a crowd of 5 000 people", "a crowd of 5,000 people"),
    ("a crowd of 5\u202f000 people", "a crowd of 5,000 people"),
    ("The 12 500 000 euros", "The 12,500,000 euros"),
    ("WeWork’s 12 000 employees", "WeWork’s 12,000 employees"),
    ("€5 000 fine", "€5,000 fine"),
    ("a fleet of Boeing 737 800 jets", None),  # a model after a name
    ("on March 3 500 people came", None),
    ("LB Joe Schobert 74 100% 7 tackles", None),  # a table: numbers side by side
    ("a crowd of 10 000 People", None),
    ("call 02 751 1500 now", None),
    ("in 2019 500 people came", None),
    ("1,500 troops and 1.5 million", None),
    # "M." before a one-word surname
    ("the talks, said M. Lawan on Monday", "the talks, said Mr. Lawan on Monday"),
    ("Still, M. Garrett, who was", "Still, Mr. Garrett, who was"),
    ("But M. Trump’s approach, but", "But Mr. Trump’s approach, but"),
    ("director M. Night Shyamalan said", None),  # an initial before two names
    ("actor M. Emmet Walsh", None),
    ("M. Jean-Luc said", None),
    ("the letter M. Then we went, then", None),  # a word the text writes in lower case
    ("John M. Ford wrote it", None),  # an initial after a first name
    ("the W. M. Keck Observatory", None),
    ("Mr. M. Smith", None),
    ("M. For example", None),
]


@pytest.mark.parametrize(("raw", "expected"), LONE)
def test_lone_slip(raw, expected):
    doc = run_stage(STAGE, raw)
    assert doc.text == (raw if expected is None else expected)
    assert replay({"text": raw, "title": ""}, doc.edits)["text"] == doc.text


@pytest.mark.parametrize(
    "raw",
    [
        # the same shape twice or more is the document's own style, not a slip
        "Yobe North , Ahmad Lawan , on Tuesday moved a motion",
        "the cafe . Booking was easy . We loved it",
        "Note : this and Note : that",
        "a crowd of 5 000 people and 7 000 more people",
    ],
)
def test_repeated_slip_is_a_style(raw):
    doc = run_stage(STAGE, raw)
    assert doc.text == raw and not doc.edits


def test_lone_habits_are_counted_apart():
    """A price list that spaces its colons has not made spaced full stops its habit."""
    raw = "VIP : 60,000₩\nR : 50,000₩\nS : 40,000₩\n\nWe ate at the cafe . Booking was easy."
    doc = run_stage(STAGE, raw)
    assert doc.text == raw.replace("cafe .", "cafe.")


def test_held_back_candidates_still_count_as_evidence():
    doc = run_stage(STAGE, "Yobe North , Ahmad Lawan , on Tuesday")
    assert doc.text == "Yobe North , Ahmad Lawan , on Tuesday" and not doc.edits
    assert evidence(doc) == {"space_before_punct": 2}


def test_nested_quotes_keep_their_space():
    raw = "“I said, ‘no,’ ” he said and “ ‘yes’ came”"
    doc = run_stage(TranslationRepair(require_evidence=False), raw)
    assert doc.text == raw


def test_recipe_reads_as_english():
    recipe = ("1 cup rice, 1 tsp. olive oil, 1 tsp. soy sauce and a egg for the toast. " * 8) + (
        "Cook the rice with the oil and serve it with the egg. " * 4
    )
    doc = run_stage(STAGE, recipe)
    assert "an egg" in doc.text and "tsp. olive" in doc.text


# labels -------------------------------------------------------------------------------------
def pipeline(path) -> tuple[str, Document]:
    raw = path.read_text(encoding="utf-8")
    doc = MarkupStripper().process(UnicodeRepair().process(Document(id=path.stem, text=raw)))
    return raw, STAGE.process(doc)


def test_seed_003_is_french():
    raw, doc = pipeline(SEED_003)
    for fixed in [
        "an incursion",
        "Japan, which",
        "invasion”.",
        "Kim Jong Un, like",
        ". It continued.",
    ]:
        assert fixed in doc.text
    assert doc.labels["translated_from"] == "fr"
    assert evidence(doc) == {
        "article": 1,
        "gazetteer": 1,
        "sentence_case": 1,
        "space_before_punct": 3,
    }
    assert replay({"text": raw, "title": ""}, doc.edits)["text"] == doc.text


def test_seed_000_is_left_alone():
    _, doc = pipeline(SEED_000)
    assert [e for e in doc.edits if e.stage == "translation"] == []
    assert doc.labels == {"mt_suspected": False, "translated_from": None, "mt_evidence": []}


ENGLISH = (
    "The minister said on Monday that the government would review the plan, which has been "
    "criticised by the opposition and by several unions in the capital. "
) * 4


@pytest.mark.parametrize(
    ("text", "suspected", "lang"),
    [
        (ENGLISH, False, None),
        (ENGLISH + "It was a unexpected move .", False, None),  # two slips in 90 words: a typo
        ("Yobe North , Ahmad Lawan , on Tuesday , after recess , " + ENGLISH, False, None),
        ("M. Macron said. He met M. Macron again. " + ENGLISH, True, "fr"),
        ("He asked : why ? She said : no ! " + ENGLISH, True, "fr"),
        ("They called it « terror ». " + ENGLISH, True, "fr"),
        # translated, but nothing says from which language
        ("Tokyo , a incursion. it was over , a incursion. it ended. " + ENGLISH[:200], True, None),
    ],
)
def test_translated_from(text, suspected, lang):
    labels = run_stage(STAGE, text).labels
    assert (labels["mt_suspected"], labels["translated_from"]) == (suspected, lang)


def test_evidence_is_sorted_and_complete():
    doc = run_stage(STAGE, "the the end , of a incursion. " + ENGLISH)
    assert doc.labels["mt_evidence"] == [
        {"signal": "article", "count": 1},
        {"signal": "doubled_word", "count": 1},
        {"signal": "space_before_punct", "count": 1},
    ]
    assert doc.labels["translated_from"] is None  # below the threshold, still reported


def test_title_is_repaired():
    doc = run_stage(STAGE, ENGLISH, title="Kim Jong One fires a ICBM")
    assert doc.title == "Kim Jong Un fires an ICBM"
    assert {e.field for e in doc.edits} == {"title"}


def test_other_languages_are_not_edited():
    portuguese = (
        "A empresa anunciou ontem que a equipa vai a Lisboa , e a obra começa em março. "
        "o governo disse que a inflação vai cair e que a economia vai crescer este ano. "
    ) * 3
    doc = run_stage(STAGE, portuguese)
    assert doc.text == portuguese and not doc.edits
    assert doc.labels["translated_from"] is None


def test_rules_switch_off():
    doc = run_stage(TranslationRepair(rules=("gazetteer",)), "a incursion by Kim Jong One , x")
    assert doc.text == "a incursion by Kim Jong Un , x"


def test_unknown_rule_fails_loudly():
    with pytest.raises(ValueError, match="unknown rule"):
        TranslationRepair(rules=("article", "spelling"))


def test_config_lists_every_setting():
    assert STAGE.config() == {
        "rules": list(RULES),
        "rules_file": None,
        "gazetteer_files": [],
        "titles_file": None,
        "require_evidence": True,
        "learned_openers": True,
        "line_heads": True,
        "head_clauses": True,
        "head_articles": True,
        "head_labels": True,
        "long_clauses": True,
        "bang_clauses": True,
        "lowercase_words": False,
        "prose_tokens": True,
        "head_cues": True,
        "date_colons": True,
        "wh_headings": False,
        "short_shouts": True,
        "list_ellipsis": True,
        "address_verbs": True,
        "long_subjects": True,
        "lone_heads": True,
        "bilingual_heads": True,
        "question_subjects": False,
        "foreign_tags": True,
        "arrow_items": True,
        "stray_quotes": True,
        "slash_items": True,
        "heading_colons": True,
        "label_brands": False,
        "phrase_openers": True,
        "lone_items": True,
    }


# contract -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "unit, n",
    [
        ("a ", 250_000),
        (" ,", 250_000),
        ("“ ", 250_000),
        ("x. a", 125_000),
        ("the ", 125_000),
        ("«", 500_000),
        ("M. Ab ", 100_000),
        ("M. Abc Def ", 75_000),
        ("Ab\u00a0: x ", 100_000),
        ("Ab 5 000 people ", 50_000),
    ],
)
def test_linear_on_hostile_input(unit, n):
    assert_linear(lambda text: run_stage(STAGE, text), lambda k: unit * k, n)


triggers = st.lists(
    st.sampled_from(
        [
            "a",
            "an",
            "A",
            "An",
            "the",
            "The",
            " ",
            " ",
            ". ",
            " ,",
            " .",
            " :",
            " ?",
            "“ ",
            " ”",
            "« ",
            " »",
            "incursion",
            "hour",
            "one-day",
            "US",
            "FBI",
            "8",
            "11",
            "Kim Jong One",
            "e.g.",
            "it",
            "\n",
            "M. Macron",
            "M. Night Shyamalan",
            "0/M",
            " AA",
            "Mme Borne",
            "\u00a0:",
            "\u202f?",
            "5\u202f000 people",
            "1,5 million",
            "5 000 people",
            "10:30",
            "of",
        ]
    )
).map("".join)


@pytest.mark.parametrize(
    "text",
    [
        "0/M . AA",  # a lone spaced full stop that would make the title "M."
        "«M . AA»",
        "MM . Dupont said",
        "x/Mme . Borne",
        "A« M. AA»",  # the guillemets become curly quotes after the title rule has run
        "Japan , which said M. Lawan, with 5 000 people",
        # a title glued to the word before it by a mark: one word for the sentence rule, a
        # title for the title rule ("aa" capitalised, then "M. Aa" read as a title)
        "0a:M. aa",
        "Note:M. dupont said",
        "voir/Mme. durand",
        "x;M. aa",
    ],
)
def test_contract_found_by_fuzzing(text):
    assert_contract(STAGE, text)


@settings(max_examples=200, deadline=None)
@given(st.one_of(hostile_text, triggers))
def test_contract(text):
    assert_contract(STAGE, text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="bcdfghjklmnpqrstvwxyz ", max_size=300))
def test_no_trigger_no_edit(text):
    doc = run_stage(STAGE, text)
    assert doc.text == text and not doc.edits
    assert doc.labels["translated_from"] is None


def test_rules_file_without_lone_shapes(tmp_path):
    """A rules file written before the lone-slip shapes still loads; it repairs no lone slip."""
    import yaml

    from curate.resources import data_file

    table = dict(data_file("translation.yaml"))
    del table["space_before_punct_lone"], table["thousands_space_lone"]
    table["repair"] = {k: v for k, v in table["repair"].items() if k != "lone"}
    mine = tmp_path / "rules.yaml"
    mine.write_text(yaml.safe_dump(table, allow_unicode=True))
    stage = TranslationRepair(rules_file=str(mine))
    for raw in ("Japan , which", "a crowd of 5 000 people", "M. Lawan said"):
        assert run_stage(stage, raw).text == raw
    assert run_stage(stage, "days after a incursion").text == "days after an incursion"


def test_spaced_quote_pair_is_one_edit():
    doc = run_stage(STAGE, "at the end of “ Wild Rose ” — easily the best")
    (edit,) = [e for e in doc.edits if e.stage == STAGE.name]
    assert (edit.rule, edit.before, edit.after) == (
        "space_inside_quotes",
        "“ Wild Rose ”",
        "“Wild Rose”",
    )


# issue 18: kinds that held on the planted set and not on other text -------------------------
# Each table: the kind in new contexts (repaired with no other evidence in the document, as a
# lone slip), and human English of the same shape that must stay as it is.
SENTENCE_END_KINDS = [
    # after a year, a number, a score, a share, a bracket, a short word
    ("Exports fell sharply in 1998. the ministry blamed the floods.", "1998. The ministry"),
    ("The hosts lost 3-1. their coach resigned the next day.", "3-1. Their coach"),
    ("Turnout reached 64%. most voters backed the new mayor.", "64%. Most voters"),
    ("The bill passed (on the second vote). it now goes to the Senate.", "vote). It now"),
    ("The firm hired 40. then it cut the same number in June.", "40. Then it"),
    ("Nobody else was let in. but the doors were opened at noon.", "in. But the doors"),
    ("She told him no. the meeting ended early after that.", "no. The meeting"),
    ("The talks went on. so did the strikes across the region.", "on. So did"),
]


@pytest.mark.parametrize(("raw", "fixed"), SENTENCE_END_KINDS)
def test_sentence_case_after_any_sentence_end(raw, fixed):
    doc = run_stage(STAGE, raw)
    assert fixed in doc.text
    assert [e.rule for e in doc.edits] == ["sentence_case"]


@pytest.mark.parametrize(
    "kept",
    [
        "He ordered three 32-in. screens and a stand for each of them.",  # a unit after a number
        "The storm left 8 in. of snow and 2 ft. drifts on the roads.",
        "Their smallest model weighs 3lb. with the battery in place.",
        "Ingredients:\n1. flour, sifted twice\n2. butter, cold\n3. sugar",  # list markers
        "Sales hit a record on Cyber Monday 2021. zotero users were told.",  # a lower-case name
        "Add 2 tbsp. honey and 1 tbsp. vinegar, then stir well.",
        "The fund (est. in 1990) has grown since.",
        "See Art. 12 and Gen. Smith said so. Rev. Jones agreed.",
    ],
)
def test_sentence_case_kept_after_abbreviations(kept):
    doc = run_stage(STAGE, kept)
    assert doc.text == kept and not doc.edits


LONE_NUMBERS = [
    # a lone thousands space in any clause position; nothing else in the document
    ("They opened a 45 000-capacity stadium in the north.", "45,000-capacity"),
    ("The painting sold for $1 250 000.\n\nIt was a record.", "$1,250,000."),
    ("Her salary (€96 500) was published by the council.", "(€96,500)"),
    ("The final drew 61 482, a record for the ground.", "61,482, a record"),
    ("Estimates ranged from 3 500-4,000 homes destroyed.", "3,500-4,000"),
    ("The club paid a fee of CHF 240 000 for the striker.", "CHF 240,000"),
    ("Shares fell to 12 300; the index held steady.", "12,300;"),
]


@pytest.mark.parametrize(("raw", "fixed"), LONE_NUMBERS)
def test_lone_thousands_space_in_any_position(raw, fixed):
    doc = run_stage(STAGE, raw)
    assert fixed in doc.text
    assert {e.rule for e in doc.edits} == {"number_format"}


@pytest.mark.parametrize(
    "kept",
    [
        "Its fleet of 300 737 Max jets stayed on the ground.",  # a model name after
        "The Airbus 320 200 order was cut.",  # a model after a name
        "Scores: 21 150, 19 140 and 18 135.",  # numbers side by side in a list
        "Call 0800 555 123 for help.",
        "In 2016 300 delegates came.",
        "The 2,500-seat hall and the 12,000 fans.",
    ],
)
def test_thousands_space_kept(kept):
    doc = run_stage(STAGE, kept)
    assert doc.text == kept and not doc.edits


SPACED_MARKS = [
    ("The law took effect in 2014 , and nobody objected.", "2014, and"),
    ("Prices rose by 12% ; wages did not.", "12%; wages"),
    ("Why did the council wait so long ?\n\nThe mayor said little.", "long?\n"),
    ("The film “Dune” , by Villeneuve, won six awards.", "“Dune”, by"),
    ("The quorum was not met , 14 members were absent.", "met, 14"),
    ('He called it "a farce" , and left the room at once.', '"a farce", and'),
    ("Star Wars : The Last Jedi opened on Friday.", "Wars: The"),
]


@pytest.mark.parametrize(("raw", "fixed"), SPACED_MARKS)
def test_lone_spaced_mark_in_other_positions(raw, fixed):
    doc = run_stage(STAGE, raw)
    assert fixed in doc.text
    assert {e.rule for e in doc.edits} == {"space_before_punct"}


@pytest.mark.parametrize(
    "kept",
    [
        "Match 1 : 0 at half time",  # a score
        "Row 3 , 4 and 5 , 6 stayed empty",  # a style that repeats
        "Price : 40 dollars",
        "the file main.py . Then run it",
    ],
)
def test_spaced_mark_kept(kept):
    doc = run_stage(STAGE, kept)
    assert doc.text == kept and not doc.edits


# guillemets: a slip beside the document's own quotes, a style when they are its only quotes
GUILLEMETS = [
    # beside curly quotes: converted, to curly quotes
    (
        "The union called it “theft” and the plan «a disgrace» on Monday.",
        "The union called it “theft” and the plan “a disgrace” on Monday.",
    ),
    # beside straight quotes: converted to straight quotes, the document's own
    (
        'The union called it "theft" and the plan « a disgrace » on Monday.',
        'The union called it "theft" and the plan "a disgrace" on Monday.',
    ),
    # one French-spaced pair, and no other quotes
    (
        "The minister said the reform was « dead » after the vote in parliament.",
        "The minister said the reform was “dead” after the vote in parliament.",
    ),
]


@pytest.mark.parametrize(("raw", "expected"), GUILLEMETS)
def test_guillemets_that_slip(raw, expected):
    assert run_stage(STAGE, raw).text == expected


@pytest.mark.parametrize(
    "kept",
    [
        # « » as the document's quotes: its style, with no other sign of translation
        "The paper called the deal «historic». Analysts said it was «a gamble» and "
        "the opposition said «never». The markets rose on the news.",
        "The club said «we will appeal» and the league said «no comment» after the match.",
    ],
)
def test_guillemets_as_house_style_are_kept(kept):
    doc = run_stage(STAGE, kept)
    assert doc.text == kept and not doc.edits
    assert doc.labels["mt_suspected"] is False


def test_one_tight_pair_alone_is_converted_without_evidence():
    """One pair and no other quote shows no style (round 5; was kept as a house style): English
    writes “ ”, and the pair is no evidence of translation."""
    doc = run_stage(STAGE, "Critics called it «the end of an era».")
    assert doc.text == "Critics called it “the end of an era”."
    assert doc.labels["mt_suspected"] is False


def test_guillemets_of_a_translation_are_converted():
    """With other evidence, the document's « » are converted too."""
    raw = "M. Dupont a dit que le plan était «mort». He said «no» , and a incursion followed."
    doc = run_stage(STAGE, raw)
    assert "«" not in doc.text


SPACED_STRAIGHT = [
    ('The report called it " a failure " in its summary.', 'called it "a failure" in'),
    ('He said " we will win " and "we will stay" in one speech.', 'said "we will win" and'),
]


@pytest.mark.parametrize(("raw", "fixed"), SPACED_STRAIGHT)
def test_spaced_straight_quotes(raw, fixed):
    assert fixed in run_stage(STAGE, raw).text


@pytest.mark.parametrize(
    "kept",
    [
        '"We lost," he said, "but we played well."',  # closing, then opening marks
        'A 27" screen and a 32" one',  # inch marks
        '"Go " he said',  # spaced on one side only
    ],
)
def test_straight_quotes_kept(kept):
    doc = run_stage(STAGE, kept)
    assert doc.text == kept and not doc.edits
