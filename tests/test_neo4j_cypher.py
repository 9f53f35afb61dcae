"""Every Cypher file meant for Neo4j passes Neo4j's own parser and semantic analysis.

No Neo4j server can run here, so the queries run for real only on the embedded FalkorDB (the
other tests). This checks the Neo4j side with the front end of Neo4j's query compiler,
published as @neo4j-cypher/language-support and installed by `make` into tests/neo4j-cypher.
"""
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT

CHECKER = Path(__file__).parent / "neo4j-cypher"
NEO4J_FILES = sorted(p for p in (ROOT / "cypher").rglob("*.cypher") if ".falkordb." not in p.name)

pytestmark = pytest.mark.skipif(
    shutil.which("node") is None or not (CHECKER / "node_modules").is_dir(),
    reason="needs Node.js and `npm ci --prefix tests/neo4j-cypher` (make does it when npm is present)")


def _check(files) -> dict[str, list[dict]]:
    proc = subprocess.run(["node", str(CHECKER / "check.mjs"), *map(str, files)], capture_output=True,
                          text=True, timeout=300, check=True)
    return json.loads(proc.stdout)


def test_every_neo4j_cypher_file_is_clean():
    assert len(NEO4J_FILES) >= 20          # queries, writes, exports, schema, full-text
    report = _check(NEO4J_FILES)
    assert {Path(f).name: d for f, d in report.items() if d} == {}


def test_the_checker_reports_errors_and_warnings(tmp_path):
    broken = tmp_path / "broken.cypher"
    broken.write_text("MATCH (a:Actor RETURN a", encoding="utf-8")
    product = tmp_path / "product.cypher"
    product.write_text("MATCH (a:Actor), (b:Actor) RETURN a, b", encoding="utf-8")
    report = _check([broken, product])
    assert any(d["severity"] == "error" and "RETURN" in d["message"] for d in report[str(broken)])
    assert any(d["severity"] == "warning" and "cartesian product" in d["message"] for d in report[str(product)])


def test_every_browser_params_line_passes_neo4j(tmp_path):
    from graphbuild import cypherlib

    files = []
    for name in cypherlib.query_names():
        line = cypherlib.named_query(name).browser_params
        path = tmp_path / f"{name}.params.cypher"
        path.write_text(f"RETURN {line[len(':params '):]} AS params", encoding="utf-8")     # what :params evaluates
        files.append(path)
    report = _check(files)
    assert {Path(f).name: d for f, d in report.items() if d} == {}
