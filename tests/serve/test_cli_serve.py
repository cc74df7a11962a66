"""`crosswire serve` and the demo's hint to run it (no server is started, no models load)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from web_helpers import NO_ENCODER, HostileStore

import crosswire.serve
from crosswire import api, cli
from crosswire.store import open_store


@pytest.fixture
def runs(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Calls of ``crosswire.serve.run`` (which would serve until Ctrl-C)."""
    calls: list[dict[str, Any]] = []

    def fake_run(location: str, settings: object, **kwargs: Any) -> None:
        calls.append({"location": location, **kwargs})

    monkeypatch.setattr(crosswire.serve, "run", fake_run)
    return calls


def test_serve_defaults_to_loopback_and_read_only(
    runs: list[dict[str, Any]], tmp_path: Path
) -> None:
    db = str(tmp_path / "x.db")
    r = CliRunner().invoke(cli.main, ["serve", "--db", db])
    assert r.exit_code == 0, r.output
    assert runs == [
        {
            "location": db,
            "host": "127.0.0.1",
            "port": 8000,
            "allow_ingest": False,
            "open_browser": False,
            "echo": runs[0]["echo"],
        }
    ]
    assert "warning" not in r.output


def test_serve_options(runs: list[dict[str, Any]], tmp_path: Path) -> None:
    r = CliRunner().invoke(
        cli.main,
        ["serve", "--db", str(tmp_path / "x.db"), "--host", "0.0.0.0", "--port", "9001",
         "--allow-ingest", "--open"],
    )  # fmt: skip
    assert r.exit_code == 0, r.output
    assert (runs[0]["host"], runs[0]["port"], runs[0]["allow_ingest"], runs[0]["open_browser"]) == (
        "0.0.0.0",
        9001,
        True,
        True,
    )
    assert "warning: listening on 0.0.0.0" in r.output


def test_serve_without_a_database_is_a_clean_error(tmp_path: Path) -> None:
    r = CliRunner().invoke(cli.main, ["serve", "--db", str(tmp_path / "none.db")])
    assert r.exit_code == 1
    assert "no database at" in r.output and "Traceback" not in r.output
    assert not (tmp_path / "none.db").exists()


def test_demo_says_how_to_serve_it(
    hostile_store: HostileStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_store(str(hostile_store.path), create=False) as store:
        d = api.dossiers(store, hostile_store.story, settings=NO_ENCODER)[0]
    monkeypatch.setattr(api, "ingest", lambda *a, **k: api.IngestReport(ingested=3))
    monkeypatch.setattr(api, "dossiers", lambda *a, **k: [d])
    out = tmp_path / "demo"
    r = CliRunner().invoke(cli.main, ["demo", "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert f"run `crosswire serve --db {out / 'demo.db'} --open` to browse it" in r.output


def test_serve_on_a_busy_port_says_so(hostile_store: HostileStore) -> None:
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        r = CliRunner().invoke(
            cli.main, ["serve", "--db", str(hostile_store.path), "--port", str(port)]
        )
    assert r.exit_code == 1, r.output
    assert f"port {port} is in use, try --port" in r.output
    assert "Traceback" not in r.output and "Errno" not in r.output


def test_serve_refuses_another_apps_database_unchanged(other_apps_db: Path) -> None:
    before = other_apps_db.read_bytes()
    for extra in ([], ["--allow-ingest"]):
        r = CliRunner().invoke(cli.main, ["serve", "--db", str(other_apps_db), *extra])
        assert r.exit_code == 1, r.output
        assert "not a crosswire database" in r.output
    assert other_apps_db.read_bytes() == before
    assert [p.name for p in other_apps_db.parent.iterdir()] == ["contacts.db"]
