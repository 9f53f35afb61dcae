"""The SUMMARY relationships the loader keeps per pair of actors hold what the pair's contacts
hold, after a load, a reload, and the removal of stale contacts; in the real embedded store."""
import dataclasses
from collections import defaultdict

from graphbuild import loader
from graphbuild.reading import read_articles
from graphbuild.store import open_backend

from conftest import SEEDS

CONTACTS = ("MATCH (a:Actor)-[r:MET|NEGOTIATED]->(b:Actor) "
            "RETURN a.id AS a, b.id AS b, type(r) AS relation, properties(r) AS p")
SUMMARIES = "MATCH (a:Actor)-[s:SUMMARY]->(b:Actor) RETURN a.id AS a, b.id AS b, properties(s) AS p"


def _from_contacts(backend) -> dict:
    """Each pair's summaries as computed here from its contacts, per relation and over both."""
    groups = defaultdict(list)
    for row in backend.read(CONTACTS):
        a, b = sorted((row["a"], row["b"]))
        for relation in (row["relation"], "BOTH"):
            groups[(a, b, relation)].append(row["p"])
    summaries = {}
    for key, contacts in groups.items():
        held = [p for p in contacts if not p["negated"]]
        dates = [d for d in (p.get("date") or p.get("reported") for p in held) if d]
        via = defaultdict(set)
        for p in held:
            for mediator in p.get("via") or []:
                via[mediator].add(p["article_id"])
        summaries[key] = {
            "triples": len(held), "articles": len({p["article_id"] for p in held}),
            "first_date": min(dates, default=None), "last_date": max(dates, default=None),
            "places": sorted({p["place"] for p in held if p.get("place")}),
            "denied": len(contacts) - len(held),
            "direct": sum(p.get("directness") == "direct" for p in contacts),
            "indirect": sum(p.get("directness") == "indirect" for p in contacts),
            "via": sorted(via), "via_articles": [len(via[m]) for m in sorted(via)]}
    return summaries


def _stored(backend) -> dict:
    stored = {}
    for row in backend.read(SUMMARIES):
        p = row["p"]
        key = (row["a"], row["b"], p["relation"])
        assert key not in stored and row["a"] <= row["b"], key
        stored[key] = {"triples": p["triples"], "articles": p["articles"], "first_date": p.get("first_date"),
                       "last_date": p.get("last_date"), "places": sorted(p.get("places") or []),
                       "denied": p["denied"], "direct": p["direct"], "indirect": p["indirect"],
                       "via": p.get("via") or [], "via_articles": p.get("via_articles") or []}
    return stored


def test_summaries_follow_loads_reloads_and_stale_contacts(extractor, fresh_store):
    articles = list(read_articles(sorted(SEEDS.glob("*.txt"))))
    triples = [t for a in articles for t in extractor.extract(a)]
    with open_backend(str(fresh_store)) as backend:
        loader.load(backend, articles, triples)
        first = _stored(backend)
        assert first == _from_contacts(backend)
        assert any(s["via"] for s in first.values()) and any(s["denied"] for s in first.values())
        assert any(s["direct"] and s["indirect"] for s in first.values())

        loader.load(backend, articles, triples)
        assert _stored(backend) == first

        # the first article again with half its text: its contacts that are gone go from the summaries
        whole = articles[0]
        half = dataclasses.replace(whole, text=whole.text[: len(whole.text) // 2])
        loader.load(backend, [half], extractor.extract(half))
        assert _stored(backend) == _from_contacts(backend) != first

        # then with no triples at all: a pair left without contacts keeps no summary
        loader.load(backend, [half], [])
        emptied = _stored(backend)
        assert emptied == _from_contacts(backend)
        assert len(emptied) < len(first)
