# Trellis: every task a developer or CI runs. `make ci` is exactly what .ci/run runs.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3.11
UV_VERSION := 0.13.8
VENV := .venv
STAMP := $(VENV)/.trellis-installed
AXE := e2e/node_modules/axe-core/axe.min.js
MANAGE := $(VENV)/bin/python manage.py
PORT ?= 8000
# Two workers on the two cores this project is built for; override with PYTEST_WORKERS=0.
PYTEST_WORKERS ?= auto
# `make fuzz` searches anew each run; `make ci` runs a bounded, seeded (repeatable) search.
FUZZ_EXAMPLES ?= 100
FUZZ_SEED ?=
ci: FUZZ_EXAMPLES = 10
ci: FUZZ_SEED = 7

export UV_LINK_MODE ?= copy
export UV_PROJECT_ENVIRONMENT := $(CURDIR)/$(VENV)

.PHONY: help install run test test-postgres lint e2e fuzz ci messages bench bench-participation bench-search

help:
	@echo "make run            install, migrate, load the demo network, serve at http://127.0.0.1:$(PORT)/"
	@echo "make test           the whole test suite on SQLite, except the browser tests"
	@echo "make test-postgres  the same suite on a throwaway PostgreSQL 15 cluster"
	@echo "make e2e            the browser tests (Playwright with Debian's Chromium)"
	@echo "make lint           ruff, mypy, import-linter, migrations check, translation check"
	@echo "make fuzz           schemathesis against a live server with the demo, as a member"
	@echo "make bench          load every page as each role on 10,000 members, beside bare Django;"
	@echo "                    then recompute levels and snapshots on 1,000,000 acts, then search"
	@echo "                    100,000 items (BENCH_PART=pages, participation or search)"
	@echo "make messages       update the Russian catalogue and compile it"
	@echo "make ci             lint, test, test-postgres, e2e and a bounded fuzz: what CI runs"
	@echo "make install        create $(VENV) and install the locked dependencies"

install: $(STAMP)

# The stamp makes a second `make install` a no-op until the lock file or pyproject changes.
$(STAMP): pyproject.toml uv.lock
	@test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	@$(VENV)/bin/uv --version 2>/dev/null | grep -q '^uv $(UV_VERSION) ' \
		|| $(VENV)/bin/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	$(VENV)/bin/uv sync --frozen
	@touch $@

# Each step's output goes to var/log/ and is shown only if the step fails (scripts/quiet.sh):
# the screen ends with the address and the demo accounts, then the server's own lines.
run: export SITE_URL ?= http://127.0.0.1:$(PORT)
run:
	@bash scripts/quiet.sh "Installing the dependencies" $(MAKE) --no-print-directory install
	@bash scripts/quiet.sh "Preparing the database" $(MANAGE) migrate --noinput
	@bash scripts/quiet.sh "Loading the demo network" $(MANAGE) demo
	@echo
	@echo "Trellis is at http://127.0.0.1:$(PORT)/ (stop it with Ctrl-C)"
	@$(MANAGE) demo --accounts
	@echo
	@$(MANAGE) serve 127.0.0.1:$(PORT)

test: install
	bash scripts/run-tests.sh -n $(PYTEST_WORKERS) -m "not e2e"

test-postgres: install
	bash scripts/postgres-test-cluster.sh bash scripts/run-tests.sh -n $(PYTEST_WORKERS) -m "not e2e"

lint: install
	bash scripts/require-debian-package.sh /usr/bin/msgfmt gettext
	@# What make install and make run create on each machine must never be committed: a tracked
	@# .venv (even a symlink) breaks make install on a clean checkout.
	@test -z "$$(git ls-files -- $(VENV) var)" \
		|| { echo "lint: .venv or var/ is tracked by git; git rm --cached it"; exit 1; }
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy config trellis benchmarks e2e manage.py
	$(VENV)/bin/lint-imports
	DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) makemigrations --check --dry-run
	bash scripts/check-translations.sh

e2e: install $(AXE)
	bash scripts/require-debian-package.sh /usr/bin/chromium chromium
	bash scripts/run-tests.sh e2e -m e2e

# axe-core, which the browser tests run in each page, pinned by e2e/package-lock.json.
$(AXE): e2e/package.json e2e/package-lock.json
	bash scripts/require-debian-package.sh /usr/bin/npm npm
	cd e2e && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

fuzz: install
	FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) FUZZ_SEED=$(FUZZ_SEED) bash scripts/fuzz.sh

ci: lint test test-postgres e2e fuzz

# Not part of ci: its numbers depend on the machine. See benchmarks/README.md.
# BENCH_PART=pages, BENCH_PART=participation or BENCH_PART=search runs one part only; every
# part runs even when an earlier one fails, and make fails when any did.
bench: install
	@status=0; \
	if [ -z "$(BENCH_PART)" ] || [ "$(BENCH_PART)" = pages ]; then \
		bash scripts/require-debian-package.sh /usr/bin/wrk wrk && \
		$(VENV)/bin/python -m benchmarks.bench || status=1; \
	fi; \
	if [ -z "$(BENCH_PART)" ] || [ "$(BENCH_PART)" = participation ]; then \
		$(VENV)/bin/python -m benchmarks.participation || status=1; \
	fi; \
	if [ -z "$(BENCH_PART)" ] || [ "$(BENCH_PART)" = search ]; then \
		$(VENV)/bin/python -m benchmarks.search || status=1; \
	fi; \
	exit $$status

bench-participation:
	$(MAKE) bench BENCH_PART=participation

bench-search:
	$(MAKE) bench BENCH_PART=search

messages: install
	bash scripts/require-debian-package.sh /usr/bin/msgfmt gettext
	$(MANAGE) makemessages -l ru --no-location --no-obsolete
	$(MANAGE) compilemessages -l ru --ignore '.*' --ignore var --ignore node_modules
