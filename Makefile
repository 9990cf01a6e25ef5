# Two commands set everything up on a fresh machine:
#   make map   — create .venv, install argmap, build output/map.html from claims/
#   make test  — install the test extras (and Chromium when missing and root), run the suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
RUN    := $(VENV)/.installed-run
TEST   := $(VENV)/.installed-test

.PHONY: map test lint browser clean

# quotes are checked against the articles when ../shared/seeds is there; a map with findings
# is still written (exit 1 from argmap: the findings are listed), only a map that cannot be
# loaded (exit 2) stops make
SEEDS := $(wildcard ../shared/seeds)
map: $(RUN)
	@$(BIN)/argmap build claims -o output/map.html $(if $(SEEDS),--sources $(SEEDS)); \
	  rc=$$?; [ $$rc -le 1 ]

test: $(TEST) browser
	$(BIN)/python -m pytest

lint: $(TEST)
	$(BIN)/ruff check argmap tests benchmarks scripts
	$(BIN)/mypy

browser:
	@sh scripts/ensure-chromium.sh

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(RUN): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e .
	@touch $@

$(TEST): pyproject.toml $(RUN)
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $@

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis build *.egg-info
