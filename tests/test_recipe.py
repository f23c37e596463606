import pytest

from curate import Pipeline
from curate.recipe import RecipeError, dump, load


def test_news_recipe_resolves():
    recipe = load("news")
    names = [entry["stage"] for entry in recipe["stages"]]
    assert names == [
        "unicode",
        "markup",
        "boilerplate",
        "bylines",
        "common_lines",
        "other_titles",
        "translation",
        "language",
        "quality",
        "topics",
        "dedup",
        "stories",
    ]
    assert "min_words: 50" in dump(recipe)


@pytest.mark.parametrize(
    ("recipe", "message"),
    [
        ({"stages": ["unicod"]}, "unknown stage 'unicod' (did you mean 'unicode'?); known:"),
        (
            {"stages": [{"quality": {"min_wrds": 3}}]},
            "unknown setting 'min_wrds' (did you mean 'min_words'?)",
        ),
        ({"stages": [{"quality": {"min_words": "ten"}}]}, "expected int, got str 'ten'"),
        ({"stages": [{"quality": {"min_words": True}}]}, "expected int, got a boolean"),
        ({"stages": [{"quality": {"filter": "too_short"}}]}, "expected a list"),
        ({"stages": [{"quality": {"filter": ["nope"]}}]}, "unknown flag"),
        ({"stages": [{"dedup": {"threshold": 2}}]}, "threshold must be in (0, 1]"),
        (
            {"stages": ["unicode"], "outptu": {}},
            "unknown key 'outptu' (did you mean 'output'?); known: description, engine, name",
        ),
        ({"stages": []}, "should be non-empty"),
        ({"stages": ["unicode"], "engine": {"batch_size": 0}}, "minimum of 1"),
    ],
)
def test_bad_recipes_fail_with_the_key_named(recipe, message):
    with pytest.raises(RecipeError) as err:
        load(recipe)
    assert message in str(err.value)


def test_yaml_cannot_execute_code(tmp_path):
    path = tmp_path / "evil.yaml"
    path.write_text("stages: !!python/object/apply:os.system ['echo pwned']\n", encoding="utf-8")
    with pytest.raises(RecipeError, match="not valid YAML"):
        load(path)


def test_missing_recipe_lists_shipped_ones():
    with pytest.raises(RecipeError, match=r"unknown recipe 'no-such-recipe'; known: news, web"):
        load("no-such-recipe")


def test_skip_unknown_stage():
    with pytest.raises(
        RecipeError, match=r"--skip: unknown stage 'dedupe' \(did you mean 'dedup'\?\)"
    ):
        Pipeline.from_recipe("news", skip=["dedupe"])


def test_skip_removes_stage():
    names = [s.name for s in Pipeline.from_recipe("news", skip=["dedup"]).stages]
    assert "dedup" not in names and len(names) == 11


def test_user_recipe_file(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("stages:\n  - unicode\n  - quality:\n      min_words: 3\n", encoding="utf-8")
    recipe = load(path)
    assert recipe["name"] == "mine"
    assert recipe["stages"][1] == {"stage": "quality", "min_words": 3}


def test_third_party_stage_from_an_entry_point(monkeypatch):
    """Stages from other packages arrive by entry point, never by import path in a recipe."""
    from dataclasses import dataclass
    from importlib import metadata

    from curate import recipe
    from curate.stages.base import REGISTRY, MapStage

    @dataclass(frozen=True)
    class Shout(MapStage):
        """Upper-case everything (a stand-in for a user's stage)."""

        name = "shout"

        def process(self, doc):
            self.rewrite(doc, "upper", doc.text.upper())
            return doc

    class FakeEntryPoint:
        name = "shout"

        def load(self):
            return Shout

    monkeypatch.setattr(metadata, "entry_points", lambda group: [FakeEntryPoint()])
    monkeypatch.setattr(recipe, "_plugins_loaded", False)
    monkeypatch.delitem(REGISTRY, "shout", raising=False)
    try:
        result = Pipeline.from_recipe({"stages": ["shout"]}).run([{"id": "a", "text": "hi"}])
        assert result.kept[0]["text"] == "HI"
        assert result.kept[0]["edits"][0]["stage"] == "shout"
    finally:
        REGISTRY.pop("shout", None)


def test_recipe_cannot_name_an_import_path():
    with pytest.raises(RecipeError, match="unknown stage"):
        load({"stages": ["os.system"]})
