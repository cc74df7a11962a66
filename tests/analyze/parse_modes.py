"""Shared by the finder tests in this folder.

``MakeParsed`` is the type of the ``make_parsed`` fixture (``tests/conftest.py``);
``BOTH`` runs a test with the spaCy parse (``model=True``, marked ``model``) and
with the model-free fallback (``model=False``).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from crosswire.analyze.parsed import ParsedArticle

MakeParsed = Callable[..., ParsedArticle]

BOTH = pytest.mark.parametrize(
    "model",
    [pytest.param(True, marks=pytest.mark.model, id="spacy"), pytest.param(False, id="no-model")],
)
