"""`crosswire ingest/stories/export/failures --db postgresql://...` end to end.

The same folder ingested through the CLI into SQLite and into PostgreSQL gives
the same stories and the same exported dossiers (real models: marked).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from crosswire.cli import main

pytestmark = [pytest.mark.model, pytest.mark.slow]


def _run(*args: str) -> Result:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result


def test_cli_on_postgres_matches_sqlite(
    fictional_news: Path, pg_location: str, tmp_path: Path
) -> None:
    (fictional_news / "broken.bin").write_bytes(b"\x00\x01\x02 not text" * 50)
    # a password in the URL (the test server trusts local users and ignores it)
    # must never be printed
    pg = pg_location.replace("postgresql://crosswire@", "postgresql://crosswire:hunter2@", 1)
    lite = str(tmp_path / "cli.db")
    outputs = {}
    for name, db in (("sqlite", lite), ("postgres", pg)):
        ingested = _run("ingest", str(fictional_news), "--db", db)
        assert ingested.exit_code == 0, ingested.output
        assert "ingested 6," in ingested.output
        assert "hunter2" not in ingested.output
        again = _run("ingest", str(fictional_news), "--db", db)
        assert "ingested 0, skipped 6 duplicate(s)" in again.output
        stories = _run("stories", "--db", db, "--format", "json")
        exported = _run("export", "--db", db, "--format", "json")
        failures = _run("failures", "--db", db)
        history = _run("stories", "--db", db, "--history", "--rebuild", "--format", "json")
        for r in (stories, exported, failures, history):
            assert r.exit_code == 0, r.output
        outputs[name] = (
            json.loads(stories.output),
            json.loads(exported.output),
            failures.output,
            json.loads(history.output),
        )
    assert "broken.bin" in outputs["postgres"][2]
    assert outputs["postgres"] == outputs["sqlite"]
    stories_json = outputs["postgres"][0]
    assert sum(len(s["articles"]) for s in stories_json) == 6
    assert len(stories_json) < 6  # some articles were grouped
    assert all(s["history"] for s in outputs["postgres"][3])
