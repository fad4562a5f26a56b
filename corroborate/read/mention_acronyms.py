"""Acronyms defined in brackets after a name ("Mujahedeen-e-Khalq (MEK)"): the name is a body,
and the acronym takes the name's label everywhere in the article."""

from __future__ import annotations

import dataclasses
import re

from corroborate.reconcile.names import is_acronym
from corroborate.record import Article, Mention

_ACRONYM_AFTER = re.compile(
    r"['’]?s?\s*\(\s*[A-Z][A-Za-z.&]*[A-Z]\.?(?:\s*/\s*[A-Z][A-Za-z.&]*)*\s*\)"
)


_BRACKETED_ACRONYM = re.compile(r"[A-Z][A-Za-z.&]*[A-Z]\.?")


def defines_acronym(text: str, end: int) -> bool:
    """Whether an acronym in brackets follows ``end`` ("... Mill Workers (FMW)")."""
    return bool(_ACRONYM_AFTER.match(text, end))


def acronyms_labelled_as_their_names(article: Article, mentions: list[Mention]) -> list[Mention]:
    """An acronym the article defines in brackets after a name ("Federation of Mill Workers
    (FMW)") takes that name's label everywhere in the article, whatever the model said of the
    acronym alone (models often read an unseen acronym as a place)."""
    defined: dict[str, str] = {}
    for mention in mentions:
        if is_acronym(mention.name) or mention.label in ("OTHER", "PERSON"):
            continue
        brackets = _ACRONYM_AFTER.match(article.text, mention.span.end)
        if brackets:
            for acronym in _BRACKETED_ACRONYM.findall(brackets.group()):
                defined.setdefault(acronym, mention.label)
    return [
        dataclasses.replace(m, label=defined[m.name])
        if m.name in defined and m.label != defined[m.name]
        else m
        for m in mentions
    ]
