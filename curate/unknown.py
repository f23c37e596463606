"""The one shape of every message about a name curate does not know.

A misspelled recipe, stage, setting, recipe key, choice, engine or text unit answered in five
shapes: `recipe 'nwes' not found (shipped recipes: ['news', 'web'])`, `--skip 'boilerplat': not
a stage of this recipe; its stages: ...` (no close spelling), `Additional properties are not
allowed ('outptu' was unexpected)`, `'NFX' is not one of 'NFC', ...`. Now each says

    unknown stage 'boilerplat' (did you mean 'boilerplate'?); known: boilerplate, bylines, ...

after the place it comes from (`my.yaml:6: stages[2]`, `--skip`), so a newcomer reads one shape
and finds the fix in it.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def unknown(
    kind: str, name: object, known: Iterable[object], *, sort: bool = True, listed: str = "known"
) -> str:
    """`unknown KIND 'NAME' (did you mean 'X'?); LISTED: a, b, c`.

    `sort=False` keeps the order given (a recipe's stages, in the order they run).
    """
    names = [str(option) for option in known]
    close = difflib.get_close_matches(str(name), names, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    shown = sorted(names) if sort else names
    return f"unknown {kind} {name!r}{hint}; {listed}: {', '.join(shown)}"
