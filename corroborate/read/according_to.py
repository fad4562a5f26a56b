""" "According to X": the source is the phrase after it, the content the clause it belongs to."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from corroborate.read.content_spans import clause_after_cue, end_before_comma, first_content_token
from corroborate.read.doc_offsets import char_offsets, text_of, trimmed_offsets
from corroborate.read.found_attribution import FoundAttribution
from corroborate.read.quotes import QUOTE_TOKENS, snap_to_quotes
from corroborate.read.sentences import sentence_of
from corroborate.read.via_outlets import strip_via_prefix

# Rule: a dash typed as hyphens with a space before them ("according to police - - the women
# were ...", "according to police -- the women ...") ends the source like a real dash; a hyphen
# inside a word ("al-Okonjo") does not.


def _spaced_dash(doc: Doc, index: int) -> bool:
    token = doc[index]
    return token.text in {"-", "--"} and index > 0 and bool(doc[index - 1].whitespace_)


def according_to_attribution(
    doc: Doc, token: Token, quotes: Sequence[tuple[int, int]]
) -> FoundAttribution | None:
    sentence = sentence_of(token)
    to = doc[token.i + 1]
    source_start = to.i + 1
    source_end = source_start
    while (
        source_end < sentence.end
        and doc[source_end].text not in {",", ";", ".", "—", "–", ":"}
        and doc[source_end].text not in QUOTE_TOKENS
        and not _spaced_dash(doc, source_end)
    ):
        source_end += 1
    if source_end == source_start:
        return None
    source = trimmed_offsets(doc, source_start, source_end)
    source = strip_via_prefix(doc, source)
    if source is None:
        return None
    before = first_content_token(doc, sentence, token.i)
    rest = [t for t in doc[source_end + 1 : sentence.end] if not (t.is_punct or t.is_space)]
    if (
        before is not None
        and len(rest) >= 3
        and (
            token.i - before <= 3
            or doc[end_before_comma(doc, token.i) - 1].lower_ in {"that", "and", "but"}
        )
    ):
        before = None
    content: tuple[int, int] | None
    if before is not None:
        content = char_offsets(doc, before, end_before_comma(doc, token.i))
    else:
        after = (
            source_end + 1
            if source_end < sentence.end and doc[source_end].text == ","
            else source_end
        )
        content = clause_after_cue(doc, after, sentence, quotes)
    if content is None:
        return None
    content = snap_to_quotes(text_of(doc), content, quotes)
    return FoundAttribution(
        token.idx, to.idx + len(to.text), None, source, content, before is None, sentence.start_char
    )


# Rule (round 12): a sentence that opens with "In a poll (survey) ..., " reports what the poll
# found: "In" is the cue, the phrase up to the comma the source, the clause after the comma the
# content ("In a Harbour Institute poll released Monday, 52 percent backed the levy."). Not when
# the phrase holds a clause of its own ("In eight states where polls were held, ..."), nor when a
# participle follows the comma (", conducted in May, the institute found ...").

_POLL_NOUNS = frozenset({"poll", "polls", "survey", "surveys"})
_RELATIVE_WORDS = frozenset({"where", "which", "that", "who", "when"})
_POLL_PHRASE_TOKENS = 20


def in_a_poll_attribution(doc: Doc, token: Token) -> FoundAttribution | None:
    """The attribution that "In a poll ..., CLAUSE" makes at ``token`` ("In"), if it is one."""
    if token.lower_ != "in" or not doc.has_annotation("TAG"):
        return None
    sentence = sentence_of(token)
    first = next((t for t in sentence if not t.is_space), None)
    if first is None or first.i != token.i:
        return None
    comma = next((t for t in doc[token.i + 1 : sentence.end] if t.text == ","), None)
    if comma is None or comma.i - token.i > _POLL_PHRASE_TOKENS:
        return None
    phrase = doc[token.i + 1 : comma.i]
    poll = next((t for t in phrase if t.lower_ in _POLL_NOUNS), None)
    if poll is None or any(t.pos_ in {"VERB", "AUX"} for t in doc[token.i + 1 : poll.i]):
        return None
    if any(t.pos_ == "AUX" or t.lower_ in _RELATIVE_WORDS for t in phrase):
        return None
    after = comma.i + 1
    while after < sentence.end and doc[after].is_space:
        after += 1
    if after >= sentence.end or doc[after].tag_ in {"VBN", "VBG"}:
        return None
    if sum(1 for t in doc[after : sentence.end] if not (t.is_punct or t.is_space)) < 3:
        return None
    content = trimmed_offsets(doc, after, sentence.end)
    source = trimmed_offsets(doc, token.i + 1, comma.i)
    if content is None:
        return None
    return FoundAttribution(
        token.idx, token.idx + len(token.text), None, source, content, True, sentence.start_char
    )
