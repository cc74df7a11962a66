"""Stored embeddings record which encoder made them."""

from __future__ import annotations

import json
from pathlib import Path

from crosswire.model import Analysis, Article
from crosswire.store import open_store
from crosswire.store.serialize import LEGACY_ENCODER, analysis_from_json, analysis_to_json


def test_encoder_round_trips_with_the_embedding() -> None:
    an = Analysis(article="a1", embedding=(1.0, 0.0), encoder="all-minilm-l6-v2")
    data = json.loads(json.dumps(analysis_to_json(an)))
    back = analysis_from_json("a1", data, (1.0, 0.0))
    assert back.encoder == "all-minilm-l6-v2"


def test_no_embedding_records_no_encoder() -> None:
    data = analysis_to_json(Analysis(article="a1"))
    assert "encoder" not in data
    assert analysis_from_json("a1", data).encoder == ""


def test_analyses_stored_before_the_field_count_as_use() -> None:
    data = analysis_to_json(Analysis(article="a1"))  # no "encoder" key, as before
    assert analysis_from_json("a1", data, (1.0,)).encoder == LEGACY_ENCODER


def test_store_tells_the_encoder_of_its_embeddings(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "s.db")) as store:
        assert store.embedding_encoder() is None
        a = Article.create("Plain text without a vector.", "No vector")
        store.save(a, Analysis(article=a.id))
        assert store.embedding_encoder() is None
        b = Article.create("Text with a vector.", "Vector")
        store.save(b, Analysis(article=b.id, embedding=(0.6, 0.8), encoder="all-minilm-l6-v2"))
        assert store.embedding_encoder() == "all-minilm-l6-v2"
        assert store.analyses([b.id])[b.id].encoder == "all-minilm-l6-v2"
