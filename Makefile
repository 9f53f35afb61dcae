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
	# the HTML page is tested in Debian's headless Chromium (with Arabic fonts); root installs it
	if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	      chromium chromium-driver fonts-noto-core >/dev/null; \
	  else echo "no chromium and not root: the page's browser test will be skipped"; fi; \
	fi
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/graphbuild load seeds/
	$(BIN)/graphbuild query who-talked-to-whom
	$(BIN)/graphbuild export -o contacts.html
	@echo "The interactive page: $(CURDIR)/contacts.html (open it in a browser; it works offline)"

test: $(STAMP)
	$(BIN)/pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/scale.py
	$(BIN)/python benchmarks/reopen.py

clean:
	rm -rf .graphbuild build *.egg-info tests/neo4j-cypher/node_modules contacts.html
