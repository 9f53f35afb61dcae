"""graphbuild from Python, for notebooks: the functions the command line is a thin layer over.

    import graphbuild
    triples = graphbuild.extract("seeds/")              # files, folders, texts or Articles
    triples.to_dataframe()                              # one row per triple (pandas)
    graphbuild.load(triples, store="graph/")
    graphbuild.query("where-and-when", store="graph/", a="Adam Boehler", b="Hamas", from_="2025-01-01")
    g = graphbuild.graph(store="graph/")                # networkx.MultiDiGraph, one edge per triple
    graphbuild.api.export("contacts.html", store="graph/")  # the format from the extension

Reads never create a store: a missing or empty one is a StoreError saying what to run.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from contextlib import contextmanager
from pathlib import Path

from graphbuild.errors import GraphbuildError, QueryError, StoreError
from graphbuild.model import Article, Triple
from graphbuild.names import SCRIPTS

# output extension -> export format; csv writes a folder (nodes.csv, relationships.csv)
EXTENSIONS = {".graphml": "graphml", ".gexf": "gexf", ".png": "png", ".svg": "svg", ".html": "html",
              ".htm": "html"}
FORMATS = ("graphml", "gexf", "csv", "png", "svg", "html")
PICTURE_SCRIPT = "ar"       # the picture and the page speak the articles' script unless told


class Extraction(list):
    """The triples of a run (a list of Triple), with the articles they came from and the inputs
    that were skipped, each an InputError naming the file and the reason."""

    def __init__(self, triples: Iterable[Triple] = (), articles: Iterable[Article] = (),
                 skipped: Iterable[GraphbuildError] = ()):
        super().__init__(triples)
        self.articles: list[Article] = list(articles)
        self.skipped: list[GraphbuildError] = list(skipped)
        self.relationships: int | None = None     # set by load(): relationships written

    def to_dataframe(self):
        """One row per triple: who, what, whom or which statement, when, where, and the evidence."""
        import pandas as pd

        published = {a.doc_id: a.published.isoformat() if a.published else None for a in self.articles}
        return pd.DataFrame([_row(t, published.get(t.doc_id)) for t in self], columns=COLUMNS)


COLUMNS = ["doc_id", "predicate", "subject_id", "subject", "object_id", "object", "statement", "negated",
           "directness", "via", "place", "date", "date_precision", "reported", "date_text", "attributed_to",
           "cue", "confidence", "sentence", "start", "end"]


def _row(t: Triple, reported: str | None) -> dict:
    return {"doc_id": t.doc_id, "predicate": t.predicate, "subject_id": t.subject.id, "subject": t.subject.name,
            "object_id": t.object.id if t.object else None, "object": t.object.name if t.object else None,
            "statement": t.statement, "negated": t.negated, "directness": t.directness,
            "via": [v.name for v in t.via], "place": t.place.name if t.place else None,
            "date": t.date or reported, "date_precision": t.date_precision, "reported": reported,
            "date_text": t.time_text, "attributed_to": t.attributed_to.name if t.attributed_to else None,
            "cue": t.cue, "confidence": t.confidence, "sentence": t.evidence.text,
            "start": t.evidence.start, "end": t.evidence.end}


def extract(sources, *, min_confidence: float = 0.0, workers: int = 1, progress: bool = False) -> Extraction:
    """Triples from `sources`: a file or folder (str or Path), an article's text (a str with
    Arabic letters that names no file), an Article, a {doc_id: text} mapping, or a list of these.
    The same streaming extraction as `graphbuild extract` (`workers` processes), gathered."""
    from graphbuild.run import extract_items, spool_folder

    read: dict[str, Article] = {}

    def articles():
        for item in _articles(sources):
            if isinstance(item, Article):
                read[item.doc_id] = item
            yield item

    with spool_folder() as spool:
        run = extract_items(articles(), spool, min_confidence, workers, progress)
        done = list(run.each_article())
    return Extraction([t for _, found in done for t in found], [read[info["id"]] for info, _ in done],
                      run.skipped)


def _articles(sources):
    from graphbuild.pubdate import published_in_text
    from graphbuild.reading import read_articles

    if isinstance(sources, Mapping):
        for doc_id, text in sources.items():
            yield Article(str(doc_id), text, path=f"<{doc_id}>", published=published_in_text(text))
        return
    if isinstance(sources, (str, Path, Article)):
        sources = [sources]
    for n, source in enumerate(sources, 1):
        if isinstance(source, Article):
            yield source
        elif isinstance(source, str) and _is_text(source):
            yield Article(f"text-{n}", source, path=f"<text {n}>", published=published_in_text(source))
        else:
            yield from read_articles([source])


def _is_text(value: str) -> bool:
    from graphbuild.normalize import is_arabic

    return ("\n" in value or is_arabic(value)) and not Path(value).exists()


def load(sources, *, store: str | Path | None = None, neo4j: str | None = None,
         min_confidence: float = 0.0, workers: int = 1, notify=None) -> Extraction:
    """Extract `sources` (or take an Extraction as it is) and merge it into the graph, as the
    store's one writer; articles the store refuses join `skipped`."""
    from graphbuild import loader
    from graphbuild.store import check_target, open_backend

    check_target(_str(store), neo4j)
    extraction = sources if isinstance(sources, Extraction) else extract(sources, min_confidence=min_confidence,
                                                                         workers=workers)
    if not extraction.articles:
        raise GraphbuildError("no article could be read; nothing was loaded")
    with open_backend(_str(store), neo4j, write=True, notify=notify) as backend:
        report = loader.load(backend, extraction.articles, extraction, notify=notify)
    extraction.relationships = report.relationships
    extraction.skipped += report.skipped
    return extraction


@contextmanager
def reading(store: str | Path | None = None, neo4j: str | None = None, notify=None):
    """A backend over a graph that holds something; a read never creates a store."""
    from graphbuild import cypherlib
    from graphbuild.store import has_data, open_backend, store_dir
    from graphbuild.store.neo4j_backend import redact

    uri = neo4j or os.environ.get("NEO4J_URI")
    if not uri and not has_data(store_dir(_str(store))):
        folder = store_dir(_str(store))
        raise StoreError(f"no graph store at {folder}/: load articles first with "
                         f"`graphbuild load ARTICLES --store {folder}`")
    with open_backend(_str(store), uri, notify=notify) as backend:
        counted = backend.read(cypherlib.read("export/actor-count.cypher"))   # none: never written
        if not counted or not counted[0]["actors"]:
            shown = redact(uri) if uri else None          # never a password in a message
            where, option = (shown, f"--neo4j {shown}") if uri else (f"{store_dir(_str(store))}/",
                                                                     f"--store {store_dir(_str(store))}")
            raise StoreError(f"the graph at {where} is empty: load articles first with "
                             f"`graphbuild load ARTICLES {option}`")
        yield backend


class Rows(list):
    """A query's rows (dicts); `cut` is true when a named query's `limit` left rows out."""
    cut = False


def query_rows(name: str | None = None, *, cypher: str | None = None, store=None, neo4j: str | None = None,
               names: str = "en", params: Mapping | None = None, write: bool = False, notify=None) -> Rows:
    """Rows of a named query from cypher/queries/ (or of `cypher`), names in the script asked for.
    Parameters are checked against the query's header. Reads are read-only; `write=True` lets
    `cypher` change the graph, as the store's one writer. A query with a `limit` is asked for one
    row more, which tells whether it was cut (then `notify` hears it)."""
    from graphbuild import cypherlib, queryparams
    from graphbuild.names import name_map, rename
    from graphbuild.store import open_backend

    _check_script(names)
    if write and not cypher:
        raise QueryError("--write goes with --cypher; the named queries only read")
    given = dict(params or {})
    limit = None
    if cypher:
        text, values = cypher, given
    elif name:
        q = cypherlib.named_query(name)
        text, values = q.text, queryparams.check(q, given)
        limit = values.get("limit")
        if limit is not None:
            values["limit"] = limit + 1
    else:
        raise QueryError("give a query name or Cypher")
    opened = (open_backend(_str(store), neo4j, write=True, notify=notify) if write
              else reading(store, neo4j, notify))
    with opened as backend:
        rows = backend.write(text, values) if write else backend.read(text, values)
        renames = name_map(backend, names)
    result = Rows({k: rename(v, renames, k) for k, v in row.items()} for row in rows[:limit])
    result.cut = limit is not None and len(rows) > limit
    if result.cut and notify:
        notify(f"the first {limit} rows only: there are more (a higher --limit shows them)")
    return result


def query(name: str | None = None, *, cypher: str | None = None, store=None, neo4j: str | None = None,
          names: str = "en", **params):
    """A named query's rows as a pandas DataFrame. Parameters are keywords; one that is a Python
    keyword takes a trailing underscore: `from_="2025-01-01"`. A query that grows with the corpus
    returns its first `limit` rows (100 unless given); `frame.attrs["cut"]` says when it left
    some out."""
    import pandas as pd

    given = {key.rstrip("_"): value for key, value in params.items()}
    rows = query_rows(name, cypher=cypher, store=store, neo4j=neo4j, names=names, params=given)
    frame = pd.DataFrame(rows)
    frame.attrs["cut"] = rows.cut
    return frame


def graph(store=None, *, neo4j: str | None = None, names: str = "en", since: str | None = None,
          until: str | None = None):
    """The whole stored graph as a networkx.MultiDiGraph (see graphbuild.network)."""
    from graphbuild.network import read_network

    _check_script(names)
    with reading(store, neo4j) as backend:
        return read_network(backend, since, until, names)


def export_format(path: str | Path, fmt: str | None = None) -> str:
    """The format asked for, or the one the output's extension names; an unknown one is an error."""
    suffix = Path(path).suffix.lower()
    if fmt is not None and fmt not in FORMATS:
        raise GraphbuildError(f"no export format {fmt!r}; there are: {', '.join(FORMATS)}")
    if fmt is None:
        if suffix not in EXTENSIONS:
            known = ", ".join(EXTENSIONS)
            raise GraphbuildError(f"{path}: cannot tell the format from {suffix or 'no extension'!s}; "
                                  f"use one of {known}, or --format (csv writes a folder)")
        return EXTENSIONS[suffix]
    if suffix in EXTENSIONS and EXTENSIONS[suffix] != fmt:
        raise GraphbuildError(f"{path}: the extension {suffix} says {EXTENSIONS[suffix]}, but the format asked "
                              f"for is {fmt}")
    return fmt


def export(path: str | Path, *, format: str | None = None, store=None, neo4j: str | None = None,
           names: str | None = None, since: str | None = None, until: str | None = None,
           max_actors: int = 60, statements: bool = False, sources: bool = False,
           notify=None) -> tuple[str, int, int]:
    """Write the graph to `path`: GraphML, dynamic GEXF, neo4j-admin CSVs (a folder), a PNG or
    SVG picture, or the interactive HTML page. Returns (format, nodes, edges) written.

    `names` is en or ar (default: ar for the picture and the page, else en); `since`/`until`
    keep the relationships dated in that range (coalesce(date, reported)); `max_actors`,
    `statements` (speech arrows) and `sources` (outlets, unnamed sources) shape the picture."""
    from graphbuild import export as exports
    from graphbuild.network import read_network

    fmt = export_format(path, format)
    script = names or (PICTURE_SCRIPT if fmt in ("png", "svg", "html") else "en")
    _check_script(script)
    path = Path(path)
    if fmt == "csv" and (since or until):
        raise GraphbuildError("the csv export holds the whole graph: --from/--to do not apply to it")
    if fmt != "csv" and not path.parent.is_dir():
        raise GraphbuildError(f"{path}: no folder {path.parent}/ to write into")
    with reading(store, neo4j, notify) as backend:
        if fmt == "csv":
            return (fmt, *exports.write_csv(backend, path))
        network = read_network(backend, since, until, script)
    if fmt in ("png", "svg"):
        from graphbuild.picture import write_picture

        written = write_picture(network, path, fmt, max_actors, statements, sources, _period(since, until))
    elif fmt == "html":
        from graphbuild.page import write_page

        written = write_page(network, path, sources=sources)
    else:
        written = (exports.write_gexf if fmt == "gexf" else exports.write_graphml)(network, path)
    return fmt, written.number_of_nodes(), written.number_of_edges()


def _period(since: str | None, until: str | None) -> str:
    return f"{since or '…'} – {until or '…'}" if since or until else ""


def _check_script(names: str) -> None:
    if names not in SCRIPTS:
        raise GraphbuildError(f"names are {' or '.join(SCRIPTS)}, not {names!r}")


def _str(value) -> str | None:
    return None if value is None else str(value)
