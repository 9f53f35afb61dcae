"""graphbuild's command line: extract, load, query, export.

Exit codes: 0 when every article went in (or the command did all it was asked), 3 when some
articles were reported and skipped but the others went in, 1 when nothing could be done, 2 for
a usage error, 130 when interrupted. Every expected failure is one line on standard error;
`--debug` shows the traceback as well.
"""
from __future__ import annotations

import csv
import io
import json
import os
import signal
import sys
from contextlib import contextmanager, nullcontext
from pathlib import Path

import click

from graphbuild.errors import GraphbuildError

EXIT_SKIPPED = 3          # some articles were skipped, the others went in
EXIT_INTERRUPTED = 130


class CliError(click.ClickException):
    exit_code = 1


class PartialSuccess(click.ClickException):
    """Not an error line: the summary already said what was skipped."""
    exit_code = EXIT_SKIPPED

    def show(self, file=None) -> None:
        pass


class Graphbuild(click.Group):
    """Turns any failure into one line (and an exit code) unless --debug asks for the traceback."""

    def invoke(self, ctx):
        # SIGTERM ends the command as Ctrl-C does, so the store is left as cleanly
        signal.signal(signal.SIGTERM, _interrupt)
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except Exception as exc:            # noqa: BLE001 - the CLI edge: one line for anything
            if _debug(ctx):
                raise
            if isinstance(exc, GraphbuildError):
                raise CliError(str(exc)) from exc
            if isinstance(exc, OSError):
                where = f"{exc.filename}: " if exc.filename else ""
                raise CliError(f"{where}{exc.strerror or exc}") from exc
            raise CliError(f"internal error: {type(exc).__name__}: {exc} "
                           "(run with --debug for the traceback)") from exc
        except KeyboardInterrupt:
            click.echo("interrupted: what was written before stays in the store; "
                       "run the command again to finish", err=True)
            ctx.exit(EXIT_INTERRUPTED)


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def _debug(ctx) -> bool:
    return bool(ctx.find_root().params.get("debug"))


def _notice(message: str) -> None:
    click.echo(message, err=True)


def _output_file(output: str | None) -> Path | None:
    """The -o file, its folder created now, before any long work whose result it would hold."""
    if not output:
        return None
    path = Path(output)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CliError(f"-o {output}: cannot create its folder ({exc.strerror})") from exc
    if path.is_dir():
        raise CliError(f"-o {output}: is a folder; give a file name")
    if not os.access(path.parent, os.W_OK):
        raise CliError(f"-o {output}: its folder cannot be written")
    return path


@contextmanager
def _opened(path: Path | None):
    """Standard output, or the -o file written beside it and put in its place only when the
    command gets to the end (an interrupted run never leaves half a file under its name); either
    takes bytes, the JSON Lines as UTF-8."""
    if path is None:
        sys.stdout.flush()
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    part = path.with_name(path.name + ".part")
    try:
        with open(part, "wb") as fh:
            yield fh
        part.replace(path)
    finally:
        part.unlink(missing_ok=True)


@click.group(cls=Graphbuild, epilog="Exit codes: 0 all articles went in; 3 some were skipped (each "
             "reported on one line), the others went in; 1 nothing could be done; 2 usage error; "
             "130 interrupted.")
@click.version_option(package_name="graphbuild")
@click.option("--debug", is_flag=True, envvar="GRAPHBUILD_DEBUG", help="show tracebacks")
def main(debug):
    """Arabic news articles to a graph of who met, negotiated with, or made statements about whom."""


def _cores() -> int:
    from graphbuild.run import default_workers

    return default_workers()


def _workers_option(command):
    return click.option("--workers", type=click.IntRange(1), default=_cores, show_default="the cores",
                        help="extraction processes")(command)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="JSON Lines file to write (default: standard output); its folder is created")
@click.option("--min-confidence", default=0.0, show_default=True, type=click.FloatRange(0, 1),
              help="drop triples below this confidence")
@_workers_option
@click.option("--scheduler", envvar="DASK_SCHEDULER_ADDRESS",
              help="extract on a Dask cluster at this address ('local' starts one on this machine)")
def extract(paths, output, min_confidence, workers, scheduler):
    """Extract triples from articles (.txt, .html, .jsonl; folders recursively) as JSON Lines."""
    from graphbuild.run import extract_paths, spool_folder

    out = _output_file(output)
    with spool_folder() as spool:
        if scheduler:
            from graphbuild.cluster import extract_on_cluster

            extraction = extract_on_cluster(paths, scheduler, min_confidence, workers)
        else:
            extraction = nullcontext(extract_paths(paths, spool, min_confidence, workers))
        with extraction as result, _opened(out) as sink:
            sink.writelines(result.lines())
    click.echo(result.summary(), err=True)
    if not result.articles:
        raise CliError("no article could be read")
    if result.skipped:
        raise PartialSuccess("")


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
    that `graphbuild extract` wrote. One load at a time per store: a second one waits."""
    from graphbuild import loader
    from graphbuild.run import extract_paths, spool_folder
    from graphbuild.store import check_target, open_backend
    from graphbuild.triplefile import TripleFileLoad, is_triple_file

    triple_files = [Path(p) for p in paths if is_triple_file(Path(p))]
    if triple_files and len(triple_files) < len(paths):
        raise CliError("give either articles or triple files (graphbuild extract's JSON Lines), not both")
    check_target(store, neo4j_uri)          # a bad URI or store folder fails before extracting
    with spool_folder() as spool:
        if triple_files:
            result = TripleFileLoad(triple_files, min_confidence)
        else:
            result = extract_paths(paths, spool, min_confidence, workers)
            if not result.articles:
                click.echo(result.summary(), err=True)
                raise CliError("no article could be read; nothing was loaded")
        with open_backend(store, neo4j_uri, write=True, notify=_notice) as backend:
            report = loader.load_stream(backend, result.each_article(), notify=_notice)
    click.echo(f"{result.summary()}, relationships: {report.relationships}"
               + (f", not loaded: {len(report.skipped)}" if report.skipped else ""), err=True)
    if triple_files and not result.articles:
        raise CliError("no triple could be read; nothing was loaded")
    if result.skipped or report.skipped:
        raise PartialSuccess("")


@main.command()
@click.argument("name", required=False)
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="a query parameter (repeatable)")
@click.option("--cypher", help="run this Cypher instead of a named query (read-only unless --write)")
@click.option("--write", is_flag=True, help="let --cypher change the graph (create, set, delete)")
@click.option("--limit", type=click.IntRange(1),
              help="the most rows, for a named query that takes a limit (default 100; a notice says when rows were left out)")
@click.option("--list", "list_queries", is_flag=True, help="list the named queries")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("--names", type=click.Choice(["en", "ar"]), default="en", show_default=True,
              help="actors and places by their English canonical names or their Arabic ones")
@click.option("--store", envvar="GRAPHBUILD_STORE", type=click.Path(file_okay=False))
@click.option("--neo4j", "neo4j_uri", envvar="NEO4J_URI")
def query(name, params, cypher, write, limit, list_queries, fmt, names, store, neo4j_uri):
    """Run a named query from cypher/queries/ (or --cypher) against the graph."""
    from graphbuild import api, cypherlib

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
    given = dict(_parse_param(p) for p in params)
    if limit is not None:
        if cypher:
            raise CliError("--limit goes with a named query; write LIMIT in the Cypher")
        given["limit"] = limit
    rows = api.query_rows(name, cypher=cypher, store=store, neo4j=neo4j_uri, names=names, write=write,
                          params=given, notify=_notice)
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
                   "for csv, a folder that gets one CSV per node label and relationship type "
                   "(missing folders are created)")
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

    fmt = api.export_format(output, fmt)
    # the CLI creates the output's folder (the Python API leaves that to its caller)
    _output_file(str(Path(output) / "Actor.csv") if fmt == "csv" else output)
    _, n_nodes, n_edges = api.export(output, format=fmt, store=store, neo4j=neo4j_uri, names=names,
                                     since=since, until=until, max_actors=max_actors,
                                     statements=statements, sources=sources, notify=_notice)
    click.echo(f"wrote {output}: {n_nodes} nodes, {n_edges} edges", err=True)
