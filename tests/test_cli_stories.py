"""``crosswire stories --history`` and ``--rebuild`` on a hand-built store (no models)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from crosswire.api import update_stories
from crosswire.cli import main
from crosswire.model import Analysis, Article, Mention
from crosswire.settings import Settings
from crosswire.store import open_store


def _save(db: str, n: int, vec: tuple[float, ...], names: list[str], day: int) -> Article:
    text = f"Report {n}. " + ". ".join(names) + "."
    a = Article.create(text, f"Headline {n}", published=dt.date(2026, 3, day))
    mentions = tuple(
        Mention(a.id, text.index(k), text.index(k) + len(k), k, "PERSON") for k in names
    )
    with open_store(db) as store:
        store.save(a, Analysis(a.id, mentions=mentions, embedding=vec))
    return a


def test_history_shows_how_stories_grew_and_rebuild_keeps_them(tmp_path: Path) -> None:
    db = str(tmp_path / "x.db")
    settings = Settings(db=db)
    a1 = _save(db, 1, (1.0, 0.0, 0.0), ["Adaeze Okafor", "Port Sarab"], 9)
    with open_store(db) as store:
        update_stories(store, settings)  # first ingest
    a2 = _save(db, 2, (0.98, 0.2, 0.0), ["Adaeze Okafor", "Port Sarab"], 10)
    b1 = _save(db, 3, (0.0, 0.0, 1.0), ["Tomas Verhoek"], 10)
    with open_store(db) as store:
        done = update_stories(store, settings)  # second ingest: only the new articles
    assert (done.assigned, done.created, done.joined, done.stories) == (2, 1, 1, 2)

    runner = CliRunner()
    out = runner.invoke(main, ["stories", "--db", db, "--history"])
    assert out.exit_code == 0, out.output
    lines = out.output.splitlines()
    created = next(i for i, line in enumerate(lines) if "created" in line and "Headline 1" in line)
    assert "joined" in lines[created + 1] and "Headline 2" in lines[created + 1]
    assert "(p " in lines[created + 1]

    got = json.loads(
        runner.invoke(main, ["stories", "--db", db, "--history", "--format", "json"]).output
    )
    by_size = sorted(got, key=lambda s: -len(s["articles"]))
    assert [a["id"] for a in by_size[0]["articles"]] == [a1.id, a2.id]
    assert [(h["event"], h["article"]) for h in by_size[0]["history"]] == [
        ("created", a1.id),
        ("joined", a2.id),
    ]
    assert [h["event"] for h in by_size[1]["history"]] == ["created"]
    assert by_size[1]["articles"][0]["id"] == b1.id

    rebuilt = json.loads(
        runner.invoke(main, ["stories", "--db", db, "--rebuild", "--format", "json"]).output
    )
    assert sorted((s["id"], len(s["articles"])) for s in rebuilt) == sorted(
        (s["id"], len(s["articles"])) for s in got
    )
    assert "history" not in rebuilt[0]


def test_stories_say_unknown_outlet_never_a_file_name(tmp_path: Path) -> None:
    db = str(tmp_path / "x.db")
    with open_store(db) as store:
        for i, (outlet, inferred) in enumerate([("AP", True), (None, False)]):
            a = Article.create(
                f"Report {i}. Adaeze Okafor spoke at Port Sarab.",
                f"Headline {i}",
                path=f"/in/file-{i}.txt",
                outlet=outlet,
                outlet_inferred=inferred,
                published=dt.date(2026, 3, 9),
            )
            store.save(a, Analysis(a.id, embedding=(1.0, 0.0, 0.0)))
        update_stories(store, Settings(db=db))
    out = CliRunner().invoke(main, ["stories", "--db", db])
    assert out.exit_code == 0, out.output
    assert "outlets: AP, unknown outlet" in out.output
    assert "file-1.txt" not in out.output
    got = json.loads(CliRunner().invoke(main, ["stories", "--db", db, "--format", "json"]).output)
    refs = {a["outlet"]: a["outlet_inferred"] for s in got for a in s["articles"]}
    assert refs == {"AP": True, None: False}


def test_ingest_outlet_option_reaches_the_library(tmp_path: Path, monkeypatch: Any) -> None:
    from crosswire import api

    seen: dict[str, Any] = {}

    def fake_ingest(paths: list[Path], **kwargs: Any) -> api.IngestReport:
        seen.update(kwargs)
        return api.IngestReport()

    monkeypatch.setattr(api, "ingest", fake_ingest)
    (tmp_path / "a.txt").write_text("Headline\n\nSome text of the article here today.\n")
    db = str(tmp_path / "x.db")
    out = CliRunner().invoke(
        main, ["ingest", str(tmp_path / "a.txt"), "--db", db, "--outlet", "AP"]
    )
    assert out.exit_code == 0, out.output
    assert seen["outlet"] == "AP"
