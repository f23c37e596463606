"""`python -m curate.stages.boilerplate.train_site_voice --eval-dir DIR [--out FILE]`: rebuild
`data/site_voice.json`, the words of notices (`site_voice`), from the shared pages of the sites
of `train.TRAIN_HALF` and the line blind batches' half-1 documents (`site_voice.blind_examples`;
a logistic regression, deterministic: the same file byte for byte)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from curate import resources
from curate.stages.boilerplate import site_voice, train


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--eval-dir", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=resources.DATA_DIR / site_voice.MODEL_FILE)
    args = parser.parse_args(argv)
    spec = site_voice.fit(*site_voice.examples(args.eval_dir, (train.TRAIN_HALF,)))
    text = json.dumps(spec, sort_keys=True, indent=0, ensure_ascii=False) + "\n"
    args.out.write_text(text, encoding="utf-8")
    print(f"{args.out}: {len(spec['weights'])} terms", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
