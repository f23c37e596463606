"""The `reader_address` columns: a line that speaks to the reader (second person) or as the site
(first person plural) outside any quotation, in short sentences and prompts after a question.

The kind pinned: site furniture written as prose (cookie banners, paywalls, sign-ups, app and
comment prompts) in any of the corpus's languages reads as addressing the reader; a report, a
quotation between its marks and a headline do not.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.stages.boilerplate import features, reader_address
from tests.conftest import hostile_text

YOU, WE, AT, QUOTED, SHORTEST, QUESTION, UNLIKE_BODY = range(len(reader_address.NAMES))
OWN = QUESTION + 1  # the line's own columns; then the one read against the document

# furniture that addresses the reader (made up in the shapes of line blind batches 1-12)
ADDRESSED = [
    "We use cookies to improve your experience. By continuing you agree to our cookie policy.",
    "Cookies help us deliver our services. Manage your preferences",
    "Wir verwenden Cookies, um Ihnen ein besseres Erlebnis zu bieten. Alle akzeptieren",
    "Ce site utilise des cookies pour vous offrir la meilleure expérience. Accepter",
    "Abonnez-vous à notre infolettre pour recevoir l'essentiel chaque matin.",
    "Get the Harbour Herald's morning briefing in your inbox. Sign up here.",
    "Suscríbete a nuestro boletín y recibe las noticias en tu correo.",
    "Iscriviti alla nostra newsletter: ogni mattina le notizie nella tua casella.",
    "Schrijf je in voor onze nieuwsbrief en mis niets meer van jouw regio.",
    "Follow us on WhatsApp for the latest updates.",
    "You have reached your limit of free articles. Subscribe to keep reading.",
    "Receba as notícias da região no seu e-mail: subscreva a nossa newsletter, você não paga.",
]
# lines of a story: reports, quotations between their marks, headlines
REPORTED = [
    "The council voted 7-2 on Tuesday to close the harbour road for repairs until March.",
    '"We will rebuild the school before winter," the mayor told residents on Monday.',
    "« Nous ne lâcherons rien », a déclaré la syndicaliste devant l'usine.",
    "„Wir haben alles versucht“, sagte der Trainer nach dem Spiel.",
    "Police said the driver, 34, was taken to hospital with minor injuries.",
    "Storm knocks out power to 40,000 homes across the valley",
    "US and EU officials met in Brussels on Friday.",
]


@pytest.mark.parametrize("line", ADDRESSED)
def test_furniture_that_speaks_to_the_reader_reads_as_addressed(line):
    columns = reader_address.line_columns(line)
    assert columns[YOU] + columns[WE] > 0
    assert columns[AT] >= 0  # an address word found, and where


@pytest.mark.parametrize("line", REPORTED)
def test_a_report_or_a_quotation_between_its_marks_addresses_no_one(line):
    columns = reader_address.line_columns(line)
    assert columns[YOU] == columns[WE] == 0.0
    assert columns[AT] == -1.0


@pytest.mark.parametrize(
    ("line", "quoted"),
    [
        ('"We will rebuild," the mayor said.', 1.0),
        ("“You have to be patient,” she told reporters.", 1.0),
        ("« Nous ne lâcherons rien », a-t-elle dit.", 1.0),
        ('"It is over," he said.', 0.0),
        ("We use cookies.", 0.0),
    ],
)
def test_the_address_inside_a_quotation_is_a_column_of_its_own(line, quoted):
    assert reader_address.line_columns(line)[QUOTED] == quoted


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("Already a subscriber? Log in.", 2),
        ("This story is for subscribers. Already a subscriber? Log in.", 2),
        ("We use cookies to personalise content. Manage preferences", 2),
        ("The council voted on Tuesday to close the road.", 9),
    ],
)
def test_the_shortest_sentence_is_the_prompt(line, words):
    assert reader_address.line_columns(line)[SHORTEST] == math.log1p(words)


@pytest.mark.parametrize(
    ("line", "asks"),
    [
        ("Already a subscriber? Log in.", 1.0),
        ("Got a story? Email the newsroom.", 1.0),
        ("What happens next?", 0.0),
        ("The vote is on Friday.", 0.0),
    ],
)
def test_a_question_the_line_goes_on_after_is_a_prompt(line, asks):
    assert reader_address.line_columns(line)[QUESTION] == asks


@pytest.mark.parametrize(
    "line",
    [
        "Sie haben die Wahl gewonnen, sagte er.",  # "Sie" opening a sentence: "they" or "she"
        "Der Bürgermeister lobte sie. Sie sei die beste Kandidatin.",
        "The US and the UK signed the deal.",  # the country, not "us"
        "WE ARE OPEN",  # a shouted label has no person
    ],
)
def test_a_formal_pronoun_opening_a_sentence_or_a_shouted_word_is_no_address(line):
    columns = reader_address.line_columns(line)
    assert columns[YOU] == columns[WE] == 0.0


def test_the_formal_german_you_inside_a_sentence_is_the_reader():
    columns = reader_address.line_columns(
        "Jetzt abonnieren und Sie erhalten jeden Morgen die News."
    )
    assert columns[YOU] > 0


BODY = [  # body paragraphs: 20+ words closed like a sentence
    "The council voted 7-2 on Tuesday to close the harbour road for repairs until March, after "
    "engineers found cracks in the sea wall that the winter storms had widened.",
    '"We will rebuild the wall before the summer," the mayor told residents at a packed meeting '
    "in the town hall on Monday evening.",
]
HOW_TO = [
    "If you rent, your landlord must repair the boiler within a reasonable time, and you can "
    "ask the council to inspect it if they do not.",
    "Keep copies of every message you send, because you may need them if the dispute ends up "
    "before a tribunal later in the year.",
]


def test_a_report_s_reader_address_stands_out_and_a_how_to_s_does_not():
    report = ["Harbour road to close", *BODY, ADDRESSED[0]]
    rows = reader_address.columns(report, [0, 3])
    assert [row[:OWN] for row in rows] == [
        reader_address.line_columns(report[0]),
        reader_address.line_columns(report[3]),
    ]
    assert rows[1][UNLIKE_BODY] == 1.0  # the quotation's "we" is the mayor's: no body addresses
    assert rows[0][UNLIKE_BODY] == 0.0  # the headline addresses no one
    how_to = ["Your rights as a tenant", *HOW_TO, "You can also call the helpline."]
    assert reader_address.columns(how_to, [3])[0][UNLIKE_BODY] == 0.0
    half = ["Your rights", HOW_TO[0], *BODY, "You can also call the helpline."]
    assert reader_address.columns(half, [4])[0][UNLIKE_BODY] == 1 - 1 / 3
    alone = reader_address.columns(["Cookies", ADDRESSED[0]], [0, 1])  # no body paragraph
    assert [row[UNLIKE_BODY] for row in alone] == [0.0, 1.0]


def test_the_kept_columns_are_copies():
    first = reader_address.line_columns(ADDRESSED[0])
    first[YOU] = 99.0  # the caller's row is its own: the kept values stay
    assert reader_address.line_columns(ADDRESSED[0])[YOU] < 1


def test_the_plain_rows_carry_the_columns_only_while_on(monkeypatch):
    lines = [
        "Harbour road to close for repairs",
        "The council voted 7-2 on Tuesday to close the harbour road for repairs until March "
        "while engineers rebuild the sea wall that the winter storms broke.",
        ADDRESSED[0],
    ]
    for on in (False, True):
        monkeypatch.setattr(reader_address, "ON", on)
        plain, html = features.names(False), features.names(True)
        assert (
            set(reader_address.NAMES) <= set(plain)
            if on
            else not set(plain) & set(reader_address.NAMES)
        )
        assert not set(html) & set(reader_address.NAMES)  # the html model never sees them
        judged = features.matrix(lines, None)
        assert all(len(row) == len(plain) for row in judged.rows)
        if on:
            at = plain.index("you_share")
            row = judged.rows[judged.index.index(2)]
            assert row[at] == reader_address.line_columns(lines[2])[YOU] > 0


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), hostile_text, st.sampled_from(ADDRESSED + REPORTED)))
def test_any_line_gives_finite_columns_of_the_names(line):
    columns = reader_address.line_columns(line)
    assert len(columns) == OWN
    assert all(math.isfinite(value) for value in columns)
