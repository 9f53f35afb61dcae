"""The loader against the real embedded FalkorDB, and the Neo4j backend over real Bolt."""
import dataclasses
import random
import socket

from graphbuild import loader
from graphbuild.extraction.pipeline import Extractor
from graphbuild.model import Article
from graphbuild.reading import read_articles
from graphbuild.store import open_backend
from graphbuild.store.embedded import EmbeddedServer
from graphbuild.store.neo4j_backend import Neo4jBackend

from conftest import SEEDS

COUNTS = "MATCH (n) RETURN labels(n)[0] AS label, count(n) AS n ORDER BY label"
RELS = "MATCH ()-[r]->() RETURN type(r) AS type, count(r) AS n ORDER BY type"


def _seed_triples(extractor, names):
    articles = [a for a in read_articles(sorted(SEEDS.glob("*.txt"))) if a.doc_id in names or not names]
    triples = [t for a in articles for t in extractor.extract(a)]
    return articles, triples


def _snapshot(backend):
    return backend.read(COUNTS), backend.read(RELS)


def test_loading_twice_changes_nothing_and_survives_restart(extractor, fresh_store):
    articles, triples = _seed_triples(extractor, ())
    with open_backend(str(fresh_store)) as backend:
        loader.load(backend, articles, triples)
        first = _snapshot(backend)
        loader.load(backend, articles, triples)
        assert _snapshot(backend) == first
    assert any(row["n"] > 0 for row in first[1])
    with open_backend(str(fresh_store)) as backend:        # a new server on the same folder
        assert _snapshot(backend) == first


def test_second_corpus_adds_without_duplicating_actors(extractor, fresh_store):
    a_articles, a_triples = _seed_triples(extractor, ("000_c83d68f388aa8450",))
    b_articles, b_triples = _seed_triples(extractor, ("004_4aa8b5c3c2ddf981",))
    with open_backend(str(fresh_store)) as backend:
        loader.load(backend, a_articles, a_triples)
        loader.load(backend, b_articles, b_triples)
        ids = [r["id"] for r in backend.read("MATCH (a:Actor) RETURN a.id AS id")]
        hamas = backend.read("MATCH (a:Actor {id: 'hamas'})<-[:MENTIONS]-(d:Article) RETURN d.id AS doc ORDER BY doc")
    assert len(ids) == len(set(ids))
    assert [r["doc"] for r in hamas] == ["000_c83d68f388aa8450", "004_4aa8b5c3c2ddf981"]


def test_a_triple_loaded_again_takes_exactly_its_new_properties(extractor, fresh_store):
    """The rows carry no nulls, so a property that a new extraction no longer gives must go."""
    articles, triples = _seed_triples(extractor, ("000_c83d68f388aa8450",))
    placed = next(t for t in triples if t.place and t.predicate != "STATED")
    again = [dataclasses.replace(t, place=None) if t is placed else t for t in triples]
    read = "MATCH ()-[r {id: $id}]->() RETURN properties(r) AS p"
    with open_backend(str(fresh_store)) as backend:
        loader.load(backend, articles, triples)
        [before] = backend.read(read, {"id": loader.triple_id(placed)})
        loader.load(backend, articles, again)
        [after] = backend.read(read, {"id": loader.triple_id(placed)})
    assert before["p"]["place"] and "place" not in after["p"] and "place_id" not in after["p"]
    assert {k: v for k, v in before["p"].items() if not k.startswith("place")} == after["p"]


def _without_apostrophes(value):
    if isinstance(value, str):
        return value.replace("'", "\u2019")
    if isinstance(value, list):
        return [_without_apostrophes(v) for v in value]
    if isinstance(value, dict):
        return {k: _without_apostrophes(v) for k, v in value.items()}
    if isinstance(value, loader.GraphRows):
        return loader.GraphRows(**{k: _without_apostrophes(v) for k, v in vars(value).items()})
    return value


def _free_port():
    """A free port below 32768: FalkorDB's module reads BOLT_PORT as a 16-bit signed number."""
    for port in random.Random().sample(range(20000, 32000), 50):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port")


def test_neo4j_backend_writes_over_real_bolt(extractor, tmp_path):
    """FalkorDB answers Bolt to the official driver when its module gets BOLT_PORT. It rejects
    Neo4j's constraint DDL and crashes on date and path values, so this drives only the MERGE
    batches through Neo4jBackend (all values are strings, numbers, booleans and lists); the DDL
    and the full suite run against a real Neo4j when NEO4J_URI is set. Its Bolt endpoint also
    fails on a string parameter holding an ASCII apostrophe ("Prime Minister's Office"), which
    the redis protocol and Neo4j take as they are, so this test swaps those for U+2019, and it
    sends one row a batch."""
    articles, triples = _seed_triples(extractor, ("002_89b8ee061352da12",))
    rows = _without_apostrophes(loader.build_rows(articles, triples))
    port = _free_port()
    with EmbeddedServer(tmp_path / "bolt-store", bolt_port=port):
        backend = Neo4jBackend(f"bolt://127.0.0.1:{port}", ("falkordb", ""))
        try:
            # one row a message: larger Bolt messages crash FalkorDB's Bolt endpoint
            loader.write_rows(backend, rows, batch_size=1)
            actors = backend.read("MATCH (a:Actor) RETURN count(a) AS n")[0]["n"]
            edges = backend.read("MATCH ()-[r:MET|NEGOTIATED|STATED]->() RETURN count(r) AS n")[0]["n"]
        finally:
            backend.close()
    assert actors == len(rows.actors)
    assert edges == rows.relationship_count()
