# One command each: `make install`, `make test`, `make run DOCS=folder QUERY="..."`.
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
DOCS ?= ../shared/corpus/seeds
QUERY ?= How are children's social workers being recruited and retained?

.PHONY: install llm-test-deps system-deps test test-all run bench bench-deps lint

$(VENV)/bin/activate:
	python3 -m venv $(VENV)

# the dev install has the torch extra (the tests compare the ONNX graph with sentence-transformers); torch first,
# pinned: it comes as a CPU wheel from local disk; unpinned, pip pulls a multi-GB CUDA build. A user's install
# needs no torch: see README, Install.
install: $(VENV)/bin/activate
	$(PIP) install --quiet torch==2.13.0
	$(PIP) install --quiet -e '.[dev,torch]'

# the tests also start a real llama.cpp server: build it once (pip caches the wheel afterwards)
llm-test-deps: install
	CMAKE_ARGS="-DLLAVA_BUILD=OFF -DGGML_NATIVE=OFF" $(PIP) install --quiet -e '.[dev,torch,llm-test]'

# optional, needs root: Chromium for the test that screenshots the HTML reports (it skips without it)
system-deps:
	command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium) \
	  || echo "chromium not installed: the HTML screenshot test will be skipped"

test: llm-test-deps
	$(VENV)/bin/pytest

test-all:
	$(VENV)/bin/pytest -m ''

run: install
	$(VENV)/bin/minutes-rag ingest $(DOCS)
	$(VENV)/bin/minutes-rag ask "$(QUERY)"

# the naive LangChain pipeline bench/baseline_langchain.py compares against
bench-deps: install
	$(PIP) install --quiet -e '.[dev,torch,bench]'

# the baseline scores the index bench/ingest.py built, with its ingest wall time, rather than ingesting again
# synthetic sizes for bench/query.py --scale: `make bench SCALE="100000 1000000"` (1M: ~25 min, ~9 GB)
BENCH_INDEX ?= /tmp/minutes-rag-bench-index
SCALE ?= 100000
bench: bench-deps
	$(PY) bench/ingest.py --index $(BENCH_INDEX) > $(BENCH_INDEX).ingest.txt && cat $(BENCH_INDEX).ingest.txt
	$(PY) bench/query.py --index $(BENCH_INDEX) --scale $(SCALE)
	$(PY) bench/cold.py --index $(BENCH_INDEX)
	$(PY) bench/baseline_langchain.py --ours-index $(BENCH_INDEX) \
	  --ours-seconds $$(awk '$$1 == "wall" {print $$2}' $(BENCH_INDEX).ingest.txt)

lint: install
	$(VENV)/bin/mypy
	$(VENV)/bin/ruff check src tests bench examples
