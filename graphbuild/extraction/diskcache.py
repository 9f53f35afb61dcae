"""Values that take long to build and depend only on some files, kept on disk between runs.

The frames' expansion to every inflected form takes a second at every start; its result depends
only on the frame file, the morphology tables and the code that expands them. A value is stored
under a hash of those inputs (and of the Python version: marshal's format is Python's own), so
that a changed input builds and stores it anew (and the stale file is removed). The folder is GRAPHBUILD_CACHE, else the user's
cache folder ($XDG_CACHE_HOME or ~/.cache, then graphbuild). Where it cannot be read or written
(a read-only home, a broken file) the value is built as if there were no cache.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path


def folder() -> Path:
    explicit = os.environ.get("GRAPHBUILD_CACHE")
    if explicit:
        return Path(explicit)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "graphbuild"


def path_for(name: str, inputs: Iterable[bytes]) -> Path:
    digest = hashlib.sha256(sys.version.encode())
    for part in inputs:
        digest.update(hashlib.sha256(part).digest())
    return folder() / f"{name}-{digest.hexdigest()[:24]}.marshal"


def remembered(name: str, inputs: Iterable[bytes], build: Callable[[], object]):
    """build(), or what it gave for the same inputs before. The value holds only what marshal
    writes: numbers, strings, None, tuples, lists, dicts."""
    path = path_for(name, inputs)
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        pass
    value = build()
    data = marshal.dumps(value)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, part = tempfile.mkstemp(dir=path.parent, prefix=path.name)
    except OSError:
        return value
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(part, path)             # whole or not at all, for runs side by side
        for stale in path.parent.glob(f"{name}-*.marshal"):
            if stale != path:
                stale.unlink(missing_ok=True)      # built from inputs that have changed since
    except OSError:
        Path(part).unlink(missing_ok=True)
    return value
