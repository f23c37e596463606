"""The shipped YAML tables hold words, and YAML 1.1 reads some bare words as other things.

`on`, `off`, `no`, `yes`, `y`, `n`, `true`, `false` unquoted load as booleans and `null`, `~`
as None: `sentence_openers` held `True` and `False` in place of "on" and "no" (so neither
opened a sentence), and the generator's `toward` slot wrote "False" into its articles. The
kind is pinned: no list item and no key of a shipped table loads as anything but what was
written, a word, a number or a nested table.
"""

from pathlib import Path

import pytest

from curate import resources

TABLES = sorted(Path(resources.DATA_DIR).glob("*.yaml")) + sorted(
    (Path(resources.DATA_DIR).parent / "recipes").glob("*.yaml")
)


def _misread(value, where):
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, bool) or key is None:
                yield f"{where}: key {key!r}"
            yield from _misread(item, f"{where}.{key}")
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, bool) or item is None:
                yield f"{where}: item {item!r}"
            yield from _misread(item, where)


def test_there_are_tables_to_check():
    names = {path.name for path in TABLES}
    assert {"translation.yaml", "boilerplate.yaml", "synth.yaml"} <= names


@pytest.mark.parametrize("path", TABLES, ids=lambda path: path.name)
def test_no_bare_word_of_a_table_loads_as_a_boolean_or_none(path):
    assert list(_misread(resources.load_yaml(path), path.name)) == []


def test_the_words_that_yaml_misreads_are_read_as_words():
    table = resources.load_yaml(Path(resources.DATA_DIR) / "translation.yaml")
    assert {"on", "no"} <= set(table["sentence_openers"])
    assert "no" in table["abbreviations"]
