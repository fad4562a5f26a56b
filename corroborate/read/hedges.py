"""What a report itself marks as unverified ("could not independently verify", "allegedly").

Reads: the article and its Doc. Adds: Hedge cues with their scope.
"""

from __future__ import annotations

from spacy.tokens import Doc

from corroborate.record import Article, Hedge


def read_hedges(article: Article, doc: Doc) -> tuple[Hedge, ...]:
    """Every hedge in the readable blocks of the article."""
    return ()
