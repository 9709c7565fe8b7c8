# Two commands do all set-up on a fresh machine with Python 3.11: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
EVAL_STAMP := $(VENV)/.installed-eval-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
DEV_STAMP := $(VENV)/.installed-dev-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: install run test bench eval golden lint clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check pip==26.3
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[test]'
	touch $@

$(EVAL_STAMP): $(STAMP)
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[test,eval]'
	touch $@

$(DEV_STAMP): $(STAMP)
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[test,dev]'
	touch $@

install: $(STAMP)

run: $(STAMP)
	$(BIN)/parafacts run corpora/

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python -m tests.bench

eval: $(EVAL_STAMP)
	$(BIN)/python -m eval

golden: $(STAMP)
	$(BIN)/python -m tests.golden

lint: $(DEV_STAMP)
	$(BIN)/python -m ruff check pipeline tests eval
	$(BIN)/python -m mypy

clean:
	rm -rf $(VENV) reports .parafacts-cache eval/out
