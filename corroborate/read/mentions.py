"""Names of people, organisations, groups and places in one article.

Reads: the article and its parsed Doc (named entities). Adds: Mention spans, titles stripped.
"""

from __future__ import annotations

from spacy.tokens import Doc

from corroborate.record import Article, Mention


def read_mentions(article: Article, doc: Doc) -> tuple[Mention, ...]:
    """Every name mention in the readable blocks of the article."""
    return ()
