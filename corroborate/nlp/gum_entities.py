"""Named-entity spans from GUM's ``Entity=`` annotation: names only, mapped to our labels.

GUM marks every entity mention (names, common-noun phrases, pronouns) with one of ten types.
A mention counts as a *name* when its syntactic head is a proper noun (UPOS PROPN); the name
span is the run of proper-noun words around that head inside the mention (determiners,
lower-case titles, appositions and relative clauses are left out). Mapping (see docs/nlp.md):
person -> PERSON (NORP when the head is a plural proper noun: "Americans"), organization -> ORG,
place -> GPE, or LOC when the name contains a geographic/facility word ("River", "Street",
"Europe"), event/object/abstract/substance/animal/plant -> MISC; time and quantity: not tagged.
Where names nest, the longest wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

from corroborate.nlp.conllu import Sentence, Word

# GUM entity type -> our NER label; unlisted types (time, quantity) are not names we tag.
GUM_TYPE_TO_LABEL = {
    "person": "PERSON",
    "organization": "ORG",
    "place": "GPE",  # refined to LOC by LOCATION_WORDS below
    "event": "MISC",
    "object": "MISC",
    "abstract": "MISC",
    "substance": "MISC",
    "animal": "MISC",
    "plant": "MISC",
}
# A place name containing one of these words is a natural or man-made location, not a
# country/city/state: labelled LOC instead of GPE (OntoNotes-like distinction).
LOCATION_WORDS = frozenset(
    [
        "river",
        "rivers",
        "mount",
        "mountain",
        "mountains",
        "mt",
        "lake",
        "lakes",
        "ocean",
        "sea",
        "seas",
        "island",
        "islands",
        "isle",
        "valley",
        "desert",
        "park",
        "street",
        "st",
        "road",
        "avenue",
        "ave",
        "boulevard",
        "square",
        "bay",
        "gulf",
        "peninsula",
        "coast",
        "forest",
        "canyon",
        "beach",
        "strait",
        "channel",
        "falls",
        "hill",
        "hills",
        "glacier",
        "cape",
        "plain",
        "plains",
        "basin",
        "reef",
        "bridge",
        "airport",
        "station",
        "harbour",
        "harbor",
        "trail",
        "highway",
        "way",
        "lane",
        "plaza",
        "temple",
        "church",
        "cathedral",
        "museum",
        "palace",
        "castle",
        "tower",
        "hall",
        "building",
        "center",
        "centre",
        "stadium",
        "arena",
        "cemetery",
        "garden",
        "gardens",
        "zoo",
        "market",
        "wall",
        "gate",
        "district",
        "quarter",
        "region",
        "hemisphere",
        "pole",
        "europe",
        "asia",
        "africa",
        "antarctica",
        "oceania",
        "america",
        "americas",
        "arctic",
        "atlantic",
        "pacific",
        "mediterranean",
        "caribbean",
        "balkans",
        "himalayas",
        "alps",
        "sahara",
        "amazon",
    ]
)
# Inside a name these may join name words ("Bank of America", "Procter & Gamble", "Apollo 11").
NAME_CONNECTOR_POS = frozenset({"ADP", "DET", "CCONJ", "NUM", "PART", "PUNCT"})
FUNCTION_POS = frozenset({"DET", "PUNCT", "ADP", "PART", "CCONJ", "SCONJ"})
NAME_CONNECTOR_PUNCT = frozenset({"&", "-", ".", "'", "’"})


ENTITY_EVENT = re.compile(r"\((\d+)-([a-z]+)-([^()]*)(\))?|(\d+)\)")


@dataclass(frozen=True)
class Mention:
    """A GUM entity mention: word indices [start, end) within its sentence."""

    start: int
    end: int
    gum_type: str
    identity: str


def gum_mentions(sentence: Sentence) -> list[Mention]:
    """All entity mentions of a GUM sentence (they may nest)."""
    open_mentions: dict[str, list[tuple[int, str, str]]] = {}
    mentions: list[Mention] = []
    for i, word in enumerate(sentence.words):
        entity = next((m[7:] for m in word.misc.split("|") if m.startswith("Entity=")), "")
        for match in ENTITY_EVENT.finditer(entity):
            opened, gum_type, rest, closed_here, closing = match.groups()
            if opened:
                fields = rest.split("-")
                identity = unquote("-".join(fields[5:]))  # "Durham%2C_England"
                if closed_here:
                    mentions.append(Mention(i, i + 1, gum_type, identity))
                else:
                    open_mentions.setdefault(opened, []).append((i, gum_type, identity))
            elif closing and open_mentions.get(closing):
                start, gum_type, identity = open_mentions[closing].pop()
                mentions.append(Mention(start, i + 1, gum_type, identity))
    return mentions


def mention_head(sentence: Sentence, mention: Mention) -> int:
    """The word of the mention whose syntactic head lies outside it (a content word first, when
    a determiner or punctuation mark attached elsewhere also points outside)."""
    outside = [
        i
        for i in range(mention.start, mention.end)
        if not mention.start <= sentence.words[i].head - 1 < mention.end
    ]
    if not outside:
        return mention.start
    content = [i for i in outside if sentence.words[i].upos not in FUNCTION_POS]
    return (content or outside)[0]


def is_name_word(word: Word) -> bool:
    """A proper noun (UPOS PROPN or XPOS NNP/NNPS, as "United" in "United Kingdom"), or a
    capitalised word inside a name ("Supreme Court")."""
    return (
        word.upos == "PROPN"
        or word.xpos in {"NNP", "NNPS"}
        or (word.upos in {"ADJ", "NOUN", "VERB", "X"} and word.form[:1].isupper())
    )


def name_span(sentence: Sentence, mention: Mention) -> tuple[int, int] | None:
    """The name inside a mention headed by a proper noun, without determiners, titles in
    lower case, appositions or relative clauses; None when the mention is not a name."""
    words = sentence.words
    head = mention_head(sentence, mention)
    if words[head].upos != "PROPN":
        return None

    def joins(i: int) -> bool:
        word = words[i]
        if is_name_word(word):
            return True
        if word.upos == "PUNCT":
            return word.form in NAME_CONNECTOR_PUNCT
        return word.upos in NAME_CONNECTOR_POS and word.form not in {"'s", "’s"}

    start = head
    while start - 1 >= mention.start and joins(start - 1):
        start -= 1
    end = head + 1
    while end < mention.end and joins(end):
        end += 1
    while start < head and not is_name_word(words[start]):
        start += 1
    while end - 1 > head and not (is_name_word(words[end - 1]) or words[end - 1].upos == "NUM"):
        end -= 1
    return start, end


def mention_label(sentence: Sentence, mention: Mention, start: int, end: int) -> str | None:
    """Our NER label for a GUM name mention (None: a type we do not tag)."""
    label = GUM_TYPE_TO_LABEL.get(mention.gum_type)
    head = mention_head(sentence, mention)
    if label == "PERSON" and sentence.words[head].xpos == "NNPS":
        label = "NORP"  # "Americans", "Democrats": groups named by nationality or affiliation
    if label == "GPE":
        lowered = {w.form.lower() for w in sentence.words[start:end]}
        if lowered & LOCATION_WORDS:
            label = "LOC"
    return label


@dataclass(frozen=True)
class Name:
    """A name in a GUM sentence: word indices [start, end), our label, Wikipedia identity."""

    start: int
    end: int
    label: str
    identity: str


def sentence_names(sentence: Sentence) -> list[Name]:
    """Non-overlapping names of a sentence, in order; outer names win over nested ones."""
    candidates: list[Name] = []
    for mention in gum_mentions(sentence):
        span = name_span(sentence, mention)
        if span is None:
            continue
        label = mention_label(sentence, mention, *span)
        if label is not None:
            candidates.append(Name(span[0], span[1], label, mention.identity))
    candidates.sort(key=lambda name: (-(name.end - name.start), name.start))
    taken: set[int] = set()
    chosen: list[Name] = []
    for name in candidates:
        if taken.isdisjoint(range(name.start, name.end)):
            chosen.append(name)
            taken.update(range(name.start, name.end))
    return sorted(chosen, key=lambda name: name.start)


def sentence_entities(sentence: Sentence) -> list[tuple[int, int, str]]:
    """Non-overlapping name spans as (start, end, label) word indices, for NER training."""
    return [(name.start, name.end, name.label) for name in sentence_names(sentence)]
