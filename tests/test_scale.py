"""Streaming extraction, workers, extract-once-load-many, the Dask path and the CSV export, on
the seed articles through the real CLI and the real extractor."""
import csv
import json
from pathlib import Path

import pytest

from graphbuild.model import Article
from graphbuild.reading import read_articles
from graphbuild.run import extract_article, outcomes, split_text

from conftest import SEEDS, run_cli


@pytest.fixture(scope="session")
def one_worker_lines(tmp_path_factory):
    out = tmp_path_factory.mktemp("extract") / "one.jsonl"
    run_cli("extract", SEEDS, "-o", out, "--workers", "1")
    return out.read_bytes()


def test_two_workers_write_what_one_writes(one_worker_lines, tmp_path):
    run_cli("extract", SEEDS, "-o", tmp_path / "two.jsonl", "--workers", "2")
    assert (tmp_path / "two.jsonl").read_bytes() == one_worker_lines
    assert len(one_worker_lines.splitlines()) > 50


def test_a_triple_carries_its_article_and_not_every_spelling(one_worker_lines):
    rows = [json.loads(line) for line in one_worker_lines.decode("utf-8").splitlines()]
    us = [a for r in rows for a in (r["subject"], r["object"]) if a.get("id") == "us"]
    spellings = {x for a in us for x in [a["mention"], *a["aliases"]]}
    assert len(spellings) > 5 and all(len(a["aliases"]) <= 8 + 2 for a in us)
    dated = {r["doc_id"]: r["article"]["published"] for r in rows}
    assert dated["003_897a880394fbae74"] == "2023-10-09"


def test_dask_local_cluster_writes_what_the_plain_cli_writes(one_worker_lines, tmp_path):
    proc = run_cli("extract", SEEDS, "-o", tmp_path / "dask.jsonl", "--scheduler", "local", "--workers", "2")
    assert (tmp_path / "dask.jsonl").read_bytes() == one_worker_lines
    assert "articles read: 5" in proc.stderr


def _graph(store) -> tuple[list, list]:
    """Every node (label, properties) and relationship (type, ends' ids, properties) of a store."""
    def rows(cypher):
        return json.loads(run_cli("query", "--cypher", cypher, "--format", "json", "--store", store).stdout)
    nodes = rows("MATCH (n) RETURN labels(n)[0] AS label, properties(n) AS props")
    edges = rows("MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS props")
    return (sorted(_canon([n["label"], n["props"]]) for n in nodes),
            sorted(_canon([e["type"], e["start"], e["end"], e["props"]]) for e in edges))


def _canon(value) -> str:
    """A comparable text: no null or empty-list properties (neo4j-admin imports neither)."""
    if isinstance(value, list):
        value = [v if not isinstance(v, dict) else {k: x for k, x in v.items() if x not in (None, [])}
                 for v in value]
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def test_load_of_extracted_json_lines_builds_the_graph_a_load_of_articles_builds(seed_store, one_worker_lines,
                                                                                  tmp_path):
    lines = tmp_path / "triples.jsonl"
    lines.write_bytes(one_worker_lines)
    store = tmp_path / "from-lines"
    proc = run_cli("load", lines, "--store", store)
    assert "articles read: 5" in proc.stderr
    assert _graph(store) == _graph(seed_store)


def test_reloading_replaces_an_articles_edges(tmp_path):
    """A reload of one article with fewer triples drops the others, found through article_id."""
    store = tmp_path / "store"
    text = (SEEDS / "000_c83d68f388aa8450.txt").read_text(encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    run_cli("load", article, "--store", store)
    count = "MATCH ()-[r:MET|NEGOTIATED|STATED]->() RETURN count(r) AS n"
    before = json.loads(run_cli("query", "--cypher", count, "--format", "json", "--store", store).stdout)[0]["n"]
    article.write_text(text[: len(text) // 2], encoding="utf-8")
    run_cli("load", article, "--store", store)
    after = json.loads(run_cli("query", "--cypher", count, "--format", "json", "--store", store).stdout)[0]["n"]
    assert before > after >= 1


NEO4J_TYPES = {"boolean": lambda v: {"true": True, "false": False}[v], "long": int, "double": float,
               "string[]": lambda v: v.split(";"), "long[]": lambda v: [int(x) for x in v.split(";")]}


def _read_csv_graph(folder: Path) -> tuple[list, list]:
    """The graph the CSV files describe, read the way neo4j-admin reads them."""
    nodes, edges = [], []
    for path in sorted(folder.glob("*.csv")):
        with open(path, encoding="utf-8") as f:
            reader = csv.reader(f)
            header = next(reader)
            for row in reader:
                props, ends, label, rel = {}, {}, None, None
                for column, value in zip(header, row):
                    name, _, kind = column.partition(":")
                    if column == ":LABEL":
                        label = value
                    elif column == ":TYPE":
                        rel = value
                    elif column.startswith((":START_ID", ":END_ID")):
                        ends[column.split("(")[0]] = value
                    elif value != "":
                        props[name] = NEO4J_TYPES.get(kind.split("(")[0] if not kind.startswith("ID") else "",
                                                      str)(value)
                if rel:
                    edges.append(_canon([rel, ends[":START_ID"], ends[":END_ID"], props]))
                else:
                    nodes.append(_canon([label, props]))
    return sorted(nodes), sorted(edges)


def test_csv_export_describes_the_loaded_graph(seed_store, tmp_path):
    run_cli("export", "--format", "csv", "-o", tmp_path / "csv", "--store", seed_store)
    with open(tmp_path / "csv" / "MET.csv", encoding="utf-8") as f:
        header = next(csv.reader(f))
    assert header[:3] == [":START_ID(Actor)", ":END_ID(Actor)", ":TYPE"]
    assert {"negated:boolean", "start:long", "confidence:double", "via:string[]"} <= set(header)
    nodes, edges = _read_csv_graph(tmp_path / "csv")
    store_nodes, store_edges = _graph(seed_store)
    assert {json.loads(n)[0] for n in nodes} == {"Actor", "Place", "Article", "Statement", "Spelling"}
    assert {json.loads(e)[0] for e in edges} >= {"MET", "NEGOTIATED", "STATED", "MENTIONS", "REPORTED_IN", "ABOUT",
                                                 "SUMMARY"}
    assert nodes == store_nodes
    assert edges == store_edges


@pytest.mark.parametrize("text, limit, parts", [
    ("one\n\ntwo. three four", 12, ["one\n\n", "two. ", "three four"]),
    ("first line\nsecond line", 15, ["first line\n", "second line"]),
    ("a b c d e f", 4, ["a b ", "c d ", "e f"]),
    ("abcdefgh", 3, ["abc", "def", "gh"]),
])
def test_long_texts_are_cut_at_paragraph_line_sentence_or_word_ends(text, limit, parts):
    pieces = split_text(text, limit)
    assert [p for _, p in pieces] == parts
    assert all(text[offset:offset + len(p)] == p for offset, p in pieces)


def test_an_article_in_parts_keeps_offsets_into_the_whole(extractor):
    [article] = [a for a in read_articles([SEEDS]) if a.doc_id == "000_c83d68f388aa8450"]
    limit = len(article.text) // 3
    parts = extract_article(extractor, article, limit=limit)
    assert all(article.text[t.evidence.start:t.evidence.end] == t.evidence.text for t in parts)
    assert min(t.evidence.start for t in parts) < limit < max(t.evidence.start for t in parts)
    assert [t.evidence.sentence for t in parts] == sorted(t.evidence.sentence for t in parts)


def test_an_article_past_spacys_limit_is_extracted_not_refused(tmp_path):
    body = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    text = "\n\n".join([body] * (1_000_000 // len(body) + 2))
    assert len(text) > 1_000_000
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    proc = run_cli("extract", tmp_path / "long.txt", "-o", tmp_path / "long.jsonl", "--workers", "1")
    rows = [json.loads(line) for line in (tmp_path / "long.jsonl").read_text(encoding="utf-8").splitlines()]
    assert "skipped: 0" in proc.stderr
    assert max(r["evidence"]["start"] for r in rows) > 1_000_000
    assert all(text[r["evidence"]["start"]:r["evidence"]["end"]] == r["evidence"]["text"] for r in rows)


def test_an_article_whose_extraction_raises_is_skipped_and_the_others_go_on():
    """A record from the Python API with a date as text makes the real extractor raise while
    resolving 'الخميس الماضي'; that article alone is reported, with its file and the reason."""
    text = "التقى وزير الخارجية القطري بوفد من حماس في الدوحة يوم الخميس الماضي."
    bad = Article("bad", text, "bad.txt", published="2025-05-11")
    [good] = [a for a in read_articles([SEEDS]) if a.doc_id == "000_c83d68f388aa8450"]
    done = list(outcomes([((0,), bad), ((1,), good)], 0.0, workers=1))
    assert done[0].path == "bad.txt" and done[0].error.startswith("extraction failed (TypeError")
    assert done[1].path == good.path
    assert done[1].error is None and done[1].kept >= 1
