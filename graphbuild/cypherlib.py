"""The Cypher text graphbuild runs, read from the `.cypher` files shipped in `cypher/`.

Query files in `cypher/queries/` carry a header of `//` comments that the CLI reads:

    // Who met or negotiated with whom: one row per pair and relation.
    // @param relation  MET or NEGOTIATED; null for both  (default: null)
    // @example graphbuild query who-talked-to-whom --param relation=MET
    // :params {relation: null, `from`: null, `to`: null}

The `:params` line is for Neo4j Browser: pasted without its `//`, it sets every parameter
(the defaults, and the example's values for those without one).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources

from graphbuild.errors import QueryError

_PARAM = re.compile(r"^//\s*@param\s+(\w+)\s+(.*?)\s*(?:\(default:\s*(.*?)\))?\s*$")


def read(relative: str) -> str:
    """Text of one file under cypher/, e.g. 'schema.falkordb.cypher' or 'write/actors.cypher'."""
    node = resources.files("graphbuild.cypher")
    for part in relative.split("/"):
        node = node.joinpath(part)
    try:
        return node.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise QueryError(f"no Cypher file {relative!r}") from exc


def statements(text: str) -> list[str]:
    """The statements of a file, split on ';' at line ends, comments dropped."""
    body = "\n".join(line for line in text.splitlines() if not line.strip().startswith("//"))
    return [s.strip() for s in re.split(r";\s*(?:\n|$)", body) if s.strip()]


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    text: str
    params: dict[str, str | None] = field(default_factory=dict)   # name -> default (None = null)
    param_help: dict[str, str] = field(default_factory=dict)
    required: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    browser_params: str | None = None      # ':params {…}' for Neo4j Browser


def query_names() -> list[str]:
    folder = resources.files("graphbuild.cypher").joinpath("queries")
    return sorted(p.name[: -len(".cypher")] for p in folder.iterdir() if p.name.endswith(".cypher"))


def named_query(name: str) -> NamedQuery:
    if name not in query_names():
        raise QueryError(f"no query named {name!r}; `graphbuild query --list` shows them")
    text = read(f"queries/{name}.cypher")
    description, params, helps, examples, required, browser = [], {}, {}, [], [], None
    for line in text.splitlines():
        if not line.startswith("//"):
            break
        m = _PARAM.match(line)
        if m:
            default = m.group(3)
            params[m.group(1)] = None if default in (None, "null") else _value(default)
            helps[m.group(1)] = m.group(2)
            if default is None:
                required.append(m.group(1))
        elif line.startswith("// @example"):
            examples.append(line[len("// @example"):].strip())
        elif line.startswith("// :params"):
            browser = line[len("// "):].strip()
        else:
            description.append(line[2:].strip())
    return NamedQuery(name, " ".join(d for d in description if d), text, params, helps,
                      required=tuple(required), examples=tuple(examples), browser_params=browser)


def _value(default: str) -> str | int:
    """A declared default as Cypher takes it: a whole number (a `limit`) as an integer."""
    return int(default) if default.isdigit() else default
