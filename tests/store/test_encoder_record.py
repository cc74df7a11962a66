"""Stored embeddings record which encoder made them (the stores' side: test_store.py)."""

from __future__ import annotations

import json

from crosswire.model import Analysis
from crosswire.resources import USE_ENCODER
from crosswire.store.serialize import analysis_from_json, analysis_to_json


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
    assert analysis_from_json("a1", data, (1.0,)).encoder == USE_ENCODER


def test_event_keys_are_stored_and_old_analyses_load_without_them() -> None:
    an = Analysis(article="a1", events=("l:veltmark", "p:strike"))
    data = json.loads(json.dumps(analysis_to_json(an)))
    assert analysis_from_json("a1", data).events == ("l:veltmark", "p:strike")
    data.pop("events")
    assert analysis_from_json("a1", data).events == ()
