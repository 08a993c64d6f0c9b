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

.DEFAULT_GOAL := help
.PHONY: help all venv test browser report-check eval real-news bench clean distclean FORCE

help: ## Show this help
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  \033[36m%-10s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)

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

test: $(PROCESSED) browser ## Unit tests, end-to-end run on the seeds, accuracy gate, notebook, report in a browser
	$(PY) -m pytest -q tests --nbmake notebooks

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

distclean: clean ## Remove generated data and .venv
	rm -rf $(VENV)
