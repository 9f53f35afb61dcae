"""Named-query parameters checked against what the query's header declares.

A header line such as `// @param relation  MET or NEGOTIATED; null for both` declares a closed
set of names (the upper-case words before the ';'); one that mentions `YYYY-MM-DD` declares an
ISO date; one that says `a whole number` a positive integer (a `limit`); `null for …` allows
null. Anything else is free text.
"""
from __future__ import annotations

import re
from datetime import date

from graphbuild.cypherlib import NamedQuery
from graphbuild.errors import QueryError

_CHOICES = re.compile(r"^\s*([A-Z][A-Z_]+(?:\s*(?:,|or)\s*[A-Z][A-Z_]+)+)\b")


def check(query: NamedQuery, given: dict) -> dict:
    """All parameter values (defaults filled in), or a QueryError naming the bad one."""
    unknown = set(given) - set(query.params)
    if unknown:
        raise QueryError(f"query {query.name!r} has no parameter {', '.join(sorted(unknown))}; "
                         f"it takes: {', '.join(query.params) or 'none'}")
    missing = [p for p in query.required if p not in given]
    if missing:
        raise QueryError(f"query {query.name!r} needs --param {missing[0]}=…")
    values = {**query.params, **given}
    for name, value in given.items():
        values[name] = _checked(query.name, name, query.param_help.get(name, ""), value)
    return values


def _checked(query: str, name: str, helptext: str, value):
    if value is None:
        if "null" in helptext:
            return None
        raise QueryError(f"query {query!r}: --param {name} cannot be null")
    choices = _CHOICES.match(helptext)
    if choices:
        allowed = re.findall(r"[A-Z][A-Z_]+", choices.group(1))
        if str(value).upper() not in allowed:
            raise QueryError(f"query {query!r}: --param {name}={value} is not one of {', '.join(allowed)}")
        return str(value).upper()
    if "whole number" in helptext:
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise QueryError(f"query {query!r}: --param {name}={value} is not a whole number of at least 1")
        return value
    if "YYYY-MM-DD" in helptext:
        try:
            if len(str(value)) != 10:
                raise ValueError
            return date.fromisoformat(str(value)).isoformat()
        except ValueError:
            raise QueryError(f"query {query!r}: --param {name}={value} is not a date YYYY-MM-DD") from None
    return value
