"""A repository's text files in a folder of `.txt` documents (`README.txt`, `LICENSE.txt`,
`requirements.txt`): passed over and counted by kind, not read as articles; a file given by
name is read as asked."""

import pytest

from curate.io.readers import skipped_kinds, walk_inputs
from curate.io.skipped_hints import PROJECT_TEXT_KIND, project_text_kind

ARTICLE = "The council met on Tuesday to discuss the budget for the coming year. " * 8


@pytest.mark.parametrize(
    "name",
    [
        "requirements.txt",
        "requirements-dev.txt",
        "requirements_test.txt",
        "constraints.txt",
        "LICENSE.txt",
        "README.txt",
        "changelog.txt",
    ],
)
def test_a_project_text_file_is_passed_over_by_kind(tmp_path, name):
    (tmp_path / "article1.txt").write_text(ARTICLE)
    (tmp_path / name).write_text("numpy>=1.24\n")
    found = walk_inputs([tmp_path])
    assert [path.name for path in found.paths] == ["article1.txt"]
    assert skipped_kinds(found.skipped) == {PROJECT_TEXT_KIND: 1}


@pytest.mark.parametrize(
    "name", ["requirements-for-housing.md", "license-plates.txt", "readme_story.txt", "notes.txt"]
)
def test_other_names_are_documents(name):
    assert project_text_kind(name) is None


def test_a_project_file_given_by_name_is_read(tmp_path):
    path = tmp_path / "requirements.txt"
    path.write_text(ARTICLE)
    assert walk_inputs([path]).paths == [path]
