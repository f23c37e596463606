"""Mac Roman texts whose only non-ASCII bytes are typographic quotes (io.mac_roman), and
look-alikes in other code pages that keep their reading."""

import pytest

from curate.io.mac_roman import placed_punctuation
from curate.io.readers import decode

PARAGRAPHS = [
    "\u201cWe are ready,\u201d the mayor said on Tuesday. \u201cIt has been a long year.\u201d",
    "The council voted 7 to 2 to approve the plan, which will fund two new tram lines.",
    "Officials said work would start in spring. \u201cThe money is there,\u201d one said, "
    "\u201cand the contracts are signed.\u201d",
    "Residents near the river had waited for years. \u2018Finally,\u2019 said a shop owner.",
    "The city\u2019s budget office expects it to finish by 2027. It won\u2019t raise taxes.",
    "The students\u2019 union met \u2013 again \u2014 and said\u2026 nothing.",
]

# texts whose only non-ASCII characters are quotes (and dashes): read as cp1258 ("̉We"),
# cp1252 ("ÒWe are ready,Ó"), cp775 ("the cityšs budget") or cp850 ("ÊWe")
QUOTED_TEXTS = {
    "double quotes, one paragraph": [PARAGRAPHS[0]],
    "double quotes among others": PARAGRAPHS[:3],
    "apostrophes alone": [PARAGRAPHS[4]],
    "single quotes": [PARAGRAPHS[1], PARAGRAPHS[3]],
    "dashes and a plural's apostrophe": [PARAGRAPHS[1], PARAGRAPHS[5]],
    "everything": PARAGRAPHS,
    "a short reply": ["\u201cYes.\u201d"],
    "one contraction": ["Don\u2019t panic."],
}


@pytest.mark.parametrize("ends", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("name", sorted(QUOTED_TEXTS))
def test_a_mac_roman_text_of_quotes_alone_is_read_as_mac_roman(name, ends):
    text = ends.join(f"{p}{ends}" for p in QUOTED_TEXTS[name])
    for times in (1, 4):
        assert decode((text * times).encode("mac_roman")) == (text * times, "mac_roman")


# (code page, text): each keeps the detector's reading, none of them Mac Roman
LOOK_ALIKES = [
    ("cp1252", "\u201cWe are ready,\u201d she said. It\u2019s been a long year.\n"),
    ("cp1252", "EL NI\u00d1O LLEG\u00d3 A LA COSTA. \u00c9L DIJO QUE NO.\n"),  # closes no quote
    ("cp1252", "AS NA\u00c7\u00d5ES P\u00d5E EM CAUSA.\n"),
    ("cp1252", "Se\u00e1n \u00d3 Briain and \u00c9amon \u00d3 Cuiv spoke.\n"),
    ("cp1252", "Caf\u00e9 cr\u00e8me \u2013 na\u00efve \u201cguide\u201d.\n"),
    ("cp1250", "Za\u017c\u00f3\u0142\u0107 g\u0119\u015bl\u0105 ja\u017a\u0144 w \u0141odzi.\n"),
    ("koi8_r", "В Москве сегодня тепло и солнечно, сказали синоптики.\n"),
]


@pytest.mark.parametrize(("code_page", "text"), LOOK_ALIKES)
def test_other_code_pages_stay_what_they_were(code_page, text):
    data = (text * 3).encode(code_page)
    decoded, encoding = decode(data)
    assert encoding != "mac_roman"


@pytest.mark.parametrize(
    ("text", "placed"),
    [
        ("\u201cYes,\u201d she said.", True),
        ("(\u2018No\u2019) \u2013 it\u2019s over\u2026", True),
        ("the players\u2019 union", True),
        ("LLEG\u201d A LA COSTA", False),  # closes what never opened
        ("DON\u2019T", False),  # capitals: Mac's `DON’T` or a Western `DONÕT`
        ("\u201d opened nowhere", False),
        ("caf\u00e9 \u201cYes\u201d", False),  # a letter: the misfits weigh it (see the module)
        ("a \u2013 spaced dash", True),  # cp1252's lone `Ð` between words
        ("a\u2013dash\u2026", False),  # no quote, no spaced dash: nothing to tell
        ("EL NI\u2014O LLEG\u201d", False),  # capitals around a dash, a quote never opened
        ("I\u2019m sure NASA\u2019s 1972\u2019s \u201cplan,\u201d he said.", True),
        (
            "\u201cOne.\u201d \u201cTwo.\u201d NPR \u2019s \u201cThree\u201d \u201cFour\u201d"
            " \u201cFive\u201d",
            True,
        ),  # one slip in eleven
        ("NPR \u2019s \u201cThree\u201d", False),  # one in three
        ("\u201c spaced \u201d", False),
    ],
)
def test_placed_punctuation(text, placed):
    assert placed_punctuation(text) is placed


def test_a_mac_table_and_rows_of_quotes_alone_read_as_mac_roman(tmp_path):
    # a CSV's cells read as cp850 ("ÊWe are ready,Ë", "mayorıs"), JSON Lines as cp1258
    from tests.newcomer_runs import documents, read_all, text_of

    quote = "\u201cWe are ready,\u201d the mayor said."
    rows = ["id,title,text"] + [
        f'{k},The mayor\u2019s plan {k},"{quote} {text_of(k)} It\u2019s done."' for k in range(3)
    ]
    (tmp_path / "excel_mac.csv").write_bytes(("\n".join(rows) + "\n").encode("mac_roman"))
    lines = "".join(f'{{"text": "{quote} {text_of(k)}"}}\n' for k in range(3, 6))
    (tmp_path / "rows.jsonl").write_bytes(lines.encode("mac_roman"))
    docs = documents(read_all(tmp_path))
    assert len(docs) == 6 and all(d.text.startswith(quote) for d in docs)
    assert [d.title for d in docs[:3]] == [f"The mayor\u2019s plan {k}" for k in range(3)]
