"""Each named query in cypher/queries/ on the seed graph in the embedded store, through the CLI."""
import json

import pytest

from graphbuild import cypherlib
from conftest import run_cli


def query(store, query_name, **params):
    args = [f"{k}={v}" for k, v in params.items()]
    proc = run_cli("query", query_name, *[x for a in args for x in ("--param", a)], "--format", "json",
                   "--store", store)
    return json.loads(proc.stdout)


def test_where_and_when_filters_by_relation_and_date(seed_store):
    rows = query(seed_store, "where-and-when", a="Iran", b="United States", relation="NEGOTIATED")
    assert rows and all(r["relation"] == "NEGOTIATED" for r in rows)
    assert {r["directness"] for r in rows} >= {"direct", "indirect"}
    dated = query(seed_store, "who-talked-to-whom", **{"from": "2025-01-01"})
    assert ("Hamas", "United States", "NEGOTIATED") in {(r["actor_a"], r["actor_b"], r["relation"]) for r in dated}
    assert all(r["first_date"] >= "2025-01-01" for r in dated)


def test_path_between_goes_through_intermediaries_with_evidence(seed_store):
    [row] = query(seed_store, "path-between", a="Qatar", b="Adam Boehler")
    assert row["hops"] == 2 and row["chain"] == ["Qatar", "Hamas", "Adam Boehler"]
    assert [(e["from"], e["to"]) for e in row["evidence"]] == [("Qatar", "Hamas"), ("Adam Boehler", "Hamas")]
    assert all(e["sentence"] and e["article"] for e in row["evidence"])


def test_timeline_lists_what_one_actor_did(seed_store):
    rows = query(seed_store, "timeline", actor="Esmaeil Baghaei")
    assert {r["relation"] for r in rows} == {"STATED"}
    assert any("كذبة" in r["statement"] for r in rows)
    assert all(r["article"] == "004_4aa8b5c3c2ddf981" for r in rows)
    contacts = query(seed_store, "timeline", actor="Adam Boehler")
    assert {(r["relation"], r["with"]) for r in contacts} >= {("MET", "Hamas"), ("MET", "Khalil al-Hayya")}


def test_mediators_names_qatar_and_egypt(seed_store):
    rows = query(seed_store, "mediators")
    channels = {(r["mediator"], r["party_a"], r["party_b"]) for r in rows if r["how"] == "named as channel"}
    assert {("Qatar", "Hamas", "Steve Witkoff"), ("Egypt", "Hamas", "Steve Witkoff")} <= channels
    between = {(r["mediator"], r["party_a"], r["party_b"]) for r in rows if r["how"] == "in contact with both"}
    assert ("Hamas", "Adam Boehler", "Mohammed bin Abdulrahman Al Thani") in between


def test_statements_by_gives_quotes_and_articles(seed_store):
    rows = query(seed_store, "statements-by", actor="karoline_leavitt")
    assert len(rows) >= 4 and all(r["article"] for r in rows)
    assert any("تم استشارة إسرائيل" in r["quote"] for r in rows)


def test_sources_for_a_pair_lists_articles_and_cited_sources(seed_store):
    rows = query(seed_store, "sources-for", a="United States", b="Hamas", relation="NEGOTIATED")
    assert len({r["article"] for r in rows}) >= 4
    assert "Axios" in {c for r in rows for c in r["cited"]}
    assert all(r["triples"] >= 1 and r["evidence"] for r in rows)


def test_contradictions_holds_direct_against_indirect_iran_talks(seed_store):
    rows = query(seed_store, "contradictions")
    iran = [r for r in rows if (r["actor_a"], r["actor_b"], r["conflict"]) ==
            ("Iran", "United States", "direct / indirect")]
    assert iran and iran[0]["one_side"] and iran[0]["other_side"]
    assert any("مباشرة مع إيران" in s for s in iran[0]["one_side"])


def test_actor_found_by_any_spelling(seed_store):
    for spelling in ("بوهلر", "بويلر", "آدم بوهلر", "adam_boehler"):
        rows = query(seed_store, "actor", name=spelling)
        assert rows[0]["id"] == "adam_boehler", spelling
    [us] = [r for r in query(seed_store, "actor", name="امريكا") if r["id"] == "us"]
    assert us["type"] == "GPE" and us["degree"] >= 5 and "أمريكا" in us["aliases"]


@pytest.mark.parametrize("name", cypherlib.query_names())
def test_each_query_carries_a_neo4j_browser_params_line_that_runs(seed_store, name):
    q = cypherlib.named_query(name)
    assert q.browser_params and q.browser_params.startswith(":params {")
    # the map, evaluated by the database itself, sets every parameter: defaults as declared
    [row] = json.loads(run_cli("query", "--cypher", f"RETURN {q.browser_params[len(':params '):]} AS p",
                               "--format", "json", "--store", seed_store).stdout)
    assert set(row["p"]) == set(q.params)
    assert all(row["p"][p] == default for p, default in q.params.items() if p not in q.required)
    # and the query runs with exactly those values
    args = [x for p, v in row["p"].items() if v is not None for x in ("--param", f"{p}={v}")]
    proc = run_cli("query", name, *args, "--format", "json", "--store", seed_store)
    assert json.loads(proc.stdout), f"{name} with its :params line returns nothing"


def test_dates_are_the_texts_else_the_articles(seed_store):
    """coalesce(date, reported): a contact the text does not date takes its article's date, so a
    period filter finds every contact of the period's articles."""
    everything = query(seed_store, "where-and-when", a="United States", b="Hamas")
    assert all(r["date"] == (r["reported"] if r["date_precision"] is None else r["date"]) for r in everything)
    assert {r["date_precision"] for r in everything} >= {None}
    dated = [r for r in everything if r["date"]]
    since = query(seed_store, "where-and-when", a="United States", b="Hamas", **{"from": "2025-01-01"})
    assert len(since) == sum(r["date"] >= "2025" for r in dated) > 1
    assert all(r["date"] >= "2025-01-01" for r in since)
    pairs = query(seed_store, "who-talked-to-whom", **{"from": "2025-03-01", "to": "2025-03-31"})
    assert pairs and all("2025-03-01" <= r["first_date"] <= r["last_date"] <= "2025-03-31" for r in pairs)


def test_a_query_that_grows_with_the_corpus_gives_the_most_recent_rows_first(seed_store):
    everything = query(seed_store, "timeline", actor="Adam Boehler")
    dates = [r["date"] for r in everything]
    dated = [d for d in dates if d]
    assert len(everything) > 3 and dated and dates == sorted(dated, reverse=True) + [None] * (len(dates) - len(dated))
    cut = run_cli("query", "timeline", "--param", "actor=Adam Boehler", "--limit", "3", "--format", "json",
                  "--store", seed_store)
    first = json.loads(cut.stdout)
    assert len(first) == 3 and all(r in everything for r in first) and [r["date"] for r in first] == dates[:3]
    assert "the first 3 rows only" in cut.stderr
    whole = run_cli("query", "timeline", "--param", "actor=Adam Boehler", "--store", seed_store)
    assert "rows only" not in whole.stderr


@pytest.mark.parametrize("args, message", [
    (["actor", "--param", "name=Hamas", "--limit", "3"], "has no parameter limit"),
    (["timeline", "--param", "actor=Hamas", "--param", "limit=0"], "not a whole number"),
    (["timeline", "--param", "actor=Hamas", "--param", "limit=many"], "not a whole number"),
    (["--cypher", "MATCH (a:Actor) RETURN a.id AS id", "--limit", "3"], "write LIMIT in the Cypher"),
])
def test_a_bad_limit_is_refused_in_one_line(seed_store, args, message):
    proc = run_cli("query", *args, "--store", seed_store, check=False)
    assert proc.returncode == 1 and message in proc.stderr and "Traceback" not in proc.stderr
