"""Labels of name mentions: from the model's entities, certain from the words (a title, an
organisation word, a country), guessed from the words when the model gives none, from the
words around a name (a place), and a surname written alone after a person's full name.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

from spacy.tokens import Doc

from corroborate.read.mention_words import (
    AMBIGUOUS_ORG_WORDS,
    CONNECTORS,
    ENTITY_LABELS,
    ORG_WORDS,
    PLACE_WORDS,
    PREPOSITIONS,
    WELL_KNOWN_BODIES,
)
from corroborate.reconcile.names import COUNTRIES, alias_key, fold, is_acronym, surname
from corroborate.record import Mention

_PLACE_BEFORE = re.compile(
    r"\b(?:towns?|city|cities|villages?|provinces?|regions?|districts?|outskirts|islands?|capital"
    r"|suburbs?)(?: of)?\s+(?:[A-Z][\w'’-]*(?:,\s*|\s+and\s+))*$"
    r"|\b(?:near|outside)\s+$",
    re.IGNORECASE,
)


_PLACE_AFTER = re.compile(
    r"\s+(?:area|region|district|province|county|village|town|city|island|suburb)\b"
)


def model_entities(doc: Doc) -> list[tuple[int, int, str]]:
    """The model's entities as (start, end, label), none when the pipeline has no NER."""
    if not doc.has_annotation("ENT_IOB"):
        return []
    return [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]


def model_says_person(start: int, end: int, entities: list[tuple[int, int, str]]) -> bool:
    """Whether the model's PERSON entities cover at least 80 % of the span."""
    covered = sum(
        min(end, ent_end) - max(start, ent_start)
        for ent_start, ent_end, label in entities
        if label in ("PERSON", "PER") and min(end, ent_end) > max(start, ent_start)
    )
    return covered >= 0.8 * (end - start)


def label_from_entities(start: int, end: int, entities: list[tuple[int, int, str]]) -> str | None:
    """The model's label covering most of the span: a record label, "" for a non-name label,
    None when the model says nothing."""
    coverage: Counter[str] = Counter()
    for ent_start, ent_end, ent_label in entities:
        overlap = min(end, ent_end) - max(start, ent_start)
        if overlap > 0:
            coverage[ENTITY_LABELS.get(ent_label, "")] += overlap
    if not coverage:
        return None
    return coverage.most_common(1)[0][0]


def certain_label(words: list[str], *, titled: bool, model_label: str | None) -> str | None:
    """A label the words make certain, over the model's: a title makes a person; an
    organisation word ending the name or before "of" makes an organisation ("Ministry of
    Interior", "Fox News Digital"); a country name makes a GPE; an acronym is no person."""
    keys = [w.casefold().rstrip(".") for w in words]
    if titled:
        return "PERSON"
    cut = next((i for i, key in enumerate(keys) if key in PREPOSITIONS), len(keys))
    head = keys[:cut]  # "Special Court" in "Special Court Against Crime and Corruption"
    if head and head[-1] in ORG_WORDS and head[-1] not in AMBIGUOUS_ORG_WORDS:
        return "ORG"
    if len(keys) > 1 and keys[-1] in ORG_WORDS and keys[-1] not in AMBIGUOUS_ORG_WORDS:
        return "ORG"
    if alias_key(" ".join(words)) in COUNTRIES:
        return "GPE"
    if alias_key(" ".join(words)) in WELL_KNOWN_BODIES:
        return "ORG"
    if len(words) == 1 and is_acronym(words[0]) and model_label == "PERSON":
        return "ORG"
    return None


def guess_label(words: list[str], *, titled: bool) -> str:
    """A label from the words alone, for when the model gives none."""
    keys = [w.casefold().rstrip(".") for w in words]
    if titled:
        return "PERSON"
    if any(k in ORG_WORDS for k in keys):
        return "ORG"
    name_key = alias_key(" ".join(words))
    if name_key in COUNTRIES:
        return "GPE"
    if keys[-1] in PLACE_WORDS:
        return "LOC"
    if len(words) == 1 and is_acronym(words[0]):
        return "ORG"
    if len(words) == 1 and re.search(r"(?:ian|ean|ese|ish)$", keys[0]):
        return "NORP"
    return "OTHER"


_AGE_AFTER = re.compile(r",\s*(\d{1,3}),")


def age_follows(text: str, end: int) -> bool:
    """Whether an age is written in apposition right after the name ("Dario Kestrel, 37,")."""
    found = _AGE_AFTER.match(text, end)
    return found is not None and 1 <= int(found.group(1)) <= 120


def place_context(text: str, start: int, end: int) -> bool:
    """Whether the words around a name say it is a place."""
    return bool(
        _PLACE_BEFORE.search(text, max(0, start - 40), start) or _PLACE_AFTER.match(text, end)
    )


def personal_shape(words: list[str]) -> bool:
    """Two to four capitalised words with no organisation word and no possessive: the shape of
    a person's name ("Dario Kestrel (CRA)" gives an affiliation, not an acronym)."""
    return 2 <= len(words) <= 4 and not any(
        w.casefold() in ORG_WORDS
        or w.casefold() in CONNECTORS
        or w.isupper()
        or re.search(r"['’]s$", w)
        for w in words
    )


def tagged_proper(doc: Doc, start: int, end: int, *, absent: bool = True) -> bool:
    """Whether the tagger calls the words a proper noun (``absent`` when there is no tagger)."""
    if not doc.has_annotation("TAG") and not doc.has_annotation("POS"):
        return absent
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(token.pos_ == "PROPN" for token in span)


def surnames_after_full_names(mentions: list[Mention]) -> list[Mention]:
    """A surname written alone after the person's full name is that person ("Police Chief
    Charles Craft said ... Craft said"), whatever label the model gave it; and a full name
    whose surname alone the model calls a person is a person."""
    # And the other way: a full name of a person's shape whose surname the model reads as a
    # person when written alone ("Ali Safavi ... Safavi told reporters") is that person.
    alone_as_person = {
        fold(m.name) for m in mentions if m.label == "PERSON" and len(fold(m.name).split()) == 1
    }
    mentions = [
        dataclasses.replace(m, label="PERSON")
        if m.label in ("GPE", "LOC", "FAC", "OTHER")
        and personal_shape(m.name.split())
        and surname(fold(m.name).split()) in alone_as_person
        else m
        for m in mentions
    ]
    introduced: set[str] = set()
    result = []
    for mention in mentions:
        words = fold(mention.name).split()
        if mention.label == "PERSON" and len(words) >= 2:
            introduced.add(surname(words))
        elif (
            len(words) == 1
            and words[0] in introduced
            and mention.label != "PERSON"
            and not is_acronym(mention.name)
            and alias_key(mention.name) not in COUNTRIES  # "Ford Australia ... Australia"
        ):
            mention = dataclasses.replace(mention, label="PERSON")
        result.append(mention)
    return result
