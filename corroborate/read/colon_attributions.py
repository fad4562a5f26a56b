"""Attributions marked by a colon: a headline that opens with a name ("Cruz: Trump Would Put
Liberals On Court") and a name with a quotation after a dash ("Poll bias - Ada Okonjo: “...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from corroborate.read.found_attribution import FoundAttribution
from corroborate.read.quotes import quote_at
from corroborate.record import Article

_NOT_SPEAKERS = frozenset(
    {
        "photo",
        "photos",
        "video",
        "watch",
        "update",
        "updated",
        "related",
        "read more",
        "note",
        "editor's note",
        "editor’s note",
        "source",
        "sources",
        "caption",
        "click here",
        "breaking",
        "exclusive",
        "live",
        "analysis",
        "opinion",
        "also",
        "read",
        "listen",
        "pictured",
        "warning",
        "date",
        "by",
        "more",
        "see also",
        "correction",
        "image",
        "credit",
        "agencies",
        "tags",
        "topics",
        "the latest",
        "latest",
        "paid notice",
        "name",
        "age",
        "city",
        "job",
    }
)
_HEADLINE_COLON = re.compile(
    r"(?m)^[ \t]*((?:[A-Z][\w’'.&-]*[ \t]+){0,4}[A-Z][\w’'.&-]*)(:)[ \t]+(\S[^\n]*)$"
)


_NAME_COLON_QUOTE = re.compile(
    r"(?:(?<=\s[-—–]\s)|(?<=\s[-—–]\s\s))((?:[A-Z][\w’'.&-]*[ \t]+(?:and[ \t]+)?){0,4}"
    r"[A-Z][\w’'.&-]*)(:)[ \t]+(?=[“\"])"
)
"""A name, a colon and a quotation after a dash inside a line ("Poll bias - Ada Okonjo: “...")."""


def name_colon_quotes(
    article: Article, quotes: Sequence[tuple[int, int]]
) -> list[FoundAttribution]:
    found = []
    for match in _NAME_COLON_QUOTE.finditer(article.text):
        if match.group(1).lower() in _NOT_SPEAKERS or not article.is_readable(match.start(1)):
            continue
        quote = quote_at(quotes, match.end())
        if quote is None or quote[0] != match.end():
            continue
        line_start = article.text.rfind("\n", 0, match.start()) + 1
        found.append(
            FoundAttribution(
                match.start(2),
                match.end(2),
                None,
                (match.start(1), match.end(1)),
                quote,
                True,
                line_start,
                colon=True,
            )
        )
    return found


_LABEL_ENDINGS = frozenset({"update", "notice", "daily", "briefing", "roundup", "recap", "digest"})
"""Last words of a series label before a headline's colon ("Delegate Update:", "Paid Notice:"); a poll is a source ("Poll: ...")."""


def headline_colons(article: Article, doc: Doc) -> list[FoundAttribution]:
    """Lines that open with a name and a colon ("Cruz: Trump Would Put Liberals On Court")."""
    found = []
    for match in _HEADLINE_COLON.finditer(article.text):
        speaker = match.group(1)
        if speaker.lower() in _NOT_SPEAKERS or not article.is_readable(match.start(1)):
            continue
        if speaker.split()[-1].lower() in _LABEL_ENDINGS:
            continue
        content_start, content_end = match.start(3), match.end(3)
        while content_end > content_start and article.text[content_end - 1] in " \t\r.":
            content_end -= 1
        if len(article.text[content_start:content_end].split()) < 3:
            continue
        found.append(
            FoundAttribution(
                match.start(2),
                match.end(2),
                None,
                (match.start(1), match.end(1)),
                (content_start, content_end),
                True,
                match.start(1),
                colon=True,
            )
        )
    return found
