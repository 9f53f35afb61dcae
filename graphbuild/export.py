"""Exports of the stored graph: GraphML and GEXF for Gephi, node and relationship CSVs for
`neo4j-admin database import`.

Both start from the whole stored graph (`graphbuild.network.read_network`). GraphML: actors and
statements (labelled by their first words, the full text in `text`); parallel triples of one
pair and relation become one edge whose `weight` counts them, `denials` counts the denied ones
and `denied` is true when all are. GEXF (dynamic mode, for Gephi's timeline): actors in contact,
one edge per pair, relation and date (coalesce(date, reported)), starting on that date. Lists
are joined with ' | ' because neither format has list values.
"""
from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

from graphbuild import cypherlib
from graphbuild.network import contacts

JOIN = " | "


def _node_attrs(data: dict) -> dict:
    """A node's attributes with lists joined; statements keep their full text beside the label."""
    if data["kind"] == "Statement":
        return {"label": data["label"], "type": "STATEMENT", "text": data["text"] or ""}
    return {"label": data["label"], "type": data["type"] or "", "name": data["name"] or "",
            "name_ar": data["name_ar"] or "", "aliases": JOIN.join(data["aliases"])}


def _grouped(edges, key) -> dict[tuple, dict]:
    """Edges grouped by `key(source, target, data)`: how many, how many denied, and their
    dates, places and articles."""
    groups: dict[tuple, dict] = {}
    for source, target, _, data in edges:
        group = groups.setdefault(key(source, target, data), {"weight": 0, "denials": 0, "dates": set(),
                                                               "places": set(), "articles": set()})
        group["weight"] += 1
        group["denials"] += bool(data["negated"])
        for field, value in (("dates", data["date"]), ("places", data["place"]), ("articles", data["article_id"])):
            if value:
                group[field].add(value)
    return groups


def _summary(e: dict) -> dict:
    return {"weight": e["weight"], "denials": e["denials"], "denied": e["denials"] == e["weight"],
            "places": JOIN.join(sorted(e["places"])), "articles": JOIN.join(sorted(e["articles"]))}


def build_graph(network: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Actors and statements; one edge per pair and relation (its id 'RELATION:source:target')."""
    graph = nx.MultiDiGraph()
    for node, data in network.nodes(data=True):
        graph.add_node(node, **_node_attrs(data))
    edges = [e for e in network.edges(keys=True, data=True) if e[3]["relation"] != "ABOUT"]
    for (source, target, rel), e in _grouped(edges, lambda u, v, d: (u, v, d["relation"])).items():
        dates = sorted(e["dates"])
        graph.add_edge(source, target, key=f"{rel}:{source}:{target}", type=rel, label=rel, **_summary(e),
                       first_date=dates[0] if dates else "", last_date=dates[-1] if dates else "")
    return graph


def write_graphml(network: nx.MultiDiGraph, path: Path) -> nx.MultiDiGraph:
    graph = build_graph(network)
    nx.write_graphml(graph, path)
    return graph


def build_timeline(network: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Actors in contact; one edge per pair, relation and date, starting on that date."""
    graph = nx.MultiDiGraph(mode="dynamic")
    edges = contacts(network)
    for node in {n for u, v, *_ in edges for n in (u, v)}:
        graph.add_node(node, **_node_attrs(network.nodes[node]))
    grouped = _grouped(edges, lambda u, v, d: (u, v, d["relation"], d["date"] or ""))
    for (source, target, rel, day), e in sorted(grouped.items()):
        attrs = {"relation": rel, "label": rel, **_summary(e), "weight": float(e["weight"])}
        if day:
            attrs["start"] = _full_date(day)
        graph.add_edge(source, target, key=f"{rel}|{day}", **attrs)
    return graph


def _full_date(day: str) -> str:
    """GEXF dates are whole days: a month ('2023-10') starts on its first day, a year on 1 January."""
    parts = day.split("-")
    return "-".join(parts + ["01"] * (3 - len(parts)))


def write_gexf(network: nx.MultiDiGraph, path: Path) -> nx.MultiDiGraph:
    graph = build_timeline(network)
    writer = GEXFWriter(version="1.2draft")
    writer.add_graph(graph)
    del writer.graph_element.attrib["name"]     # networkx always writes it; GEXF 1.2 has no such attribute
    _drop_attribute(writer.xml, "networkx_key")     # networkx's own record of a multigraph's edge keys
    with open(path, "wb") as fh:
        writer.write(fh)
    return graph


def _drop_attribute(root, title: str) -> None:
    """Remove an attribute's declaration and every value of it from networkx's GEXF tree."""
    for block in root.iter("attributes"):
        for attribute in list(block):
            if attribute.get("title") != title:
                continue
            block.remove(attribute)
            kind = block.get("class")
            for element in root.iter(kind):
                for values in element.findall("attvalues"):
                    for value in [v for v in values if v.get("for") == attribute.get("id")]:
                        values.remove(value)


# The graph model `graphbuild load` builds: node labels, and each relationship type's ends.
NODE_LABELS = ("Actor", "Place", "Article", "Statement", "Spelling")
RELATIONSHIP_ENDS = {"MET": ("Actor", "Actor"), "NEGOTIATED": ("Actor", "Actor"), "STATED": ("Actor", "Statement"),
                     "MENTIONS": ("Article", "Actor"), "REPORTED_IN": ("Statement", "Article"),
                     "ABOUT": ("Statement", "Actor"), "SPELLS": ("Spelling", "Actor"),
                     "PART_OF": ("Spelling", "Actor"), "SUMMARY": ("Actor", "Actor")}
ARRAY_DELIMITER = ";"           # neo4j-admin's default


def _csv_type(values) -> str:
    """neo4j-admin's header type for a property from the values it takes (None never counts)."""
    values = list(values)
    kinds = {type(v) for v in values if v is not None}
    if kinds == {bool}:
        return "boolean"
    if kinds == {int}:
        return "long"
    if kinds and kinds <= {int, float}:
        return "double"
    if kinds == {list}:
        items = {type(x) for v in values if v is not None for x in v}
        return "long[]" if items == {int} else "string[]"
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
