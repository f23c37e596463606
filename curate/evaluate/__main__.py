"""`python -m curate.evaluate [--eval-dir DIR] [NAME ...]`: run the evaluations, print reports."""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from curate.evaluate import MODULES, OPTIONAL


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m curate.evaluate")
    parser.add_argument("--eval-dir", type=Path, default=Path("../shared/eval"))
    parser.add_argument(
        "names",
        nargs="*",
        help=f"some of: {', '.join(MODULES + OPTIONAL)} (default: all but {', '.join(OPTIONAL)})",
    )
    args = parser.parse_args(argv)
    unknown = sorted(set(args.names) - set(MODULES + OPTIONAL))
    if unknown:
        parser.error(f"unknown evaluation(s) {unknown}; known: {', '.join(MODULES + OPTIONAL)}")
    if not args.eval_dir.is_dir():
        print(
            f"skipping evaluations: {args.eval_dir} not found (evaluation data is not part "
            "of the repo; pass EVAL=path/to/eval)"
        )
        return 0
    for name in args.names or MODULES:
        try:
            module = importlib.import_module(f"curate.evaluate.{name}")
        except ModuleNotFoundError as err:
            if err.name != f"curate.evaluate.{name}":
                raise
            print(f"== {name}: not available yet\n")
            continue
        print(f"== {name}")
        print(module.run(args.eval_dir))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
