"""Store fixtures: every store test runs against SQLite and a real PostgreSQL server.

``pg_server`` (session) is the base URL of a PostgreSQL server:

* ``CROSSWIRE_TEST_PG_URL`` (e.g. ``postgresql://me@127.0.0.1:5432/scratch``)
  names an existing server; the tests only create and drop schemas
  ``cw_test_*`` in that database;
* otherwise a throw-away server is started: ``initdb`` into a temporary
  folder, ``pg_ctl start`` listening on 127.0.0.1 only (a free port, its unix
  socket in the same folder), stopped and deleted at the end of the session.
  The binaries come from ``/usr/lib/postgresql/*/bin`` (Debian's
  ``postgresql`` package, which ``scripts/system-deps`` installs) or ``PATH``.
  initdb refuses to run as root, so as root the server runs as the
  ``postgres`` user (``runuser``) in a folder it owns.

Where no server can be had the PostgreSQL tests are skipped with the reason.

``store_location`` (per test) is parametrised over both backends: a fresh
SQLite file, or a fresh schema on the server (``search_path`` set in the URL).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

PG_URL_ENV = "CROSSWIRE_TEST_PG_URL"
BACKENDS = ("sqlite", "postgres")


def _pg_bin(name: str) -> str | None:
    found = sorted(
        glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    return found[-1] if found else shutil.which(name)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _tail(text: str, lines: int = 5) -> str:
    return " | ".join(text.strip().splitlines()[-lines:])


class _Server:
    """A throw-away PostgreSQL cluster in a temporary folder."""

    def __init__(self) -> None:
        initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
        if not initdb or not pg_ctl:
            pytest.skip(
                "PostgreSQL tests skipped: no initdb/pg_ctl (install Debian's postgresql "
                f"package, e.g. scripts/system-deps, or set {PG_URL_ENV})"
            )
        self.pg_ctl = pg_ctl
        self.prefix: list[str] = []
        self.folder = Path(tempfile.mkdtemp(prefix="crosswire-pg-"))
        if os.geteuid() == 0:
            try:
                user = pwd.getpwnam("postgres")
            except KeyError:
                self.remove()
                pytest.skip(
                    "PostgreSQL tests skipped: running as root and there is no `postgres` "
                    f"user to run the server as (set {PG_URL_ENV})"
                )
            runuser = shutil.which("runuser")
            self.prefix = (
                [runuser, "-u", "postgres", "--"]
                if runuser
                else [
                    "setpriv",
                    f"--reuid={user.pw_uid}",
                    f"--regid={user.pw_gid}",
                    "--clear-groups",
                ]
            )
            os.chown(self.folder, user.pw_uid, user.pw_gid)
        self.data = self.folder / "data"
        initdb_cmd = [initdb, "-D", str(self.data), "-U", "crosswire", "-A", "trust"]
        initdb_cmd += ["-E", "UTF8", "--no-sync"]
        init = self._run([*initdb_cmd, "--locale=C.UTF-8"])
        if init.returncode != 0:  # no C.UTF-8 locale on this system
            shutil.rmtree(self.data, ignore_errors=True)
            init = self._run([*initdb_cmd, "--no-locale"])
        if init.returncode != 0:
            self.remove()
            why = _tail(init.stderr or init.stdout)
            pytest.skip(f"PostgreSQL tests skipped: initdb failed (exit {init.returncode}): {why}")
        started = None
        for _ in range(3):  # another process may take the free port first
            self.port = _free_port()
            options = (
                f"-c listen_addresses=127.0.0.1 -p {self.port} "
                f"-c unix_socket_directories={self.folder} "
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            )
            log = str(self.folder / "log")
            started = self._run(
                [pg_ctl, "-D", str(self.data), "-l", log, "-w", "-t", "60", "-o", options, "start"]
            )
            if started.returncode == 0:
                break
        if started is None or started.returncode != 0:
            logged = self.folder / "log"
            why = logged.read_text(errors="replace") if logged.exists() else ""
            why = why or (started.stderr if started else "")
            self.remove()
            pytest.skip(f"PostgreSQL tests skipped: pg_ctl start failed: {_tail(why)}")
        self.url = f"postgresql://crosswire@127.0.0.1:{self.port}/postgres"

    def _run(self, cmd: list[str]) -> subprocess.CompletedProcess[str]:
        try:
            return subprocess.run(
                self.prefix + cmd,
                cwd=self.folder,
                capture_output=True,
                text=True,
                check=False,
                timeout=120,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            return subprocess.CompletedProcess(cmd, 127, "", str(exc))

    def stop(self) -> None:
        self._run([self.pg_ctl, "-D", str(self.data), "-m", "immediate", "-w", "stop"])
        self.remove()

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """Base URL of a PostgreSQL server for the tests (skips when there is none)."""
    psycopg = pytest.importorskip("psycopg", reason="PostgreSQL tests need psycopg 3")
    given = os.environ.get(PG_URL_ENV)
    if given:
        try:
            psycopg.connect(given, connect_timeout=10).close()
        except psycopg.Error as exc:
            pytest.fail(f"{PG_URL_ENV}={given!r} does not connect: {exc}")
        yield given
        return
    server = _Server()
    try:
        url = server.url
        with psycopg.connect(url, autocommit=True) as con:
            con.execute("CREATE DATABASE crosswire_test")
        yield url.rsplit("/", 1)[0] + "/crosswire_test"
    finally:
        server.stop()


def with_search_path(url: str, schema: str) -> str:
    """``url`` whose connections use ``schema`` (created by the caller)."""
    return f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"


@pytest.fixture
def pg_location(pg_server: str) -> Iterator[str]:
    """A URL to a fresh, empty schema on the test server, dropped afterwards."""
    import psycopg

    schema = "cw_test_" + uuid.uuid4().hex[:12]
    with psycopg.connect(pg_server, autocommit=True) as con:
        con.execute(f"CREATE SCHEMA {schema}")
    try:
        yield with_search_path(pg_server, schema)
    finally:
        with psycopg.connect(pg_server, autocommit=True) as con:
            con.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """The store backend under test."""
    return str(request.param)


@pytest.fixture
def store_location(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """A fresh, empty store location for ``backend``."""
    if backend == "sqlite":
        return str(tmp_path / "store.db")
    return str(request.getfixturevalue("pg_location"))
