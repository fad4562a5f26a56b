"""Reported speech around one reporting verb: its source, its content and the cue's extent
("did not deny", "said Tuesday", "called for").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from corroborate.read.calendar_words import WEEKDAYS
from corroborate.read.content_spans import content_span, particle_in_cue
from corroborate.read.cue_filters import EVIDENCE_SUBJECT_NOUNS, went_on_to
from corroborate.read.cues import (
    PARTICIPLE_FORMS,
    REPORTING_VERBS,
    ReportingVerb,
)
from corroborate.read.doc_offsets import char_offsets, text_of
from corroborate.read.found_attribution import FoundAttribution
from corroborate.read.function_words import DETERMINERS, SUBJECT_PRONOUNS
from corroborate.read.noun_phrases import is_noun_phrase_word, noun_phrase_end, noun_phrase_start
from corroborate.read.quotes import (
    CLOSING_QUOTE_TOKENS,
    QUOTE_TOKENS,
    closing_position,
    snap_to_quotes,
)
from corroborate.read.sentences import sentence_of
from corroborate.read.source_phrases import (
    apposition_end,
    apposition_noun_phrase,
    dependency_subject,
    ends_inverted_source,
    long_name_subject,
    participle_subject,
    relative_clause_inside,
    share_subject,
    skip_back_to_subject,
    with_modified_head,
    without_dateline,
)

# Rule: a cue takes in the auxiliaries, negation and adverbs before its verb ("did not deny", "has
# also said"), a colon or particle after it ("said:", "called for") and the time words that follow
# it ("said Tuesday"): PolNeAR's convention, and the words a reader needs.

# Rule: time words between the source and the verb stay out of the cue ("Okonjo on Friday declared",
# "they today argue"): PolNeAR's cue is the verb.

_LEADING_TIME_WORDS = WEEKDAYS | {"on", "today", "yesterday", "tonight"}

# Rule: an -ing form after a form of "be" is a cue with the subject before it as source ("Ada Okonjo
# is telling reporters that ...", "has been saying"), not a participle clause.

# Rule: the time words right after a cue are part of it ("said Tuesday").

_PARTICLE_VERBS = frozenset({"call", "ask", "warn", "speak", "talk", "write", "complain"})
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
_NOT_IN_CUE = frozenset({"earlier", "yesterday"})
"""Time words after the verb that PolNeAR leaves out of the cue ("said earlier": all train files,
2026-11-25, 8 gold cues without, none with)."""


def _first_token(doc: Doc, span: tuple[int, int]) -> int:
    """The index of the token where a character span starts (widened to whole tokens)."""
    tokens = doc.char_span(span[0], span[1], alignment_mode="expand")
    return len(doc) if tokens is None else tokens.start


# Rule: right after a quotation ("“...,” said ..."), the rest of the sentence is the source when
# no plain noun phrase is ("said one official familiar with the talks", "said retired judge Ada
# Okonjo"): PolNeAR's source runs to the end of the sentence there.


def after_quotation(doc: Doc, left: int) -> bool:
    """Whether the token at ``left`` closes a quotation that ends with a comma, question or
    exclamation mark (the cue and its source follow the quotation)."""
    return (
        left > 0
        and doc[left].text in CLOSING_QUOTE_TOKENS
        and doc[left - 1].text in {",", "?", "!"}
    )


def rest_of_sentence(doc: Doc, first: int, limit: int) -> int | None:
    """The end of the words from ``first`` to the end of the sentence when they can be a source:
    at most 40 tokens on one line, no quotation, no other cue."""
    last = limit
    while (
        last > first
        and (doc[last - 1].is_punct or doc[last - 1].is_space)
        and doc[last - 1].text != ")"
    ):
        if doc[last - 1].text in QUOTE_TOKENS:
            return None
        last -= 1
    words = doc[first:last]
    if not 1 <= len(words) <= 40 or "\n" in words.text:
        return None
    if words[0].lower_ in SUBJECT_PRONOUNS | {"by", "in", "on", "at", "during", "that"}:
        return None  # "said he doubts ...": a content; "written by ...": a passive
    if any(t.text in QUOTE_TOKENS or t.lower_ in REPORTING_VERBS for t in words):
        return None
    return last


# Rule: "issued a statement saying" is one cue, the source the subject of "issued".

_ISSUING_VERBS = frozenset({"issued", "released", "posted", "sent", "put", "published", "issues"})
_STATEMENT_NOUNS = frozenset({"statement", "release", "letter", "message", "memo", "tweet"})


def _statement_before(doc: Doc, token: Token, limit: int) -> int | None:
    """Where "issued a statement" starts before a participle ("issued a statement saying ..."),
    or None."""
    noun = token.i - 1
    if noun - 2 < limit or doc[noun].lower_ not in _STATEMENT_NOUNS:
        return None
    index = noun - 1
    while index > limit and doc[index].lower_ not in DETERMINERS and noun - index < 4:
        index -= 1  # "a brief statement", "a joint press release"
    if doc[index].lower_ not in DETERMINERS:
        return None
    verb = index - 1
    if verb >= limit and doc[verb].lower_ == "out":
        verb -= 1
    if verb < limit or doc[verb].lower_ not in _ISSUING_VERBS:
        return None
    return verb


# Rule: a quantifier after its subject ("The mayor and the union both condemned", "the ministers all
# urged") belongs to the cue, as PolNeAR annotates it.

_FLOATING_QUANTIFIERS = frozenset({"both", "all", "each"})


# Rule: a cue coordinated with an earlier verb that is no cue ("Okonjo toured the quay and said
# ...") has that verb's subject in the parse as its source.


def coordinated_verb_subject(doc: Doc, token: Token) -> tuple[int, int] | None:
    """The parsed subject of the verb a cue is coordinated with ("X toured the quay and said"),
    when the cue reports a clause or a quotation."""
    if not doc.has_annotation("DEP") or token.dep_ != "conj" or token.head.i >= token.i:
        return None
    head = token.head
    if head.pos_ not in {"VERB", "AUX"} or head.dep_ in {"conj", "xcomp", "advcl", "ccomp"}:
        return None
    if not any(child.dep_ in {"ccomp", "xcomp"} for child in token.children) and not (
        token.i + 1 < len(doc) and doc[token.i + 1].text in {",", ":", "“", '"', "that"}
    ):
        return None  # "... and wrote his dissertation": no report
    return dependency_subject(doc, head)


# Rule: a participle after a comma whose clause subject the words do not give ("And even Okonjo
# tried to help, noting that ...") takes the parsed subject of the verb it hangs on.


def _participle_head_subject(doc: Doc, token: Token) -> tuple[int, int] | None:
    if not doc.has_annotation("DEP") or token.dep_ not in {"advcl", "xcomp", "conj"}:
        return None
    head = token.head
    if head.i >= token.i or head.pos_ not in {"VERB", "AUX"}:
        return None
    return dependency_subject(doc, head)


# Rule: the parsed subject replaces the phrase found from the words when it only adds words before
# it with no comma or quotation mark between ("Democrats in Iowa who watched the debate said": the
# words alone give "debate"; "Some delegates at the convention in Philadelphia"); across a comma
# the parse too often joins an opening phrase ("On Sunday, Mr. Okafor said").


# Rule (round 12): a name followed by an apposition that itself holds a comma ("Mark Eze, chief
# executive of Harbourline, a Velmar company, said"; "Dean Okonjo, a salesman from Sumter,
# Velmar, says") is the source whole, as the parse reads it: the words alone stop at the last
# comma ("Sumter, Velmar"). Not when the parse joins an opening phrase to the name ("At a rally
# Monday, Ada Okonjo, the mayor, said"): no comma before the name.


# Rule (round 12): the words stop at the last comma of a name that lists words ("A spokesman for
# the Bureau of Alcohol, Tobacco, Firearms and Explosives said": "Firearms and Explosives"); the
# parsed subject, which ends with that name, is the source.

_LISTED_NAME_END = re.compile(
    r"\bof\s+[A-Z][\w’'-]*(?:,\s+[A-Z][\w’'-]*)+,?\s+(?:and|&)\s+[A-Z][\w’'-]*$"
)


def _name_with_apposition(doc: Doc, token: Token, parsed_subject: tuple[int, int]) -> bool:
    """Whether the verb's parsed subject is a name with an apposition after it, the subject's
    span opening with no comma before the name."""
    subjects = [c for c in token.children if c.dep_ == "nsubj" and c.i < token.i]
    if not subjects or subjects[-1].pos_ != "PROPN":
        return False
    head = subjects[-1]
    if "," in text_of(doc)[parsed_subject[0] : head.idx]:
        return False
    return any(child.dep_ == "appos" and child.i > head.i for child in head.children)


def _plain_words_before(text: str, start: int, inner_start: int) -> bool:
    between = text[start:inner_start]
    return not any(mark in between for mark in ",;:()“”\"'‘’\n") or bool(
        re.fullmatch(r"[^,;:()“”\"\n]*[’']s?\s[^,;:()“”\"\n]*", between)
    )


def widen_cue(
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
        while start_index < token.i and (
            doc[start_index].is_punct
            or doc[start_index].is_space
            or doc[start_index].lower_ in _LEADING_TIME_WORDS
        ):
            start_index += 1
    if (
        0 <= left < token.i
        and doc[left].lower_ in _FLOATING_QUANTIFIERS
        and source is not None
        and not source_after
        and source[1] <= doc[left].idx
    ):
        start_index = left  # "Okonjo and Broch both condemned"
    limit = len(doc)
    if content[0] > token.idx:
        limit = min(limit, _first_token(doc, content))
    if source_after and source is not None and source[0] > token.idx:
        limit = min(limit, _first_token(doc, source))
    if (
        (end_index < limit and doc[end_index].text == ":")
        or (end_index + 1 == limit and particle_in_cue(doc, end_index, verb, len(doc)))
        or (
            end_index < limit
            and doc[end_index].lower_ in {"for", "on", "of", "about"}
            and verb.lemma in _PARTICLE_VERBS
            and not (
                end_index + 1 < len(doc)
                and doc[end_index + 1].lower_ in DETERMINERS | _CUE_TIME_WORDS
            )
        )
    ):
        end_index += 1
    if end_index < limit and verb.lemma == "point" and doc[end_index].lower_ == "out":
        end_index += 1
    while end_index < limit and doc[end_index].lower_ in _CUE_TIME_WORDS - _NOT_IN_CUE:
        end_index += 1
    start = doc[start_index].idx
    end = doc[end_index - 1].idx + len(doc[end_index - 1].text)
    if content[1] <= token.idx:
        statement = _IN_A_STATEMENT.match(text_of(doc), end)
        if statement is not None:
            end = statement.end()
    return start, end


# Rule: after a content that comes first ("“...,” the board said in a statement."), "in a
# statement" (or press release) is part of the cue, as PolNeAR mostly annotates it (all train files,
# 2026-11-25: 42 gold cues take it in, 22 leave it out; when the content follows the cue, 13 and 15,
# so it is left out there).

_IN_A_STATEMENT = re.compile(
    r"[ \t]+in (?:a|an|the|his|her|their|its) (?:[\w-]+ ){0,2}?(?:statement|release)\b"
)


# Rule: a piece of evidence as the cue's subject in the parse is the source with all its modifiers
# ("A survey by the institute in March found ...": not "March" nor "the institute").


def _evidence_noun_subject(token: Token) -> bool:
    subjects = [child for child in token.children if child.dep_ == "nsubj" and child.i < token.i]
    return bool(subjects) and subjects[-1].lower_ in EVIDENCE_SUBJECT_NOUNS


# Rule (round 12): an adverb between the subject and the verb ("Okonjo has long argued", "openly
# admitted") and a parenthetical set off by commas ("Okonjo, however, said", "The mayor, for her
# part, said") stand between the subject and its verb: the subject is read before them (was: the
# adverb taken for the source, or no source and no attribution).

_FINITE_OR_PERFECT = frozenset({"VBD", "VBZ", "VBP", "VB", "VBN"})
_NOT_A_SUBJECT_END = frozenset({"is", "are", "was", "were", "be", "been", "being", "that", "which"})
_ADVERBS_BEFORE_VERB = frozenset({"long", "often", "always", "since", "ever", "sometimes"})
_ASIDES = re.compile(
    r"^(?:however|though|too|meanwhile|instead|nonetheless|nevertheless|likewise|moreover|"
    r"in turn|in fact|of course|in response|by contrast|in contrast|in particular|"
    r"for (?:his|her|its|their|our|my) part)$"
)


def _before_adverbs_and_asides(doc: Doc, token: Token, left: int, limit: int) -> tuple[int, int]:
    """Where the subject ends, stepping back over adverbs (before a finite verb or a perfect, not
    a participle: "widely reported", "wrongly suggesting") and a parenthetical aside, and the
    token after which the cue starts (the adverbs are in it, the aside is not)."""
    while (
        left > limit
        and token.tag_ in _FINITE_OR_PERFECT
        and doc[left].pos_ == "ADV"
        and doc[left].text.islower()
    ):
        word = doc[left].lower_
        if not (word.endswith("ly") or word in _ADVERBS_BEFORE_VERB):
            break
        before = skip_back_to_subject(doc, left - 1, limit)
        if (
            before < limit
            or doc[before].lower_ in _NOT_A_SUBJECT_END | DETERMINERS
            or any(doc[i].lower_ in _NOT_A_SUBJECT_END for i in range(before + 1, left))
        ):
            break
        left = before
    if left > limit and doc[left].text == ",":
        opening = left - 1
        while opening > limit and doc[opening].text != "," and left - opening <= 4:
            opening -= 1
        if (
            opening > limit
            and doc[opening].text == ","
            and _ASIDES.match(doc[opening + 1 : left].text.lower())
            and is_noun_phrase_word(doc[opening - 1])
        ):
            return opening - 1, left
    return left, left


def around_reporting_verb(
    doc: Doc,
    token: Token,
    verb: ReportingVerb,
    quotes: Sequence[tuple[int, int]],
    found: Sequence[FoundAttribution],
    *,
    block_start: int = 0,
) -> FoundAttribution | None:
    sentence = sentence_of(token)
    cue_start, cue_end = token.idx, token.idx + len(token.text)
    participle = token.lower_ in PARTICIPLE_FORMS
    statement_start: int | None = None
    left = skip_back_to_subject(doc, token.i - 1, sentence.start)
    if went_on_to(doc, token):
        left = skip_back_to_subject(doc, token.i - 4, sentence.start)
    left, cue_left = _before_adverbs_and_asides(doc, token, left, sentence.start)
    if sentence.start < left < token.i and doc[left].lower_ in _FLOATING_QUANTIFIERS - {"each"}:
        # "Okonjo and Adeyemi have both argued": the subject is before the quantifier.
        before_quantifier = skip_back_to_subject(doc, left - 1, sentence.start)
        if before_quantifier >= sentence.start and is_noun_phrase_word(doc[before_quantifier]):
            left = cue_left = before_quantifier
    passive = any(
        doc[i].lower_ in {"was", "were", "is", "are", "been", "be"}
        for i in range(left + 1, token.i)
    )
    if participle and passive and verb.lemma not in {"respond", "reply"}:
        # "is telling reporters that ...", "has been saying": a finite verb, read like "tells".
        participle = passive = False
    source: tuple[int, int] | None = None
    coordinated = False
    source_after = False
    parsed_subject = None
    if doc.has_annotation("DEP") and not participle:
        parsed_subject = dependency_subject(doc, token)
    if passive:
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
    elif participle:
        statement_start = _statement_before(doc, token, sentence.start)
        if (
            left >= sentence.start
            and doc[left].text not in {",", "—", "–"} | CLOSING_QUOTE_TOKENS
            and doc[left].lower_ not in {"and"}
            and statement_start is None
        ):
            return None
        source = participle_subject(doc, sentence, token, found) or _participle_head_subject(
            doc, token
        )
        if source is None:
            return None
    elif left >= sentence.start and doc[left].lower_ in {"and", "but", "or"}:
        earlier = [
            f for f in found if f.sentence_start == sentence.start_char and f.source is not None
        ]
        if earlier:
            source = earlier[-1].source
            coordinated = True
        else:
            source = participle_subject(doc, sentence, token, found) or coordinated_verb_subject(
                doc, token
            )
    elif (
        left >= sentence.start
        and doc[left].text in {",", "—", "–"}
        and apposition_noun_phrase(doc, left, sentence.start)
    ):
        source = apposition_noun_phrase(doc, left, sentence.start)
    elif left >= sentence.start and (is_noun_phrase_word(doc[left]) or doc[left].text == ")"):
        start = noun_phrase_start(doc, left, sentence.start)
        if start is not None:
            source = char_offsets(doc, start, left + 1)
            if doc[start].lower_ == "that":
                return None
    if source is None and not passive:
        source = share_subject(doc, token, sentence)
    if source is None and not passive:
        source = _inverted_source(doc, token, left, sentence)
        source_after = source is not None
    if parsed_subject is not None:
        source = _preferring_parsed_subject(doc, token, source, parsed_subject, source_after)
    elif source is None and not passive and not participle:
        source = long_name_subject(doc, token)
    if source is not None and not source_after:
        source = with_modified_head(text_of(doc), max(sentence.start_char, block_start), source)
        source = without_dateline(text_of(doc), source)
    if source is None and not passive:
        return None
    content = content_span(doc, token, verb, sentence, quotes, source, source_after, left)
    if content is None:
        return None
    content = snap_to_quotes(text_of(doc), content, quotes)
    cue_start, cue_end = widen_cue(doc, token, verb, cue_left, source, source_after, content)
    if participle and statement_start is not None:
        cue_start = doc[statement_start].idx
    after = content[0] >= cue_end
    return FoundAttribution(
        cue_start, cue_end, verb, source, content, after, sentence.start_char, coordinated
    )


def _inverted_source(
    doc: Doc, token: Token, left: int, sentence: DocSpan
) -> tuple[int, int] | None:
    """The source after the verb, when nothing before it can be one ("..., said Okonjo", "“...”
    said the mayor of the town"): offsets of the noun phrase or the rest of the sentence."""
    after_index = token.i + 1
    if (
        left < sentence.start
        or doc[left].text in {",", ":", "—", "–"} | CLOSING_QUOTE_TOKENS
        or (doc[left].text == "“" and closing_position(text_of(doc), doc[left].idx))
        or doc[left].lower_ in {"also"}
    ):
        end = noun_phrase_end(doc, after_index, sentence.end)
        if end is not None and ends_inverted_source(doc, end, sentence.end):
            end = apposition_end(doc, end, sentence.end)
            while end > after_index + 1 and doc[end - 1].text in {".", "\n"}:
                end -= 1  # "said Okonjo." before a line break: not the sentence's full stop
            return char_offsets(doc, after_index, end)
        elif after_quotation(doc, left):
            end = rest_of_sentence(doc, after_index, sentence.end)
            if end is not None:
                return char_offsets(doc, after_index, end)
    return None


def _preferring_parsed_subject(
    doc: Doc,
    token: Token,
    source: tuple[int, int] | None,
    parsed_subject: tuple[int, int],
    source_after: bool,
) -> tuple[int, int] | None:
    """The parse's subject of the verb instead of the source read from the words: when none was
    read; when the words kept only the end of the subject, cut at a relative clause or a
    modifier ("The officials who ran the count said"); or when the subject is an evidence noun
    (``EVIDENCE_SUBJECT_NOUNS``) that holds the source read."""
    if source is None or (
        not source_after
        and source[1] == parsed_subject[1]
        and parsed_subject[0] < source[0]
        and (
            relative_clause_inside(doc, parsed_subject, source[0])
            or _plain_words_before(text_of(doc), parsed_subject[0], source[0])
            or _name_with_apposition(doc, token, parsed_subject)
            or _LISTED_NAME_END.search(text_of(doc)[parsed_subject[0] : parsed_subject[1]])
        )
    ):
        return parsed_subject
    if (
        not source_after
        and source != parsed_subject
        and parsed_subject[0] <= source[0]
        and source[1] <= parsed_subject[1]
        and _evidence_noun_subject(token)
    ):
        return parsed_subject
    return source
