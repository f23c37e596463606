"""Quality measures on scripts written without spaces: Chinese, Japanese, Thai, Lao, Khmer, Myanmar.

Before the fix every such article counted as a handful of whitespace "words" and the news
recipe removed it as too_short (4 of 4 CJK articles of an audit; both Japanese articles of the
aeb benchmark's gold).
"""

import json
import re
from itertools import groupby
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.resources import data_file
from curate.stages.quality import QualityFilter
from curate.stages.spaceless import has_spaceless, split_words
from tests.conftest import run_stage

AEB_GOLD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "aeb" / "ground-truth.json"
SCRIPTS = data_file("spaceless_scripts.yaml")["scripts"]
LETTERLESS = re.compile(r"(?:[^\w\s]|[\d_])+")  # Gopher: a word with no letter ("2019")
NEWS = QualityFilter(min_words=50, filter=("too_short", "repeated_lines"))  # as in news.yaml

# short news paragraphs written for these tests (not taken from any site)
ZH = (
    "本市今年新建了三条地铁线路，乘客人数比去年增加了两成。交通部门表示，明年还将开通两条"
    "公交专线，并在老城区增设自行车道。市民普遍认为，出行比以前方便多了。\n\n"
    "据介绍，新线路全部采用无人驾驶技术，高峰时段每三分钟一班。有关负责人说，下一步将继续"
    "优化换乘站的设计，让乘客少走路、少排队。"
)
JA = (
    "東京都は今年の夏、市内の公園に新しい日陰の休憩所を二十か所つくると発表しました。暑さ"
    "から子どもやお年寄りを守るためです。\n\n都の担当者は「多くの人に気軽に使ってほしい」と"
    "話しています。休憩所には水飲み場とベンチも置かれ、夜まで使えるということです。"
)
TH = (
    "กรุงเทพมหานครประกาศว่าจะเปิดสวนสาธารณะแห่งใหม่ในเดือนหน้า "
    "ประชาชนสามารถเข้าใช้บริการได้ทุกวันตั้งแต่เช้าจนถึงค่ำ\n\n"
    "ผู้ว่าราชการกล่าวว่าสวนแห่งนี้จะมีทางเดินและลานกีฬาสำหรับเด็ก "
    "และจะปลูกต้นไม้เพิ่มอีกหนึ่งพันต้นภายในสิ้นปีนี้"
)
KO = (
    "서울시는 올해 여름 시내 공원에 그늘 쉼터 스무 곳을 새로 만든다고 밝혔다. "
    "더위로부터 어린이와 노인을 보호하기 위해서다. "
) * 6


def _weight(char: str) -> float:
    """1 / chars_per_word of the character's script in the data file, 0 if none."""
    for spec in SCRIPTS.values():
        if any(low <= ord(char) <= high for low, high in spec["ranges"]):
            return 1 / spec["chars_per_word"]
    return 0.0


def _reference_words(text: str) -> tuple[int, int]:
    """The definition, from the data file, without the module's code: each whitespace word cut
    at runs of the scripts' characters; a run is max(1, sum of 1 / chars_per_word) words; a
    piece between runs is a word when it has a letter or a digit. Also: how many of the
    words have no letter (Gopher's alpha_words), the runs being letters."""
    spaced, estimate, letterless = 0, 0.0, 0
    for word in text.split():
        groups = [(w > 0, "".join(g)) for w, g in groupby(word, key=_weight)]
        if not any(is_run for is_run, _ in groups):
            spaced += 1
            letterless += bool(LETTERLESS.fullmatch(word))
            continue
        merged: list[tuple[bool, str]] = []  # runs of characters of different scripts join
        for is_run, piece in groups:
            if merged and merged[-1][0] == is_run:
                merged[-1] = (is_run, merged[-1][1] + piece)
            else:
                merged.append((is_run, piece))
        for is_run, piece in merged:
            if is_run:
                estimate += max(1.0, sum(map(_weight, piece)))
            elif re.search(r"[^\W_]", piece):
                spaced += 1
                letterless += bool(LETTERLESS.fullmatch(piece))
    return spaced + int(estimate + 0.5), letterless


@pytest.mark.parametrize(
    ("script", "text"),
    [("zh", ZH), ("ja", JA), ("th", TH), ("ko", KO)],
)
def test_a_news_article_is_not_too_short(script, text):
    doc = run_stage(NEWS, text)
    quality = doc.labels["quality"]
    assert not doc.removed, (script, doc.removal)
    assert quality["words"] >= 50 and quality["flags"] == [], (script, quality)


@pytest.mark.parametrize(("script", "text"), [("zh", ZH), ("ja", JA), ("th", TH)])
def test_words_are_estimated_from_characters(script, text):
    assert NEWS.measure(text)["words"] == _reference_words(text)[0] > len(text.split())


def test_korean_is_counted_by_spaces():
    """Hangul is written with spaces between words: its count is the whitespace count."""
    assert not has_spaceless(KO)
    assert NEWS.measure(KO)["words"] == len(KO.split())


@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_a_run_counts_as_its_characters_over_the_script_word_length(script):
    low = SCRIPTS[script]["ranges"][0][0]
    run = "".join(chr(low + i % 8) for i in range(340))
    expected = int(340 / SCRIPTS[script]["chars_per_word"] + 0.5)
    assert NEWS.measure(run)["words"] == expected
    assert not run_stage(NEWS, run).removed


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # "iPhone" between two runs is a word: 1 + (7 + 3) / 1.7 = 1 + 5.88 rounded
        ("不正に改造したiPhoneを販売", 1 + 6),
        # "、" between two runs is not a word: (2 + 3) / 1.7 = 2.94 rounded
        ("先日、不正に", 3),
        # the year, and "年" as one word (a run is at least one)
        ("2019年", 2),
    ],
)
def test_mixed_words(text, words):
    split = split_words(text.split())
    assert len(split.spaced) + split.estimated == words == NEWS.measure(text)["words"]


def test_a_short_brief_is_still_too_short():
    doc = run_stage(NEWS, "本市明天有雨，气温下降五度。")
    assert doc.removal.rule == "too_short"
    assert "estimated from scripts written without spaces" in doc.removal.reason


def test_mean_word_length_is_not_flagged_on_estimated_words():
    """Gopher's 3-10 characters a word is for words between spaces; Chinese words are ~1.7."""
    quality = run_stage(QualityFilter(filter=()), ZH).labels["quality"]
    assert quality["mean_word_length"] < 3 and "mean_word_length" not in quality["flags"]
    english = run_stage(QualityFilter(filter=()), "a b c d e f g h " * 20)
    assert "mean_word_length" in english.labels["quality"]["flags"]


@pytest.mark.skipif(not AEB_GOLD.exists(), reason="../shared/eval/aeb not present")
def test_aeb_japanese_gold_articles_are_kept():
    gold = json.loads(AEB_GOLD.read_text(encoding="utf-8"))
    japanese = [
        page["articleBody"]
        for page in gold.values()
        if len(re.findall(r"[\u3040-\u30ff]", page["articleBody"])) > 100  # kana
    ]
    assert len(japanese) == 2
    for text in japanese:
        doc = run_stage(NEWS, text)
        assert not doc.removed and doc.labels["quality"]["words"] > 400, doc.labels["quality"]


SPACELESS_MIX = st.text(alphabet=st.sampled_from(list("aZ9_ 、。#…\n漢字かナกขເຂកខကခiP")))


@settings(max_examples=300, deadline=None)
@given(SPACELESS_MIX)
def test_counts_equal_the_reference_definition(text):
    measures = QualityFilter().measure(text)
    words, letterless = _reference_words(text)
    assert measures["words"] == words
    if words:
        assert measures["alpha_words"] == round((words - letterless) / words, 4)
        symbols = text.count("#") + text.count("...") + text.count("…")
        assert measures["symbol_ratio"] == round(symbols / words, 4)
