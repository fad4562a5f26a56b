"""Who said what: source, cue and content of every attribution in one article.

Reads: the article, its Doc and its mentions. Adds: Attribution spans with a resolved Claimer.

Cues come from the lexicon in :mod:`corroborate.read.cues` and need no parse. Around each cue:

* the source is the noun phrase before the cue ("The FMW says"), after it when the cue follows
  a quote or a comma ("..., said the FMW"), the object of "according to", the subject of the
  clause for "saying ...", or the source of the cue it is coordinated with ("denied ... and said");
  with a dependency parse, the cue verb's subject is used when there is one;
* the content is the quote before the cue (a quote may run over several sentences and
  paragraphs), the clause before the comma ("..., Mr Okafor said."), or the clause after the
  cue ("says that ...", "told Fox News Digital that ...", "called the raid ...");
* a quote paragraph with no cue of its own continues the previous direct quote's speaker.

Claimers are resolved by :mod:`corroborate.read.coref`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from corroborate.errors import BinarySourceError, EmptySourceError, SourceError
from corroborate.read.calendar_words import WEEKDAYS
from corroborate.read.coref import Referent, resolve_claimer
from corroborate.read.cues import (
    BASE_FORMS,
    CONTENT_STOPS,
    NOUN_LIKE_FORMS,
    PARTICIPLE_FORMS,
    REPORTING_VERBS,
    ReportingVerb,
)
from corroborate.record import Article, Attribution, AttributionKind, Block, Mention, Span

__all__ = [
    "AttributionReading",
    "attributions_of_file",
    "find_quotes",
    "read_attribution_details",
    "read_attributions",
    "sentence_of",
]

OPENING_QUOTES = "“\"'"
CLOSING_QUOTES = "”\"'"
_ALL_QUOTES = frozenset({"“", "”", '"', "''", "``"})
"""Quote marks as tokens: curly, straight, and the doubled apostrophes some archives use."""
_TWO_APOSTROPHES = re.compile(r"''")

_DETERMINERS = frozenset(
    {
        "the",
        "a",
        "an",
        "this",
        "these",
        "those",
        "its",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
        "some",
        "many",
        "several",
        "two",
        "three",
        "both",
        "most",
        "other",
        "another",
        "one",
        "no",
        "every",
        "each",
        "all",
    }
)
_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "who", "which"})
_SKIP_BEFORE_CUE = frozenset(
    {
        "also",
        "has",
        "have",
        "had",
        "was",
        "were",
        "is",
        "are",
        "did",
        "does",
        "do",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "must",
        "can",
        "not",
        "n't",
        "never",
        "previously",
        "initially",
        "later",
        "then",
        "now",
        "recently",
        "earlier",
        "further",
        "repeatedly",
        "publicly",
        "reportedly",
        "again",
        "once",
        "first",
        "just",
        "already",
        "flatly",
        "strongly",
        "even",
        "still",
        "allegedly",
        "apparently",
        "privately",
        "quickly",
        "been",
    }
)
_STOP = (
    frozenset(
        {
            "and",
            "or",
            "but",
            "that",
            "which",
            "who",
            "whom",
            "whose",
            "when",
            "where",
            "while",
            "after",
            "before",
            "because",
            "if",
            "as",
            "than",
            "since",
            "until",
            "though",
            "although",
            "so",
            "yet",
            "in",
            "on",
            "at",
            "to",
            "for",
            "from",
            "with",
            "by",
            "into",
            "about",
            "over",
            "under",
            "against",
            "during",
            "without",
            "within",
            "between",
            "among",
            "through",
            "upon",
            "also",
            "has",
            "have",
            "had",
            "was",
            "were",
            "is",
            "are",
            "be",
            "been",
            "being",
            "will",
            "would",
            "could",
            "should",
            "may",
            "might",
            "must",
            "can",
            "do",
            "does",
            "did",
            "not",
            "n't",
            "there",
            "here",
            "what",
            "how",
            "why",
            "then",
            "now",
            "even",
            "only",
            "just",
            "him",
            "them",
            "me",
            "us",
            "said",
            "says",
            "told",
            "according",
            "however",
            "meanwhile",
            "instead",
            "both",
            "all",
            "said.",
            "--",
            "-",
            "—",
            "–",
            "it",
            "he",
            "she",
            "they",
            "we",
            "i",
            "you",
            "very",
            "more",
            "most",
            "such",
            "per",
            "via",
            "like",
            "unlike",
            "despite",
            "amid",
            "around",
            "near",
            "last",
            "next",
            "yesterday",
            "today",
            "tonight",
        }
    )
    | WEEKDAYS
)
_TIME_WORDS = (
    frozenset(
        {
            "on",
            "today",
            "yesterday",
            "tonight",
            "last",
            "this",
            "week",
            "month",
            "year",
            "morning",
            "evening",
            "afternoon",
            "night",
            "earlier",
            "later",
            "in",
            "a",
            "an",
            "the",
            "statement",
            "interview",
            "news",
            "conference",
            "briefing",
            "post",
            "twitter",
            "recently",
            "previously",
            "again",
            "also",
            "at",
            "time",
            "of",
            "told",
        }
    )
    | WEEKDAYS
)
_VIA_PREFIX = re.compile(
    r"^(?:an?\s+|the\s+)?(?:(?:joint\s+)?statement|report(?:ing)?|reports|analysis|study|survey|"
    r"poll|letter|complaint|post|tweet|release|press release|video|filing|account)\s+"
    r"(?:by|from|of|in|released by|issued by)\s+",
    re.IGNORECASE,
)
_FIRST_REPORTED = re.compile(
    r"\b(?:first\s+)?(?:reported|published|quoted|carried|cited)\s+(?:by|in)\s+"
    r"((?:the\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*)*)"
)


@dataclass(frozen=True)
class AttributionReading:
    """An attribution as read (kept for callers of :func:`read_attribution_details`)."""

    attribution: Attribution
    """The attribution as it goes into the record; its ``via`` is filled in."""
    via: Span | None = None
    """The same span as ``attribution.via``: the outlet that first carried the words ("first
    reported by Radio Meridian"); the claimer stays the speaker."""


@dataclass
class _Found:
    cue_start: int
    cue_end: int
    verb: ReportingVerb | None
    source: tuple[int, int] | None
    content: tuple[int, int] | None
    content_after: bool
    sentence_start: int
    coordinated: bool = False
    colon: bool = False
    via: tuple[int, int] | None = None


def read_attributions(
    article: Article, doc: Doc, mentions: tuple[Mention, ...]
) -> tuple[Attribution, ...]:
    """Every attribution in the readable blocks of the article."""
    return tuple(
        reading.attribution for reading in read_attribution_details(article, doc, mentions)
    )


def read_attribution_details(
    article: Article, doc: Doc, mentions: Sequence[Mention]
) -> tuple[AttributionReading, ...]:
    """Every attribution, with the outlet each was first carried by when the report says so."""
    text = article.text
    quotes = find_quotes(text)
    found = _find_cues(article, doc, quotes)
    _clip_coordinated(text, found)
    found.sort(
        key=lambda item: (item.content[0] if item.content else item.cue_start, item.cue_start)
    )
    readings: list[AttributionReading] = []
    referents: list[Referent] = []
    previous_claimer: dict[tuple[int, int], Referent] = {}
    for item in sorted(found, key=lambda f: f.cue_start):
        if item.content is None:
            continue
        claimer = None
        if item.source is not None:
            if item.source in previous_claimer:
                referent = previous_claimer[item.source]
            else:
                referent = _resolve(article, item.source, mentions, referents)
                previous_claimer[item.source] = referent
                referents.append(referent)
            claimer = referent.claimer
        kind = _kind(text, item, quotes)
        content = article.span(*item.content)
        cue = article.span(item.cue_start, item.cue_end)
        via = _via(article, item)
        readings.append(
            AttributionReading(
                Attribution(
                    f"{article.id}-a{len(readings) + 1}",
                    article.id,
                    kind,
                    content,
                    cue,
                    claimer,
                    via=via,
                ),
                via=via,
            )
        )
    readings.extend(_continued_quotes(article, doc, quotes, readings, len(readings)))
    readings = [
        r for r in readings if r.attribution.claimer is not None or not _nested(r, readings)
    ]
    readings.sort(key=lambda r: (r.attribution.content.start, r.attribution.content.end))
    return tuple(
        AttributionReading(
            Attribution(
                f"{article.id}-a{n}",
                r.attribution.article_id,
                r.attribution.kind,
                r.attribution.content,
                r.attribution.cue,
                r.attribution.claimer,
                via=r.attribution.via,
            ),
            via=r.attribution.via,
        )
        for n, r in enumerate(readings, start=1)
    )


def attributions_of_file(path: str) -> list[dict[str, object]]:
    """Who said what in a UTF-8 text file, with character offsets into the text as read.

    Each item is ``{"source", "cue", "content", "kind", "claimer", "via"}`` where source, cue,
    content and via are ``{"start", "end", "text"}`` or None, and claimer is the resolved name.
    Raises a :class:`~corroborate.errors.SourceError` when the file is missing, binary or empty.
    """
    from corroborate.ingest.text import article_from_text
    from corroborate.nlp import load_pipeline
    from corroborate.read.mentions import read_mentions

    text = _read_text(path)
    read = article_from_text(text, path)
    shift = len(text) - len(read.text)
    blocks = tuple(Block(b.kind, b.start + shift, b.end + shift) for b in read.blocks)
    article = Article(id=read.id, text=text, source=path, outlet=read.outlet, blocks=blocks)
    doc = load_pipeline()(text)
    mentions = read_mentions(article, doc)
    return [_as_dict(reading) for reading in read_attribution_details(article, doc, mentions)]


def _read_text(path: str) -> str:
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError as error:
        raise SourceError(path, f"cannot read file ({error.strerror or error})") from None
    if b"\x00" in raw[:4096]:
        raise BinarySourceError(path, "binary file, not text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise BinarySourceError(path, f"not valid UTF-8 (byte {error.start})") from None
    if not text.strip():
        raise EmptySourceError(path, "empty file")
    return text


def _as_dict(reading: AttributionReading) -> dict[str, object]:
    attribution = reading.attribution
    claimer = attribution.claimer

    def offsets(span: Span | None) -> dict[str, object] | None:
        return None if span is None else {"start": span.start, "end": span.end, "text": span.text}

    return {
        "source": offsets(claimer.span if claimer else None),
        "cue": offsets(attribution.cue),
        "content": offsets(attribution.content),
        "kind": attribution.kind,
        "claimer": None
        if claimer is None
        else {
            "name": claimer.name,
            "kind": claimer.kind,
            "antecedent": offsets(claimer.antecedent),
        },
        "via": offsets(attribution.via),
    }


# Quotes --------------------------------------------------------------------------------------


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Spans of quoted passages, marks included. A quote left open at the end of a paragraph runs
    on when the next paragraph opens with a quote mark (the convention for long quotes)."""
    text = _straighten_double_apostrophes(text)
    quotes: list[tuple[int, int]] = []
    opened: int | None = None
    index = 0
    length = len(text)
    while index < length:
        char = text[index]
        if char == "\n":
            next_start = index
            while next_start < length and text[next_start] in "\n \t\r":
                next_start += 1
            if opened is not None:
                if next_start < length and text[next_start] in '“"':
                    index = next_start + 1
                    continue
                end = index
                while end > opened and text[end - 1] in " \t\r":
                    end -= 1
                quotes.append((opened, end))
                opened = None
            index = next_start
            continue
        if char == "“":
            if opened is None:
                opened = index
            elif _closing_position(text, index):
                quotes.append((opened, index + 1))
                opened = None
        elif char == "”":
            if opened is not None:
                quotes.append((opened, index + 1))
                opened = None
        elif char == '"':
            if opened is None:
                opened = index
            elif text[opened] == '"' or _closing_position(text, index):
                quotes.append((opened, index + 1))
                opened = None
        index += 1
    if opened is not None:
        end = length
        while end > opened and text[end - 1] in " \t\r\n":
            end -= 1
        quotes.append((opened, end))
    return quotes


def _closing_position(text: str, index: int) -> bool:
    """Whether a quote mark sits where a quotation ends: right after a word or punctuation and
    before a space, a line end or punctuation. Read so, a mismatched mark (“...," or “...,“)
    still closes the quotation it ends."""
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or after in ".,;:!?)—–")


def _straighten_double_apostrophes(text: str) -> str:
    """Read ``''`` as one straight double quote, keeping every offset: an opening pair becomes
    a quote then a space, a closing pair a space then a quote (the span covers both)."""
    if "''" not in text:
        return text
    characters = list(text)
    for match in _TWO_APOSTROPHES.finditer(text):
        start = match.start()
        before = text[start - 1] if start > 0 else " "
        opening = before.isspace() or before in "([—–"
        characters[start : start + 2] = ['"', " "] if opening else [" ", '"']
    return "".join(characters)


def _quote_at(quotes: Sequence[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    for start, end in quotes:
        if start <= offset < end:
            return (start, end)
    return None


# Cues ----------------------------------------------------------------------------------------


def _find_cues(article: Article, doc: Doc, quotes: Sequence[tuple[int, int]]) -> list[_Found]:
    found: list[_Found] = _headline_colons(article, doc) + _name_colon_quotes(article, quotes)
    has_pos = USE_POS_FILTER and (doc.has_annotation("TAG") or doc.has_annotation("POS"))
    for token in doc:
        if not article.is_readable(token.idx):
            continue
        lowered = token.text.lower()
        inside = _quote_at(quotes, token.idx)
        if inside is not None:
            continue
        if lowered == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            item = _according_to(doc, token, quotes)
            if item is not None:
                found.append(item)
            continue
        verb = REPORTING_VERBS.get(lowered)
        if verb is None or (token.text != lowered and not _headline_verb(doc, token)):
            continue
        if lowered in {"saying", "said"}:
            quoted = _quoted_as_saying(doc, token, quotes)
            if quoted is not None:
                found.append(quoted)
                continue
        if (
            has_pos
            and token.text == lowered
            and token.pos_ not in {"VERB", "AUX", ""}
            and token.tag_ not in {"VBD", "VBZ", "VBP", "VBG", "VBN", "VB"}
        ):
            continue
        if not _plausible_cue(doc, token, verb):
            continue
        block = article.block_at(token.idx)
        item = _around_verb(
            doc, token, verb, quotes, found, block_start=block.start if block else 0
        )
        if item is not None:
            found.append(item)
    return found


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


def _name_colon_quotes(article: Article, quotes: Sequence[tuple[int, int]]) -> list[_Found]:
    found = []
    for match in _NAME_COLON_QUOTE.finditer(article.text):
        if match.group(1).lower() in _NOT_SPEAKERS or not article.is_readable(match.start(1)):
            continue
        quote = _quote_at(quotes, match.end())
        if quote is None or quote[0] != match.end():
            continue
        line_start = article.text.rfind("\n", 0, match.start()) + 1
        found.append(
            _Found(
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


def _headline_colons(article: Article, doc: Doc) -> list[_Found]:
    """Lines that open with a name and a colon ("Cruz: Trump Would Put Liberals On Court")."""
    found = []
    for match in _HEADLINE_COLON.finditer(article.text):
        speaker = match.group(1)
        if speaker.lower() in _NOT_SPEAKERS or not article.is_readable(match.start(1)):
            continue
        content_start, content_end = match.start(3), match.end(3)
        while content_end > content_start and article.text[content_end - 1] in " \t\r.":
            content_end -= 1
        if len(article.text[content_start:content_end].split()) < 3:
            continue
        found.append(
            _Found(
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


_ABBREVIATIONS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "sens",
        "rep",
        "reps",
        "gov",
        "govs",
        "lt",
        "gen",
        "col",
        "sgt",
        "st",
        "fr",
        "rev",
        "prof",
        "jr",
        "sr",
        "capt",
        "cmdr",
        "adm",
        "maj",
        "atty",
        "no",
        "u.s",
        "u.n",
        "u.k",
        "inc",
        "corp",
        "co",
        "vs",
        "jan",
        "feb",
        "aug",
        "sept",
        "oct",
        "nov",
        "dec",
    }
)


def _ends_with_abbreviation(doc: Doc, index: int) -> bool:
    """Whether the token at ``index`` ends a title or abbreviation ("Sen.", "Dr", ".")."""
    if index < 0:
        return False
    token = doc[index]
    if token.text == "." and index > 0:
        return doc[index - 1].lower_.rstrip(".") in _ABBREVIATIONS
    return token.text.endswith(".") and token.lower_.rstrip(".") in _ABBREVIATIONS


def sentence_of(token: Token) -> DocSpan:
    """The token's sentence, mended where a splitter cut inside one: after a title ("Sen. |
    Marco Rubio") or anywhere with no full stop, question or exclamation mark (a parser's
    sentence boundaries are less sure than punctuation); never across a line break."""
    doc = token.doc
    bounds = _sentence_bounds(doc)
    start, end = bounds[token.i]
    while (
        start > 0
        and "\n" not in doc[start - 1].whitespace_ + doc[start - 1].text
        and (_ends_with_abbreviation(doc, start - 1) or not _ends_sentence(doc, start - 1))
    ):
        start = bounds[start - 1][0]
    while (
        end < len(doc)
        and "\n" not in doc[end - 1].whitespace_ + doc[end - 1].text
        and (_ends_with_abbreviation(doc, end - 1) or not _ends_sentence(doc, end - 1))
    ):
        end = bounds[end][1]
    return doc[start:end]


def _text_of(doc: Doc) -> str:
    """The Doc's text, built once per Doc (``Doc.text`` joins every token on each access)."""
    cached = doc.user_data.get("corroborate_text")
    if cached is None:
        cached = doc.text
        doc.user_data["corroborate_text"] = cached
    return cached


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """For each token, the (start, end) token indices of its sentence as the pipeline split it;
    computed once per Doc (``token.sent`` scans the document on every call)."""
    cached = doc.user_data.get("corroborate_sentence_bounds")
    if cached is None or len(cached) != len(doc):
        cached = [(0, 0)] * len(doc)
        for start, end in _mended_sentences(doc):
            for index in range(start, end):
                cached[index] = (start, end)
        doc.user_data["corroborate_sentence_bounds"] = cached
    return cached


def _opening_mark(doc: Doc, index: int) -> bool:
    """A quote mark that opens a quotation: after a space (or first) and glued to the next word."""
    token = doc[index]
    return (
        token.text in {"''", "“", '"', "``"}
        and not token.whitespace_
        and (index == 0 or bool(doc[index - 1].whitespace_) or doc[index - 1].is_space)
    )


def _mended_sentences(doc: Doc) -> list[tuple[int, int]]:
    """The pipeline's sentences, with the mark that opens a quotation moved to the sentence it
    opens: splitters leave it at the end of the sentence before ("... said Broch. ''") or alone."""
    sentences = [(sentence.start, sentence.end) for sentence in doc.sents]
    for position in range(len(sentences) - 1):
        start, end = sentences[position]
        if end > start and _opening_mark(doc, end - 1):
            sentences[position] = (start, end - 1)
            sentences[position + 1] = (end - 1, sentences[position + 1][1])
    return [(start, end) for start, end in sentences if start < end]


def _ends_sentence(doc: Doc, index: int) -> bool:
    """Whether the token at ``index`` closes a sentence: a final mark, or a quote after one."""
    text = doc[index].text
    if text in {".", "!", "?", "..."} or (text.endswith(".") and len(text) > 1 and text[-2] != "."):
        return True
    if text in {"”", '"', "''", "’"} and index > 0:
        return doc[index - 1].text in {".", "!", "?"} or doc[index - 1].text.endswith(
            (".", "!", "?")
        )
    return False


_EVIDENCE_NOUNS = frozenset(
    {
        "poll",
        "polls",
        "survey",
        "surveys",
        "study",
        "studies",
        "report",
        "reports",
        "data",
        "analysis",
        "figures",
        "records",
        "research",
        "results",
        "investigation",
        "review",
        "audit",
    }
)


def _headline_verb(doc: Doc, token: Token) -> bool:
    """A title-case cue in a headline ("Clinton Says Russians Hacked DNC")."""
    if (
        token.text != token.text.capitalize()
        or token.i == 0
        or not doc[token.i - 1].text[:1].isupper()
    ):
        return False
    text = _text_of(doc)
    line_start = text.rfind("\n", 0, token.idx) + 1
    line_end = text.find("\n", token.idx)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    words = [w for w in line.split() if w[:1].isalpha() and len(w) > 3]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


PARSED_SUBJECT_MAKES_VERB = True
"""Whether a bare form ("say") with a subject in the parse is a cue whatever word precedes it
("Fields, along with a colleague, say ...")."""

DESCRIBE_WITH_OBJECT = True
"""Whether "described" with a plain object ("described the meeting", "described how ...") is a
cue (PolNeAR annotates it)."""

_DESCRIBED_OBJECTS = frozenset(
    {"the", "his", "her", "their", "its", "how", "what", "a", "an", "this", "that", "our", "my"}
)


_NOUN_FIRST_BASE_FORMS = frozenset({"state"})
"""Bare forms that are mostly nouns or adjectives in news ("Oklahoma state senator"): cues only
before a clause, a determiner or a quotation ("they state that ...")."""


def _has_parsed_subject(token: Token) -> bool:
    return token.doc.has_annotation("DEP") and any(
        child.dep_ == "nsubj" and child.i < token.i for child in token.children
    )


def _plausible_cue(doc: Doc, token: Token, verb: ReportingVerb) -> bool:
    previous = doc[token.i - 1].lower_ if token.i > 0 else ""
    following = [t.lower_ for t in doc[token.i + 1 : token.i + 4]]
    if previous in _DETERMINERS or previous in {"'s", "’s"}:
        return False
    if following[:1] and following[0] in {"to"} and verb.lemma in {"add", "call", "put", "report"}:
        return False
    if (
        token.lower_ in BASE_FORMS
        and token.lower_ != "put"
        and not _subject_or_modal_before(doc[token.i - 1].text if token.i > 0 else "")
        and not (PARSED_SUBJECT_MAKES_VERB and _has_parsed_subject(token))
    ):
        return False
    if token.lower_ in NOUN_LIKE_FORMS and not _name_or_pronoun_before(doc, token):
        return False
    if (
        token.lower_ in _NOUN_FIRST_BASE_FORMS
        and following[:1]
        and following[0] not in _DETERMINERS | {"that", ":", ",", "“", '"', "it", "the"}
    ):
        return False
    if verb.lemma in {"find", "show"} and not (
        following[:1] == ["that"] or previous in _EVIDENCE_NOUNS
    ):
        return False
    if verb.lemma == "continue" and following[:1] and following[0] not in {",", ":", "“", '"'}:
        return False
    if verb.lemma == "point":
        return following[:1] == ["out"]
    if verb.frame == "put_number":
        return following[:2] in (
            ["the", "number"],
            ["the", "toll"],
            ["the", "figure"],
            ["the", "death"],
            ["the", "total"],
        )
    if verb.lemma == "call":
        window = doc[token.i + 1 : token.i + 10]
        return (following[:1] in (["on"], ["for"])) or any(t.text in _ALL_QUOTES for t in window)
    if verb.lemma == "describe":
        window = doc[token.i + 1 : token.i + 8]
        return (
            any(t.lower_ == "as" for t in window)
            or any(t.text in _ALL_QUOTES for t in window)
            or (DESCRIBE_WITH_OBJECT and following[:1] and following[0] in _DESCRIBED_OBJECTS)
        )
    if (
        verb.lemma
        in {
            "criticise",
            "criticize",
            "condemn",
            "praise",
            "continue",
            "respond",
            "reply",
            "ask",
            "report",
            "warn",
            "hold",
        }
        and sentence_of(token).end - token.i <= 2
    ):
        return False
    return not (token.lower_ == "reported" and previous in {"first", "was", "were", "been"})


_MODALS = frozenset(
    {
        "i",
        "we",
        "they",
        "you",
        "will",
        "would",
        "could",
        "can",
        "should",
        "might",
        "may",
        "did",
        "does",
        "do",
        "n't",
        "not",
        "must",
        "also",
        "often",
        "still",
        "never",
        "repeatedly",
    }
)


def _name_or_pronoun_before(doc: Doc, token: Token) -> bool:
    """Whether a noun-like verb form ("states", "shows") follows a name, a pronoun or "also"."""
    index = token.i - 1
    while index >= 0 and doc[index].lower_ in {"also", "now", "still", "has", "have", "had"}:
        index -= 1
    if index < 0:
        return False
    previous = doc[index]
    if previous.lower_ in {
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "who",
        "which",
        "poll",
        "survey",
        "study",
    }:
        return True
    return (
        previous.text[:1].isupper() and previous.lower_ not in _STOP and not previous.is_sent_start
    )


def _subject_or_modal_before(previous: str) -> bool:
    """Whether a bare verb form ("say", "deny") follows a subject or modal that makes it a verb
    ("they say", "did not deny"), not a noun or an infinitive ("the state", "to say")."""
    if previous[:1].isupper() and not previous.isupper() and previous.lower() not in _STOP:
        return True
    previous = previous.lower()
    if previous in _MODALS or previous.isdigit():
        return True
    return (
        previous.endswith("s")
        and previous.isalpha()
        and previous not in {"is", "was", "has", "this", "its", "his", "us"}
    )


def _according_to(doc: Doc, token: Token, quotes: Sequence[tuple[int, int]]) -> _Found | None:
    sentence = sentence_of(token)
    to = doc[token.i + 1]
    source_start = to.i + 1
    source_end = source_start
    while (
        source_end < sentence.end
        and doc[source_end].text not in {",", ";", ".", "—", "–", ":"}
        and doc[source_end].text not in _ALL_QUOTES
    ):
        source_end += 1
    if source_end == source_start:
        return None
    source = _trim(doc, source_start, source_end)
    source = _strip_via(doc, source)
    if source is None:
        return None
    before = _first_content_token(doc, sentence, token.i)
    rest = [t for t in doc[source_end + 1 : sentence.end] if not (t.is_punct or t.is_space)]
    if (
        before is not None
        and len(rest) >= 3
        and (
            token.i - before <= 3
            or doc[_end_before_comma(doc, token.i) - 1].lower_ in {"that", "and", "but"}
        )
    ):
        before = None
    if before is not None:
        content = _chars(doc, before, _end_before_comma(doc, token.i))
    else:
        after = (
            source_end + 1
            if source_end < sentence.end and doc[source_end].text == ","
            else source_end
        )
        content = _content_after(doc, after, sentence, quotes)
    if content is None:
        return None
    content = _snap_to_quotes(_text_of(doc), content, quotes)
    return _Found(
        token.idx, to.idx + len(to.text), None, source, content, before is None, sentence.start_char
    )


_QUOTING_VERBS = frozenset({"quoted", "cited"})
_REPORTED_TO_HAVE = frozenset({"reported", "said", "believed", "understood", "thought", "known"})
_BE_FORMS = frozenset({"is", "was", "are", "were", "been", "be"})


def _quoted_as_saying(doc: Doc, token: Token, quotes: Sequence[tuple[int, int]]) -> _Found | None:
    """Speech reported through someone else: "the Ledger quoted X as saying ...", "X was quoted
    (cited) as saying ...", "X is reported to have said ...". The source is X; for the active
    form the quoting party (an outlet, usually) is the ``via`` found later by :func:`_via`."""
    sentence = sentence_of(token)
    i = token.i
    source: tuple[int, int] | None = None
    cue_first = i
    via: tuple[int, int] | None = None
    if token.lower_ == "saying" and i - 2 >= sentence.start and doc[i - 1].lower_ == "as":
        quoting = next(
            (
                q
                for q in range(i - 2, max(sentence.start - 1, i - 14), -1)
                if doc[q].lower_ in _QUOTING_VERBS
            ),
            None,
        )
        if quoting is None:
            return None
        if (
            quoting == i - 2
            and quoting - 1 >= sentence.start
            and doc[quoting - 1].lower_ in _BE_FORMS
        ):
            left = _skip_back(doc, quoting - 1, sentence.start)
            cue_first = left + 1
            if left < sentence.start or not (_is_np_token(doc[left]) or doc[left].text == ")"):
                return None
            start = _np_start(doc, left, sentence.start)
            if start is None:
                return None
            source = _chars(doc, start, left + 1)
            if i + 2 < sentence.end and doc[i + 1].lower_ == "by":
                end = _np_end(doc, i + 2, sentence.end)
                while end is not None and end > i + 3 and doc[end - 1].text == ".":
                    end -= 1
                if end is not None:
                    via = _chars(doc, i + 2, end)
        elif quoting < i - 2:
            if any(
                t.is_punct and t.text not in {".", "’s", "'s", "-"}
                for t in doc[quoting + 1 : i - 1]
            ):
                return None
            source = _chars(doc, quoting + 1, i - 1)
            cue_first = i - 1
            left = _skip_back(doc, quoting - 1, sentence.start)
            if left >= sentence.start and _is_np_token(doc[left]):
                start = _np_start(doc, left, sentence.start)
                if start is not None:
                    via = _chars(doc, start, left + 1)
        else:
            return None
    elif (
        token.lower_ == "said"
        and i - 3 >= sentence.start
        and doc[i - 1].lower_ == "have"
        and doc[i - 2].lower_ == "to"
        and doc[i - 3].lower_ in _REPORTED_TO_HAVE
        and i - 4 >= sentence.start
        and doc[i - 4].lower_ in _BE_FORMS | {"also", "widely"}
    ):
        left = _skip_back(doc, i - 4, sentence.start)
        cue_first = left + 1
        if left < sentence.start or not (_is_np_token(doc[left]) or doc[left].text == ")"):
            return None
        start = _np_start(doc, left, sentence.start)
        if start is None:
            return None
        source = _chars(doc, start, left + 1)
    else:
        return None
    verb = REPORTING_VERBS["say"]
    content = _content(doc, token, verb, sentence, quotes, source, False, cue_first - 1)
    if content is None:
        return None
    content = _snap_to_quotes(_text_of(doc), content, quotes)
    cue_start = doc[cue_first].idx
    cue_end = token.idx + len(token.text)
    found = _Found(
        cue_start, cue_end, verb, source, content, content[0] >= cue_end, sentence.start_char
    )
    found.via = via
    return found


WIDE_CUES = True
"""Whether a cue takes in the auxiliaries, negation and adverbs before its verb ("did not
deny", "has also said"), a colon or particle after it ("said:", "called for") and the time words
that follow it ("said Tuesday"): PolNeAR's convention, and the words a reader needs."""

TIME_WORDS_AFTER_CUE = True
"""Whether the time words right after a cue are part of it ("said Tuesday")."""

_PARTICLE_VERBS = frozenset({"call", "ask", "warn", "speak", "talk", "write", "complain", "say"})
_CUE_TIME_WORDS = (
    frozenset(
        {
            "today",
            "yesterday",
            "tonight",
            "recently",
            "earlier",
            "later",
            "again",
            "repeatedly",
            "previously",
        }
    )
    | WEEKDAYS
)


def _widen_cue(
    doc: Doc,
    token: Token,
    verb: ReportingVerb,
    left: int,
    source: tuple[int, int] | None,
    source_after: bool,
    content: tuple[int, int],
) -> tuple[int, int]:
    start_index, end_index = token.i, token.i + 1
    words_before = left + 1 < token.i
    if words_before and source is not None and not source_after and source[1] <= doc[left + 1].idx:
        start_index = left + 1
        while start_index < token.i and (doc[start_index].is_punct or doc[start_index].is_space):
            start_index += 1
    limit = len(doc)
    if content[0] > token.idx:
        limit = min(limit, doc.char_span(content[0], content[1], alignment_mode="expand").start)
    if source_after and source is not None and source[0] > token.idx:
        limit = min(limit, doc.char_span(source[0], source[1], alignment_mode="expand").start)
    if (end_index < limit and doc[end_index].text == ":") or (
        end_index < limit
        and doc[end_index].lower_ in {"for", "on", "of", "about"}
        and verb.lemma in _PARTICLE_VERBS
        and not (
            end_index + 1 < len(doc)
            and doc[end_index + 1].lower_ in _DETERMINERS | _CUE_TIME_WORDS
            and TIME_WORDS_AFTER_CUE
        )
    ):
        end_index += 1
    if end_index < limit and verb.lemma == "point" and doc[end_index].lower_ == "out":
        end_index += 1
    while TIME_WORDS_AFTER_CUE and end_index < limit and doc[end_index].lower_ in _CUE_TIME_WORDS:
        end_index += 1
    start = doc[start_index].idx
    end = doc[end_index - 1].idx + len(doc[end_index - 1].text)
    return start, end


def _first_content_token(doc: Doc, sentence: DocSpan, cue_index: int) -> int | None:
    """Start of the clause that an "according to" or a final cue reports, if it comes before."""
    start = sentence.start
    while start < cue_index and (
        doc[start].text in {"But", "And", "So", "Yet", "Still"} or doc[start].is_space
    ):
        start += 1
    if start >= cue_index - 1:
        return None
    return start


def _end_before_comma(doc: Doc, index: int) -> int:
    end = index
    while end > 0 and (doc[end - 1].text in {",", "—", "–", "(", ";"} or doc[end - 1].is_space):
        end -= 1
    return end


def _around_verb(
    doc: Doc,
    token: Token,
    verb: ReportingVerb,
    quotes: Sequence[tuple[int, int]],
    found: Sequence[_Found],
    *,
    block_start: int = 0,
) -> _Found | None:
    sentence = sentence_of(token)
    cue_start, cue_end = token.idx, token.idx + len(token.text)
    participle = token.lower_ in PARTICIPLE_FORMS
    left = _skip_back(doc, token.i - 1, sentence.start)
    passive = any(
        doc[i].lower_ in {"was", "were", "is", "are", "been", "be"}
        for i in range(left + 1, token.i)
    )
    source: tuple[int, int] | None = None
    coordinated = False
    source_after = False
    parsed_subject = None
    if doc.has_annotation("DEP") and not participle:
        parsed_subject = _dependency_subject(doc, token)
        if PREFER_PARSE:
            source = parsed_subject
    if source is None and passive:
        if verb.lemma not in {
            "accuse",
            "allege",
            "say",
            "report",
            "claim",
            "describe",
            "believe",
            "think",
        }:
            return None
    elif source is None and participle:
        if (
            left >= sentence.start
            and doc[left].text not in {",", "—", "–", "”", '"', "''"}
            and doc[left].lower_ not in {"and"}
        ):
            return None
        source = _participle_subject(doc, sentence, token, found)
        if source is None:
            return None
    elif source is None and left >= sentence.start and doc[left].lower_ in {"and", "but", "or"}:
        earlier = [
            f for f in found if f.sentence_start == sentence.start_char and f.source is not None
        ]
        if earlier:
            source = earlier[-1].source
            coordinated = True
        else:
            source = _participle_subject(doc, sentence, token, found)
    elif (
        source is None
        and left >= sentence.start
        and doc[left].text in {",", "—", "–"}
        and _apposition_np(doc, left, sentence.start)
    ):
        source = _apposition_np(doc, left, sentence.start)
    elif (
        source is None
        and left >= sentence.start
        and (_is_np_token(doc[left]) or doc[left].text == ")")
    ):
        start = _np_start(doc, left, sentence.start)
        if start is not None:
            source = _chars(doc, start, left + 1)
            if doc[start].lower_ in {"who", "which", "that"} and doc[start].lower_ == "that":
                return None
    if source is None and not passive:
        after_index = token.i + 1
        if (
            left < sentence.start
            or doc[left].text in {",", "”", '"', "''", ":", "—", "–"}
            or (doc[left].text == "“" and _closing_position(_text_of(doc), doc[left].idx))
            or doc[left].lower_ in {"also"}
        ):
            end = _np_end(doc, after_index, sentence.end)
            if end is not None and _ends_inverted_source(doc, end, sentence.end):
                end = _apposition_end(doc, end, sentence.end) if APPOSITION_IN_SOURCE else end
                source = _chars(doc, after_index, end)
                source_after = True
    if parsed_subject is not None and (
        source is None
        or (
            not source_after
            and source[1] == parsed_subject[1]
            and parsed_subject[0] < source[0]
            and _relative_clause_inside(doc, parsed_subject, source[0])
        )
    ):
        source = parsed_subject
    if source is not None and not source_after:
        source = _with_modified_head(_text_of(doc), max(sentence.start_char, block_start), source)
        source = _without_dateline(_text_of(doc), source)
    if source is None and not passive:
        return None
    content = _content(doc, token, verb, sentence, quotes, source, source_after, left)
    if content is None:
        return None
    content = _snap_to_quotes(_text_of(doc), content, quotes)
    if WIDE_CUES:
        cue_start, cue_end = _widen_cue(doc, token, verb, left, source, source_after, content)
    after = content[0] >= cue_end
    return _Found(
        cue_start, cue_end, verb, source, content, after, sentence.start_char, coordinated
    )


_MODIFIED_HEAD = re.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\n))\s*((?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Ss]everal|[Ss]ome)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:linked|close|allied|affiliated|tied|loyal|connected|aligned|"
    r"sympathetic|backed|funded)\s+(?:to|with|by)\s+(?:[^\s,;:.]+\s+){0,6})$"
)
"""A subject whose head comes before a modifier that ends in the phrase found from the words:
"A coalition linked to the striking workers | the Federation of Mill Workers has described"."""


def _with_modified_head(text: str, sentence_start: int, source: tuple[int, int]) -> tuple[int, int]:
    """The whole subject when the noun phrase before the cue only ends it ("A coalition linked
    to ... the Federation"): the head noun, not the object of the modifier, is the source."""
    match = _MODIFIED_HEAD.search(text[sentence_start : source[0]])
    if match is None:
        return source
    return (sentence_start + match.start(1), source[1])


_DATELINE = re.compile(r"^[A-Z][A-Z .,’'-]+(?:\([A-Za-z .]+\))?\s*[-—–]+\s+(?=\S)")


def _without_dateline(text: str, source: tuple[int, int]) -> tuple[int, int]:
    """A source without the dateline it was read together with ("LONDON (Wire) - Ada Okonjo")."""
    match = _DATELINE.match(text[source[0] : source[1]])
    if match is None or source[0] + match.end() >= source[1]:
        return source
    return (source[0] + match.end(), source[1])


APPOSITION_IN_SOURCE = True
"""Whether an apposition that ends the sentence after an inverted source is part of it ("...,"
said Ada Okonjo, a member of the board.): PolNeAR's convention."""


def _apposition_end(doc: Doc, end: int, limit: int) -> int:
    """Where the source "Ada Okonjo, a member of the board" ends, given where "Ada Okonjo" ends:
    the apposition runs to the end of the sentence, with no quotation and no cue in it."""
    if end >= limit or doc[end].text != "," or end + 1 >= limit:
        return end
    last = limit
    while last > end + 1 and (doc[last - 1].is_punct or doc[last - 1].is_space):
        if doc[last - 1].text in _ALL_QUOTES:
            return end
        last -= 1
    words = doc[end + 1 : last]
    if len(words) < 2 or len(words) > 40 or "\n" in words.text:
        return end
    if any(t.text in _ALL_QUOTES or t.lower_ in REPORTING_VERBS for t in words):
        return end
    if words[0].like_num and len(words) == 1:
        return end
    return last


def _skip_back(doc: Doc, index: int, limit: int) -> int:
    """Step back over auxiliaries, adverbs and "on Tuesday" between a subject and its verb."""
    while index >= limit:
        lowered = doc[index].lower_
        if lowered in _SKIP_BEFORE_CUE:
            index -= 1
        elif lowered in WEEKDAYS and index - 1 >= limit and doc[index - 1].lower_ == "on":
            index -= 2
        elif lowered in {"yesterday", "today"}:
            index -= 1
        else:
            break
    return index


USE_POS_FILTER = False
"""Whether a cue must be tagged as a verb when there is a tagger."""

PREFER_PARSE = False
"""Whether the parse's subject wins over the noun phrase found from the words (measured on
PolNeAR train: the words win with the shipped parser)."""

_PASSIVE_DEPS = frozenset({"nsubj:pass", "nsubjpass", "aux:pass", "auxpass"})
_LEADING_JUNK = frozenset({"cc", "mark", "case", "punct", "advmod", "cc:preconj"})


def _relative_clause_inside(doc: Doc, span: tuple[int, int], inner_start: int) -> bool:
    """Whether a subject from the parse holds a relative clause or a modifier before the noun
    phrase found from the words ("The officials who ran the count", "A coalition linked to ...
    the Federation of Mill Workers"): the words alone would cut it to its last noun."""
    return bool(_RELATIVE_OR_MODIFIER.search(_text_of(doc)[span[0] : inner_start]))


_RELATIVE_OR_MODIFIER = re.compile(
    r"\b(?:who|which|that|whose|linked|based|close|allied|affiliated|loyal|representing)\b"
)


def _dependency_subject(doc: Doc, token: Token) -> tuple[int, int] | None:
    """The cue verb's subject, from the parse: the nearest ``nsubj`` before the verb, without
    leading conjunctions or trailing "on Tuesday"; None when the parse gives none or a doubtful one."""
    if any(child.dep_ in _PASSIVE_DEPS for child in token.children):
        return None
    subjects = [c for c in token.children if c.dep_ == "nsubj" and c.i < token.i]
    if not subjects:
        return None
    subtree = list(subjects[-1].subtree)
    start, end = subtree[0].i, subtree[-1].i + 1
    while start < end - 1 and (
        (start > 0 and not doc[start - 1].whitespace_ and doc[start - 1].text not in "(“\"'‘[")
        or doc[start].dep_ in _LEADING_JUNK
        or doc[start].is_space
        or doc[start].lower_ in {"which", "that"}
    ):
        start += 1
    while (
        end > start + 1
        and (doc[end - 1].is_punct or doc[end - 1].is_space)
        and doc[end - 1].text != ")"
    ):
        end -= 1
    while end - start > 2 and (
        doc[end - 1].lower_ in WEEKDAYS | {"yesterday", "today", "week", "month", "year"}
        and doc[end - 2].lower_ in {"on", "last", "this"} | WEEKDAYS
    ):
        end -= 2
    while end - start > 1 and doc[end - 1].lower_ in WEEKDAYS:
        end -= 1
    if doc[end - 1].text == ")" and "(" not in doc[start:end].text[:-1]:
        end -= 1
    if end - start > 20 or "\n" in doc[start:end].text:
        return None
    return _chars(doc, start, end)


def _participle_subject(
    doc: Doc, sentence: DocSpan, token: Token, found: Sequence[_Found]
) -> tuple[int, int] | None:
    earlier = [f for f in found if f.sentence_start == sentence.start_char and f.source is not None]
    if earlier:
        return earlier[-1].source
    start = sentence.start
    # Skip an introductory phrase ("On Wednesday, ...").
    for index in range(sentence.start, min(token.i, sentence.start + 6)):
        if doc[index].text == ",":
            start = index + 1
            break
    end = _np_end(doc, start, token.i, allow_and=True)
    if end is None:
        return None
    return _chars(doc, start, end)


def _is_np_token(token: Token) -> bool:
    lowered = token.lower_
    if token.text in {")", "’s", "'s"}:
        return False
    if lowered in _SUBJECT_PRONOUNS:
        return True
    if (
        token.text[:1].isupper()
        and (token.text.isupper() or lowered not in _STOP)
        and not token.is_punct
    ):
        return True
    if token.is_punct or token.like_num or token.is_space:
        return False
    if lowered in {"reporting", "reports", "statement", "claims"}:
        return True
    if token.pos_ in {"VERB", "AUX"} and token.text.islower():
        return False
    return not (lowered in _STOP or lowered.endswith("ly") or lowered in REPORTING_VERBS)


_APPOSITION_OPENERS = frozenset(
    {"a", "an", "the", "who", "which", "whose", "itself", "himself", "herself", "one"}
)


def _apposition_np(doc: Doc, comma: int, limit: int) -> tuple[int, int] | None:
    """The noun phrase before an apposition: "the FMW, a union that ..., criticised"."""
    opening = comma - 1
    while opening >= limit and doc[opening].text != doc[comma].text:
        opening -= 1
    if (
        opening <= limit
        or comma - opening < 2
        or not (
            doc[opening + 1].lower_ in _APPOSITION_OPENERS
            or doc[opening + 1].like_num
            or (
                (doc[opening - 1].text[:1].isupper() or doc[opening - 1].text == ")")
                and _is_np_token(doc[opening + 1])
            )
            or all(t.text[:1].isupper() for t in doc[opening + 1 : comma])
        )
    ):
        return None
    last = opening - 1
    if not (_is_np_token(doc[last]) or doc[last].text == ")"):
        return None
    start = _np_start(doc, last, limit)
    if start is None:
        return None
    if comma - opening == 2 and doc[opening + 1].like_num:
        return _chars(doc, start, opening)  # an age: "Ramos, 58, told"
    return _chars(doc, start, comma)


_QUANTIFIERS = frozenset({"about", "nearly", "almost", "roughly", "some", "only", "around"})

NP_WINDOW = 16
"""How many tokens back a noun phrase before a cue may reach ("Okafor's rival Sen. Ada Okonjo
(R-Vel.)" counts its bracket's tokens)."""

_NP_PREPOSITIONS = frozenset({"of", "for", "at", "with", "from", "in", "on"})


def _np_start(doc: Doc, last: int, limit: int) -> int | None:
    if doc[last].lower_ in _SUBJECT_PRONOUNS:
        return last
    start = last
    index = last - 1
    if doc[last].text == ")":
        opening = last
        while opening >= limit and doc[opening].text != "(":
            opening -= 1
        if opening <= limit:
            return None
        start, index = opening, opening - 1
    while index >= limit and last - index < NP_WINDOW:
        token = doc[index]
        lowered = token.lower_
        if lowered in _DETERMINERS:
            start = index
            index -= 1
            if (
                index - 1 >= limit
                and doc[index].lower_ in _NP_PREPOSITIONS
                and _is_np_token(doc[index - 1])
                and doc[index - 1].lower_ not in _SUBJECT_PRONOUNS
                and not doc[index - 1].lower_.endswith("ed")
            ):
                index -= 1
                continue
            break
        if token.like_num or (lowered == "in" and doc[index - 1].like_num):
            start = index
            index -= 1
            continue
        if token.is_space and "\n" not in token.text:
            index -= 1
            continue
        if (
            token.text in {"’s", "'s", "’", "'"}
            and index - 1 >= limit
            and (
                doc[index - 1].text[:1].isupper()
                or (
                    _is_np_token(doc[index - 1])
                    and doc[index - 1].lower_ not in _SUBJECT_PRONOUNS
                    and (token.text in {"’s", "'s"} or doc[index - 1].lower_.endswith("s"))
                )
            )
        ):
            index -= 1
            continue
        if (
            lowered in {"of", "and"}
            and doc[index + 1].text[:1].isupper()
            and index - 1 >= limit
            and doc[index - 1].text[:1].isupper()
        ):
            index -= 1
            continue
        if token.text == ")":
            opening = index
            while opening >= limit and doc[opening].text != "(":
                opening -= 1
            if opening < limit:
                break
            index = opening - 1
            start = opening
            continue
        if token.text == "." and not (
            index - 1 >= limit
            and (len(doc[index - 1].text) == 1 or doc[index - 1].lower_ in _ABBREVIATIONS)
        ):
            break
        if token.text in {"-", "&", ".", "/"} or (
            _is_np_token(token) and lowered not in _SUBJECT_PRONOUNS
        ):
            start = index
            index -= 1
            continue
        break
    speaker = _speaker_for_start(doc, start, limit)
    if speaker is not None:
        start = speaker
    elif (
        start - 2 >= limit
        and doc[start - 2].lower_ == "at"
        and doc[start - 1].lower_ in {"least", "most"}
    ):
        start -= 2
    elif start - 1 >= limit and doc[start - 1].lower_ in _QUANTIFIERS and doc[start].like_num:
        start -= 1
    while start <= last and (
        doc[start].text in {"(", ")", "-", "&", "’s", "'s"} or doc[start].lower_ == "of"
    ):
        start += 1
    if start > last:
        return None
    return start


SPEAKER_NOUNS = frozenset(
    {
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "spokesmen",
        "spokeswomen",
        "spokespeople",
        "representative",
        "representatives",
        "lawyer",
        "lawyers",
        "attorney",
        "attorneys",
        "official",
        "officials",
        "aide",
        "aides",
    }
)
"""Nouns of people who speak for another ("a spokesman for the ministry"): the phrase is the
source, the party spoken for is the claimer (:mod:`corroborate.read.coref`)."""


def _speaker_for_start(doc: Doc, start: int, limit: int) -> int | None:
    """Where "a spokeswoman for Mayor Broch" starts, given where "Mayor Broch" starts."""
    link = start - 1
    while (
        link - 1 > limit
        and start - link < 8
        and doc[link].lower_ not in {"for", "of"}
        and (doc[link].text[:1].isupper() or doc[link].lower_ in {"in", "at", "the", "’s", "'s"})
    ):
        link -= 1
    if link - 1 < limit or doc[link].lower_ not in {"for", "of"}:
        return None
    noun = link - 1
    if doc[noun].lower_ not in SPEAKER_NOUNS:
        return None
    first = noun
    while (
        first - 1 >= limit
        and first > noun - 3
        and (
            doc[first - 1].lower_ in _DETERMINERS
            or (
                doc[first - 1].is_alpha
                and doc[first - 1].lower_ not in _STOP
                and doc[first - 1].text.islower()
            )
        )
    ):
        first -= 1
        if doc[first].lower_ in _DETERMINERS:
            break
    return first


def _np_end(doc: Doc, first: int, limit: int, *, allow_and: bool = False) -> int | None:
    if first >= limit:
        return None
    if doc[first].lower_ in _SUBJECT_PRONOUNS - {"who", "which"}:
        return first + 1
    end = first
    index = first
    while index < limit and index - first < 12:
        token = doc[index]
        lowered = token.lower_
        if token.is_space and "\n" not in token.text and end > first:
            index += 1
            continue
        if lowered in _DETERMINERS and index == first:
            index += 1
            continue
        if (
            lowered == "of"
            and index + 1 < limit
            and doc[index + 1].text[:1].isupper()
            and end > first
        ):
            index += 1
            continue
        if lowered == "and" and allow_and and index + 1 < limit and end > first:
            index += 1
            continue
        if token.text == "." and end > first and index + 1 >= limit:
            break  # the sentence's full stop ("... said Mr. Okonjo."), not an initial's
        if token.text in {"’s", "'s", "-", "&", "."} and end > first:
            index += 1
            end = index
            continue
        if token.text == "(" and end > first:
            closing = index
            while closing < limit and doc[closing].text != ")":
                closing += 1
            if closing >= limit:
                break
            index = closing + 1
            end = index
            continue
        if lowered in _DETERMINERS and index > first:
            break
        if token.text.islower() and (lowered.endswith("ed") or lowered.endswith("ing")):
            break
        if (
            _is_np_token(token)
            and lowered not in _SUBJECT_PRONOUNS
            and lowered not in _TIME_WORDS - {"news", "post"}
        ):
            index += 1
            end = index
            continue
        break
    if end == first:
        return None
    return end


def _content(
    doc: Doc,
    token: Token,
    verb: ReportingVerb,
    sentence: DocSpan,
    quotes: Sequence[tuple[int, int]],
    source: tuple[int, int] | None,
    source_after: bool,
    left: int,
) -> tuple[int, int] | None:
    text = _text_of(doc)
    cue_region_start = token.idx
    if source is not None and not source_after:
        cue_region_start = min(cue_region_start, source[0])
    region_end_index = token.i + 1
    if source_after and source is not None:
        while region_end_index < len(doc) and doc[region_end_index].idx < source[1]:
            region_end_index += 1
    # A quote or clause right before "..., X said" / "“...,” said X".
    before = cue_region_start
    while before > 0 and text[before - 1] in " \t,—–":
        before -= 1
    quote = None
    for start, end in quotes:
        if (
            (
                end == before
                or (end == before + 1 and text[before] in CLOSING_QUOTES)
                or (end - 1 <= before <= end and text[end - 1] in CLOSING_QUOTES)
            )
            and end >= before - 2
            and end <= cue_region_start
        ):
            quote = (start, end)
    if quote is None and before < cue_region_start and text[before - 1 : before] in CLOSING_QUOTES:
        quote = _quote_ending_at(quotes, before)
    after_start = _skip_after_cue(doc, region_end_index, verb, sentence)
    after_content = None
    if (after_start is not None and verb.lemma not in {"tell"}) or (
        after_start is not None and verb.frame == "object"
    ):
        after_content = (
            _content_after(doc, after_start, sentence, quotes) if after_start is not None else None
        )
    if quote is not None and (after_content is None or not _starts_quote(text, after_content)):
        start, end = quote
        if start > sentence.start_char and sentence.start_char < start:
            clause_start = _clause_start(doc, sentence, start)
            return (clause_start, end)
        return quote
    if (
        text[cue_region_start - 1 : cue_region_start].strip() == ""
        and before < cue_region_start
        and text[before] == ","
        and source is not None
        and (after_content is None or _only_adjuncts(doc, region_end_index, sentence))
    ):
        # "..., Mr Okafor said." with nothing reported after.
        start = _clause_start(doc, sentence, before)
        if start < before:
            return (start, before)
    if after_content is not None:
        return after_content
    return None


def _snap_to_quotes(
    text: str, content: tuple[int, int], quotes: Sequence[tuple[int, int]]
) -> tuple[int, int]:
    """Never cut a quotation: a content that ends inside a quotation it opened runs to the
    closing mark (sentence splitters often cut between a full stop and its quote mark)."""
    start, end = content
    for quote_start, quote_end in quotes:
        if start <= quote_start < end < quote_end and quote_end - end < 600:
            end = quote_end
        elif quote_start < start < quote_end and not text[quote_start:start].strip("“\"' "):
            start = quote_start
    return (start, end)


def _quote_ending_at(quotes: Sequence[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    for start, end in quotes:
        if end == offset:
            return (start, end)
    return None


def _starts_quote(text: str, content: tuple[int, int]) -> bool:
    return text[content[0] : content[0] + 1] in OPENING_QUOTES


def _clause_start(doc: Doc, sentence: DocSpan, before: int) -> int:
    start = sentence.start_char
    text = _text_of(doc)
    while start < before and text[start] in " \t\n":
        start += 1
    for word in ("But ", "And ", "So "):
        if STRIP_OPENING_CONJUNCTION and text.startswith(word, start):
            start += len(word)
    return start


STRIP_OPENING_CONJUNCTION = False
"""Whether a content before its cue loses an opening "But", "And" or "So" (PolNeAR keeps it)."""


def _only_adjuncts(doc: Doc, index: int, sentence: DocSpan) -> bool:
    for token in doc[index : sentence.end]:
        if token.is_punct or token.is_space:
            continue
        if (
            token.lower_ in _TIME_WORDS
            or token.text[:1].isupper()
            or token.lower_ in {"by", "first", "reported", "statement", "interview"}
        ):
            continue
        return False
    return True


def _skip_after_cue(doc: Doc, index: int, verb: ReportingVerb, sentence: DocSpan) -> int | None:
    end = sentence.end
    if index >= end:
        return None
    if verb.lemma == "point" and doc[index].lower_ == "out":
        index += 1
    if verb.lemma == "tell" or (verb.frame == "object" and verb.lemma in {"urge"}):
        object_end = _np_end(doc, index, end)
        if object_end is None and doc[index].lower_ in {
            "him",
            "her",
            "them",
            "me",
            "us",
            "reporters",
        }:
            object_end = index + 1
        if object_end is not None:
            index = object_end
        while (
            index < end
            and (doc[index].lower_ in _TIME_WORDS or doc[index].text[:1].isupper())
            and doc[index].text not in _ALL_QUOTES
        ):
            index += 1
    while (
        index < end
        and doc[index].lower_
        in {
            "on",
            "in",
            "last",
            "this",
            "tuesday",
            "monday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "today",
            "yesterday",
            "earlier",
            "also",
        }
        and verb.frame != "object"
    ):
        index += 1
    while index < end and doc[index].text in {":", ",", "—", "–"}:
        index += 1
    if index >= end:
        return None
    return index


_AFTER_INVERTED_SOURCE = frozenset(
    {
        "who",
        "which",
        "whose",
        "in",
        "on",
        "at",
        "during",
        "after",
        "last",
        "to",
        "earlier",
        "this",
        "when",
        "while",
        "as",
        "before",
        "of",
        "from",
    }
)


def _ends_inverted_source(doc: Doc, end: int, limit: int) -> bool:
    """Whether a noun phrase after a cue is its source ("..., said the FMW, which ...") and not
    the subject of what is reported ("..., said she hopes ...")."""
    if end >= limit:
        return True
    following = doc[end]
    if following.text in {"“", "''", "``", '"'}:
        return False
    return following.is_punct or following.is_space or following.lower_ in _AFTER_INVERTED_SOURCE


def _skip_to_that(doc: Doc, index: int, sentence: DocSpan) -> int:
    """Skip "in an interview with X on Twitter Thursday" or "to his followers," to the "that" or
    the quotation that opens the report."""
    for ahead in range(index, min(sentence.end, index + 16)):
        token = doc[ahead]
        if token.lower_ == "that":
            return ahead if ahead > index and ahead + 1 < sentence.end else index
        if token.text in {"“", "''", "``"} or (token.text == '"' and ahead > index):
            return ahead if ahead > index and doc[ahead - 1].text in {",", ":"} else index
        if (
            token.text in {",", ":"}
            and ahead + 1 < sentence.end
            and doc[ahead + 1].text in _ALL_QUOTES
        ):
            continue
        if token.is_punct and token.text not in {"’s", "'s", "-", "."}:
            return index
        lowered = token.lower_
        if token.text.islower() and (
            lowered in REPORTING_VERBS
            or lowered in _VERB_LIKE
            or lowered.endswith("ed")
            or lowered in {"it", "he", "she", "they", "we", "i", "you", "there"}
        ):
            return index
    return index


_VERB_LIKE = frozenset(
    {
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "do",
        "does",
        "did",
        "not",
        "n't",
        "no",
        "so",
        "if",
        "because",
        "when",
        "who",
        "which",
        "what",
        "whether",
        "how",
        "why",
        "and",
        "or",
        "but",
    }
)


def _content_after(
    doc: Doc, index: int, sentence: DocSpan, quotes: Sequence[tuple[int, int]]
) -> tuple[int, int] | None:
    text = _text_of(doc)
    while index < sentence.end and doc[index].text in {":", ",", "—", "–"}:
        index += 1
    if index >= len(doc) or index >= sentence.end:
        return None
    index = _skip_to_that(doc, index, sentence)
    start = doc[index].idx
    quote = _quote_at(quotes, start)
    if quote is not None and quote[0] == start and quote[1] >= sentence.end_char - 2:
        return quote
    end = sentence.end_char
    while end > start and text[end - 1] in " \t\n\r":
        end -= 1
    clause = text[start:end]
    cut = len(clause)
    positions = [clause.find(stop) for stop in CONTENT_STOPS]
    positions += [match.start() for match in _CONTENT_STOP_PATTERN.finditer(clause)]
    positions += [
        match.start() + 1
        for match in _SENTENCE_END_INSIDE.finditer(clause)
        if not _abbreviation_before(clause, match.start())
    ]
    for position in positions:
        if (
            position > 0
            and len(clause[:position].split()) > 1
            and not _inside(quotes, start + position)
        ):
            cut = min(cut, position)
    end = start + cut
    if quote is not None and quote[0] == start and quote[1] > end:
        end = quote[1]
    while end > start and text[end - 1] in ".,;: \t\n—–":
        end -= 1
    if end <= start or len(text[start:end].split()) < 1:
        return None
    return (start, end)


_CONTENT_STOP_PATTERN = re.compile(r",\s+(?:" + "|".join(sorted(PARTICIPLE_FORMS)) + r")\b")
"""A reported clause also ends where the speaker goes on with a participle (", telling
reporters ...", ", calling it ...")."""


_SENTENCE_END_INSIDE = re.compile(r"[.!?](?=\s+(?:''|[“\"‘]|[A-Z]))")
"""A full stop that a sentence splitter missed ("... in the future. “Some three million ...")."""


def _abbreviation_before(clause: str, position: int) -> bool:
    """Whether the full stop at ``position`` ends an abbreviation or an initial ("Mr.", "J.")."""
    word = re.findall(r"[\w.]+$", clause[:position])
    if not word:
        return False
    last = word[0].lower().rstrip(".")
    return len(last.split(".")[-1]) <= 1 or last in _ABBREVIATIONS or "." in last


def _inside(quotes: Sequence[tuple[int, int]], offset: int) -> bool:
    return _quote_at(quotes, offset) is not None and _quote_at(quotes, offset)[0] != offset  # type: ignore[index]


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while (
        end > start
        and (doc[end - 1].is_punct or doc[end - 1].is_space)
        and doc[end - 1].text != ")"
    ):
        end -= 1
    if start >= end:
        return None
    return _chars(doc, start, end)


def _strip_via(doc: Doc, span: tuple[int, int] | None) -> tuple[int, int] | None:
    if span is None:
        return None
    words = _text_of(doc)[span[0] : span[1]]
    match = _VIA_PREFIX.match(words)
    if match and match.end() < len(words):
        return (span[0] + match.end(), span[1])
    return span


def _chars(doc: Doc, start: int, end: int) -> tuple[int, int]:
    return (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))


def _clip_coordinated(text: str, found: list[_Found]) -> None:
    """End a reported clause where a coordinated cue begins ("denied X and said Y")."""
    for item in found:
        if not item.content_after or item.content is None:
            continue
        for other in found:
            if (
                other is item
                or other.sentence_start != item.sentence_start
                or not other.coordinated
            ):
                continue
            if item.content[0] < other.cue_start < item.content[1]:
                item.content = (
                    item.content[0],
                    _rstrip_words(text, item.content[0], other.cue_start),
                )


_TRAILING_LINKS = re.compile(
    r"(?:[\s,]+(?:and|but|or|has|have|had|also|was|were|is|are|then))*[\s,]*$"
)


def _rstrip_words(text: str, start: int, end: int) -> int:
    """Drop the conjunction and auxiliaries left at the end of a clipped clause."""
    match = _TRAILING_LINKS.search(text, start, end)
    return match.start() if match and match.start() > start else end


def _kind(text: str, item: _Found, quotes: Sequence[tuple[int, int]]) -> AttributionKind:
    if item.verb is None and not item.colon:
        return "according_to"
    negated = any(
        word in {"not", "n't", "never"} for word in text[item.cue_start : item.cue_end].split()
    )
    if item.verb is not None and item.verb.kind == "deny" and not negated:
        return "denial"
    if item.verb is not None and item.verb.kind == "dispute":
        return "dispute"
    assert item.content is not None
    start, end = item.content
    if (start, end) in quotes:
        return "direct"
    if any(mark in text[start:end] for mark in ("“", "”", '"', "''")):
        return "mixed"
    return "indirect"


def _resolve(
    article: Article,
    source: tuple[int, int],
    mentions: Sequence[Mention],
    referents: list[Referent],
) -> Referent:
    span = article.span(*source)
    stripped = _strip_text_via(span.text)
    if stripped != span.text:
        span = article.span(source[0] + len(span.text) - len(stripped), source[1])
    return resolve_claimer(article, span, mentions, referents)


def _strip_text_via(words: str) -> str:
    match = _VIA_PREFIX.match(words)
    return words[match.end() :] if match and match.end() < len(words) else words


def _via(article: Article, item: _Found) -> Span | None:
    if item.via is not None:
        return article.span(*item.via)
    sentence_end = article.text.find("\n", item.cue_end)
    sentence_end = len(article.text) if sentence_end < 0 else sentence_end
    window = article.text[item.cue_end : min(sentence_end, item.cue_end + 80)]
    stop = re.search(r"[.”\"]", window)
    window = window[: stop.start()] if stop else window
    match = _FIRST_REPORTED.search(window)
    if match is None:
        return None
    start = item.cue_end + match.start(1)
    return article.span(start, start + len(match.group(1)))


def _continued_quotes(
    article: Article,
    doc: Doc,
    quotes: Sequence[tuple[int, int]],
    readings: Sequence[AttributionReading],
    counter: int,
) -> list[AttributionReading]:
    """Quotes with no cue of their own that open a sentence right after a direct quote: the same
    speaker goes on."""
    text = article.text
    covered = [(r.attribution.content.start, r.attribution.content.end) for r in readings]
    added: list[AttributionReading] = []
    ordered = sorted(readings, key=lambda r: r.attribution.content.start)
    for start, end in quotes:
        if any(s <= start < e for s, e in covered) or not article.is_readable(start):
            continue
        if len(text[start:end].split()) < 4:
            continue
        line_start = text.rfind("\n", 0, start) + 1
        preceding = text[line_start:start].strip()
        if preceding and not preceding.endswith((".", "!", "?", "”", '"')):
            continue
        previous = [r for r in ordered if r.attribution.content.end <= start]
        previous += [a for a in added if a.attribution.content.end <= start]
        previous.sort(key=lambda r: r.attribution.content.end)
        if not previous:
            continue
        last = previous[-1]
        gap = text[last.attribution.content.end : start]
        if (
            last.attribution.kind not in {"direct", "mixed"}
            or gap.count("\n") > 4
            or len(gap) > 400
        ):
            continue
        if last.attribution.claimer is None:
            continue
        counter += 1
        added.append(
            AttributionReading(
                Attribution(
                    f"{article.id}-a{counter}",
                    article.id,
                    "direct",
                    article.span(start, end),
                    None,
                    last.attribution.claimer,
                    via=last.attribution.via,
                ),
                via=last.attribution.via,
            )
        )
    return added


def _nested(reading: AttributionReading, readings: Sequence[AttributionReading]) -> bool:
    content = reading.attribution.content
    return any(
        other is not reading
        and other.attribution.content.start <= content.start
        and content.end <= other.attribution.content.end
        for other in readings
    )
