"""A picture of the actor network, PNG or SVG, for people who want to look rather than query.

Nodes are actors, sized by how many other actors they are linked to and coloured by type.
Edges are coloured by relation: a contact joins the pair; with `statements`, a statement points
from its speaker to each actor it is about. An edge is dashed when every report of it is a
denial. Outlets and unnamed sources ('مصدر مطلع') report rather than act: they are drawn only
when asked for. The title is Arabic when most labels are.

Labels are passed to matplotlib as logical Arabic text. Since 3.11 matplotlib lays text out
with libraqm, which shapes the letters and orders them right to left itself; reshaping or
reordering a label beforehand (arabic-reshaper, python-bidi) would reverse it a second time.
"""
from __future__ import annotations

import math
from pathlib import Path

import networkx as nx

from graphbuild.errors import StoreError
from graphbuild.network import contacts, speech_links
from graphbuild.normalize import is_arabic

RELATION_COLOURS = {"MET": "#c0392b", "NEGOTIATED": "#1f618d", "STATED": "#a6acaf"}
TYPE_COLOURS = {"PERSON": "#f8c471", "ORG": "#bb8fce", "GPE": "#7dcea0", "LOC": "#a3e4d7", "MEDIA": "#aeb6bf"}
FONT = "DejaVu Sans"        # ships with matplotlib and covers Arabic


def is_source(data: dict, actor_id: str) -> bool:
    """An outlet or an unnamed source: who reports, not who acts."""
    return data.get("type") == "MEDIA" or actor_id.startswith("unnamed_")


def actor_network(network: nx.MultiDiGraph, statements: bool = False, sources: bool = False) -> nx.MultiDiGraph:
    """Actors and their contacts; one edge per pair and relation, counting its reports and denials.

    Contacts are symmetric, so a pair's contacts share one edge from the lower id to the higher.
    With `statements`, STATED edges point from a speaker to each actor its statements are about.
    Outlets and unnamed sources are left out unless `sources`.
    """
    links = [(u, v, d) for u, v, _, d in contacts(network)]
    if statements:
        links += speech_links(network)
    graph = nx.MultiDiGraph()
    for source, target, data in links:
        relation = data["relation"]
        if not sources and any(is_source(network.nodes[n], n) for n in (source, target)):
            continue
        if relation != "STATED":
            source, target = sorted((source, target))
        if not graph.has_edge(source, target, relation):
            graph.add_edge(source, target, relation, reports=0, denied=0)
        edge = graph.edges[source, target, relation]
        edge["reports"] += 1
        edge["denied"] += bool(data["negated"])
    for node, data in graph.nodes(data=True):
        data.update(type=network.nodes[node]["type"], label=network.nodes[node]["label"],
                    degree=len(set(nx.all_neighbors(graph, node))))
    return graph


def busiest(graph: nx.MultiDiGraph, limit: int) -> nx.MultiDiGraph:
    """The `limit` actors with the most partners (then most reports), and the edges among them."""
    def weight(node):
        return (graph.nodes[node]["degree"], graph.degree(node, weight="reports"), node)

    return graph.subgraph(sorted(graph, key=weight, reverse=True)[:limit])


def draw(graph: nx.MultiDiGraph, path: Path, fmt: str, total_actors: int | None = None,
         period: str = "") -> None:
    """Write the picture to `path` as `fmt`, png or svg; the title is in the labels' script."""
    if not graph:
        raise StoreError("the graph holds no linked actors to draw: load some articles first")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch

    n = graph.number_of_nodes()
    side = min(32.0, max(9.0, 2.7 * math.sqrt(n)))
    fig, ax = plt.subplots(figsize=(side, side * 0.8))
    ax.set_axis_off()
    pos = nx.kamada_kawai_layout(nx.Graph(graph))

    size = {node: 180 + 160 * min(graph.nodes[node]["degree"], 30) for node in graph}   # points²
    for pair, edges in _by_pair(graph).items():
        for i, (u, v, relation, edge) in enumerate(edges):
            bend = 0.0 if len(edges) == 1 else 0.25 * (i - (len(edges) - 1) / 2)
            bend = bend if (u, v) == pair else -bend    # the same side whichever way it points
            ax.add_patch(FancyArrowPatch(
                pos[u], pos[v], connectionstyle=f"arc3,rad={bend}", color=RELATION_COLOURS[relation],
                arrowstyle="-|>,head_length=6,head_width=3" if relation == "STATED" else "-",
                linewidth=(0.6 if relation == "STATED" else 1.2) * (1 + math.log2(edge["reports"])),
                alpha=0.55 if relation == "STATED" else 0.9,
                linestyle="--" if edge["denied"] == edge["reports"] else "-",
                shrinkA=math.sqrt(size[u]) / 2, shrinkB=math.sqrt(size[v]) / 2,
                zorder=1 if relation == "STATED" else 1.5, gid=f"link-{relation}-{u}-{v}"))
    nodes = list(graph)
    ax.scatter([pos[v][0] for v in nodes], [pos[v][1] for v in nodes], s=[size[v] for v in nodes],
               c=[TYPE_COLOURS.get(graph.nodes[v].get("type"), "#dddddd") for v in nodes],
               edgecolors="#424949", linewidths=0.8, zorder=2)
    for node in nodes:
        data = graph.nodes[node]
        ax.annotate(data.get("label", node), pos[node], xytext=(0, -math.sqrt(size[node]) / 2 - 1),
                    textcoords="offset points", ha="center", va="top", family=FONT,
                    fontsize=9 + min(data["degree"], 12) * 0.4, zorder=3, gid=f"label-{node}",
                    bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.75})

    relation_keys = [Line2D([], [], color=c, lw=2.5, label=r) for r, c in RELATION_COLOURS.items()
                     if any(rel == r for *_, rel in graph.edges(keys=True))]
    relation_keys.append(Line2D([], [], color="#555555", lw=1.5, ls="--", label="denied"))
    type_keys = [Line2D([], [], marker="o", ls="", markersize=10, markerfacecolor=c, markeredgecolor="#424949",
                        label=t) for t, c in TYPE_COLOURS.items()
                 if any(graph.nodes[v].get("type") == t for v in nodes)]
    ax.legend(handles=relation_keys + type_keys, loc="lower left", frameon=False, fontsize=10)
    arabic = sum(is_arabic(graph.nodes[v].get("label", "")) for v in nodes) * 2 > n
    ax.set_title(_title(arabic, n, total_actors, graph.number_of_edges(), period), fontsize=12, family=FONT)
    fig.tight_layout()
    fig.savefig(path, format=fmt, dpi=150)
    plt.close(fig)


def _title(arabic: bool, shown: int, total: int | None, links: int, period: str) -> str:
    """'Who talked to whom' with the counts, in Arabic when the labels are Arabic."""
    if arabic:
        actors = f"{shown} من {total} طرفا" if total and total != shown else f"{shown} طرفا"
        return f"من تواصل مع من: {actors}، {links} صلة" + (f"، {period}" if period else "")
    actors = f"{shown} of {total} actors" if total and total != shown else f"{shown} actors"
    return f"Who talked to whom: {actors}, {links} links" + (f", {period}" if period else "") + \
        ". Node size: partners; width: reports"


def _by_pair(graph: nx.MultiDiGraph) -> dict[tuple, list[tuple]]:
    """Edges grouped by the pair they join, either way round, so parallel ones can be bent apart."""
    pairs: dict[tuple, list] = {}
    for u, v, relation, edge in sorted(graph.edges(keys=True, data=True), key=lambda e: e[:3]):
        pairs.setdefault((u, v) if u < v else (v, u), []).append((u, v, relation, edge))
    return pairs


def write_picture(network: nx.MultiDiGraph, path: Path, fmt: str, limit: int = 60, statements: bool = False,
                  sources: bool = False, period: str = "") -> nx.MultiDiGraph:
    graph = actor_network(network, statements, sources)
    shown = busiest(graph, limit)
    draw(shown, path, fmt, total_actors=graph.number_of_nodes(), period=period)
    return shown
