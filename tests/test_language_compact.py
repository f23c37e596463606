"""The compact profile table (data/language_profiles.npz) is langdetect's JSON profiles, n-gram
for n-gram and number for number; it is not read for other profiles; and the stage's answers
with it are langdetect's own."""

import shutil

import langdetect
import numpy as np
import pytest
from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

from curate.stages import language_compact
from curate.stages.language import LanguageLabeler
from curate.stages.language_detector import SeededDetectorFactory


def _dense(names, table):
    """Each n-gram's probabilities by language name, n-grams sorted: comparable whatever
    order the languages or n-grams were numbered in."""
    grams = sorted(table.known())
    matrix = np.zeros((len(grams), len(names)))
    columns = np.argsort(np.argsort(names))  # language number -> column of its sorted name
    for row, gram in enumerate(grams):
        matrix[row, columns] = table[gram]
    return grams, matrix


def _from_json(directory=PROFILES_DIRECTORY):
    factory = SeededDetectorFactory()
    DetectorFactory.load_profile(factory, directory)
    return factory


def test_the_stored_table_is_the_json_profiles():
    """Fails when the file was made from other profiles (`language_compact.write()`)."""
    stored = language_compact.load(PROFILES_DIRECTORY)
    assert stored is not None, "data/language_profiles.npz missing or made from other profiles"
    names, table = stored
    json = _from_json()
    assert names == json.langlist  # numbered as langdetect numbers them here
    assert table.langsize == json.word_lang_prob_map.langsize
    fresh_grams, fresh = _dense(json.langlist, json.word_lang_prob_map)
    grams, matrix = _dense(names, table)
    assert grams == fresh_grams
    assert np.array_equal(matrix, fresh)  # bit for bit: the same IEEE divisions


def test_the_factory_reads_the_stored_table():
    factory = SeededDetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    assert (
        factory.word_lang_prob_map.known() == language_compact.load(PROFILES_DIRECTORY)[1].known()
    )


def test_other_profiles_are_read_from_their_json(tmp_path):
    """A changed profile (another langdetect's) has another fingerprint: its JSON is read."""
    directory = tmp_path / "profiles"
    shutil.copytree(PROFILES_DIRECTORY, directory)
    (directory / "en").write_text((directory / "en").read_text().replace('"en"', '"en" '))
    assert language_compact.load(str(directory)) is None
    (directory / "en").unlink()  # one profile fewer: not the stored set either
    assert language_compact.load(str(directory)) is None
    factory = SeededDetectorFactory()
    factory.load_profile(str(directory))
    assert "en" not in factory.langlist and len(factory.langlist) == 54


@pytest.mark.parametrize(
    "text",
    [
        "The committee will publish its findings on the water supply next spring.",
        "Le conseil municipal a voté le budget mardi soir après un long débat.",
        "Die Regierung hat am Mittwoch neue Regeln für den Wohnungsbau beschlossen.",
        "Правительство объявило о новых мерах поддержки малого бизнеса.",
        "政府は来年度の予算案を閣議決定した。",
        "Hali ya hewa itakuwa ya joto kesho katika maeneo mengi ya pwani.",
    ],
)
def test_answers_are_langdetects(text, monkeypatch):
    monkeypatch.setattr(langdetect.DetectorFactory, "seed", 0)  # langdetect's own, seeded
    expected = langdetect.detect(text)
    assert LanguageLabeler().detect(text)[0] == expected


@pytest.mark.parametrize("shuffle", [lambda names: names[::-1], lambda names: sorted(names)])
def test_languages_are_numbered_as_this_machines_listing_numbers_them(shuffle, monkeypatch):
    """Another file system lists the profiles in another order: langdetect numbers the
    languages by it, and so does the stored table."""
    import os

    listdir = os.listdir
    monkeypatch.setattr(os, "listdir", lambda path: shuffle(listdir(path)))
    names, table = language_compact.load(PROFILES_DIRECTORY)
    json = _from_json()
    assert names == json.langlist == shuffle(listdir(PROFILES_DIRECTORY))
    assert (
        _dense(names, table)[1].tobytes()
        == _dense(json.langlist, json.word_lang_prob_map)[1].tobytes()
    )
    gram = "the"
    start, end = table._stretch(gram)
    assert table.languages[start:end].tolist() == sorted(table.languages[start:end].tolist())
