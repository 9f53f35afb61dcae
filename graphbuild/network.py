"""The stored graph read back as one networkx MultiDiGraph: what `graphbuild.graph()` returns
and what every export starts from.

Nodes are actors (`kind` 'Actor': name, name_ar, type, aliases) and statements (`kind`
'Statement': its full `text`, `cue`, and a short `label`). Edges are the relationships, one per
extracted triple and keyed by its id: MET and NEGOTIATED between actors, STATED from a speaker to
its statement, each with every property the loader wrote plus its article's title, outlet and
url; and ABOUT from a statement to each actor it names. An edge's `date` is coalesce(date,
reported): the event date the text gives (`date_precision` day, month or year), else its
article's publication date (`reported`, and `date_precision` is None).
"""
from __future__ import annotations

import networkx as nx

from graphbuild import cypherlib
from graphbuild.names import name_map, rename

CONTACTS = ("MET", "NEGOTIATED")
LABEL_WORDS = 8


def statement_label(text: str | None, words: int = LABEL_WORDS) -> str:
    """The first words of a statement, with an ellipsis when there is more."""
    parts = (text or "").split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def read_network(backend, since: str | None = None, until: str | None = None,
                 names: str = "en") -> nx.MultiDiGraph:
    """The whole stored graph; relationships dated outside [since, until] are left out (their
    nodes stay). Node `label` is the English canonical name, or the Arabic one for names='ar',
    which also names an edge's place, channels (`via`) and cited source in Arabic."""
    graph = nx.MultiDiGraph()
    renames = name_map(backend, names)
    for row in backend.read(cypherlib.read("export/graph-nodes.cypher")):
        if row["kind"] == "Actor":
            label = (row["name_ar"] or row["name"]) if names == "ar" else row["name"]
            graph.add_node(row["id"], kind="Actor", label=label or row["id"], name=row["name"],
                           name_ar=row["name_ar"], type=row["type"], aliases=list(row["aliases"] or []))
        else:
            graph.add_node(row["id"], kind="Statement", label=statement_label(row["text"]),
                           type="STATEMENT", text=row["text"], cue=row["cue"])
            for actor in row["about"]:
                graph.add_edge(row["id"], actor, key=f"about:{row['id']}:{actor}", relation="ABOUT")
    for row in backend.read(cypherlib.read("export/relationships.cypher"), {"from": since, "to": until}):
        props = {k: rename(v, renames, k) for k, v in row["props"].items()}
        key = props.pop("id")
        props.update(relation=row["relation"], date=row["date"], article_title=row["article_title"],
                     outlet=row["outlet"], url=row["url"])
        graph.add_edge(row["source"], row["target"], key=key, **props)
    # the store keeps no null property: give every relationship the same fields
    fields = {f for *_, d in graph.edges(data=True) if d["relation"] != "ABOUT" for f in d}
    for *_, data in graph.edges(data=True):
        if data["relation"] != "ABOUT":
            for f in fields - data.keys():
                data[f] = None
    return graph


def contacts(graph: nx.MultiDiGraph):
    """(source, target, key, data) of every MET and NEGOTIATED edge."""
    return [(u, v, k, d) for u, v, k, d in graph.edges(keys=True, data=True) if d["relation"] in CONTACTS]


def speech_links(graph: nx.MultiDiGraph):
    """(speaker, actor spoken about, data of the STATED edge) for every statement about another actor."""
    links = []
    for speaker, statement, data in graph.edges(data=True):
        if data["relation"] != "STATED":
            continue
        for _, about, about_data in graph.out_edges(statement, data=True):
            if about_data["relation"] == "ABOUT" and about != speaker:
                links.append((speaker, about, data))
    return links
