"""Load the shipped spaCy pipeline from ``corroborate/nlp/model/`` (offline, cached per process).

Until a trained model is shipped, a blank English pipeline with a rule-based sentencizer stands
in, so that the rest of the project runs; ``pipeline_version()`` says which one is in use.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL_DIR = Path(__file__).parent / "model"


@Language.component("corroborate_line_breaks")
def mark_line_breaks(doc: Doc) -> Doc:
    """Start a new sentence after every line break, so header lines, promos and captions never
    run into the next paragraph; a whitespace token (the line break itself) stays at the end of
    the sentence before it. The parser keeps boundaries set before it."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if token.is_space:
            token.is_sent_start = False
        elif "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
    return doc


@functools.cache
def load_pipeline() -> Language:
    """The pipeline every stage uses; loaded once per process."""
    if (MODEL_DIR / "config.cfg").exists():
        nlp = spacy.load(MODEL_DIR)
    else:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
    if "corroborate_line_breaks" not in nlp.pipe_names:
        nlp.add_pipe("corroborate_line_breaks", first=True)
    return nlp


def pipeline_version() -> str:
    """Name and version of the pipeline in use, for the record's version stamp."""
    meta = MODEL_DIR / "meta.json"
    if meta.exists():
        info = json.loads(meta.read_text(encoding="utf-8"))
        name = info.get("name", "corroborate")
        return f"{info.get('lang', 'en')}_{name}-{info.get('version', '0')}"
    return "blank-en-sentencizer"
