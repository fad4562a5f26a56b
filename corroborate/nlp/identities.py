"""Wikipedia identities of names seen in GUM, for merging entities across spellings.

``corroborate/nlp/wikipedia_identities.json`` maps a normalised name ("united states", "u.s.")
to the English Wikipedia title GUM's annotators linked it to ("United_States"), with our NER
label; built from GUM's train and dev documents by ``training/build_identities.py`` (GUM,
CC BY; wikiHow and fiction left out). A name absent from the table is simply unknown.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path

IDENTITIES_FILE = Path(__file__).parent / "wikipedia_identities.json"
LEADING_ARTICLE = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)
SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class WikipediaIdentity:
    """The Wikipedia page a name refers to, as annotated in GUM."""

    title: str
    """English Wikipedia page title with underscores, e.g. ``"United_States"``."""
    label: str
    """Our NER label for the name (PERSON, ORG, GPE, LOC, NORP, MISC)."""


def normalise_name(name: str) -> str:
    """The lookup key of a name: case-folded, spaces collapsed, a leading article dropped,
    curly apostrophes made straight."""
    key = SPACES.sub(" ", name.replace("’", "'")).strip().casefold()
    return LEADING_ARTICLE.sub("", key)


@functools.cache
def _table() -> dict[str, tuple[str, str]]:
    if not IDENTITIES_FILE.exists():
        return {}
    entries = json.loads(IDENTITIES_FILE.read_text(encoding="utf-8"))["names"]
    return {key: (entry["title"], entry["label"]) for key, entry in entries.items()}


def wikipedia_identity(name: str) -> WikipediaIdentity | None:
    """The Wikipedia identity GUM gives ``name`` ("U.S." -> United_States), or None."""
    found = _table().get(normalise_name(name))
    return WikipediaIdentity(*found) if found else None
