"""The embedded FalkorDB backend: Cypher over the server's unix socket.

FalkorDB-specific here and nowhere else: its schema DDL file, its index-exists errors, and
its full-text procedure.
"""
from __future__ import annotations

from graphbuild import cypherlib
from graphbuild.errors import StoreError

GRAPH = "graphbuild"


class FalkorBackend:
    name = "falkordb"

    def __init__(self, socket: str, graph: str = GRAPH):
        from falkordb import FalkorDB

        self._db = FalkorDB(unix_socket_path=socket)
        self._graph = self._db.select_graph(graph)

    def ensure_schema(self) -> None:
        for statement in cypherlib.statements(cypherlib.read("schema.falkordb.cypher")):
            try:
                self._graph.query(statement)
            except Exception as exc:  # noqa: BLE001 - the client raises redis ResponseError
                if "already indexed" not in str(exc) and "already exists" not in str(exc):
                    raise StoreError(f"schema statement failed: {exc}") from exc

    def write(self, query: str, params: dict | None = None) -> None:
        try:
            self._graph.query(query, params or {})
        except Exception as exc:  # noqa: BLE001
            raise StoreError(f"FalkorDB write failed: {exc}") from exc

    def read(self, query: str, params: dict | None = None) -> list[dict]:
        try:
            result = self._graph.query(query, params or {})
        except Exception as exc:  # noqa: BLE001
            raise StoreError(f"FalkorDB query failed: {exc}") from exc
        names = [column[1] for column in result.header]
        return [dict(zip(names, map(_plain, row))) for row in result.result_set]

    def fulltext_actors(self, term: str) -> list[dict]:
        return self.read(cypherlib.read("fulltext.falkordb.cypher"), {"term": term})

    def close(self) -> None:
        self._db.connection.close()


def _plain(value):
    """Nodes and edges become their property maps; everything else is already plain."""
    if hasattr(value, "properties"):
        return dict(value.properties)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value
