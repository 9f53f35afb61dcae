"""Triples into the graph: rows built once, written as `UNWIND $rows … MERGE` batches.

Every write MERGEs on a stable id, so a batch that the driver retries, or a corpus loaded
twice, leaves the same graph.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from collections import Counter
from dataclasses import dataclass, field

from graphbuild import cypherlib
from graphbuild.model import Actor, Article, Triple
from graphbuild.names import arabic_name
from graphbuild.normalize import norm

BATCH_SIZE = 1000
CONTACT_TYPES = ("MET", "NEGOTIATED")   # the closed set of interpolated relationship types


def stable_id(*parts) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:20]


def triple_id(t: Triple) -> str:
    other = t.object.id if t.object else t.statement
    return stable_id(t.doc_id, t.predicate, t.subject.id, other, t.evidence.start, t.evidence.end, t.cue)


def statement_id(t: Triple) -> str:
    return stable_id(t.doc_id, "statement", t.subject.id, t.evidence.start, t.statement)


@dataclass
class GraphRows:
    articles: list[dict] = field(default_factory=list)
    actors: list[dict] = field(default_factory=list)
    places: list[dict] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)
    prune: list[dict] = field(default_factory=list)
    statements: list[dict] = field(default_factory=list)
    stated: list[dict] = field(default_factory=list)
    contacts: dict[str, list[dict]] = field(default_factory=lambda: {r: [] for r in CONTACT_TYPES})

    def relationship_count(self) -> int:
        return len(self.stated) + sum(len(rows) for rows in self.contacts.values())


def build_rows(articles: Iterable[Article], triples: Iterable[Triple]) -> GraphRows:
    rows = GraphRows()
    triples = list(triples)
    actors: dict[str, dict] = {}
    places: dict[str, dict] = {}
    mentions: set[tuple[str, str]] = set()
    keep: dict[str, list[str]] = {}
    reported: dict[str, str | None] = {}
    for article in articles:
        reported[article.doc_id] = article.published.isoformat() if article.published else None
        rows.articles.append({
            "id": article.doc_id, "title": article.title, "source": article.source, "url": article.url,
            "published": reported[article.doc_id]})
        keep[article.doc_id] = []
    for t in triples:
        for actor in t.actors() + list(t.about):
            _add_actor(actors, actor)
            if actor in t.actors():
                mentions.add((t.doc_id, actor.id))
        if t.place:
            _add_actor(places, t.place)
        tid = triple_id(t)
        keep.setdefault(t.doc_id, []).append(tid)
        props = _relationship_props(t, reported.get(t.doc_id))
        if t.predicate == "STATED":
            sid = statement_id(t)
            rows.statements.append({"id": sid, "text": t.statement, "cue": t.cue,
                                    "article_id": t.doc_id, "about": [a.id for a in t.about]})
            rows.stated.append({"id": tid, "subject_id": t.subject.id, "statement_id": sid,
                                "props": props})
        else:
            rows.contacts[t.predicate].append({"id": tid, "subject_id": t.subject.id,
                                               "object_id": t.object.id, "props": props})
    rows.actors = [{"id": a["id"], "name": a["name"], "type": a["type"], "search": a["name"],
                    "name_ar": arabic_name(a["id"], a["name"], a["spellings"]), "aliases": sorted(a["aliases"]),
                    "keys": sorted({norm(x) for x in [a["name"], *a["aliases"]]})} for a in actors.values()]
    rows.places = [{"id": p["id"], "name": p["name"], "aliases": sorted(p["aliases"]),
                    "name_ar": arabic_name(p["id"], p["name"], p["spellings"])} for p in places.values()]
    rows.mentions = [{"article_id": d, "actor_id": a} for d, a in sorted(mentions)]
    rows.prune = [{"article_id": d, "keep": ids} for d, ids in keep.items()]
    return rows


def _add_actor(table: dict[str, dict], actor: Actor) -> None:
    row = table.setdefault(actor.id, {"id": actor.id, "name": actor.name, "type": actor.type,
                                      "aliases": set(), "spellings": Counter()})
    row["aliases"].update(a for a in [actor.mention, *actor.aliases] if a and a != actor.name)
    if actor.mention and not actor.implied:
        row["spellings"][actor.mention] += 1


def _relationship_props(t: Triple, reported: str | None) -> dict:
    """A relationship's properties. `date` is the event date the text gives (precision day, month
    or year), `reported` its article's publication date; readers use coalesce(date, reported)."""
    return {
        "article_id": t.doc_id,
        "sentence": t.evidence.text,
        "sentence_index": t.evidence.sentence,
        "start": t.evidence.start,
        "end": t.evidence.end,
        "segment": t.evidence.segment,
        "cue": t.cue,
        "date": t.date,
        "date_precision": t.date_precision,
        "date_text": t.time_text,
        "reported": reported,
        "place": t.place.name if t.place else None,
        "place_id": t.place.id if t.place else None,
        "negated": t.negated,
        "directness": t.directness,
        "via": [v.name for v in t.via],
        "attributed_to": t.attributed_to.name if t.attributed_to else None,
        "subject_implied": t.subject.implied,
        "confidence": round(t.confidence, 3),
    }


def write_rows(backend, rows: GraphRows, batch_size: int = BATCH_SIZE) -> None:
    """Nodes first, then the relationships that MATCH them; each list in batches."""
    writes = [("articles", rows.articles), ("actors", rows.actors), ("places", rows.places),
              ("mentions", rows.mentions), ("prune", rows.prune), ("statements", rows.statements),
              ("stated", rows.stated)]
    for name, data in writes:
        _batched(backend, cypherlib.read(f"write/{name}.cypher"), data, batch_size)
    contacts = cypherlib.read("write/contacts.cypher")
    for rel in CONTACT_TYPES:
        _batched(backend, contacts.replace("__REL__", rel), rows.contacts[rel], batch_size)


def load(backend, articles: Iterable[Article], triples: Iterable[Triple]) -> GraphRows:
    rows = build_rows(articles, triples)
    backend.ensure_schema()
    write_rows(backend, rows)
    return rows


def _batched(backend, query: str, rows: list[dict], batch_size: int) -> None:
    body = "\n".join(line for line in query.splitlines() if not line.strip().startswith("//"))
    for i in range(0, len(rows), batch_size):
        backend.write(body, {"rows": rows[i:i + batch_size]})
