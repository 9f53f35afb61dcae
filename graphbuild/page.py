"""The interactive page: one self-contained HTML file that works offline.

The network is drawn by vis-network, whose build is taken from the `pyvis` package installed
beside graphbuild and inlined at export time with graphbuild's own script and style
(`graphbuild/web/`), so the page loads nothing from anywhere. The data is one JSON block: the
actors (with every spelling, in matching form for the search), one link per pair and relation
(speech links from a speaker to the actors it speaks of, shown on demand), and under each link
every report behind it with its sentence, article, outlet, date, place, negation and source.
"""
from __future__ import annotations

import json
import re
from importlib import resources
from importlib.util import find_spec
from pathlib import Path

import networkx as nx

from graphbuild.errors import GraphbuildError
from graphbuild.network import contacts, speech_links
from graphbuild.normalize import is_arabic, norm
from graphbuild.picture import RELATION_COLOURS, TYPE_COLOURS, is_source

VIS_NETWORK = ("lib", "vis-9.1.2", "vis-network.min.js")     # inside the pyvis package
TITLES = {"en": "Who talked to whom", "ar": "من تواصل مع من"}
_PLACEHOLDER = re.compile(r"__(?:LANG|DIR|TITLE|CSS|VIS|PAGE|DATA)__")
BENDS = (0.0, 0.2, -0.2, 0.35, -0.35, 0.5, -0.5)


def _vis_network() -> str:
    spec = find_spec("pyvis")       # located, not imported: pyvis itself pulls in IPython
    if spec is None or not spec.submodule_search_locations:
        raise GraphbuildError("the HTML page needs the pyvis package (its vis-network build): pip install pyvis")
    path = Path(next(iter(spec.submodule_search_locations))).joinpath(*VIS_NETWORK)
    if not path.is_file():
        raise GraphbuildError(f"no vis-network build at {path}: reinstall pyvis")
    return path.read_text(encoding="utf-8")


def _report(data: dict) -> dict:
    return {"sentence": data["sentence"], "article": data["article_id"], "title": data["article_title"],
            "outlet": data["outlet"], "url": data["url"], "date": data["date"], "precision": data["date_precision"],
            "place": data["place"], "negated": bool(data["negated"]), "directness": data["directness"],
            "source": data["attributed_to"], "via": list(data["via"] or [])}


def page_data(network: nx.MultiDiGraph, lang: str, sources: bool = False) -> dict:
    """What the page shows, as plain JSON-ready data."""
    links: dict[tuple, dict] = {}
    pairs = [(*sorted((u, v)), d) for u, v, _, d in contacts(network)] + speech_links(network)
    for source, target, data in pairs:
        link = links.setdefault((source, target, data["relation"]), {
            "id": f"{data['relation']}:{source}:{target}", "from": source, "to": target,
            "relation": data["relation"], "evidence": []})
        link["evidence"].append(_report(data))
    bends: dict[frozenset, int] = {}
    for link in links.values():
        pair = frozenset((link["from"], link["to"]))
        link["bend"] = BENDS[bends.get(pair, 0) % len(BENDS)]
        bends[pair] = bends.get(pair, 0) + 1
        link["evidence"].sort(key=lambda e: (e["date"] or "", e["article"]))
    actors = sorted({n for link in links.values() for n in (link["from"], link["to"])})
    nodes = []
    for actor in actors:
        data = network.nodes[actor]
        spellings = sorted({data["name"], data["name_ar"], *data["aliases"]} - {None, ""})
        nodes.append({"id": actor, "label": data["label"], "name": data["name"], "type": data["type"],
                      "aliases": [s for s in spellings if is_arabic(s)] or spellings,
                      "keys": sorted({norm(s) for s in spellings}), "source": is_source(data, actor)})
    dates = sorted({e["date"] for link in links.values() for e in link["evidence"] if e["date"]})
    return {"lang": lang, "title": TITLES[lang], "sources": sources, "dates": dates, "nodes": nodes,
            "links": sorted(links.values(), key=lambda link: link["id"]),
            "relations": [{"name": r, "colour": c, "shown": r != "STATED"} for r, c in RELATION_COLOURS.items()],
            "typeColours": TYPE_COLOURS}


def render(data: dict) -> str:
    web = resources.files("graphbuild.web")
    lang = data["lang"]
    # '</' cannot appear inside a <script> element; JSON reads '<\/' as '</'
    as_json = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    replacements = {"__LANG__": lang, "__DIR__": "rtl" if lang == "ar" else "ltr", "__TITLE__": data["title"],
                    "__CSS__": web.joinpath("page.css").read_text(encoding="utf-8"),
                    "__VIS__": _vis_network().replace("</script", "<\\/script"),
                    "__PAGE__": web.joinpath("page.js").read_text(encoding="utf-8"), "__DATA__": as_json}
    html = web.joinpath("page.html").read_text(encoding="utf-8")
    return _PLACEHOLDER.sub(lambda m: replacements[m.group(0)], html)      # one pass: data is never re-read


def write_page(network: nx.MultiDiGraph, path: Path, sources: bool = False) -> nx.MultiDiGraph:
    """Write the page; returns the graph of actors and links it shows."""
    labels = [d["label"] for _, d in network.nodes(data=True) if d["kind"] == "Actor"]
    lang = "ar" if sum(map(is_arabic, labels)) * 2 > len(labels) else "en"
    data = page_data(network, lang, sources)
    if not data["links"]:
        raise GraphbuildError("the graph holds no linked actors to show: load some articles first")
    path.write_text(render(data), encoding="utf-8")
    shown = nx.MultiDiGraph()
    shown.add_nodes_from(n["id"] for n in data["nodes"])
    shown.add_edges_from((link["from"], link["to"], link["id"]) for link in data["links"])
    return shown
