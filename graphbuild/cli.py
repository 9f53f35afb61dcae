"""graphbuild's command line: extract, load, query, export."""
from __future__ import annotations

import csv
import io
import json
import sys
from contextlib import contextmanager, nullcontext

import click

from graphbuild.errors import GraphbuildError


class CliError(click.ClickException):
    exit_code = 1


def _fail(exc: GraphbuildError):
    raise CliError(str(exc)) from exc


@click.group()
@click.version_option(package_name="graphbuild")
def main():
    """Arabic news articles to a graph of who met, negotiated with, or made statements about whom."""


def _cores() -> int:
    from graphbuild.run import default_workers

    return default_workers()


def _workers_option(command):
    return click.option("--workers", type=click.IntRange(1), default=_cores, show_default="the cores",
                        help="extraction processes")(command)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="JSON Lines file to write (default: standard output)")
@click.option("--min-confidence", default=0.0, show_default=True, type=click.FloatRange(0, 1),
              help="drop triples below this confidence")
@_workers_option
@click.option("--scheduler", envvar="DASK_SCHEDULER_ADDRESS",
              help="extract on a Dask cluster at this address ('local' starts one on this machine)")
def extract(paths, output, min_confidence, workers, scheduler):
    """Extract triples from articles (.txt, .html, .jsonl; folders recursively) as JSON Lines."""
    from graphbuild.run import extract_paths, spool_folder

    with spool_folder() as spool:
        if scheduler:
            from graphbuild.cluster import extract_on_cluster

            extraction = extract_on_cluster(paths, scheduler, min_confidence, workers)
        else:
            extraction = nullcontext(extract_paths(paths, spool, min_confidence, workers))
        with extraction as result, _opened(output) as out:
            out.writelines(result.lines())
    click.echo(result.summary(), err=True)
    if not result.articles:
        raise CliError("no article could be read")


@contextmanager
def _opened(output: str | None):
    """The output file, or standard output when none is given."""
    if not output:
        yield sys.stdout
        return
    with open(output, "w", encoding="utf-8") as fh:
        yield fh


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--store", envvar="GRAPHBUILD_STORE", type=click.Path(file_okay=False),
              help="folder of the embedded store (default .graphbuild/)")
@click.option("--neo4j", "neo4j_uri", envvar="NEO4J_URI",
              help="load into Neo4j at this bolt:// or neo4j:// URI (credentials from NEO4J_USER, NEO4J_PASSWORD)")
@click.option("--min-confidence", default=0.0, show_default=True, type=click.FloatRange(0, 1))
@_workers_option
def load(paths, store, neo4j_uri, min_confidence, workers):
    """Extract triples from articles and merge them into the graph; or merge the JSON Lines
    that `graphbuild extract` wrote."""
    from pathlib import Path

    from graphbuild import loader
    from graphbuild.run import extract_paths, spool_folder
    from graphbuild.store import open_backend
    from graphbuild.triplefile import is_triple_file

    triple_files = [Path(p) for p in paths if is_triple_file(Path(p))]
    if triple_files and len(triple_files) < len(paths):
        raise CliError("give either articles or triple files (graphbuild extract's JSON Lines), not both")
    with spool_folder() as spool:
        if triple_files:
            from graphbuild.triplefile import TripleFileLoad

            result = TripleFileLoad(triple_files, min_confidence)
        else:
            result = extract_paths(paths, spool, min_confidence, workers)
        if not result.articles and not triple_files:
            click.echo(result.summary(), err=True)
            raise CliError("no article could be read; nothing was loaded")
        try:
            with open_backend(store, neo4j_uri) as backend:
                written = loader.load_stream(backend, result.each_article())
        except GraphbuildError as exc:
            _fail(exc)
    click.echo(f"{result.summary()}, relationships: {written}", err=True)
    if triple_files and not result.articles:
        raise CliError("no triple could be read; nothing was loaded")


@main.command()
@click.argument("name", required=False)
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="a query parameter (repeatable)")
@click.option("--cypher", help="run this Cypher instead of a named query")
@click.option("--list", "list_queries", is_flag=True, help="list the named queries")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("--store", envvar="GRAPHBUILD_STORE", type=click.Path(file_okay=False))
@click.option("--neo4j", "neo4j_uri", envvar="NEO4J_URI")
def query(name, params, cypher, list_queries, fmt, store, neo4j_uri):
    """Run a named query from cypher/queries/ (or --cypher) against the graph."""
    from graphbuild import cypherlib
    from graphbuild.store import open_backend

    try:
        if list_queries:
            for qname in cypherlib.query_names():
                q = cypherlib.named_query(qname)
                click.echo(f"{qname}\n    {q.description}")
                for p, helptext in q.param_help.items():
                    click.echo(f"    --param {p}=…  {helptext}")
            return
        if not name and not cypher:
            raise CliError("give a query name, --cypher or --list")
        given = dict(_parse_param(p) for p in params)
        if cypher:
            text, values = cypher, given
        else:
            q = cypherlib.named_query(name)
            unknown = set(given) - set(q.params)
            if unknown:
                raise CliError(f"query {name!r} has no parameter {', '.join(sorted(unknown))}; "
                               f"it takes: {', '.join(q.params) or 'none'}")
            missing = [p for p in q.required if p not in given]
            if missing:
                raise CliError(f"query {name!r} needs --param {missing[0]}=…")
            text, values = q.text, {**q.params, **given}
        with open_backend(store, neo4j_uri) as backend:
            rows = backend.read(text, values)
    except GraphbuildError as exc:
        _fail(exc)
    click.echo(_format(rows, fmt), nl=False)


def _parse_param(raw: str) -> tuple[str, object]:
    if "=" not in raw:
        raise CliError(f"--param takes KEY=VALUE, not {raw!r}")
    key, value = raw.split("=", 1)
    try:
        parsed = json.loads(value)
        if isinstance(parsed, (int, float, bool)) or parsed is None:
            return key.strip(), parsed
    except json.JSONDecodeError:
        pass
    return key.strip(), value


def _format(rows: list[dict], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"
    columns = list(rows[0]) if rows else []
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(columns)
        writer.writerows(cells)
        return buf.getvalue()
    if not rows:
        return "(no rows)\n"
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths)) for row in cells]
    return "\n".join(lines) + f"\n({len(rows)} rows)\n"


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value if v is not None)
    return str(value)


@main.command()
@click.option("-o", "--output", required=True, type=click.Path(writable=True),
              help="a file; for csv, a folder that gets nodes.csv and relationships.csv")
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf", "csv", "png", "svg"]),
              default="graphml", show_default=True)
@click.option("--labels", type=click.Choice(["ar", "en"]), default="ar", show_default=True,
              help="png/svg: Arabic or English actor names")
@click.option("--max-actors", default=60, show_default=True, type=click.IntRange(1),
              help="png/svg: draw only the actors with the most partners")
@click.option("--store", envvar="GRAPHBUILD_STORE", type=click.Path(file_okay=False))
@click.option("--neo4j", "neo4j_uri", envvar="NEO4J_URI")
def export(output, fmt, labels, max_actors, store, neo4j_uri):
    """Export the actor network: GraphML or dynamic GEXF for Gephi, CSV for neo4j-admin, or a
    PNG/SVG picture."""
    from pathlib import Path

    from graphbuild import export as exports
    from graphbuild.store import open_backend

    try:
        with open_backend(store, neo4j_uri) as backend:
            if fmt == "csv":
                n_nodes, n_edges = exports.write_csv(backend, Path(output))
            elif fmt in ("png", "svg"):
                from graphbuild.picture import write_picture

                graph = write_picture(backend, Path(output), fmt, labels, max_actors)
                n_nodes, n_edges = graph.number_of_nodes(), graph.number_of_edges()
            else:
                graph = (exports.write_gexf if fmt == "gexf" else exports.write_graphml)(backend, output)
                n_nodes, n_edges = graph.number_of_nodes(), graph.number_of_edges()
    except GraphbuildError as exc:
        _fail(exc)
    click.echo(f"wrote {output}: {n_nodes} nodes, {n_edges} edges", err=True)
