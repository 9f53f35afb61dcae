"""Cypher text shipped as package data (graphbuild.cypher): schema, writes and named queries."""
