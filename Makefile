# Every target bootstraps .venv on first use: a fresh machine needs only Python >= 3.11 and make.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SPEC := openapi/tengrai.yaml
GEN_PKG := generated/tengrai_api
GEN_RESOURCES := tengrai/resources/_generated.py
PIP := $(BIN)/python -m pip --quiet --disable-pip-version-check

# openapi-python-client runs ruff as a post-hook, so the venv's bin must come first on PATH.
define generate_into
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/openapi-python-client generate --path $(SPEC) \
		--output-path $(1) --meta none --overwrite --fail-on-warning \
		--config openapi/generator-config.yml --custom-template-path openapi/templates >/dev/null
	$(BIN)/python openapi/export_json.py $(SPEC) $(1)/openapi.json
	touch $(1)/py.typed
endef

.PHONY: help venv generate check-generated validate-spec lint test demo bench soak contract clean

help:
	@echo "make demo      generate images against the embedded mock server (no key, no network)"
	@echo "make test      spec validation, generation drift check, ruff, mypy --strict, pytest"
	@echo "make generate  regenerate $(GEN_PKG) from $(SPEC)"
	@echo "make lint | bench | soak | contract | clean"

venv: $(STAMP)

$(STAMP): requirements-dev.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "tengrai needs Python >= 3.11 (found $(PYTHON))" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -r requirements-dev.lock
	$(PIP) install --no-deps --no-build-isolation -e .
	touch $@

generate: $(STAMP)
	rm -rf $(GEN_PKG)
	$(call generate_into,$(GEN_PKG))
	$(BIN)/python openapi/generate_sdk.py $(SPEC) $(GEN_RESOURCES)
	@echo "regenerated $(GEN_PKG) and $(GEN_RESOURCES)"

# Fails when generated/ is not exactly what the spec generates.
CHECK_DIR := $(VENV)/generated-check
check-generated: $(STAMP)
	rm -rf $(CHECK_DIR)
	$(call generate_into,$(CHECK_DIR)/tengrai_api)
	@diff -r -x __pycache__ $(CHECK_DIR)/tengrai_api $(GEN_PKG) \
		|| { echo "generated/ drifted from $(SPEC): run 'make generate' and commit" >&2; exit 1; }
	$(BIN)/python openapi/generate_sdk.py $(SPEC) $(CHECK_DIR)/_generated.py
	@diff $(CHECK_DIR)/_generated.py $(GEN_RESOURCES) \
		|| { echo "$(GEN_RESOURCES) drifted from $(SPEC): run 'make generate' and commit" >&2; exit 1; }
	@rm -rf $(CHECK_DIR); echo "generated/ and $(GEN_RESOURCES) match $(SPEC)"

validate-spec: $(STAMP)
	$(BIN)/openapi-spec-validator $(SPEC)

lint: $(STAMP)
	$(BIN)/ruff check tengrai tests benchmarks openapi
	$(BIN)/ruff format --check tengrai tests benchmarks openapi
	$(BIN)/mypy tengrai tests benchmarks

test: validate-spec check-generated lint
	$(BIN)/python -m pytest -m "not soak"

demo: $(STAMP)
	$(BIN)/python -m tengrai.demo

bench: $(STAMP)
	$(BIN)/python -m benchmarks

soak: $(STAMP)
	$(BIN)/python -m pytest -m soak -p no:randomly

contract: $(STAMP)
	$(BIN)/python -m tests.contract_cli

clean:
	rm -rf $(VENV) .hypothesis .schemathesis .mypy_cache .ruff_cache out build dist
