"""Every setting of every shipped stage, fed a wrong value, stops the run before any work.

The README promises "errors that stop a run are one line naming the file, line or recipe key;
exit 2: nothing was done". This walks `curate stages` (so a new setting cannot be forgotten)
and, for each setting, runs `curate run` with a wrong value of the wrong type and, where the
type admits one, a wrong value of the right type.
"""

import re

import pytest
import yaml
from typer.testing import CliRunner

from curate.cli import app
from tests.conftest import SEEDS

runner = CliRunner()

# A value of the right type that is still wrong, for each setting ({tmp}: a scratch folder
# holding `list.yaml`, which parses but is a list, and `broken.yaml`, which does not parse).
WRONG_VALUE = {
    ("boilerplate", "rules_file"): ["nothere.yaml", "{tmp}/list.yaml", "{tmp}/broken.yaml"],
    ("boilerplate", "rules"): [["caption", "no_such_rule"]],
    ("boilerplate", "threshold"): [0.0, 1.5],
    ("boilerplate", "model_file"): ["nothere.json", "{tmp}/list.yaml", "{tmp}/broken.yaml"],
    ("bylines", "kinds"): [["byline", "no_such_kind"]],
    ("bylines", "notes"): [["issuer", "no_such_note"]],
    ("bylines", "head_lines"): [-1],
    ("bylines", "tail_lines"): [-1],
    ("bylines", "standing_lines"): [-1],
    ("bylines", "max_words"): [0],
    ("bylines", "harvest_stages"): [["no_such_stage"]],
    ("bylines", "rules_file"): ["nothere.yaml", "{tmp}/list.yaml", "{tmp}/broken.yaml"],
    ("dedup", "threshold"): [0.0, 1.5],
    ("dedup", "num_perm"): [4],
    ("dedup", "ngram"): [0],
    ("dedup", "seed"): [-1],
    ("dedup", "memory_mb"): [-1],
    ("dedup", "run_window"): [1],
    ("dedup", "recall_weight"): [1.0],
    ("language", "allow"): [["english"], ["EN"]],
    ("language", "min_score"): [1.5],
    ("language", "max_chars"): [0],
    ("language", "trials"): [0],
    ("language", "confident"): [-0.1],
    ("language", "retry_chars"): [0],
    ("language", "retry_trials"): [0],
    ("markup", "rules_file"): ["nothere.yaml", "{tmp}/empty.yaml"],
    ("names", "min_documents"): [0],
    ("names", "min_share"): [0.2],
    ("names", "max_tokens"): [1],
    ("names", "names_file"): ["nothere.yaml", "{tmp}/list.yaml"],
    ("quality", "min_words"): [-1],
    ("quality", "max_words"): [0],
    ("quality", "max_symbol_ratio"): [-0.5],
    ("quality", "min_alpha_words"): [1.5],
    ("quality", "max_repeated_line_ratio"): [2.0],
    ("quality", "min_mean_word_length"): [-1.0],
    ("quality", "max_mean_word_length"): [1.0],  # below min_mean_word_length (3.0)
    ("quality", "max_bullet_lines"): [-0.1],
    ("quality", "filter"): [["too_short", "too_shrot"]],
    ("common_lines", "min_stories"): [1],
    ("common_lines", "min_share"): [1.5],
    ("common_lines", "max_words"): [0],
    ("common_lines", "story_words"): [0],
    ("common_lines", "story_paragraphs"): [0],
    ("common_lines", "max_removed_share"): [0.0],
    ("common_lines", "shape_min_stories"): [1],
    ("common_lines", "shape_max_words"): [0],
    ("common_lines", "head_words"): [0],
    ("common_lines", "head_max_words"): [2],
    ("other_titles", "min_words"): [0],
    ("other_titles", "max_words"): [0],
    ("other_titles", "sentence_words"): [0],
    ("other_titles", "story_words"): [0],
    ("other_titles", "story_paragraphs"): [0],
    ("other_titles", "max_removed_share"): [0.0, 1.5],
    ("boilerplate", "tag_veto"): [-0.1, 0.9],
    ("boilerplate", "prose_threshold"): [0.1, 1.5],
    ("boilerplate", "prose_share"): [-0.1, 1.5],
    ("boilerplate", "prose_words"): [-0.1, 1.5],
    ("boilerplate", "caption_shape"): [0.0, 1.5],
    ("boilerplate", "caption_scene"): [0.0, 0.4, 1.5],
    ("boilerplate", "caption_scene_credit"): [0.0, 0.4, 1.5],
    ("boilerplate", "run_bar"): [0.0, 1.5],
    ("boilerplate", "run_level"): [-0.1, 1.5],
    ("boilerplate", "heading_run"): [0, 11, 1.5],
    ("boilerplate", "paragraph_bar"): [0.0, 0.4, 1.5],
    ("boilerplate", "notice_bar"): [0.0, 0.4, 1.5],
    ("boilerplate", "headline_labels"): [0, 6],
    ("repeated_lines", "min_documents"): [1],
    ("repeated_lines", "min_share"): [1.5],
    ("repeated_lines", "max_words"): [0],
    ("repeated_lines", "max_removed_share"): [0.0],
    ("stories", "keep"): ["all"],
    ("stories", "threshold"): [0.0, 1.5],
    ("stories", "weighting"): ["bm25"],
    ("stories", "min_order"): [1.5],
    ("stories", "lsh_threshold"): [0.0],
    ("stories", "min_tokens"): [0],
    ("stories", "num_perm"): [4],
    ("stories", "seed"): [-1],
    ("stories", "memory_mb"): [-1],
    ("stories", "run_window"): [1],
    ("stories", "fingerprints_file"): ["nothere.yaml", "{tmp}/list.yaml", "{tmp}/broken.yaml"],
    ("topics", "rules_file"): ["nothere.yaml", "{tmp}/other.yaml"],
    ("topics", "min_hits"): [0],
    ("topics", "tags"): [["world", " "]],
    ("translation", "rules"): [["article", "no_such_rule"]],
    ("translation", "rules_file"): ["nothere.yaml", "{tmp}/other.yaml"],
    ("translation", "gazetteer_files"): [["nothere.yaml"], ["{tmp}/broken.yaml"]],
    ("translation", "titles_file"): ["nothere.yaml", "{tmp}/list.yaml"],
    ("unicode", "normalization"): ["NFX", "nfc"],
    ("unicode", "rules_file"): ["nothere.yaml", "{tmp}/other.yaml"],
}
# Settings where every value of the right type is valid: only a wrong type can be wrong.
ANY_VALUE = {
    ("boilerplate", "extract_title"),
    ("boilerplate", "stacked"),
    ("boilerplate", "other_stories"),  # on or off, both run
    ("boilerplate", "keep_blocks"),  # on or off, both run
    ("boilerplate", "keep_subheads"),  # on or off, both run
    ("boilerplate", "caption_place"),  # on or off, both run
    ("boilerplate", "story_blocks"),  # on or off, both run
    ("boilerplate", "content_rescue"),  # on or off, both run
    ("boilerplate", "subhead_rescue"),  # on or off, both run
    ("boilerplate", "pullquotes"),  # on or off, both run
    ("boilerplate", "story_span"),  # on or off, both run
    ("boilerplate", "wire_slugs"),  # on or off, both run
    ("boilerplate", "media_labels"),  # on or off, both run
    ("boilerplate", "media_places"),  # on or off, both run
    ("boilerplate", "tag_lines"),  # on or off, both run
    ("boilerplate", "section_labels"),  # on or off, both run
    ("boilerplate", "headline_runs"),  # on or off, both run
    ("bylines", "remove"),
    ("bylines", "page_metadata"),
    ("bylines", "site_as_credit"),
    ("common_lines", "shapes"),  # on or off, both run
    ("common_lines", "long_lines"),  # on or off, both run
    ("common_lines", "count_removed"),  # on or off, both run
    ("common_lines", "heads"),  # on or off, both run
    ("dedup", "exact"),
    ("dedup", "near"),
    ("language", "seed"),  # Python's random takes any integer
    ("translation", "require_evidence"),
    ("translation", "learned_openers"),  # on or off, both run
    ("translation", "line_heads"),  # on or off, both run
    ("translation", "head_clauses"),  # on or off, both run
    ("translation", "head_articles"),  # on or off, both run
    ("translation", "head_labels"),  # on or off, both run
    ("translation", "long_clauses"),  # on or off, both run
    ("translation", "bang_clauses"),  # on or off, both run
    ("translation", "lowercase_words"),  # on or off, both run
    ("translation", "prose_tokens"),  # on or off, both run
    ("translation", "head_cues"),  # on or off, both run
    ("translation", "date_colons"),  # on or off, both run
    ("translation", "wh_headings"),  # on or off, both run
    ("translation", "short_shouts"),  # on or off, both run
    ("translation", "list_ellipsis"),  # on or off, both run
    ("translation", "address_verbs"),  # on or off, both run
    ("translation", "long_subjects"),  # on or off, both run
    ("translation", "lone_heads"),  # on or off, both run
    ("translation", "bilingual_heads"),  # on or off, both run
    ("translation", "question_subjects"),  # on or off, both run
    ("translation", "foreign_tags"),  # on or off, both run
    ("translation", "arrow_items"),  # on or off, both run
    ("translation", "stray_quotes"),  # on or off, both run
    ("translation", "slash_items"),  # on or off, both run
    ("translation", "heading_colons"),  # on or off, both run
    ("translation", "label_brands"),  # on or off, both run
    ("translation", "phrase_openers"),  # on or off, both run
    ("translation", "lone_items"),  # on or off, both run
    ("unicode", "ftfy"),
    ("unicode", "fix_character_width"),
    ("unicode", "fix_latin_ligatures"),
}
WRONG_TYPE = {"bool": "yes", "int": "many", "float": "high", "str": 5, "tuple": "not a list"}


def listed_settings() -> list[tuple[str, str, str]]:
    """(stage, setting, type) as `curate stages` prints them."""
    result = runner.invoke(app, ["stages"], terminal_width=400)
    assert result.exit_code == 0
    found, stage = [], None
    for line in result.output.splitlines():
        header = re.match(r"^(\w+) \((?:map|corpus)\):", line)
        if header:
            stage = header.group(1)
            continue
        setting = re.match(r"^    (\w+): (.+?) = ", line)
        if setting:
            found.append((stage, setting.group(1), setting.group(2)))
    return found


SETTINGS = listed_settings()


def cases():
    for stage, name, kind in SETTINGS:
        base = next(k for k in WRONG_TYPE if kind.startswith(k) or kind.startswith("Literal"))
        base = "str" if kind.startswith("Literal") else base
        yield pytest.param(stage, name, WRONG_TYPE[base], id=f"{stage}.{name}-type")
        for index, value in enumerate(WRONG_VALUE.get((stage, name), [])):
            yield pytest.param(stage, name, value, id=f"{stage}.{name}-value{index}")


def test_every_setting_has_a_wrong_value_or_is_any_value():
    listed = {(stage, name) for stage, name, _ in SETTINGS}
    assert len(listed) > 40
    assert listed == set(WRONG_VALUE) | ANY_VALUE
    assert not set(WRONG_VALUE) & ANY_VALUE


@pytest.fixture
def scratch(tmp_path):
    (tmp_path / "list.yaml").write_text("- a\n- b\n", encoding="utf-8")
    (tmp_path / "broken.yaml").write_text("key: [unclosed\n", encoding="utf-8")
    (tmp_path / "empty.yaml").write_text("{}\n", encoding="utf-8")
    (tmp_path / "other.yaml").write_text("something_else: 1\n", encoding="utf-8")
    return tmp_path


def _fill(value, tmp):
    if isinstance(value, list):
        return [_fill(v, tmp) for v in value]
    return value.replace("{tmp}", str(tmp)) if isinstance(value, str) else value


def _run(tmp, recipe: dict):
    (tmp / "recipe.yaml").write_text(yaml.safe_dump(recipe), encoding="utf-8")
    out = tmp / "out"
    args = ["run", str(SEEDS), "--out", str(out), "--recipe", str(tmp / "recipe.yaml")]
    return runner.invoke(app, [*args, "--workers", "1", "--quiet"], terminal_width=400)


@pytest.mark.parametrize(("stage", "setting", "value"), list(cases()))
def test_a_wrong_setting_stops_the_run_before_any_work(scratch, stage, setting, value):
    value = _fill(value, scratch)
    result = _run(scratch, {"stages": [{stage: {setting: value}}]})
    message = result.output.strip()
    assert result.exit_code == 2, message
    assert len(message.splitlines()) == 1 and message.startswith("error:"), message
    assert f"'{stage}'" in message or f"{stage}." in message, message
    assert setting in message, message
    assert "Traceback" not in message
    assert not (scratch / "out").exists()
    assert [p.name for p in scratch.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize(("stage", "setting", "value"), list(cases()))
def test_the_python_api_refuses_it_too(scratch, stage, setting, value):
    from curate import Pipeline
    from curate.recipe import RecipeError

    with pytest.raises(RecipeError, match=re.escape(setting)):
        Pipeline.from_recipe({"stages": [{stage: {setting: _fill(value, scratch)}}]})


def test_shipped_defaults_and_recipes_pass(scratch):
    from curate import Pipeline

    for name in ("news", "web"):
        assert Pipeline.from_recipe(name).stages
    stages = sorted({stage for stage, _, _ in SETTINGS})
    assert Pipeline.from_recipe({"stages": stages}).stages


def test_a_stage_named_twice_stops_the_run(scratch):
    result = _run(scratch, {"stages": ["unicode", "markup", {"unicode": {"ftfy": False}}]})
    assert result.exit_code == 2
    assert "stages[2] 'unicode': named twice (also stages[0])" in result.output
    assert not (scratch / "out").exists()
