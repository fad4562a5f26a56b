"""A question put to someone, opening the sentence ("Asked whether the quay was safe, Okonjo said
...") or after "when" ("Okonjo said, when asked about the quay, that ..."). PolNeAR annotates "Asked" as a cue with no source and the question as its content; the
answer is an attribution of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from corroborate.read.cues import PARTICIPLE_FORMS, REPORTING_VERBS
from corroborate.read.doc_offsets import text_of, trimmed_offsets
from corroborate.read.found_attribution import FoundAttribution
from corroborate.read.quotes import QUOTE_TOKENS, find_quotes, quote_at, snap_to_quotes
from corroborate.read.sentences import sentence_of
from corroborate.read.source_phrases import dependency_subject

# Rule: a sentence that opens with "Asked if/whether/what ..." gives the question as content.

_QUESTION_OPENERS = frozenset(
    {"if", "whether", "what", "who", "whom", "which", "why", "how", "when", "where"}
)


def asked_question(
    doc: Doc, token: Token, quotes: Sequence[tuple[int, int]]
) -> FoundAttribution | None:
    """The question after a sentence-opening "Asked" ("Asked if the port would close, ..."), up to
    the comma that ends it, or None when the token does not open such a sentence."""
    if token.lower_ == "asked" and token.i > 0 and doc[token.i - 1].lower_ == "when":
        return _when_asked(doc, token, quotes)
    if token.text != "Asked":
        return None
    sentence = sentence_of(token)
    first = sentence.start
    while first < token.i and (doc[first].is_punct or doc[first].is_space):
        first += 1
    if first != token.i or token.i + 1 >= sentence.end:
        return None
    opener = token.i + 1
    if doc[opener].lower_.endswith("ly") and opener + 1 < sentence.end:
        opener += 1  # "Asked specifically what ..."
    start_index = token.i + 1
    if doc[opener].lower_ not in _QUESTION_OPENERS:
        after_adjunct = _opener_after_adjunct(doc, token.i + 1, sentence.end)
        if after_adjunct is None:
            return None
        start_index = after_adjunct
    text = text_of(doc)
    start = doc[start_index].idx
    end = _question_end(text, start, sentence.end_char, quotes)
    if end is None or end <= start:
        return None
    return FoundAttribution(
        token.idx,
        token.idx + len(token.text),
        REPORTING_VERBS["asked"],
        None,
        (start, end),
        True,
        sentence.start_char,
    )


# Rule (round 10): "Asked in Velmar on Monday whether ...", "Asked at a briefing about ..." : the
# question after a short adjunct of place, time or occasion (no comma, no verb) is the content;
# the adjunct is neither cue nor content ("Asked about" right after the verb stays out: round 4).

_ADJUNCT_OPENERS = frozenset(
    {"in", "at", "on", "during", "after", "later", "again", "recently", "by", "last", "this"}
)
_MAX_ADJUNCT = 8
_OPENERS_AFTER_ADJUNCT = _QUESTION_OPENERS - {"when", "where"}
"""Question words read after an adjunct: all but "when" and "where"."""


def _opener_after_adjunct(doc: Doc, first: int, limit: int) -> int | None:
    """The question word after a short adjunct that opens right after "Asked", or None."""
    if first >= limit or doc[first].lower_ not in _ADJUNCT_OPENERS:
        return None
    for index in range(first + 1, min(limit, first + _MAX_ADJUNCT + 1)):
        word = doc[index]
        if word.is_punct or word.pos_ in {"VERB", "AUX"}:
            return None
        if word.lower_ == "about":
            return index + 1 if index + 1 < limit else None
        if word.lower_ in _OPENERS_AFTER_ADJUNCT:
            return index
    return None


def _question_end(
    text: str, start: int, limit: int, quotes: Sequence[tuple[int, int]]
) -> int | None:
    """Where the question ends: at the first comma outside a quotation, or at the end of a
    quotation that closes with a comma ("... “has the integrity to serve,” 75 percent said")."""
    position = start
    while position < limit:
        quote = quote_at(quotes, position)
        if quote is not None and quote[0] == position:
            if text[quote[1] - 2 : quote[1] - 1] == ",":
                return quote[1]
            position = quote[1]
            continue
        if text[position] == ",":
            return position
        position += 1
    return None


# Rule: "when asked whether/how/... ..." and "when asked about X" give the question (or X) as a
# content with no source; "about" is in the cue, as after "asked" elsewhere.


def _when_asked(
    doc: Doc, token: Token, quotes: Sequence[tuple[int, int]]
) -> FoundAttribution | None:
    sentence = sentence_of(token)
    opener = token.i + 1
    if opener < sentence.end and doc[opener].lower_.endswith("ly"):
        opener += 1
    if opener >= sentence.end - 1:
        return None
    cue_end = token.idx + len(token.text)
    if doc[opener].lower_ == "about":
        cue_end = doc[opener].idx + len(doc[opener].text)
        opener += 1
    elif doc[opener].lower_ not in _QUESTION_OPENERS:
        return None
    text = text_of(doc)
    start = doc[opener].idx
    end = _question_end(text, start, sentence.end_char, quotes)
    if end is None:
        end = sentence.end_char
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".?!"):
            end -= 1
    if end <= start:
        return None
    return FoundAttribution(
        token.idx,
        cue_end,
        REPORTING_VERBS["asked"],
        None,
        (start, end),
        True,
        sentence.start_char,
    )


# Rule (round 12): a sentence that opens with a reporting participle and "that" or a quotation
# ("Noting that the port reopened, the mayor added ...", "Citing “family duties,” the minister
# declined ...") reports that clause, the subject of the main clause its source (the parse's
# subject of the verb the participle hangs on). Not "Recalling that moment, ..." ("that" not a
# conjunction) nor a participle with no parsed subject to speak for it.


def opening_participle(doc: Doc, token: Token) -> FoundAttribution | None:
    """The attribution made by a sentence-opening "Noting that ...," at ``token``, or None."""
    verb = REPORTING_VERBS.get(token.lower_)
    if (
        verb is None
        or token.lower_ not in PARTICIPLE_FORMS
        or not token.text[:1].isupper()
        or not doc.has_annotation("DEP")
        or token.i + 1 >= len(doc)
    ):
        return None
    sentence = sentence_of(token)
    first = sentence.start
    while first < token.i and (doc[first].is_punct or doc[first].is_space):
        first += 1
    following = doc[token.i + 1]
    if first != token.i or not (
        (following.lower_ == "that" and following.dep_ == "mark") or following.text in QUOTE_TOKENS
    ):
        return None
    head = token.head
    if token.dep_ != "advcl" or head.i <= token.right_edge.i:
        return None
    source = dependency_subject(doc, head)
    content = trimmed_offsets(doc, token.i + 1, token.right_edge.i + 1)
    if source is None or content is None or source[0] < content[1]:
        return None
    content = snap_to_quotes(text_of(doc), content, find_quotes(text_of(doc)))
    return FoundAttribution(
        token.idx, token.idx + len(token.text), verb, source, content, True, sentence.start_char
    )
