"""Triples into the graph: rows built once, written as `UNWIND $rows … MERGE` batches.

Every write MERGEs on a stable id, so a batch that the driver retries, or a corpus loaded
twice, leaves the same graph. A corpus goes in a slice of articles at a time (`load_stream`):
actors' aliases only ever grow, so writing an actor once per slice gives the same graph as
writing it once.

The write stage has the same per-article policy as reading and extraction: when a slice fails
and the store still answers, each of its articles is written alone, and one that still fails is
reported and skipped. A store that stops answering ends the load (what was written stays). An
article whose id the store already holds for a different text from another file is reported and
skipped, never merged into it.

Every spelling of an actor (its id, name and aliases, as written and in matching form) is a
`Spelling` node pointing at it (SPELLS), and each word of one a `Spelling` with PART_OF, so the
queries find an actor through an index instead of scanning every actor's aliases.

Every pair of actors whose contacts a write adds, changes or removes gets its SUMMARY
relationships rebuilt from those contacts in the same write (`write/summaries.cypher`), so the
queries that aggregate every contact read one relationship per pair instead.
"""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from graphbuild import cypherlib
from graphbuild.errors import InputError, StoreError
from graphbuild.model import Actor, Article, Triple
from graphbuild.names import arabic_name
from graphbuild.normalize import norm, norm_phrase
from graphbuild.triplefile import article_info

BATCH_SIZE = 1000
SLICE = 500                             # articles written together; a failing slice is retried one by one
CONTACT_TYPES = ("MET", "NEGOTIATED")   # the closed sets of interpolated relationship types
SPELLING_TYPES = ("SPELLS", "PART_OF")
TRIPLE_TYPES = (*CONTACT_TYPES, "STATED")


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
    spellings: dict[str, list[dict]] = field(default_factory=lambda: {r: [] for r in SPELLING_TYPES})
    places: list[dict] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)
    prune: list[dict] = field(default_factory=list)
    statements: list[dict] = field(default_factory=list)
    stated: list[dict] = field(default_factory=list)
    contacts: dict[str, list[dict]] = field(default_factory=lambda: {r: [] for r in CONTACT_TYPES})

    def relationship_count(self) -> int:
        return len(self.stated) + sum(len(rows) for rows in self.contacts.values())


def spellings(actor_id: str, name: str, aliases: Iterable[str]) -> tuple[set[str], set[str]]:
    """The keys an actor is found by: whole spellings (as written and folded) and their words."""
    whole = {x for x in (actor_id, name, *aliases) if x}
    whole |= {norm(x) for x in whole}
    # every word, even one that is a whole spelling too: a union over slices of articles then
    # equals the whole corpus's, so loading in any order or any slices gives one graph
    words = {w for x in whole for w in norm_phrase(x).split() if len(w) >= 3}
    return whole, words


def build_rows(articles: Iterable[Article | dict], triples: Iterable[Triple]) -> GraphRows:
    """Rows for a set of articles (Article records or their `article_info`) and their triples."""
    rows = GraphRows()
    actors: dict[str, dict] = {}
    places: dict[str, dict] = {}
    mentions: set[tuple[str, str]] = set()
    keep: dict[str, list[str]] = {}
    reported: dict[str, str | None] = {}
    for article in articles:
        info = article if isinstance(article, dict) else article_info(article)
        rows.articles.append(info)
        keep[info["id"]] = []
        reported[info["id"]] = info["published"]
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
    for a in rows.actors:
        whole, words = spellings(a["id"], a["name"], a["aliases"])
        rows.spellings["SPELLS"] += [{"key": k, "actor_id": a["id"]} for k in sorted(whole)]
        rows.spellings["PART_OF"] += [{"key": k, "actor_id": a["id"]} for k in sorted(words)]
    rows.places = [{"id": p["id"], "name": p["name"], "aliases": sorted(p["aliases"]),
                    "name_ar": arabic_name(p["id"], p["name"], p["spellings"])} for p in places.values()]
    # one row per id, the last winning, as MERGE would leave it (a corpus may hold an article twice)
    rows.stated = list({r["id"]: r for r in rows.stated}.values())
    rows.statements = list({r["id"]: r for r in rows.statements}.values())
    rows.contacts = {rel: list({r["id"]: r for r in found}.values()) for rel, found in rows.contacts.items()}
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
    or year), `reported` its article's publication date; readers use coalesce(date, reported).
    The nulls are left out: the store keeps none, and they would only lengthen every batch."""
    props = {
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
    return {key: value for key, value in props.items() if value is not None}


def write_rows(backend, rows: GraphRows, batch_size: int = BATCH_SIZE) -> None:
    """Nodes first, then the relationships that MATCH them; each list in batches."""
    for name, data in [("articles", rows.articles), ("actors", rows.actors), ("places", rows.places),
                       ("mentions", rows.mentions)]:
        _batched(backend, cypherlib.read(f"write/{name}.cypher"), data, batch_size)
    spelling = cypherlib.read("write/spellings.cypher")
    for rel in SPELLING_TYPES:
        _batched(backend, spelling.replace("__REL__", rel), rows.spellings[rel], batch_size)
    prune = cypherlib.read("write/prune.cypher")
    pairs = set()
    for rel in TRIPLE_TYPES:
        gone = _batched(backend, prune.replace("__REL__", rel), rows.prune, batch_size)
        if rel in CONTACT_TYPES:
            pairs |= {_pair(r["a"], r["b"]) for r in gone}
    for name, data in [("statements", rows.statements), ("stated", rows.stated)]:
        _batched(backend, cypherlib.read(f"write/{name}.cypher"), data, batch_size)
    contacts = cypherlib.read("write/contacts.cypher")
    for rel in CONTACT_TYPES:
        _batched(backend, contacts.replace("__REL__", rel), rows.contacts[rel], batch_size)
        pairs |= {_pair(r["subject_id"], r["object_id"]) for r in rows.contacts[rel]}
    _batched(backend, cypherlib.read("write/summaries.cypher"),
             [{"a": a, "b": b} for a, b in sorted(pairs)], batch_size)


def _pair(one: str, other: str) -> tuple[str, str]:
    """A pair of actors as its SUMMARY relationships run: from the smaller id to the larger."""
    return (one, other) if one <= other else (other, one)


@dataclass
class LoadReport:
    relationships: int = 0
    skipped: list[InputError] = field(default_factory=list)


def load(backend, articles: Iterable[Article | dict], triples: Iterable[Triple],
         notify: Callable[[str], None] | None = None) -> LoadReport:
    """Articles (Article records or their `article_info`) and their triples, all at hand."""
    by_article: dict[str, list[Triple]] = defaultdict(list)
    for t in triples:
        by_article[t.doc_id].append(t)
    infos = [a if isinstance(a, dict) else article_info(a) for a in articles]
    return load_stream(backend, ((info, by_article.get(info["id"], [])) for info in infos), notify=notify)


def load_stream(backend, articles: Iterable[tuple[dict, list[Triple]]], slice_size: int = SLICE,
                notify: Callable[[str], None] | None = None) -> LoadReport:
    """Each article's info and triples, written `slice_size` articles at a time."""
    notify = notify or (lambda message: None)
    report = LoadReport()
    backend.ensure_schema()
    batch: list[tuple[dict, list[Triple]]] = []
    for item in articles:
        batch.append(item)
        if len(batch) >= slice_size:
            _write_slice(backend, batch, report, notify)
            batch = []
    if batch:
        _write_slice(backend, batch, report, notify)
    return report


def _write_slice(backend, batch: list[tuple[dict, list[Triple]]], report: LoadReport, notify) -> None:
    accepted = []
    for item, reason in _against_store(backend, batch):
        if reason:
            _skip(report, notify, item[0], reason)
        else:
            accepted.append(item)
    try:
        report.relationships += _write(backend, accepted)
    except StoreError:
        _store_answers(backend)
        for item in accepted:
            try:
                report.relationships += _write(backend, [item])
            except StoreError as exc:
                _store_answers(backend)
                _skip(report, notify, item[0], f"not written to the store: {exc}")


def _skip(report: LoadReport, notify, info: dict, reason: str) -> None:
    report.skipped.append(InputError(info.get("path") or info["id"], reason))
    notify(f"skipped {report.skipped[-1]}")


def _write(backend, items: list[tuple[dict, list[Triple]]]) -> int:
    rows = build_rows([info for info, _ in items], [t for _, found in items for t in found])
    write_rows(backend, rows)
    return rows.relationship_count()


def _store_answers(backend) -> None:
    """Raise if the store itself fails (down, or its disk full: then no article could be
    written), rather than one article; a write that changes nothing tells."""
    backend.write("RETURN 1 AS ok")


def _against_store(backend, batch: list[tuple[dict, list[Triple]]]):
    """Each (info, triples) with the reason it must not be written, or None."""
    known = {}
    for i in range(0, len(batch), BATCH_SIZE):
        ids = [info["id"] for info, _ in batch[i:i + BATCH_SIZE]]
        known.update({r["id"]: r for r in backend.read(cypherlib.read("write/known-articles.cypher"),
                                                        {"ids": ids})})
    for item in batch:
        info = item[0]
        held = known.get(info["id"])
        if held and _differ(held.get("text_sha"), info.get("text_sha")) \
                and _differ(held.get("file"), info.get("file")):
            yield item, (f"id {info['id']!r} is already in the store for a different text "
                         f"(from {held['file']}); not merged: give this article its own id")
        else:
            yield item, None


def _differ(stored, given) -> bool:
    """Both known and not the same (a triple file from an older graphbuild knows neither)."""
    return stored is not None and given is not None and stored != given


def _batched(backend, query: str, rows: list[dict], batch_size: int) -> list[dict]:
    """What the query returns for all the rows, sent `batch_size` rows at a time."""
    body = "\n".join(line for line in query.splitlines() if not line.strip().startswith("//"))
    returned = []
    for i in range(0, len(rows), batch_size):
        returned += backend.write(body, {"rows": rows[i:i + batch_size]})
    return returned
