"""The translation evaluation on a built-in clean English text, so it runs without ../shared."""

import json

import pytest

from curate.document import Document
from curate.evaluate import translation as evaluation
from curate.evaluate.inject import KINDS, available, inject, sites
from curate.evaluate.inject_varied import PLANTER as PLANTER_2
from curate.stages.translation import TranslationRepair

CLEAN = (
    "The minister said on Monday that the government would review the plan, which has been "
    "criticised by the opposition and by several unions in the capital. It was an unusual "
    "step. Mr. Lawan said the review would take an hour a day for a month. The senator "
    "Ahmad Lawan said the plan was “a real war on savings” and that it had cost 1.5 million "
    "euros. Mrs. Adedoyin told reporters that 5,000 people had signed a petition. The "
    "petition was sent to the committee. It asked for a public inquiry into the cost of the "
    "plan, which the committee said it would consider. Ms. Nzeribe added: “We will see.”\n\n"
    "The union said it would hold a vote in the spring. The vote was expected to pass, and "
    "the leaders of the union said they would call a strike if the plan went ahead. A "
    "spokesman for the ministry said the talks would go on. The talks were due to resume "
    "on Thursday with an offer of a one-off payment. The offer was described as “an insult” "
    "by the union leader Benjamin Nzeribe said on the radio."
)
STAGE = TranslationRepair()
DOCS = [("clean", CLEAN)]


def test_clean_text_is_left_alone():
    doc = STAGE.process(Document(id="clean", text=CLEAN))
    assert doc.text == CLEAN and not doc.edits
    assert doc.labels["mt_suspected"] is False


def test_every_kind_has_a_place():
    assert available(CLEAN) == list(KINDS)


def test_injection_is_deterministic():
    kinds = list(KINDS)
    first, again = inject(CLEAN, kinds, seed=7), inject(CLEAN, kinds, seed=7)
    assert first == again
    assert inject(CLEAN, kinds, seed=8) != first
    assert first.injected != first.reference
    for artifact in first.artifacts:
        end = artifact.ref_start + len(artifact.reference)
        assert first.reference[artifact.ref_start : end] == artifact.reference
        end = artifact.inj_start + len(artifact.injected)
        assert first.injected[artifact.inj_start : end] == artifact.injected
    assert evaluation.measure_recall(STAGE, DOCS, 3, 1) == evaluation.measure_recall(
        STAGE, DOCS, 3, 1
    )


@pytest.mark.parametrize("seed", range(5))
def test_recall_with_evidence(seed):
    """With every kind planted (10 per document) the bar is passed: all are repaired exactly."""
    recall = evaluation.measure_recall(STAGE, DOCS, 10, seed)
    assert len(recall) >= len(KINDS) - 2  # a short text: two places may collide
    for kind, (fixed, planted) in recall.items():
        assert fixed == planted, kind


@pytest.mark.parametrize("seed", range(3))
def test_recall_alone(seed):
    """One artifact per document: a lone slip of every rule is repaired."""
    recall = evaluation.measure_recall(STAGE, DOCS, 1, seed)
    assert set(recall) == set(KINDS)
    for kind, (fixed, planted) in recall.items():
        assert planted == 1
        assert fixed == 1, kind


def test_injected_forms_vary():
    """The planted forms are not only the one shape a rule looks for."""
    forms = {
        artifact.injected
        for seed in range(60)
        for kind in ("space_before_punct", "number_format", "guillemets", "space_inside_quotes")
        for artifact in inject(CLEAN, [kind], seed).artifacts
    }
    assert any("\u202f" in f for f in forms) and any("\u00a0" in f for f in forms)
    assert any(f.startswith("«") and f[1] not in " \u00a0\u202f" for f in forms)
    assert any(f.startswith("“ ") for f in forms)


def test_halves_split_the_gold():
    ids = [f"{n:064x}" for n in range(200)]
    assert {evaluation.half(i) for i in ids} == {"A", "B"}
    parts = [
        evaluation.measure_recall(STAGE, DOCS, 3, 1, keep=lambda i, h=h: evaluation.half(i) == h)
        for h in "AB"
    ]
    whole = evaluation.measure_recall(STAGE, DOCS, 3, 1)
    for kind, (fixed, planted) in whole.items():
        assert sum(p.get(kind, (0, 0))[0] for p in parts) == fixed
        assert sum(p.get(kind, (0, 0))[1] for p in parts) == planted


def test_repaired_checks_the_place_exactly():
    planted = inject(CLEAN, ["article"], seed=3)
    untouched = Document(id="x", text=planted.injected)
    assert not evaluation.repaired(planted.artifacts[0], untouched)
    fixed = STAGE.process(Document(id="x", text=planted.injected))
    assert evaluation.repaired(planted.artifacts[0], fixed)
    assert fixed.text == planted.reference


def test_run_skips_without_data(tmp_path):
    report = evaluation.run(tmp_path)
    assert report.startswith("skipped") and "\n" not in report


def test_run_prints_three_blocks(tmp_path):
    (tmp_path / "aeb").mkdir()
    gold = {"a": {"articleBody": CLEAN, "url": "u"}}
    (tmp_path / "aeb" / "ground-truth.json").write_text(json.dumps(gold))
    (tmp_path / "trafilatura").mkdir()
    pages = {
        "https://example.com/en": {"with": [CLEAN[:400], "Mr. Lawan said"], "without": []},
        "https://example.com/de": {"with": ["Die GEMA dreht völlig am Zeiger!"], "without": []},
    }
    (tmp_path / "trafilatura" / "evaldata.json").write_text(json.dumps(pages))
    report = evaluation.run(tmp_path)
    assert "False edits on clean English" in report
    assert "half A" in report and "half B" in report
    assert "trafilatura `with`  1 " in report  # the English page only
    assert "Repair recall" in report
    assert "Labelled translated" in report
    assert "Set 4: skipped, no benchmark pages" in report  # no pages to read the read pages from


# the second set: another planting procedure, other text ----------------------------------------
VARIED = (
    'The head of the audit office said: "The law will never be perfect." He spoke in 2012. '
    "The club sold 45,200 tickets, a record. The hosts won 6-2. The coach, Petr Kala, said "
    "they had a 20,000-seat arena and spent £312,455. Mr. Kala said so. Mrs. Novak said a "
    "plan of 1.5bn was (an early step), and the cost rose 4.5% in a year.\n"
    "Was it worth it?\n"
    'The the board met on Monday, and the report said "a real war" had begun. In 2013, the '
    "fee was $870,000. The report is here, and the fee is an 8-year deal with an FBI office."
)


def test_varied_planter_offers_every_kind():
    assert available(VARIED, PLANTER_2) == list(KINDS)


def test_varied_planter_is_another_procedure():
    """The second procedure plants in contexts the first does not."""

    def found(kind, planter=None):
        return {(VARIED[s.start - 12 : s.start], s.reference) for s in sites(VARIED, kind, planter)}

    numbers = {ref for _, ref in found("number_format", PLANTER_2)}
    assert {"312,455", "870,000", "20,000"} <= numbers  # before ".", ".", "-seat"
    assert not {"312,455", "870,000", "20,000"} & {r for _, r in found("number_format")}
    after = {before[-6:] for before, _ in found("sentence_case", PLANTER_2)}
    assert {"2012. ", " 6-2. "} <= after  # after a year and a score
    quotes = {ref for _, ref in found("guillemets", PLANTER_2)}
    assert '"The law will never be perfect."' in quotes  # straight quotes too
    marks = found("space_before_punct", PLANTER_2) - found("space_before_punct")
    assert any(before.endswith("2013") for before, _ in marks)  # after a year


def test_varied_injection_is_exact_and_deterministic():
    kinds = list(KINDS)
    first, again = inject(VARIED, kinds, 11, PLANTER_2), inject(VARIED, kinds, 11, PLANTER_2)
    assert first == again
    for artifact in first.artifacts:
        end = artifact.ref_start + len(artifact.reference)
        assert first.reference[artifact.ref_start : end] == artifact.reference
        end = artifact.inj_start + len(artifact.injected)
        assert first.injected[artifact.inj_start : end] == artifact.injected


@pytest.mark.parametrize("seed", range(3))
def test_varied_recall_alone(seed):
    """One artifact of each kind per document, in the second procedure's places: repaired."""
    recall = evaluation.measure_recall(STAGE, [("v", VARIED)], 1, seed, planter=PLANTER_2)
    missed = {k: n for k, n in recall.items() if n[0] != n[1]}
    assert sum(n[1] for n in recall.values()) >= len(KINDS)
    assert not missed, missed


def test_second_set_reads_wmt_references(tmp_path):
    (tmp_path / "xling").mkdir()
    rows = [
        {"id": "r1", "lang": "en", "role": "ref", "text": "Title\nOne.\nTwo.\nThree.\nFour."},
        {"id": "m1", "lang": "en", "role": "mt", "text": "Machine text."},
        {"id": "s1", "lang": "fr", "role": "src", "text": "Texte source."},
    ]
    path = tmp_path / "xling" / "newstest2013.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows))
    docs = evaluation.second_set(tmp_path)
    assert docs == [("r1", "Title\n\nOne. Two. Three.\n\nFour.")]
    assert evaluation.second_set(tmp_path / "missing") == []
