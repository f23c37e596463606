"""The `stories` corpus stage: one story across languages and translations."""

import json
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from curate import Pipeline
from curate.cli import app
from curate.corpus.dedup import SketchStore
from curate.corpus.fingerprints import Fingerprinter, normalise_number
from curate.corpus.stories import (
    Similarity,
    StoryClusters,
    idf,
    in_order,
    language_pairs,
    running_sums,
    weighted_jaccard,
)
from curate.document import Document, Edit
from curate.engines.local import LocalEngine
from curate.publish.validate import validate_folder

# A wire story: the French original, the agency's English translation, an English machine
# translation of the French (clumsy, labelled by the translation stage), and a German version.
FR = (
    "La présidente de la Banque centrale européenne, Christine Lagarde, a annoncé jeudi à "
    "Francfort une hausse des taux de 0,25 point, la première depuis 2011. Selon Eurostat, "
    "l'inflation a atteint 8,1 % en mai dans la zone euro. La BCE prévoit d'acheter 1 500 "
    "millions d'euros d'obligations italiennes, a précisé Philip Lane devant le Parlement "
    "européen à Strasbourg. Le gouverneur Joachim Nagel a salué une décision prise à "
    "l'unanimité par les 25 membres du conseil."
)
EN = (
    "The president of the European Central Bank, Christine Lagarde, announced on Thursday in "
    "Frankfurt a rate rise of 0.25 points, the first since 2011. According to Eurostat, "
    "inflation reached 8.1% in May in the euro area. The ECB plans to buy 1,500 million euros "
    "of Italian bonds, Philip Lane told the European Parliament in Strasbourg. Governor "
    "Joachim Nagel welcomed a decision taken unanimously by the 25 members of the council."
)
EN_MT = (
    "The president of the Bank central European, Christine Lagarde, has announced Thursday at "
    "Francfort a rise of the rates of 0.25 point, the first since 2011. According to Eurostat, "
    "the inflation has reached 8.1 % in May in the zone euro. The BCE foresees to buy 1 500 "
    "millions of euros of obligations Italian, has specified Philip Lane in front of the "
    "Parliament European at Strasbourg. The governor Joachim Nagel has greeted a decision "
    "taken at the unanimity by the 25 members of the council."
)
DE = (
    "Die Präsidentin der Europäischen Zentralbank, Christine Lagarde, kündigte am Donnerstag in "
    "Frankfurt eine Zinserhöhung um 0,25 Punkte an, die erste seit 2011. Laut Eurostat lag "
    "die Inflation im Mai bei 8,1 Prozent. Die EZB will italienische Anleihen für 1.500 "
    "Millionen Euro kaufen, sagte Philip Lane vor dem Europäischen Parlament in Strasbourg. "
    "Gouverneur Joachim Nagel begrüßte den einstimmigen Beschluss der 25 Mitglieder."
)
# another story, English only: nothing to compare it with
FLOOD = (
    "Heavy rain flooded parts of Valencia on Sunday, and the Spanish weather agency AEMET "
    "warned that 120 litres per square metre could fall in Castellón within 12 hours. Mayor "
    "María José Catalá said 2,300 people had been evacuated, while Renfe suspended trains to "
    "Barcelona and Madrid. The regional government of Generalitat Valenciana opened 14 "
    "shelters in Alzira and Gandia."
)
FLOOD_FR = (
    "De fortes pluies ont inondé une partie de Valence dimanche, et l'agence météorologique "
    "espagnole AEMET a averti que 120 litres par mètre carré pourraient tomber à Castellón en "
    "12 heures. La maire María José Catalá a indiqué que 2 300 personnes avaient été évacuées, "
    "tandis que Renfe suspendait les trains vers Barcelone et Madrid. Le gouvernement régional "
    "de la Generalitat Valenciana a ouvert 14 refuges à Alzira et Gandia."
)


def doc(doc_id, text, seq, lang, translated_from=None):
    labels = {"lang": lang}
    if translated_from:
        labels["translated_from"] = translated_from
    return Document(id=doc_id, text=text, seq=seq, labels=labels)


def corpus():
    return [
        doc("fr", FR, 0, "fr"),
        doc("en", EN, 1, "en"),
        doc("en-mt", EN_MT, 2, "en", translated_from="fr"),
        doc("de", DE, 3, "de"),
        doc("flood", FLOOD, 4, "en"),
    ]


def run_stage(stage, docs):
    state = stage.fit((d.seq, d.id, stage.sketch(d)) for d in docs)
    return state, {d.id: stage.apply(d, stage.decision_for(state, d.seq)) for d in docs}


# Fingerprints ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1,5", "1.5"),
        ("1.5", "1.5"),
        ("1 500", "1500"),
        ("1\u00a0500", "1500"),
        ("1,500", "1500"),
        ("1.500", "1500"),
        ("1,500.25", "1500.25"),
        ("1.500,25", "1500.25"),
        ("10 000 000", "10000000"),
        ("2.50", "2.5"),
        ("007", "7"),
    ],
)
def test_numbers_have_one_spelling(raw, expected):
    assert normalise_number(raw) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il y a 1,5 milliard d'euros.", {"1.5": "number"}),
        ("There are 1.5 billion euros.", {"1.5": "number"}),
        ("Depuis 2011, rien.", {"2011": "year"}),
        ("He saw 3 cars and 45 bikes.", {"45": "number"}),  # small integers are words too
        ("He met Petr Nečas there.", {"petr": "name", "necas": "name"}),
        ("Selon Aktuálně, rien.", {"aktual": "name"}),  # accents folded, cut to 6 letters
        ("The law is old.", {}),  # a capital at a sentence start is no name
        ('He said: "The law is old."', {}),
        ("It was Mr. Kala who spoke.", {"kala": "name"}),  # "Mr." ends no sentence
        ("Il parle de l'Europe.", {"europ": "name"}),
        ("We fly to Saint-Pétersbourg.", {"saint": "name", "peters": "name"}),
        ("Nous fûmes à Saint-Pétersbourg.", {"saint": "name", "peters": "name"}),
        # transliterations of one name: French, English, German
        ("He read Pouchkine.", {"pushki": "name"}),
        ("He read Pushkin.", {"pushki": "name"}),
        ("Er traf Wladimir Putin.", {"vladim": "name", "putin": "name"}),
        ("He met Vladimir Putin.", {"vladim": "name", "putin": "name"}),
        ("Il vit en Allemagne.", {"german": "name"}),  # an alias in stories.yaml
        ("He called on Monday in May.", {}),  # English capitalises days and months
        (
            "An Airbus A320 and COVID-19 tests.",
            {"airbus": "name", "a320": "code", "covid-19": "code"},
        ),
        ("The ODS party won.", {"ods": "code"}),
        ("NO THIRD PARTY SALES here.", {}),  # a line in capitals is not an acronym
        ("See https://example.org/a/b. Now.", {"https://example.org/a/b": "url"}),
        ("Write to @KalaM or #budget2013 now.", {"@kalam": "handle", "#budget2013": "handle"}),
    ],
)
def test_fingerprint_tokens_and_kinds(text, expected):
    assert Fingerprinter().tokens(text) == expected


def test_translations_share_their_fingerprint():
    """The French original and its English translation: the same numbers, years and names."""
    fingerprints = Fingerprinter()
    fr, en = fingerprints.tokens(FR), fingerprints.tokens(EN)
    shared = set(fr) & set(en)
    assert {"0.25", "2011", "8.1", "1500", "shrist", "lagard", "strasb"} <= shared


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None)
def test_fingerprint_never_crashes(text):
    tokens = Fingerprinter().tokens(text)
    assert set(tokens.values()) <= {"number", "year", "name", "code", "url", "handle"}
    assert Fingerprinter().tokens(text) == tokens


# Clusters and keep modes -----------------------------------------------------------------------


def test_versions_of_one_story_share_a_cluster_and_others_stay_alone():
    state, out = run_stage(StoryClusters(keep="label"), corpus())
    story = {out[i].labels["story_cluster"] for i in ("fr", "en", "en-mt", "de")}
    assert len(story) == 1 and None not in story
    assert out["flood"].labels["story_cluster"] is None
    assert out["flood"].labels["story_similarity"] is None
    assert all(0.3 <= out[i].labels["story_similarity"] <= 1 for i in ("fr", "en", "en-mt", "de"))
    assert not any(d.removed for d in out.values())
    # the representative: an original-language version (no `translated_from`), the longest
    assert story == {max(("fr", "en", "de"), key=lambda i: (len(out[i].text), i))}
    pairs = state.stats["clusters_by_language_pair"]
    assert pairs == {"de-en": 1, "de-fr": 1, "en-en": 1, "en-fr": 1}
    assert state.stats["clusters"] == 1 and state.stats["documents_in_clusters"] == 4


def test_per_language_removes_the_translated_copy_and_keeps_the_other_languages():
    _, out = run_stage(StoryClusters(keep="per_language"), corpus())
    removed = {i: d.removal for i, d in out.items() if d.removed}
    assert list(removed) == ["en-mt"]  # the machine translation, not the agency's English
    removal = removed["en-mt"]
    assert (removal.stage, removal.rule, removal.duplicate_of) == (
        "stories",
        "translated_copy",
        "en",
    )
    assert 0.3 <= removal.similarity <= 1
    assert out["en-mt"].labels["story_cluster"] == out["fr"].labels["story_cluster"]


def test_without_the_label_the_most_complete_version_is_kept():
    docs = corpus()
    del docs[2].labels["translated_from"]
    _, out = run_stage(StoryClusters(keep="per_language"), docs)
    longer, shorter = sorted(("en", "en-mt"), key=lambda i: -len(out[i].text))
    assert not out[longer].removed
    assert out[shorter].removal.duplicate_of == longer


def test_repairs_of_machine_translation_are_evidence_too():
    """No label, but the translation stage repaired the longer English version: it goes."""
    docs = corpus()
    del docs[2].labels["translated_from"]
    longer = max(("en", "en-mt"), key=lambda i: len(next(d for d in docs if d.id == i).text))
    target = next(d for d in docs if d.id == longer)
    target.edits.append(Edit("translation", "space_before_punct", "text", 0, "", ""))
    _, out = run_stage(StoryClusters(keep="per_language"), docs)
    assert out[longer].removed
    assert out[longer].removal.duplicate_of == ({"en", "en-mt"} - {longer}).pop()


def test_keep_one_keeps_a_single_version_per_story():
    _, out = run_stage(StoryClusters(keep="one"), corpus())
    kept = [i for i in ("fr", "en", "en-mt", "de") if not out[i].removed]
    assert len(kept) == 1
    assert all(
        out[i].removal.duplicate_of == kept[0] for i in ("fr", "en", "en-mt", "de") if i not in kept
    )
    assert not out["flood"].removed


@pytest.mark.parametrize("texts", [[], ["Too short."], ["Too short.", "Also short, two."]])
def test_a_corpus_with_no_fingerprint_to_compare_is_fitted(texts):
    # no document with a token to compare (none at all, or only short ones): nothing to join,
    # and no table of zero columns to divide by (a run of one short text once failed here)
    docs = [doc(f"d{i}", text, i, "en") for i, text in enumerate(texts)]
    state, out = run_stage(StoryClusters(), docs)
    assert all(d.labels.get("story_cluster") is None for d in out.values())


def test_an_english_document_with_no_other_english_version_is_never_removed():
    docs = [doc("fr", FLOOD_FR, 0, "fr"), doc("en", FLOOD, 1, "en"), doc("en2", EN, 2, "en")]
    _, out = run_stage(StoryClusters(keep="per_language"), docs)
    assert out["fr"].labels["story_cluster"] == out["en"].labels["story_cluster"] is not None
    assert not any(d.removed for d in out.values())


def test_a_document_of_unknown_language_is_never_removed():
    docs = corpus()
    docs[2].labels["lang"] = None
    _, out = run_stage(StoryClusters(keep="per_language"), docs)
    assert not out["en-mt"].removed
    assert out["en-mt"].labels["story_cluster"] is not None


def test_too_short_documents_are_counted_and_never_merged():
    short = "Officials in Paris and Berlin met in 2019 again."  # 3 tokens
    docs = [doc("a", short, 0, "en"), doc("b", short, 1, "en"), doc("c", short, 2, "fr")]
    state, out = run_stage(StoryClusters(keep="per_language"), docs)
    assert state.stats["too_short_to_fingerprint"] == 3
    assert state.stats["clusters"] == 0
    assert all(d.labels["story_cluster"] is None and not d.removed for d in out.values())
    # the same text with more tokens is a cluster: the count, not the text, kept them apart
    state, _ = run_stage(StoryClusters(keep="per_language", min_tokens=2), docs)
    assert state.stats["too_short_to_fingerprint"] == 0 and state.stats["clusters"] == 1


NAMES = ["Aldana", "Brevik", "Castellanos", "Dubois", "Esposito", "Fournier", "Gallagher", "Hakimi"]


def story_of(names):
    return " ".join(f"Then the council heard {name} speak." for name in names)


def test_shared_names_in_another_order_are_another_story():
    """Two stories drawing on one pool of names: same tokens, order not kept."""
    same = [doc("a", story_of(NAMES), 0, "en"), doc("b", story_of(NAMES), 1, "fr")]
    shuffled = [doc("a", story_of(NAMES), 0, "en"), doc("b", story_of(NAMES[::-1]), 1, "fr")]
    assert run_stage(StoryClusters(), same)[0].stats["clusters"] == 1
    assert run_stage(StoryClusters(), shuffled)[0].stats["clusters"] == 0
    assert run_stage(StoryClusters(min_order=0.0), shuffled)[0].stats["clusters"] == 1


def test_in_order_is_the_share_of_shared_tokens_in_one_order():
    tokens = np.array([10, 20, 30, 40], np.uint32)
    forward = np.array([0, 1, 2, 3], np.uint32)
    assert in_order(tokens, forward, tokens, forward) == 1.0
    assert in_order(tokens, forward, tokens, forward[::-1].copy()) == 0.25
    assert in_order(tokens, forward, np.array([99], np.uint32), np.array([0], np.uint32)) == 0.0


def test_language_pairs():
    assert language_pairs(["en", "fr", "en"]) == {"en-fr", "en-en"}
    assert language_pairs(["fr", "de"]) == {"de-fr"}


def test_result_does_not_depend_on_input_order():
    docs = corpus()
    state, _ = run_stage(StoryClusters(keep="per_language"), docs)
    reordered = [(d.seq, d.id, StoryClusters(keep="per_language").sketch(d)) for d in docs[::-1]]
    assert StoryClusters(keep="per_language").fit(reordered).decisions == state.decisions


def test_settings_are_checked():
    with pytest.raises(ValueError, match="stories.threshold"):
        StoryClusters(threshold=0)
    with pytest.raises(ValueError, match="stories.min_order"):
        StoryClusters(min_order=1.5)


# End to end ------------------------------------------------------------------------------------

RECIPE = {
    "name": "stories-test",
    "stages": ["translation", "language", {"stories": {"keep": "per_language"}}],
    "engine": {"batch_size": 2},
}


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stories")
    rows = [
        {"id": "fr", "text": FR},
        {"id": "flood", "text": FLOOD},
        {"id": "en", "text": EN},
        {"id": "de", "text": DE},
        {"id": "flood-fr", "text": FLOOD_FR},
        {"id": "en-copy", "text": EN_MT},
    ]
    path = folder / "crawl.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    recipe = folder / "recipe.yaml"
    recipe.write_text(json.dumps(RECIPE), "utf-8")  # JSON is YAML
    return path, recipe


def files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_byte_identical_for_any_worker_count(crawl, tmp_path):
    path, recipe = crawl
    outputs = []
    for workers in (1, 2):
        out = tmp_path / f"w{workers}" / "ds"  # the folder name goes in the card
        LocalEngine(workers=workers).run(Pipeline.from_recipe(recipe), [path], out)
        assert validate_folder(out) == []
        outputs.append(files(out))
    assert outputs[0] == outputs[1]
    assert any(name.startswith("removed/") for name in outputs[0])


def test_published_rows_report_and_card(crawl, tmp_path):
    path, recipe = crawl
    out = tmp_path / "out"
    LocalEngine(workers=1).run(Pipeline.from_recipe(recipe), [path], out)
    kept = {r["id"]: r for r in pq.read_table(next((out / "data").glob("*.parquet"))).to_pylist()}
    removed = [r for p in (out / "removed").glob("*.parquet") for r in pq.read_table(p).to_pylist()]
    # one of the two English versions goes (the machine translation carries no label here, so
    # the most complete text stays); the French and German versions stay
    [row] = removed
    assert (row["rule"], {row["id"], row["duplicate_of"]}) == ("translated_copy", {"en", "en-copy"})
    english = row["duplicate_of"]
    assert (
        kept["fr"]["story_cluster"] == kept[english]["story_cluster"] == kept["de"]["story_cluster"]
    )
    assert kept["flood"]["story_cluster"] == kept["flood-fr"]["story_cluster"] is not None
    assert kept["flood"]["story_cluster"] != kept["fr"]["story_cluster"]
    report = json.loads((out / "report.json").read_text("utf-8"))
    stories = report["corpus_stages"]["stories"]
    assert stories["clusters_by_language_pair"] == {"de-en": 1, "de-fr": 1, "en-en": 1, "en-fr": 2}
    assert stories["too_short_to_fingerprint"] == 0
    assert report["removed_by_rule"] == {"stories/translated_copy": 1}
    card = (out / "README.md").read_text("utf-8")
    assert "## One story, several languages" in card and "| en-fr | 2 |" in card


def test_explain_shows_the_shared_fingerprint_tokens(crawl, tmp_path):
    path, recipe = crawl
    out = tmp_path / "out"
    LocalEngine(workers=1).run(Pipeline.from_recipe(recipe), [path], out)
    [row] = [r for p in (out / "removed").glob("*.parquet") for r in pq.read_table(p).to_pylist()]
    result = CliRunner().invoke(app, ["explain", str(out), row["id"]])
    assert result.exit_code == 0, result.output
    assert "removed by stories/translated_copy" in result.output
    assert "fingerprint similarity" in result.output and "Jaccard" not in result.output
    assert f"fingerprint tokens shared with {row['duplicate_of']}" in result.output
    assert "Lagarde" in result.output and "0.25" in result.output
    rows = pq.read_table(next((out / "data").glob("*.parquet"))).to_pylist()
    [other] = [
        r["id"] for r in rows if r["id"].startswith("flood") and r["story_cluster"] != r["id"]
    ]
    kept = CliRunner().invoke(app, ["explain", str(out), other])
    assert kept.exit_code == 0, kept.output
    assert (
        "Catalá" in kept.output and "Castellón" in kept.output
    )  # a kept version: the tokens it shares with its story's


def test_ray_engine_publishes_the_same_bytes(crawl, tmp_path):
    """The stage fits on the driver under Ray: the local engine's decisions, the same bytes."""
    pytest.importorskip("ray")
    path, recipe = crawl
    outputs = []
    for engine in ("local", "ray"):
        out = tmp_path / engine / "ds"
        result = CliRunner().invoke(
            app,
            ["run", str(path), "--out", str(out), "--engine", engine, "--workers", "2"]
            + ["--recipe", str(recipe), "--quiet"],
        )
        assert result.exit_code == 0, result.output
        outputs.append(files(out))
    assert outputs[0] == outputs[1]
    assert any(name.startswith("removed/") for name in outputs[0])


def test_membership_table_and_binary_search_agree(monkeypatch):
    """Shared tokens are counted by table lookup on small corpora, by search past that."""
    docs = corpus() + [doc("flood-fr", FLOOD_FR, 5, "fr")]
    by_table = run_stage(StoryClusters(keep="per_language"), docs)[0]
    monkeypatch.setattr(Similarity, "TABLE_LIMIT", 0)
    by_search = run_stage(StoryClusters(keep="per_language"), docs)[0]
    assert by_table.decisions == by_search.decisions and by_table.stats == by_search.stats
    assert by_table.stats["clusters"] == 2


@pytest.mark.parametrize("table_limit", [Similarity.TABLE_LIMIT, 64])
def test_scores_at_least_keep_the_exact_score_of_every_pair_that_reaches_it(
    tmp_path, monkeypatch, table_limit
):
    """Pairs are pruned by a bound on what their shared tokens weigh: never one that reaches
    the threshold, and the scores kept are the exact ones, bit for bit."""
    monkeypatch.setattr(Similarity, "TABLE_LIMIT", table_limit)
    rng = np.random.default_rng(0)
    sets = [
        np.unique(rng.zipf(1.3, rng.integers(1, 30)) % 80).astype(np.uint32) for _ in range(200)
    ]
    store = SketchStore(tmp_path, 16)
    store.append(np.zeros((len(sets), 16), np.uint32), sets)
    store.close()
    pairs = np.array([(a, b) for a in range(len(sets)) for b in range(a + 1, len(sets))])
    values = np.unique(np.concatenate(sets))
    document_counts = np.array([sum(v in s for s in sets) for v in values.tolist()])

    def weight_of(tokens: np.ndarray) -> np.ndarray:
        return idf(document_counts[np.searchsorted(values, tokens)], len(sets))

    for weighted in (True, False):
        similarity = Similarity(store, weighted)
        exact = similarity.scores(pairs)
        for (a, b), score in zip(pairs[::97], exact[::97], strict=True):
            expected = weighted_jaccard(sets[a], sets[b], weight_of if weighted else None)
            assert score == pytest.approx(expected)
        for threshold in (0.1, 0.3, 0.5):
            pruned = similarity.scores(pairs, threshold)
            reach = exact >= threshold
            assert 0 < reach.sum() < len(pairs)
            assert np.array_equal(pruned >= threshold, reach)
            assert pruned[reach].tobytes() == exact[reach].tobytes()
            assert not pruned[~reach].any()


def test_hashes_keep_the_first_of_tokens_that_share_a_hash(monkeypatch):
    """Distinct tokens rarely share a 32-bit hash; when they do, the set holds the hash once,
    ranked where its first token stands (as `np.unique(..., return_index=True)`)."""
    import curate.corpus.fingerprints as fingerprints

    monkeypatch.setattr(fingerprints, "_hash", len)
    tokens = ["nagel", "2011", "ecb", "lagarde", "lane", "25", "frankfurt"]
    distinct, first = Fingerprinter().hashes(tokens)
    assert distinct.tolist() == [2, 3, 4, 5, 7, 9]
    assert first.tolist() == [5, 2, 1, 0, 3, 6] and first.dtype == np.uint32
    distinct, first = Fingerprinter().hashes(["bb", "a", "ccc"])  # no two alike
    assert distinct.tolist() == [1, 2, 3] and first.tolist() == [1, 0, 2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They flew the A320 and the F-16 past Kala.", {"a320": "code", "f-16": "code"}),
        # a digit after an apostrophe is not in the word: a name, then nothing
        ("He met O'Brien2 and Brien in Rome.", {"o'brie": "name", "brien": "name"}),
        ("Selon qu'Obama2 et l'Europe3, rien.", {"obama2": "code", "europe3": "code"}),
        # "AB--3" is no code (a double hyphen): "AB" is an acronym, the "3" too small
        ("The Abc_1 and Abc-1 and AB--3 units.", {"abc_1": "code", "abc-1": "code", "ab": "code"}),
        ("In 19th place, Nagel2x.", {"19": "number", "nagel2x": "code"}),  # an ordinal: its number
    ],
)
def test_a_capitalised_word_with_a_digit_ahead_is_a_code_or_a_word(text, expected):
    tokens = Fingerprinter().tokens(text, "en")
    assert {token: kind for token, kind in tokens.items() if token in expected} == expected
    assert set(expected) <= set(tokens)


def test_running_sums_add_one_value_at_a_time_in_each_segment():
    """Exactly the floats a Python loop adds up, whatever the sums of the segments before."""
    sizes = np.array([3, 0, 1, 4, 3])
    values = np.array([1e12, 0.1, 0.2, 0.3, 0.1, 0.2, 0.3, 1e-9, 5.0, 7.0, 2.5])
    expected: list[float] = []
    at = 0
    for size in sizes.tolist():
        total = 0.0
        for value in values[at : at + size].tolist():
            total += value
            expected.append(total)
        at += size
    assert running_sums(values, sizes).tolist() == expected
