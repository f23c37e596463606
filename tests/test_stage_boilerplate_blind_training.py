"""The line blind batches as a training source (`boilerplate.train.blind_examples`): each site
half's model learns one half of the batches' outlets, and `line_blind` scores each half with the
model that never saw it, so no blind figure is in sample."""

from __future__ import annotations

import pytest

from curate.evaluate import line_blind
from curate.stages.boilerplate import train

# outlets of both halves, in several languages and shapes (not lines of the shipped batches)
OUTLETS = {"Gazette Un": 1, "Courrier Un": 1, "Zeitung Zwei": 2, "Wire Two": 2}
BATCH = """@doc g-1 en Gazette Un
C headline Council votes to reopen the river ferry after ten years
N byline By Ana Ruiz, staff writer
C body The ferry will run every half hour from May, the council said on Tuesday evening.

@doc c-1 fr Courrier Un
N section Économie
C body Les ventes de vélos ont doublé en un an dans la région, selon la chambre de commerce.
N caption Un magasin de vélos à Lyon. (Photo: Jean Martin)

@doc z-1 de Zeitung Zwei
C headline Neue Brücke über den Main eröffnet
N timestamp 12.03.2024, 14:05 Uhr
C body Die Brücke verbindet zwei Stadtteile, die bisher nur über eine Fähre verbunden waren.

@doc w-1 en Wire Two
N slug BC-US--Storms-Power,3rd Ld-Writethru
C body Storms left about 40,000 homes without power across three counties late on Sunday.
N related READ MORE: Cleanup crews expected to work through the weekend
"""


@pytest.fixture
def batches(tmp_path, monkeypatch):
    path = tmp_path / "line_blind_9.txt"
    path.write_text(BATCH, encoding="utf-8")
    found = ((path, OUTLETS),)
    monkeypatch.setattr(line_blind, "TRAINING_BATCHES", found)
    monkeypatch.setattr(train, "BLIND_WEIGHT", 3.0)  # shipped off (0): measured, not shipped
    return found


@pytest.mark.parametrize(
    ("halves", "outlets"),
    [
        (("A",), {"Gazette Un", "Courrier Un"}),
        (("B",), {"Zeitung Zwei", "Wire Two"}),
        (("A", "B"), set(OUTLETS)),
    ],
)
def test_a_site_halfs_model_learns_the_outlets_of_its_own_blind_half_only(batches, halves, outlets):
    sites: dict[str, str] = {}
    found = train.blind_examples(halves, sites)
    assert {sites[key] for key, *_ in found} == {f"blind:{name}" for name in outlets}
    assert all(len(lines) == len(labels) for _, lines, labels, *_ in found)


def test_the_blind_documents_reach_the_word_model_of_the_right_half_only(batches, monkeypatch):
    # the trees do not learn them (on the pages they cost content: see BLIND_WEIGHT); the word
    # model of the plain model learns them, each outlet one site, and the fingerprint sees it
    pytest.importorskip("sklearn")
    seen: list[tuple[list[str], list[str]]] = []
    real = train.line_words.fit

    def recording(lines, targets, weights, sites):
        seen.append((list(lines), list(sites)))
        return real(lines, targets, weights, sites)

    monkeypatch.setattr(train.line_words, "fit", recording)
    with_blind = {part: train.training_rows(None, (), (part,)) for part in ("A", "B")}
    learned = {part: seen[index] for index, part in enumerate(("A", "B"))}
    monkeypatch.setattr(line_blind, "TRAINING_BATCHES", ())
    without = {part: train.training_rows(None, (), (part,)) for part in ("A", "B")}
    body = {"A": "Les ventes de vélos", "B": "Storms left about 40,000 homes"}
    for part, other in (("A", "B"), ("B", "A")):
        lines, sites = learned[part]
        outlets = {site for site in sites if site.startswith("blind:")}
        assert outlets == {
            f"blind:{name}" for name, half in OUTLETS.items() if half == train.BLIND_HALF[part]
        }
        assert any(line.startswith(body[part]) for line in lines)
        assert not any(line.startswith(body[other]) for line in lines)
        assert with_blind[part][0] == without[part][0]  # the trees' rows: the same
        assert with_blind[part][1]["line_blind"] == 2 and without[part][1]["line_blind"] == 0


def test_a_word_model_learned_from_other_lines_makes_the_model_stale():
    # the blind lines reach the word model only, so the rows' fingerprint must cover it
    rows = ([[1.0, 0.5], [0.0, 2.0]], [0, 1], [1.0, 1.0])
    unseen = [("Photo: Jean Martin", 1, 3.0, "blind:Courrier Un")]
    relabelled = [("Photo: Jean Martin", 0, 3.0, "blind:Courrier Un")]
    assert train.rows_digest(rows, unseen) != train.rows_digest(rows, relabelled)
    assert train.rows_digest(rows, unseen) != train.rows_digest(rows)
    assert train.rows_digest(rows, []) == train.rows_digest(rows)  # none: the rows' own print


def test_each_blind_half_is_scored_by_the_model_that_never_saw_it(monkeypatch):
    monkeypatch.setattr(train, "BLIND_WEIGHT", 0.0)  # no model learned them: the shipped one
    assert line_blind.scoring_model(1) is None and line_blind.scoring_model(2) is None
    monkeypatch.setattr(train, "BLIND_WEIGHT", 3.0)
    assert line_blind.scoring_model(train.BLIND_HALF[train.TRAIN_HALF]) == str(
        train.holdout_file(train.HOLDOUT_HALF)
    )
    assert line_blind.scoring_model(train.BLIND_HALF[train.HOLDOUT_HALF]) is None  # shipped
    asked: list[str | None] = []
    real = line_blind.systems

    def recording(model_file=None):
        asked.append(model_file)
        return real(model_file)

    monkeypatch.setattr(line_blind, "systems", recording)
    line_blind.report(line_blind.parse(BATCH, OUTLETS), halves=OUTLETS)
    assert asked == [line_blind.scoring_model(1), line_blind.scoring_model(2)]


def test_with_blind_trees_the_trees_learn_the_blind_lines_of_their_own_half(batches, monkeypatch):
    # the recipe measured in session 48 (`BLIND_TREES`): the blind lines join the trees' rows
    # at `BLIND_WEIGHT`, each site half's model its own blind half, as the word model does
    pytest.importorskip("sklearn")
    monkeypatch.setattr(train, "BLIND_TREES", True)
    grown = {part: train.training_rows(None, (), (part,)) for part in ("A", "B")}
    monkeypatch.setattr(line_blind, "TRAINING_BATCHES", ())
    plain = {part: train.training_rows(None, (), (part,)) for part in ("A", "B")}
    for part in ("A", "B"):
        rows, targets, weights = grown[part][0]["plain"]
        before = len(plain[part][0]["plain"][0])
        assert len(rows) > before and len(targets) == len(weights) == len(rows)
        assert weights[before:] == [train.BLIND_WEIGHT] * (len(rows) - before)
        assert grown[part][0]["html"] == plain[part][0]["html"]  # plain text: no html rows
        assert not grown[part][3].get("plain")  # none left to the word model alone
