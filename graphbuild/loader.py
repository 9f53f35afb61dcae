"""Triples into the graph: rows built once, written as `UNWIND $rows … MERGE` batches.

Every write MERGEs on a stable id, so a batch that the driver retries, or a corpus loaded
twice, leaves the same graph.

The write stage has the same per-article policy as reading and extraction: articles are written
in groups; when a group fails and the store still answers, each of its articles is written
alone, and one that still fails is reported and skipped. A store that stops answering ends the
load (what was written stays). An article whose id the store already holds for a different
text from another file is reported and skipped, never merged into it.
"""
from __future__ import annotations

import hashlib
import os
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from graphbuild import cypherlib
from graphbuild.errors import InputError, StoreError
from graphbuild.model import Actor, Article, Triple
from graphbuild.normalize import norm

BATCH_SIZE = 1000
ARTICLES_PER_GROUP = 200     # articles written together; a failing group is retried one by one
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
    for article in articles:
        rows.articles.append({
            "id": article.doc_id, "title": article.title, "source": article.source, "url": article.url,
            "published": article.published.isoformat() if article.published else None,
            "text_sha": text_sha(article), "file": origin(article)})
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
        props = _relationship_props(t)
        if t.predicate == "STATED":
            sid = statement_id(t)
            rows.statements.append({"id": sid, "text": t.statement, "cue": t.cue,
                                    "article_id": t.doc_id, "about": [a.id for a in t.about]})
            rows.stated.append({"id": tid, "subject_id": t.subject.id, "statement_id": sid,
                                "props": props})
        else:
            rows.contacts[t.predicate].append({"id": tid, "subject_id": t.subject.id,
                                               "object_id": t.object.id, "props": props})
    rows.actors = [dict(a, aliases=sorted(a["aliases"]),
                        keys=sorted({norm(x) for x in [a["name"], *a["aliases"]]})) for a in actors.values()]
    rows.places = [{"id": p["id"], "name": p["name"], "aliases": sorted(p["aliases"])}
                   for p in places.values()]
    rows.mentions = [{"article_id": d, "actor_id": a} for d, a in sorted(mentions)]
    rows.prune = [{"article_id": d, "keep": ids} for d, ids in keep.items()]
    return rows


def _add_actor(table: dict[str, dict], actor: Actor) -> None:
    row = table.setdefault(actor.id, {"id": actor.id, "name": actor.name, "type": actor.type,
                                      "aliases": set(), "search": actor.name})
    row["aliases"].update(a for a in [actor.mention, *actor.aliases] if a and a != actor.name)


def _relationship_props(t: Triple) -> dict:
    return {
        "article_id": t.doc_id,
        "sentence": t.evidence.text,
        "sentence_index": t.evidence.sentence,
        "start": t.evidence.start,
        "end": t.evidence.end,
        "segment": t.evidence.segment,
        "cue": t.cue,
        "date": t.date,
        "date_text": t.time_text,
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


def text_sha(article: Article) -> str:
    return hashlib.sha1(article.text.encode("utf-8")).hexdigest()


def origin(article: Article) -> str:
    """The file an article came from (a JSON Lines article's path ends in ':line')."""
    return os.path.abspath(re.sub(r":\d+$", "", article.path))


@dataclass
class LoadReport:
    relationships: int = 0
    skipped: list[InputError] = field(default_factory=list)


def load(backend, articles: Iterable[Article], triples: Iterable[Triple],
         notify: Callable[[str], None] | None = None) -> LoadReport:
    notify = notify or (lambda message: None)
    report = LoadReport()
    by_article: dict[str, list[Triple]] = defaultdict(list)
    for t in triples:
        by_article[t.doc_id].append(t)
    backend.ensure_schema()
    accepted = []
    for article, reason in _against_store(backend, list(articles)):
        if reason:
            report.skipped.append(InputError(article.path, reason))
            notify(f"skipped {report.skipped[-1]}")
        else:
            accepted.append(article)
    for i in range(0, len(accepted), ARTICLES_PER_GROUP):
        group = accepted[i:i + ARTICLES_PER_GROUP]
        try:
            report.relationships += _write(backend, group, by_article)
        except StoreError:
            _store_answers(backend)
            for article in group:
                try:
                    report.relationships += _write(backend, [article], by_article)
                except StoreError as exc:
                    _store_answers(backend)
                    report.skipped.append(InputError(article.path, f"not written to the store: {exc}"))
                    notify(f"skipped {report.skipped[-1]}")
    return report


def _write(backend, articles: list[Article], by_article: dict[str, list[Triple]]) -> int:
    rows = build_rows(articles, [t for a in articles for t in by_article.get(a.doc_id, [])])
    write_rows(backend, rows)
    return rows.relationship_count()


def _store_answers(backend) -> None:
    """Raise if the store itself fails (down, or its disk full: then no article could be
    written), rather than one article; a write that changes nothing tells."""
    backend.write("RETURN 1 AS ok")


def _against_store(backend, articles: list[Article]):
    """Each article with the reason it must not be written, or None."""
    known = {}
    for i in range(0, len(articles), BATCH_SIZE):
        ids = [a.doc_id for a in articles[i:i + BATCH_SIZE]]
        known.update({r["id"]: r for r in backend.read(cypherlib.read("write/known-articles.cypher"),
                                                        {"ids": ids})})
    for article in articles:
        held = known.get(article.doc_id)
        if held and held.get("text_sha") not in (None, text_sha(article)) \
                and held.get("file") not in (None, origin(article)):
            yield article, (f"id {article.doc_id!r} is already in the store for a different text "
                            f"(from {held['file']}); not merged: give this article its own id")
        else:
            yield article, None


def _batched(backend, query: str, rows: list[dict], batch_size: int) -> None:
    body = "\n".join(line for line in query.splitlines() if not line.strip().startswith("//"))
    for i in range(0, len(rows), batch_size):
        backend.write(body, {"rows": rows[i:i + batch_size]})
