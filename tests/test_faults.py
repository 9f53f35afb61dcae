"""The store under faults: killed processes, interrupts, two users at once, a read-only or full
disk, stale and foreign server files, a copied store, unreachable or malformed Neo4j addresses.
Real files, the real CLI in a subprocess, the real embedded store. After each fault the graph
is that of a clean load, and every failure is one line."""
import json
import os
import shutil
import signal
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest

from graphbuild.store.embedded import EmbeddedServer, alive, read_state, servers_on
from graphbuild.store.locks import WriterLock

from conftest import GRAPHBUILD, SEEDS, run_cli, store_snapshot

COPIES = 10                    # 50 articles: long enough to be killed in the middle of writing
ARTICLES = "MATCH (d:Article) RETURN count(d) AS n"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    for n in range(COPIES):
        for seed in sorted(SEEDS.glob("*.txt")):
            shutil.copyfile(seed, folder / f"{seed.stem}-{n:02d}.txt")
    return folder


@pytest.fixture(scope="module")
def clean(corpus, tmp_path_factory):
    """The graph of one clean load of the corpus."""
    store = tmp_path_factory.mktemp("clean")
    run_cli("load", corpus, "--store", store)
    return store_snapshot(store)


@pytest.fixture(scope="module")
def one_article_store(tmp_path_factory):
    """A store holding one seed article, to be copied by the tests that spoil it."""
    store = tmp_path_factory.mktemp("one") / "store"
    run_cli("load", SEEDS / "000_c83d68f388aa8450.txt", "--store", store)
    return store


def one_error_line(proc) -> str:
    """The one error line of a failed command (and no traceback)."""
    assert "Traceback" not in proc.stderr, proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, proc.stderr
    return errors[0]


def servers_of(store: Path) -> list[int]:
    """Live redis-server processes working in this store folder."""
    return servers_on(store) if store.exists() else []


def _default_sigint():
    """A shell's background job ignores SIGINT, and its children inherit that: undo it, so the
    command gets Ctrl-C as in a terminal."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start_load(corpus, store, log: Path):
    with open(log, "w") as err:
        return subprocess.Popen([*GRAPHBUILD, "load", str(corpus), "--store", str(store)],
                                stdout=subprocess.DEVNULL, stderr=err, text=True, preexec_fn=_default_sigint)


def wait_until_writing(store: Path, proc, timeout=300.0):
    """The server's state as soon as the load has opened the store to write (its extraction
    is done; the writes of 50 articles take about a second from here)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, "the load ended before it could be interrupted"
        info = read_state(store)
        if info is not None:
            return info
        time.sleep(0.005)
    raise AssertionError("the load never opened the store")


def frozen_while_writing(corpus, store: Path, log: Path, attempts=3):
    """A load stopped (SIGSTOP) the moment it has opened the store to write, and the server's
    state: what the caller does to it then lands mid-write however late this process is
    scheduled (a CI run once sent its Ctrl-C after the whole load, about a second, had ended).
    A load that ended before it could be stopped is run again on an empty store. The caller
    resumes it with SIGCONT."""
    for _ in range(attempts):
        proc = start_load(corpus, store, log)
        info = wait_until_writing(store, proc)
        proc.send_signal(signal.SIGSTOP)
        if process_state(proc.pid) == "T":
            return proc, info
        proc.wait()
        wait_gone(info.pid)
        shutil.rmtree(store)
    raise AssertionError(f"the load ended before it could be stopped, {attempts} times")


def process_state(pid: int) -> str:
    """The kernel's one-letter state of a child once it settles after a SIGSTOP: T stopped, Z
    ended (a child that was not waited for keeps its entry)."""
    while True:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        if state in "TZ":
            return state
        time.sleep(0.001)


def wait_gone(pid: int, timeout=30.0) -> bool:
    deadline = time.monotonic() + timeout
    while alive(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    return not alive(pid)


def wait_removed(folder: Path, timeout=10.0) -> bool:
    """The watchdog removes the server's socket folder once the server is gone, a moment later."""
    deadline = time.monotonic() + timeout
    while folder.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    return not folder.exists()


def test_a_load_leaves_a_compacted_store_that_reopens_from_a_snapshot(corpus, clean, tmp_path):
    store = tmp_path / "store"
    run_cli("load", corpus, "--store", store)
    aof = store / "appendonlydir"
    assert [p.stat().st_size for p in aof.glob("*.incr.aof")] == [0]   # nothing left to replay
    assert [p.name.endswith(".base.rdb") for p in aof.glob("*.base.*")] == [True]
    assert servers_of(store) == [] and not (store / "server.json").exists()
    assert store_snapshot(store) == clean


def test_server_killed_mid_load_then_rerun_gives_a_clean_load(corpus, clean, tmp_path):
    store = tmp_path / "store"
    proc, info = frozen_while_writing(corpus, store, tmp_path / "err")
    os.kill(info.pid, signal.SIGKILL)
    proc.send_signal(signal.SIGCONT)
    proc.wait(timeout=120)
    proc.stderr = (tmp_path / "err").read_text()
    assert proc.returncode == 1
    assert "embedded server stopped" in one_error_line(proc)
    run_cli("load", corpus, "--store", store)
    assert store_snapshot(store) == clean
    assert servers_of(store) == []


def test_cli_killed_mid_load_leaves_no_server_and_rerun_is_clean(corpus, clean, tmp_path):
    store = tmp_path / "store"
    proc, info = frozen_while_writing(corpus, store, tmp_path / "err")
    proc.kill()
    proc.wait()
    assert wait_gone(info.pid), "the server outlived the command that was killed"
    assert wait_removed(Path(info.socket).parent), "the server's socket folder was left behind"
    run_cli("load", corpus, "--store", store)
    assert store_snapshot(store) == clean


def test_ctrl_c_mid_load_stops_cleanly_and_rerun_is_clean(corpus, clean, tmp_path):
    store = tmp_path / "store"
    proc, info = frozen_while_writing(corpus, store, tmp_path / "err")
    proc.send_signal(signal.SIGINT)
    proc.send_signal(signal.SIGCONT)
    proc.wait(timeout=120)
    stderr = (tmp_path / "err").read_text()
    assert proc.returncode == 130 and "interrupted" in stderr and "Traceback" not in stderr
    assert wait_gone(info.pid, timeout=5)
    run_cli("load", corpus, "--store", store)
    assert store_snapshot(store) == clean


def test_two_loads_at_once_give_one_clean_load(corpus, clean, tmp_path):
    store = tmp_path / "store"
    first = start_load(corpus, store, tmp_path / "err1")
    second = start_load(corpus, store, tmp_path / "err2")
    assert first.wait(timeout=600) == 0, (tmp_path / "err1").read_text()
    assert second.wait(timeout=600) == 0, (tmp_path / "err2").read_text()
    assert store_snapshot(store) == clean
    assert servers_of(store) == []


def test_a_query_during_a_load_neither_stops_nor_spoils_it(corpus, clean, tmp_path):
    store = tmp_path / "store"
    proc = start_load(corpus, store, tmp_path / "err")
    wait_until_writing(store, proc)
    query = run_cli("query", "--cypher", ARTICLES, "--format", "json", "--store", store, check=False)
    deadline = time.monotonic() + 120
    while "is empty" in query.stderr and time.monotonic() < deadline:
        # the query started before the load's first batch was written: ask again
        query = run_cli("query", "--cypher", ARTICLES, "--format", "json", "--store", store, check=False)
    assert query.returncode == 0, query.stderr
    assert json.loads(query.stdout)[0]["n"] > 0
    assert proc.wait(timeout=600) == 0, (tmp_path / "err").read_text()
    assert store_snapshot(store) == clean


def test_a_second_writer_waits_and_names_the_first(tmp_path):
    store = tmp_path / "store"
    store.mkdir()
    err = tmp_path / "err"
    with WriterLock(store / "write.lock"):
        with open(err, "w") as fh:
            proc = subprocess.Popen([*GRAPHBUILD, "load", str(SEEDS / "000_c83d68f388aa8450.txt"),
                                     "--store", str(store)], stderr=fh, stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + 300
        while "waiting" not in err.read_text() and time.monotonic() < deadline:
            assert proc.poll() is None, err.read_text()
            time.sleep(0.1)
        assert f"is being written by pid {os.getpid()}" in err.read_text()
        assert proc.poll() is None
    assert proc.wait(timeout=120) == 0
    assert store_snapshot(store)["article_ids"] == ["000_c83d68f388aa8450"]


@pytest.mark.parametrize("content", ['{"pid": 999999999, "socket": "/nonexistent/s.sock"}', "not json",
                                     json.dumps({"pid": 1, "socket": "/tmp/x", "folder": "/", "inode": [0, 0],
                                                 "token": "t"})])
def test_a_stale_server_file_is_ignored(one_article_store, tmp_path, content):
    store = tmp_path / "store"
    shutil.copytree(one_article_store, store)
    (store / "server.json").write_text(content)
    proc = run_cli("query", "--cypher", ARTICLES, "--format", "json", "--store", store)
    assert json.loads(proc.stdout) == [{"n": 1}]
    os.kill(1, 0)                                                    # pid 1 was left alone


def test_a_foreign_or_copied_server_file_never_redirects_the_store(one_article_store, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    shutil.copytree(one_article_store, one)
    with EmbeddedServer(one) as server:                             # store one's server stays up
        copy = tmp_path / "copy"
        shutil.copytree(one, copy)                                   # its server.json comes along
        shutil.copytree(one, two)
        shutil.copy(one / "server.json", two / "server.json")
        run_cli("load", SEEDS / "001_45fa6e7af767e279.txt", "--store", two)
        run_cli("load", SEEDS / "002_89b8ee061352da12.txt", "--store", copy)
        assert server.client().ping()
    assert store_snapshot(one)["article_ids"] == ["000_c83d68f388aa8450"]
    assert store_snapshot(two)["article_ids"] == ["000_c83d68f388aa8450", "001_45fa6e7af767e279"]
    assert store_snapshot(copy)["article_ids"] == ["000_c83d68f388aa8450", "002_89b8ee061352da12"]


def test_a_store_path_under_a_file_is_one_line(tmp_path):
    (tmp_path / "file").write_text("x")
    proc = run_cli("load", SEEDS, "--store", tmp_path / "file" / "store", check=False)
    assert proc.returncode == 1 and "is a file, not a folder" in one_error_line(proc)
    proc = run_cli("query", "who-talked-to-whom", "--store", tmp_path / "file", check=False)
    assert proc.returncode == 2 and "is a file" in one_error_line(proc)          # a usage error


# a small tmpfs of our own, where the machine lets us mount one -------------------------------
@pytest.fixture
def tmpfs(tmp_path):
    mount = tmp_path / "mnt"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("needs root to mount a small tmpfs")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=48m", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    yield mount
    for pid in servers_of(mount / "store"):
        os.kill(pid, signal.SIGKILL)
        wait_gone(pid)
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_read_only_store_says_so(tmpfs):
    store = tmpfs / "store"
    run_cli("load", SEEDS / "000_c83d68f388aa8450.txt", "--store", store)
    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)
    for args in (("query", "--cypher", ARTICLES), ("load", SEEDS / "001_45fa6e7af767e279.txt")):
        proc = run_cli(*args, "--store", store, check=False)
        assert proc.returncode == 1
        line = one_error_line(proc)
        assert str(store) in line and "cannot be written" in line and "server stopped" not in line
    subprocess.run(["mount", "-o", "remount,rw", str(tmpfs)], check=True)
    proc = run_cli("query", "--cypher", ARTICLES, "--format", "json", "--store", store)
    assert json.loads(proc.stdout) == [{"n": 1}]


def test_a_full_disk_fails_cleanly_and_the_store_reopens(corpus, clean, tmpfs):
    store = tmpfs / "store"
    first = sorted(corpus.glob("*.txt"))[0]
    run_cli("load", first, "--store", store)
    before = store_snapshot(store)
    filler = tmpfs / "filler"
    with open(filler, "wb") as fh:                                    # leave about 64 kB free
        free = shutil.disk_usage(tmpfs).free
        fh.write(b"\0" * max(free - 64 * 1024, 0))
    proc = run_cli("load", corpus, "--store", store, check=False)
    assert proc.returncode == 1
    line = one_error_line(proc)
    assert "full" in line or "no space" in line
    assert servers_of(store) == []
    filler.unlink()
    after = store_snapshot(store)
    assert set(before["article_ids"]) <= set(after["article_ids"])
    run_cli("load", corpus, "--store", store)
    assert store_snapshot(store) == clean


# Neo4j addresses ----------------------------------------------------------------------------
def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("uri, reason", [
    ("http://localhost:7474", "the scheme must be one of"),
    ("localhost:7687", "the scheme must be one of"),
    ("bolt://[::1", "not a valid URI"),
    ("bolt://", "no host"),
    ("bolt://localhost:99999", "not a valid URI"),
    ("bolt://localhost:7687/neo4j", "has no path"),
])
def test_a_malformed_neo4j_uri_is_one_line_before_any_work(uri, reason):
    for command in (("query", "who-talked-to-whom"), ("load", SEEDS)):
        started = time.monotonic()
        proc = run_cli(*command, "--neo4j", uri, check=False)
        assert proc.returncode == 1 and reason in one_error_line(proc)
        assert "extracting" not in proc.stderr and time.monotonic() - started < 30


def test_a_password_in_the_uri_is_never_printed():
    uri = "bolt://neo4j:S3cret@127.0.0.1:1"
    for env in ({}, {"NEO4J_URI": uri}):
        args = ("query", "who-talked-to-whom") + (() if env else ("--neo4j", uri))
        proc = subprocess.run([*GRAPHBUILD, *args], capture_output=True, text=True,
                              env={**os.environ, **env}, timeout=120)
        assert proc.returncode == 1 and "S3cret" not in proc.stderr + proc.stdout
        assert "bolt://***@127.0.0.1:1" in one_error_line(proc)


@pytest.mark.parametrize("command", [("query", "who-talked-to-whom"), ("load", SEEDS)])
def test_a_closed_port_fails_in_seconds_before_any_work(command):
    started = time.monotonic()
    proc = run_cli(*command, "--neo4j", f"bolt://127.0.0.1:{_closed_port()}", check=False)
    assert proc.returncode == 1 and "cannot connect" in one_error_line(proc)
    assert "extracting" not in proc.stderr and time.monotonic() - started < 20


def test_a_port_where_something_else_listens_fails_in_seconds():
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        held = []
        stop = threading.Event()

        def accept():
            listener.settimeout(0.2)
            while not stop.is_set():
                try:
                    held.append(listener.accept()[0])        # accept, and never answer
                except OSError:
                    continue

        thread = threading.Thread(target=accept, daemon=True)
        thread.start()
        started = time.monotonic()
        proc = run_cli("query", "who-talked-to-whom", "--neo4j",
                       f"bolt://127.0.0.1:{listener.getsockname()[1]}", check=False)
        elapsed = time.monotonic() - started
        stop.set()
        thread.join()
        for conn in held:
            conn.close()
    assert proc.returncode == 1 and "no Bolt server answers" in one_error_line(proc)
    assert elapsed < 30


# the CLI's own checks -----------------------------------------------------------------------
def test_outputs_go_into_missing_folders(seed_store, tmp_path):
    out = tmp_path / "new" / "deeper" / "triples.jsonl"
    run_cli("extract", SEEDS / "000_c83d68f388aa8450.txt", "-o", out)
    assert out.read_text(encoding="utf-8").count("\n") > 0
    graph = tmp_path / "other" / "graph.graphml"
    run_cli("export", "-o", graph, "--store", seed_store)
    assert graph.stat().st_size > 0
    run_cli("export", "--format", "csv", "-o", tmp_path / "csv" / "import", "--store", seed_store)
    assert (tmp_path / "csv" / "import" / "Actor.csv").exists()


@pytest.mark.parametrize("param, reason", [
    ("relation=FOO", "is not one of MET, NEGOTIATED"),
    ("from=notadate", "is not a date YYYY-MM-DD"),
    ("to=2025-02-30", "is not a date YYYY-MM-DD"),
    ("nosuch=1", "has no parameter nosuch"),
])
def test_query_parameters_are_checked_against_the_header(seed_store, param, reason):
    proc = run_cli("query", "who-talked-to-whom", "--param", param, "--store", seed_store, check=False)
    assert proc.returncode == 1 and reason in one_error_line(proc)


def test_cypher_is_read_only_unless_write_is_given(seed_store, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(seed_store, store)
    before = store_snapshot(store)
    proc = run_cli("query", "--cypher", "MATCH (a:Actor) DETACH DELETE a", "--store", store, check=False)
    assert proc.returncode == 1 and "--write" in one_error_line(proc)
    assert store_snapshot(store) == before
    run_cli("query", "--cypher", "CREATE (:Note {text: $t})", "--param", "t=hello", "--write", "--store", store)
    assert store_snapshot(store)["labels"]["Note"] == 1


def test_a_failure_is_one_line_and_debug_shows_the_traceback(seed_store, tmp_path):
    (tmp_path / "a.txt").write_text("قال الوزير إن الوفد وصل.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.mkdir()                                                       # -o names a folder
    proc = run_cli("extract", tmp_path / "a.txt", "-o", out, check=False)
    assert proc.returncode in (1, 2) and "Traceback" not in proc.stderr
    proc = run_cli("query", "--cypher", "RETURN nosuch(1)", "--store", seed_store, check=False)
    assert proc.returncode == 1 and "Unknown function 'nosuch'" in one_error_line(proc)
    proc = run_cli("--debug", "query", "--cypher", "RETURN nosuch(1)", "--store", seed_store, check=False)
    assert proc.returncode == 1 and "Traceback" in proc.stderr


def test_a_server_that_hangs_at_start_is_launched_again(tmp_path, monkeypatch):
    """A new server that neither answers nor stops (stopped here with SIGSTOP right after its
    launch) is killed and launched once more; the store then opens as usual."""
    from graphbuild.store import embedded

    monkeypatch.setattr(embedded, "START_TIMEOUT", 3.0)
    launched: list[int] = []
    launch = EmbeddedServer._launch

    def first_one_hangs(self):
        info = launch(self)
        if not launched:
            os.kill(info.pid, signal.SIGSTOP)
        launched.append(info.pid)
        return info

    monkeypatch.setattr(EmbeddedServer, "_launch", first_one_hangs)
    notes: list[str] = []
    with EmbeddedServer(tmp_path / "store", notify=notes.append) as server:
        assert server.client().ping()
    assert len(launched) == 2 and not alive(launched[0])
    assert any("did not answer; starting it again" in note for note in notes)


def test_a_server_that_answers_ping_but_hangs_on_its_first_graph_command_is_launched_again(tmp_path, monkeypatch):
    """FalkorDB once hung for good on a new store's first graph command while it answered PING:
    the server is stopped (SIGSTOP) right before its first graph command here, which then times
    out; the server is killed and launched once more, and the store opens as usual."""
    from graphbuild.store import embedded

    probe = embedded.graph_answers
    probed: list[int] = []

    def first_one_hangs(info):
        if not probed:
            os.kill(info.pid, signal.SIGSTOP)
        probed.append(info.pid)
        probe(info, timeout=1.0)

    monkeypatch.setattr(embedded, "graph_answers", first_one_hangs)
    notes: list[str] = []
    with EmbeddedServer(tmp_path / "store", notify=notes.append) as server:
        assert server.client().ping()
    assert len(probed) == 2 and probed[0] != probed[1] and not alive(probed[0])
    assert any("did not answer; starting it again" in note for note in notes)


def test_a_server_that_stops_before_its_first_graph_command_gives_one_store_error(tmp_path, monkeypatch):
    """Killed between answering PING and the graph command (a load frozen there and its server
    killed did this): the command's error is the store's one line, not an internal error."""
    from graphbuild.errors import StoreError
    from graphbuild.store import embedded

    probe = embedded.graph_answers

    def killed_first(info):
        os.kill(info.pid, signal.SIGKILL)
        wait_gone(info.pid)
        probe(info)

    monkeypatch.setattr(embedded, "graph_answers", killed_first)
    with pytest.raises(StoreError, match="embedded server stopped at start"):
        with EmbeddedServer(tmp_path / "store"):
            pass
