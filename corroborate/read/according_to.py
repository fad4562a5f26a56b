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
