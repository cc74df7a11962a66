"""The bundled demo corpus: fictional articles written for crosswire, and their gold file."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def corpus_root() -> Path:
    """Folder of the demo corpus: ``articles/``, ``gold.json`` and a README."""
    return Path(str(resources.files("crosswire.demo").joinpath("corpus")))


def corpus_path() -> Path:
    """Folder holding the demo articles (what ``crosswire demo`` ingests)."""
    return corpus_root() / "articles"


def gold_path() -> Path:
    return corpus_root() / "gold.json"
