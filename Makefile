# The two Quickstart commands: `make run` and `make test`. Both create .venv themselves.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck pytest pytest-postgres bench demo-escalation clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/rfh db upgrade
	$(BIN)/rfh train --if-missing
	$(BIN)/rfh serve

test: $(STAMP)
	$(BIN)/ruff check backend tests bench
	$(BIN)/mypy
	bash scripts/run-tests

bench: $(STAMP)
	$(BIN)/python -m bench

demo-escalation: $(STAMP)
	$(BIN)/python -m scripts.demo_escalation

clean:
	rm -rf $(VENV) instance .pytest_cache .mypy_cache .ruff_cache
