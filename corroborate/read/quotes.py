"""Quoted passages in an article's text: where each quotation opens and closes, across
sentences and paragraphs, and the small questions the attribution reader asks about them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

OPENING_QUOTES = "“\"'‘"
CLOSING_QUOTES = "”\"'’"
CLOSING_QUOTE_TOKENS = frozenset({"”", '"', "''", "’", "'"})
"""Quote marks as tokens that may close a quotation (straight and single ones open them too)."""
QUOTE_TOKENS = frozenset({"“", "``", "‘"}) | CLOSING_QUOTE_TOKENS
"""Quote marks as tokens: curly, straight, single, and the doubled apostrophes some archives
use."""
_TWO_APOSTROPHES = re.compile(r"''")


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
                if _line_closes_quote(text, next_start, opened) or _colon_quote_runs_on(
                    text, next_start, opened
                ):
                    index = next_start
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
            elif closing_position(text, index):
                quotes.append((opened, index + 1))
                opened = None
        elif char == "”":
            if opened is not None:
                quotes.append((opened, index + 1))
                opened = None
        elif char == '"':
            if opened is None:
                opened = index
            elif text[opened] == '"' or closing_position(text, index):
                quotes.append((opened, index + 1))
                opened = None
        index += 1
    if opened is not None:
        end = length
        while end > opened and text[end - 1] in " \t\r\n":
            end -= 1
        quotes.append((opened, end))
    return sorted(quotes + _single_quotes(text, quotes))


# Rule (fifth session): quotations in single marks ('...,' the chief said; ‘...’) are quotations
# too, as many British and Commonwealth outlets write them. A single mark is ambiguous with an
# apostrophe ("the players' union", "don’t", "'90s"), so one opens only before a word at a word's
# start, closes only right after a sentence's or a clause's punctuation (or right before it),
# within one paragraph, and never inside a double-quoted passage.

_ELISIONS = re.compile(r"(?:em|til|tis|twas|n|cause|cos|d|s|t|ll|re|ve|\d0?s?)\b", re.IGNORECASE)


def _single_quotes(text: str, doubles: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of passages in single quote marks that do not overlap a double-quoted one."""
    found: list[tuple[int, int]] = []
    start = 0
    for paragraph in text.split("\n"):
        index = 0
        while index < len(paragraph):
            if paragraph[index] in "‘'" and _opens_single(paragraph, index):
                close = next(
                    (
                        later
                        for later in range(index + 2, len(paragraph))
                        if paragraph[later] in "’'" and _closes_single(paragraph, later)
                    ),
                    None,
                )
                if close is not None:
                    span = (start + index, start + close + 1)
                    if not any(a < span[1] and span[0] < b for a, b in doubles):
                        found.append(span)
                    index = close + 1
                    continue
            index += 1
        start += len(paragraph) + 1
    return found


def _opens_single(paragraph: str, index: int) -> bool:
    before = paragraph[index - 1] if index > 0 else " "
    after = paragraph[index + 1] if index + 1 < len(paragraph) else " "
    return (
        (before.isspace() or before in '([—–-“"')
        and after.isalnum()
        and _ELISIONS.match(paragraph, index + 1) is None
    )


def _closes_single(paragraph: str, index: int) -> bool:
    before = paragraph[index - 1]
    after = paragraph[index + 1] if index + 1 < len(paragraph) else " "
    return (before in ",.!?;:—–" and (after.isspace() or after in '.,;:!?)—–”"')) or (
        before.isalnum() and before.lower() != "s" and after in ",.;:!?"
    )


# Rule: a quote left open at a line end runs on through a next line whose first quote mark closes
# ("“... as “subdued.\nVery subdued,” the sheriff said."): sources that put each sentence on its own
# line do not reopen the quotation.


def _line_closes_quote(text: str, line_start: int, opened: int) -> bool:
    """Whether the first quote mark on the line from ``line_start`` is a double mark in closing
    position (after a word, before a space or punctuation) that a cue follows (", the sheriff
    said")."""
    line_end = text.find("\n", line_start)
    if line_end == -1:
        line_end = len(text)
    for index in range(line_start, line_end):
        char = text[index]
        if char in '“”"':
            return (
                char != "“"
                and index > line_start
                and closing_position(text, index)
                and (
                    _CUE_AFTER_MARK.match(text, index + 1, line_end) is not None
                    or (
                        text[:opened].rstrip().endswith(":")
                        and _closes_at_line_end(text, index, line_end)
                    )
                )
            )
    return False


_MOST_LINES_OF_A_QUOTATION = 8


def _colon_quote_runs_on(text: str, line_start: int, opened: int) -> bool:
    """Whether a quotation a colon introduces runs on through lines with no quote mark ("...
    coming back:⏎“She drove ...⏎She had ...⏎A third was also shot.”"): a later line, at most a
    few lines on, closes it at its end and no line before that has a quote mark."""
    if not text[:opened].rstrip().endswith(":"):
        return False
    start = line_start
    for _ in range(_MOST_LINES_OF_A_QUOTATION):
        end = text.find("\n", start)
        if end == -1:
            end = len(text)
        marks = [index for index in range(start, end) if text[index] in '“”"']
        if marks:
            return (
                len(marks) == 1
                and text[marks[0]] != "“"
                and marks[0] > start
                and closing_position(text, marks[0])
                and _closes_at_line_end(text, marks[0], end)
            )
        if end >= len(text) or not text[start:end].strip():
            return False
        start = end + 1
    return False


def _closes_at_line_end(text: str, index: int, line_end: int) -> bool:
    """Whether the closing mark at ``index`` ends its line after a sentence's final stop
    ("No one was hurt."⏎): the last sentence of a quotation that opened on the line before."""
    return not text[index + 1 : line_end].strip() and text[index - 1 : index] in {".", "!", "?"}


_CUE_AFTER_MARK = re.compile(
    r",? (?:[\w.’'-]+ ){0,6}(?:said|says|added|told|explained|continued|wrote)\b"
)


def closing_position(text: str, index: int) -> bool:
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


def quote_at(quotes: Sequence[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    for start, end in quotes:
        if start <= offset < end:
            return (start, end)
    return None


def snap_to_quotes(
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


def quote_ending_at(quotes: Sequence[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    for start, end in quotes:
        if end == offset:
            return (start, end)
    return None


def starts_quote(text: str, content: tuple[int, int]) -> bool:
    return text[content[0] : content[0] + 1] in OPENING_QUOTES


def inside_quote(quotes: Sequence[tuple[int, int]], offset: int) -> bool:
    return quote_at(quotes, offset) is not None and quote_at(quotes, offset)[0] != offset  # type: ignore[index]
