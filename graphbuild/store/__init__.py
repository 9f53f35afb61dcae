"""Graph stores: the embedded FalkorDB default and Neo4j, behind one small interface."""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

DEFAULT_STORE = ".graphbuild"


def store_dir(option: str | None) -> Path:
    return Path(option or os.environ.get("GRAPHBUILD_STORE") or DEFAULT_STORE)


def has_data(folder: Path) -> bool:
    """Whether an embedded store was ever written in `folder` (a snapshot or an append-only log)."""
    return (folder / "graph.rdb").is_file() or (folder / "appendonlydir").is_dir()


@contextmanager
def open_backend(store: str | None = None, neo4j_uri: str | None = None):
    """The Neo4j backend when a URI is given (or NEO4J_URI is set), else the embedded store."""
    uri = neo4j_uri or os.environ.get("NEO4J_URI")
    if uri:
        from graphbuild.store.neo4j_backend import Neo4jBackend

        backend = Neo4jBackend.from_environment(uri)
        try:
            yield backend
        finally:
            backend.close()
        return
    from graphbuild.store.embedded import EmbeddedServer
    from graphbuild.store.falkor_backend import FalkorBackend

    with EmbeddedServer(store_dir(store)) as server:
        backend = FalkorBackend(server.socket)
        try:
            yield backend
        finally:
            backend.close()
