"""The outlet, read from the article's own words when no metadata names it.

Reporters name their outlet when they say what they did: "Fox News Digital could not independently
verify ...", "The National has contacted ...", "... could not immediately reach ...", and when a
source spoke to them: "... told The Example Post". The first kinds are strong evidence; "told X"
is weaker (an article may cite an interview given to another outlet) and only counts when no
strong phrase names an outlet.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

__all__ = ["outlet_from_text"]

_WORD = r"[A-Z][\w&.'’-]*"
_NAME = rf"(?P<name>(?:The |the )?{_WORD}(?:(?: of| and| &)? {_WORD}){{0,4}})"
_STRONG = re.compile(
    _NAME
    + r",? (?:could not|couldn't|cannot|can't|was unable to|were unable to|has been unable to)"
    r" (?:independently |immediately |yet |now )?(?:verify|confirm|reach|contact|corroborate)"
    r"|"
    + _NAME.replace("name", "name2")
    + r" (?:has|have|had) (?:contacted|reached out to|approached|asked"
    r"|requested comment from|sought comment from)"
)
_WEAK = re.compile(r"\btold " + _NAME.replace("name", "name3"))
# fmt: off
_NOT_OUTLETS = frozenset({
    "he", "she", "it", "they", "we", "i", "you", "this", "that", "there", "police", "officials",
    "authorities", "the police", "the government", "the ministry", "the group", "the army",
    "the court", "the family", "the company", "reporters", "journalists", "congress",
    "parliament", "the us", "the un", "the state department", "the white house", "the pentagon",
})
# fmt: on
"""Subjects of "could not verify" or "told" that are not outlets."""


def outlet_from_text(text: str, *, readable: Iterable[tuple[int, int]] | None = None) -> str | None:
    """The outlet the article names as itself, or None.

    ``readable`` limits the search to these (start, end) stretches (body paragraphs), so promos
    and headers are not read.
    """
    stretches = list(readable) if readable is not None else [(0, len(text))]
    strong: Counter[str] = Counter()
    weak: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    for start, end in stretches:
        for match in _STRONG.finditer(text, start, end):
            name = _clean(match.group("name") or match.group("name2"))
            if name:
                strong[name] += 1
                first_seen.setdefault(name, match.start())
        for match in _WEAK.finditer(text, start, end):
            name = _clean(match.group("name3"))
            if name:
                weak[name] += 1
                first_seen.setdefault(name, match.start())
    counts = strong or weak
    if not counts:
        return None
    return min(counts, key=lambda name: (-counts[name], first_seen[name]))


def _clean(name: str) -> str | None:
    name = name.strip().rstrip(".'’")
    if name.startswith("the "):
        name = "The " + name[4:]
    words = name.split()
    # A sentence-initial "The" before a common noun phrase ("The ministry") is not an outlet.
    if name.lower() in _NOT_OUTLETS or (words[0] == "The" and len(words) == 1):
        return None
    if words[0] in {"Mr", "Mrs", "Ms", "Dr"}:
        return None
    return name
