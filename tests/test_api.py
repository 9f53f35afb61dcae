"""graphbuild from Python, as a notebook uses it: extract, load, query, graph, export."""
import subprocess
import sys

import networkx as nx
import pandas as pd
import pytest

import graphbuild
from graphbuild.api import export
from graphbuild.errors import GraphbuildError, StoreError
from graphbuild.store.embedded import EmbeddedServer
from conftest import SEEDS

# written for these tests
MEETING = ("التقى وزير الخارجية الأمريكي أنتوني بلينكن رئيس الوزراء القطري الشيخ محمد بن عبد الرحمن آل ثاني "
           "في الدوحة في 6 مارس 2025.")


def test_import_graphbuild_stays_light():
    code = "import sys, graphbuild; print(sorted(m for m in ('pandas', 'spacy', 'networkx', 'click') if m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "[]\n"


def test_extract_a_text_gives_typed_triples_and_a_table():
    triples = graphbuild.extract(MEETING)
    assert [a.doc_id for a in triples.articles] == ["text-1"] and not triples.skipped
    [met] = [t for t in triples if t.predicate == "MET"]
    assert isinstance(met, graphbuild.api.Triple)
    assert {met.subject.id, met.object.id} == {"antony_blinken", "mohammed_bin_abdulrahman_al_thani"}
    assert (met.date, met.date_precision, met.place.id) == ("2025-03-06", "day", "doha")
    table = triples.to_dataframe()
    assert isinstance(table, pd.DataFrame) and len(table) == len(triples)
    row = table[table.predicate == "MET"].iloc[0]
    assert (row.date, row.date_precision, row.place) == ("2025-03-06", "day", "Doha")
    assert MEETING[row.start:row.end] == row.sentence


@pytest.mark.parametrize("date, precision", [("2025-03-06", "day"), ("2025-03", "month"), ("2025", "year"),
                                             (None, None)])
def test_date_precision_follows_the_extractors_date(date, precision):
    from graphbuild.model import Actor, Evidence, Triple

    actor = Actor("qatar", "Qatar", "GPE", "قطر")
    triple = Triple("d", "MET", actor, Evidence("قطر", 0, 3, 0), "التقى", object=actor, date=date)
    assert triple.date_precision == precision


def test_extract_takes_folders_mappings_and_reports_what_it_skips(tmp_path):
    from_folder = graphbuild.extract(SEEDS)
    assert len(from_folder.articles) == 5 and len(from_folder) > 50
    named = graphbuild.extract({"note-1": MEETING, "note-2": MEETING.replace("6 مارس", "7 مارس")})
    assert {t.doc_id for t in named} == {"note-1", "note-2"}
    missing = graphbuild.extract([tmp_path / "nope.txt", MEETING])
    assert len(missing.articles) == 1 and "no such file" in str(missing.skipped[0])


def test_load_then_query_and_graph_agree(tmp_path):
    store = tmp_path / "store"
    loaded = graphbuild.load({"note-1": MEETING}, store=store)
    assert loaded.relationships == len(loaded) >= 1
    table = graphbuild.query("where-and-when", store=store, a="Antony Blinken", b="Qatar", from_="2025-03-01")
    assert isinstance(table, pd.DataFrame)
    table = graphbuild.query("where-and-when", store=store, a="antony_blinken", b="mohammed_bin_abdulrahman_al_thani",
                             from_="2025-03-01", to="2025-03-31")
    assert list(table.relation) == ["MET"] and list(table.date_precision) == ["day"]
    assert graphbuild.query("where-and-when", store=store, a="antony_blinken",
                            b="mohammed_bin_abdulrahman_al_thani", from_="2025-04-01").empty
    graph = graphbuild.graph(store)
    assert isinstance(graph, nx.MultiDiGraph)
    [(u, v, edge)] = [(u, v, d) for u, v, d in graph.edges(data=True) if d["relation"] == "MET"]
    assert {u, v} == {"antony_blinken", "mohammed_bin_abdulrahman_al_thani"}
    assert (edge["date"], edge["place"], edge["negated"]) == ("2025-03-06", "Doha", False)
    assert graph.nodes["antony_blinken"]["label"] == "Antony Blinken"
    assert graphbuild.graph(store, names="ar").nodes["antony_blinken"]["label"] == "أنتوني بلينكن"


def test_query_in_arabic_names(seed_store):
    english = graphbuild.query("who-talked-to-whom", store=seed_store)
    arabic = graphbuild.query("who-talked-to-whom", store=seed_store, names="ar")
    assert len(english) == len(arabic)
    assert "Hamas" in set(english.actor_a) | set(english.actor_b)
    assert "حماس" in set(arabic.actor_a) | set(arabic.actor_b)
    assert not {"Hamas", "United States", "Qatar"} & (set(arabic.actor_a) | set(arabic.actor_b))
    assert "الدوحة" in {p for places in arabic.places for p in places}


def test_a_limited_query_says_when_it_left_rows_out(seed_store):
    everything = graphbuild.query("statements-by", store=seed_store, actor="karoline_leavitt")
    first = graphbuild.query("statements-by", store=seed_store, actor="karoline_leavitt", limit=2)
    assert len(everything) > 2 and not everything.attrs["cut"]
    assert first.attrs["cut"] and len(first) == 2
    assert all(row in everything.to_dict("records") for row in first.to_dict("records"))


def test_reads_never_create_a_store(tmp_path):
    missing = tmp_path / "missing"
    with pytest.raises(StoreError, match=f"no graph store at {missing}/.*graphbuild load"):
        graphbuild.query("who-talked-to-whom", store=missing)
    with pytest.raises(StoreError, match="no graph store"):
        graphbuild.graph(missing)
    assert not missing.exists()
    empty = tmp_path / "empty"
    with EmbeddedServer(empty):             # a store that was started and never loaded
        pass
    with pytest.raises(StoreError, match=f"the graph at {empty}/ is empty.*graphbuild load ARTICLES --store {empty}"):
        graphbuild.query("who-talked-to-whom", store=empty)


@pytest.mark.parametrize("name, fmt", [("g.graphml", "graphml"), ("g.gexf", "gexf"), ("g.png", "png"),
                                       ("g.svg", "svg"), ("g.html", "html")])
def test_export_format_from_the_extension(seed_store, tmp_path, name, fmt):
    written, nodes, edges = export(tmp_path / name, store=seed_store)
    assert written == fmt and nodes and edges and (tmp_path / name).stat().st_size > 1000


@pytest.mark.parametrize("name, fmt, message", [
    ("g.pdf", None, "cannot tell the format from .pdf"),
    ("graph", None, "cannot tell the format from no extension"),
    ("g.svg", "png", "the extension .svg says svg, but the format asked for is png"),
    ("nofolder/g.png", None, "no folder"),
])
def test_export_refuses_what_it_cannot_write(seed_store, tmp_path, name, fmt, message):
    with pytest.raises(GraphbuildError, match=message):
        export(tmp_path / name, format=fmt, store=seed_store)
    assert not (tmp_path / name).exists()
