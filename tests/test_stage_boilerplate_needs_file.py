"""The literals stored for the shipped patterns (data/boilerplate_needs.json) are those the
regex parser gives: the file agrees with the rules, a table built from it is the table built
without it, and a pattern it does not hold (a user's rules) or a file written under another
Python is worked out as before."""

import json

import pytest

from curate.stages import boilerplate as stage
from curate.stages.boilerplate import needs_file


def _derived_parts(table):
    return (
        table["furniture_keys"],
        table["teaser_needs"],
        table["lead_needs"],
        sorted(table["furniture_starts"].keys),
        [sorted(index.by_key.items()) for index in table["furniture_starts"].indexes],
        [[p.pattern for p in index.patterns] for index in table["furniture_starts"].indexes],
        [
            (name, u._filtered and [(n, p.pattern) for n, p in u._filtered[2]])
            for name, _, u in table["furniture"]
        ],
    )


def test_the_file_is_what_the_shipped_patterns_give():
    """Fails when a pattern of boilerplate.yaml or the derivation changed and `make needs`
    was not run."""
    data = json.loads(needs_file.FILE.read_text(encoding="utf-8"))
    if data["made_with"] != needs_file.fingerprint():
        pytest.skip(f"file written under {data['made_with']}, not {needs_file.fingerprint()}")
    assert data["needs"] == needs_file.shipped()


@pytest.mark.parametrize("rules", [stage.RULES, ("caption", "link_teaser"), ("dateline",)])
def test_a_table_from_the_file_is_the_table_without_it(rules, monkeypatch):
    stored = _derived_parts(stage.BoilerplateRemover(rules=rules)._table)
    monkeypatch.setattr(needs_file, "stored", lambda: {})
    assert _derived_parts(stage.BoilerplateRemover(rules=rules)._table) == stored


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:Fotó|Photo):\s\w+",  # a user's caption marker
        r"\b(?:Abonnez-vous|Souscrivez)\b",
        r"^[0-9]{1,3} comentarios?$",
        r"(a)\1",  # a back reference: its literals cannot be known alone
        r"[",  # not a pattern at all
    ],
)
def test_a_pattern_not_stored_is_worked_out(pattern):
    assert pattern not in needs_file.stored()
    try:
        expected = stage._derived_needs(pattern)
    except stage.NEEDS_ERRORS as err:
        with pytest.raises(type(err)):
            stage._needs(pattern)
    else:
        assert stage._needs(pattern) == expected


@pytest.mark.parametrize(
    "made_with",
    [{"python": "2.7", "unicode": "14.0.0"}, {"python": "3.11", "unicode": "1.0"}, None],
)
def test_a_file_of_another_python_or_unicode_is_not_read(made_with, tmp_path, monkeypatch):
    written = tmp_path / "needs.json"
    written.write_text(json.dumps({"made_with": made_with, "needs": {"x(?:ab)": ["wrong"]}}))
    monkeypatch.setattr(needs_file, "FILE", written)
    needs_file.stored.cache_clear()
    try:
        assert needs_file.stored() == {}
        # the same file under the running Python's name is read
        written.write_text(
            json.dumps({"made_with": needs_file.fingerprint(), "needs": {"x(?:ab)": ["ab"]}})
        )
        needs_file.stored.cache_clear()
        assert needs_file.stored() == {"x(?:ab)": frozenset({"ab"})}
    finally:
        needs_file.stored.cache_clear()


def test_a_pattern_stored_unsafe_raises_as_the_parser_would(monkeypatch):
    monkeypatch.setattr(needs_file, "stored", lambda: {"(a)\\1": needs_file.UNSAFE})
    with pytest.raises(stage.NEEDS_ERRORS):
        stage._needs("(a)\\1")
