"""Markdown's other front matters and MDX (io.markdown): newcomer round 21.

A front matter in JSON (`---json`, Eleventy; a `{...}` object opening the file, Hugo) was read
into the text, the title lost; an `.mdx` file (Docusaurus, Next.js) was passed over."""

from __future__ import annotations

import json

import pytest

from tests.newcomer_runs import documents, quarantined, read_all, texts_of

TEXTS = texts_of(4)


@pytest.mark.parametrize(
    "opening",
    [
        lambda m: "---json\n" + json.dumps(m, indent=2) + "\n---\n\n",
        lambda m: "---json\n" + json.dumps(m, indent="\t") + "\n---\n",
        lambda m: json.dumps(m, indent=2) + "\n\n",
        lambda m: json.dumps(m) + "\n",
        lambda m: "\ufeff" + json.dumps(m, indent=4) + "\n\n",
    ],
)
def test_a_json_front_matter_gives_the_title_and_leaves_the_text(tmp_path, opening):
    for k, text in enumerate(TEXTS[:2]):
        meta = {"title": f"Post {k}", "date": "2024-01-01", "tags": ["news"], "draft": False}
        (tmp_path / f"post{k}.md").write_text(opening(meta) + text + "\n", encoding="utf-8")
    items = read_all(tmp_path)
    assert not quarantined(items)
    assert [(d.title, d.text) for d in documents(items)] == [
        (f"Post {k}", t) for k, t in enumerate(TEXTS[:2])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "{braces} open this note, which is no front matter.\n\nMore text.",
        '{"not": "closed"\n\nA paragraph after a broken object.',
        '{"a": 1} and more words on the same line.\n',
    ],
)
def test_a_text_opening_with_a_brace_is_kept_whole(tmp_path, text):
    (tmp_path / "note.md").write_text(text)
    [doc] = documents(read_all(tmp_path))
    assert doc.text == text.strip("\n")


MDX = """---
title: Post {k}
sidebar_position: 2
---
import Chart from '../components/Chart'
import {{ Note }} from './note'
export const meta = {{
  author: 'Jane',
}}

{first}

<Chart data={{[1, 2, 3]}} />

{{/* a comment */}}
<Note type="info">
{second}
</Note>

```jsx
<Chart />
```

export default ({{ children }}) => <Layout>{{children}}</Layout>
"""


def test_an_mdx_file_is_read_without_its_jsx(tmp_path):
    docs_dir = tmp_path / "docs"
    docs_dir.mkdir()
    (docs_dir / "intro.mdx").write_text(MDX.format(k=0, first=TEXTS[0], second=TEXTS[1]))
    (docs_dir / "usage.mdx").write_text(f"import X from 'x'\n\n# Post 1\n\n{TEXTS[2]}\n")
    items = read_all(tmp_path)
    assert not quarantined(items)
    first, second = documents(items)
    assert first.title == "Post 0"
    assert first.text.split() == f"{TEXTS[0]} {TEXTS[1]} <Chart />".split()
    assert (second.title, second.text) == ("Post 1", TEXTS[2])


def test_a_markdown_files_import_line_stays(tmp_path):
    # ESM is MDX's; in a `.md` file such a line is text
    (tmp_path / "a.md").write_text(f"import duties rose in May.\n\n{TEXTS[0]}\n")
    [doc] = documents(read_all(tmp_path))
    assert doc.text.startswith("import duties rose in May.")
