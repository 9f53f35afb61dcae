"""Advisory locks on the store folder (flock: the kernel drops them when their process dies,
so a killed command never leaves a store locked).

    server.lock   held for a moment while a command starts, adopts or stops the server
    users.lock    shared by every command using the server; the last one out stops it
    write.lock    one writer at a time for a whole load; names its holder for whoever waits
"""
from __future__ import annotations

import fcntl
import json
import os
import sys
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path


def open_lock(path: Path) -> int:
    return os.open(path, os.O_RDWR | os.O_CREAT, 0o600)


@contextmanager
def exclusive(path: Path):
    """Hold `path` exclusively (waiting for it) for the length of the block."""
    fd = open_lock(path)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield fd
    finally:
        os.close(fd)


def try_exclusive(fd: int) -> bool:
    """Take (or upgrade to) the exclusive lock on an open file without waiting."""
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


class SharedUse:
    """A shared lock on users.lock for as long as a command uses the server."""

    def __init__(self, path: Path):
        self.fd = open_lock(path)
        fcntl.flock(self.fd, fcntl.LOCK_SH)

    def last_one(self) -> bool:
        """True when no other command shares the lock (it is then held exclusively)."""
        return try_exclusive(self.fd)

    def release(self) -> None:
        os.close(self.fd)


class WriterLock:
    """One writer at a time on a store. A second writer waits, and says whom it waits for."""

    def __init__(self, path: Path, notify: Callable[[str], None] | None = None):
        self.path = path
        self.notify = notify
        self.fd: int | None = None

    def __enter__(self) -> "WriterLock":
        self.fd = open_lock(self.path)
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if self.notify:
                self.notify(f"waiting: the store {self.path.parent} is being written by {self.holder()}")
            fcntl.flock(self.fd, fcntl.LOCK_EX)
        os.ftruncate(self.fd, 0)
        os.pwrite(self.fd, json.dumps({"pid": os.getpid(), "since": time.strftime("%H:%M:%S"),
                                       "command": " ".join(sys.argv[1:])[:200]}).encode(), 0)
        return self

    def __exit__(self, *exc) -> None:
        if self.fd is not None:
            os.ftruncate(self.fd, 0)
            os.close(self.fd)
            self.fd = None

    def holder(self) -> str:
        try:
            info = json.loads(self.path.read_text(encoding="utf-8"))
            return f"pid {info['pid']} since {info['since']} (graphbuild {info['command']})"
        except (OSError, ValueError, KeyError, TypeError):
            return "another graphbuild command"
