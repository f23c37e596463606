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


# SeededDetector: langdetect's numbers, exactly ---------------------------------------------------
MANY_SCRIPTS = [
    *SAMPLES.values(),
    SEED_003.read_text(encoding="utf-8"),
    "NASA and the FBI said the USA-based CEO of ACME Corp. was in NEW YORK on Monday.",
    "Visit https://example.com/a?b=c&d=e or write to press.office@example.org for details.",
    "Tiếng Việt có dấu: Hà Nội là thủ đô của nước Cộng hòa Xã hội chủ nghĩa Việt Nam.",
    "Tie\u0302\u0301ng Vie\u0323\u0302t (combining marks) ha\u0300 no\u0323i",
    "北朝鮮は土曜日、日本海に向けて弾道ミサイルを少なくとも1発発射した。",
    "朝鲜周六向日本海方向发射了至少一枚弹道导弹，韩国军方表示。",
    "북한은 토요일 동해상으로 탄도미사일을 최소 1발 발사했다고 합참이 밝혔다.",
    "Северная Корея в субботу запустила как минимум одну баллистическую ракету.",
    "أطلقت كوريا الشمالية صاروخا باليستيا واحدا على الأقل يوم السبت باتجاه بحر اليابان",
    "کره شمالی روز شنبه یک موشک بالستیک شلیک کرد",
    "Coreea de Nord a lansat sâmbătă cel puțin o rachetă balistică, șeful statului major.",
    "  leading   and   repeated   spaces ,  tabs\tand\nnew lines  ",
    "a",
    "A B C D",
    "ÉTATS-UNIS: LE PRÉSIDENT A PARLÉ — «  citation  » … fin",
    "x" * 3000,
]


def _probabilities(factory, text: str, trials: int):
    detector = factory.create()
    detector.n_trial = trials
    detector.append(text)
    try:
        return [(p.lang, p.prob) for p in detector.get_probabilities()]
    except Exception as err:  # the same error, too
        return type(err).__name__, str(err)


@pytest.fixture(scope="module")
def factories():
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    from curate.stages.language_detector import SeededDetectorFactory

    pair = DetectorFactory(), SeededDetectorFactory()
    for factory in pair:
        factory.load_profile(PROFILES_DIRECTORY)
        factory.seed = 0
    return pair


@pytest.mark.parametrize("trials", [2, 7])
@pytest.mark.parametrize("text", MANY_SCRIPTS)
def test_seeded_detector_gives_langdetects_exact_probabilities(factories, text, trials):
    reference, fast = factories
    expected = _probabilities(reference, text, trials)
    assert _probabilities(fast, text, trials) == expected
    assert _probabilities(fast, text, trials) == expected  # and again, from its warm caches


@settings(max_examples=150, deadline=None)
@given(hostile_text)
def test_seeded_detector_matches_langdetect_on_any_string(factories, text):
    reference, fast = factories
    assert _probabilities(fast, text, 2) == _probabilities(reference, text, 2)


def test_profile_probabilities_made_on_lookup_are_langdetects_own(factories):
    """Every n-gram of every profile gets the list langdetect's `add_profile` builds at load."""
    reference, fast = factories
    assert fast.langlist == reference.langlist
    assert len(fast.word_lang_prob_map) == len(reference.word_lang_prob_map)
    for gram, probabilities in reference.word_lang_prob_map.items():
        assert gram in fast.word_lang_prob_map
        assert fast.word_lang_prob_map[gram] == probabilities, gram
    assert "not an n-gram" not in fast.word_lang_prob_map


def test_a_sample_met_again_is_answered_as_before_without_detecting_it_again(monkeypatch):
    from curate.stages import language

    calls = []
    detect = LanguageLabeler._detect
    monkeypatch.setattr(
        LanguageLabeler, "_detect", lambda self, *args: calls.append(args) or detect(self, *args)
    )
    lead = SAMPLES["de"] * 3  # longer than a sample: the copies differ after it
    texts = [lead + " Ende.", SAMPLES["fr"], lead + " Schluss, anders.", SAMPLES["es"] * 2]
    stage = LanguageLabeler()
    answers = [stage.detect(text) for text in texts]
    assert len(calls) == 3  # the second copy of `lead` is not detected again
    assert answers == [LanguageLabeler().detect(text) for text in texts]
    monkeypatch.setattr(language, "ANSWERS_KEPT", 2)  # remembered answers are let go
    small = LanguageLabeler()
    assert [small.detect(text) for text in texts * 3] == answers * 3
    assert len(small._first_answers) <= 2
