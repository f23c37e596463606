import pytest
from hypothesis import given, settings

from curate.stages.language import LanguageLabeler, _sample
from tests.conftest import SEED_003, hostile_text, run_stage

STAGE = LanguageLabeler()

SAMPLES = {
    "en": "North Korea launched at least one ballistic missile on Saturday towards the Sea of "
    "Japan, according to the South Korean army.",
    "fr": "La Corée du Nord a lancé au moins un missile balistique samedi vers la mer du Japon, "
    "selon l'armée sud-coréenne.",
    "de": "Nordkorea hat am Samstag mindestens eine ballistische Rakete in Richtung des "
    "Japanischen Meeres abgefeuert, teilte das südkoreanische Militär mit.",
    "es": "Corea del Norte lanzó al menos un misil balístico el sábado hacia el mar de Japón, "
    "según el ejército surcoreano.",
}


@pytest.mark.parametrize(("lang", "text"), SAMPLES.items())
def test_labels(lang, text):
    doc = run_stage(STAGE, text)
    assert doc.labels["lang"] == lang
    assert 0.9 <= doc.labels["lang_score"] <= 1.0


def test_deterministic_across_instances():
    """langdetect samples at random; our seeded factory gives the same answer every time."""
    text = "Ambiguous short text, mostly names: Kim, Yoon, Pyongyang, Seoul."
    answers = {LanguageLabeler().detect(text) for _ in range(20)}
    assert len(answers) == 1


def test_no_features_is_unknown_not_an_error():
    doc = run_stage(STAGE, "12345 !!! 678")
    assert doc.labels["lang"] is None and doc.labels["lang_score"] == 0.0


def test_allow_list_removes_with_reason():
    stage = LanguageLabeler(allow=("en",))
    assert not run_stage(stage, SAMPLES["en"]).removed
    doc = run_stage(stage, SAMPLES["fr"])
    assert doc.removal.rule == "language" and "lang=fr" in doc.removal.reason


def test_max_chars_sample_cuts_at_a_word():
    text = "word " * 1000
    sample = _sample(text, 100)
    assert len(sample) <= 100 and sample.endswith("word")


def test_seed_003_english():
    doc = run_stage(STAGE, SEED_003.read_text(encoding="utf-8"))
    assert doc.labels["lang"] == "en"


@settings(max_examples=100, deadline=None)
@given(hostile_text)
def test_never_raises_and_never_edits(text):
    doc = run_stage(STAGE, text)
    assert doc.text == text and not doc.edits
