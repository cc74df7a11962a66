"""The command line's edges: read-only commands, bad inputs, formats and flags.

The fast tests run on hand-built stores (no models); the ``slow`` ones ingest.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from crosswire.api import update_stories
from crosswire.cli import main
from crosswire.demo import corpus_path
from crosswire.model import Analysis, Article
from crosswire.resources import USE_ENCODER
from crosswire.settings import Settings
from crosswire.store import open_store

GOLD = corpus_path().parent / "gold.json"


def cli(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


@pytest.fixture(autouse=True)
def _no_encoder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CROSSWIRE_EMBED", "0")  # dossiers without the sentence encoder
    monkeypatch.delenv("CROSSWIRE_DB", raising=False)
    monkeypatch.delenv("CROSSWIRE_ENCODER", raising=False)


def two_stories(db: Path) -> list[str]:
    """A store with two one-article stories (by hand, no models); their ids."""
    for n, (title, vec) in enumerate([("Depot fire", (1.0, 0.0)), ("Flood barrier", (0.0, 1.0))]):
        text = f"{title}: a report of several words, number {n}."
        a = Article.create(text, title, outlet="Ledger", published=dt.date(2026, 3, 9 + n))
        with open_store(str(db)) as store:
            store.save(a, Analysis(a.id, embedding=vec, encoder=USE_ENCODER))
    with open_store(str(db)) as store:
        update_stories(store, Settings(db=str(db), embed=False))
        return sorted(s.id for s in store.stories())


READ_ONLY = [
    ["stories"],
    ["stories", "--format", "json"],
    ["export", "--format", "json"],
    ["failures"],
    ["evaluate", str(GOLD)],
]


# --------------------------------------------------------------------------- read-only


@pytest.mark.parametrize("command", READ_ONLY, ids=" ".join)
def test_read_only_commands_refuse_another_apps_database_unchanged(
    command: list[str], other_apps_db: Path
) -> None:
    before = other_apps_db.read_bytes()
    r = cli(*command, "--db", str(other_apps_db))
    assert r.exit_code == 1, r.output
    assert "not a crosswire database" in r.output and "left it unchanged" in r.output
    assert other_apps_db.read_bytes() == before
    assert [p.name for p in other_apps_db.parent.iterdir()] == ["contacts.db"]


def test_ingest_refuses_another_apps_database_unchanged(
    other_apps_db: Path, tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text("Depot fire\n\nFour guards died in the fire.\n")
    before = other_apps_db.read_bytes()
    r = cli("ingest", str(tmp_path / "a.txt"), "--db", str(other_apps_db))
    assert r.exit_code == 1 and "not a crosswire database" in r.output
    assert other_apps_db.read_bytes() == before


@pytest.mark.parametrize("command", READ_ONLY, ids=" ".join)
def test_read_only_commands_need_an_existing_database(command: list[str], tmp_path: Path) -> None:
    r = cli(*command, "--db", str(tmp_path / "none.db"))
    assert r.exit_code == 1, r.output
    assert "no database at" in r.output and "crosswire ingest" in r.output
    assert list(tmp_path.iterdir()) == []


def test_read_only_commands_leave_the_store_file_unchanged(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    two_stories(db)
    before = db.read_bytes()
    for command in READ_ONLY[:4]:
        r = cli(*command, "--db", str(db))
        assert r.exit_code == 0, (command, r.output)
    assert db.read_bytes() == before


# --------------------------------------------------------------------------- ingest inputs


def test_ingest_of_a_missing_path_is_a_usage_error_and_creates_nothing(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    r = cli("ingest", "/no/such/path", "--db", str(db))
    assert r.exit_code == 2, r.output
    assert "no such file or folder: /no/such/path" in r.output
    assert not db.exists()


def test_ingest_of_an_empty_folder_says_no_articles_found(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    (folder / ".hidden").mkdir(parents=True)
    (folder / ".hidden" / "a.txt").write_text("Title\n\nSome text of the article here.\n")
    db = tmp_path / "x.db"
    r = cli("ingest", str(folder), "--db", str(db))
    assert r.exit_code == 2, r.output
    assert f"no articles found in {folder}" in r.output
    assert not db.exists()


def test_ingest_with_another_encoder_names_the_flag_it_saw(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CROSSWIRE_EMBED", "1")  # refused before any model loads
    db = tmp_path / "x.db"
    two_stories(db)  # embeddings of the CPU encoder (USE)
    (tmp_path / "a.txt").write_text("Depot fire\n\nFour guards died in the fire on Monday.\n")
    r = cli("ingest", str(tmp_path / "a.txt"), "--db", str(db), "--encoder", "gpu")
    assert r.exit_code == 1, r.output
    assert "--encoder gpu: the database holds embeddings of the use-multilingual-v3" in r.output
    assert "ingest with --encoder cpu" in r.output


# --------------------------------------------------------------------------- export


def test_export_md_is_markdown(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    story = two_stories(db)[0]
    md = cli("export", "--db", str(db), "--story", story, "--format", "md")
    markdown = cli("export", "--db", str(db), "--story", story, "--format", "markdown")
    assert md.exit_code == 0, md.output
    assert md.output == markdown.output and md.output.startswith("# ")


def test_export_out_file_writes_that_file(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    stories = two_stories(db)
    one = tmp_path / "out" / "x.json"
    r = cli("export", "--db", str(db), "--story", stories[0], "--out", str(one))
    assert r.exit_code == 0, r.output
    assert one.is_file() and json.loads(one.read_text())["story"]["id"] == stories[0]
    every = tmp_path / "all.json"
    r = cli("export", "--db", str(db), "--format", "json", "--out", str(every))
    assert r.exit_code == 0, r.output
    assert sorted(d["story"]["id"] for d in json.loads(every.read_text())) == stories
    md = tmp_path / "x.md"
    r = cli("export", "--db", str(db), "--format", "md", "--out", str(md))
    assert r.exit_code == 2 and "names one file but there are 2 stories" in r.output
    assert not md.exists()
    r = cli("export", "--db", str(db), "--story", stories[1], "--out", str(md))
    assert r.exit_code == 0 and md.read_text().startswith("# ")
    folder = tmp_path / "folder"
    r = cli("export", "--db", str(db), "--format", "html", "--out", str(folder))
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in folder.iterdir()) == [f"{s}.html" for s in stories]


def test_export_without_a_format_says_so(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    two_stories(db)
    r = cli("export", "--db", str(db), "--out", str(tmp_path / "folder"))
    assert r.exit_code == 2 and "--format json, markdown (md) or html is needed" in r.output


def test_every_option_has_help_text() -> None:
    missing = [
        f"{name} {param.opts[0]}"
        for name, command in main.commands.items()
        for param in command.params
        if isinstance(param, click.Option) and not param.help and param.opts[0] != "--db"
    ]
    assert missing == []


# --------------------------------------------------------------------------- slow: ingest

ARTICLE = """Fire at Port Sarab fuel depot kills four guards
Outlet: Harbour Ledger
Published: 2026-03-10

PORT SARAB — A fire that broke out late Monday at the Port Sarab fuel depot killed four guards, the provincial interior ministry said.

"We will rebuild the depot within a month," said Adaeze Okafor, the port director. She said 12 fuel tanks had been destroyed.
"""


@pytest.mark.slow
@pytest.mark.model
def test_short_texts_fail_and_warnings_are_recorded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "short.txt").write_text("Depot fire\n\nFour guards dead.\n", encoding="utf-8")
    monkeypatch.setenv("CROSSWIRE_MAX_TEXT_CHARS", "150")
    db = str(tmp_path / "x.db")
    r = cli("ingest", str(folder), "--db", db)
    assert r.exit_code == 0, r.output
    assert "ingested 1," in r.output and "failed 1;" in r.output
    assert "short.txt: too short: 3 word(s)" in r.output
    assert f"warning: {folder / 'a.txt'}: text of " in r.output
    failures = cli("failures", "--db", db).output
    assert "too short" in failures
    assert f"warning  {folder / 'a.txt'}: text of" in failures and "max_text_chars" in failures
    stories = json.loads(cli("stories", "--db", db, "--format", "json").output)
    assert [len(s["articles"]) for s in stories] == [1]


def test_demo_writes_into_demo_next_to_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crosswire import api

    db = tmp_path / "x.db"
    two_stories(db)
    with open_store(str(db), read_only=True) as store:
        ds = api.dossiers(store)
    monkeypatch.setattr(api, "ingest", lambda *a, **k: api.IngestReport(ingested=2))
    monkeypatch.setattr(api, "dossiers", lambda *a, **k: ds)
    monkeypatch.setenv("CROSSWIRE_DB", str(tmp_path / "home" / "crosswire.db"))
    r = cli("demo")
    assert r.exit_code == 0, r.output
    demo = tmp_path / "home" / "demo"
    assert f"written to {demo / 'dossiers'}" in r.output
    assert (demo / "demo.db").exists()
    assert len(list((demo / "dossiers").glob("*.html"))) == 2
