"""Shipped data files load as safe YAML, with libyaml where PyYAML has it."""

import pytest
import yaml

from curate import resources

SHIPPED = sorted([*resources.DATA_DIR.glob("*.yaml"), *resources.RECIPES_DIR.glob("*.yaml")])


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_the_fast_loader_reads_what_the_python_loader_reads(path):
    text = path.read_text(encoding="utf-8")
    assert resources.load_yaml(path) == yaml.load(text, Loader=yaml.SafeLoader)


def test_yaml_that_builds_objects_is_refused(tmp_path):
    path = tmp_path / "evil.yaml"
    path.write_text("!!python/object/apply:os.system ['echo owned']\n", encoding="utf-8")
    with pytest.raises(yaml.YAMLError):
        resources.load_yaml(path)
