"""The Neo4j backend: the official driver, managed transactions, credentials from the environment.

Neo4j-specific here and nowhere else: its schema DDL file and its full-text procedure.
"""
from __future__ import annotations

import os

from graphbuild import cypherlib
from graphbuild.errors import StoreError


class Neo4jBackend:
    name = "neo4j"

    def __init__(self, uri: str, auth, database: str | None = None):
        from neo4j import GraphDatabase

        self._driver = GraphDatabase.driver(uri, auth=auth)
        self._database = database

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

    def write(self, query: str, params: dict | None = None) -> None:
        from neo4j.exceptions import Neo4jError, DriverError

        try:
            with self._session() as session:
                session.execute_write(lambda tx: tx.run(query, params or {}).consume())
        except (Neo4jError, DriverError) as exc:
            raise StoreError(f"Neo4j write failed: {exc}") from exc

    def read(self, query: str, params: dict | None = None) -> list[dict]:
        from neo4j.exceptions import Neo4jError, DriverError

        try:
            with self._session() as session:
                return session.execute_read(lambda tx: tx.run(query, params or {}).data())
        except (Neo4jError, DriverError) as exc:
            raise StoreError(f"Neo4j query failed: {exc}") from exc

    def fulltext_actors(self, term: str) -> list[dict]:
        return self.read(cypherlib.read("fulltext.neo4j.cypher"), {"term": term})

    def close(self) -> None:
        self._driver.close()
