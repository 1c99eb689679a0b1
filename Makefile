# The two commands a newcomer needs: `make run` and `make test`. Everything installs into .venv.
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
DOCS ?= examples/documents
export HF_HUB_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false
export GRADIO_ANALYTICS_ENABLED := False

.PHONY: install browser run test eval bench bench-scale chroma lint clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e ".[test]"
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

browser:  ## Debian's chromium for the browser tests (Playwright drives it; nothing downloads a browser of its own)
	@command -v chromium >/dev/null 2>&1 || { export DEBIAN_FRONTEND=noninteractive; \
	  apt-get install -y -q chromium >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null; }; } \
	  || echo "chromium could not be installed (apt-get as root): the browser tests are skipped outside CI"

run: install  ## ingest DOCS into an empty store, then serve the chat on http://127.0.0.1:7860
	$(BIN)/cabinet serve --ingest-if-empty $(DOCS)

COUNCILS := data/councils-corpus
COUNCILS_EVAL := --corpus $(COUNCILS) --questions eval/councils/questions.jsonl --floors eval/councils/floors.json

$(COUNCILS): eval/councils/*.py
	$(BIN)/python -m eval.councils.build $(COUNCILS)
	touch $(COUNCILS)

# Three more invented councils in other house styles, written blind (eval/unseen/README.md); now a development set with floors.
UNSEEN := data/unseen-corpus
UNSEEN_EVAL := --corpus $(UNSEEN) --questions eval/unseen/questions.jsonl --floors eval/unseen/floors.json

$(UNSEEN): eval/unseen/*.py eval/councils/*.py
	$(BIN)/python -m eval.unseen.build $(UNSEEN)
	touch $(UNSEEN)

test: install browser $(COUNCILS) $(UNSEEN)  ## unit, app and browser tests, then the evals (sample, four invented councils, three more), bench and load gates (eval/**/floors.json)
	$(BIN)/pytest
	$(BIN)/cabinet eval --check-floors
	$(BIN)/cabinet eval --check-floors --no-baseline $(COUNCILS_EVAL)
	$(BIN)/cabinet eval --check-floors --no-baseline $(UNSEEN_EVAL)
	$(BIN)/python -m eval.bench --check-floors
	$(BIN)/python -m eval.load --check-floors
	$(BIN)/python -m eval.soak --questions 300

eval: install $(COUNCILS) $(UNSEEN)  ## the gold sets: the sample corpus, and the invented councils' papers
	$(BIN)/cabinet eval
	$(BIN)/cabinet eval --no-baseline $(COUNCILS_EVAL)
	$(BIN)/cabinet eval --no-baseline $(UNSEEN_EVAL)

bench: install
	$(BIN)/python -m eval.bench
	$(BIN)/python -m eval.load

bench-scale: install  ## libraries of 100,000 passages (embedded and on a Chroma server): start-up, ask/search p50/p95, memory, disk, needles
	$(BIN)/python -m eval.scale --passages 100000

chroma: install  ## a Chroma server on 127.0.0.1:8000 for CABINET_CHROMA_URL=http://127.0.0.1:8000 (ingest, ask, search and the app share it)
	$(BIN)/chroma run --path data/chroma --host 127.0.0.1 --port 8000

lint: install
	$(BIN)/ruff check .

clean:
	rm -rf data .bench
