# One virtualenv, made here. Every target below installs what it needs first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
DB ?= data/tracker.duckdb
PORT ?= 8501
N ?= 10000

.PHONY: install run build test eval bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

build: install
	$(PY) -m etl build data/articles --db $(DB)

run: build
	TRACKER_DB=$(DB) $(PY) -m streamlit run app.py --server.port $(PORT) --server.headless true --browser.gatherUsageStats false

test: install
	$(PY) -m pytest -q

eval: install
	$(PY) -m etl.evaluate
	for set in eval/heldout/*/; do $(PY) -m etl.evaluate --heldout $$(basename $$set) || exit 1; done

bench: install
	$(PY) -m bench.run --n $(N) $(ARGS)

clean:
	rm -rf $(VENV) data/tracker.duckdb data/tracker.duckdb.* .pytest_cache
