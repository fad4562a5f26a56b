"""The project's own English NLP pipeline (spaCy), trained from open treebanks and shipped here."""

from corroborate.nlp.identities import WikipediaIdentity, wikipedia_identity
from corroborate.nlp.load import load_pipeline, pipeline_version

__all__ = ["WikipediaIdentity", "load_pipeline", "pipeline_version", "wikipedia_identity"]
