"""The exceptions corroborate raises. Each message is one line that names the input at fault.

::

    CorroborateError
     ├── SourceError            a source (file, URL, JSON line) could not be read
     │    ├── EmptySourceError      nothing in it
     │    ├── BinarySourceError     not text (binary, or bytes that do not decode)
     │    ├── NoArticleError        HTML or JSON with no article text in it
     │    └── FetchError            a URL that failed or timed out
     ├── NothingToCompareError  no source gave an article
     ├── StoreError             the database could not be opened or written
     │    └── RecordNotFoundError   no stored record with that id
     └── ModelError             the shipped NLP model is missing or broken
"""

from __future__ import annotations


class CorroborateError(Exception):
    """Base class of everything corroborate raises on purpose."""


class SourceError(CorroborateError):
    """A source could not be read. ``source`` names it; the message says why."""

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class EmptySourceError(SourceError):
    """The source holds no text."""


class BinarySourceError(SourceError):
    """The source is not text: binary content, or bytes that are not valid UTF-8."""


class NoArticleError(SourceError):
    """The source is HTML or JSON in which no article text was found."""


class FetchError(SourceError):
    """A URL could not be fetched (error status, refused, timed out)."""


class NothingToCompareError(CorroborateError):
    """None of the sources gave an article to compare."""


class StoreError(CorroborateError):
    """The record store could not be opened or written."""


class RecordNotFoundError(StoreError):
    """No stored record has the id asked for."""


class ModelError(CorroborateError):
    """The shipped NLP model is missing or cannot be loaded."""
