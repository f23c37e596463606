"""The fast language detector against langdetect's own `Detector`: the same numbers, all of them.

`SeededDetector` reads its random draws off the seed's stream of Mersenne Twister words and
multiplies five n-gram vectors at a time; these tests compare every probability it returns
(the whole `langprob`, not only the best language) with langdetect's, seeded the same way, on
text in many scripts, short and long, with trials that stop at the first normalisation, after
hundreds of draws, and at langdetect's iteration limit.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from langdetect.detector import Detector
from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

from curate.stages.language import LanguageLabeler
from curate.stages.language_detector import FIRST_DRAWS, SeededDetectorFactory
from curate.stages.language_random import STREAM_WORDS, RandomStream
from curate.synth import news_corpus
from tests.test_stage_language import MANY_SCRIPTS

SCRIPTS = [
    "Η Βόρεια Κορέα εκτόξευσε το Σάββατο τουλάχιστον έναν βαλλιστικό πύραυλο.",
    "צפון קוריאה שיגרה ביום שבת לפחות טיל בליסטי אחד לעבר ים יפן.",
    "उत्तर कोरिया ने शनिवार को जापान सागर की ओर कम से कम एक बैलिस्टिक मिसाइल दागी।",
    "เกาหลีเหนือยิงขีปนาวุธอย่างน้อยหนึ่งลูกเมื่อวันเสาร์",
    "উত্তর কোরিয়া শনিবার অন্তত একটি ব্যালিস্টিক ক্ষেপণাস্ত্র উৎক্ষেপণ করেছে।",
    "வட கொரியா சனிக்கிழமை குறைந்தது ஒரு ஏவுகணையை ஏவியது.",
    "Kuzey Kore cumartesi günü en az bir balistik füze fırlattı.",
    "Korea Utara meluncurkan setidaknya satu rudal balistik pada hari Sabtu.",
    "Північна Корея в суботу запустила щонайменше одну балістичну ракету.",
    "Sjeverna Koreja je u subotu ispalila najmanje jednu balističku raketu.",
    "Pohjois-Korea laukaisi lauantaina ainakin yhden ballistisen ohjuksen.",
    "Észak-Korea szombaton legalább egy ballisztikus rakétát lőtt ki.",
    "Severní Korea v sobotu odpálila nejméně jednu balistickou raketu.",
    "Noord-Korea heeft zaterdag ten minste één ballistische raket afgevuurd.",
    "Nord-Korea skjøt lørdag opp minst én ballistisk rakett, og Danmark og Sverige reagerte.",
    "Mixed: Seoul 서울 and Tokyo 東京 and Москва and القاهرة in one line, 2024-05-01.",
    "Ok ok",  # langdetect's trials stop at its iteration limit (1,000 draws)
    "a",  # trials of hundreds of draws
    "I",
    "der die das",
    "no sí non",
    "șî în",
    "ŁÓDŹ GDAŃSK KRAKÓW",
    "\u0300\u0301\u0302 ̃",
    "",
    "1234 5678",
]


def _long_news(count: int) -> list[str]:
    return [doc["text"] for doc in news_corpus(count, seed=3, avg_bytes=3000)]


TEXTS = MANY_SCRIPTS + SCRIPTS + _long_news(6) + [" ".join(_long_news(8))]  # the last > 10,000


def _factories(seed):
    pair = DetectorFactory(), SeededDetectorFactory()
    for factory in pair:
        factory.load_profile(PROFILES_DIRECTORY)
        factory.seed = seed
    return pair


@pytest.fixture(scope="module")
def seeded():
    return {seed: _factories(seed) for seed in (0, 7, 123_456_789)}


def _langprob(factory, text: str, trials: int, alpha=None, prior=None):
    """Every language's probability (langdetect's `langprob`), or the error raised."""
    detector = factory.create(alpha)
    detector.n_trial = trials
    if prior is not None:
        detector.set_prior_map(prior)
    detector.append(text)
    try:
        best = [(p.lang, p.prob) for p in detector.get_probabilities()]
    except Exception as err:
        return type(err).__name__, str(err)
    return best, detector.langprob


class _Counting(Detector):
    """langdetect's detector, counting the normalisations of each trial (5 draws apart)."""

    def _init_probability(self):
        self.counts.append(0)
        return super()._init_probability()

    def _normalize_prob(self, prob):
        self.counts[-1] += 1
        return super()._normalize_prob(prob)


def _normalisations(factory, text: str, trials: int) -> list[int]:
    detector = _Counting(factory)
    detector.counts = []
    detector.n_trial = trials
    detector.append(text)
    detector.get_probabilities()
    return detector.counts


@pytest.mark.parametrize("trials", [1, 2, 3, 7])
@pytest.mark.parametrize("text", TEXTS)
def test_every_probability_is_langdetects(seeded, text, trials):
    for reference, fast in seeded.values():
        expected = _langprob(reference, text, trials)
        assert _langprob(fast, text, trials) == expected
        assert _langprob(fast, text, trials) == expected  # and again, from warm caches


def test_the_texts_reach_every_way_a_trial_ends(seeded):
    """The table has trials that stop as early as they can without a prior (the second
    normalisation), that need more draws than are first taken, and that stop at langdetect's
    iteration limit."""
    reference, _ = seeded[0]
    counts = []
    for text in TEXTS:
        try:
            counts += _normalisations(reference, text, 7)
        except Exception:  # no features
            continue
    limit = Detector.ITERATION_LIMIT // 5 + 1
    assert min(counts) == 2
    assert any(FIRST_DRAWS // 5 + 1 < count < limit for count in counts)
    assert max(counts) == limit


@pytest.mark.parametrize("text", ["Ok ok", "der die das", MANY_SCRIPTS[0], SCRIPTS[1]])
def test_alpha_and_prior_map_as_langdetect(seeded, text):
    reference, fast = seeded[0]
    for alpha, prior in [
        (0.1, None),
        (2.0, None),
        (None, {"en": 0.2, "de": 0.7, "he": 0.1}),
        (None, {"fr": 1.0}),  # one language from the start: stops at the first normalisation
    ]:
        assert _langprob(fast, text, 3, alpha, prior) == _langprob(reference, text, 3, alpha, prior)


def test_a_certain_prior_stops_at_the_first_normalisation(seeded):
    reference, _ = seeded[0]
    detector = _Counting(reference)
    detector.counts = []
    detector.set_prior_map({"fr": 1.0})
    detector.append("Ok ok")
    assert detector.detect() == "fr" and detector.counts == [1] * 7


@pytest.mark.parametrize("alpha", [None, 1e9])  # a huge alpha leaves every language < 0.1
@pytest.mark.parametrize("text", [*SCRIPTS[:4], "Ok ok", "a", "12 34"])
def test_best_is_the_first_of_langdetects_list(seeded, text, alpha):
    reference, fast = seeded[0]
    for trials in (1, 2, 7):
        listed = _langprob(reference, text, trials, alpha)
        detector = fast.create(alpha)
        detector.n_trial = trials
        detector.append(text)
        if isinstance(listed[0], str):  # langdetect raised: so does best()
            with pytest.raises(Exception, match=listed[1]):
                detector.best()
            continue
        best = detector.best()
        assert best == (listed[0][0] if listed[0] else None)
        if alpha:
            assert best is None


class _ListingDetector(Detector):
    """langdetect's detector, answering the stage's `best()` from its own sorted list."""

    def best(self):
        listed = self.get_probabilities()
        return (listed[0].lang, listed[0].prob) if listed else None


class _ListingFactory(DetectorFactory):
    def _create_detector(self):
        return _ListingDetector(self)


def test_stage_answers_as_with_langdetects_detector():
    """The stage, its sample and its retry on unsure answers, with either detector inside."""
    fast = LanguageLabeler()
    reference = LanguageLabeler()
    factory = _ListingFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.seed = reference.seed
    reference.__dict__["_factory"] = factory  # the cached_property's slot
    texts = [*_long_news(40), *SCRIPTS, "Ok ok no", "Danmark og Norge"]
    retried = 0
    for text in texts:
        assert fast.detect(text) == reference.detect(text)
        retried += reference._detect(text[: reference.max_chars], 2)[1] < reference.confident
    assert retried  # the longer second sample is compared too


def test_stream_is_pythons_random_words_and_grows():
    stream = RandomStream(5)
    size = STREAM_WORDS + 10
    stream.reach(size)
    rng = random.Random(5)
    assert stream.words[:size].tolist() == [rng.getrandbits(32) for _ in range(size)]


@pytest.mark.parametrize("count", [1, 2, 3, 5, 64, 65, 1000, 1024, 1025, 30_000])
def test_draws_are_random_choice(count):
    """From any word on, the draws are `choice`'s among `count`; each names the word it used."""
    stream = RandomStream(11)
    rng = random.Random(11)
    position = 0
    for skip, wanted in [(0, 1), (1, 40), (17, 300), (5, 3000)]:
        for _ in range(skip):
            rng.getrandbits(32)
        picks, places = stream.draws(position + skip, count, wanted)
        sequence = list(range(count))
        expected = [rng.choice(sequence) for _ in range(wanted)]
        assert picks.tolist() == expected
        position = int(places[-1]) + 1
        assert rng.getstate() == _moved(11, position).getstate()


def _moved(seed, words: int) -> random.Random:
    rng = random.Random(seed)
    for _ in range(words):
        rng.getrandbits(32)
    return rng


@pytest.mark.parametrize("position", [0, 1, 4, 623, 624, 625, 5000])
def test_gauss_pair_is_two_gauss_calls_from_that_word(position):
    rng = _moved(3, position)
    assert RandomStream(3).gauss_pair(position) == (rng.gauss(0.0, 1.0), rng.gauss(0.0, 1.0))
    assert rng.getstate() == _moved(3, position + 4).getstate()


def test_no_seed_still_detects():
    """langdetect without a seed draws at random; so does ours, and answers the same language."""
    factory = SeededDetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    detector = factory.create()
    detector.append(MANY_SCRIPTS[0])
    assert detector.detect() == "en"
    assert sum(detector.langprob) == pytest.approx(1.0)


_ALPHABETS = [
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßœšžčćđłńśźżăâîșțğış",
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИЙКЛМНОП",
    "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώΑΒΓΔΕ",
    "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
    "אבגדהוזחטיכלמנסעפצקרשת",
    "अआइईउऊएऐओऔकखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसह",
    "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年",
    "あいうえおかきくけこさしすせそアイウエオカキクケコ",
    "가나다라마바사아자차카타파하한국어서울",
    "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ",
    "\u0300\u0301\u0303\u0309\u0323",
    "0123456789.,;:!?'\"()-–—«»“”@/#%&",
]
_WORDS = st.text(st.sampled_from("".join(_ALPHABETS)), min_size=1, max_size=12)
_MIXED_TEXT = st.lists(
    st.tuples(_WORDS, st.sampled_from([" ", "  ", ", ", ". ", "\n", "-", " http://x.io/a "])),
    max_size=80,
).map(lambda parts: "".join(word + gap for word, gap in parts))
_ONE_SCRIPT = (
    st.sampled_from(_ALPHABETS)
    .flatmap(
        lambda letters: st.lists(
            st.text(st.sampled_from(letters), min_size=1, max_size=9), max_size=60
        )
    )
    .map(" ".join)
)


@settings(max_examples=200, deadline=None)
@given(st.one_of(_ONE_SCRIPT, _MIXED_TEXT), st.integers(1, 7), st.sampled_from([0, 7, 123_456_789]))
@example("Ok ok", 7, 0)
@example("a", 2, 7)
def test_matches_langdetect_on_generated_text(seeded, text, trials, seed):
    reference, fast = seeded[seed]
    assert _langprob(fast, text, trials) == _langprob(reference, text, trials)


# The text langdetect weighs: append (URL, e-mail, Vietnamese marks, spaces), cleaning_text ----
_EDGE_CHARS = (
    "aZ[\\]^_`@{}~ 09"  # `A`-`z` holds six signs; `@` and `{` lie just outside
    "\u00e9\u00ff\u0100\u02ff"  # Latin letters below U+0300: not counted either way
    "\u0300\u0301\u0303\u0309\u0323"  # from U+0300 on, with langdetect's Vietnamese marks
    "\u1e00\u1ea1\u1eff"  # Latin Extended Additional (langdetect counts these as non-Latin)
    "\u0436\u05d0\u0627\u4e2d\uac00\ufffd\U0001f600\U00020000"
    "\ud800\udfff"  # lone surrogates, as scraped text can carry them
)
_EDGE_TEXT = st.text(st.sampled_from(_EDGE_CHARS), max_size=40)


def _weighed_text(factory, text: str, cut: int) -> tuple[str, str]:
    detector = factory.create()
    detector.set_max_text_length(cut)
    detector.append(text)
    appended = detector.text
    detector.cleaning_text()
    return appended, detector.text


@settings(max_examples=300, deadline=None)
@given(_EDGE_TEXT, st.sampled_from([10, 10_000]))
@example(
    "Mail a.b@example.org or see https://x.io/p?q=1 and  Tie\u0302\u0301ng  Vie\u0323\u0302t",
    10_000,
)
@example("ab\u4e2d\u4e2d\u4e2d\u4e2d", 10_000)  # 2 * latin == non-Latin: kept
@example("ab\u4e2d\u4e2d\u4e2d\u4e2d\u4e2d", 10_000)  # 2 * latin < non-Latin: Latin dropped
@example("ab\u02ff\u02ff\u02ff\u02ff\u02ff", 10_000)  # below U+0300: not counted
@example("a\ud800\udfff\u0300", 10_000)
def test_appended_and_cleaned_text_is_langdetects(seeded, text, cut):
    reference, fast = seeded[0]
    assert _weighed_text(fast, text, cut) == _weighed_text(reference, text, cut)


def test_profiles_loaded_again_after_use(seeded):
    """Cleared and loaded with three profiles from JSON, after detecting with all 55: the
    n-grams and words met before are forgotten, the numbers are langdetect's with three."""
    from pathlib import Path

    profiles = [
        (Path(PROFILES_DIRECTORY) / code).read_text(encoding="utf-8") for code in ("de", "en", "nl")
    ]
    reference, fast = DetectorFactory(), SeededDetectorFactory()
    fast.load_profile(PROFILES_DIRECTORY)
    fast.seed = reference.seed = 0
    _langprob(fast, SCRIPTS[13], 2)  # Dutch: rows and words cached for 55 languages
    fast.clear()
    for factory in (reference, fast):
        factory.load_json_profile(profiles)
    for text in (SCRIPTS[13], MANY_SCRIPTS[0], "Ok ok"):
        assert _langprob(fast, text, 3) == _langprob(reference, text, 3)


_EVERY_ASCII = "".join(map(chr, range(128)))


def _ngrams(factory, text: str) -> list:
    """The n-grams a detector of `factory` draws from for `text`, in its order."""
    detector = factory.create()
    detector.append(text)
    detector.cleaning_text()
    return detector._extract_ngrams()


@pytest.mark.parametrize(
    "text",
    [
        _EVERY_ASCII,
        " ".join(_EVERY_ASCII),
        "Mr. O'Neil (NYC) paid $5,000 for 3 T-shirts; e-mail: no_reply@x.io!",
        _EVERY_ASCII + " Ça va? Ünïcödé",  # not ASCII: the general table
    ],
)
def test_ngrams_are_langdetects(seeded, text):
    """The n-grams langdetect draws from, in its order (ASCII text takes a bytes table)."""
    reference, fast = seeded[0]
    grams = [_ngrams(factory, text) for factory in (reference, fast)]
    assert grams[1] == grams[0] and grams[0]


# words where langdetect's per-character capital rule decides what is emitted: a capital first
# only (the fast slices), capitals inside, all capitals, titlecase letters, uncased scripts,
# words longer than the slices go (64 characters), and a word met twice
_WORD_PARTS = list("aBéÜǅßẞЖжςΣ中한١7_İ")
_HOSTILE_WORDS = [
    "minister",
    "Minister",
    "MINISTER",
    "mInister",
    "Minister" + "s" * 100,
    "x" * 63,
    "x" * 64,
    "X" + "x" * 200,
    "Москва",
    "МОСКВА",
    "ǅemal",
    "中华人民共和国",
    "Łódź",
]


@pytest.mark.parametrize("cut", [300, 10_000])
def test_ngrams_of_hostile_words_are_langdetects(seeded, cut):
    reference, _ = seeded[0]
    fast = SeededDetectorFactory()  # a fresh cache: each word's n-grams worked out here
    fast.load_profile(PROFILES_DIRECTORY)
    text = " ".join(_HOSTILE_WORDS * 2)[:cut]
    grams = [_ngrams(factory, text) for factory in (reference, fast)]
    assert grams[1] == grams[0] and grams[0]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(st.sampled_from(_WORD_PARTS), min_size=1, max_size=70), max_size=8))
def test_ngrams_of_generated_words_are_langdetects(seeded, words):
    reference, fast = seeded[7]
    text = " ".join(words)
    grams = [_ngrams(factory, text) for factory in (reference, fast)]
    assert grams[1] == grams[0]
