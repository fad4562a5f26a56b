"""The source of a reporting verb: the parse's subject, the subject of a participle clause, an
apposition ("the FMW, a union that ..., said"), an inverted source ("..., said Ada Okonjo, a
member of the board"), without datelines and with the head a modifier hides.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from corroborate.read.calendar_words import WEEKDAYS
from corroborate.read.cues import (
    PARTICIPLE_FORMS,
    REPORTING_VERBS,
)
from corroborate.read.doc_offsets import char_offsets, text_of
from corroborate.read.found_attribution import FoundAttribution
from corroborate.read.function_words import SKIP_BEFORE_CUE
from corroborate.read.noun_phrases import is_noun_phrase_word, noun_phrase_end, noun_phrase_start
from corroborate.read.quotes import QUOTE_TOKENS

_MODIFIED_HEAD = re.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\n))\s*((?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Ss]everal|[Ss]ome)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:linked|close|allied|affiliated|tied|loyal|connected|aligned|"
    r"sympathetic|backed|funded)\s+(?:to|with|by)\s+(?:[^\s,;:.]+\s+){0,6})$"
)
"""A subject whose head comes before a modifier that ends in the phrase found from the words:
"A coalition linked to the striking workers | the Federation of Mill Workers has described"."""


def with_modified_head(text: str, sentence_start: int, source: tuple[int, int]) -> tuple[int, int]:
    """The whole subject when the noun phrase before the cue only ends it ("A coalition linked
    to ... the Federation"): the head noun, not the object of the modifier, is the source."""
    match = _MODIFIED_HEAD.search(text[sentence_start : source[0]])
    if match is None:
        return source
    return (sentence_start + match.start(1), source[1])


_DATELINE = re.compile(r"^[A-Z][A-Z .,’'-]+(?:\([A-Za-z .]+\))?\s*[-—–]+\s+(?=\S)")


def without_dateline(text: str, source: tuple[int, int]) -> tuple[int, int]:
    """A source without the dateline it was read together with ("LONDON (Wire) - Ada Okonjo")."""
    match = _DATELINE.match(text[source[0] : source[1]])
    if match is None or source[0] + match.end() >= source[1]:
        return source
    return (source[0] + match.end(), source[1])


# Rule: an apposition that ends the sentence after an inverted source is part of it ("...," said Ada
# Okonjo, a member of the board.): PolNeAR's convention.


def apposition_end(doc: Doc, end: int, limit: int) -> int:
    """Where the source "Ada Okonjo, a member of the board" ends, given where "Ada Okonjo" ends:
    the apposition runs to the end of the sentence, with no quotation and no cue in it."""
    if end >= limit or doc[end].text != "," or end + 1 >= limit:
        return end
    last = limit
    while last > end + 1 and (doc[last - 1].is_punct or doc[last - 1].is_space):
        if doc[last - 1].text in QUOTE_TOKENS:
            return end
        last -= 1
    words = doc[end + 1 : last]
    for index, word in enumerate(words):
        if index > 1 and word.lower_ in PARTICIPLE_FORMS and words[index - 1].text == ",":
            last = word.i - 1  # "said Ada Okonjo, a member of the board, adding that ..."
            words = doc[end + 1 : last]
            break
    if len(words) < 2 or len(words) > 40 or "\n" in words.text:
        return end
    if any(t.text in QUOTE_TOKENS or reporting_verb_here(t) for t in words):
        return end
    if words[0].like_num and len(words) == 1:
        return end
    return last


def reporting_verb_here(token: Token) -> bool:
    """Whether a word is a reporting verb where it stands: a form from the lexicon, unless the
    tagger reads it as a noun, a name or an adjective ("state senator", "the United States")."""
    if token.lower_ not in REPORTING_VERBS:
        return False
    return not (token.pos_ in {"NOUN", "PROPN", "ADJ"} or token.text[:1].isupper())


def skip_back_to_subject(doc: Doc, index: int, limit: int) -> int:
    """Step back over auxiliaries, adverbs and "on Tuesday" between a subject and its verb."""
    while index >= limit:
        lowered = doc[index].lower_
        if lowered in SKIP_BEFORE_CUE:
            index -= 1
        elif lowered in WEEKDAYS and index - 1 >= limit and doc[index - 1].lower_ == "on":
            index -= 2
        elif lowered in {"yesterday", "today"}:
            index -= 1
        else:
            break
    return index


_PASSIVE_DEPS = frozenset({"nsubj:pass", "nsubjpass", "aux:pass", "auxpass"})
_LEADING_JUNK = frozenset({"cc", "mark", "case", "punct", "advmod", "cc:preconj"})


def relative_clause_inside(doc: Doc, span: tuple[int, int], inner_start: int) -> bool:
    """Whether a subject from the parse holds a relative clause or a modifier before the noun
    phrase found from the words ("The officials who ran the count", "A coalition linked to ...
    the Federation of Mill Workers"): the words alone would cut it to its last noun."""
    return bool(_RELATIVE_OR_MODIFIER.search(text_of(doc)[span[0] : inner_start]))


_RELATIVE_OR_MODIFIER = re.compile(
    r"\b(?:who|which|that|whose|linked|based|close|allied|affiliated|loyal|representing)\b"
)


# Rule: a line break before the parsed subject counts as space before it (the subject's first word
# after a paragraph break is kept: "An earlier report ...", not "earlier report").


def dependency_subject(doc: Doc, token: Token) -> tuple[int, int] | None:
    """The cue verb's subject, from the parse: the nearest ``nsubj`` before the verb, without
    leading conjunctions or trailing "on Tuesday"; None when the parse gives none or a doubtful one."""
    if any(child.dep_ in _PASSIVE_DEPS for child in token.children):
        return None
    subjects = [c for c in token.children if c.dep_ == "nsubj" and c.i < token.i]
    if not subjects:
        return None
    subtree = list(subjects[-1].subtree)
    start, end = subtree[0].i, subtree[-1].i + 1
    start = _first_conjunct_start(doc, subjects, start)
    while start < end - 1 and (
        (
            start > 0
            and not doc[start - 1].whitespace_
            and not doc[start - 1].is_space
            and doc[start - 1].text not in "(“\"'‘["
        )
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
    return char_offsets(doc, start, end)


# Rule (round 12): two subjects the parse leaves side by side with "and" between them ("Many
# experts and some lawmakers say": both ``nsubj`` of "say") are one coordinated subject: the
# source starts at the first (was "some lawmakers").


def _first_conjunct_start(doc: Doc, subjects: Sequence[Token], start: int) -> int:
    """The start of a subject joined by "and" to the last one, or ``start``."""
    if len(subjects) < 2:
        return start
    earlier = subjects[-2]
    inner = start
    while inner < subjects[-1].i and (doc[inner].dep_ in {"cc", "punct"} or doc[inner].is_space):
        inner += 1
    between = doc[earlier.right_edge.i + 1 : inner]
    if [t.lower_ for t in between if not t.is_space] not in (["and"], [",", "and"]):
        return start
    return earlier.left_edge.i


def participle_subject(
    doc: Doc, sentence: DocSpan, token: Token, found: Sequence[FoundAttribution]
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
    end = noun_phrase_end(doc, start, token.i, allow_and=True)
    if end is None:
        return None
    return char_offsets(doc, start, end)


_APPOSITION_OPENERS = frozenset(
    {"a", "an", "the", "who", "which", "whose", "itself", "himself", "herself", "one"}
)


def apposition_noun_phrase(doc: Doc, comma: int, limit: int) -> tuple[int, int] | None:
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
                and is_noun_phrase_word(doc[opening + 1])
            )
            or all(t.text[:1].isupper() for t in doc[opening + 1 : comma])
        )
    ):
        return None
    last = opening - 1
    if not (is_noun_phrase_word(doc[last]) or doc[last].text == ")"):
        return None
    start = noun_phrase_start(doc, last, limit)
    if start is None:
        return None
    if comma - opening == 2 and doc[opening + 1].like_num:
        return char_offsets(doc, start, opening)  # an age: "Ramos, 58, told"
    return char_offsets(doc, start, comma)


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


def ends_inverted_source(doc: Doc, end: int, limit: int) -> bool:
    """Whether a noun phrase after a cue is its source ("..., said the FMW, which ...") and not
    the subject of what is reported ("..., said she hopes ...")."""
    if end >= limit:
        return True
    following = doc[end]
    if following.text in {"“", "''", "``", '"'}:
        return False
    return following.is_punct or following.is_space or following.lower_ in _AFTER_INVERTED_SOURCE


# Rule (round 10): a poll share before the cue is its source ("About three in 10 said ...", "but
# more than 4 in 10 Velmar voters say ...", PolNeAR's source); the parse reads the number as an
# oblique and the noun-phrase reader stops at the digits. The share opens the sentence or follows a
# comma, a semicolon or "and", "but", "while".

_SHARE = re.compile(
    r"(?:^|(?<=[,;:—–]\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=\bwhile\s))"
    r"((?:(?:[Aa]bout|[Nn]early|[Aa]lmost|[Rr]oughly|[Aa]round|[Ss]ome|[Oo]nly|[Jj]ust|[Ff]ully|"
    r"[Oo]ver|[Uu]nder|[Mm]ore than|[Ff]ewer than|[Ll]ess than|[Cc]lose to)\s+)?"
    r"(?:\d+|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)"
    r"\s+(?:in|out of)\s+(?:\d+|ten|five|four|three|two)(?:\s+[A-Za-z][\w’'-]*){0,4}?)"
    r"\s+(?:also\s+|still\s+|now\s+)?$"
)


def share_subject(doc: Doc, token: Token, sentence: DocSpan) -> tuple[int, int] | None:
    """A poll share right before the cue ("About three in 10 said"), as offsets, or None."""
    start = sentence.start_char
    match = _SHARE.search(text_of(doc)[start : token.idx])
    if match is None:
        return None
    return start + match.start(1), start + match.end(1)


# Rule (round 10): a subject too long for ``dependency_subject`` (over 20 tokens) whose head is a
# name set off by a comma ("Ada Okonjo, who lost her boat in the storm of 2019 off the north
# quay of Velmar, said ...") is still the source, whole (PolNeAR keeps the clause; the claimer is
# the name, read by coref): before, the verb had no source and gave no attribution (all train
# files: 4 cues added, 4 exact; sources 2/4, the name alone 1/4).


def long_name_subject(doc: Doc, token: Token) -> tuple[int, int] | None:
    """A long parsed subject headed by a name and a comma, whole, or None."""
    if not doc.has_annotation("DEP") or any(c.dep_ in _PASSIVE_DEPS for c in token.children):
        return None
    subjects = [c for c in token.children if c.dep_ == "nsubj" and c.i < token.i]
    if not subjects or subjects[-1].pos_ != "PROPN":
        return None
    head = subjects[-1]
    start = head.left_edge.i
    while start < head.i and (doc[start].dep_ in _LEADING_JUNK or doc[start].is_space):
        start += 1
    end = head.i + 1
    while end < len(doc) and doc[end].head.i == head.i and doc[end].dep_.startswith("flat"):
        end += 1
    if end >= len(doc) or doc[end].text != "," or head.right_edge.i <= end:
        return None
    if "\n" in doc[start:end].text or end - start > 8:
        return None
    whole = head.right_edge.i + 1
    while whole > end and (doc[whole - 1].is_punct or doc[whole - 1].is_space):
        whole -= 1
    if "\n" in doc[start:whole].text:
        return None
    return char_offsets(doc, start, whole)
