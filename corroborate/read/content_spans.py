"""The content of a reporting verb: a quotation or clause before the cue ("“...,” he said",
"..., Mr Okafor said") or the clause after it ("says that ...", "told reporters that ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from corroborate.read.calendar_words import WEEKDAYS
from corroborate.read.cues import (
    BASE_FORMS,
    CONTENT_STOPS,
    PARTICIPLE_FORMS,
    PARTICLE_CUES,
    REPORTING_VERBS,
    ReportingVerb,
)
from corroborate.read.doc_offsets import text_of
from corroborate.read.function_words import TIME_WORDS
from corroborate.read.noun_phrases import noun_phrase_end
from corroborate.read.quotes import (
    CLOSING_QUOTES,
    QUOTE_TOKENS,
    inside_quote,
    quote_at,
    quote_ending_at,
    starts_quote,
)
from corroborate.read.sentences import abbreviation_before, sentence_of


def first_content_token(doc: Doc, sentence: DocSpan, cue_index: int) -> int | None:
    """Start of the clause that an "according to" or a final cue reports, if it comes before."""
    start = sentence.start
    while start < cue_index and (
        doc[start].text in {"But", "And", "So", "Yet", "Still"} or doc[start].is_space
    ):
        start += 1
    if start >= cue_index - 1:
        return None
    return start


def end_before_comma(doc: Doc, index: int) -> int:
    end = index
    while end > 0 and (doc[end - 1].text in {",", "—", "–", "(", ";"} or doc[end - 1].is_space):
        end -= 1
    return end


def content_span(
    doc: Doc,
    token: Token,
    verb: ReportingVerb,
    sentence: DocSpan,
    quotes: Sequence[tuple[int, int]],
    source: tuple[int, int] | None,
    source_after: bool,
    left: int,
) -> tuple[int, int] | None:
    text = text_of(doc)
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
        quote = quote_ending_at(quotes, before)
    after_start = skip_after_cue(doc, region_end_index, verb, sentence)
    if after_start is not None and participle_goes_on(doc, after_start):
        after_start = None
    if after_start is not None and verb.lemma not in _CONTENT_AFTER_ONLY:
        after_start = _parsed_clause_start(doc, token, after_start, sentence)
    after_content = None
    if (after_start is not None and verb.lemma not in {"tell"}) or (
        after_start is not None and verb.frame == "object"
    ):
        after_content = (
            clause_after_cue(doc, after_start, sentence, quotes)
            if after_start is not None
            else None
        )
        if after_content is not None:
            after_content = _without_cue_dependents(doc, token, after_content, quotes)
    if verb.lemma in _CONTENT_AFTER_ONLY:
        return after_content
    if (
        quote is not None
        and after_content is not None
        and re.match(
            r"(?:that|whether|if|how|what|why|who)\b", text[after_content[0] : after_content[1]]
        )
        and not text[token.idx + len(token.text) : after_content[0]].strip()
    ):
        return after_content  # "“...,” she said, noting that ...": "that" opens this cue's content
    if quote is not None and (after_content is None or not starts_quote(text, after_content)):
        start, end = quote
        if (
            start < sentence.start_char
            and re.search(r"\n[ \t]*[^\s“\"]", text[start:end]) is not None
        ):
            opening = _clause_before_earlier_quote(doc, text, start)
            if opening is not None:
                return (opening, end)
        if start > sentence.start_char and sentence.start_char < start:
            if text[sentence.start_char : start].rstrip().endswith(":"):
                return quote  # "The sheriff gave the count: “...,” he said.": the quote only
            clause_start = start_of_clause(doc, sentence, start)
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
        start = start_of_clause(doc, sentence, before)
        if start < before:
            return (start, before)
    if after_content is not None:
        return after_content
    return None


# Rule: with a parser, the reported clause that the cue governs starts at its own "that",
# "whether" or "how", however long the words between them ("told a packed crowd in a snowy town
# on Tuesday that ...", "asked workers several times whether ..."): the listener, place and time
# in between are not reported.

_CLAUSE_MARKS = frozenset({"that", "whether", "if", "how", "what", "why", "when", "where", "who"})


def _parsed_clause_start(doc: Doc, token: Token, index: int, sentence: DocSpan) -> int:
    """The first token of the clause the cue governs when a marker opens it after ``index``."""
    if not doc.has_annotation("DEP"):
        return index
    text = text_of(doc)
    for child in token.children:
        if child.dep_ != "ccomp":
            continue
        first = child.left_edge
        if (
            index < first.i < sentence.end - 1
            and first.lower_ in _CLAUSE_MARKS
            and not any(mark in text[doc[index].idx : first.idx] for mark in QUOTE_TOKENS)
        ):
            return first.i
    return index


_CONTENT_AFTER_ONLY = frozenset({"refer"})
"""Cues whose content is always what follows ("..., she said, referring to the levy"), never the
quotation or clause before them (that is the content of the cue before)."""


# Rule: when the content is the cue's object ("criticized the plan"), a second verb the parse hangs
# on the cue ("criticized the plan and called for a vote") is not part of it (all train files,
# 2026-11-25: 59 contents made exact, 25 lost). Measured and left out: the same after a clause
# ("said that ... and ..."; 49 made exact, 74 lost), an adjunct of the cue ("praised the mayor on
# Monday": 64 / 149), an adverbial clause (37 / 94), a parataxis (29 / 40).

_CUE_DEPENDENT_CUTS = frozenset({"conj"})
_CONTENT_HEADS = frozenset({"obj", "iobj"})


def _without_cue_dependents(
    doc: Doc, token: Token, content: tuple[int, int], quotes: Sequence[tuple[int, int]]
) -> tuple[int, int]:
    """The content without a verb coordinated with the cue after its object."""
    if not doc.has_annotation("DEP"):
        return content
    text = text_of(doc)
    children = [c for c in token.children if content[0] <= c.idx < content[1]]
    heads = [c for c in children if c.dep_ in _CONTENT_HEADS]
    if not heads:
        return content
    cuts = [
        c.left_edge.idx
        for c in children
        if c.dep_ in _CUE_DEPENDENT_CUTS and c.i > heads[0].i and c.left_edge.i > heads[0].i
    ]
    cuts = [cut for cut in cuts if not inside_quote(quotes, cut)]
    if not cuts:
        return content
    end = min(cuts)
    end = _strip_trailing_links(text, content[0], end)
    return (content[0], end) if end > content[0] else content


def _strip_trailing_links(text: str, start: int, end: int) -> int:
    """Where a clipped content ends without the punctuation and conjunction left at its end."""
    while True:
        trimmed = text[start:end].rstrip(" \t\n,;:—–-")
        for word in (" and", " but", " or", " then"):
            if trimmed.endswith(word):
                trimmed = trimmed[: -len(word)]
                break
        else:
            return start + len(trimmed)
        end = start + len(trimmed)


def start_of_clause(doc: Doc, sentence: DocSpan, before: int) -> int:
    start = sentence.start_char
    text = text_of(doc)
    while start < before and text[start] in " \t\n":
        start += 1
    return start


# Rule: a quotation that opens inside an earlier line and runs on to a line that does not reopen it,
# closed by the cue ("Deputies found three shells, but the suspect was “calm.\nVery calm,” the
# sheriff said.": sources with one sentence per line), takes in the words before its opening mark,
# as a quotation opening inside the cue's own sentence does. Not for quotations within one paragraph
# ("X “deserve ... stuff. That's it,” she said"): train, 7 of 69 exact.


def _clause_before_earlier_quote(doc: Doc, text: str, quote_start: int) -> int | None:
    """Where the sentence holding an earlier quotation's opening mark starts, when words other
    than a lead-in colon come before the mark; None otherwise."""
    tokens = doc.char_span(quote_start, quote_start + 1, alignment_mode="expand")
    if tokens is None or len(tokens) == 0:
        return None
    opening_sentence = sentence_of(tokens[0])
    lead = text[opening_sentence.start_char : quote_start].rstrip()
    if not lead or lead.endswith(":"):
        return None
    start = start_of_clause(doc, opening_sentence, quote_start)
    return start if start < quote_start else None


# Rule: a quotation that opens after a colon and is closed by its cue ("The sheriff gave the count:
# “...,” he said.") is the content alone, without the words before the colon.


def _only_adjuncts(doc: Doc, index: int, sentence: DocSpan) -> bool:
    for token in doc[index : sentence.end]:
        if token.is_punct or token.is_space:
            continue
        if (
            token.lower_ in TIME_WORDS
            or token.text[:1].isupper()
            or token.lower_ in {"by", "first", "reported", "statement", "interview"}
        ):
            continue
        return False
    return True


# Rule: ", adding ..." or ", saying ..." right after a cue is the speaker going on (a cue of its
# own), not the content of the cue before it ("The quay is unsafe, she said, adding that ...").


def participle_goes_on(doc: Doc, index: int) -> bool:
    """Whether the token at ``index`` is a reporting participle after a comma (", adding")."""
    return index > 0 and doc[index - 1].text == "," and doc[index].lower_ in PARTICIPLE_FORMS


# Rule: the particle of "called for", "called on", "warned of", "asked about" belongs to the cue and
# the content starts after it (PolNeAR's convention).


def particle_in_cue(doc: Doc, index: int, verb: ReportingVerb, end: int) -> bool:
    """Whether the token at ``index``, right after the cue verb, is its particle ("called for a
    ceasefire"), not a preposition of time ("called on Tuesday for ...")."""
    return (
        index + 1 < end
        and doc[index].lower_ in PARTICLE_CUES.get(verb.lemma, frozenset())
        and doc[index + 1].lower_ not in WEEKDAYS | {"today", "yesterday", "tonight"}
        and not doc[index + 1].is_punct
    )


def skip_after_cue(doc: Doc, index: int, verb: ReportingVerb, sentence: DocSpan) -> int | None:
    end = sentence.end
    if index >= end:
        return None
    if verb.lemma == "point" and doc[index].lower_ == "out":
        index += 1
    if particle_in_cue(doc, index, verb, end):
        index += 1
    if verb.lemma in {"tell", "assure"} or (verb.frame == "object" and verb.lemma in {"urge"}):
        object_end = noun_phrase_end(doc, index, end)
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
            and (doc[index].lower_ in TIME_WORDS or doc[index].text[:1].isupper())
            and doc[index].text not in QUOTE_TOKENS
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


def _skip_to_that(doc: Doc, index: int, sentence: DocSpan) -> int:
    """Skip "in an interview with X on Twitter Thursday" or "to his followers," to the "that" or
    the quotation that opens the report."""
    for ahead in range(index, min(sentence.end, index + 16)):
        token = doc[ahead]
        if token.lower_ == "that":
            if _relative_that(token):
                return index  # "accused supporters that level attacks": the noun it hangs on
            return ahead if ahead > index and ahead + 1 < sentence.end else index
        if token.text in {"“", "''", "``"} or (token.text == '"' and ahead > index):
            return ahead if ahead > index and doc[ahead - 1].text in {",", ":"} else index
        if (
            token.text in {",", ":"}
            and ahead + 1 < sentence.end
            and doc[ahead + 1].text in QUOTE_TOKENS
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


# Rule: a "that" the parser reads as the relative pronoun of a noun ("denounced supporters that
# level attacks", "said the movement that is sweeping the state appeals to ...") does not open the
# reported clause: the content starts at the noun before it, as PolNeAR marks it.


def _relative_that(token: Token) -> bool:
    """Whether "that" is the pronoun of a relative clause (its head verb hangs on a noun)."""
    return (
        token.doc.has_annotation("DEP")
        and token.dep_ in {"nsubj", "nsubjpass", "dobj", "obj"}
        and token.head.dep_ in {"relcl", "acl:relcl"}
    )


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


# Rule: a dash opens an aside when a second dash of the same kind closes it later in the clause
# ("called on the council – which Velmar joined in 2009 – to close the port"): the reported
# clause runs on after it, and no stop inside the aside ends it. A single dash still ends it.

_DASHES = (" — ", " – ")


def dash_asides(clause: str) -> list[tuple[int, int]]:
    """Character ranges (from the opening dash to the end of the closing one) of the asides that
    a pair of spaced dashes encloses in a clause."""
    asides: list[tuple[int, int]] = []
    for dash in _DASHES:
        position = clause.find(dash)
        while position >= 0:
            closing = clause.find(dash, position + len(dash))
            if closing < 0:
                break
            asides.append((position, closing + len(dash)))
            position = clause.find(dash, closing + len(dash))
    return asides


def clause_after_cue(
    doc: Doc, index: int, sentence: DocSpan, quotes: Sequence[tuple[int, int]]
) -> tuple[int, int] | None:
    text = text_of(doc)
    while index < sentence.end and doc[index].text in {":", ",", "—", "–"}:
        index += 1
    if index >= len(doc) or index >= sentence.end:
        return None
    index = _skip_to_that(doc, index, sentence)
    start = doc[index].idx
    quote = quote_at(quotes, start)
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
        if not abbreviation_before(clause, match.start())
    ]
    asides = dash_asides(clause)
    for position in positions:
        if (
            position > 0
            and len(clause[:position].split()) > 1
            and not inside_quote(quotes, start + position)
            and not any(aside_start <= position < aside_end for aside_start, aside_end in asides)
        ):
            cut = min(cut, position)
    end = start + cut
    if quote is not None and quote[0] == start and quote[1] > end:
        end = quote[1]
    while end > start and text[end - 1] in ".,;: \t\n—–":
        end -= 1
    if text[end - 1 : end] == ")" and "(" not in text[start:end]:
        end -= 1  # "(The mayor said he would resign.)": the sentence's own bracket
        while end > start and text[end - 1] in ".,;: \t\n—–":
            end -= 1
    end = _before_coordinated_report(doc, index, end, quotes)
    if end <= start or len(text[start:end].split()) < 1:
        return None
    return (start, end)


# Rule: a reported clause ends before "and" or "but" that opens a clause of its own whose verb
# reports again with its own subject ("... the economy was worse, and three in ten said the same",
# "... stopped the practice, but Cook did not say when"): that is a second report, not part of
# the first one's content.


def _before_coordinated_report(
    doc: Doc, first: int, end: int, quotes: Sequence[tuple[int, int]]
) -> int:
    """Where a content that opens at token ``first`` and ends at offset ``end`` ends when a
    coordinated clause with its own reporting verb follows."""
    if not doc.has_annotation("DEP"):
        return end
    text = text_of(doc)
    start = doc[first].idx
    for token in doc[first + 1 :]:
        if token.idx >= end:
            break
        if (
            token.lower_ not in _COORDINATORS
            or token.dep_ != "cc"
            or inside_quote(quotes, token.idx)
        ):
            continue
        verb = token.head
        if (
            verb.i > token.i
            and verb.idx < end
            and verb.dep_ == "conj"
            and verb.lemma_.lower() in _REPORT_LEMMAS
            and any(child.dep_.startswith("nsubj") and child.i > token.i for child in verb.children)
        ):
            cut = _strip_trailing_links(text, start, token.idx)
            return cut if cut > start else end
    return end


_COORDINATORS = frozenset({"and", "but"})
_REPORT_LEMMAS = BASE_FORMS


_CONTENT_STOP_PATTERN = re.compile(r",\s+(?:" + "|".join(sorted(PARTICIPLE_FORMS)) + r")\b")
"""A reported clause also ends where the speaker goes on with a participle (", telling
reporters ...", ", calling it ...")."""


_SENTENCE_END_INSIDE = re.compile(r"[.!?](?=\s+(?:''|[“\"‘]|[A-Z]))")
"""A full stop that a sentence splitter missed ("... in the future. “Some three million ...")."""
