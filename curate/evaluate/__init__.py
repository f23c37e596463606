"""Evaluations against real public data (`make eval`), each in its own module.

A module here defines `run(eval_dir: Path) -> str`, returning the printed report. Evaluation
data is not shipped (it lives in `../shared/eval` on the developers' machines); a module whose
data is absent says so and is skipped.
"""

MODULES = (
    "translation",
    "extraction",
    "end_to_end",
    "text_end_to_end",
    "lines",
    "checked",
    "news",
    "line_blind",
    "dedup",
    "metadata",
    "stories",
    "train_check",
)
# run only when named: `seed_spread` and `transfer` retrain line models (minutes);
# `other_titles` measured corpus evidence the benchmarks turned out to hold too little of;
# `line_misses` is a diagnosis of the line model's errors, not a figure
OPTIONAL = ("seed_spread", "transfer", "other_titles", "line_misses", "cleaning_moves")
