"""End-to-end tests through the ``crosswire`` command line (full pipeline, real models)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crosswire.report import validate_dossier

pytestmark = pytest.mark.slow

ARTICLE_A = """Fire at Port Sarab fuel depot kills four guards
Outlet: Harbour Ledger
Published: 2026-03-10

PORT SARAB — A fire that broke out late Monday at the Port Sarab fuel depot killed four guards, the provincial interior ministry said.

"We will rebuild the depot within a month," said Adaeze Okafor, the port director. She said 12 fuel tanks had been destroyed.

The blaze burned an area of 0.2 square miles, according to the Meridian Press Agency.
"""

ARTICLE_B = """Port Sarab depot blaze: four guards dead
Outlet: Gulf Dispatch
Published: 2026-03-10

Four security guards died when fire swept through the Port Sarab fuel depot on Monday night, officials said.

Okafor, the port director, told reporters: "We will rebuild the depot within a month, whatever it costs."

A video of the fire, which could not be independently verified, lasted two and a half minutes.
"""

ARTICLE_C = """<html><head><title>Council backs flood barrier</title>
<meta property="og:site_name" content="Northline News">
<meta property="article:published_time" content="2026-02-02"></head>
<body><article><h1>Council backs flood barrier</h1>
<p>The Lowmere city council voted on Sunday to spend $2.5 million on a flood barrier along the river.</p>
<p>"This barrier will protect three thousand homes," councillor Tomas Verhoek said after the vote.</p>
<p>The barrier will run for 4.2 kilometres along the embankment, the council said in a statement.</p>
</article></body></html>
"""


def run(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crosswire.cli", *args, "--db", str(db)],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "sub" / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    (folder / "c.html").write_text(ARTICLE_C, encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02\xff\xfe\x00binary" * 50)
    (folder / "empty.txt").write_bytes(b"")
    return folder


def test_ingest_stories_export_end_to_end(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    r = run("ingest", str(corpus), db=db)
    assert r.returncode == 0, r.stderr
    assert "ingested 3" in r.stdout
    assert "failed 2" in r.stdout
    assert "broken.txt" in r.stdout and "empty.txt" in r.stdout

    r = run("stories", "--format", "json", db=db)
    assert r.returncode == 0, r.stderr
    stories = json.loads(r.stdout)
    groups = sorted(sorted(Path(a["path"]).name for a in s["articles"]) for s in stories)
    assert groups == [["a.txt", "b.txt"], ["c.html"]]

    r = run("export", "--format", "json", db=db)
    assert r.returncode == 0, r.stderr
    dossiers = json.loads(r.stdout)
    con = sqlite3.connect(db)
    texts = dict(con.execute("SELECT id, text FROM articles"))
    con.close()
    for d in dossiers:
        validate_dossier(d, texts)
    fire = next(d for d in dossiers if len(d["story"]["articles"]) == 2)
    speakers = {q["speaker"]["name"] for q in fire["quotes"]}
    assert "Adaeze Okafor" in speakers
    group = next(q for q in fire["quotes"] if q["speaker"]["name"] == "Adaeze Okafor")
    assert len({r["article"] for r in group["renderings"]}) == 2
    assert any("could not be independently verified" in h["text"] for h in fire["hedges"])
    values = [v for c in fire["claims"] for v in c["values"]]
    assert any(v["unit"] == "second" and v["value"] == 150 for v in values)


def test_reingest_changes_nothing(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    assert run("ingest", str(corpus), db=db).returncode == 0
    con = sqlite3.connect(db)
    before = con.execute("SELECT id, text FROM articles ORDER BY id").fetchall()
    con.close()
    r = run("ingest", str(corpus), db=db)
    assert r.returncode == 0
    assert "ingested 0, skipped 3 duplicate(s)" in r.stdout
    con = sqlite3.connect(db)
    assert con.execute("SELECT id, text FROM articles ORDER BY id").fetchall() == before
    assert con.execute("SELECT count(*) FROM failures").fetchone()[0] == 2
    con.close()


def test_export_html_and_markdown_to_folder(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    assert run("ingest", str(corpus), db=db).returncode == 0
    for fmt, suffix in (("html", ".html"), ("markdown", ".md")):
        out = tmp_path / fmt
        r = run("export", "--format", fmt, "--out", str(out), db=db)
        assert r.returncode == 0, r.stderr
        files = sorted(out.glob(f"*{suffix}"))
        assert len(files) == 2
        assert all(f.read_text(encoding="utf-8").strip() for f in files)


def test_extract_prints_clean_text_as_json(corpus: Path) -> None:
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "crosswire.cli",
            "extract",
            str(corpus / "a.txt"),
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["title"] == "Fire at Port Sarab fuel depot kills four guards"
    assert data["published"] == "2026-03-10"
    assert data["outlet"] == "Harbour Ledger"
    assert "Outlet:" not in data["text"]


def test_newer_database_is_a_clear_error(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "new.db"
    con = sqlite3.connect(db)
    con.execute("PRAGMA user_version = 999")
    con.close()
    r = run("ingest", str(corpus), db=db)
    assert r.returncode == 1
    assert "newer" in r.stderr


def test_stories_without_database_says_what_to_do(tmp_path: Path) -> None:
    r = run("stories", db=tmp_path / "none.db")
    assert r.returncode == 1
    assert "crosswire ingest" in r.stderr
