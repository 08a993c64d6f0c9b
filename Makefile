# French news information extraction: `make all` builds data/ from seeds/, `make test` checks it.
# Every stage is a file target, so a second `make all` with nothing changed does nothing.

PYTHON      ?= python3.11
VENV        := .venv
PY          := $(VENV)/bin/python
INSTALLED   := $(VENV)/.installed
INPUT       := seeds
OUT         := data
RUN         := $(PY) -m pipeline run --input $(INPUT) --output $(OUT)

SEEDS       := $(wildcard $(INPUT)/*.txt $(INPUT)/metadata.csv)
COMMON      := pipeline/runner.py pipeline/schemas.py pipeline/cli.py
RULES       := $(wildcard pipeline/rules/*.py pipeline/rules/*/*.py pipeline/data/*)

CLEAN_OUT   := $(OUT)/interim/01_clean/documents.parquet
SEGMENT_OUT := $(OUT)/interim/02_segment/stories.parquet
NER_OUT     := $(OUT)/interim/03_ner/entities.parquet
EXTRACT_OUT := $(OUT)/interim/04_extract/events.parquet
EXPORT_OUT  := $(OUT)/processed/events.parquet

.DEFAULT_GOAL := help
.PHONY: help all venv test eval real-news bench clean distclean

help: ## Show this help
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  \033[36m%-10s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)

all: $(EXPORT_OUT) ## Create .venv, install the project, build data/ from seeds/

venv: $(INSTALLED) ## Create .venv and install the project with its pinned dependencies

$(INSTALLED): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

$(CLEAN_OUT): $(SEEDS) pipeline/clean.py $(RULES) $(COMMON) | $(INSTALLED)
	$(RUN) --stage clean
$(SEGMENT_OUT): $(CLEAN_OUT) pipeline/segment.py $(COMMON)
	$(RUN) --stage segment
$(NER_OUT): $(SEGMENT_OUT) pipeline/ner.py pipeline/nlp.py pipeline/entities.py $(RULES) $(COMMON)
	$(RUN) --stage ner
$(EXTRACT_OUT): $(NER_OUT) pipeline/extract.py pipeline/events.py pipeline/roles.py $(RULES) $(COMMON)
	$(RUN) --stage extract
$(EXPORT_OUT): $(EXTRACT_OUT) pipeline/export.py $(COMMON)
	$(RUN) --stage export

test: $(EXPORT_OUT) ## Unit tests, end-to-end run on the seeds, accuracy gate, notebook
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
	rm -rf $(OUT)/interim $(OUT)/processed $(OUT)/reports

distclean: clean ## Remove generated data and .venv
	rm -rf $(VENV)
