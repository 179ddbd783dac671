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
GEN_SDK := tengrai
# the modules of $(GEN_SDK) that openapi/generate_sdk.py writes
GEN_SDK_FILES := resources/_generated.py resources/_attributes.py _literals.py _compiled.py _parameters.py _model/answers.py \
	_model/envelopes.py _fields.py
# the README beside the package, whose operation tables openapi/generate_sdk.py writes (none in a scratch copy
# of the package that has no README.md beside it)
GEN_README = $(dir $(GEN_SDK))README.md
PIP := $(BIN)/python -m pip --quiet --disable-pip-version-check

# openapi-python-client runs ruff as a post-hook, so the venv's bin must come first on PATH.
define generate_into
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/openapi-python-client generate --path $(SPEC) \
		--output-path $(1) --meta none --overwrite --fail-on-warning \
		--config openapi/generator-config.yml --custom-template-path openapi/templates >/dev/null
	$(BIN)/python openapi/export_json.py $(SPEC) $(1)/openapi.json
	touch $(1)/py.typed
endef

.PHONY: help venv generate check-generated validate-spec lint test test-fast docs demo bench soak contract compat clean

help:
	@echo "make demo      generate images against the embedded mock server (no key, no network)"
	@echo "make test      spec validation, generation drift check, ruff, mypy --strict, pytest"
	@echo "make test-fast the unit tier: in process, no sockets, threads or subprocesses (the inner loop)"
	@echo "make generate  regenerate $(GEN_PKG) from $(SPEC)"
	@echo "make docs      build the documentation site (API reference from the docstrings) in site/"
	@echo "make compat    the runtime suite on the oldest supported httpx (and COMPAT_PYTHON=python3.x)"
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
	$(BIN)/python openapi/generate_sdk.py $(SPEC) $(GEN_SDK) $(GEN_README)
	@echo "regenerated $(GEN_PKG), in $(GEN_SDK)/, $(GEN_SDK_FILES), and the operation tables of $(GEN_README)"

# Fails when generated/ is not exactly what the spec generates.
CHECK_DIR := $(VENV)/generated-check
check-generated: $(STAMP)
	rm -rf $(CHECK_DIR)
	$(call generate_into,$(CHECK_DIR)/tengrai_api)
	@diff -r -x __pycache__ $(CHECK_DIR)/tengrai_api $(GEN_PKG) \
		|| { echo "generated/ drifted from $(SPEC): run 'make generate' and commit" >&2; exit 1; }
	cp $(GEN_README) $(CHECK_DIR)/README.md
	$(BIN)/python openapi/generate_sdk.py $(SPEC) $(CHECK_DIR)/sdk $(CHECK_DIR)/README.md
	@for file in $(GEN_SDK_FILES); do diff $(CHECK_DIR)/sdk/$$file $(GEN_SDK)/$$file \
		|| { echo "$(GEN_SDK)/$$file drifted from $(SPEC): run 'make generate' and commit" >&2; exit 1; }; done
	@diff $(CHECK_DIR)/README.md $(GEN_README) \
		|| { echo "the operation tables of $(GEN_README) drifted from $(SPEC): run 'make generate' and commit" >&2; exit 1; }
	@rm -rf $(CHECK_DIR); echo "generated/ and the generated modules of $(GEN_SDK)/ match $(SPEC)"

validate-spec: $(STAMP)
	$(BIN)/openapi-spec-validator $(SPEC)

lint: $(STAMP)
	$(BIN)/ruff check tengrai tests benchmarks openapi examples
	$(BIN)/ruff format --check tengrai tests benchmarks openapi examples
	$(BIN)/mypy tengrai tests benchmarks examples

# The checks before pytest are independent, so they run side by side (mypy is the longest). pytest runs on
# pytest-xdist workers, twice the 2 cores of the reference machine because the suite mostly waits (subprocesses,
# loopback servers, real-time mock durations); PYTEST_WORKERS=0 runs it in one process. Bytecode is written even
# where the environment turns it off, so the workers and the suite's own subprocesses (python -m tengrai, pytest
# runs of user code) reuse what the first of them compiled, pytest's assertion-rewritten modules included.
PYTEST_WORKERS ?= 4
PYTEST := PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist worksteal
test: $(STAMP)
	$(MAKE) --no-print-directory -j 4 --output-sync=target validate-spec check-generated lint docs
	$(PYTEST) -m "not soak"

# The inner loop: the unit tier alone (tests/_tiers.py: in process, no sockets, threads or subprocesses; make test
# runs everything before a commit lands).
test-fast: $(STAMP)
	$(PYTEST) -m "unit and not slow"

# The documentation site (MkDocs + mkdocstrings: the API reference comes from the docstrings) in site/. Strict:
# a broken reference or a missing page fails the build, so `make test` runs it too (a few seconds).
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict
	@echo "docs built in site/ (open site/index.html)"

demo: $(STAMP)
	$(BIN)/python -m tengrai.demo

bench: $(STAMP)
	$(BIN)/python -m benchmarks

soak: $(STAMP)
	$(BIN)/python -m pytest -m soak -p no:randomly

# The shipped contract checker (tengrai contract) with many examples; CONTRACT_ARGS="--url URL" checks another server.
CONTRACT_ARGS ?=
contract: $(STAMP)
	$(BIN)/python -m tests.contract_cli $(CONTRACT_ARGS)

# The oldest httpx pyproject.toml accepts, on any Python (COMPAT_PYTHON=python3.13 make compat): a throwaway venv
# with the lock's versions of everything else, then the client, mock and CLI suites (a few minutes; not in `test`).
COMPAT_HTTPX ?= 0.27.0
COMPAT_PYTHON ?= $(PYTHON)
COMPAT_VENV := $(VENV)-compat
COMPAT_PACKAGES := httpx==$(COMPAT_HTTPX) attrs python-dateutil starlette uvicorn jsonschema-rs pillow \
	pytest pytest-timeout anyio hypothesis pyyaml hatchling editables
compat:
	rm -rf $(COMPAT_VENV)
	$(COMPAT_PYTHON) -m venv $(COMPAT_VENV)
	grep -v '^httpx==' requirements-dev.lock > $(COMPAT_VENV)/constraints.txt
	$(COMPAT_VENV)/bin/python -m pip --quiet --disable-pip-version-check install \
		-c $(COMPAT_VENV)/constraints.txt $(COMPAT_PACKAGES)
	$(COMPAT_VENV)/bin/python -m pip --quiet --disable-pip-version-check install --no-deps --no-build-isolation -e .
	$(COMPAT_VENV)/bin/python -c 'import sys, httpx; print("compat:", sys.version.split()[0], "httpx", httpx.__version__)'
	$(COMPAT_VENV)/bin/python -m pytest -q -m "not soak" -p no:randomly tests/client tests/mock tests/cli tests/validation

clean:
	rm -rf $(VENV) $(COMPAT_VENV) .hypothesis .schemathesis .mypy_cache .ruff_cache out build dist
