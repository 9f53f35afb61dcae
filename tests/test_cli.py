"""The real CLI in a subprocess on the seed articles."""
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import xmlschema

from conftest import SEEDS, run_cli

GEXF = "{http://www.gexf.net/1.2draft}"


def test_extract_writes_scorable_json_lines(tmp_path):
    out = tmp_path / "pred.jsonl"
    proc = run_cli("extract", SEEDS, "-o", out)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["doc_id"] for r in rows} == {p.stem for p in SEEDS.glob("*.txt")}
    assert all(r["predicate"] in ("MET", "NEGOTIATED", "STATED") for r in rows)
    text = (SEEDS / f"{rows[0]['doc_id']}.txt").read_text(encoding="utf-8")
    ev = rows[0]["evidence"]
    assert text[ev["start"]:ev["end"]] == ev["text"]
    assert "articles read: 5" in proc.stderr


def test_boehler_met_hamas_in_doha(seed_store):
    proc = run_cli("query", "where-and-when", "--param", "a=Adam Boehler", "--param", "b=Hamas",
                   "--format", "json", "--store", seed_store)
    rows = json.loads(proc.stdout)
    assert any(r["relation"] == "MET" and r["place"] == "Doha" and not r["negated"] for r in rows)


def test_a_side_implied_by_its_spokesman_is_marked_and_not_spelled_by_him(tmp_path):
    article = tmp_path / "spokesman.txt"
    article.write_text("قال المتحدث باسم الخارجية الإيرانية إسماعيل بقائي إن \u201cاجتمعنا مع روسيا في موسكو\u201d.\n",
                       encoding="utf-8")
    run_cli("load", article, "--store", tmp_path / "store")
    query = ("MATCH (a:Actor {id: 'ir'})-[r:MET]->(:Actor {id: 'ru'}) "
             "RETURN r.subject_implied AS implied, a.aliases AS aliases")
    rows = json.loads(run_cli("query", "--cypher", query, "--format", "json", "--store", tmp_path / "store").stdout)
    assert rows and all(r["implied"] for r in rows)
    assert "بقائي" not in rows[0]["aliases"]


def test_who_talked_to_whom_lists_the_main_channels(seed_store):
    rows = json.loads(run_cli("query", "who-talked-to-whom", "--format", "json", "--store", seed_store).stdout)
    pairs = {(r["actor_a"], r["actor_b"], r["relation"]) for r in rows}
    assert ("Hamas", "United States", "NEGOTIATED") in pairs
    assert ("Qatar", "United States", "NEGOTIATED") in pairs
    assert ("Adam Boehler", "Hamas", "MET") in pairs
    met_only = json.loads(run_cli("query", "who-talked-to-whom", "--param", "relation=MET",
                                  "--format", "json", "--store", seed_store).stdout)
    assert met_only and all(r["relation"] == "MET" for r in met_only)


def test_query_csv_cypher_and_errors(seed_store):
    csv_out = run_cli("query", "--cypher", "MATCH (a:Actor {id: $id}) RETURN a.name AS name",
                      "--param", "id=hamas", "--format", "csv", "--store", seed_store).stdout
    assert csv_out.splitlines() == ["name", "Hamas"]
    bad = run_cli("query", "no-such-query", "--store", seed_store, check=False)
    assert bad.returncode != 0 and "no query named" in bad.stderr
    missing = run_cli("query", "where-and-when", "--store", seed_store, check=False)
    assert missing.returncode != 0 and "--param a" in missing.stderr


def test_export_graphml_reads_back(seed_store, tmp_path):
    out = tmp_path / "graph.graphml"
    run_cli("export", "-o", out, "--store", seed_store)
    graph = nx.read_graphml(out)
    assert graph.nodes["hamas"]["label"] == "Hamas" and graph.nodes["hamas"]["type"] == "ORG"
    types = {d["type"] for _, _, d in graph.edges(data=True)}
    assert types == {"MET", "NEGOTIATED", "STATED"}
    assert all(isinstance(d["weight"], int) and d["weight"] >= 1 for _, _, d in graph.edges(data=True))
    assert all(isinstance(d["denied"], bool) and d["denied"] == (d["denials"] == d["weight"])
               for _, _, d in graph.edges(data=True))
    assert any(d["denied"] for _, _, d in graph.edges(data=True))
    statements = [d for _, d in graph.nodes(data=True) if d["type"] == "STATEMENT"]
    assert statements and all(len(d["label"].split()) <= 9 and " ".join(d["text"].split()).startswith(d["label"].rstrip(" …"))
                              for d in statements)
    assert any(len(d["text"]) > len(d["label"]) for d in statements)
    ids = [e.get("id") for e in ET.parse(out).getroot().iter("{http://graphml.graphdrawing.org/xmlns}edge")]
    assert len(ids) == len(set(ids))
    assert "networkx" not in out.read_text(encoding="utf-8")


def test_export_names_in_arabic(seed_store, tmp_path):
    out = tmp_path / "ar.graphml"
    run_cli("export", "-o", out, "--names", "ar", "--store", seed_store)
    graph = nx.read_graphml(out)
    assert (graph.nodes["hamas"]["label"], graph.nodes["hamas"]["name"]) == ("حماس", "Hamas")
    assert graph.nodes["us"]["name_ar"] == "الولايات المتحدة"


def test_reads_of_a_missing_store_say_what_to_run(tmp_path):
    store = tmp_path / "nothing-here"
    for args in (["query", "who-talked-to-whom"], ["export", "-o", tmp_path / "x.graphml"],
                 ["query", "--cypher", "MATCH (a) RETURN a"]):
        proc = run_cli(*args, "--store", store, check=False)
        assert proc.returncode == 1 and "Traceback" not in proc.stderr
        assert proc.stderr.strip().splitlines() == [
            f"Error: no graph store at {store}/: load articles first with `graphbuild load ARTICLES --store {store}`"]
    assert not store.exists() and not (tmp_path / "x.graphml").exists()


def test_export_infers_the_format_and_refuses_an_unknown_one(seed_store, tmp_path):
    run_cli("export", "-o", tmp_path / "x.png", "--store", seed_store)
    assert (tmp_path / "x.png").read_bytes()[:4] == b"\x89PNG"
    bad = run_cli("export", "-o", tmp_path / "x.pdf", "--store", seed_store, check=False)
    assert bad.returncode == 1 and "cannot tell the format from .pdf" in bad.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_bad_input_is_reported_and_loaded_data_kept(seed_store, tmp_path):
    before = run_cli("query", "--cypher", "MATCH (a:Actor) RETURN count(a) AS n", "--format", "json",
                     "--store", seed_store).stdout
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary")
    proc = run_cli("load", tmp_path, "--store", seed_store, check=False)
    assert proc.returncode != 0
    assert "bad.txt" in proc.stderr and "binary" in proc.stderr
    after = run_cli("query", "--cypher", "MATCH (a:Actor) RETURN count(a) AS n", "--format", "json",
                    "--store", seed_store).stdout
    assert after == before


def test_gexf_export_is_dynamic_and_reads_back(seed_store, tmp_path):
    out = tmp_path / "contacts.gexf"
    run_cli("export", "--format", "gexf", "-o", out, "--store", seed_store)
    graph = nx.read_gexf(out)
    assert graph.graph["mode"] == "dynamic"
    dated = [d for _, _, d in graph.edges(data=True) if "start" in d]
    assert dated and all(len(d["start"]) == 10 for d in dated)
    assert {d["relation"] for _, _, d in graph.edges(data=True)} == {"MET", "NEGOTIATED"}
    assert all(not isinstance(v, list) for _, _, d in graph.edges(data=True) for v in d.values())
    assert graph.nodes["us"]["label"] == "United States"
    assert "networkx_key" not in out.read_text(encoding="utf-8")
    assert all(isinstance(d["denied"], bool) for _, _, d in graph.edges(data=True))
    # dated by coalesce(date, reported): only contacts of articles with no date of their own start nowhere
    import graphbuild

    undated_articles = {d["article_id"] for *_, d in graphbuild.graph(seed_store).edges(data=True)
                        if d["relation"] != "ABOUT" and d["reported"] is None}
    assert all(set(d["articles"].split(" | ")) <= undated_articles
               for _, _, d in graph.edges(data=True) if "start" not in d)


GEXF_TYPES = {"string": str, "long": int, "integer": int, "double": float, "float": float,
              "boolean": lambda v: {"true": True, "false": False}[v]}


def test_gexf_export_validates_against_the_gexf_schema(seed_store, tmp_path):
    out = tmp_path / "contacts.gexf"
    run_cli("export", "--format", "gexf", "-o", out, "--store", seed_store)
    schema = xmlschema.XMLSchema(Path(__file__).parent / "schemas" / "gexf-1.2draft-subset.xsd")
    assert [e.reason for e in schema.iter_errors(out)] == []
    root = ET.parse(out).getroot()
    declared = {(block.get("class"), a.get("id")): a.get("type")
                for block in root.iter(f"{GEXF}attributes") for a in block.iter(f"{GEXF}attribute")}
    for kind in ("node", "edge"):
        for element in root.iter(f"{GEXF}{kind}"):
            for value in element.iter(f"{GEXF}attvalue"):
                GEXF_TYPES[declared[kind, value.get("for")]](value.get("value"))   # raises if mistyped
