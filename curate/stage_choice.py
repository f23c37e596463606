"""`--only STAGE`: run one or a few stages of a recipe, as `--skip` leaves some out.

`curate run in/ --out out/ --only dedup` stopped with typer's "No such option: --only"; a
datatrove or NeMo Curator user composing steps reaches for it first (only dedup, only the
language labels). The stages named run in the recipe's order with the recipe's settings; a
name the recipe does not hold stops the run before any work, naming those it holds and, for a
registered stage it lacks, the recipe file to add it to.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def only_skips(names: list[str], only: Iterable[str], recipe: str) -> list[str]:
    """The stages `--only` leaves out of a recipe of stages `names`; [] without `--only`."""
    from curate.recipe import RecipeError
    from curate.stages.base import REGISTRY

    only = list(only)
    if not only:
        return []
    for name in only:
        if name not in names:
            close = difflib.get_close_matches(name, names, 1)
            lacks = (
                f"; {name} is a stage, not in this recipe: add it to a recipe file (--recipe)"
                if name in REGISTRY
                else f" (did you mean {close[0]!r}?)"
                if close
                else ""
            )
            raise RecipeError(
                f"--only {name!r}: not a stage of the recipe {recipe}; its stages: "
                f"{', '.join(names)}{lacks}"
            )
    return [name for name in names if name not in only]
