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


# The graph model `graphbuild load` builds: node labels, and each relationship type's ends.
NODE_LABELS = ("Actor", "Place", "Article", "Statement", "Spelling")
RELATIONSHIP_ENDS = {"MET": ("Actor", "Actor"), "NEGOTIATED": ("Actor", "Actor"), "STATED": ("Actor", "Statement"),
                     "MENTIONS": ("Article", "Actor"), "REPORTED_IN": ("Statement", "Article"),
                     "ABOUT": ("Statement", "Actor"), "SPELLS": ("Spelling", "Actor"),
                     "PART_OF": ("Spelling", "Actor")}
ARRAY_DELIMITER = ";"           # neo4j-admin's default


def _csv_type(values) -> str:
    """neo4j-admin's header type for a property from the values it takes (None never counts)."""
    kinds = {type(v) for v in values if v is not None}
    if kinds == {bool}:
        return "boolean"
    if kinds == {int}:
        return "long"
    if kinds and kinds <= {int, float}:
        return "double"
    if kinds == {list}:
        return "string[]"
    return "string"


def _csv_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ARRAY_DELIMITER.join(map(str, value))
    return str(value)


def _write_table(path: Path, lead: list[str], lead_values: list[list], props: list[dict], skip=()) -> None:
    """A header of `lead` columns and then every property seen, typed; one line per row."""
    keys = sorted({k for p in props for k in p} - set(skip))
    types = {k: _csv_type(p.get(k) for p in props) for k in keys}
    header = lead + [k if types[k] == "string" else f"{k}:{types[k]}" for k in keys]
    with open(path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(header)
        for first, p in zip(lead_values, props):
            out.writerow([_csv_value(v) for v in first] + [_csv_value(p.get(k)) for k in keys])


def write_csv(backend, folder: Path) -> tuple[int, int]:
    """One CSV per node label (`Actor.csv` …) and per relationship type (`MET.csv` …), with
    neo4j-admin headers: every property `load` writes, typed, ids in one space per label, arrays
    joined with ';'. For `neo4j-admin database import full --nodes=Actor.csv … --relationships=MET.csv …`."""
    folder.mkdir(parents=True, exist_ok=True)
    nodes = edges = 0
    node_query = cypherlib.read("export/label-nodes.cypher")
    for label in NODE_LABELS:
        props = [row["props"] for row in backend.read(node_query.replace("__LABEL__", label))]
        _write_table(folder / f"{label}.csv", [f"id:ID({label})", ":LABEL"],
                     [[p.get("id"), label] for p in props], props, skip=("id",))
        nodes += len(props)
    edge_query = cypherlib.read("export/typed-relationships.cypher")
    for rel, (start, end) in RELATIONSHIP_ENDS.items():
        rows = backend.read(edge_query.replace("__TYPE__", rel).replace("__FROM__", start).replace("__TO__", end))
        _write_table(folder / f"{rel}.csv", [f":START_ID({start})", f":END_ID({end})", ":TYPE"],
                     [[row["start"], row["end"], rel] for row in rows], [row["props"] for row in rows])
        edges += len(rows)
    return nodes, edges
