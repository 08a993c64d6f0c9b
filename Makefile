# French news information extraction: `make all` builds data/ from seeds/, `make test` checks it.
# One `run` builds everything; its per-shard cache re-does only what changed. Make itself
# decides whether to call it, so a second `make all` with nothing changed returns at once.

PYTHON      ?= python3.11
VENV        := .venv
PY          := $(VENV)/bin/python
INSTALLED   := $(VENV)/.installed
INPUT       := seeds
OUT         := data
RUN         := $(PY) -m pipeline run --input $(INPUT) --output $(OUT)

# The inputs' manifest (path and content hash of every file under INPUT, subfolders too) is
# rewritten only when one is added, deleted, renamed or changed: make then sees a newer file.
MANIFEST    := $(OUT)/.inputs.sha1
SOURCES     := $(shell find pipeline -type f -not -path '*/__pycache__/*')
PROCESSED   := $(OUT)/processed/report.md

# Python 3.12 too: `make test` runs the unit tests a second time in .venv-py3.12 (same constraints.txt)
# when it finds a working 3.12 (python3.12 on PATH, else pyenv's newest 3.12.x), and says so when not.
# PYTHON312=/path/to/python3.12 picks one, PYTHON312= skips. Looked for only by the goals that use it
# (a pyenv shim costs 0.3 s), so `make all` with nothing to do still returns at once.
VENV312     := .venv-py3.12
PY312       := $(VENV312)/bin/python
INSTALLED312 := $(VENV312)/.installed
ifeq ($(origin PYTHON312),undefined)
ifneq ($(filter test test-py3.12,$(MAKECMDGOALS)),)
PYTHON312   := $(shell for p in $$(command -v python3.12) $$(ls -d $(HOME)/.pyenv/versions/3.12*/bin/python 2>/dev/null | sort -rV); do \
                 "$$p" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info[:2] != (3, 12))' 2>/dev/null && { echo "$$p"; break; }; done)
endif
endif

.DEFAULT_GOAL := help
.PHONY: help all venv test test-py3.12 browser report-check eval real-news bench clean distclean FORCE

help: ## Show this help
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z0-9_.-]+:.*## / {printf "  \033[36m%-12s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)

all: $(PROCESSED) ## Create .venv, install the project, build data/ from seeds/

venv: $(INSTALLED) ## Create .venv and install the project with its pinned dependencies

# pyproject.toml holds version ranges; constraints.txt the exact versions this dataset is built with.
$(INSTALLED): pyproject.toml constraints.txt
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]" -c constraints.txt
	touch $@

$(MANIFEST): FORCE
	@mkdir -p $(OUT)
	@find $(INPUT) -type f -print0 | sort -z | xargs -0 -r sha1sum > $@.tmp
	@if cmp -s $@.tmp $@; then rm $@.tmp; else mv $@.tmp $@; fi

$(PROCESSED): $(MANIFEST) $(SOURCES) | $(INSTALLED)
	$(RUN)

# The report's browser test drives Debian's Chromium: installed here when missing (as root),
# else that one test is skipped with a line saying so.
browser:
	@command -v chromium >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get update -qq \
	  && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
	  || echo "chromium not installed: the report's browser test will be skipped"

# A picture of the report's index for a person to look at (the browser test checks it by itself).
report-check: $(PROCESSED) browser ## Screenshot data/processed/report/index.html into docs/report.png (headless Chromium)
	@mkdir -p docs
	chromium --headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run \
	  --screenshot=docs/report.png --window-size=1280,1600 file://$(CURDIR)/$(OUT)/processed/report/index.html
	@echo "look at docs/report.png"

test: $(PROCESSED) browser $(if $(PYTHON312),$(INSTALLED312)) ## Unit tests, end-to-end run on the seeds, accuracy gate, notebook, report in a browser; then under 3.12
	$(PY) -m pytest -q tests --nbmake notebooks
	$(TEST312)

# Under 3.12 all of tests/ (about 2.5 min on 2 cores, plus 45 s to install) but three, to keep
# `make test` near 7 min: the notebooks and the browser test drive Jupyter and Chromium on library
# calls tests/ already makes, and the test that kills real runs at random moments (35 s) checks by
# timing what the crash-at-every-file-operation test, kept, checks call by call.
# The tests write their own runs in temporary folders (conftest's seeds_output), and only read
# data/, which 3.11 builds first: this run never writes data/, so both suites see the same tables.
ifneq ($(PYTHON312),)
TEST312     := $(PY312) -m pytest -q tests \
                 --deselect tests/test_report.py::test_a_browser_shows_the_highlights_the_links_and_the_timeline \
                 --deselect tests/test_runner.py::test_killing_a_real_run_never_publishes_a_mixed_state
else
TEST312     := @echo "No Python 3.12 (none found as python3.12 on PATH or ~/.pyenv/versions/3.12*/bin/python, or PYTHON312= given): tests not run under 3.12; PYTHON312=/path/to/python3.12 adds them"
endif

test-py3.12: $(PROCESSED) $(if $(PYTHON312),$(INSTALLED312)) ## The unit tests under Python 3.12 only, in .venv-py3.12
	$(TEST312)

$(INSTALLED312): pyproject.toml constraints.txt | $(INSTALLED)  # after it: both write the one egg-info
	test -d $(VENV312) || $(PYTHON312) -m venv $(VENV312)
	$(PY312) -m pip install --quiet --upgrade pip
	$(PY312) -m pip install --quiet -e ".[dev]" -c constraints.txt
	touch $@

eval: $(INSTALLED) ## Accuracy on real news (tests/gold/real_news, its score.py) and our gold sets, vs raw spaCy; fails under the thresholds
	$(PY) -m pipeline evaluate --output $(OUT)/reports --gate

real-news: ## Refresh tests/gold/real_news from the team's shared set ../shared/real-news
	cp -r ../shared/real-news/texts ../shared/real-news/gold ../shared/real-news/metadata.csv \
	      ../shared/real-news/SOURCES.md ../shared/real-news/score.py ../shared/real-news/check_gold.py tests/gold/real_news/

bench: $(INSTALLED) ## Speed and memory benchmark, and the peer suites (Recognizers-Text, Duckling) vs dateparser
	$(PY) bench/speed.py
	$(PY) bench/peers.py

clean: ## Remove generated data (keeps .venv)
	rm -rf $(OUT)/interim $(OUT)/processed $(OUT)/runs $(OUT)/cache $(OUT)/reports $(OUT)/.lock $(MANIFEST)

distclean: clean ## Remove generated data, .venv and .venv-py3.12
	rm -rf $(VENV) $(VENV312)
