"""A front matter's `name:` as the page's title, when it names the page and not a person.

Some site generators and CMS exports call a page's title `name` (`---\\nname: Harbour
reopens after the storm\\ndate: 2024-03-01\\n---`); team pages, author files, templates and
skill files call a person, a layout or a tool `name` too (`name: Jane Roe` beside `role:
editor`, `name: default`, `name: pdf-processing`). Session 40 read no `name:` as a title, so
such pages had none (session 41's newcomer round).

`name:` is the title of a front matter of no `title` (nor its other names) when its value
reads as a headline and no key beside it says it describes a person (`person_keys` in
`curate/data/columns.yaml`): three words or more with one in small letters that is no small
word of a person's name (`name_particles`: `Maria de la Cruz`), five words or more, or a
question (small words of a name not counted: `Mohammed bin Salman Al Saud` is four).
One word or a slug (`pdf-processing`), a name of two to four capitalised words
(`Jane Roe`, `Ana María López`) stay no title.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def page_name(meta: dict[str, Any]) -> str | None:
    """`meta["name"]` when it names the page (see the module), else None."""
    value = meta.get("name")
    if not isinstance(value, str) or any(_key(k) in _words("person_keys") for k in meta):
        return None
    words = WORD.findall(value)
    if len(words) < 3 or len(value.split()) < 3:
        return None
    words = [w for w in words if w.casefold() not in _words("name_particles")]
    small = [w for w in words if w[0].islower()]
    if small or len(words) >= 5 or value.rstrip().endswith("?"):
        return value.strip()
    return None


def _key(name: Any) -> str:
    return str(name).strip().casefold().replace(" ", "_")


@cache
def _words(table: str) -> frozenset[str]:
    from curate.resources import data_file

    return frozenset(_key(word) for word in data_file("columns.yaml")[table])
