"""Exports of the stored graph for Gephi: GraphML through networkx.

Parallel triples of one pair and relation become one edge whose `weight` counts them; lists
are joined with ' | ' because GraphML has no list values.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx

from graphbuild import cypherlib

JOIN = " | "


def build_graph(backend) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for row in backend.read(cypherlib.read("export/nodes.cypher")):
        graph.add_node(row["id"], label=row["label"] or row["id"], type=row["type"] or "",
                       aliases=JOIN.join(row["aliases"] or []))
    edges: dict[tuple, dict] = {}
    for row in backend.read(cypherlib.read("export/edges.cypher")):
        key = (row["source"], row["target"], row["type"])
        edge = edges.setdefault(key, {"type": row["type"], "weight": 0, "dates": set(), "places": set(),
                                      "articles": set(), "negated": 0})
        edge["weight"] += 1
        edge["negated"] += bool(row["negated"])
        for field, value in (("dates", row["date"]), ("places", row["place"]), ("articles", row["article"])):
            if value:
                edge[field].add(value)
    for (source, target, rel), e in edges.items():
        dates = sorted(e["dates"])
        graph.add_edge(source, target, key=rel, type=rel, label=rel, weight=e["weight"],
                       denied=e["negated"], first_date=dates[0] if dates else "",
                       last_date=dates[-1] if dates else "", places=JOIN.join(sorted(e["places"])),
                       articles=JOIN.join(sorted(e["articles"])))
    return graph


def write_graphml(backend, path: Path) -> nx.MultiDiGraph:
    graph = build_graph(backend)
    nx.write_graphml(graph, path)
    return graph
