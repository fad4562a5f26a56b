"""Runs of capitalised words in the text: the candidates for names.

Sentences are cut by punctuation and line breaks (not by the parser); words lose sentence
punctuation, possessives and lowercase hyphenated parts; runs join names by "of" (and by
"and"/"for" inside organisation names) and leave out hashtags, handles, URLs, lines written in
capitals and headlines in title case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from corroborate.read.mention_words import (
    CONNECTORS,
    FUNCTION_WORDS,
    GENERIC_PLURALS,
    HEADLINE_SMALL_WORDS,
    NOT_NAMES,
    ORG_CONNECTORS,
    ORG_WORDS,
    PLACE_WORDS,
    PREPOSITIONS,
)
from corroborate.reconcile.names import TITLES, is_acronym
from corroborate.record import Article

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’')]*\s+(?=[\"“‘(]?[A-Z0-9])|\n+")


_WORD = re.compile(r"[#@]?\w[\w.'’\-&]*")


URL_PATTERN = re.compile(r"\S*(?:https?://|www\.|\.com\b|\.org\b|\.net\b|pic\.twitter)\S*", re.I)
"""A web address or a bare domain in running text."""


_ABBREVIATION = re.compile(
    r"^(?:[A-Za-z]\.){2,}$|^[A-Z]\.$|^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Inc|Ltd|Gen|Sen|Rep|"
    r"Gov|Col|Capt|Lt|Sgt|Prof|Co|Corp|Mt|Ft)\.$"
)


@dataclass(frozen=True)
class Word:
    """One word of a sentence, as the name reader sees it."""

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


def punctuation_sentences(article: Article) -> list[tuple[int, int]]:
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


def _words(article: Article, start: int, end: int) -> list[Word | None]:
    """The sentence's words, with None where a run must break (punctuation, hashtags, URLs)."""
    text = article.text[start:end]
    urls = [(m.start(), m.end()) for m in URL_PATTERN.finditer(text)]
    words: list[Word | None] = []
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
        words.append(Word(start + offset, start + word_end, raw, possessive, first))
        first = False
        if not re.fullmatch(r"(?:['’]s?)?", text[word_end : match.end()]):
            # Something was cut off the end ("-backed", a full stop): break here.
            words.append(None)
    return words


_WORD_PREFIXES = frozenset(
    {"co", "re", "pre", "non", "anti", "post", "pro", "inter", "multi", "counter", "self"}
)
"""Prefixes whose hyphenated word is one word ("Co-operation", "Anti-corruption", "Non-
proliferation"), unlike a name with a lowercase word hyphened on ("MEK-backed")."""


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
    while (
        len(parts) > 1
        and parts[-1][:1].islower()
        and len(parts[-1]) >= 3
        and parts[0].lower() not in _WORD_PREFIXES
    ):
        parts = parts[:-1]
    raw = "-".join(parts).rstrip("-")
    return raw, offset, possessive


def capitalised_runs(article: Article, sentence: tuple[int, int]) -> list[list[Word]]:
    """Runs of capitalised words (and the connectors inside names) in one sentence: the
    name candidates the model may have missed. None in a promo or a headline."""
    if shouting(article, sentence) or _title_case(article, sentence):
        return []  # a promo or a headline: only the model's entities are read there
    words = _words(article, *sentence)
    runs: list[list[Word]] = []
    current: list[Word] = []
    index = 0
    while index < len(words):
        word = words[index]
        if word is not None and not article.is_readable(word.start):
            word = None
        if word is not None and current and word.key in FUNCTION_WORDS and word.capitalised:
            runs.append(current)  # "... the U.S. The group ...": a new name starts here
            current = []
        if word is not None and _is_name_word(word):
            current.append(word)
            if word.possessive and not (
                word.key in GENERIC_PLURALS and _next_is_name_word(words, index)
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
            current.append(word)  # "Harbour 3 camp", "Apollo 11"
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


def shouting(article: Article, sentence: tuple[int, int]) -> bool:
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
    small = [w for w in capitalised if w.casefold() in HEADLINE_SMALL_WORDS]
    return bool(small) and len(capitalised) >= 0.85 * len(words)


def _is_name_word(word: Word) -> bool:
    if not word.capitalised or word.key in NOT_NAMES:
        return False
    return any(c.isalpha() for c in word.text)


def _next_is_name_word(words: list[Word | None], index: int) -> bool:
    following = words[index + 1] if index + 1 < len(words) else None
    return following is not None and _is_name_word(following)


def _joins(current: list[Word], word: Word) -> bool:
    if current[-1].possessive:
        return False
    if word.key in CONNECTORS:
        return True
    keys = [w.key for w in current]
    organisation = next((i for i, key in enumerate(keys) if key in ORG_WORDS), None)
    if word.key not in ORG_CONNECTORS or organisation is None:
        return False
    if word.key in PREPOSITIONS:
        return True  # "Center for Strategic Studies", "Court Against Crime"
    # "and" only inside an organisation's name that goes on after a preposition ("Court
    # Against Crime and Corruption"), never between two names ("Ostland and Austria").
    return current[-1].key not in ORG_WORDS and any(
        key in PREPOSITIONS for key in keys[organisation + 1 :]
    )


def _trim_run(run: list[Word]) -> list[Word]:
    """Drop connectors at the ends and an opening stop word ("The", "But"; not "US")."""
    while run and (
        (run[0].key in CONNECTORS and not (run[0].capitalised and len(run) > 1))
        or (run[0].key in STOP_WORDS and not is_acronym(run[0].text))
    ):
        run = run[1:]  # but "Van Rompuy", "Al Jazeera", "El Salvador" keep their particle
    if (
        len(run) > 2
        and run[0].sentence_start
        and run[1].key in CONNECTORS
        and run[0].key not in ORG_WORDS | PLACE_WORDS | TITLES
    ):
        run = run[2:]  # "Residents of Brelka": a common word opening the sentence
    while run and (run[-1].key in CONNECTORS or run[-1].key in ORG_CONNECTORS):
        run = run[:-1]
    if not any(word.text[:1].isalpha() for word in run):
        return []
    return run
