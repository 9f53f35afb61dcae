# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench clean

$(STAMP): pyproject.toml tests/neo4j-cypher/package-lock.json
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	# camel-tools needs torch; the local CPU wheel must come first or pip pulls CUDA builds
	$(BIN)/python -m pip install -q torch==2.13.0
	$(BIN)/python -m pip install -q -e '.[dev]'
	# Neo4j's Cypher front end checks the Cypher files in the tests (no Neo4j server here)
	if command -v npm >/dev/null; then npm ci --prefix tests/neo4j-cypher --silent --no-audit --no-fund; fi
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/graphbuild load seeds/
	$(BIN)/graphbuild query who-talked-to-whom

test: $(STAMP)
	$(BIN)/pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/scale.py
	$(BIN)/python benchmarks/reopen.py

clean:
	rm -rf .graphbuild build *.egg-info tests/neo4j-cypher/node_modules
