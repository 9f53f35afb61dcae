"""JSON text for the spool and the JSON Lines, through orjson, several times faster than the
standard library on a run's many small records.

orjson refuses what the standard library takes: a lone surrogate (valid JSON, not valid text: a
title may hold one, and the store refuses it later, for that article alone), integers past 64
bits and keys that are not strings when writing, NaN when reading. Those fall back to the
standard library. What differs: the spacing (none after ':' or ','), NaN written as null (valid
JSON, which NaN is not), and an integer past 64 bits read as a float.
"""
from __future__ import annotations

import json

import orjson


def encode_line(value, errors: str = "strict") -> bytes:
    """One JSON Lines row as UTF-8 with its line end, for a file written as bytes: orjson's bytes
    go out as they are, never decoded to text and encoded again. What orjson refuses is encoded
    here with `errors`: by default a lone surrogate fails (UnicodeEncodeError) as it would in a
    UTF-8 text file; 'surrogatepass' keeps it, for the spool."""
    try:
        return orjson.dumps(value, option=orjson.OPT_APPEND_NEWLINE)
    except TypeError:
        return (json.dumps(value, ensure_ascii=False) + "\n").encode("utf-8", errors)


def decode(text: str | bytes):
    """The value of one JSON text; json.JSONDecodeError (with the standard library's message)
    when it is none."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)
