"""The project's own English NLP pipeline (spaCy), trained from open treebanks and shipped here."""

from corroborate.nlp.load import load_pipeline, pipeline_version

__all__ = ["load_pipeline", "pipeline_version"]
