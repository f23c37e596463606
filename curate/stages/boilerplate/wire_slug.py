"""A wire copy's routing lines over its headline: its code ("BC-EU--Fish-Quotas,2nd
Ld-Writethru", "TANZANIA-GOLD/ (UPDATE 1)") and its advisory to editors ("Eds: Updates ...").

Taken for the headline, the code became the title and the headline under it a line for the
model to judge (line blind half 1: 30 slugs kept so, batches 4 to 14). The shapes are the
`bylines` stage's (`metadata_leadless.slug`), which removes the lines once the headline is read
below them."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from curate.stages.metadata_leadless import slug

# a code, an advisory and a correction's note stand over a headline at most
MAX_LINES = 3


def leading(texts: Sequence[str]) -> int:
    """How many of the first lines are a wire copy's routing lines (0 to `MAX_LINES`)."""
    count = 0
    while count < min(MAX_LINES, len(texts) - 1) and slug(texts[count].strip()):
        count += 1
    return count


def headline_below(
    kept: list[tuple[int, int, str]],
    slugs: int,
    opening: Callable[[list[tuple[int, int, str]]], int],
    shaped: Callable[[str], bool],
) -> int | None:
    """Where the headline stands under `slugs` routing lines: the boilerplate stage's own
    choice (`opening`, `shaped`) on the lines below them; None with no headline there."""
    rest = kept[slugs:]
    if len(rest) < 2:
        return None
    at = opening(rest)
    return slugs + at if shaped(rest[at][2]) else None
