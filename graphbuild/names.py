"""Names in the reader's script: the English canonical name, or an Arabic one.

An actor's Arabic name (`name_ar` in the store) is the actor dictionary's Arabic spelling, else its
canonical name when that is Arabic already (a person no list knows), else the spelling the
articles use most often. Query rows are renamed after they are read, so every named query
speaks the reader's script without a line of Cypher changing.
"""
from __future__ import annotations

from collections import Counter

from graphbuild import cypherlib

SCRIPTS = ("en", "ar")
# columns that hold text or identifiers, never a name to translate
_LEAVE = {"id", "article", "article_id", "sentence", "quote", "statement", "text", "url", "title", "cue",
          "date_text", "segment"}


def arabic_name(actor_id: str, name: str, spellings: Counter) -> str:
    # imported here, for the loader: the actor dictionary and camel_tools take a second or two to
    # import, which every query (through name_map and rename) would otherwise wait for
    from graphbuild import actors
    from graphbuild.normalize import is_arabic

    known = actors.load().get(actor_id)
    if known and known.arabic:
        return known.arabic
    if is_arabic(name):
        return name
    arabic = [(count, -len(s), s) for s, count in spellings.items() if is_arabic(s)]
    return max(arabic)[2] if arabic else name


def name_map(backend, script: str) -> dict[str, str]:
    """Canonical name -> the name to show, for actors and places; empty for English."""
    if script == "en":
        return {}
    rows = backend.read(cypherlib.read("export/names.cypher"))
    return {r["name"]: r["name_ar"] for r in rows if r["name_ar"] and r["name_ar"] != r["name"]}


def rename(value, names: dict[str, str], column: str | None = None):
    """`value` with every actor or place name in it swapped through `names`, lists and maps too."""
    if not names or column in _LEAVE:
        return value
    if isinstance(value, str):
        return names.get(value, value)
    if isinstance(value, list):
        return [rename(v, names) for v in value]
    if isinstance(value, dict):
        return {k: rename(v, names, k) for k, v in value.items()}
    return value
