"""reStructuredText files read as documents (io.rst): newcomer round 21. They were passed over
with advice to rename them `.txt` (0 of 6 documents on 3 folders)."""

from __future__ import annotations

import pytest

from tests.newcomer_runs import documents, quarantined, read_all, texts_of

TEXTS = texts_of(6)


def _underlined(title: str, mark: str = "=") -> str:
    return f"{title}\n{mark * len(title)}\n"


@pytest.mark.parametrize(
    "page, title, text",
    [
        (  # Pelican: docinfo fields under the title, a link, a section, an image, a note
            _underlined("Council approves budget")
            + f":date: 2024-01-01\n:tags: news\n\n{TEXTS[0]}\n\n"
            + _underlined("Reaction", "-")
            + f"\n{TEXTS[1]} See `the plan <https://example.org/plan>`_ and **this**.\n\n"
            + ".. image:: img/1.png\n   :alt: A photo\n\n"
            + f".. note::\n\n   {TEXTS[2]}\n",
            "Council approves budget",
            f"{TEXTS[0]}\n\nReaction\n\n{TEXTS[1]} See the plan and this.\n\n\n{TEXTS[2]}",
        ),
        (  # an overlined title, a literal block and a code directive
            f"=======\nPost 0\n=======\n\n{TEXTS[3]} As follows::\n\n   x = 1\n\n"
            + ".. code-block:: python\n\n   print('x')\n\nEnd.\n",
            "Post 0",
            f"{TEXTS[3]} As follows:\n\nEnd.",
        ),
        (  # Sphinx: a label before the title, roles and literals
            ".. _budget-2024:\n\n"
            + _underlined("Post 1", "-")
            + f"\n{TEXTS[4]} Read :ref:`the report <report>` and ``make docs``.\n\n"
            + ".. toctree::\n   :maxdepth: 2\n\n   intro\n   usage\n",
            "Post 1",
            f"{TEXTS[4]} Read the report and make docs.",
        ),
        (  # no title: a text with a transition
            f"{TEXTS[5]}\n\n----------\n\n{TEXTS[0]}\n",
            None,
            f"{TEXTS[5]}\n\n\n{TEXTS[0]}",
        ),
    ],
)
def test_a_rst_file_is_read_with_its_markup_off(tmp_path, page, title, text):
    (tmp_path / "page.rst").write_text(page)
    items = read_all(tmp_path)
    assert not quarantined(items)
    [doc] = documents(items)
    assert (doc.title, doc.text) == (title, text)


def test_a_projects_readme_rst_is_no_document(tmp_path):
    (tmp_path / "README.rst").write_text(_underlined("mypackage") + "\nInstall with pip.\n")
    (tmp_path / "story.rest").write_text(_underlined("Post 2") + f"\n{TEXTS[1]}\n")
    docs = documents(read_all(tmp_path))
    assert [(d.title, d.text) for d in docs] == [("Post 2", TEXTS[1])]


def test_a_rst_file_by_paragraph(tmp_path):
    (tmp_path / "page.rst").write_text(_underlined("Post 3") + f"\n{TEXTS[2]}\n\n{TEXTS[3]}\n")
    docs = documents(read_all(tmp_path, reader={"sample_by": "paragraph"}))
    assert [d.text for d in docs] == ["Post 3", TEXTS[2], TEXTS[3]]
