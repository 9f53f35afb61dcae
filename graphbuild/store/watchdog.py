"""Stops an embedded server that no command uses any more (its last user was killed).

    python -m graphbuild.store.watchdog STORE PID SOCKET TOKEN

Started beside each server, in its own session. Once a second it checks, under the store's
server lock, whether any command still holds users.lock; when none does, it compacts the store
and stops the server as the last command would have. It ends when the server ends.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from graphbuild.store import locks
from graphbuild.store.embedded import ServerInfo, is_redis_for, read_state, shutdown

POLL_SECONDS = 1.0


def watch(store: Path, pid: int, socket: str, token: str) -> None:
    while is_redis_for(pid, store):       # not merely alive: its pid may have been reused
        time.sleep(POLL_SECONDS)
        if not is_redis_for(pid, store):
            return
        with locks.exclusive(store / "server.lock"):
            users = locks.open_lock(store / "users.lock")
            try:
                if not locks.try_exclusive(users):
                    continue
                state = read_state(store)
                info = state if state is not None and state.token == token else \
                    ServerInfo(pid, socket, str(store), (0, 0), token)
                shutdown(store, info)
                return
            finally:
                os.close(users)


if __name__ == "__main__":
    watch(Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4])
