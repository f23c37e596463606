"""`python -m curate run ...`, as the `curate` command: without this file it stopped with
"No module named curate.__main__; 'curate' is a package and cannot be directly executed",
the form to try where the `curate` script is not on PATH (a venv not activated, Windows)."""

import sys

from curate.cli import app

if __name__ == "__main__":  # a spawned worker (off Linux) imports this module again
    sys.exit(app(prog_name="curate"))
