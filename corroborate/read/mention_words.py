"""Word lists for reading names: the model's labels kept as names, words that are never names,
organisation, place and role words, connectors inside names, and a country gazetteer.

General lists (no event-specific names); used by ``corroborate.read.mentions`` and its parts.
"""

from __future__ import annotations

from corroborate.read.calendar_words import WEEKDAYS

ENTITY_LABELS: dict[str, str] = {
    "PERSON": "PERSON",
    "PER": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "FAC": "FAC",
    "NORP": "NORP",
    "EVENT": "EVENT",
    "MISC": "OTHER",
    "PRODUCT": "OTHER",
    "WORK_OF_ART": "OTHER",
    "LAW": "OTHER",
    "LANGUAGE": "OTHER",
}
"""Model labels kept as names, mapped to the record's labels. Dates, times, numbers and amounts
(DATE, TIME, CARDINAL, ORDINAL, QUANTITY, MONEY, PERCENT) are not names and are dropped."""


NOT_NAMES: frozenset[str] = (
    frozenset(
        {
            "january",
            "february",
            "march",
            "april",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec",
            "i",
            "photo",
            "video",
            "click",
            "read",
            "watch",
            "ok",
            "tv",
        }
    )
    | WEEKDAYS
)
"""Capitalised words that are never names on their own ("May" stays possible: a name too)."""


GENERIC_PLURALS: frozenset[str] = frozenset(
    {
        "people",
        "peoples",
        "workers",
        "women",
        "men",
        "children",
        "veterans",
        "farmers",
        "citizens",
        "nations",
        "soldiers",
        "martyrs",
        "mothers",
        "fathers",
        "patriots",
    }
)
"""Words whose possessive belongs to a name ("People's Mojahedin", "Workers' Party")."""


ORG_WORDS: frozenset[str] = frozenset(
    {
        "academy",
        "council",
        "committee",
        "court",
        "department",
        "ministry",
        "organization",
        "organisation",
        "party",
        "union",
        "police",
        "force",
        "forces",
        "army",
        "corps",
        "agency",
        "bank",
        "company",
        "corporation",
        "corp",
        "plc",
        "holdings",
        "enterprises",
        "textiles",
        "pharmaceuticals",
        "technologies",
        "inc",
        "ltd",
        "llc",
        "group",
        "association",
        "institute",
        "university",
        "news",
        "times",
        "post",
        "office",
        "commission",
        "parliament",
        "assembly",
        "government",
        "front",
        "movement",
        "church",
        "foundation",
        "fund",
        "guard",
        "navy",
        "command",
        "service",
        "services",
        "authority",
        "board",
        "bureau",
        "center",
        "centre",
        "coalition",
        "alliance",
        "federation",
        "network",
        "unit",
        "prosecution",
        "tribunal",
        "senate",
        "congress",
        "house",
        "club",
        "league",
        "mission",
        "daily",
        "herald",
        "journal",
        "press",
        "tribune",
        "telegraph",
        "guardian",
        "digital",
        "media",
        "airlines",
        "airways",
        "motors",
        "industries",
        "international",
        "cabinet",
        "embassy",
    }
)
"""Words that make a capitalised run an organisation when the model gives no label."""


HEADLINE_SMALL_WORDS: frozenset[str] = frozenset(
    {
        "to",
        "in",
        "on",
        "for",
        "at",
        "with",
        "by",
        "after",
        "as",
        "is",
        "are",
        "was",
        "over",
        "into",
        "from",
        "a",
        "an",
    }
)
"""Small words that a headline in title case capitalises ("Ellen DeGeneres To Host Oscars")."""


TRAILING_ROLES: frozenset[str] = frozenset(
    {
        "ceo",
        "cfo",
        "coo",
        "president",
        "minister",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chairman",
        "chairwoman",
        "director",
        "ambassador",
        "governor",
        "mayor",
        "senator",
        "commissioner",
        "envoy",
        "prosecutor",
        "premier",
        "chancellor",
    }
)
"""Titles that end a run as someone's role ("Ryanair CEO"), never a surname (unlike "King")."""


FUNCTION_WORDS: frozenset[str] = frozenset(
    {
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "but",
        "or",
        "so",
        "yet",
        "he",
        "she",
        "it",
        "they",
        "we",
        "you",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "if",
        "when",
        "while",
        "as",
        "after",
        "before",
        "since",
        "although",
        "though",
        "because",
        "there",
        "here",
    }
)
"""Capitalised inside a run, these start a new sentence or phrase ("... the U.S. The group")."""


AMBIGUOUS_ORG_WORDS: frozenset[str] = frozenset(
    {"bank", "house", "times", "post", "daily", "international", "digital", "press", "union"}
)
"""Organisation words that also end places or other names ("West Bank", "Times Square"):
they do not overrule the model."""


NAME_HEAD_NOUNS: frozenset[str] = frozenset(
    {
        "hospital",
        "school",
        "church",
        "mosque",
        "airport",
        "station",
        "bridge",
        "square",
        "park",
        "mill",
        "port",
        "prison",
        "stadium",
        "clinic",
        "museum",
        "hotel",
        "factory",
    }
)
"""Common nouns that end many names ("St Lutgard Hospital"): alone at a sentence start they
are the noun, not a name, unless the article writes them alone inside a sentence."""


PLACE_WORDS: frozenset[str] = frozenset(
    {
        "city",
        "province",
        "county",
        "state",
        "district",
        "region",
        "island",
        "islands",
        "mountains",
        "river",
        "valley",
        "republic",
        "kingdom",
        "camp",
        "village",
        "town",
        "street",
    }
)
"""Nouns that end a place name ("Kherson Province", "Harris County")."""


WELL_KNOWN_BODIES: frozenset[str] = frozenset(
    {"north atlantic treaty organization", "european union", "united nations"}
)
"""International bodies (folded) among the well-known aliases: organisations, not countries."""


CONNECTORS: frozenset[str] = frozenset(
    {
        "of",
        "de",
        "e",
        "al",
        "el",
        "bin",
        "ibn",
        "van",
        "von",
        "der",
        "du",
        "da",
        "la",
        "le",
        "di",
        "y",
    }
)
"""Lower-case words inside a name ("Bank of England", "Abu Bakr al Baghdadi", "van Gogh")."""


ORG_CONNECTORS: frozenset[str] = frozenset({"and", "&", "for", "against"})
"""Words that join the parts of an organisation's name ("Fish and Wildlife Service")."""


PREPOSITIONS: frozenset[str] = frozenset({"of", "for", "against"})
"""Prepositions after which an organisation's name goes on ("Ministry for Energy")."""
