"""The word model: the line model's column for what a line says (`line_words`)."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.stages.boilerplate import line_words, model
from curate.stages.boilerplate.line_words import WordModel, fit, terms

pytest.importorskip("sklearn")


def test_terms_are_case_folded_words_with_digits_as_zero_and_word_pairs() -> None:
    assert terms("Photo: AFP 2019") == ["photo", "afp", "0000", "photo afp", "afp 0000"]
    assert terms("FOTO, Foto") == ["foto", "foto", "foto foto"]
    assert terms("") == []


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_digits_become_zero_and_nothing_else_changes(text: str) -> None:
    expected = "".join("0" if c in "0123456789" else c for c in text)
    assert text.translate(line_words.DIGITS) == expected


def test_the_digits_table_holds_every_ascii_character() -> None:
    # a character its table lacks costs `str.translate` a KeyError raised and caught: a line
    # of 83 characters took 8 us to translate with the digits alone in the table, 0.8 with all
    assert all(code in line_words.DIGITS for code in range(128))


def test_a_line_with_no_known_term_scores_the_bias() -> None:
    words = WordModel(bias=-1.5, weights={"photo": 2.0})
    assert words.margin("Nothing known here") == -1.5
    assert words.margin("") == -1.5


def test_counts_are_scaled_to_unit_length() -> None:
    words = WordModel(bias=0.0, weights={"photo": 2.0, "credit": 1.0})
    assert words.margin("photo") == pytest.approx(2.0)
    assert words.margin("photo credit") == pytest.approx(3.0 / 2**0.5)
    # the same term three times weighs what it weighs once
    assert words.margin("photo, photo, photo") == pytest.approx(2.0)


def _corpus(noise_word: str, sites: int, own: str | None = None) -> tuple[list, list, list, list]:
    """Lines of `sites` sites: noise lines say `noise_word` (and the first site's noise lines
    also say `own`), content lines do not."""
    lines, targets, weights, where = [], [], [], []
    for s in range(sites):
        for k in range(6):
            extra = f" {own}" if own and s == 0 else ""
            lines.append(f"{noise_word} number {k} here{extra}")
            targets.append(1)
            lines.append(f"the council met on day {k} and voted")
            targets.append(0)
            weights += [1.0, 1.0]
            where += [f"site{s}", f"site{s}"]
    return lines, targets, weights, where


def test_a_word_many_sites_share_is_learned_and_one_site_s_own_word_is_not() -> None:
    spec = fit(*_corpus("subscribe", sites=4, own="zanzibarnews"))
    words = WordModel.from_dict(spec)
    assert words.weights["subscribe"] > 0
    assert "zanzibarnews" not in words.weights  # on one site only: that site's vocabulary
    assert words.margin("Subscribe now") > words.margin("The council voted")


def test_a_word_on_too_few_sites_is_not_learned() -> None:
    spec = fit(*_corpus("subscribe", sites=line_words.MIN_SITES - 1))
    assert "subscribe" not in spec["weights"]


def test_terms_for_content_are_learned_too() -> None:
    spec = fit(*_corpus("subscribe", sites=4))
    assert spec["weights"]["subscribe"] > 0 > spec["weights"]["council"]


def test_training_is_deterministic() -> None:
    corpus = _corpus("newsletter", sites=5)
    assert json.dumps(fit(*corpus), sort_keys=True) == json.dumps(fit(*corpus), sort_keys=True)


def _tree(words: dict | None, weight: float) -> model.TreeModel:
    """One tree on feature `a`: log-odds -1 below 0.5, +1 above."""
    spec = {
        "features": ["a"],
        "base": 0.0,
        "depth": 1,
        "trees": [
            {
                "feature": [0, -2, -2],
                "threshold": [0.5, 0, 0],
                "left": [1, -1, -1],
                "right": [2, -1, -1],
                "value": [0.0, -1.0, 1.0],
            }
        ],
    }
    if words is not None:
        spec |= {"words": words, "words_weight": weight}
    return model.TreeModel.from_dict(spec)


def test_a_line_s_noise_words_raise_its_score_by_the_weight_of_their_evidence() -> None:
    tree = _tree({"bias": -1.0, "weights": {"subscribe": 4.0}}, 0.5)
    lines = ["Subscribe to our newsletter", "The council voted"]
    plain, said = tree.scores([[0.0], [0.0]]), tree.scores_said([[0.0], [0.0]], lines)
    assert said[1] == plain[1]  # no noise word: the trees' score
    # one known term, of unit length: evidence 4.0 over the bias, half of it added
    assert said[0] == pytest.approx(1 / (1 + math.exp(-(-1.0 + 0.5 * 4.0))))
    assert tree.words.top_terms(lines[0]) == [("subscribe", 4.0)]


def test_words_never_lower_a_score() -> None:
    # terms that speak for content leave the trees' scores as they are
    tree = _tree({"bias": 2.0, "weights": {"photo": -0.5}}, 1.0)
    rows = [[0.0], [1.0]]
    assert tree.scores_said(rows, ["photo", "photo"]) == tree.scores(rows)


def test_a_model_without_words_scores_its_rows_as_they_are() -> None:
    html = model.load()["html"]
    assert html.words is None
    rows = [[0.0] * len(html.names)]
    assert html.scores_said(rows, ["Subscribe now"]) == html.scores(rows)
    assert _tree(None, 0.0).scores_said([[1.0]], ["x"]) == _tree(None, 0.0).scores([[1.0]])


def test_the_shipped_plain_model_reads_the_words_of_many_sites() -> None:
    shipped = model.load()["plain"]
    assert shipped.words is not None and shipped.words_weight == line_words.WEIGHT
    assert len(shipped.words.weights) > 1000
    prose = "The council met on Tuesday and voted to close the school."
    assert shipped.words.margin(prose) < shipped.words.bias < shipped.words.margin("Share this")


def _story(top: str) -> str:
    from tests.conftest import seed_paragraphs

    body = [p for p in seed_paragraphs() if len(p) >= 200][:5]
    return "\n\n".join([top, *body])


def test_explain_shows_the_words_that_raised_a_removed_line(tmp_path) -> None:
    from typer.testing import CliRunner

    from curate.cli import app
    from curate.document import Document
    from curate.stages.boilerplate import BoilerplateRemover

    text = _story("By MARIA BRENNAN")
    doc = Document(id="s", text=text, title="A headline for the story")
    why = BoilerplateRemover().explain_line_model(doc)["By MARIA BRENNAN"]
    term, moved = why["top_words"][0]
    assert term == "by" and moved > 0
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "story.txt").write_text("A headline for the story\n\n" + text, encoding="utf-8")
    runner = CliRunner()
    out = tmp_path / "out"
    assert (
        runner.invoke(app, ["run", str(folder), "--out", str(out), "--skip", "dedup"]).exit_code
        == 0
    )
    shown = runner.invoke(app, ["explain", str(out), "story"])
    assert "its words: 'by' +" in shown.output, shown.output


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Photo", "photo", "AFP", "credit", "2019", "via", "de", ","])))
def test_a_lines_known_terms_are_those_of_its_terms(parts) -> None:
    # the pairs are written out only after a word that opens a known pair: the same terms in
    # the same order (the margin adds them up in that order), repeats included
    weights = {"photo": 1.0, "photo afp": 2.0, "afp photo": 0.5, "0000 via": 0.25, "de": 0.1}
    words = WordModel(bias=0.0, weights=weights)
    line = " ".join(parts)
    assert words._known_terms(line) == [term for term in terms(line) if term in weights]


def test_the_shipped_models_known_terms_on_the_seeds() -> None:
    from tests.conftest import SEEDS

    shipped = model.load()["plain"].words
    for seed in sorted(SEEDS.glob("*.txt")):
        for line in seed.read_text(encoding="utf-8").splitlines():
            known = [term for term in terms(line) if term in shipped.weights]
            assert shipped._known_terms(line) == known
