# The two commands a newcomer needs: `make run` and `make test`. Everything installs into .venv.
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
DOCS ?= examples/documents
export HF_HUB_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false
export GRADIO_ANALYTICS_ENABLED := False

.PHONY: install run test eval bench lint clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e ".[test]"
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

run: install  ## ingest DOCS into an empty store, then serve the chat on http://127.0.0.1:7860
	$(BIN)/cabinet serve --ingest-if-empty $(DOCS)

test: install  ## unit and integration tests, then the eval and bench gates (eval/floors.json, eval/bench_floors.json)
	$(BIN)/pytest
	$(BIN)/cabinet eval --check-floors
	$(BIN)/python -m eval.bench --check-floors

eval: install
	$(BIN)/cabinet eval

bench: install
	$(BIN)/python -m eval.bench

lint: install
	$(BIN)/ruff check .

clean:
	rm -rf data .bench
