# Two commands for a new user: `make curate` and `make test`. Both create .venv if missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
OUT ?= out/seeds
EVAL ?= ../shared/eval

.PHONY: curate test fuzz lint format bench bench-ray eval train needs language-profiles clean install

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

curate: $(STAMP)
	$(BIN)/curate run seeds --out $(OUT) --overwrite

test: $(STAMP)
	$(BIN)/python -m pytest

# the property tests with new random examples (`make test` draws the same ones every run)
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=explore $(BIN)/python -m pytest -q -k "contract or hostile or idempot or property or fuzz"

lint: $(STAMP)
	$(BIN)/ruff check curate tests
	$(BIN)/ruff format --check curate tests

format: $(STAMP)
	$(BIN)/ruff format curate tests
	$(BIN)/ruff check --fix curate tests

# the modules' bytecode written first, as an installed package has it: the bench's fresh
# interpreters then time the work, not compiling curate's source (PYTHONDONTWRITEBYTECODE, set on
# some machines, makes every process compile it again: 0.26 s of a fresh run's 0.8 s to start)
bench: $(STAMP)
	$(BIN)/python -m compileall -q curate
	$(BIN)/python -m curate.bench

# the Ray engine past a deliberately small object store: spilling and peak memory
bench-ray: $(STAMP)
	$(BIN)/python -m curate.bench_ray --check-local

eval: $(STAMP)
	$(BIN)/python -m curate.evaluate --eval-dir $(EVAL)

# the boilerplate stage's line model (and its caption_shape and caption_scene scores and
# site_voice words, off)
# and the translation stage's sentence-opener model, rebuilt
# byte for byte from the pages in EVAL, the seeds and the planted batches 0 to 38
train: needs
	$(BIN)/python -m curate.stages.boilerplate.train --eval-dir $(EVAL)
	$(BIN)/python -m curate.stages.sentence_opener_train --eval-dir $(EVAL)
	$(BIN)/python -m curate.stages.boilerplate.train_caption_shape --eval-dir $(EVAL)
	$(BIN)/python -m curate.stages.boilerplate.train_caption_scene --eval-dir $(EVAL)
	$(BIN)/python -m curate.stages.boilerplate.train_site_voice --eval-dir $(EVAL)

# the literals the boilerplate rules' patterns need (data/boilerplate_needs.json), worked out
# once here rather than by every process before its first document
needs: $(STAMP)
	$(BIN)/python -c "from curate.stages.boilerplate import needs_file; print(needs_file.write())"

# langdetect's JSON profiles as the compact table the language stage reads (data/
# language_profiles.npz); read only while it matches the installed profiles byte for byte
language-profiles: $(STAMP)
	$(BIN)/python -c "from curate.stages import language_compact; print(language_compact.write())"

clean:
	rm -rf $(VENV) out .pytest_cache .ruff_cache build dist *.egg-info
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
