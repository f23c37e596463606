"""The translation stage's speed shortcuts change nothing: the same text, labels and ledger.

The stage skips a rule's full pattern when a cheap pre-check proves it has no match (a literal-led
regex, one scan for two rules, the doubled words by a trie, the article pairs judged once). A
rules file whose patterns differ from the shipped ones runs every rule in full; so does the
stage here with `_fast` giving no shortcut, which is the reference each test compares against.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.document import Document
from curate.resources import data_file
from curate.stages import translation
from curate.stages.translation import TranslationRepair
from tests.conftest import SEED_000, SEED_003

TABLE = data_file("translation.yaml")
TITLES = data_file("translation_titles.yaml")
GAZETTEER = data_file("gazetteer.yaml")


def _no_shortcuts(table: dict) -> dict:
    """What `_fast` gives for a rules file of its own: every pre-check off, the shipped forms."""
    return {
        "space_before_punct_needs": None,
        "decimal_comma_needs": None,
        "thousands_space_needs": None,
        "number_format_needs": None,
        "doubled_pairs": None,
    }


class _FullRules(TranslationRepair):
    """The stage with every rule's full pattern run on every field."""

    _fast = staticmethod(_no_shortcuts)
    _names_needs = None  # the gazetteer and the titles tried on every field


FAST = {True: TranslationRepair(), False: TranslationRepair(require_evidence=False)}
FULL = {True: _FullRules(), False: _FullRules(require_evidence=False)}


def _outcome(stage: TranslationRepair, text: str, title: str | None) -> tuple:
    doc = stage.process(Document(id="t", text=text, title=title))
    return doc.text, doc.title, doc.labels, [e.to_dict() for e in doc.edits]


def assert_same(text: str, title: str | None = None) -> None:
    for evidence in (True, False):
        fast = _outcome(FAST[evidence], text, title)
        assert fast == _outcome(FULL[evidence], text, title), (text, title, evidence)


def test_reference_has_no_shortcut():
    table = FULL[True]._table
    faster = {"fast_article", "fast_sentence_case", "fast_space_before_punct"}
    assert not faster & set(table)
    assert table["doubled_pairs"] is None and table["number_format_needs"] is None
    skeletal = {"article_pairs", "skeleton_doubled", "skeleton_numbers"}
    assert not any(table.get(k) for k in skeletal)
    assert all(FAST[True]._table.get(k) for k in skeletal)
    assert FULL[True]._names_needs is None
    # and the shipped stage has them all, or these tests compare a thing with itself
    assert FAST[True]._names_needs is not None
    fast = FAST[True]._table
    assert faster <= set(fast)
    assert all(
        fast[k] is not None
        for k in _no_shortcuts(TABLE)  # every pre-check the reference turns off
    )


# The words and marks the rules fire on, from their data files, with the shapes around them
# that decide whether a pattern matches: case variants, the characters a case-insensitive
# regex reads as ASCII letters, word edges, no-break spaces, digits.
_ALIASES = ["\u017f", "\u0131", "\u212a", "\u0130"]
_DOUBLED = TABLE["doubled_words"]
_SOUNDS = [w for words in TABLE["known_sound"].values() for w in words]
_PIECES = sorted(
    set(
        _DOUBLED
        + [w.capitalize() for w in _DOUBLED]
        + [w.upper() for w in _DOUBLED]
        + [w.replace("s", "\u017f").replace("i", "\u0131") for w in _DOUBLED]
        + ["a", "an", "A", "An", "AN"]
        + _SOUNDS
        + TABLE["not_after_article"][:12]
        + ["hour", "honest", "one-day", "unique", "user", "euro", "herb", "incursion", "apple"]
        + ["X-ray", "F-16", "8", "11", "18-year-old", "1800s", "U.S.", "e.g.", "Gen.", "tsp."]
        + [row["wrong"] for row in GAZETTEER["names"]]
        + [row["title"] for rows in TITLES["titles"].values() for row in rows]
        + ["Macron", "Borne", "Night", "Lawan", "Dupont", "said", "it", "continued"]
        + ["1,5", "2,35", "1,500", "5 000", "5\u00a0000", "12\u202f500", "74 100", "10:30"]
        + ["million", "people", "euros", "%", "€", "years"]
        + [" ,", " .", " ;", " :", " !", " ?", "\u00a0:", "\u202f?", ",", ".", "?", ":"]
        + ["“ ", " ”", "“", "”", '"', '" ', ' "', "« ", " »", "«", "»", "(", ")"]
        + _ALIASES
        + ["'", "’", "-", "/", "@", "_", "0", "é", "\n", ". ", "\n1. "]
    )
)
_SEPARATORS = [" ", " ", " ", "", "\n", "\u00a0", ". "]
pieces = st.lists(
    st.tuples(st.sampled_from(_PIECES), st.sampled_from(_SEPARATORS)), max_size=40
).map(lambda pairs: "".join(p + s for p, s in pairs))


# a few pieces: a text where a single rule has a single trigger, which a long text seldom is
few_pieces = st.lists(
    st.tuples(st.sampled_from(_PIECES), st.sampled_from(_SEPARATORS)), min_size=1, max_size=5
).map(lambda pairs: "".join(p + s for p, s in pairs))


@settings(max_examples=400, deadline=None)
@given(pieces, st.one_of(st.none(), pieces))
def test_shortcuts_change_nothing(text, title):
    assert_same(text, title)


@settings(max_examples=600, deadline=None)
@given(few_pieces)
def test_shortcuts_change_nothing_on_one_trigger(text):
    assert_same(text)


@pytest.mark.parametrize(
    "text",
    [
        "days after a incursion",  # seed 003
        "an unique chance",
        "An unique chance",
        "a hour later",
        "a FBI agent",
        "an US agent",
        "the the army",
        "The the army",
        "its its plan",
        "flew over Japan , which",  # seed 003
        "over . The next day",
        "he said : no",
        "Really ? Yes",
        "Oui ! Non",
        "in 2022 , the army",
        "was it 5 ? Yes",
        "scored 5 ! Wow",
        "rose 5% . Then",
        "the (second) , bigger",
        'he said "no" . Then',
        "the players' , coach",
        "one ; two",
        "he said\u00a0: “no”",
        "Vraiment\u202f? Oui",
        "a budget of 1,5 million euros",
        "a crowd of 5 000 people",
        "a crowd of 5\u00a0000 people",
        "a crowd of 12\u202f500 people",
        "personally supervised by Kim Jong One",  # seed 003
        "a meeting with M. Macron",
        "a meeting with Mme Borne",
        "in mid-November. it continued",  # seed 003
        "called it “ intolerable ” on",
        'he said " no " and',
        "in a « real war » situation",
    ],
)
def test_one_trigger(text):
    assert_same(text)
    assert_same(f"Plain words here. {text}", title=text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            _DOUBLED
            + [w.capitalize() for w in _DOUBLED]
            + [w.upper() for w in _DOUBLED]
            + _ALIASES
            + [" ", " ", "  ", "-", "'", "’", "x", "\n", ".", "é"]
        ),
        max_size=30,
    ).map("".join)
)
def test_doubled_pre_check_misses_no_match(text):
    """Wherever the full `doubled_word` pattern matches, the pre-check says it may."""
    stage = FAST[True]
    if stage._table["doubled_word"].search(text):
        assert stage._may_double(text), text


@pytest.mark.parametrize("word", _DOUBLED)
@pytest.mark.parametrize(
    ("left", "right"),
    [("", ""), (" ", "."), ("(", ")"), ("\n", "\n"), ("x ", " y"), ("«", "»"), ("“", "”")],
)
def test_doubled_pre_check_finds_every_pair(word, left, right):
    stage = FAST[True]
    for first, second in itertools.product(
        (word, word.capitalize(), word.upper()), (word, word.upper())
    ):
        text = f"{left}{first} {second}{right}"
        assert stage._may_double(text) == bool(stage._table["doubled_word"].search(text)), text


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(list("0123456789") + [",", " ", "\u00a0", "\u202f", ".", "x", "-"]),
        max_size=30,
    ).map("".join)
)
def test_number_pre_check_misses_no_match(text):
    table = FAST[True]._table
    if table["decimal_comma"].search(text) or table["thousands_space"].search(text):
        assert table["number_format_needs"].search(text), text


def _straight_pairs_by_lines(value: str) -> list[tuple[int, int]]:
    """The straight-quote pairing as first written: a line at a time."""
    found = []
    at = 0
    for line in value.split("\n"):
        marks = [at + i for i, c in enumerate(line) if c == '"']
        if len(marks) % 2 == 0:
            found += list(zip(marks[::2], [b + 1 for b in marks[1::2]], strict=True))
        at += len(line) + 1
    return found


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='"\nab \u201c', max_size=60))
def test_straight_pairs_as_by_lines(text):
    assert translation._straight_pairs(text) == _straight_pairs_by_lines(text)


@pytest.mark.parametrize(
    "text",
    [
        SEED_000.read_text(encoding="utf-8"),
        SEED_003.read_text(encoding="utf-8"),
        # one of each rule, and the shapes next to them that must stay
        "days after a incursion, the the army flew over Japan , which had 1,5 million people "
        "and 5 000 troops; M. Macron met Mme Borne. it continued « vraiment » and “ Wild Rose ”",
        'He said " no " and "yes", The the end of an unique a hour in 2019. ecobee said',
        "Vladimir Poutine said\u00a0: “non”\u202f! A crowd of 12\u202f500 people, its its",
        "ſo itſ itſ and hıs hıs and \u212aim; İnto İnto, AN AN, A a, An an",
    ],
)
def test_known_texts(text):
    assert_same(text)
    assert_same(text, title=text[:80])


def test_pre_checks_follow_a_rules_file(tmp_path):
    """A rules file with patterns of its own gets no shortcut for them."""
    import yaml

    table = dict(TABLE)
    table["space_before_punct"] = table["space_before_punct"] + "|(?<=x) (?=y)"
    table["doubled_words"] = [*table["doubled_words"], "über"]
    mine = tmp_path / "rules.yaml"
    mine.write_text(yaml.safe_dump(table, allow_unicode=True))
    stage = TranslationRepair(rules_file=str(mine))
    assert stage._table["space_before_punct_needs"] is None
    assert stage._table["doubled_pairs"] is None
    assert stage._may_double("über über alles")
    assert stage.process(_doc("über über alles")).text == "über alles"


def _doc(text: str) -> Document:
    return Document(id="t", text=text)


def test_memo_recomputes_after_it_is_emptied():
    calls = []
    memo = translation._Memo(lambda key: calls.append(key) or key * 2, size=2)
    assert [memo[k] for k in (1, 2, 1, 3, 1)] == [2, 4, 2, 6, 2]
    assert len(memo) <= 2 and calls == [1, 2, 3, 1]


# Texts no generated piece makes: a huge line, many short lines, scripts without ASCII letters,
# and non-ASCII characters right beside the triggers (an edge in `str`, none in the skeleton)
HOSTILE = [
    "the the army " * 20_000,
    "a\n" * 10_000 + "a incursion\n" + "1,5\n" * 5_000,
    "Москва — столица. а а 5 000 человек, 1,5 млн; 北京 ５ ０００ 人。 ١٬٥ مليون",
    "the the— the the’ éthe the the theé “the the” «the the» ’the the’ 5 000— 1,5’ 1,5é",
    "x" * 100_000 + " an unique " + "5\u00a0000 " + "7\u202f000 " + "9,99",
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_shortcuts_change_nothing_on_hostile_texts(text):
    assert_same(text)


_NUMBERISH = st.lists(
    st.sampled_from(
        list("0123456789") + [",", " ", "\u00a0", "\u202f", ".", "x", "-", "٣", "５", "é", "\n"]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_NUMBERISH)
def test_number_gate_on_the_skeleton_is_the_pattern(text):
    """The skeleton and the comma-led regex answer exactly what `number_format_needs` does."""
    table = FAST[True]._table
    assert FAST[True]._may_number(text) == bool(table["number_format_needs"].search(text)), text


_DOUBLED_AROUND = st.lists(
    st.sampled_from(
        _DOUBLED
        + [w.capitalize() for w in _DOUBLED]
        + [w.upper() for w in _DOUBLED]
        + _ALIASES
        + [" ", " ", "-", "'", "’", "—", "é", "Ж", "x", "0", "_", "\n", ".", "«", "“"]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_DOUBLED_AROUND)
def test_doubled_gate_on_the_skeleton_misses_no_match(text):
    stage = FAST[True]
    if stage._table["doubled_word"].search(text):
        assert stage._may_double(text), text


@settings(max_examples=400, deadline=None)
@given(pieces)
def test_article_pairs_from_two_literals_are_the_pairs_of_the_class(text):
    table = FAST[True]._table
    lower, upper = table["article_pairs"]
    both = sorted(lower.findall(text) + upper.findall(text))
    assert both == sorted(table["fast_article"].findall(text))


def _article_words() -> list[str]:
    """Words after "a" of every shape `sound` reads: each opening character (ASCII, Latin-1,
    digits, the case aliases) alone, before a hyphen, before letters, in capitals; the sound
    tables' words and their patterns' stems; numbers."""
    opening = [chr(c) for c in range(0x30, 0x250) if chr(c).isalnum()] + _ALIASES
    words = []
    for c in opening:
        words += [c, c + "-ray", c + "bc", c + "our", c + "nique", (c + "BC").upper(), c + "8"]
    stems = [
        p.split(".")[0].split("(")[0]
        for key in ("vowel_sound", "consonant_sound")
        for p in TABLE[key]
    ] + [p.split(".")[0] for p in TABLE["either_sound"]]
    words += _SOUNDS + [w.upper() for w in _SOUNDS] + stems + [s + "s" for s in stems]
    words += ["8", "11", "18", "80", "800", "8,000", "1,800", "18-year-old", "F.B.I.", "U.S."]
    return words


def test_article_suspects_hold_every_pair_the_rule_changes():
    """A pair "a" + word outside the suspects' shapes is one the rule never changes: the
    stage's answer for it, asked of every shape of word, says so."""
    stage = FAST[True]
    suspects = stage._table["article_suspects"]
    changes = stage._article_changes
    for word in _article_words():
        for art in ("a", "an", "A", "An", "AN"):
            text = f"x {art} {word} y"
            pairs = sorted(stage._table["fast_article"].findall(text))
            found = sorted(pair for pattern in suspects for pair in pattern.findall(text))
            assert set(found) <= set(pairs), text
            missed = [pair for pair in pairs if pair not in found]
            assert not any(changes[pair] for pair in missed), (text, missed)


@settings(max_examples=400, deadline=None)
@given(pieces)
def test_article_suspects_miss_no_pair_that_changes(text):
    table = FAST[True]._table
    changes = FAST[True]._article_changes
    found = [pair for pattern in table["article_suspects"] for pair in pattern.findall(text)]
    pairs = table["fast_article"].findall(text)
    assert sorted(set(found)) == sorted(set(found) & set(pairs))
    assert not any(changes[pair] for pair in pairs if pair not in found), text


def test_quote_shortcuts_stand_for_the_shipped_patterns_only():
    """The quote rules' shortcuts (no mark: nothing to do; no space inside a curly pair: every
    pair tight) are taken for the shipped patterns, and not for a rules file of its own."""
    assert FAST[True]._table["quotes_shipped"] is True
    assert not FULL[True]._table.get("quotes_shipped")
    own = {**TABLE, "curly_quotes": TABLE["curly_quotes"].replace("{1,3}", "{1,4}")}
    assert TranslationRepair._fast(own)["quotes_shipped"] is False


@pytest.mark.parametrize(
    "text",
    [
        "He said “ no ” and “yes” and “maybe”.",
        "He said “no” and “yes”, then « non » and “ fine”.",
        'A “tight” one, a " spaced " one and “ another ”.',
        "Only “tight” and “tighter” quotes, and a title “Wild Rose”.",
    ],
)
def test_quote_shortcuts_change_nothing(text):
    assert_same(text, "A title with “ quotes ”")
    assert_same(text, None)


@pytest.mark.parametrize("learned", [True, False])
def test_a_batch_loads_the_openers_model_before_its_documents(learned):
    """`process_batch` loads `sentence_opener`'s model at a worker's first batch (the bench's
    warm-up's too), whether or not a document asks the model; the documents are `process`'s."""
    from curate.stages import sentence_opener

    texts = ["Warm up the stage with some text.", "", "ok", "a incursion , “ here ”. 5 000 ٥"]
    stage = TranslationRepair(learned_openers=learned)
    sentence_opener.model.cache_clear()
    batch = stage.process_batch([Document(id=str(i), text=t) for i, t in enumerate(texts)])
    assert sentence_opener.model.cache_info().currsize == (1 if learned else 0)
    one = [stage.process(Document(id=str(i), text=t)) for i, t in enumerate(texts)]
    assert [(d.text, d.labels, d.edits) for d in batch] == [
        (d.text, d.labels, d.edits) for d in one
    ]


def test_no_other_character_reads_as_an_ascii_letter_once_lower_cased():
    """`_reads_as_english` reads a text with no letter outside ASCII by `_ASCII_WORD` on the
    lower-cased text: on every code point, `_NON_ASCII_LETTER` is `WORD`'s letter class outside
    ASCII, and any other character lower-cases to something, none of it an ASCII letter (so no
    word is made, cut or joined)."""
    import re
    import sys

    letter = re.compile(r"[^\W\d_]")
    for point in range(0x80, sys.maxunicode + 1):
        char = chr(point)
        found = translation._NON_ASCII_LETTER.match(char) is not None
        assert found == (letter.match(char) is not None), hex(point)
        if not found:
            low = char.lower()
            assert low and not any("a" <= c <= "z" or "A" <= c <= "Z" for c in low), hex(point)


_WORDISH = st.text(
    alphabet=st.sampled_from(list("aZ q_9 .'’“”€—–\n²éİKΣσ١Ⅰß") + ["\ud800", "🎬"]), max_size=60
)


@settings(max_examples=500, deadline=None)
@given(_WORDISH)
def test_words_without_letters_outside_ascii_are_the_ascii_words(text):
    if translation._NON_ASCII_LETTER.search(text) is None:
        assert translation._ASCII_WORD.findall(text.lower()) == [
            w.lower() for w in translation.WORD.findall(text)
        ]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "a",
        "the “report” of the ministry’s — €5 — was in the news " * 20_000,
        "El informe “de la” reunión fue publicado el lunes por el ministerio",
        "Der Bericht über die Sitzung — “the” — wurde am Montag veröffentlicht",
        "Москва — столица “the” России; 北京 and the 🎬 of the year ²",
    ],
    ids=["empty", "one word", "100k words", "Spanish", "German", "non-Latin"],
)
def test_reads_as_english_as_by_unicode_words(text):
    """The stage's English test on texts with and without letters outside ASCII: the answer
    the Unicode words give."""
    stage = FAST[True]
    t = stage._table
    words = [w.lower() for w in translation.WORD.findall(text)]
    english = t["english"]
    common = sum(w in t["function_words"] for w in words)
    foreign = sum(w in t["foreign_words"] for w in words)
    expected = (
        len(words) < english["min_words"]
        or common >= english["min_share"] * len(words)
        or (common >= english["min_common"] and foreign * english["foreign_ratio"] <= common)
    )
    assert stage._reads_as_english(Document(id="e", text=text)) == expected


def test_a_tally_is_an_empty_counter():
    """`process` counts its signals in `_Tally`s, made without `Counter.__init__`: each is an
    empty `Counter` that counts, adds and compares as one."""
    from collections import Counter

    tally = translation._Tally()
    assert isinstance(tally, Counter) and tally == Counter() and not tally
    assert tally["absent"] == 0 and "absent" not in tally
    tally["a"] += 2
    tally.update("ab")
    assert tally == Counter(a=3, b=1) and +tally == Counter(a=3, b=1)
    assert sorted(tally.items()) == [("a", 3), ("b", 1)]
