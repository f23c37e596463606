from curate.stages.topics import TopicLabeler
from tests.conftest import SEED_003, run_stage


def test_seed_topics():
    doc = run_stage(TopicLabeler(), SEED_003.read_text(encoding="utf-8"))
    assert "conflict" in doc.labels["tags"]
    assert "sport" not in doc.labels["tags"]


def test_one_keyword_is_not_enough():
    assert run_stage(TopicLabeler(), "The market opened.").labels["tags"] == []


def test_user_tags_are_added(tmp_path):
    rules = tmp_path / "topics.yaml"
    rules.write_text("min_hits: 1\ntopics:\n  weather: [rain]\n", encoding="utf-8")
    doc = run_stage(TopicLabeler(rules_file=str(rules), tags=("crawl-2026-11",)), "Rain today.")
    assert doc.labels["tags"] == ["weather", "crawl-2026-11"]
