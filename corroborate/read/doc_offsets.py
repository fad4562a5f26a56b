"""Token ranges of a Doc as character offsets into its text."""

from __future__ import annotations

from spacy.tokens import Doc


def text_of(doc: Doc) -> str:
    """The Doc's text, built once per Doc (``Doc.text`` joins every token on each access)."""
    cached = doc.user_data.get("corroborate_text")
    if cached is None:
        cached = doc.text
        doc.user_data["corroborate_text"] = cached
    return cached


def trimmed_offsets(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
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
    return char_offsets(doc, start, end)


def char_offsets(doc: Doc, start: int, end: int) -> tuple[int, int]:
    return (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
