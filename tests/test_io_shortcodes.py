"""Hugo shortcodes and Jekyll's Liquid tags off a Markdown post's text (io.markdown): newcomer
round 22. `{{< figure src="x.jpg" caption="..." >}}` stood in the text as written."""

from __future__ import annotations

import pytest

from curate.io.markdown import markdown_text
from tests.newcomer_runs import documents, read_all, texts_of

A, B = texts_of(2)


@pytest.mark.parametrize(
    "tag",
    [
        '{{< figure src="x.jpg" caption="A picture" >}}',
        "{{<youtube dQw4w9WgXcQ>}}",
        "{{% notice info %}}",
        "{{< /tab >}}",
        "{% include newsletter.html %}",
        "{%- highlight ruby -%}",
    ],
)
def test_a_line_of_a_template_tag_goes(tag):
    assert markdown_text(f"{A}\n\n{tag}\n\n{B}") == f"{A}\n\n\n{B}"


def test_an_inline_tag_goes_and_look_alikes_stay():
    assert markdown_text('See {{< ref "a.md" >}} now.') == "See  now."
    kept = "Sets {{ a }} and {% of braces stay, 50% of {x}."
    assert markdown_text(kept) == kept


def test_a_hugo_page_bundle_is_read_without_its_shortcodes(tmp_path):
    post = tmp_path / "content" / "posts" / "storm"
    post.mkdir(parents=True)
    written = f'---\ntitle: Storm\n---\n\n{A}\n\n{{{{< figure src="x.jpg" >}}}}\n\n{B}\n'
    (post / "index.md").write_text(written, encoding="utf-8")
    [doc] = documents(read_all(tmp_path / "content"))
    assert (doc.title, "{{" in doc.text, A in doc.text, B in doc.text) == (
        "Storm",
        False,
        True,
        True,
    )
