"""spaCy callback for the attribution measurement model: the shipped model's tokenizer.

Registered as ``corroborate.attribution_tokenizer.v1`` (``[initialize.before_init]`` in
``training/attribution/config.cfg``; pass this file to ``spacy train --code``). The trained model
then splits text exactly as corroborate's own pipeline does, and exactly as
``convert_polnear.py`` split the training documents.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import spacy
from spacy.language import Language

SHIPPED_MODEL = Path(__file__).resolve().parents[2] / "corroborate" / "nlp" / "model"


@spacy.registry.callbacks("corroborate.attribution_tokenizer.v1")
def shipped_tokenizer() -> Callable[[Language], Language]:
    """A callback that loads the shipped model's tokenizer rules into the pipeline."""

    def load_tokenizer(nlp: Language) -> Language:
        nlp.tokenizer.from_disk(SHIPPED_MODEL / "tokenizer")
        return nlp

    return load_tokenizer
