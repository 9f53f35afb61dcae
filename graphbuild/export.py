"""Exports of the stored graph: GraphML and GEXF for Gephi, node and relationship CSVs for
`neo4j-admin database import`.

GraphML: parallel triples of one pair and relation become one edge whose `weight` counts them.
GEXF (dynamic mode, for Gephi's timeline): one edge per pair, relation and date, starting on
that date. Lists are joined with ' | ' because neither format has list values.
"""
from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

from graphbuild import cypherlib

JOIN = " | "


def _add_nodes(graph, backend, statements: bool) -> None:
    for row in backend.read(cypherlib.read("export/nodes.cypher")):
        if statements or row["type"] != "STATEMENT":
            graph.add_node(row["id"], label=row["label"] or row["id"], type=row["type"] or "",
                           aliases=JOIN.join(row["aliases"] or []))


def _grouped_edges(backend, key, contacts_only: bool = False) -> dict[tuple, dict]:
    """Triples grouped by `key(row)`: how many, how many denied, and their dates, places, articles."""
    groups: dict[tuple, dict] = {}
    for row in backend.read(cypherlib.read("export/edges.cypher")):
        if contacts_only and row["type"] == "STATED":
            continue
        group = groups.setdefault(key(row), {"weight": 0, "denied": 0, "dates": set(), "places": set(),
                                             "articles": set()})
        group["weight"] += 1
        group["denied"] += bool(row["negated"])
        for field, value in (("dates", row["date"]), ("places", row["place"]), ("articles", row["article"])):
            if value:
                group[field].add(value)
    return groups


def build_graph(backend) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    _add_nodes(graph, backend, statements=True)
    edges = _grouped_edges(backend, lambda row: (row["source"], row["target"], row["type"]))
    for (source, target, rel), e in edges.items():
        dates = sorted(e["dates"])
        graph.add_edge(source, target, key=rel, type=rel, label=rel, weight=e["weight"],
                       denied=e["denied"], first_date=dates[0] if dates else "",
                       last_date=dates[-1] if dates else "", places=JOIN.join(sorted(e["places"])),
                       articles=JOIN.join(sorted(e["articles"])))
    return graph


def write_graphml(backend, path: Path) -> nx.MultiDiGraph:
    graph = build_graph(backend)
    nx.write_graphml(graph, path)
    return graph


def build_timeline(backend) -> nx.MultiDiGraph:
    """Contacts only, one edge per pair, relation and date; undated ones carry no start."""
    graph = nx.MultiDiGraph(mode="dynamic")
    _add_nodes(graph, backend, statements=False)
    edges = _grouped_edges(backend, lambda row: (row["source"], row["target"], row["type"], row["date"] or ""),
                           contacts_only=True)
    for (source, target, rel, day), e in sorted(edges.items()):
        attrs = {"relation": rel, "label": rel, "weight": float(e["weight"]), "denied": e["denied"],
                 "places": JOIN.join(sorted(e["places"])), "articles": JOIN.join(sorted(e["articles"]))}
        if day:
            attrs["start"] = _full_date(day)
        graph.add_edge(source, target, key=f"{rel}|{day}", **attrs)
    return graph


def _full_date(day: str) -> str:
    """GEXF dates are whole days: a month ('2023-10') starts on its first day."""
    parts = day.split("-")
    return "-".join(parts + ["01"] * (3 - len(parts)))


def write_gexf(backend, path: Path) -> nx.MultiDiGraph:
    graph = build_timeline(backend)
    writer = GEXFWriter(version="1.2draft")
    writer.add_graph(graph)
    del writer.graph_element.attrib["name"]     # networkx always writes it; GEXF 1.2 has no such attribute
    with open(path, "wb") as fh:
        writer.write(fh)
    return graph


# neo4j-admin database import headers: ':ID(space)', ':LABEL', ':START_ID(space)', ':END_ID', ':TYPE'
NODE_HEADER = ["id:ID(Node)", "name", "type", "aliases:string[]", ":LABEL"]
EDGE_HEADER = [":START_ID(Node)", ":END_ID(Node)", ":TYPE", "date", "place", "article_id",
               "negated:boolean", "directness"]


def write_csv(backend, folder: Path) -> tuple[int, int]:
    """nodes.csv and relationships.csv for `neo4j-admin database import full --nodes=nodes.csv
    --relationships=relationships.csv`; arrays use neo4j-admin's default ';' delimiter."""
    folder.mkdir(parents=True, exist_ok=True)
    nodes = backend.read(cypherlib.read("export/nodes.cypher"))
    edges = backend.read(cypherlib.read("export/edges.cypher"))
    with open(folder / "nodes.csv", "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(NODE_HEADER)
        for row in nodes:
            label = "Statement" if row["type"] == "STATEMENT" else "Actor"
            out.writerow([row["id"], row["label"], row["type"], ";".join(row["aliases"] or []), label])
    with open(folder / "relationships.csv", "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(EDGE_HEADER)
        for row in edges:
            out.writerow([row["source"], row["target"], row["type"], row["date"] or "", row["place"] or "",
                          row["article"], "true" if row["negated"] else "false", row["directness"] or ""])
    return len(nodes), len(edges)
