# The two Quickstart commands: `make run` and `make test`. Both create .venv themselves.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck pytest pytest-postgres bench demo-escalation requirements clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The web server and the retrain worker side by side (Procfile.dev, run by honcho): a correction
# made in /demo retrains and a new model version goes live, as in production.
run: $(STAMP)
	$(BIN)/rfh db upgrade
	$(BIN)/rfh train --if-missing
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/honcho -f Procfile.dev start

test: $(STAMP)
	$(BIN)/ruff check backend tests bench
	$(BIN)/mypy
	bash scripts/run-tests

bench: $(STAMP)
	$(BIN)/python -m bench

demo-escalation: $(STAMP)
	$(BIN)/python -m scripts.demo_escalation

# requirements.txt: pyproject.toml's runtime dependencies pinned for the buildpack (Python from
# .python-version), plus `-e .` so the host installs the project and its `rfh` command. Re-running
# keeps the existing pins and only adds or drops what pyproject changed, so the same pyproject gives
# the same file; `make requirements UPGRADE=--upgrade` moves every pin to the newest allowed.
requirements: $(STAMP)
	printf -- '-e .\n' | $(BIN)/uv pip compile - --universal \
		--python-version "$$(cat .python-version)" --custom-compile-command "make requirements" \
		--quiet --output-file requirements.txt $(UPGRADE)

clean:
	rm -rf $(VENV) instance .pytest_cache .mypy_cache .ruff_cache
