"""The embedded FalkorDB backend: Cypher over the server's unix socket.

FalkorDB-specific here and nowhere else: its schema DDL file, its index-exists errors, its
full-text procedure, and its read-only query command (GRAPH.RO_QUERY) for reads.
"""
from __future__ import annotations

from graphbuild import cypherlib
from graphbuild.errors import StoreError

GRAPH = "graphbuild"


class FalkorBackend:
    name = "falkordb"

    def __init__(self, socket: str, graph: str = GRAPH):
        import redis
        from falkordb import FalkorDB

        try:
            self._db = FalkorDB(unix_socket_path=socket)     # asks the server what it is
        except redis.exceptions.RedisError as exc:
            raise StoreError(f"the embedded store failed: {_reason(exc)}") from exc
        self._graph = self._db.select_graph(graph)

    def ensure_schema(self) -> None:
        import redis

        for statement in cypherlib.statements(cypherlib.read("schema.falkordb.cypher")):
            try:
                self._graph.query(statement)
            except redis.exceptions.ResponseError as exc:
                if "already indexed" not in str(exc) and "already exists" not in str(exc):
                    raise StoreError(f"schema statement failed: {_reason(exc)}") from exc
            except redis.exceptions.RedisError as exc:
                raise StoreError(f"the embedded store failed: {_reason(exc)}") from exc

    def write(self, query: str, params: dict | None = None) -> list[dict]:
        return self._run(self._graph.query, query, params, "write")

    def read(self, query: str, params: dict | None = None) -> list[dict]:
        """A read-only query: FalkorDB refuses one that writes."""
        return self._run(self._graph.ro_query, query, params, "query")

    def _run(self, method, query: str, params: dict | None, what: str) -> list[dict]:
        import redis

        try:
            result = method(query, params or {})
        except redis.exceptions.ResponseError as exc:
            if "empty key" in str(exc):
                return []                 # a read of a graph nothing was written to yet
            raise StoreError(f"FalkorDB {what} failed: {_reason(exc)}") from exc
        except redis.exceptions.RedisError as exc:
            raise StoreError(f"FalkorDB {what} failed: {_reason(exc)}") from exc
        except UnicodeEncodeError as exc:
            raise StoreError(f"FalkorDB {what} failed: a value is not valid text ({exc.reason})") from exc
        names = [column[1] for column in result.header]
        return [dict(zip(names, map(_plain, row))) for row in result.result_set]

    def fulltext_actors(self, term: str) -> list[dict]:
        return self.read(cypherlib.read("fulltext.falkordb.cypher"), {"term": term})

    def close(self) -> None:
        self._db.connection.close()


def _reason(exc: Exception) -> str:
    """The server's message, or what a broken connection or a full disk means for the user."""
    text = str(exc).strip() or type(exc).__name__
    if "MISCONF" in text or "No space left" in text or "ENOSPC" in text:
        return f"the disk holding the store is full or cannot be written ({text.splitlines()[0]})"
    if "read-only queries" in text:
        return "this query writes; run it with --write"
    import redis

    if isinstance(exc, redis.exceptions.ConnectionError):
        return f"the embedded server stopped or cannot be reached ({text})"
    return text.splitlines()[0]


def _plain(value):
    """Nodes and edges become their property maps; everything else is already plain."""
    if hasattr(value, "properties"):
        return dict(value.properties)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value
