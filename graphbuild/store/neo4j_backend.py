"""The Neo4j backend: the official driver, managed transactions, credentials from the environment.

Neo4j-specific here and nowhere else: its schema DDL file, its full-text procedure, the URI
check and the connection timeouts. A URI is shown only with any credentials it holds masked.
"""
from __future__ import annotations

import os
import re
from urllib.parse import urlsplit

from graphbuild import cypherlib
from graphbuild.errors import StoreError

SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
CONNECT_TIMEOUT = 5.0       # seconds for the TCP connection and for the Bolt handshake
RETRY_TIME = 5.0            # managed transactions retry transient errors for this long


def redact(uri: str) -> str:
    """The URI with whatever sits before an '@' in its authority masked."""
    return re.sub(r"^([^:/]*://)[^@/]*@", r"\1***@", uri)


def check_uri(uri: str) -> str:
    """The URI if the driver can use it, else a StoreError saying what is wrong (redacted)."""
    shown = redact(uri)
    try:
        parts = urlsplit(uri)
        parts.port              # raises ValueError for a port that is not a number in range
    except ValueError as exc:
        raise StoreError(f"--neo4j {shown}: not a valid URI ({exc})") from exc
    if parts.scheme not in SCHEMES:
        raise StoreError(f"--neo4j {shown}: the scheme must be one of {', '.join(s + '://' for s in SCHEMES)}"
                         " (e.g. bolt://localhost:7687)")
    if not parts.hostname:
        raise StoreError(f"--neo4j {shown}: no host (e.g. bolt://localhost:7687)")
    if parts.username is not None or parts.password is not None:
        raise StoreError(f"--neo4j {shown}: credentials do not go in the URI; "
                         "set NEO4J_USER and NEO4J_PASSWORD")
    if parts.path not in ("", "/") or parts.fragment:
        raise StoreError(f"--neo4j {shown}: a Neo4j URI has no path; choose the database with NEO4J_DATABASE")
    return uri


class Neo4jBackend:
    name = "neo4j"

    def __init__(self, uri: str, auth, database: str | None = None):
        from neo4j import GraphDatabase
        from neo4j.exceptions import DriverError, Neo4jError

        self._uri = redact(check_uri(uri))
        self._driver = GraphDatabase.driver(uri, auth=auth, connection_timeout=CONNECT_TIMEOUT,
                                            connection_acquisition_timeout=CONNECT_TIMEOUT,
                                            max_transaction_retry_time=RETRY_TIME)
        self._database = database
        try:
            self._driver.verify_connectivity()
        except (Neo4jError, DriverError, OSError) as exc:
            self._driver.close()
            raise StoreError(f"Neo4j at {self._uri}: {_reason(exc)}") from exc

    @classmethod
    def from_environment(cls, uri: str) -> "Neo4jBackend":
        """NEO4J_USER (default neo4j), NEO4J_PASSWORD, NEO4J_DATABASE; no password means no auth."""
        password = os.environ.get("NEO4J_PASSWORD")
        auth = (os.environ.get("NEO4J_USER", "neo4j"), password) if password is not None else None
        return cls(uri, auth, os.environ.get("NEO4J_DATABASE") or None)

    def _session(self):
        return self._driver.session(database=self._database)

    def ensure_schema(self) -> None:
        for statement in cypherlib.statements(cypherlib.read("schema.neo4j.cypher")):
            self.write(statement)

    def write(self, query: str, params: dict | None = None) -> list[dict]:
        from neo4j.exceptions import DriverError, Neo4jError

        try:
            with self._session() as session:
                return session.execute_write(lambda tx: tx.run(query, params or {}).data())
        except (Neo4jError, DriverError) as exc:
            raise StoreError(f"Neo4j at {self._uri}: write failed: {_reason(exc)}") from exc

    def read(self, query: str, params: dict | None = None) -> list[dict]:
        """A read transaction: Neo4j refuses a query that writes."""
        from neo4j.exceptions import DriverError, Neo4jError

        try:
            with self._session() as session:
                return session.execute_read(lambda tx: tx.run(query, params or {}).data())
        except (Neo4jError, DriverError) as exc:
            raise StoreError(f"Neo4j at {self._uri}: query failed: {_reason(exc)}") from exc

    def fulltext_actors(self, term: str) -> list[dict]:
        return self.read(cypherlib.read("fulltext.neo4j.cypher"), {"term": term})

    def close(self) -> None:
        self._driver.close()


def _reason(exc: Exception) -> str:
    """The driver's message on one line: its last line says why (refused, no handshake, auth)."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    reason = lines[-1] if lines else type(exc).__name__
    if "four byte Bolt handshake" in reason:
        return "no Bolt server answers on this port (is it Neo4j?)"
    refused = re.search(r"\(reason (?:\[Errno \d+\] )?(.*)\)$", reason)
    if refused:
        return f"cannot connect ({refused.group(1)})"
    return redact(reason)
