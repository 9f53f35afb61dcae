import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
# The scorer and the seed gold live outside the project, in the workplace's shared folder.
EVAL = Path(os.environ.get("GRAPHBUILD_EVAL", ROOT.parent / "shared" / "eval"))
GRAPHBUILD = [sys.executable, "-m", "graphbuild"]


def run_cli(*args, cwd=None, check=True):
    proc = subprocess.run([*GRAPHBUILD, *map(str, args)], capture_output=True, text=True, cwd=cwd,
                          timeout=600)
    if check and proc.returncode != 0:
        raise AssertionError(f"graphbuild {' '.join(map(str, args))} failed: {proc.stderr}")
    return proc


@pytest.fixture(scope="session")
def extractor():
    from graphbuild.extraction.pipeline import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory):
    """The seed articles loaded once through the real CLI into a real embedded store."""
    store = tmp_path_factory.mktemp("seed-store")
    run_cli("load", SEEDS, "--store", store)
    return store


@pytest.fixture
def fresh_store(tmp_path):
    yield tmp_path / "store"
    shutil.rmtree(tmp_path / "store", ignore_errors=True)


SNAPSHOT = {
    "labels": "MATCH (n) RETURN labels(n)[0] AS key, count(n) AS n ORDER BY key",
    "relationships": "MATCH ()-[r]->() RETURN type(r) AS key, count(r) AS n ORDER BY key",
    "by_article": "MATCH ()-[r:MET|NEGOTIATED|STATED]->() RETURN r.article_id AS key, count(r) AS n ORDER BY key",
}


def store_snapshot(store) -> dict:
    """Node and relationship counts, article and relationship ids of a store, read back through
    the real embedded server."""
    from graphbuild.store import open_backend

    with open_backend(str(store)) as backend:
        shot = {name: {r["key"]: r["n"] for r in backend.read(q)} for name, q in SNAPSHOT.items()}
        shot["article_ids"] = [r["id"] for r in backend.read("MATCH (d:Article) RETURN d.id AS id ORDER BY id")]
        shot["relationship_ids"] = [r["id"] for r in backend.read(
            "MATCH ()-[r:MET|NEGOTIATED|STATED]->() RETURN r.id AS id ORDER BY id")]
    return shot
