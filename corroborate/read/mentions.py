"""Names of people, organisations, groups and places in one article.

Reads: the article and its parsed Doc (the named entities, when the trained pipeline has an
entity recogniser). Adds: Mention spans, with titles and possessives stripped.

Two sources, combined:

* **Rules** that work without a trained model: runs of capitalised words ("National Council of
  Resistance of Iran", "Mujahedeen-e-Khalq", "Ashraf-3"), acronyms ("NCRI", "U.S."), names joined
  by "of" (and by "and"/"for" inside organisation names: "Special Court Against Crime and
  Corruption"). A possessive ends a name ("Albania's capital" -> "Albania"), except after a
  generic plural ("People's Mojahedin"). Titles become the role ("Albanian Interior Minister Bledi
  Cuci" -> "Bledi Cuci", role "Interior Minister"; "Mr Rrumbullaku" -> "Rrumbullaku").
  Hashtags, handles and URLs are left out, and so are lines written in capitals (promos), days
  and months, and a capitalised word that only starts a sentence ("The", "But", "Scenes") unless
  the model tags it a name or the article writes it capitalised elsewhere.
* **The model's named entities**, when the pipeline has an entity recogniser: they give the
  label of a rule mention (by character overlap) and add names the rules missed. Words that make
  a label certain overrule the model: a title (PERSON), an organisation word ending the name or
  before "of" (ORG: "Ministry of Interior"), a country name (GPE), a name given an acronym in
  brackets (ORG: "Mujahedeen-e-Khalq (MEK)").

Sentences are cut by punctuation and line breaks here, not by the parser, so that a parser's
boundary inside a name never cuts it and the rules behave the same with or without a model.

Only readable blocks are read (``Article.is_readable``).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from corroborate.read.calendar_words import WEEKDAYS
from corroborate.reconcile.names import (
    HONORIFICS,
    ROLE_MODIFIERS,
    TITLES,
    WELL_KNOWN_ALIASES,
    alias_key,
    fold,
    is_acronym,
    split_title,
    surname,
)
from corroborate.record import Article, Mention

__all__ = ["read_mentions"]

_ENTITY_LABELS: dict[str, str] = {
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

_NOT_NAMES: frozenset[str] = (
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

_GENERIC_PLURALS: frozenset[str] = frozenset(
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

_ORG_WORDS: frozenset[str] = frozenset(
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

_HEADLINE_SMALL_WORDS: frozenset[str] = frozenset(
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

_TRAILING_ROLES: frozenset[str] = frozenset(
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

_FUNCTION_WORDS: frozenset[str] = frozenset(
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

_AMBIGUOUS_ORG_WORDS: frozenset[str] = frozenset(
    {"bank", "house", "times", "post", "daily", "international", "digital", "press", "union"}
)
"""Organisation words that also end places or other names ("West Bank", "Times Square"):
they do not overrule the model."""

_NAME_HEAD_NOUNS: frozenset[str] = frozenset(
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

_PLACE_WORDS: frozenset[str] = frozenset(
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

_COUNTRY_NAMES = (
    "Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria "
    "Azerbaijan Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan "
    "Bolivia Bosnia Botswana Brazil Brunei Bulgaria Burundi Cambodia Cameroon Canada Chad "
    "Chile China Colombia Comoros Congo Croatia Cuba Cyprus Czechia Denmark Djibouti "
    "Dominica Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon "
    "Gambia Georgia Germany Ghana Greece Grenada Guatemala Guinea Guyana Haiti Honduras "
    "Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan "
    "Kazakhstan Kenya Kiribati Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia "
    "Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia Maldives Mali "
    "Malta Mauritania Mauritius Mexico Micronesia Moldova Monaco Mongolia Montenegro "
    "Morocco Mozambique Myanmar Namibia Nauru Nepal Netherlands Nicaragua Niger Nigeria "
    "Norway Oman Pakistan Palau Palestine Panama Paraguay Peru Philippines Poland Portugal "
    "Qatar Romania Russia Rwanda Samoa Senegal Serbia Seychelles Singapore Slovakia "
    "Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan Tajikistan "
    "Tanzania Thailand Togo Tonga Tunisia Turkey Turkmenistan Tuvalu Uganda Ukraine "
    "Uruguay Uzbekistan Vanuatu Venezuela Vietnam Yemen Zambia Zimbabwe Britain England "
    "Scotland Wales"
)
_COUNTRIES: frozenset[str] = frozenset(fold(name) for name in _COUNTRY_NAMES.split()) | (
    frozenset(WELL_KNOWN_ALIASES.values())
    - {"north atlantic treaty organization", "european union", "united nations"}
)
"""Country names, folded: a general gazetteer (no event-specific places) that labels a name
GPE when the model gives no label."""

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’')]*\s+(?=[\"“‘(]?[A-Z0-9])|\n+")
_ACRONYM_AFTER = re.compile(
    r"['’]?s?\s*\(\s*[A-Z][A-Za-z.&]*[A-Z]\.?(?:\s*/\s*[A-Z][A-Za-z.&]*)*\s*\)"
)
_BRACKETED_ACRONYM = re.compile(r"[A-Z][A-Za-z.&]*[A-Z]\.?")
_PLACE_BEFORE = re.compile(
    r"\b(?:towns?|city|cities|villages?|provinces?|regions?|districts?|outskirts|islands?|capital"
    r"|suburbs?)(?: of)?\s+(?:[A-Z][\w'’-]*(?:,\s*|\s+and\s+))*$"
    r"|\b(?:near|outside)\s+$",
    re.IGNORECASE,
)
_PLACE_AFTER = re.compile(
    r"\s+(?:area|region|district|province|county|village|town|city|island|suburb)\b"
)
_WELL_KNOWN_BODIES: frozenset[str] = frozenset(
    {"north atlantic treaty organization", "european union", "united nations"}
)
_WORD = re.compile(r"[#@]?\w[\w.'’\-&]*")
_URL = re.compile(r"\S*(?:https?://|www\.|\.com\b|\.org\b|\.net\b|pic\.twitter)\S*", re.I)
_ABBREVIATION = re.compile(
    r"^(?:[A-Za-z]\.){2,}$|^[A-Z]\.$|^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Inc|Ltd|Gen|Sen|Rep|"
    r"Gov|Col|Capt|Lt|Sgt|Prof|Co|Corp|Mt|Ft)\.$"
)
_CONNECTORS: frozenset[str] = frozenset(
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
_ORG_CONNECTORS: frozenset[str] = frozenset({"and", "&", "for", "against"})
_PREPOSITIONS: frozenset[str] = frozenset({"of", "for", "against"})


@dataclass(frozen=True)
class _Word:
    start: int
    end: int
    text: str
    possessive: bool
    sentence_start: bool

    @property
    def key(self) -> str:
        return self.text.casefold().rstrip(".")

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


def read_mentions(article: Article, doc: Doc) -> tuple[Mention, ...]:
    """Every name mention in the readable blocks of the article, in text order."""
    entities = _model_entities(doc)
    runs = [run for sentence in _sentences(article) for run in _capitalised_runs(article, sentence)]
    runs = [part for run in runs for part in _split_run(run, entities)]
    capitalised_inside = Counter(
        word.text for run in runs for word in run if not word.sentence_start
    )
    heading_inside = Counter(run[0].text for run in runs if not run[0].sentence_start)
    mentions: list[Mention] = []
    for run in runs:
        mention = _mention_from_run(article, doc, run, entities, capitalised_inside, heading_inside)
        if mention is not None:
            mentions.append(mention)
    taken = [(m.span.start, m.span.end) for m in mentions]
    taken += [span for span in _sentences(article) if _shouting(article, span)]
    for start, end, label in entities:
        if any(start < taken_end and taken_start < end for taken_start, taken_end in taken):
            continue
        mention = _mention_from_entity(article, start, end, label)
        if mention is not None:
            mentions.append(mention)
    unique = {(m.span.start, m.span.end): m for m in mentions}
    ordered = sorted(unique.values(), key=lambda m: (m.span.start, m.span.end))
    ordered = _acronyms_labelled_as_their_names(article, ordered)
    return tuple(_surnames_after_full_names(ordered))


def _acronyms_labelled_as_their_names(article: Article, mentions: list[Mention]) -> list[Mention]:
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


def _surnames_after_full_names(mentions: list[Mention]) -> list[Mention]:
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
        and _personal_shape(m.name.split())
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
        ):
            mention = dataclasses.replace(mention, label="PERSON")
        result.append(mention)
    return result


def _model_entities(doc: Doc) -> list[tuple[int, int, str]]:
    if not doc.has_annotation("ENT_IOB"):
        return []
    return [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]


def _sentences(article: Article) -> list[tuple[int, int]]:
    """Sentences by punctuation and line breaks, the same with or without a model (a parser's
    sentence boundaries inside names would cut them: "Fox News | Digital")."""
    pieces: list[tuple[int, int]] = []
    cursor = 0
    for match in _SENTENCE_END.finditer(article.text):
        before = article.text[max(0, match.start() - 12) : match.start() + 1].split()
        if "\n" not in match.group() and before and _ABBREVIATION.match(before[-1]):
            continue  # "U.S. State Department", "Mr. Cuci"
        pieces.append((cursor, match.start() + 1))
        cursor = match.end()
    pieces.append((cursor, len(article.text)))
    return [(s, e) for s, e in pieces if e > s]


def _words(article: Article, start: int, end: int) -> list[_Word | None]:
    """The sentence's words, with None where a run must break (punctuation, hashtags, URLs)."""
    text = article.text[start:end]
    urls = [(m.start(), m.end()) for m in _URL.finditer(text)]
    words: list[_Word | None] = []
    previous_end = 0
    first = True
    for match in _WORD.finditer(text):
        gap = text[previous_end : match.start()]
        if gap.strip() and words:
            words.append(None)
        previous_end = match.end()
        raw = match.group()
        offset = match.start()
        if raw[0] in "#@" or any(s <= offset < e for s, e in urls):
            words.append(None)
            first = False
            continue
        raw, offset, possessive = _trim(raw, offset)
        if not raw:
            words.append(None)
            first = False
            continue
        word_end = offset + len(raw)
        words.append(_Word(start + offset, start + word_end, raw, possessive, first))
        first = False
        if not re.fullmatch(r"(?:['’]s?)?", text[word_end : match.end()]):
            # Something was cut off the end ("-backed", a full stop): break here.
            words.append(None)
    return words


def _trim(raw: str, offset: int) -> tuple[str, int, bool]:
    """A word without sentence punctuation, possessive or lowercase hyphenated parts."""
    possessive = False
    if re.search(r"['’]s$", raw):
        raw, possessive = raw[:-2], True
    elif re.search(r"s['’]$", raw):
        raw, possessive = raw[:-1], True
    raw = raw.rstrip("'’")
    if raw.endswith(".") and not _ABBREVIATION.match(raw):
        raw = raw.rstrip(".")
    parts = raw.split("-")
    while len(parts) > 1 and parts[0][:1].islower() and not parts[0].isdigit():
        offset += len(parts[0]) + 1
        parts = parts[1:]
    while len(parts) > 1 and parts[-1][:1].islower() and len(parts[-1]) >= 3:
        parts = parts[:-1]
    raw = "-".join(parts).rstrip("-")
    return raw, offset, possessive


def _capitalised_runs(article: Article, sentence: tuple[int, int]) -> list[list[_Word]]:
    if _shouting(article, sentence) or _title_case(article, sentence):
        return []  # a promo or a headline: only the model's entities are read there
    words = _words(article, *sentence)
    runs: list[list[_Word]] = []
    current: list[_Word] = []
    index = 0
    while index < len(words):
        word = words[index]
        if word is not None and not article.is_readable(word.start):
            word = None
        if word is not None and current and word.key in _FUNCTION_WORDS and word.capitalised:
            runs.append(current)  # "... the U.S. The group ...": a new name starts here
            current = []
        if word is not None and _is_name_word(word):
            current.append(word)
            if word.possessive and not (
                word.key in _GENERIC_PLURALS and _next_is_name_word(words, index)
            ):
                runs.append(current)
                current = []
            index += 1
            continue
        if (
            word is not None
            and current
            and word.text.isdigit()
            and len(word.text) <= 3
            and not current[-1].possessive
            and not _next_is_name_word(words, index)
        ):
            current.append(word)  # "Ashraf 3 camp", "Apollo 11"
            runs.append(current)
            current = []
            index += 1
            continue
        if (
            word is not None
            and current
            and _joins(current, word)
            and _next_is_name_word(words, index)
        ):
            current.append(word)
            index += 1
            continue
        if current:
            runs.append(current)
        current = []
        index += 1
    if current:
        runs.append(current)
    return [_trim_run(run) for run in runs if _trim_run(run)]


def _shouting(article: Article, sentence: tuple[int, int]) -> bool:
    """Whether a sentence is written in capitals (a promo or a headline)."""
    letters = [
        w for w in _WORD.findall(article.text, *sentence) if sum(c.isalpha() for c in w) >= 3
    ]
    capitals = [w for w in letters if w.isupper()]
    return len(letters) >= 4 and len(capitals) >= 0.6 * len(letters)


def _title_case(article: Article, sentence: tuple[int, int]) -> bool:
    """Whether a sentence is a headline in title case ("Ellen DeGeneres To Host Oscars"):
    nearly every word capitalised, small words included."""
    words = [w for w in _WORD.findall(article.text, *sentence) if w[:1].isalpha()]
    if len(words) < 4:
        return False
    capitalised = [w for w in words if w[:1].isupper()]
    small = [w for w in capitalised if w.casefold() in _HEADLINE_SMALL_WORDS]
    return bool(small) and len(capitalised) >= 0.85 * len(words)


def _is_name_word(word: _Word) -> bool:
    if not word.capitalised or word.key in _NOT_NAMES:
        return False
    return any(c.isalpha() for c in word.text)


def _next_is_name_word(words: list[_Word | None], index: int) -> bool:
    following = words[index + 1] if index + 1 < len(words) else None
    return following is not None and _is_name_word(following)


def _joins(current: list[_Word], word: _Word) -> bool:
    if current[-1].possessive:
        return False
    if word.key in _CONNECTORS:
        return True
    keys = [w.key for w in current]
    organisation = next((i for i, key in enumerate(keys) if key in _ORG_WORDS), None)
    if word.key not in _ORG_CONNECTORS or organisation is None:
        return False
    if word.key in _PREPOSITIONS:
        return True  # "Center for Strategic Studies", "Court Against Crime"
    # "and" only inside an organisation's name that goes on after a preposition ("Court
    # Against Crime and Corruption"), never between two names ("Ostland and Austria").
    return current[-1].key not in _ORG_WORDS and any(
        key in _PREPOSITIONS for key in keys[organisation + 1 :]
    )


def _trim_run(run: list[_Word]) -> list[_Word]:
    """Drop connectors at the ends and an opening stop word ("The", "But"; not "US")."""
    while run and (
        (run[0].key in _CONNECTORS and not (run[0].capitalised and len(run) > 1))
        or (run[0].key in STOP_WORDS and not is_acronym(run[0].text))
    ):
        run = run[1:]  # but "Van Rompuy", "Al Jazeera", "El Salvador" keep their particle
    if (
        len(run) > 2
        and run[0].sentence_start
        and run[1].key in _CONNECTORS
        and run[0].key not in _ORG_WORDS | _PLACE_WORDS | TITLES
    ):
        run = run[2:]  # "Residents of Brelka": a common word opening the sentence
    while run and (run[-1].key in _CONNECTORS or run[-1].key in _ORG_CONNECTORS):
        run = run[:-1]
    if not any(word.text[:1].isalpha() for word in run):
        return []
    return run


def _split_run(run: list[_Word], entities: list[tuple[int, int, str]]) -> list[list[_Word]]:
    """Cut a run where it holds a role and not a name, or two names.

    "Ryanair CEO" -> "Ryanair" (a trailing title is someone's role, not part of the name);
    "Prime Minister" alone -> nothing; "President of Iran" -> "Iran"; "Air Force James Roche"
    -> "Air Force" and "James Roche" when the model reads the tail as a person.
    """
    if not run:
        return []
    keys = [word.key for word in run]
    for index in range(len(run) - 2):
        if (
            keys[index] in TITLES
            and keys[index + 1] == "of"
            and keys[index + 2] not in (ROLE_MODIFIERS)
        ):
            return _split_run(run[:index], entities) + _split_run(run[index + 2 :], entities)
    while len(run) > 1 and run[-1].key in _TRAILING_ROLES:
        run = run[:-1]
    if all(word.key in TITLES or word.key in ROLE_MODIFIERS for word in run):
        return []  # "Prime Minister", "Interior Minister": a role, no name
    for index, word in enumerate(run[:-2]):
        tail = run[index + 1 :]
        if (
            word.key in _ORG_WORDS
            and 2 <= len(tail) <= 3
            and all(part.capitalised and part.key not in _CONNECTORS for part in tail)
        ) and _model_says_person(tail[0].start, tail[-1].end, entities):
            return [run[: index + 1], tail]
    return [run]


def _model_says_person(start: int, end: int, entities: list[tuple[int, int, str]]) -> bool:
    covered = sum(
        min(end, ent_end) - max(start, ent_start)
        for ent_start, ent_end, label in entities
        if label in ("PERSON", "PER") and min(end, ent_end) > max(start, ent_start)
    )
    return covered >= 0.8 * (end - start)


def _mention_from_run(
    article: Article,
    doc: Doc,
    run: list[_Word],
    entities: list[tuple[int, int, str]],
    capitalised_inside: Counter[str],
    heading_inside: Counter[str],
) -> Mention | None:
    first = run[0]
    if (
        (len(run) >= 3 or (len(run) == 2 and capitalised_inside[run[1].text] > 0))
        and first.sentence_start
        and first.key not in TITLES | HONORIFICS | _ORG_WORDS | _PLACE_WORDS
        and capitalised_inside[first.text] == 0
        and not _tagged_proper(doc, first.start, first.end, absent=True)
    ):
        run = run[1:]  # "Englishman Robert Buckley said", "Later Kestrel said": not the name
    start_index, role, titled = split_title([w.text for w in run])
    name_words = run[start_index:]
    start, end = name_words[0].start, name_words[-1].end
    label = _label_from_entities(start, end, entities)
    if label == "":
        return None  # the model calls it a date, a number or an amount
    if (
        len(name_words) == 1
        and name_words[0].sentence_start
        and not titled
        and not is_acronym(name_words[0].text)
        and (label in (None, "OTHER") or not _tagged_proper(doc, start, end))
        and capitalised_inside[name_words[0].text] == 0
    ):
        return None  # "Scenes from ...", "Agencies contributed ...": a capitalised common word
    if (
        len(name_words) == 1
        and name_words[0].sentence_start
        and not titled
        and name_words[0].key in _ORG_WORDS | _PLACE_WORDS | _NAME_HEAD_NOUNS
        and heading_inside[name_words[0].text] == 0
        and (label in (None, "OTHER") or not _tagged_proper(doc, start, end))
    ):
        return None  # "Hospital treats 17": capitalised elsewhere only ending a name

    if len(name_words) == 1 and name_words[0].key in HONORIFICS:
        return None
    words = [w.text for w in name_words]
    label = _certain_label(words, titled=titled, model_label=label) or label
    if article.outlet and alias_key(" ".join(words)) == alias_key(article.outlet):
        label = "ORG"  # the article's own outlet, named in its text
    if (
        label in ("PERSON", "ORG", "OTHER", None)
        and not titled
        and _place_context(article.text, start, end)
    ):
        label = "GPE"  # "the town of Dargahan", "near Manze", "the Dargehan area"
    inner_possessive = any(w.possessive for w in name_words[:-1])  # "People's Mojahedin"
    if _defines_acronym(article.text, end) and (inner_possessive or not _personal_shape(words)):
        label = "ORG"  # "Mujahedeen-e-Khalq (MEK)": a name given an acronym is a body
    if label is None:
        label = _guess_label(words, titled=titled)
    if article.outlet and start_index == 0 and _outlet_run(article, run):
        start = run[0].start - 4
    span = article.span(start, end)
    name = re.sub(r"\s+", " ", span.text)
    return Mention(span=span, label=label, name=name, role=role)


def _place_context(text: str, start: int, end: int) -> bool:
    """Whether the words around a name say it is a place."""
    return bool(
        _PLACE_BEFORE.search(text, max(0, start - 40), start) or _PLACE_AFTER.match(text, end)
    )


def _defines_acronym(text: str, end: int) -> bool:
    return bool(_ACRONYM_AFTER.match(text, end))


def _personal_shape(words: list[str]) -> bool:
    """Two to four capitalised words with no organisation word and no possessive: the shape of
    a person's name ("Dario Kestrel (CRA)" gives an affiliation, not an acronym)."""
    return 2 <= len(words) <= 4 and not any(
        w.casefold() in _ORG_WORDS
        or w.casefold() in _CONNECTORS
        or w.isupper()
        or re.search(r"['’]s$", w)
        for w in words
    )


def _tagged_proper(doc: Doc, start: int, end: int, *, absent: bool = True) -> bool:
    """Whether the tagger calls the words a proper noun (``absent`` when there is no tagger)."""
    if not doc.has_annotation("TAG") and not doc.has_annotation("POS"):
        return absent
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(token.pos_ == "PROPN" for token in span)


def _outlet_run(article: Article, run: list[_Word]) -> bool:
    """Whether "The" before the run belongs to the outlet's name ("The National")."""
    outlet = article.outlet or ""
    if not outlet.casefold().startswith("the "):
        return False
    before = article.text[max(0, run[0].start - 4) : run[0].start]
    written = before + article.text[run[0].start : run[-1].end]
    return before.casefold() == "the " and fold(written) == fold(outlet)


def _label_from_entities(start: int, end: int, entities: list[tuple[int, int, str]]) -> str | None:
    """The model's label covering most of the span: a record label, "" for a non-name label,
    None when the model says nothing."""
    coverage: Counter[str] = Counter()
    for ent_start, ent_end, ent_label in entities:
        overlap = min(end, ent_end) - max(start, ent_start)
        if overlap > 0:
            coverage[_ENTITY_LABELS.get(ent_label, "")] += overlap
    if not coverage:
        return None
    return coverage.most_common(1)[0][0]


def _certain_label(words: list[str], *, titled: bool, model_label: str | None) -> str | None:
    """A label the words make certain, over the model's: a title makes a person; an
    organisation word ending the name or before "of" makes an organisation ("Ministry of
    Interior", "Fox News Digital"); a country name makes a GPE; an acronym is no person."""
    keys = [w.casefold().rstrip(".") for w in words]
    if titled:
        return "PERSON"
    cut = next((i for i, key in enumerate(keys) if key in _PREPOSITIONS), len(keys))
    head = keys[:cut]  # "Special Court" in "Special Court Against Crime and Corruption"
    if head and head[-1] in _ORG_WORDS and head[-1] not in _AMBIGUOUS_ORG_WORDS:
        return "ORG"
    if len(keys) > 1 and keys[-1] in _ORG_WORDS and keys[-1] not in _AMBIGUOUS_ORG_WORDS:
        return "ORG"
    if alias_key(" ".join(words)) in _COUNTRIES:
        return "GPE"
    if alias_key(" ".join(words)) in _WELL_KNOWN_BODIES:
        return "ORG"
    if len(words) == 1 and is_acronym(words[0]) and model_label == "PERSON":
        return "ORG"
    return None


def _guess_label(words: list[str], *, titled: bool) -> str:
    """A label from the words alone, for when the model gives none."""
    keys = [w.casefold().rstrip(".") for w in words]
    if titled:
        return "PERSON"
    if any(k in _ORG_WORDS for k in keys):
        return "ORG"
    name_key = alias_key(" ".join(words))
    if name_key in _COUNTRIES:
        return "GPE"
    if keys[-1] in _PLACE_WORDS:
        return "LOC"
    if len(words) == 1 and is_acronym(words[0]):
        return "ORG"
    if len(words) == 1 and re.search(r"(?:ian|ean|ese|ish)$", keys[0]):
        return "NORP"
    return "OTHER"


def _mention_from_entity(article: Article, start: int, end: int, label: str) -> Mention | None:
    """A mention from a model entity the rules did not find, cleaned like a rule mention."""
    record_label = _ENTITY_LABELS.get(label)
    if record_label is None or not article.is_readable(start):
        return None
    if start > 0 and article.text[start - 1] in "#@":
        return None
    text = article.text[start:end]
    if _URL.search(text):
        return None
    lead = re.match(r"(?:the|of|and|for|in|on|at|by)\s+", text, re.IGNORECASE)
    if lead:
        start += lead.end()
    tail = re.search(r"\s*['’]s?$", article.text[start:end])
    if tail:
        end = start + tail.start()
    words = article.text[start:end].split()
    if not words or not words[0][:1].isupper():
        return None
    keys = [word.casefold().rstrip(".,") for word in words]
    if all(
        key in TITLES or key in ROLE_MODIFIERS or key in HONORIFICS or key == "of" for key in keys
    ):
        return None  # "Prime Minister", "Secretary", "Mr": a role, no name
    while len(keys) > 1 and keys[-1] in _TRAILING_ROLES:
        keys.pop()
        words.pop()
        end = start + len(article.text[start:end].rstrip().rsplit(None, 1)[0])
    name_start, role, _titled = split_title(words)
    if name_start:
        prefix = re.match(rf"(?:\S+\s+){{{name_start}}}", article.text[start:end])
        if prefix:
            start += prefix.end()
    if end <= start or fold(article.text[start:end]) in _NOT_NAMES:
        return None
    span = article.span(start, end)
    return Mention(span=span, label=record_label, name=re.sub(r"\s+", " ", span.text), role=role)
