"""The outlet, read from the article's own words when no metadata names it.

Reporters name their outlet when they say what they did: "Fox News Digital could not independently
verify ...", "The National has contacted ...", "... could not immediately reach ...", and when a
source spoke to them: "... told The Example Post". The first kinds are strong evidence; "told X"
is weaker (an article may cite an interview given to another outlet) and only counts when no
strong phrase names an outlet, X is no news agency, and X agrees with the page's web address
when the text gives one (a "url:" header line).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

__all__ = ["outlet_from_text"]

_WORD = r"[A-Z][\w&.'’-]*"
_PART = r"[A-Z0-9][\w&.'’-]*"
_NAME = rf"(?P<name>(?:The |the )?{_WORD}(?:(?: of| and| &)? {_PART}){{0,4}})"
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
_CITED_AGENCY = re.compile(r"(?:'s)? (?:state |semi-official |official )?(?:news|press) agency\b")
"""After "told X": X described as a news agency is cited by the report, not its publisher (an
outlet names itself bare: "told Reuters", "told The Associated Press")."""
# fmt: off
_NOT_OUTLETS = frozenset({
    "he", "she", "it", "they", "we", "i", "you", "this", "that", "there", "police", "officials",
    "authorities", "government", "ministry", "group", "army", "court", "family",
    "company", "reporters", "journalists", "congress", "parliament", "us", "un", "eu", "uk",
    "usa", "nato", "fbi", "cia", "atf", "dea", "state department", "white house", "pentagon",
    "officers", "police officers", "deputies", "investigators", "detectives", "troopers",
    "sheriff", "firefighters", "witnesses", "doctors", "neighbors", "neighbours", "relatives",
    "friends", "lawmakers", "residents", "prosecutors", "prosecutor", "judge", "jury",
})
"""Subjects of "could not verify" or "told" that are not outlets (a leading "the" ignored)."""
_OUTLET_WORDS = frozenset({
    "News", "Times", "Post", "Herald", "Press", "Journal", "Tribune", "Gazette", "Chronicle",
    "Daily", "Digital", "Radio", "TV", "Television", "Broadcasting", "Network", "Magazine",
    "Review", "Telegraph", "Guardian", "Observer", "Independent", "Express", "Mirror", "Sun",
    "Star", "Courier", "Register", "Record", "Reporter", "Bulletin", "Dispatch", "Inquirer",
    "Examiner", "Monitor", "Standard", "Weekly", "Today", "Wire", "Agency", "Media", "Online",
    "Insider", "Ledger", "Reuters", "Bloomberg", "Axios", "Politico", "Newsweek", "Jazeera",
    "Euronews", "Sky",
})
"""Words that mark a name after "told" as an outlet ("told the Kettle Hill Gazette")."""
# fmt: on


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
            if _CITED_AGENCY.match(text, match.end()):
                continue  # "told ISNA news agency": another outlet's interview, cited
            name = _clean(match.group("name3"))
            if name and _looks_like_outlet(name):
                weak[name] += 1
                first_seen.setdefault(name, match.start())
    host = _page_host(text, stretches)
    if host is not None:
        # "Gaskin told the Timaru Herald" on a page whose web address names another site: the
        # report cites that outlet's interview, as with a news agency
        weak = Counter({name: count for name, count in weak.items() if _names_host(name, host)})
    counts = strong or weak
    if not counts:
        return None
    return min(counts, key=lambda name: (-counts[name], first_seen[name]))


def _clean(name: str) -> str | None:
    """The name tidied ("the X" -> "The X", possessive cut), or None when it is no outlet."""
    words = name.strip().split()
    for index, word in enumerate(words):
        if word.endswith(("'s", "’s")):
            words = [*words[:index], word[:-2]]
            break
    words[-1] = words[-1].rstrip(".'’-")
    if words[0] == "the":
        words[0] = "The"
    bare = [word for word in words if word] if words[0] != "The" else words[1:]
    if not bare or " ".join(bare).lower() in _NOT_OUTLETS:
        return None
    if bare[0] in {"Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr."}:
        return None
    return " ".join(word for word in words if word)


def _looks_like_outlet(name: str) -> bool:
    """Whether a name after "told" is an outlet rather than a person: "The ...", a call sign or
    acronym (CNN, WREG, CBS4), or a word such as News, Times, Gazette."""
    words = name.split()
    if words[0] == "The":
        return True
    for word in words:
        letters = [character for character in word if character.isalpha()]
        if len(letters) >= 2 and all(character.isupper() for character in letters):
            return True
        if word in _OUTLET_WORDS:
            return True
    return False


_URL = re.compile(r"https?://(?:www\.)?(?P<host>[\w.-]+)", re.IGNORECASE)


def _page_host(text: str, readable: list[tuple[int, int]]) -> str | None:
    """The host of the first web address outside the readable text (a "url:" header line), as
    folded letters and digits ("nbcphiladelphia.com" -> "nbcphiladelphiacom"), or None."""
    for match in _URL.finditer(text):
        if not any(start <= match.start() < end for start, end in readable):
            return re.sub(r"[^a-z0-9]", "", match.group("host").lower())
    return None


def _names_host(name: str, host: str) -> bool:
    """Whether an outlet's name is written in the page's host ("NBC Philadelphia" in
    nbcphiladelphia.com, "The Velmora Tribune" in velmoratribune.com)."""
    words = [word for word in re.findall(r"[a-z0-9]+", name.lower()) if word != "the"]
    return bool(words) and "".join(words) in host
