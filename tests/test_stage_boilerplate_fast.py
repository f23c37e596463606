"""The boilerplate stage's fast paths give what the slow paths they skip would give.

Each shortcut is checked against the plain loop it replaces, on lines built from the stage's own
furniture literals (so that many lines hit a kind) and on generated news.
"""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.document import line_key
from curate.stages.boilerplate import BoilerplateRemover, _fold, features
from curate.stages.boilerplate.model import load
from curate.synth import news_corpus
from tests.conftest import run_stage, seed_paragraphs

STAGE = BoilerplateRemover()
TABLE = STAGE._table
LITERALS = sorted(set(TABLE["furniture_keys"]) | TABLE["furniture_starts"].keys)
PIECES = st.one_of(
    st.sampled_from(LITERALS),
    st.sampled_from(LITERALS).map(str.upper),
    st.sampled_from(LITERALS).map(str.title),
    st.sampled_from(["Read more:", "Follow us", "©", "Photo:", "|", "2018", "the", "News"]),
    st.text(max_size=12),
)
LINES = st.lists(PIECES, min_size=1, max_size=8).map(" ".join)


def _furniture_slow(line: str) -> str | None:
    """Every furniture kind in order, as the stage did before it skipped kinds."""
    words = len(line.split())
    if words > TABLE["furniture_words"]:
        return None
    start = TABLE["furniture_start"]
    at_start = start is not None and start.match(line) is not None
    folded = _fold(line)
    found = {key for key in TABLE["furniture_keys"] if key in folded}
    for name, max_words, pattern in TABLE["furniture"]:
        if words <= max_words and pattern.search(line, folded, at_start, found):
            return name
    return None


def _news_lines() -> list[str]:
    lines = [line for doc in news_corpus(200, seed=7) for line in doc["text"].split("\n\n")]
    return [line.strip() for line in lines + seed_paragraphs(0) if line.strip()]


@settings(max_examples=400, deadline=None)
@given(LINES)
def test_furniture_skipping_kinds_finds_the_same_kind(line):
    present = TABLE["literals"].present(_fold(line))
    expected = _furniture_slow(line)
    assert STAGE._furniture(line) == expected
    assert STAGE._furniture(line, None, None, present) == expected


def test_furniture_skipping_kinds_on_news_and_seeds():
    lines = _news_lines()
    found = [STAGE._furniture(line) for line in lines]
    assert found == [_furniture_slow(line) for line in lines]
    assert any(found)  # the check saw kinds, not only lines that match none


def _repeat_slow(kept):
    table = TABLE["page_repeat"]
    size = table["min_lines"]
    worded = [(at, line_key(line)) for at, (_, _, line) in enumerate(kept)]
    worded = [(at, key) for at, key in worded if key]
    opening = [key for _, key in worded[:size]]
    if len(opening) < size or sum(len(key.split()) for key in opening) < table["min_words"]:
        return []
    for index in range(size, len(worded) - size + 1):
        if [key for _, key in worded[index : index + size]] == opening:
            before = sum(len(key.split()) for _, key in worded[:index])
            after = sum(len(key.split()) for _, key in worded[index:])
            if before >= table["min_share"] * after:
                return kept[worded[index][0] :]
    return []


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Good morning! This is the tech news you need to know this Tuesday.",
                "Good morning, this is the tech news you need to know this Tuesday",
                "The first story of the day is about chips and the companies making them.",
                "Stocks fell on Monday as investors weighed the rates outlook.",
                "-",
                "|",
                "Read more",
            ]
        ),
        max_size=14,
    )
)
def test_page_repeat_precheck_finds_the_same_copy(texts):
    kept = [(i * 100, i * 100 + len(text), text) for i, text in enumerate(texts)]
    assert STAGE._repeat(kept) == _repeat_slow(kept)


def test_tree_tables_are_built_with_the_model_and_score_like_the_tree_walk():
    """`load` builds each model's lookup table, so no document pays for it; the table gives
    the scores of the walk down the trees."""
    docs = [doc["text"].split("\n\n") for doc in news_corpus(50, seed=3)]
    for kind, model in load().items():
        assert "_paths" in model.__dict__, kind
        rows = [row for lines in docs for row in features.matrix(lines, None).rows]
        widths = {len(row) for row in rows}
        if widths != {len(model.names)}:  # the html model has link columns: add them as 0
            rows = [row + [0.0] * (len(model.names) - len(row)) for row in rows]
        leaves = model._leaves(np.asarray(rows))
        values = model.value[np.arange(model.feature.shape[0])[None, :], leaves]
        walked = 1.0 / (1.0 + np.exp(-(model.base + values.sum(axis=1))))
        assert model.scores(rows) == walked.tolist()


def _starts_slow(line: str) -> bool:
    start = TABLE["furniture_start"]
    return start is not None and start.match(line) is not None


@settings(max_examples=400, deadline=None)
@given(LINES)
def test_start_patterns_tried_by_their_literals_match_like_all_of_them(line):
    present = TABLE["literals"].present(_fold(line))
    assert TABLE["furniture_starts"].match(line, present) == _starts_slow(line)


def test_start_patterns_on_news_seeds_and_furniture_examples():
    lines = _news_lines() + [
        "Follow us on Twitter",
        "Updated: Tue., Nov. 19, 2019",
        "23.10.2018",
        "Tuesday, November 19, 2019",
        "Lesezeit: 3 Minuten",
        "Reporting by Jane Doe; Editing by John Roe",
        "© 2019 Reuters",
        "ANZEIGE - Jetzt kaufen",
        "jane.doe@example.com",
        "https://example.com/photo.jpg",
    ]
    starts = TABLE["furniture_starts"]
    found = [starts.match(line, TABLE["literals"].present(_fold(line))) for line in lines]
    assert found == [_starts_slow(line) for line in lines]
    assert sum(found) >= 8  # lines that start like furniture were among them


def _starts_of_kinds_slow(line: str, words: int) -> bool:
    """An anchored part of a kind judging lines of `words` words matches (each kind's own
    alternation): what `furniture_starts` answers, trying only some parts."""
    return any(
        max_words >= words and pattern.anchored is not None and pattern.anchored.match(line)
        for _, max_words, pattern in TABLE["furniture"]
    )


FURNITURE_STARTS = [
    "Updated: Tue., Nov. 19, 2019",
    "23.10.2018",
    "Tuesday, November 19, 2019",
    "Lesezeit: 3 Minuten",
    "© 2019 Reuters",
    "jane.doe@example.com",
    "https://example.com/photo.jpg",
    "Follow us on Twitter",
    "Kontakt:",
]


def test_start_patterns_of_the_kinds_a_line_length_reaches_match_like_each_kind():
    """`furniture_starts.match(line, present, words)` tries only the kinds judging lines of
    `words` words: every word count around every kind's limit gives what the kinds give."""
    limits = {max_words for _, max_words, _ in TABLE["furniture"]}
    counts = sorted({0, 1} | {w + d for w in limits for d in (-1, 0, 1)})
    starts = TABLE["furniture_starts"]
    answers = set()
    for line in FURNITURE_STARTS + _news_lines()[:300]:
        present = TABLE["literals"].present(_fold(line))
        for words in counts:
            expected = bool(_starts_of_kinds_slow(line, words))
            assert starts.match(line, present, words) == expected, (line, words)
            answers.add((line, expected))
    # some lines match up to a limit and not past it (a dateline: 12 words)
    assert {line for line, answer in answers if answer} & {line for line, a in answers if not a}


@settings(max_examples=300, deadline=None)
@given(LINES, st.integers(min_value=0, max_value=100))
def test_start_patterns_by_words_on_generated_lines(line, words):
    present = TABLE["literals"].present(_fold(line))
    assert TABLE["furniture_starts"].match(line, present, words) == bool(
        _starts_of_kinds_slow(line, words)
    )


def _place_columns_by_definition(lines: list[str], i: int) -> list[float]:
    """`body_words_share`, `words_above_share`, `nearby_words`, `nearby_body` of line `i`,
    computed as the columns are defined, one line at a time."""
    import math

    words = [len(line.split()) for line in lines]
    ends = [features._ends_sentence(line) for line in lines]
    body = {j for j in range(len(lines)) if words[j] >= features.BODY_WORDS and ends[j]}
    in_body = set(" ".join(line_key(lines[j]) for j in sorted(body)).split())
    long = {w for w in line_key(lines[i]).split() if len(w) >= 4 and not w.isdigit()}
    window = range(max(0, i - 3), min(len(lines), i + 4))
    return [
        sum(1 for w in long if w in in_body) / len(long) if long else -1.0,
        sum(words[:i]) / (sum(words) or 1),
        math.log1p(sum(words[j] for j in window) - words[i]),
        float(sum(1 for j in window if j in body and j != i)),
    ]


DOCUMENT_LINES = st.lists(
    st.one_of(
        st.sampled_from(seed_paragraphs(0)),
        LINES,
        st.sampled_from(["", "Photo: Reuters", "Read more", "| World |", "2019"]),
    ),
    min_size=1,
    max_size=16,
)


@settings(max_examples=200, deadline=None)
@given(DOCUMENT_LINES, st.booleans())
def test_running_sums_and_body_text_give_the_columns_as_defined(lines, html):
    names = features.names(html)
    columns = [
        names.index(name)
        for name in ("body_words_share", "words_above_share", "nearby_words", "nearby_body")
    ]
    linked = {line_key(line) for line in lines[::2]}
    judged = features.matrix(lines, None, linked, html)
    assert len(judged.index) == len(judged.rows)
    for i, row in zip(judged.index, judged.rows, strict=True):
        assert len(row) == len(names)
        assert [row[c] for c in columns] == _place_columns_by_definition(lines, i)


def test_a_line_met_again_in_another_document_is_not_judged_again(monkeypatch):
    """The rules' verdicts are shared by the documents of one configuration (a site's
    furniture, a wire story's copies): the second document's lines cost no verdict. A
    decorator moved off `_verdicts` once made every line judged again (boilerplate 8 to 19%
    slower on the bench) and left a cache of every line ever seen on another function."""
    import curate.stages.boilerplate as module

    calls = []
    judge = module.BoilerplateRemover._verdicts_of  # every verdict, a line's or a document's
    monkeypatch.setattr(
        module.BoilerplateRemover,
        "_verdicts_of",
        # `known`: the folded lines, their literals and their word counts
        lambda self, lines, *known: calls.extend(lines) or judge(self, lines, *known),
    )
    stage = module.BoilerplateRemover(rules=tuple(r for r in module.RULES if r != "line_model"))
    # the verdicts earlier tests left (and a cache near its bound) would hide the first judging
    module._verdicts(stage.rules_file, stage.rules).clear()
    text = "\n\n".join(
        ["Read Also: more news", "A paragraph of the story, told in full here.", "Sport"]
    )
    run_stage(stage, text, "A title")
    first = len(calls)
    run_stage(stage, text + "\n\nA line this document alone has.", "A title")
    assert first == 3 and len(calls) == first + 1
    assert not hasattr(module._is_prose, "cache_info")  # no unbounded cache of every line


def test_the_model_rounds_do_not_ask_around_again_what_the_rules_rounds_asked(monkeypatch):
    """When the model removes nothing, its rounds ask the rules that look at the lines around
    a line (`_around`) on the lines the rules' rounds settled on: the answer kept for the
    document is given, not worked out again (that was 5% of the stage on the bench); the
    output is the stage's as before."""
    import curate.stages.boilerplate as module

    asked = []
    anew = module.BoilerplateRemover._around_anew
    monkeypatch.setattr(
        module.BoilerplateRemover,
        "_around_anew",
        lambda self, doc, left, *state, **given: (
            asked.append([s for s, _, _ in left]) or anew(self, doc, left, *state, **given)
        ),
    )
    text = "\n\n".join(
        [
            "North Korea Fires Missile Near Japan",
            "North Korea fired a ballistic missile on Sunday that landed in the sea off the"
            " coast of Japan, officials in Tokyo and Seoul said, the latest in a series.",
            "The launch came days after talks between the two countries broke down over the"
            " sanctions, and drew condemnation from governments across the region at once.",
        ]
    )
    doc = run_stage(BoilerplateRemover(), text)
    assert doc.title == "North Korea Fires Missile Near Japan"
    assert len(asked) == len({tuple(left) for left in asked})  # each question once


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Headline", "  indented ", "\t", " ", "", "\r", "\u2003", "é ü", "-"]),
        max_size=12,
    ).map("\n".join)
)
def test_lines_cut_once_are_the_paragraph_spans_stripped(text):
    from curate.stages.base import paragraphs
    from curate.stages.boilerplate import _lines

    assert _lines(text) == [(s, e, text[s:e].strip()) for s, e in paragraphs(text)]


def test_lines_cut_once_on_news_and_seeds():
    from curate.stages.base import paragraphs
    from curate.stages.boilerplate import _lines

    texts = [doc["text"] for doc in news_corpus(50, seed=3)] + ["\n\n".join(seed_paragraphs(0))]
    for text in texts:
        assert _lines(text) == [(s, e, text[s:e].strip()) for s, e in paragraphs(text)]


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["North Korea fires missile", "Élan vital: Ärger über 5G", "A|B", "«Ça»", ""]),
    st.lists(
        st.sampled_from(
            [
                "North Korea fires a missile",
                "NORTH KOREA FIRES MISSILE - Remember 80",
                "élan vital ärger über 5g",
                "a b",
                "The story goes on with a sentence of its own.",
            ]
        ),
        max_size=5,
    ),
)
def test_title_repeats_read_the_titles_words_as_line_key_gives_them(title, texts):
    """`_duplicates` reads the title's words from its `features.facts` key: the same words as
    `line_key`, so the same repeats."""
    kept = [(i * 100, i * 100 + len(text), text) for i, text in enumerate(texts)]
    words = set(line_key.__wrapped__(title).split())
    count = 0
    while count < len(kept) and STAGE._repeats_title(words, kept[count][2]):
        count += 1
    assert STAGE._duplicates(title, kept) == (kept[:count] if count < len(kept) else [])


def _line_removals_slow(lines, verdicts, source=None, headline=None):
    """`_line_removals` as it was: every line walked, whatever the verdicts."""
    own_url = source.rstrip("/") if source else None
    tags = STAGE._section_tags(lines)
    if headline:
        tags.discard(headline.casefold())
    removals, in_list = [], 0
    for start, end, line in lines:
        rule = verdicts[line] if line in verdicts else STAGE._verdict(line)
        if rule is None and own_url is not None and line.rstrip("/") == own_url:
            rule = "url"
        if rule is None and tags and line.casefold() in tags:
            rule = "section_tag"
        if rule is None and in_list > 0 and STAGE._is_list_item(line, in_list):
            rule = "link_list"
        if rule:
            removals.append((rule, start, end))
        if rule == "link_list" or rule == "link_teaser" and (in_list or STAGE._opens_list(line)):
            in_list += 1
        elif rule != "dateline" or not in_list:
            in_list = 0
    return removals


LINE_POOL = [
    "The minister said the plan would be announced before the end of the month.",
    "Read more:",
    "DON'T MISS",
    "China furious at Macron for Hong Kong protest jibe",
    "North Korea",
    "Photo: AFP",
    "https://example.com/story",
    "Follow us on Twitter",
    "March 1, 2023",
    "Stocks fell on Monday as investors weighed the outlook for rates.",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(LINE_POOL), max_size=12),
    st.sampled_from([None, "https://example.com/story/"]),
    st.sampled_from([None, "North Korea"]),
    st.booleans(),
)
def test_line_removals_with_nothing_judged_to_go_find_what_the_walk_finds(
    texts, source, headline, judged
):
    lines = [(i * 100, i * 100 + len(text), text) for i, text in enumerate(texts)]
    verdicts = {text: STAGE._verdict(text) for text in texts} if judged else {}
    expected = _line_removals_slow(lines, dict(verdicts), source, headline)
    assert STAGE._line_removals(lines, dict(verdicts), source, headline) == expected
