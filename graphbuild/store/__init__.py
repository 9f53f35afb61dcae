"""Graph stores: the embedded FalkorDB default and Neo4j, behind one small interface."""
from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import contextmanager, nullcontext
from pathlib import Path

DEFAULT_STORE = ".graphbuild"


def store_dir(option: str | None) -> Path:
    return Path(option or os.environ.get("GRAPHBUILD_STORE") or DEFAULT_STORE)


def check_target(store: str | None = None, neo4j_uri: str | None = None) -> None:
    """Raise StoreError now for a malformed or unreachable Neo4j URI or an unusable store
    folder, so that a long extraction is not spent on a load that cannot happen."""
    uri = neo4j_uri or os.environ.get("NEO4J_URI")
    if uri:
        from graphbuild.store.neo4j_backend import Neo4jBackend

        Neo4jBackend.from_environment(uri).close()
    else:
        from graphbuild.store.embedded import prepare_folder

        prepare_folder(store_dir(store), create=False)


def has_data(folder: Path) -> bool:
    """Whether an embedded store was ever written in `folder` (a snapshot or an append-only log)."""
    return (folder / "graph.rdb").is_file() or (folder / "appendonlydir").is_dir()


@contextmanager
def open_backend(store: str | None = None, neo4j_uri: str | None = None, write: bool = False,
                 notify: Callable[[str], None] | None = None):
    """The Neo4j backend when a URI is given (or NEO4J_URI is set), else the embedded store.

    `write=True` makes this the embedded store's one writer until the block ends: a second
    writer waits (and `notify` says for whom)."""
    uri = neo4j_uri or os.environ.get("NEO4J_URI")
    if uri:
        from graphbuild.store.neo4j_backend import Neo4jBackend

        backend = Neo4jBackend.from_environment(uri)
        try:
            yield backend
        finally:
            backend.close()
        return
    from graphbuild.store.embedded import EmbeddedServer, prepare_folder
    from graphbuild.store.falkor_backend import FalkorBackend
    from graphbuild.store.locks import WriterLock

    folder = store_dir(store)
    if write:
        prepare_folder(folder)
    with WriterLock(folder / "write.lock", notify) if write else nullcontext():
        with EmbeddedServer(folder, notify=notify) as server:
            backend = FalkorBackend(server.socket)
            try:
                yield backend
            finally:
                backend.close()
