"""graphbuild's command line: extract, load, query, export."""
from __future__ import annotations

import csv
import io
import json
import sys

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


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="JSON Lines file to write (default: standard output)")
@click.option("--min-confidence", default=0.0, show_default=True, type=click.FloatRange(0, 1),
              help="drop triples below this confidence")
def extract(paths, output, min_confidence):
    """Extract triples from articles (.txt, .html, .jsonl; folders recursively) as JSON Lines."""
    from pathlib import Path

    from graphbuild import api

    result = api.extract([Path(p) for p in paths], min_confidence=min_confidence, progress=True)
    lines = "".join(json.dumps(t.to_json(), ensure_ascii=False) + "\n" for t in result)
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(lines)
    else:
        sys.stdout.write(lines)
    click.echo(result.summary(), err=True)
    if not result.articles:
        raise CliError("no article could be read")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--store", envvar="GRAPHBUILD_STORE", type=click.Path(file_okay=False),
              help="folder of the embedded store (default .graphbuild/)")
@click.option("--neo4j", "neo4j_uri", envvar="NEO4J_URI",
              help="load into Neo4j at this bolt:// or neo4j:// URI (credentials from NEO4J_USER, NEO4J_PASSWORD)")
@click.option("--min-confidence", default=0.0, show_default=True, type=click.FloatRange(0, 1))
def load(paths, store, neo4j_uri, min_confidence):
    """Extract triples from articles and merge them into the graph."""
    from pathlib import Path

    from graphbuild import api

    result = api.extract([Path(p) for p in paths], min_confidence=min_confidence, progress=True)
    summary = result.summary()
    if not result.articles:
        click.echo(summary, err=True)
        raise CliError("no article could be read; nothing was loaded")
    try:
        api.load(result, store=store, neo4j=neo4j_uri)
    except GraphbuildError as exc:
        _fail(exc)
    click.echo(f"{summary}, relationships: {result.relationships}", err=True)


@main.command()
@click.argument("name", required=False)
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="a query parameter (repeatable)")
@click.option("--cypher", help="run this Cypher instead of a named query")
@click.option("--list", "list_queries", is_flag=True, help="list the named queries")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("--names", type=click.Choice(["en", "ar"]), default="en", show_default=True,
              help="actors and places by their English canonical names or their Arabic ones")
@click.option("--store", envvar="GRAPHBUILD_STORE", type=click.Path(file_okay=False))
@click.option("--neo4j", "neo4j_uri", envvar="NEO4J_URI")
def query(name, params, cypher, list_queries, fmt, names, store, neo4j_uri):
    """Run a named query from cypher/queries/ (or --cypher) against the graph."""
    from graphbuild import api, cypherlib

    try:
        if list_queries:
            for qname in cypherlib.query_names():
                q = cypherlib.named_query(qname)
                click.echo(f"{qname}\n    {q.description}")
                for p, helptext in q.param_help.items():
                    click.echo(f"    --param {p}=…  {helptext}")
                if q.browser_params:
                    click.echo(f"    Neo4j Browser: {q.browser_params}")
            return
        if not name and not cypher:
            raise CliError("give a query name, --cypher or --list")
        rows = api.query_rows(name, cypher=cypher, store=store, neo4j=neo4j_uri, names=names,
                              params=dict(_parse_param(p) for p in params))
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
@click.option("-o", "--output", required=True, type=click.Path(),
              help="a file whose extension names the format (.graphml .gexf .png .svg .html); "
                   "for csv, a folder that gets nodes.csv and relationships.csv")
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf", "csv", "png", "svg", "html"]),
              help="the format, when the extension does not say it (it must agree when it does)")
@click.option("--names", type=click.Choice(["en", "ar"]),
              help="English canonical or Arabic names (default: ar for png, svg and html, else en)")
@click.option("--from", "since", metavar="YYYY-MM-DD", help="only relationships dated on or after this day")
@click.option("--to", "until", metavar="YYYY-MM-DD", help="only relationships dated on or before this day")
@click.option("--max-actors", default=60, show_default=True, type=click.IntRange(1),
              help="png/svg: draw only the actors with the most partners")
@click.option("--statements", is_flag=True, help="png/svg: add arrows from speakers to the actors they speak of")
@click.option("--sources", is_flag=True, help="png/svg/html: draw outlets and unnamed sources too")
@click.option("--store", envvar="GRAPHBUILD_STORE", type=click.Path(file_okay=False))
@click.option("--neo4j", "neo4j_uri", envvar="NEO4J_URI")
def export(output, fmt, names, since, until, max_actors, statements, sources, store, neo4j_uri):
    """Export the graph: GraphML or dynamic GEXF for Gephi, CSV for neo4j-admin, a PNG/SVG
    picture, or an interactive HTML page that works offline."""
    from graphbuild import api

    try:
        _, n_nodes, n_edges = api.export(output, format=fmt, store=store, neo4j=neo4j_uri, names=names,
                                         since=since, until=until, max_actors=max_actors,
                                         statements=statements, sources=sources)
    except GraphbuildError as exc:
        _fail(exc)
    click.echo(f"wrote {output}: {n_nodes} nodes, {n_edges} edges", err=True)
