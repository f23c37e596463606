"""End to end through the command line, on the seeds: the exact clean text, labels and files."""

import json
import subprocess
import sys

import datasets
import pytest
from typer.testing import CliRunner

from curate.cli import app
from curate.publish.validate import validate_folder
from tests.conftest import ROOT, SEEDS

runner = CliRunner()

EXPECTED_000_TITLE = "North Korea Provokes Tensions: Fires Missile Near Japan and Threatens the US"
EXPECTED_000_TEXT = "\n\n".join(
    [
        "North Korea has conducted a missile test, firing an intercontinental ballistic missile (ICBM) that flew for over 70 minutes, according to Japan’s Defense Ministry.",
        "The launch, which landed in waters near Japan, signifies a potential escalation in confrontation with the United States and its allies. North Korea had previously threatened to shoot down US military reconnaissance aircraft engaged in what it labeled “hostile espionage” near its territory.",
        "This missile launch and the accompanying fiery rhetoric from Pyongyang come at a time of heightened tensions on the Korean Peninsula as the defense cooperation between the US and South Korea intensifies. The timing of the launch appears to coincide with the NATO summit in Lithuania, where leaders from South Korea, Japan, and the US are discussing security matters, including the threat posed by North Korea.",
        "The missile, which flew a distance of 1,000 kilometers (621 miles) and reached an altitude of over 6,000 kilometers (3,700 miles), is believed to be the developmental Hwasong-18 ICBM. This solid-fuel weapon is considered harder to detect and intercept compared to North Korea’s other liquid-fuel ICBMs. However, there is no evidence to suggest that the missile can successfully deliver a nuclear payload.",
        "South Korean President Yoon Suk Yeol held an emergency National Security Council meeting in response to the missile launch during the NATO summit. Yoon expressed his intention to call for strong international solidarity against North Korea’s actions. Meanwhile, the NATO meeting issued a communiqué urging North Korea to abandon its ballistic missile and nuclear weapons programs.",
        "North Korea’s launch and its accusations against the US spy plane follow a pattern of inflating external threats to consolidate domestic support and justify weapons tests. The US and South Korea dismissed the accusations and called on North Korea to refrain from creating tensions with baseless claims.",
    ]
)

EXPECTED_003_TITLE = "North Korea fires a ballistic missile"
EXPECTED_003_TEXT = "\n\n".join(
    [
        "North Korea launched at least one ballistic missile on Saturday towards the Sea of Japan, according to the South Korean army, a new episode in the rise of tensions between the two neighbors a few days after an incursion of five Pyongyang drones into Seoul airspace.",
        "“North Korea fired an unidentified ballistic missile into the East Sea,” South Korea's Joint Chiefs of Staff said, referring to the Korean name for the Sea of Japan.",
        "In Tokyo, the Ministry of Defense also tweeted about the launch of “what appears to be a ballistic missile”.",
        "This new launch comes five days after the incursion of five North Korean drones into southern airspace, one of which had reached the north of the capital Seoul. Despite deploying fighter jets and attack helicopters for five hours, the South Korean military had failed to intercept these drones, which drew widespread criticism.",
        "This aerial incursion, the first of its kind in five years, has been called “intolerable” by South Korean President Yoon Suk-yeol, who has promised to impress on North Korea that “provocations will always have harsh consequences” for it.",
        "Thursday, the southern army carried out exercises with the aim of strengthening its anti-drone defense, according to the general staff.",
        "The new missile launch also comes during a major annual meeting of the ruling Workers' Party, where leader Kim Jong Un and other senior officials present their political goals for 2023 in key areas such as diplomacy, safety and economy.",
        "Since the beginning of 2022, North Korea has multiplied weapons tests. In particular, it tested an intercontinental ballistic missile (ICBM) in March for the first time in five years. Another North Korean ICBM fell off Japan on November 18.",
        "From September 25 to October 9, Pyongyang carried out a salvo of missile tests, one of which flew over Japan, which was also a first since 2017.",
        "“Tactical nuclear” simulations",
        "The regime presented this series of tests, personally supervised by Kim Jong Un, like “tactical nuclear” simulations in a “real war” situation.",
        "Then, in early November, the North again launched dozens of missiles in a few days, one of which fell very close to South Korea's territorial waters, leading the South Korean president to denounce a “de facto territorial invasion”.",
        "The North Korean regime claimed that the firings were a response to the largest US-South Korean air maneuvers in history, which were taking place at the same time in the South.",
        "During a giant military parade in late April in Pyongyang, Kim Jong Un promised to develop the country's nuclear forces “at the highest possible speed”. Seoul and Washington have since lent North Korea the intention of carrying out a nuclear test, which would be the first since 2017 and the seventh in its history.",
        "North Korean leaders say that a deterrent credible nuclear power is essential to the survival of their country, which says it is constantly threatened with aggression by the United States.",
        "For their part, the United States, South Korea and Japan have reinforced their military cooperation and joint maneuvers in the face of North Korean threats, especially since the announcement in September by Pyongyang of a new doctrine making its status as a nuclear power “irreversible” and authorizing it to carry out a preventive atomic strike in the event of existential threat against his regime.",
        "But this reinforcement has further irritated North Korea which, through its Foreign Minister Choe Son Hui, promised “ferocious” reprisals in mid-November. It continued.",
    ]
)


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    out = tmp_path_factory.mktemp("run") / "seeds"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "curate.cli",
            "run",
            str(SEEDS),
            "--out",
            str(out),
            "--workers",
            "2",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert f"published: {out}" in " ".join(done.stdout.split())
    return out


@pytest.fixture(scope="module")
def rows(published):
    ds = datasets.load_dataset(str(published), split="train")
    return {row["id"]: row for row in ds}


def test_load_dataset_opens_the_folder(rows):
    assert sorted(rows) == ["000_b17ce84f0a17cb7d", "003_e589d0cd6ea12ec2"]


def test_exact_clean_text_and_titles(rows):
    assert rows["000_b17ce84f0a17cb7d"]["title"] == EXPECTED_000_TITLE
    assert rows["000_b17ce84f0a17cb7d"]["text"] == EXPECTED_000_TEXT
    assert rows["003_e589d0cd6ea12ec2"]["title"] == EXPECTED_003_TITLE
    assert rows["003_e589d0cd6ea12ec2"]["text"] == EXPECTED_003_TEXT


def test_labels(rows):
    original, translated = rows["000_b17ce84f0a17cb7d"], rows["003_e589d0cd6ea12ec2"]
    assert original["lang"] == translated["lang"] == "en"
    assert original["lang_score"] > 0.99 and translated["lang_score"] > 0.99
    assert original["translated_from"] is None
    assert translated["translated_from"] == "fr"
    signals = {e["signal"] for e in translated["mt_evidence"]}
    assert {"space_before_punct", "article", "sentence_case", "gazetteer"} <= signals
    for row in rows.values():
        assert row["dup_cluster"] == row["id"] and row["dup_count"] == 1
        assert row["quality"]["flags"] == []
        assert "conflict" in row["tags"]
        assert row["source"].endswith(row["id"] + ".txt")
    # the photo caption "KCNA via REUTERS" left the text (boilerplate/caption); its credit stays
    assert original["credit"] == "Reuters" and translated["credit"] is None
    for row in rows.values():
        assert row["authors"] == [] and row["dateline"] is None and row["published"] is None


def test_every_edit_named(rows):
    rules = {(e["stage"], e["rule"]) for e in rows["000_b17ce84f0a17cb7d"]["edits"]}
    assert {
        ("unicode", "odd_space"),
        ("boilerplate", "caption"),
        ("boilerplate", "link_teaser"),
        ("boilerplate", "section_tag"),
        ("boilerplate", "headline"),
    } <= rules
    rules = {(e["stage"], e["rule"]) for e in rows["003_e589d0cd6ea12ec2"]["edits"]}
    assert {
        ("markup", "tag"),
        ("boilerplate", "duplicate_headline"),
        ("translation", "gazetteer"),
        ("translation", "article"),
    } <= rules


def test_folder_is_complete_and_valid(published):
    assert validate_folder(published) == []
    names = sorted(p.relative_to(published).as_posix() for p in published.rglob("*") if p.is_file())
    assert names == [
        "README.md",
        "data/train-00000-of-00001.parquet",
        "dedup_index/index.parquet",
        "jsonl/train-00000-of-00001.jsonl",
        "recipe.yaml",
        "report.html",
        "report.json",
    ]
    report = json.loads((published / "report.json").read_text(encoding="utf-8"))
    assert report["counts"] == {"read": 2, "kept": 2, "removed": 0, "quarantined": 0}
    card = (published / "README.md").read_text(encoding="utf-8")
    assert "| 2 | 2 | 0 | 0 |" in card and "boilerplate/caption" in card
    assert "num_examples: 2" in card


def test_cli_validate_and_explain(published):
    result = runner.invoke(app, ["validate", str(published)])
    assert result.exit_code == 0 and "valid (2 read = 2 kept" in result.output
    result = runner.invoke(app, ["explain", str(published), "000_b17ce84f0a17cb7d"])
    assert result.exit_code == 0
    assert "boilerplate/caption" in result.output and "ATTENTION EDITORS" in result.output
    result = runner.invoke(app, ["explain", str(published), "003_e589d0cd6ea12ec2", "--json"])
    explained = json.loads(result.output)
    assert explained["original"]["text"] == (SEEDS / "003_e589d0cd6ea12ec2.txt").read_text(
        encoding="utf-8"
    )


def test_same_bytes_with_one_worker(published, tmp_path):
    out = tmp_path / "seeds"
    result = runner.invoke(app, ["run", str(SEEDS), "--out", str(out), "--workers", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    for path in published.rglob("*"):
        if path.is_file() and path.name != "README.md":  # the card names its folder
            assert (out / path.relative_to(published)).read_bytes() == path.read_bytes()


def test_skip_stage(tmp_path):
    out = tmp_path / "nodedup"
    result = runner.invoke(
        app, ["run", str(SEEDS), "--out", str(out), "--skip", "dedup", "--workers", "1", "--quiet"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [s["stage"] for s in report["stages"]][-2:] == ["topics", "stories"]
    assert validate_folder(out) == []


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["run", "no/such/dir", "--out", "{tmp}/x"], 2, "no/such/dir: no such file or directory"),
        (
            ["run", str(SEEDS), "--out", "{tmp}/x", "--recipe", "{tmp}/bad.yaml"],
            2,
            "unknown setting 'min_wrds' (did you mean 'min_words'?)",
        ),
        (
            ["run", str(SEEDS), "--out", "{tmp}/x", "--skip", "dedupe"],
            2,
            "--skip: unknown stage 'dedupe' (did you mean 'dedup'?); the recipe news has",
        ),
        (["run", str(SEEDS), "--out", "{tmp}/x", "--engine", "spark"], 2, "unknown engine"),
        (
            ["run", str(SEEDS), "--out", "{tmp}/done"],
            2,
            "already exists; to replace it, pass --overwrite",
        ),
        (["validate", "{tmp}/nothing"], 2, "no such folder"),
        (["explain", "{tmp}/taken", "x"], 2, "not a curate output"),
    ],
)
def test_errors_are_one_clear_line(tmp_path, args, code, message):
    (tmp_path / "bad.yaml").write_text(
        "stages:\n  - quality:\n      min_wrds: 3\n", encoding="utf-8"
    )
    (tmp_path / "taken").mkdir()
    (tmp_path / "done").mkdir()  # a curate output, as its report.json says
    (tmp_path / "done" / "report.json").write_text('{"curate": "0.1.0"}', encoding="utf-8")
    result = runner.invoke(app, [a.replace("{tmp}", str(tmp_path)) for a in args])
    assert result.exit_code == code
    assert message in " ".join(result.output.split())
    assert "Traceback" not in result.output
    assert not (tmp_path / "x").exists()


def test_stages_lists_every_stage():
    from curate.recipe import load

    result = runner.invoke(app, ["stages"])
    for name in [entry["stage"] for entry in load("news")["stages"]]:
        assert f"{name} (" in result.output
    assert "min_words: int = 50" in result.output


def test_summary_names_every_edit_rule(published, capsys):
    from curate.cli import summarize

    report = json.loads((published / "report.json").read_text())
    summarize(report, published)
    shown = " ".join(capsys.readouterr().out.split())
    assert (
        "edits: translation 6 (space_before_punct 3, article 1, gazetteer 1, sentence_case 1)"
        in shown
    )
    for stage in report["stages"]:
        for rule, n in stage["edits"].items():
            assert f"{rule} {n}" in shown
