"""The boilerplate stage's line model: noise told by shape and place, on the ledger with a score.

The kinds are tested, not single lines: articles built from the seeds' own paragraphs get lines
of each kind of noise planted above or below the body, with names, places, dates and agencies
drawn at random in several shapes, and the share removed is measured per kind.
"""

import json
import random
from types import SimpleNamespace

import pytest

from curate.document import CAPTIONED_LINES, LINKED_LINES, Document, line_key, replay
from curate.stages.boilerplate import RULES, BoilerplateRemover, features, train
from curate.stages.boilerplate.model import TreeModel, load
from tests.conftest import assert_contract, run_stage, seed_paragraphs

STAGE = BoilerplateRemover()
RULES_ONLY = BoilerplateRemover(rules=tuple(r for r in RULES if r != "line_model"))
FIRST = ["Maria", "Jonas", "Aiko", "Pierre", "Fatima", "Tomasz", "Lucia", "Kwame", "Ingrid"]
LAST = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Novak", "Haddad", "Silva", "Brennan"]
PLACES = ["LAGOS", "OSLO", "Valparaiso", "KRAKOW", "Hobart", "TUNIS", "Winnipeg"]
MONTHS = ["Jan", "February", "Mar.", "April", "Sept.", "Oct", "December"]
AGENCIES = ["Reuters", "AFP", "AP", "dpa", "ANSA", "EFE", "Bloomberg", "Kyodo"]
SECTIONS = ["World", "Business", "Tech & Science", "Opinion", "Local News", "Sport"]


def _name(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _date(rng):
    return f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2005, 2024)}"


def _time(rng):
    return f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(['a.m.', 'PM', 'GMT'])}"


KINDS = {
    "byline": lambda r: r.choice(
        [f"By {_name(r).upper()}", f"by {_name(r)} and {_name(r)}", f"{_name(r)}, Staff Writer"]
    ),
    "time stamp": lambda r: r.choice(
        [f"Updated {_date(r)}, {_time(r)}", f"{_date(r)} {_time(r)}", f"Posted: {_date(r)}"]
    ),
    "credit": lambda r: r.choice(
        [f"Photo: {_name(r)} / {r.choice(AGENCIES)}", f"{r.choice(AGENCIES)} / {_name(r)}"]
    ),
    "section label": lambda r: r.choice(SECTIONS),
    "related headline": lambda r: (
        f"{r.choice(LAST)} {r.choice(['wins', 'loses', 'faces', 'backs'])} "
        f"{r.choice(['vote', 'appeal', 'title race', 'budget fight'])} "
        f"in {r.choice(PLACES).title()}"
    ),
}


def _article(rng, paragraphs, kind=None):
    """(title, lines, indexes of planted lines): a body of seed paragraphs, noise at its edges."""
    body = rng.sample(paragraphs, rng.randint(4, 7))
    lines = list(body)
    planted = []
    if kind is not None:
        top = [KINDS[kind](rng) for _ in range(rng.randint(1, 2))]
        bottom = [KINDS[kind](rng) for _ in range(rng.randint(0, 3))]
        lines = top + lines + bottom
        planted = [*range(len(top)), *range(len(top) + len(body), len(lines))]
    return "A headline for the story", lines, planted


@pytest.fixture(scope="module")
def paragraphs():
    """The seeds' article paragraphs, as the rules leave them (their captions are gone)."""
    from curate.document import Document
    from curate.stages.markup import MarkupStripper
    from curate.stages.unicode import UnicodeRepair

    found = []
    for paragraph in seed_paragraphs():
        doc = Document(id="p", text=paragraph)
        for stage in (UnicodeRepair(), MarkupStripper(), RULES_ONLY):
            doc = stage.process(doc)
        found += [line for line in doc.text.split("\n\n") if len(line) >= 80]
    return sorted(set(found))


# share of each planted kind the shipped model removes (measured: 0.95, 1.0, 0.93, 1.0, 1.0;
# the rules alone: 0, 0.74, 0, 0.39, 0.88). Since it learns the read pages' labels, where a
# short title-shaped line is a subheading or a deck as often as another story's headline, it
# keeps 4 of 59 planted headlines above the body and 4 of 64 below (it kept none before)
LEAST_REMOVED = {
    "byline": 0.85,
    "credit": 0.9,
    "related headline": 0.9,
    "section label": 0.95,
    "time stamp": 0.95,
}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_kind_of_noise_is_mostly_removed_and_the_body_kept(kind, paragraphs):
    def clean(title, lines, _):
        return run_stage(STAGE, "\n\n".join(lines), title).text

    body_kept, removed = _shares(random.Random(kind), paragraphs, kind, clean)
    assert body_kept >= 0.98, (kind, body_kept)
    assert removed >= LEAST_REMOVED[kind], (kind, removed)


def _shares(rng, paragraphs, kind, clean) -> tuple[float, float]:
    """(share of body lines kept, share of planted lines removed) over 40 planted articles;
    `clean(title, lines, planted indexes)` gives the cleaned text."""
    planted = removed = body = body_kept = 0
    for _ in range(40):
        title, lines, noise = _article(rng, paragraphs, kind)
        left = set(clean(title, lines, noise).split("\n\n"))
        for at, line in enumerate(lines):
            if at in noise:
                planted += 1
                removed += line not in left
            else:
                body += 1
                body_kept += line in left
    return body_kept / body, removed / planted


def test_a_clean_article_loses_nothing(paragraphs):
    rng = random.Random(7)
    for _ in range(30):
        title, lines, _ = _article(rng, paragraphs)
        text = "\n\n".join(lines)
        assert run_stage(STAGE, text, title).text == text


def test_removals_carry_their_score_on_the_ledger(paragraphs):
    title, lines, _ = _article(random.Random(1), paragraphs, "byline")
    raw = "\n\n".join(lines)
    doc = run_stage(STAGE, raw, title)
    scored = [e for e in doc.edits if e.rule == "line_model" and e.score is not None]
    # each at its line's bar: `prose_threshold` at least, `threshold` for a sentence
    assert scored and all(e.score >= STAGE.prose_threshold for e in scored)
    assert all(e.score >= STAGE.threshold for e in _sentences_removed(doc))
    assert all(e.score is None for e in doc.edits if e.rule != "line_model")
    assert replay({"text": raw, "title": title}, doc.edits)["text"] == doc.text


def test_threshold_trades_removals(paragraphs):
    title, lines, _ = _article(random.Random(5), paragraphs, "time stamp")
    raw = "\n\n".join(lines)
    strict = BoilerplateRemover(threshold=1.0, prose_threshold=1.0)
    assert not [e for e in run_stage(strict, raw, title).edits if e.rule == "line_model"]
    assert len(run_stage(BoilerplateRemover(threshold=0.3), raw, title).edits) >= len(
        run_stage(STAGE, raw, title).edits
    )


def test_never_the_whole_text_and_never_the_headline():
    raw = "By SAM ORTEGA\n\nUpdated Jan 3, 2020\n\nPhoto: AFP"
    doc = run_stage(STAGE, raw)
    assert doc.text.strip()
    # no title: the first line is the headline, which the model leaves (extract_title off)
    doc = run_stage(BoilerplateRemover(extract_title=False), "Storm hits coast\n\n" + raw)
    assert doc.text.startswith("Storm hits coast")


def test_idempotent_on_noisy_articles(paragraphs):
    rng = random.Random(11)
    for kind in KINDS:
        title, lines, _ = _article(rng, paragraphs, kind)
        once = run_stage(STAGE, "\n\n".join(lines), title)
        assert run_stage(STAGE, once.text, once.title).text == once.text


def test_html_pages_use_the_link_labels():
    models = load()
    assert set(models) == {"plain", "html"}
    tail = features.LINKS + features.CAPTIONS  # the reader's link and caption labels
    assert models["html"].names[-len(tail) :] == tail
    assert models["plain"].names == features.names(False)


def test_explain_names_the_features_that_moved_a_line(paragraphs):
    from curate.document import Document

    title, lines, _ = _article(random.Random(1), paragraphs, "byline")
    why = STAGE.explain_line_model(Document(id="a", text="\n\n".join(lines), title=title))
    assert "By MARIA BRENNAN" in why
    for reason in why.values():
        assert reason["score"] >= reason["threshold"] >= STAGE.prose_threshold
        names = [name for name, _ in reason["top_features"]]
        assert names and set(names) <= set(features.names(False))


def test_tree_scoring_matches_a_hand_walk():
    # two stumps on feature 0: the vectorised walk and a plain walk agree
    spec = {
        "features": ["a", "b"],
        "base": 0.5,
        "depth": 1,
        "trees": [
            {
                "feature": [0, -2, -2],
                "threshold": [1.0, -2, -2],
                "left": [1, -1, -1],
                "right": [2, -1, -1],
                "value": [0.0, -1.0, 2.0],
            },
            {
                "feature": [1, -2, -2],
                "threshold": [0.0, -2, -2],
                "left": [1, -1, -1],
                "right": [2, -1, -1],
                "value": [0.0, 0.25, -0.25],
            },
        ],
    }
    model = TreeModel.from_dict(spec)
    import math

    for x, margin in (([0.0, 0.0], 0.5 - 1.0 + 0.25), ([2.0, 1.0], 0.5 + 2.0 - 0.25)):
        assert model.scores([x])[0] == pytest.approx(1 / (1 + math.exp(-margin)))


def _random_tree(rng, features, depth, node=0, tree=None):
    """A random tree of `depth` levels, some branches cut short, in scikit-learn's layout."""
    tree = tree or {"feature": [], "threshold": [], "left": [], "right": [], "value": []}
    index = len(tree["feature"])
    for key in tree:
        tree[key].append(-1)
    tree["value"][index] = rng.uniform(-1, 1)
    if depth == 0 or rng.random() < 0.2:
        tree["feature"][index], tree["threshold"][index] = -2, -2.0
        return tree
    tree["feature"][index] = rng.randrange(features)
    tree["threshold"][index] = round(rng.uniform(-1, 1), 1)
    tree["left"][index] = len(tree["feature"])
    _random_tree(rng, features, depth - 1, node, tree)
    tree["right"][index] = len(tree["feature"])
    _random_tree(rng, features, depth - 1, node, tree)
    return tree


@pytest.mark.parametrize("depth", [1, 3, 5])
def test_table_scoring_equals_the_walk_down_the_levels(depth):
    # shallow trees are scored by looking up all their tests' outcomes at once, deep ones level
    # by level: the same scores, bit for bit, on values that fall on the thresholds too
    import numpy as np

    rng = random.Random(depth)
    spec = {
        "features": [f"f{i}" for i in range(6)],
        "base": 0.1,
        "depth": depth,
        "trees": [_random_tree(rng, 6, depth) for _ in range(40)],
    }
    model = TreeModel.from_dict(spec)
    rows = [[round(rng.uniform(-1.2, 1.2), 1) for _ in range(6)] for _ in range(300)]
    assert (model._paths is None) == (depth == 5)  # 31 split nodes: too many for a table
    walked = model.value[np.arange(40)[None, :], model._leaves(np.asarray(rows))]
    expected = 1 / (1 + np.exp(-(0.1 + walked.sum(axis=1))))
    assert model.scores(rows) == expected.tolist()
    assert [model.scores([row])[0] for row in rows[:20]] == expected[:20].tolist()


def test_body_paragraphs_are_not_judged_and_frame_the_rest(paragraphs):
    body = [p for p in paragraphs if len(p.split()) >= features.BODY_WORDS][:3]
    lines = ["Sponsored Links", body[0], "A subheading", body[1], body[2], "More news"]
    judged = features.matrix(lines, "A headline", set())
    assert judged.index == [0, 2, 5]
    names = features.names(False)
    rows = dict(zip(judged.index, judged.rows, strict=True))
    assert rows[0][names.index("above_body")] == 1.0
    assert rows[2][names.index("between_body")] == 1.0
    assert rows[2][names.index("previous_is_body")] == 1.0
    assert rows[5][names.index("below_body")] == 1.0


def test_the_documents_own_words_tell_a_subheading_from_a_menu(paragraphs):
    # no word list: a line naming what the body names is the story's, one that shares nothing
    # with it is not; the document's most frequent words are its function words
    body = [p for p in paragraphs if len(p.split()) >= 40][:4]
    named = [w for w in body[1].split() if len(w) >= 6 and w.isalpha()][:3]
    subheading = " ".join(named).title()
    lines = [subheading, *body, "Weather Horoscopes Lottery", "It is one of the things to see"]
    judged = features.matrix(lines, None, set())
    names = features.names(False)
    rows = dict(zip(judged.index, judged.rows, strict=True))
    share, common = names.index("body_words_share"), names.index("common_words_share")
    assert rows[0][share] == 1.0
    assert rows[5][share] == 0.0
    assert rows[5][common] == 0.0
    assert rows[6][common] >= 0.3


def test_lines_met_again_in_other_documents_give_the_same_output(paragraphs):
    # the verdicts and shapes kept across documents are pure: the order documents come in
    # changes nothing
    rng = random.Random(7)
    docs = [_article(rng, paragraphs, sorted(KINDS)[i % len(KINDS)]) for i in range(12)]

    def clean(order):
        out = {}
        for i in order:
            title, lines, _ = docs[i]
            doc = run_stage(STAGE, "\n\n".join(lines), title=title)
            out[i] = (doc.text, [e.rule for e in doc.edits])
        return out

    forward = clean(range(12))
    features._SHAPES.clear()
    assert clean(reversed(range(12))) == forward
    assert clean(range(12)) == forward


def _user_lines(tmp_path, paragraphs):
    rng = random.Random(1)
    path = tmp_path / "mine.jsonl"
    rows = []
    for number in range(30):
        kind = sorted(KINDS)[number % len(KINDS)]
        title, lines, noise = _article(rng, paragraphs, kind)
        labels = [0 if at in noise else 1 for at in range(len(lines))]
        rows.append({"id": f"d{number}", "title": title, "lines": lines, "labels": labels})
    path.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    return path


def test_training_on_your_own_lines_is_reproducible(tmp_path, paragraphs):
    pytest.importorskip("sklearn")
    path = _user_lines(tmp_path, paragraphs)
    outputs = []
    for name in ("one.json", "two.json"):
        out = tmp_path / name
        assert (
            train.main(
                ["--eval-dir", str(tmp_path / "none"), "--lines", str(path), "--out", str(out)]
            )
            == 0
        )
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    trained = load(str(tmp_path / "one.json"))
    assert set(trained) == {"plain", "html"}
    stage = BoilerplateRemover(model_file=str(tmp_path / "one.json"))
    title, lines, _ = _article(random.Random(9), paragraphs, "byline")
    assert run_stage(stage, "\n\n".join(lines), title).text


def test_the_shipped_model_is_what_make_train_gives_now():
    # "once lagged the rules for a session" happened twice: session 18's title fix moved the
    # plain rows' title columns, and `make train` no longer gave the shipped file until session
    # 19 retrained (found by `make eval`'s train_check). With the evaluation pages beside the
    # repo, the suite checks it (the rows of half A's pages: about 45 CPU s)
    from pathlib import Path

    from curate import resources

    eval_dir = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
    if not (eval_dir / "aeb").is_dir():
        pytest.skip("../shared/eval is not here")
    assert train.stale(resources.DATA_DIR / "line_model.json", eval_dir) == [], "run make train"


def test_a_model_whose_rows_the_code_no_longer_makes_is_stale(tmp_path, paragraphs):
    # the shipped model once lagged the rules for a session: its file records a fingerprint
    # of its training rows, and `make eval` (train_check) compares it with the rows made now
    pytest.importorskip("sklearn")
    path = _user_lines(tmp_path, paragraphs)
    out = tmp_path / "model.json"
    none = tmp_path / "none"
    assert train.main(["--eval-dir", str(none), "--lines", str(path), "--out", str(out)]) == 0
    assert train.stale(out, None, [path]) == []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    rows[0]["labels"][0] = 1 - rows[0]["labels"][0]  # one label changed: other rows
    changed = tmp_path / "changed.jsonl"
    changed.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    assert train.stale(out, None, [changed]) == ["plain", "html"]
    spec = json.loads(out.read_text(encoding="utf-8"))
    del spec["models"]["html"]["rows_sha256"]  # a file from before the fingerprint
    out.write_text(json.dumps(spec), encoding="utf-8")
    assert train.stale(out, None, [path]) == ["html"]


def test_bad_training_lines_name_the_file_and_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "lines": ["x", "y"], "labels": [1]}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.jsonl:1"):
        train.examples(None, [path])


def test_unloadable_model_file_fails_when_the_stage_is_built(tmp_path):
    with pytest.raises(ValueError, match="model_file"):
        BoilerplateRemover(model_file=str(tmp_path / "missing.json"))
    with pytest.raises(ValueError, match="threshold"):
        BoilerplateRemover(threshold=0.0)


@pytest.mark.parametrize("text", ["", "one line", "\n\n\n", "Jan 1, 2020\n\n" * 50, "a " * 5000])
def test_contract(text):
    assert_contract(STAGE, text)


def test_explain_prints_each_model_removal_with_its_score_and_features(tmp_path, paragraphs):
    from typer.testing import CliRunner

    from curate.cli import app

    title, lines, _ = _article(random.Random(1), paragraphs, "byline")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "story.txt").write_text("\n\n".join([title, *lines]), encoding="utf-8")
    out = tmp_path / "out"
    runner = CliRunner()
    result = runner.invoke(app, ["run", str(folder), "--out", str(out), "--skip", "dedup"])
    assert result.exit_code == 0, result.output
    shown = runner.invoke(app, ["explain", str(out), "story"])
    assert shown.exit_code == 0, shown.output
    assert "boilerplate/line_model" in shown.output
    assert "noise score 0." in shown.output and "top features:" in shown.output
    assert "(threshold 0." in shown.output  # the bar the line was judged at
    assert "top features: n/a" not in shown.output


def test_a_repeated_heading_of_the_story_stays_a_repeated_menu_label_goes(paragraphs):
    # the kind: a short line standing twice is a `section_tag` by rule; the model keeps the
    # ones in a heading's place naming what the body names (a page repeating its subheading),
    # and the rule still removes the section labels; `tag_veto: 0` lets the rule alone decide
    rng = random.Random(3)
    rule_alone = BoilerplateRemover(tag_veto=0)
    kept = {"heading": 0, "heading, rule alone": 0, "label": 0}
    for _ in range(40):
        body = rng.sample(paragraphs, rng.randint(4, 6))
        named = [w for w in body[1].split() if len(w) >= 6 and w.isalpha()]
        heading = " ".join(named[: rng.randint(2, 3)]).title()
        label = rng.choice(SECTIONS)
        lines = [label, body[0], heading, body[1], body[2], heading, *body[3:], label]
        raw = "\n\n".join(lines)
        doc = run_stage(STAGE, raw, "A headline for the story")
        left = doc.text.split("\n\n")
        kept["heading"] += left.count(heading) == 2
        kept["label"] += label in left
        alone = run_stage(rule_alone, raw, "A headline for the story").text.split("\n\n")
        kept["heading, rule alone"] += heading in alone
        assert run_stage(STAGE, doc.text, doc.title).text == doc.text  # idempotent
        assert {e.rule for e in doc.edits} == {"section_tag"}
    # measured: 39 of 40 headings kept twice (40 before the model learned the read pages; 37
    # once plain-text titles lost the site's name, a retrain that moved 39 pages' title columns;
    # 34 since a line's words add their evidence of noise: these headings are two or three of
    # the body's words, title-cased, and "Police", "Week" or "Updated" speak for noise on many
    # sites; on the read pages subheadings kept moved 0.98 -> 0.96 and 0.93 -> 0.92 of 53 / 90;
    # 32 with the model `make train` gives since the title fix of session 18, retrained in 19;
    # 30 retrained in session 34, when a headline under a section label became the title: the
    # rows of 1 in 8 plain-text training pages with such a first line changed; 23 retrained
    # again when a time alone on its line became a dateline, while on the read pages, the real
    # ones, subheadings kept moved 0.92 -> 0.93 (A) and 0.89 -> 0.88 (B) of 287 / 268); 30
    # with that model by session 53; 22 retrained in session 54, when `caption_place` (on by
    # default) joined the rules the training rows pass (the plain model's rows lost their
    # captions and credits: half A 22,967 -> 22,940), while on the read pages (`checked`, the
    # stage alone) subheadings kept stayed within a line
    assert kept["heading"] >= 22 and kept["heading, rule alone"] == 0 and kept["label"] == 0, kept


def test_scoring_a_huge_document_takes_bounded_memory_and_the_same_scores():
    """100,000 short lines are one document's rows: all trees' tests on all of them at once
    took 3.4 GB; scored a block of rows at a time, the scores are the same, bit for bit."""
    import tracemalloc

    import numpy as np

    model = load()["plain"]
    rng = np.random.default_rng(7)
    rows = rng.normal(size=(30_000, len(model.names))).tolist()
    tracemalloc.start()
    try:
        scores = model.scores(rows)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 100 * 2**20
    assert scores == model.scores(rows[:5000]) + model.scores(rows[5000:])


def _scores_line_by_line(model: TreeModel, rows: list[list[float]], lines: list[str]) -> list:
    """The reference: each line alone, its trees walked down the levels (no tables, no
    distinct tests), its words' margin by the definition (a Counter of `terms(line)`)."""
    import math
    from collections import Counter

    import numpy as np

    from curate.stages.boilerplate.line_words import terms

    words = model.words
    trees = np.arange(model.feature.shape[0])[None, :]
    scores = []
    for row, line in zip(rows, lines, strict=True):
        walked = model.value[trees, model._leaves(np.asarray([row], dtype=np.float64))]
        margin = model.base + walked.sum(axis=1)
        if words is not None and model.words_weight:
            counts = Counter(term for term in terms(line) if term in words.weights)
            said = 0.0
            if counts:
                norm = math.sqrt(sum(c * c for c in counts.values()))
                said = sum(words.weights[t] * c for t, c in counts.items()) / norm
            margin += model.words_weight * np.maximum(np.array([said]), 0.0)
        scores += (1.0 / (1.0 + np.exp(-margin))).tolist()
    return scores


def test_the_stages_scores_are_the_line_by_line_scores_bit_for_bit():
    """What the stage scores (rows by `features.matrix`, a document's lines at once through
    the tables, the words' margins from the lines' keys) equals scoring each line alone, on
    every judged line of the seeds and of generated news, in plain text and as HTML."""
    from curate.synth import news_corpus
    from tests.conftest import SEEDS

    documents = [
        (
            [line.strip() for line in seed.read_text(encoding="utf-8").split("\n") if line.strip()],
            None,
        )
        for seed in sorted(SEEDS.glob("*.txt"))
    ]
    documents += [
        ([line.strip() for line in doc["text"].split("\n") if line.strip()], doc.get("title"))
        for doc in news_corpus(150, seed=25)
    ]
    judged = 0
    for html in (False, True):
        model = load()["html" if html else "plain"]
        for number, (lines, title) in enumerate(documents):
            features._FACTS.clear()  # keys measured afresh, as for a new document
            if model.words is not None:
                model.words._margins.clear()
            linked = {line_key(line) for line in lines[number % 3 :: 3]} if html else None
            rows = features.matrix(lines, title, linked, html)
            texts = [lines[i] for i in rows.index]
            expected = _scores_line_by_line(model, rows.rows, texts)
            assert model.scores_said(rows.rows, texts) == expected
            judged += len(texts)
    assert judged > 1000


# a document of sentences is judged at `prose_threshold` ------------------------------------------
# the model's two bars alone: `other_stories` (on by default since session 54) takes a
# headline-shaped line below the story only where the model, scoring what would be left,
# removes nothing more, which at the lower bar it may: a lower bar would keep what it took;
# `media_places` (on since session 58) takes "Listen: ..." and "Watch: ..." at the story's edges
# at either bar, so it is no measure of the bars
PROSE = BoilerplateRemover(other_stories=False, media_places=False)
OFF = BoilerplateRemover(prose_threshold=None, other_stories=False, media_places=False)


def _prose_share(text: str) -> float:
    from curate.stages.boilerplate import _is_prose

    lines = [line for line in text.split("\n\n") if line.strip()]
    return sum(map(_is_prose, lines)) / len(lines)


def _sentences_removed(doc) -> list:
    from curate.stages.boilerplate import _is_prose

    return [e for e in doc.edits if e.score is not None and _is_prose(e.before.strip())]


def _scores(doc) -> list[float]:
    return [e.score for e in doc.edits if e.rule == "line_model" and e.score is not None]


# short lines a reader calls noise and the model is unsure of (scored 0.5 to 0.75 around seed
# paragraphs): prompts, teasers, captions, all without a closing stop
UNSURE = [
    lambda r: (
        f"{r.choice(['Watch', 'Gallery', 'Opinion', 'Listen'])}: "
        f"{r.choice(['the debate in full', 'scenes from the march', 'a missed chance'])}"
    ),
    lambda r: f"What the {r.choice(['vote', 'ruling', 'deal'])} means for you",
    lambda r: (
        f"A view of the {r.choice(['harbour', 'parliament', 'station'])} in "
        f"{r.choice(PLACES).title()}"
    ),
    lambda r: f"Tags: {', '.join(r.sample(['budget', 'vote', 'trade', 'energy'], 3))}",
    lambda r: "Listen to this story",
]


def test_in_a_document_of_sentences_short_lines_go_at_the_prose_threshold(paragraphs):
    """Unsure noise around seed paragraphs: where the lines left are mostly sentences the
    model removes at `prose_threshold`, more than at `threshold`, and never a body line."""
    rng = random.Random(13)
    planted = removed_on = removed_off = 0
    for _ in range(40):
        body = rng.sample(paragraphs, rng.randint(4, 7))
        top, bottom = rng.choice(UNSURE)(rng), rng.choice(UNSURE)(rng)
        title, raw = "A headline for the story", "\n\n".join([top, *body, bottom])
        on, off = run_stage(PROSE, raw, title), run_stage(OFF, raw, title)
        left_on, left_off = set(on.text.split("\n\n")), set(off.text.split("\n\n"))
        assert left_on <= left_off  # a lower bar removes what the higher one did, and more
        assert set(body) <= left_on
        assert all(score >= STAGE.prose_threshold for score in _scores(on))
        # a sentence is judged at `threshold` whatever the document
        assert all(e.score >= STAGE.threshold for e in _sentences_removed(on))
        planted += 2
        removed_on += (top not in left_on) + (bottom not in left_on)
        removed_off += (top not in left_off) + (bottom not in left_off)
    # measured: 0.85 of them at the prose threshold, 0.39 at `threshold` (0.95 and 0.74 before
    # the model learned the read pages, where "What the vote means for you" is a subheading)
    assert removed_on / planted >= 0.8 and removed_off / planted <= 0.6, (removed_on, removed_off)


def test_a_short_closing_sentence_is_judged_at_the_threshold_among_sentences(paragraphs):
    """The last line of a wire story ("Further talks are scheduled for next week.") is short
    and below the body, where the model expects credits and tags: it stays as without the
    setting, while an unfinished line in its place goes."""
    rng = random.Random(23)
    endings = [
        "Further talks are scheduled for next week.",
        "The story is developing and will be updated.",
        "Police said the investigation was continuing.",
        "The ministry did not comment.",
    ]
    for ending in endings * 5:
        body = rng.sample(paragraphs, rng.randint(4, 7))
        raw = "\n\n".join([*body, ending])
        on = run_stage(PROSE, raw, "A headline for the story")
        assert on.text == run_stage(OFF, raw, "A headline for the story").text
        assert on.text.endswith(ending)


def test_a_document_of_short_lines_keeps_the_higher_threshold(paragraphs):
    """A page of list items (a recipe, a spec sheet) around two paragraphs: under
    `prose_share` of sentences, it is judged at `threshold` exactly as without the setting."""
    rng = random.Random(17)
    items = ["Drink during your workout", "1 cup strawberries", "Slow cooker beef chili",
             "Advanced solid-state home button", "ECG app", "Meal prep menu for plan A",
             "Post-workout meal", "Still four Thunderbolt 3 ports"]  # fmt: skip
    judged = 0
    for _ in range(20):
        lines = [*rng.sample(paragraphs, 2), *rng.sample(items, 6), KINDS["byline"](rng)]
        rng.shuffle(lines)
        raw = "\n\n".join(lines)
        off = run_stage(OFF, raw, "A headline for the story")
        if _prose_share(off.text) < STAGE.prose_share:
            judged += 1
            assert run_stage(PROSE, raw, "A headline for the story").text == off.text
    assert judged >= 15


def test_idempotent_where_removals_cross_the_prose_share(paragraphs):
    """Documents made so that removing their noise moves the share of sentences across
    `prose_share`: the text the stage leaves is left as it is by a second run."""
    rng = random.Random(19)
    crossed = 0
    for _ in range(60):
        body = rng.sample(paragraphs, rng.randint(2, 5))
        noise = [KINDS[rng.choice(sorted(KINDS))](rng) for _ in range(rng.randint(1, 6))]
        lines = noise[: len(noise) // 2] + body + noise[len(noise) // 2 :]
        raw = "\n\n".join(lines)
        once = run_stage(STAGE, raw, "A headline for the story")
        crossed += _prose_share(raw) < STAGE.prose_share <= _prose_share(once.text)
        again = run_stage(STAGE, once.text, once.title)
        assert again.text == once.text and not _scores(again)
    assert crossed >= 10


@pytest.mark.parametrize(
    "settings",
    [
        {"prose_threshold": 1.2},
        {"prose_threshold": 0.1},  # under `tag_veto`
        {"prose_share": 1.5},
    ],
)
def test_prose_settings_out_of_range_fail_when_the_stage_is_built(settings):
    with pytest.raises(ValueError, match="prose_"):
        BoilerplateRemover(**settings)


def test_a_long_line_ending_with_a_colon_is_judged_as_a_sentence(paragraphs):
    """An AP story opens "HAYWARD, Calif. (AP) — The Latest on a deadly stabbing on a San
    Francisco Bay Area commuter train (all times local):" (scored 0.31: removed at the prose
    threshold with its dateline, before this); a label ending with a colon is short."""
    from curate.stages.boilerplate import _is_prose

    opening = (
        "HAYWARD, Calif. (AP) — The Latest on a deadly stabbing on a San Francisco Bay Area "
        "commuter train (all times local):"
    )
    assert _is_prose(opening) and not _is_prose("Read more:") and not _is_prose("See also: this")
    rng = random.Random(29)
    for _ in range(10):
        raw = "\n\n".join([opening, *rng.sample(paragraphs, rng.randint(4, 7))])
        on = run_stage(PROSE, raw, "The Latest: Man stabbed to death on a train")
        assert on.text == run_stage(OFF, raw, "The Latest: Man stabbed to death on a train").text


def _html_page(text: str, title: str | None, linked: list[str] = ()) -> Document:
    """A page as the HTML reader hands it on: its link labels present, so the stage scores it
    with the `html` model."""
    doc = Document(id="t", text=text, title=title, input_title=title)
    doc.labels[LINKED_LINES] = [line_key(line) for line in linked]
    return doc


# share of each planted kind the `html` model removes from a page the HTML reader read (related
# headlines linked, as another story's headline is). Learned from overlap labels alone (35 noise
# lines in 1,417) it removed 0.12, 0.80, 0.39, 0.85, 0.87; learning the read labels where a
# person read the page: 0.69, 1.0, 0.98, 0.97, 1.0.
HTML_LEAST_REMOVED = {
    "byline": 0.6,
    "credit": 0.95,
    "related headline": 0.9,
    "section label": 0.9,
    "time stamp": 0.95,
}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_the_html_model_removes_each_kind_of_noise_too(kind, paragraphs):
    def clean(title, lines, noise):
        # another story's headline on a web page is a link: the reader labels it so
        linked = [lines[at] for at in noise] if kind == "related headline" else []
        return STAGE.process(_html_page("\n\n".join(lines), title, linked)).text

    body_kept, removed = _shares(random.Random(f"html {kind}"), paragraphs, kind, clean)
    assert body_kept >= 0.98, (kind, body_kept)
    assert removed >= HTML_LEAST_REMOVED[kind], (kind, removed)


def test_html_lines_take_the_read_label_of_the_same_plain_line():
    # the reader gave "By  Jane Doe," as its plain line did (same words); the menu line was not
    # read (not in the plain text) and keeps its overlap label; an undecided reading stays None
    page = SimpleNamespace(
        plain_lines=["The headline", "By Jane Doe", "A body paragraph.", "Maybe a deck"],
        html_lines=[
            "The headline",
            "By  Jane Doe,",
            "A body paragraph.",
            "Home | World",
            "Maybe a deck",
        ],
        html_labels=[None, 1, 1, 0, 1],
    )
    assert train.html_labels(page, [1, 0, 1, None]) == [1, 0, 1, 0, None]
    assert train.html_labels(page, None) == [None, 1, 1, 0, 1]


# captions: a sentence about the story, its shape and place those of a short paragraph; on a
# web page the reader labels it by the image beside it (`io.captions`)
def _caption(rng) -> str:
    return rng.choice(
        [
            f"{_name(rng)} speaks to reporters in {rng.choice(PLACES).title()} on {_date(rng)}.",
            f"Residents clear debris from a street in {rng.choice(PLACES).title()}.",
            f"{_name(rng)}, left, and {_name(rng)} at the hearing",
            f"Police officers stand guard outside the court in {rng.choice(PLACES).title()}",
        ]
    )


def _captioned_article(rng, paragraphs) -> tuple[str, list[str], list[int]]:
    """(title, lines, caption indexes): captions between the body paragraphs."""
    lines = rng.sample(paragraphs, rng.randint(4, 7))
    planted = []
    for _ in range(rng.randint(1, 2)):
        at = rng.randint(1, len(lines) - 1)
        lines.insert(at, _caption(rng))
        planted = [i + (i >= at) for i in planted] + [at]
    return "A headline for the story", lines, sorted(planted)


def _caption_scores(paragraphs, labelled: bool) -> list[float]:
    """The `html` model's score of each caption of 40 pages, labelled by the reader or not."""
    model = load()["html"]
    rng = random.Random("captions")
    found = []
    for _ in range(40):
        title, lines, captions = _captioned_article(rng, paragraphs)
        label = {line_key(lines[at]) for at in captions} if labelled else None
        judged = features.matrix(lines, title, set(), True, label)
        scores = model.scores(judged.rows)
        found += [score for at, score in zip(judged.index, scores, strict=True) if at in captions]
    return found


def test_the_html_model_scores_captions_the_reader_labelled_as_noise(paragraphs):
    """Unlabelled, a caption between two paragraphs reads as one (the shipped model: 0.05 on
    average); labelled, its score rises (0.19), and a stage set to remove such lines does."""
    without = _caption_scores(paragraphs, labelled=False)
    labelled = _caption_scores(paragraphs, labelled=True)
    assert sum(labelled) / len(labelled) >= 2 * sum(without) / len(without)
    assert sum(a > b for a, b in zip(labelled, without, strict=True)) >= 0.9 * len(labelled)
    stage = BoilerplateRemover(threshold=0.12, prose_threshold=0.12, tag_veto=0.0)
    rng = random.Random("caption pages")
    removed = {True: 0, False: 0}
    for _ in range(20):
        title, lines, captions = _captioned_article(rng, paragraphs)
        for flag in (True, False):
            doc = _html_page("\n\n".join(lines), title)
            if flag:
                doc.labels[CAPTIONED_LINES] = [line_key(lines[at]) for at in captions]
            left = stage.process(doc).text.split("\n\n")
            assert all(lines[at] in left for at in range(len(lines)) if at not in captions)
            removed[flag] += sum(lines[at] not in left for at in captions)
    assert removed[True] >= removed[False] + 10, removed


def test_the_caption_label_is_used_up_and_read_by_the_html_model_only(paragraphs):
    title, lines, captions = _captioned_article(random.Random(3), paragraphs)
    doc = _html_page("\n\n".join(lines), title)
    doc.labels[CAPTIONED_LINES] = [line_key(lines[at]) for at in captions]
    assert CAPTIONED_LINES not in STAGE.process(doc).labels
    # plain text with the label (no reader gives it so): the plain model has no such column
    plain = Document(id="t", text="\n\n".join(lines), title=title, input_title=title)
    bare = STAGE.process(plain).text
    plain = Document(id="t", text="\n\n".join(lines), title=title, input_title=title)
    plain.labels[CAPTIONED_LINES] = [line_key(lines[at]) for at in captions]
    assert STAGE.process(plain).text == bare


def test_a_section_label_above_the_headline_goes_and_the_headline_is_the_title(paragraphs):
    # the kind: with no title, the headline stands under a section label or a breadcrumb; the
    # label is judged as any line (the model), the headline becomes the title, never judged
    rng = random.Random(11)
    labels = ["Sport", "WORLD", "Markets", "Opinion", "News | Local", "Home > News > Europe"]
    gone = 0
    for index in range(40):
        body = rng.sample(paragraphs, rng.randint(4, 6))
        label = labels[index % len(labels)]
        headline = " ".join(w.strip(".,;:\"'") for w in body[0].split()[:8]).capitalize()
        raw = "\n\n".join([label, headline, f"By {_name(rng)}", *body])
        doc = run_stage(STAGE, raw)
        assert doc.title == headline
        left = doc.text.split("\n\n")
        gone += label not in left
        assert all(paragraph in left for paragraph in body)
        assert run_stage(STAGE, doc.text, doc.title).text == doc.text  # idempotent
    # measured with the model retrained in session 34: 40 of 40 (before, a label of one word
    # stayed as the first line, kept as the headline, and a breadcrumb became the title)
    assert gone >= 36, gone
