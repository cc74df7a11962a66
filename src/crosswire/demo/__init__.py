"""The bundled demo corpus: fictional articles written for crosswire, and their gold file."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def corpus_path() -> Path:
    """Folder holding the demo corpus files (``gold.json`` is skipped by ingest)."""
    return Path(str(resources.files("crosswire.demo").joinpath("corpus")))


def gold_path() -> Path:
    return corpus_path() / "gold.json"
