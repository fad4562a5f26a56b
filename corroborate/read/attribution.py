"""Who said what: source, cue and content of every attribution in one article.

Reads: the article, its Doc and its mentions. Adds: Attribution spans with a resolved Claimer.
"""

from __future__ import annotations

from spacy.tokens import Doc

from corroborate.record import Article, Attribution, Mention


def read_attributions(
    article: Article, doc: Doc, mentions: tuple[Mention, ...]
) -> tuple[Attribution, ...]:
    """Every attribution in the readable blocks of the article."""
    return ()
