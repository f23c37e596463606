"""Line blind batches 1 to 21 (`curate.evaluate.line_blind`): the file's format, its loader
and the view over the batches."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from curate.evaluate import line_blind
from curate.evaluate.line_blind import (
    BATCH_2,
    BATCH_3,
    BATCH_4,
    BATCH_5,
    BATCH_6,
    BATCH_7,
    BATCH_8,
    BATCH_9,
    BATCH_10,
    BATCH_11,
    BATCH_12,
    BATCH_13,
    BATCH_14,
    BATCH_15,
    BATCH_16,
    BATCH_17,
    BATCH_18,
    BATCH_19,
    BATCH_20,
    BATCH_21,
    CONTENT,
    HALVES,
    HALVES_2,
    HALVES_3,
    HALVES_4,
    HALVES_5,
    HALVES_6,
    HALVES_7,
    HALVES_8,
    HALVES_9,
    HALVES_10,
    HALVES_11,
    HALVES_12,
    HALVES_13,
    HALVES_14,
    HALVES_15,
    HALVES_16,
    HALVES_17,
    HALVES_18,
    HALVES_19,
    HALVES_20,
    HALVES_21,
    KINDS,
    NOISE,
    load_batch,
    parse,
)

SMALL = """# a comment
@doc a-1 en Prairie Ledger
N byline By JOHN SMITH
C body Farmers began cutting wheat early   this year.

@doc b-1 fr L'Écho des Collines
C headline Le café rouvre
"""


def test_a_batch_file_parses_into_documents_with_one_label_and_kind_per_line():
    first, second = parse(SMALL)
    assert (first.id, first.lang, first.outlet, first.half) == ("a-1", "en", "Prairie Ledger", 1)
    assert first.lines == ("By JOHN SMITH", "Farmers began cutting wheat early   this year.")
    assert first.labels == (NOISE, CONTENT) and first.kinds == ("byline", "body")
    assert (second.outlet, second.half, second.lines) == (
        "L'Écho des Collines",
        2,
        ("Le café rouvre",),
    )


@pytest.mark.parametrize(
    "bad",
    [
        "@doc x en Nowhere Times\nC body A line.\n",  # outlet not in a half
        "@doc x en Prairie Ledger\nX body A line.\n",  # label neither C nor N
        "@doc x en Prairie Ledger\nC body\n",  # no text
        "C body A line outside any document.\n",
        "@doc x en Prairie Ledger\n\n",  # a document without lines
        "@doc x en Prairie Ledger\nC body A.\n\n@doc x en Prairie Ledger\nC body B.\n",  # same id
        "@doc x en Prairie Ledger\nC byline By JOHN SMITH\n",  # a noise kind labelled content
        "@doc x en Prairie Ledger\nN body A line.\n",  # a content kind labelled noise
        "@doc x en Prairie Ledger\nN banner A line.\n",  # a kind of neither
        "@doc x en Het Polderblad\nC body Een regel.\n",  # batch 2's outlet read as batch 1's
    ],
)
def test_a_malformed_batch_file_is_refused(bad):
    with pytest.raises(ValueError):
        parse(bad)


def test_the_shipped_batch_is_shaped_as_the_issue_asks():
    docs = load_batch()
    assert len(docs) >= 40
    assert all(8 <= len(doc.lines) <= 40 for doc in docs)
    assert {doc.outlet for doc in docs} == set(HALVES)
    assert {doc.half for doc in docs} == {1, 2}
    kinds = {
        (label, kind) for doc in docs for label, kind in zip(doc.labels, doc.kinds, strict=True)
    }
    for kind in ("byline", "timestamp", "caption", "credit", "section", "related", "newsletter"):
        assert (NOISE, kind) in kinds
    for kind in ("headline", "subhead", "quote", "list_item", "qa", "short_para"):
        assert (CONTENT, kind) in kinds
    assert {doc.lang for doc in docs} >= {"en", "fr", "de", "es"}
    assert line_blind.BATCH.name == "line_blind_1.txt"


STORM = (
    "Severe thunderstorms with strong winds swept through the county on Thursday evening, "
    "downing trees and power lines across a wide area."
)
OUTAGE = (
    "The utility said about 20,000 customers were without power at the peak of the outage, "
    "and most service should be back by Saturday."
)
BOARD = (
    "The school board on Tuesday unanimously chose a deputy superintendent from a nearby "
    "district to lead its 14,000 students from July."
)
SALARY = (
    "She will start on the first of July at an annual salary agreed by the board, replacing "
    "a superintendent who retired in December."
)
ARTICLE = f"""@doc a-2 en Prairie Ledger
C headline Storm knocks out power to 20,000 customers
N share Share on Facebook
C body {STORM}
C body {OUTAGE}

@doc b-2 en Ridgeview Post-Dispatch
C headline School board picks new superintendent
N share Share on Facebook
C body {BOARD}
C body {SALARY}
"""


def test_the_report_scores_each_half_and_each_kind_through_the_stages():
    text = line_blind.report(parse(ARTICLE))
    assert text.splitlines()[0] == "half 1: " + ", ".join(
        f"{outlet} ({int(outlet == 'Prairie Ledger')})" for outlet in HALVES if HALVES[outlet] == 1
    )
    for name, _ in line_blind.systems():
        cells = [line.split()[-5:] for line in text.splitlines() if line[:44].strip() == name]
        assert [cell[0] for cell in cells] == ["1", "2"]
        assert all(cell[3:] == ["3", "1"] for cell in cells)  # 3 content, 1 noise per half
    kinds = {line.split()[0]: line for line in text.splitlines() if line.startswith("  ")}
    assert set(kinds) == {"headline", "share", "body"}
    assert "1 1.00 of   2   2 1.00 of   2" in kinds["body"]  # the paragraphs stay


def test_outcomes_say_line_by_line_what_stands():
    keep_sentences = line_blind.systems()[-1][1]  # the crude rule: sentences of 3+ words
    (first, stays), _ = line_blind.outcomes(parse(ARTICLE), keep_sentences)
    assert first.id == "a-2" and stays == [False, False, True, True]


def test_a_batch_is_read_with_its_own_halves():
    (doc,) = parse("@doc p-1 nl Het Polderblad\nN advert Advertentie\n", HALVES_2)
    assert (doc.outlet, doc.half) == ("Het Polderblad", 1)
    assert (doc.labels, doc.kinds) == ((NOISE,), ("advert",))
    with pytest.raises(ValueError):
        parse("@doc x en Prairie Ledger\nC body A line.\n", HALVES_2)


def test_no_kind_means_content_in_one_line_and_noise_in_another():
    assert not KINDS[CONTENT] & KINDS[NOISE]
    batch_1 = load_batch()
    assert all(
        kind in KINDS[label]
        for doc in batch_1
        for label, kind in zip(doc.labels, doc.kinds, strict=True)
    )


def _shape(docs: list, halves: dict[str, int], least: int) -> tuple[Counter, Counter]:
    """What every batch from the second on holds: 50+ documents of 8 to 40 lines, 700+ lines,
    every line labelled with a kind of its label, the halves covering every outlet (six each),
    both halves with `least` content and `least` noise lines; its label and kind counts."""
    assert len(docs) >= 50 and sum(len(doc.lines) for doc in docs) >= 700
    assert all(8 <= len(doc.lines) <= 40 for doc in docs)
    assert all(len(doc.lines) == len(doc.labels) == len(doc.kinds) for doc in docs)
    assert all(line.strip() for doc in docs for line in doc.lines)
    assert {doc.outlet for doc in docs} == set(halves)
    assert sorted(Counter(halves.values()).items()) == [(1, 6), (2, 6)]
    assert all(doc.half == halves[doc.outlet] for doc in docs)
    labels = Counter((doc.half, label) for doc in docs for label in doc.labels)
    assert min(labels.values()) >= least  # both halves hold plenty of content and of noise
    kinds = Counter(
        (label, kind) for doc in docs for label, kind in zip(doc.labels, doc.kinds, strict=True)
    )
    assert all(kind in KINDS[label] for label, kind in kinds)
    for kind in ("headline", "standfirst", "subhead", "quote", "list_item", "qa", "short_para"):
        assert (CONTENT, kind) in kinds
    assert (CONTENT, "note") in kinds and kinds[(CONTENT, "body")] >= 100
    return labels, kinds


def test_the_second_batch_is_shaped_as_the_issue_asks():
    _, kinds = _shape(load_batch(BATCH_2, HALVES_2), HALVES_2, 150)
    for kind in ("breadcrumb", "listen", "readtime", "advert", "copyright", "follow", "tags"):
        assert (NOISE, kind) in kinds
    for kind in ("updated", "gallery", "video", "comments", "bio", "origin", "app", "paywall"):
        assert (NOISE, kind) in kinds
    for kind in ("cookie", "related", "section", "timestamp", "byline", "caption", "credit"):
        assert (NOISE, kind) in kinds
    assert {doc.lang for doc in load_batch(BATCH_2, HALVES_2)} >= {"en", "fr", "nl", "it", "pt"}
    assert BATCH_2.name == "line_blind_2.txt"


@pytest.mark.parametrize(
    ("one", "other"),
    [(one, other) for other in range(21) for one in range(other)],  # each pair of batches
)
def test_the_batches_share_no_outlet_no_document_and_no_sentence(one, other):
    batches = list(line_blind.BATCHES)
    first, second = (load_batch(*batches[one]), load_batch(*batches[other]))
    assert not set(batches[one][1]) & set(batches[other][1])
    assert not {doc.outlet for doc in first} & {doc.outlet for doc in second}
    assert not {doc.id for doc in first} & {doc.id for doc in second}
    labelled = [
        {line: label for doc in docs for line, label in zip(doc.lines, doc.labels, strict=True)}
        for docs in (first, second)
    ]
    repeated = set(labelled[0]) & set(labelled[1])
    # short stock lines ("Advertisement", "Markets") recur across outlets, and so does stock
    # furniture that is noise in both (the AP's copyright notice); no other sentence does
    longer = {line for line in repeated if len(line.split()) >= 5}
    assert all(labelled[0][line] == labelled[1][line] == NOISE for line in longer), longer


def _about_half_content(labels: Counter) -> None:
    """Each half of a batch holds roughly as many content lines as noise lines."""
    for part in (1, 2):
        share = labels[(part, CONTENT)] / (labels[(part, CONTENT)] + labels[(part, NOISE)])
        assert 0.4 <= share <= 0.6, (part, share)


def test_the_third_batch_is_shaped_as_the_issue_asks():
    docs = load_batch(BATCH_3, HALVES_3)
    labels, kinds = _shape(docs, HALVES_3, 170)
    assert sum(len(doc.lines) for doc in docs) <= 800
    _about_half_content(labels)
    assert len({kind for label, kind in kinds if label == NOISE}) >= 25
    for kind in ("trending", "related", "more", "caption", "credit", "byline", "timestamp"):
        assert kinds[(NOISE, kind)] >= 5, kind
    assert {doc.lang for doc in docs} == {"en", "es", "pl", "de", "sv"}
    assert BATCH_3.name == "line_blind_3.txt"


@pytest.mark.parametrize(
    "bad",
    [
        "@doc x en Het Polderblad\nC body Een regel.\n",  # batch 2's outlet read as batch 3's
        "@doc x en Prairie Ledger\nC body A line.\n",  # batch 1's outlet read as batch 3's
        "@doc x en Sideline Central\nC trending Most read\n",  # a noise kind labelled content
        "@doc x en Sideline Central\nN trendy Most read\n",  # a kind of neither
    ],
)
def test_a_line_batch_3_does_not_allow_is_refused(bad):
    with pytest.raises(ValueError):
        parse(bad, HALVES_3)


def test_a_most_read_list_line_parses_as_noise_of_its_own_kind():
    (doc,) = parse("@doc s-1 en Sideline Central\nN trending Trending now\n", HALVES_3)
    assert (doc.half, doc.labels, doc.kinds) == (2, (NOISE,), ("trending",))


def _fifty_in_halves(docs: list, halves: dict[str, int], least: int, most: int) -> Counter:
    """`_shape` for a batch of exactly 50 documents, 25 in each half, of at most `most` lines,
    each half about as much content as noise; its kind counts."""
    labels, kinds = _shape(docs, halves, least)
    assert len(docs) == 50 and sum(len(doc.lines) for doc in docs) <= most
    assert Counter(doc.half for doc in docs) == {1: 25, 2: 25}
    _about_half_content(labels)
    return kinds


def test_the_fourth_batch_is_shaped_as_the_issue_asks():
    docs = load_batch(BATCH_4, HALVES_4)
    kinds = _fifty_in_halves(docs, HALVES_4, 170, 800)
    assert len({kind for label, kind in kinds if label == NOISE}) >= 30
    for kind in ("related", "caption", "byline", "timestamp", "trending", "tags", "slug"):
        assert kinds[(NOISE, kind)] >= 5, kind
    for kind in ("embed", "credit", "pullquote", "disclaimer", "paywall", "cookie", "origin"):
        assert (NOISE, kind) in kinds, kind
    assert {doc.lang for doc in docs} == {"en", "fr", "it"}
    assert BATCH_4.name == "line_blind_4.txt"


@pytest.mark.parametrize(
    "bad",
    [
        "@doc x en Sideline Central\nC body A line.\n",  # batch 3's outlet read as batch 4's
        "@doc x en Het Polderblad\nC body Een regel.\n",  # batch 2's outlet read as batch 4's
        "@doc x en Prairie Ledger\nC body A line.\n",  # batch 1's outlet read as batch 4's
        "@doc x en Tickerline\nC slug BC-US--Stocks-Close\n",  # a noise kind labelled content
        "@doc x en Tickerline\nC embed View this post on Instagram\n",  # the same
        "@doc x en Tickerline\nN slugline BC-US--Stocks-Close\n",  # a kind of neither
    ],
)
def test_a_line_batch_4_does_not_allow_is_refused(bad):
    with pytest.raises(ValueError):
        parse(bad, HALVES_4)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("N slug BC-EU--Fisheries-Quotas,2nd Ld-Writethru", "slug"),
        ("N slug ENDS", "slug"),
        ("N embed A post shared by Maya Delacroix (@mayadelacroix)", "embed"),
    ],
)
def test_a_routing_line_and_an_embed_parse_as_noise_of_their_own_kinds(line, kind):
    (doc,) = parse(f"@doc t-1 en Continental Press Agency\n{line}\n", HALVES_4)
    assert (doc.half, doc.labels, doc.kinds) == (1, (NOISE,), (kind,))


def test_the_fifth_batch_is_shaped_as_the_issue_asks():
    docs = load_batch(BATCH_5, HALVES_5)
    kinds = _fifty_in_halves(docs, HALVES_5, 180, 850)
    assert {kind for label, kind in kinds if label == NOISE} == KINDS[NOISE]  # every noise kind
    for kind in ("related", "caption", "credit", "byline", "timestamp", "trending", "section"):
        assert kinds[(NOISE, kind)] >= 10, kind
    for kind in ("quote", "short_para", "list_item", "subhead", "standfirst"):
        assert kinds[(CONTENT, kind)] >= 10, kind
    assert {doc.lang for doc in docs} == {"en"}
    assert BATCH_5.name == "line_blind_5.txt"


def _at_least(kinds: Counter, label: int, names: tuple[str, ...], least: int) -> None:
    """Each of `names` labelled `label` on `least` lines or more of a batch."""
    short = {kind: kinds[(label, kind)] for kind in names if kinds[(label, kind)] < least}
    assert not short, short


def _every_kind_plenty_of_each(
    docs: list, halves: dict[str, int], least: int, langs: set, most: int = 850
) -> None:
    """`_fifty_in_halves` (at most `most` lines) for a batch that holds every noise kind, 8 or more
    of the common kinds of each label, and two outlets in a language the earlier batches use
    (`langs`, with English for the other ten)."""
    kinds = _fifty_in_halves(docs, halves, least, most)
    assert {kind for label, kind in kinds if label == NOISE} == KINDS[NOISE]  # every noise kind
    noise = ("related", "caption", "credit", "byline", "timestamp", "section", "dateline", "more")
    _at_least(kinds, NOISE, noise, 8)
    _at_least(kinds, CONTENT, ("quote", "short_para", "list_item", "subhead", "standfirst"), 8)
    assert {doc.lang for doc in docs} == langs
    assert len({doc.outlet for doc in docs if doc.lang != "en"}) == 2


def test_the_sixth_batch_is_shaped_as_the_issue_asks():
    _every_kind_plenty_of_each(load_batch(BATCH_6, HALVES_6), HALVES_6, 180, {"en", "de", "es"})
    assert BATCH_6.name == "line_blind_6.txt"


def test_the_seventh_batch_is_shaped_as_the_issue_asks():
    _every_kind_plenty_of_each(load_batch(BATCH_7, HALVES_7), HALVES_7, 190, {"en", "fr", "pt"})
    assert BATCH_7.name == "line_blind_7.txt"


def test_the_eighth_batch_is_shaped_as_the_issue_asks():
    _every_kind_plenty_of_each(load_batch(BATCH_8, HALVES_8), HALVES_8, 180, {"en", "it", "es"})
    assert BATCH_8.name == "line_blind_8.txt"


def test_the_ninth_batch_is_shaped_as_the_issue_asks():
    _every_kind_plenty_of_each(load_batch(BATCH_9, HALVES_9), HALVES_9, 180, {"en", "nl"})
    assert BATCH_9.name == "line_blind_9.txt"


def test_the_tenth_batch_is_shaped_as_the_issue_asks():
    _every_kind_plenty_of_each(load_batch(BATCH_10, HALVES_10), HALVES_10, 180, {"en", "de"})
    assert BATCH_10.name == "line_blind_10.txt"


def test_the_eleventh_batch_is_shaped_as_the_issue_asks():
    _every_kind_plenty_of_each(load_batch(BATCH_11, HALVES_11), HALVES_11, 180, {"en", "pt"})
    assert BATCH_11.name == "line_blind_11.txt"


def test_the_twelfth_batch_is_shaped_as_the_issue_asks():
    _every_kind_plenty_of_each(load_batch(BATCH_12, HALVES_12), HALVES_12, 180, {"en", "it"})
    assert BATCH_12.name == "line_blind_12.txt"


def test_the_thirteenth_batch_is_shaped_as_the_issue_asks():
    _every_kind_plenty_of_each(load_batch(BATCH_13, HALVES_13), HALVES_13, 180, {"en", "fr", "de"})
    assert BATCH_13.name == "line_blind_13.txt"


def test_the_fourteenth_batch_is_shaped_as_the_issue_asks():
    _every_kind_plenty_of_each(load_batch(BATCH_14, HALVES_14), HALVES_14, 180, {"en", "fr", "es"})
    assert BATCH_14.name == "line_blind_14.txt"


def test_the_fifteenth_batch_is_shaped_as_the_issue_asks():
    _every_kind_plenty_of_each(load_batch(BATCH_15, HALVES_15), HALVES_15, 180, {"en", "pl", "sv"})
    assert BATCH_15.name == "line_blind_15.txt"


def test_the_sixteenth_batch_is_shaped_as_the_issue_asks():
    """Session 53's judge: 800 to 850 lines, about 45 percent noise in each half, a Québec
    French and a Bernese German outlet, one in each half."""
    docs = load_batch(BATCH_16, HALVES_16)
    _every_kind_plenty_of_each(docs, HALVES_16, 190, {"en", "fr", "de"})
    assert 800 <= sum(len(doc.lines) for doc in docs) <= 850
    for part in (1, 2):
        labels = Counter(label for doc in docs if doc.half == part for label in doc.labels)
        assert 0.42 <= labels[NOISE] / (labels[NOISE] + labels[CONTENT]) <= 0.5, part
    assert {doc.half for doc in docs if doc.lang != "en"} == {1, 2}
    assert BATCH_16.name == "line_blind_16.txt"


def test_the_seventeenth_batch_is_shaped_as_the_issue_asks():
    """Session 54's judge: 886 lines, about 47 percent noise in each half, a Cape Verdean
    Portuguese outlet in half 1 and a Basque Spanish one in half 2; the counts pin the file as
    it was committed blind, before any run."""
    docs = load_batch(BATCH_17, HALVES_17)
    _every_kind_plenty_of_each(docs, HALVES_17, 190, {"en", "pt", "es"}, most=900)
    assert sum(len(doc.lines) for doc in docs) == 886
    labels = Counter((doc.half, label) for doc in docs for label in doc.labels)
    assert labels == {(1, CONTENT): 245, (1, NOISE): 218, (2, CONTENT): 227, (2, NOISE): 196}
    assert {(doc.lang, doc.half) for doc in docs if doc.lang != "en"} == {("pt", 1), ("es", 2)}
    assert BATCH_17.name == "line_blind_17.txt"


def test_the_eighteenth_batch_is_shaped_as_the_issue_asks():
    """Session 55's judge: 899 lines, about 46 percent noise in each half, a Breton French
    outlet in half 1 and a Chilean Spanish one in half 2; the counts pin the file as it was
    committed blind, before any run."""
    docs = load_batch(BATCH_18, HALVES_18)
    _every_kind_plenty_of_each(docs, HALVES_18, 200, {"en", "fr", "es"}, most=900)
    assert sum(len(doc.lines) for doc in docs) == 899
    labels = Counter((doc.half, label) for doc in docs for label in doc.labels)
    assert labels == {(1, CONTENT): 251, (1, NOISE): 210, (2, CONTENT): 230, (2, NOISE): 208}
    assert {(doc.lang, doc.half) for doc in docs if doc.lang != "en"} == {("fr", 1), ("es", 2)}
    kinds = Counter(
        (label, kind) for doc in docs for label, kind in zip(doc.labels, doc.kinds, strict=True)
    )
    # the kinds the held-out real news set is weighted to, and the content that looks like noise
    _at_least(kinds, NOISE, ("byline", "timestamp", "caption", "section", "related"), 25)
    _at_least(kinds, CONTENT, ("headline", "list_item", "short_para", "quote"), 40)
    assert BATCH_18.name == "line_blind_18.txt"


def test_the_nineteenth_batch_is_shaped_as_the_issue_asks():
    """Session 56's judge: 900 lines, about 45 percent noise in each half, a Tyrolean German
    outlet in half 1 and a Galician Spanish one in half 2; the counts pin the file as it was
    committed blind, before any run."""
    docs = load_batch(BATCH_19, HALVES_19)
    _every_kind_plenty_of_each(docs, HALVES_19, 200, {"en", "de", "es"}, most=900)
    assert sum(len(doc.lines) for doc in docs) == 900
    labels = Counter((doc.half, label) for doc in docs for label in doc.labels)
    assert labels == {(1, CONTENT): 248, (1, NOISE): 207, (2, CONTENT): 242, (2, NOISE): 203}
    assert {(doc.lang, doc.half) for doc in docs if doc.lang != "en"} == {("de", 1), ("es", 2)}
    kinds = Counter(
        (label, kind) for doc in docs for label, kind in zip(doc.labels, doc.kinds, strict=True)
    )
    # the kinds the held-out real news set is weighted to, and the content that looks like noise
    _at_least(kinds, NOISE, ("byline", "timestamp", "caption", "section", "related"), 30)
    _at_least(kinds, NOISE, ("dateline", "credit", "breadcrumb", "listen"), 12)
    _at_least(kinds, CONTENT, ("headline", "list_item", "short_para"), 45)
    _at_least(kinds, CONTENT, ("quote", "subhead", "qa"), 20)
    assert BATCH_19.name == "line_blind_19.txt"


@pytest.mark.parametrize(
    ("batch", "halves", "lines", "labels", "langs"),
    [
        # session 57's judge: a Bolivian Spanish outlet in half 1, a Sicilian Italian one in half 2
        (BATCH_20, HALVES_20, 888, (251, 207, 232, 198), {("es", 1), ("it", 2)}),
        # session 58's judge: an Andorran Spanish outlet in half 1, an Azorean Portuguese one in 2
        (BATCH_21, HALVES_21, 881, (250, 217, 221, 193), {("es", 1), ("pt", 2)}),
    ],
    ids=["batch20", "batch21"],
)
def test_the_later_batches_are_shaped_as_the_issue_asks(batch, halves, lines, labels, langs):
    """Sessions 57 and 58's judges, about 45 percent noise in each half; the counts pin each file
    as it was committed blind, before any run."""
    docs = load_batch(batch, halves)
    _every_kind_plenty_of_each(docs, halves, 190, {"en"} | {lang for lang, _ in langs}, most=900)
    assert sum(len(doc.lines) for doc in docs) == lines
    counted = Counter((doc.half, label) for doc in docs for label in doc.labels)
    cells = [(1, CONTENT), (1, NOISE), (2, CONTENT), (2, NOISE)]
    assert counted == dict(zip(cells, labels, strict=True))
    assert {(doc.lang, doc.half) for doc in docs if doc.lang != "en"} == langs
    kinds = Counter(
        (label, kind) for doc in docs for label, kind in zip(doc.labels, doc.kinds, strict=True)
    )
    # the kinds the held-out real news set is weighted to, and the content that looks like noise
    _at_least(kinds, NOISE, ("byline", "timestamp", "caption", "section", "related"), 30)
    _at_least(kinds, NOISE, ("dateline", "credit", "breadcrumb", "listen", "cookie"), 8)
    _at_least(kinds, CONTENT, ("headline", "list_item", "subhead"), 30)
    _at_least(kinds, CONTENT, ("quote", "short_para", "qa", "standfirst"), 10)


@pytest.mark.parametrize(
    ("batch", "halves"),
    [(BATCH_7, HALVES_7), (BATCH_8, HALVES_8), (BATCH_9, HALVES_9), (BATCH_10, HALVES_10)]
    + [(BATCH_11, HALVES_11), (BATCH_12, HALVES_12), (BATCH_13, HALVES_13)]
    + [(BATCH_14, HALVES_14), (BATCH_15, HALVES_15), (BATCH_16, HALVES_16)]
    + [(BATCH_17, HALVES_17), (BATCH_18, HALVES_18), (BATCH_19, HALVES_19)]
    + [(BATCH_20, HALVES_20), (BATCH_21, HALVES_21)],
)
def test_the_seventh_to_twentieth_batches_are_tests_the_line_models_do_not_learn(batch, halves):
    assert (batch, halves) in line_blind.BATCHES
    assert all(path != batch for path, _ in line_blind.TRAINING_BATCHES)


ALL_HALVES = [halves for _, halves in line_blind.BATCHES]  # each batch's, batch 1's first


@pytest.mark.parametrize(
    ("later", "earlier"),
    # batches 5 to 21, each against every earlier one
    [(later, earlier) for later in range(4, 21) for earlier in range(later)],
)
def test_no_outlet_of_an_earlier_batch_is_read_as_a_later_ones_nor_the_other_way(later, earlier):
    later, earlier = ALL_HALVES[later], ALL_HALVES[earlier]
    for outlet in earlier:
        with pytest.raises(ValueError):
            parse(f"@doc x en {outlet}\nC body A line.\n", later)
    for outlet in later:
        with pytest.raises(ValueError):
            parse(f"@doc x en {outlet}\nC body A line.\n", earlier)
        assert parse(f"@doc x en {outlet}\nC body A line.\n", later)[0].half in (1, 2)


@pytest.mark.parametrize(
    ("head", "halves", "line"),
    [
        ("v-1 en The Verity Desk", HALVES_5, line)
        for line in ("C pullquote There is no cure.", "C slug ###", "N short_para False.")
        + ("N verdict False.",)
    ]
    + [
        ("r-1 de Rheintal-Bote", HALVES_6, line)
        for line in ("C byline Von Anna Keller", "C dateline Lörrach", "N subhead Was bleibt")
        + ("N quote «Wir sind froh.»", "N kicker Region")
    ]
    + [
        ("f-1 pt Folha do Litoral", HALVES_7, line)
        for line in ("C credit Foto: Ana Prates", "C cookie Este site usa cookies.")
        + ("N standfirst Obra deve durar dez meses.", "N qa Por que agora?", "N chamada Leia")
    ]
    + [
        ("g-1 it La Gazzetta del Lago", HALVES_8, line)
        for line in ("C tags #Como #lago", "C breadcrumb Home > Sport", "N occhiello Cronaca")
        + ("N list_item Reti: 12' Rossi", "N note Articolo corretto il 3 marzo.")
    ]
    + [
        ("h-1 nl Het Scheldeblad", HALVES_9, line)
        for line in ("C byline Door Lies Verbeke", "C more Meer nieuws", "N tussenkop Reacties")
        + ("N subhead Wat verandert er?", "N short_para Het blijft droog.")
    ]
    + [
        ("w-1 de Weserland-Kurier", HALVES_10, line)
        for line in ("C byline Von Jonas Brakel", "C share Artikel teilen", "N zwischentitel Ruhe")
        + ("N list_item Eintritt frei", "N note Korrigiert: Die Sitzung ist am Dienstag.")
    ]
    + [
        ("g-1 pt Gazeta das Beiras Altas", HALVES_11, line)
        for line in ("C byline Por Rui Matos", "C credit Foto: Gazeta", "N entretitulo Obras")
        + ("N subhead O que muda?", "N note Corrigido: a feira é no sábado.")
    ]
    + [
        ("s-1 it La Sentinella delle Murge", HALVES_12, line)
        for line in ("C byline di Marco Rossi", "C share Condividi", "N occhiello Sport")
        + ("N list_item Ingresso libero", "N note Corretto: la festa è il 20 giugno.")
    ]
    + [
        ("m-1 fr Le Messager de l'Ourthe", HALVES_13, line)
        for line in ("C byline Par Jean Dupont", "C paywall Abonnés", "N chapeau Ourthe")
        + ("N qa Pourquoi ici ?", "N note Corrigé : la fête est le 20 juin.")
    ]
    + [
        ("l-1 de Lavanttaler Talpost", HALVES_13, line)
        for line in ("C updated Aktualisiert am 1. Juli", "C related Mehr zum Thema")
        + ("N list_item Eintritt frei", "N zwischentitel Programm")
    ]
    + [
        ("g-1 fr La Gazette de l'Alzette", HALVES_14, line)
        for line in ("C breadcrumb Accueil › Région", "C listen Écouter l'article")
        + ("N standfirst Le chantier durera trois mois.", "N intertitre Le programme")
    ]
    + [
        ("m-1 es El Mirador de Paysandú", HALVES_14, line)
        for line in ("C byline Por Ana Pérez", "C tags Etiquetas: Paysandú", "N volanta Fútbol")
        + ("N list_item Goles: 12' Píriz", "N note Corregido: la fiesta es el 16 de setiembre.")
    ]
    + [
        ("t-1 pl Tygodnik Doliny Soły", HALVES_15, line)
        for line in ("C byline Autor: Jan Kowalski", "C breadcrumb Strona główna » Sport")
        + ("N list_item Bramki: Nowak 12", "N śródtytuł Program", "N quote – Cieszymy się.")
    ]
    + [
        ("k-1 sv Kvarkenbladet", HALVES_15, line)
        for line in ("C byline Text: Anna Holm", "C listen Lyssna", "N mellanrubrik Mål")
        + ("N qa Var ska eleverna gå?", "N note Rättat: matchen spelas på lördag.")
    ]
    + [
        ("r-1 fr Le Réveil du Saguenay", HALVES_16, line)
        for line in ("C byline Par Marie Tremblay", "C cookie Ce site utilise des témoins.")
        + ("N subhead Les marqueurs", "N note Rectificatif : le match est samedi.")
    ]
    + [
        ("b-1 de Berner Oberland Bote", HALVES_16, line)
        for line in ("C breadcrumb Startseite › Region", "C paywall Abo+", "N lead Region")
        + ("N list_item Budget 2027: genehmigt", "N standfirst Der Entscheid fiel deutlich.")
    ]
    + [
        ("v-1 pt Voz do Mindelo", HALVES_17, line)
        for line in ("C byline Por Redação", "C share Partilhar", "N chamada Leia também")
        + ("N list_item Mindelense, 19 pontos", "N short_para É falta de plano.")
    ]
    + [
        ("u-1 es El Correo del Urola", HALVES_17, line)
        for line in ("C cookie Utilizamos cookies.", "C more Más noticias", "N antetitulo Azpeitia")
        + ("N subhead ¿Por qué ahora?", "N quote «Hoy el pueblo es nuestro.»")
    ]
    + [
        ("e-1 fr L'Écume du Trégor", HALVES_18, line)
        for line in ("C byline Par Yann Kerbrat", "C listen Écouter cet article")
        + ("N standfirst Le chantier durera six mois.", "N intertitre Les résultats")
    ]
    + [
        ("i-1 es El Insular de Chiloé", HALVES_18, line)
        for line in ("C breadcrumb Inicio / Castro", "C tags Etiquetas: Chonchi", "N volanta Sur")
        + ("N qa ¿Qué es la marea roja?", "N list_item Goles: 23' Cárcamo")
    ]
    + [
        ("t-1 de Tiroler Talbote", HALVES_19, line)
        for line in ("C byline Von Anna Hofer", "C updated Aktualisiert: 1. Mai", "N kicker Wohnen")
        + ("N qa Wer ist ausgenommen?", "N note Anmerkung der Redaktion: korrigiert.")
    ]
    + [
        ("e-1 es El Eco de Arousa", HALVES_19, line)
        for line in ("C dateline Vilagarcía de Arousa", "C credit FOTO: ARCHIVO")
        + ("N list_item Goles: 1-0, Iago (min. 9)", "N subhead Ficha técnica", "N antetitulo Mar")
    ]
    + [
        ("i-1 es Radio Illimani Noticias", HALVES_20, line)
        for line in ("C listen Escuche en vivo", "C timestamp hace 5 horas", "N volanta Nacional")
        + ("N list_item Entrada: libre", "N quote «No hay diésel»")
    ]
    + [
        ("n-1 it Il Corriere dei Nebrodi", HALVES_20, line)
        for line in ("C breadcrumb Home » Sport", "C dateline TORTORICI -", "N occhiello Cronaca")
        + ("N subhead Il programma", "N short_para Viva San Sebastiano!")
    ]
    + [
        ("v-1 es Diario del Valira", HALVES_21, line)
        for line in ("C listen Escuchar noticia", "C cookie Aceptar", "N antetitulo Esquí")
        + ("N qa ¿Cuándo entra en vigor?", "N list_item 2. Carla Font (AND)")
    ]
    + [
        ("c-1 pt Rádio Caldeira FM", HALVES_21, line)
        for line in ("C listen Ouvir em direto", "C timestamp há 3 horas", "N chamada Leia também")
        + ("N subhead O que fazer", "N quote “Fizemos o jogo que queríamos.”")
    ],
)
def test_a_line_of_a_kind_its_label_lacks_is_refused(head, halves, line):
    with pytest.raises(ValueError):
        parse(f"@doc {head}\n{line}\n", halves)


def _check_batch_view(text: str, docs: list, halves: dict[str, int]) -> None:
    lines = text.splitlines()
    for part in (1, 2):
        outlets = [outlet for outlet, where in halves.items() if where == part]
        assert lines[part - 1] == f"half {part}: " + ", ".join(
            f"{outlet} ({sum(doc.outlet == outlet for doc in docs)})" for outlet in outlets
        )
    for name, _ in line_blind.systems():
        rows = [line.split()[-5:] for line in lines if line[:44].strip() == name]
        assert [row[0] for row in rows] == ["1", "2"]
        for part, row in zip((1, 2), rows, strict=True):
            counts = Counter(label for doc in docs if doc.half == part for label in doc.labels)
            assert row[3:] == [str(counts[CONTENT]), str(counts[NOISE])]
            assert all(0 <= float(share) <= 1 for share in row[1:3])
    by_kind = {line.split()[0] for line in lines if line.startswith("  ")}
    assert by_kind == {kind for doc in docs for kind in doc.kinds}


def test_the_view_reports_batch_1_as_before_then_each_later_batch_by_its_own_halves():
    first, rest = line_blind.run(Path("unused")).split(
        "\n\nline blind batch 2 (line_blind_2.txt)\n"
    )
    second, rest = rest.split("\n\nline blind batch 3 (line_blind_3.txt)\n")
    third, rest = rest.split("\n\nline blind batch 4 (line_blind_4.txt)\n")
    fourth, rest = rest.split("\n\nline blind batch 5 (line_blind_5.txt)\n")
    fifth, rest = rest.split("\n\nline blind batch 6 (line_blind_6.txt)\n")
    sixth, rest = rest.split("\n\nline blind batch 7 (line_blind_7.txt)\n")
    seventh, rest = rest.split("\n\nline blind batch 8 (line_blind_8.txt)\n")
    eighth, rest = rest.split("\n\nline blind batch 9 (line_blind_9.txt)\n")
    ninth, rest = rest.split("\n\nline blind batch 10 (line_blind_10.txt)\n")
    tenth, rest = rest.split("\n\nline blind batch 11 (line_blind_11.txt)\n")
    eleventh, rest = rest.split("\n\nline blind batch 12 (line_blind_12.txt)\n")
    twelfth, rest = rest.split("\n\nline blind batch 13 (line_blind_13.txt)\n")
    thirteenth, rest = rest.split("\n\nline blind batch 14 (line_blind_14.txt)\n")
    fourteenth, rest = rest.split("\n\nline blind batch 15 (line_blind_15.txt)\n")
    fifteenth, rest = rest.split("\n\nline blind batch 16 (line_blind_16.txt)\n")
    sixteenth, rest = rest.split("\n\nline blind batch 17 (line_blind_17.txt)\n")
    seventeenth, rest = rest.split("\n\nline blind batch 18 (line_blind_18.txt)\n")
    eighteenth, rest = rest.split("\n\nline blind batch 19 (line_blind_19.txt)\n")
    nineteenth, rest = rest.split("\n\nline blind batch 20 (line_blind_20.txt)\n")
    twentieth, twenty_first = rest.split("\n\nline blind batch 21 (line_blind_21.txt)\n")
    assert first == line_blind.report(load_batch())
    _check_batch_view(second, load_batch(BATCH_2, HALVES_2), HALVES_2)
    _check_batch_view(third, load_batch(BATCH_3, HALVES_3), HALVES_3)
    _check_batch_view(fourth, load_batch(BATCH_4, HALVES_4), HALVES_4)
    _check_batch_view(fifth, load_batch(BATCH_5, HALVES_5), HALVES_5)
    _check_batch_view(sixth, load_batch(BATCH_6, HALVES_6), HALVES_6)
    _check_batch_view(seventh, load_batch(BATCH_7, HALVES_7), HALVES_7)
    _check_batch_view(eighth, load_batch(BATCH_8, HALVES_8), HALVES_8)
    _check_batch_view(ninth, load_batch(BATCH_9, HALVES_9), HALVES_9)
    _check_batch_view(tenth, load_batch(BATCH_10, HALVES_10), HALVES_10)
    _check_batch_view(eleventh, load_batch(BATCH_11, HALVES_11), HALVES_11)
    _check_batch_view(twelfth, load_batch(BATCH_12, HALVES_12), HALVES_12)
    _check_batch_view(thirteenth, load_batch(BATCH_13, HALVES_13), HALVES_13)
    _check_batch_view(fourteenth, load_batch(BATCH_14, HALVES_14), HALVES_14)
    _check_batch_view(fifteenth, load_batch(BATCH_15, HALVES_15), HALVES_15)
    _check_batch_view(sixteenth, load_batch(BATCH_16, HALVES_16), HALVES_16)
    _check_batch_view(seventeenth, load_batch(BATCH_17, HALVES_17), HALVES_17)
    _check_batch_view(eighteenth, load_batch(BATCH_18, HALVES_18), HALVES_18)
    _check_batch_view(nineteenth, load_batch(BATCH_19, HALVES_19), HALVES_19)
    _check_batch_view(twentieth, load_batch(BATCH_20, HALVES_20), HALVES_20)
    _check_batch_view(twenty_first, load_batch(BATCH_21, HALVES_21), HALVES_21)
