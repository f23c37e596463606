"""`--only STAGE`: run one or a few stages of a recipe, as `--skip` leaves some out.

`curate run in/ --out out/ --only dedup` stopped with typer's "No such option: --only"; a
datatrove or NeMo Curator user composing steps reaches for it first (only dedup, only the
language labels). The stages named run in the recipe's order with the recipe's settings; a
name the recipe does not hold stops the run before any work, naming those it holds and, for a
registered stage it lacks, the recipe file to add it to.
"""

from __future__ import annotations

from collections.abc import Iterable


def only_skips(names: list[str], only: Iterable[str], recipe: str) -> list[str]:
    """The stages `--only` leaves out of a recipe of stages `names`; [] without `--only`."""
    from curate.recipe import RecipeError

    only = list(only)
    if not only:
        return []
    for name in only:
        if name not in names:
            raise RecipeError(not_in_recipe("--only", name, names, recipe))
    return [name for name in names if name not in only]


def not_in_recipe(option: str, name: str, names: list[str], recipe: str) -> str:
    """`--skip: unknown stage 'dedupe' (did you mean 'dedup'?); the recipe news has: ...`,
    and for a registered stage the recipe lacks, the recipe file to add it to."""
    from curate.stages.base import REGISTRY
    from curate.unknown import unknown

    if name in REGISTRY:  # a stage, but not one of this recipe's
        fix = "nothing to skip" if option == "--skip" else "add it to a recipe file (--recipe)"
        return (
            f"{option}: {name!r} is a stage the recipe {recipe} lacks ({', '.join(names)}): {fix}"
        )
    listed = f"the recipe {recipe} has"
    return f"{option}: {unknown('stage', name, names, sort=False, listed=listed)}"
