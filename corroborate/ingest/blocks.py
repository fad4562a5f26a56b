"""Cut an article's text into blocks (paragraphs) and say what each one is.

A paragraph is a line, or, in hard-wrapped text whose paragraphs are separated by blank lines, a
run of lines. Each paragraph is classified:

``embed``
    an embedded post: ``pic.twitter.com/...``, a signature ``— Name (@handle) June 21, 2023``,
    "View this post on Instagram". A signature on a line of its own takes the line before it
    (the post's text) into the same block.
``caption``
    a photo caption: ends in ``Photo: <credit>``, ``(Reuters)``, ``Getty Images``; or starts with
    ``Image:``, ``Photo:``, ``Pictured:``, or "A photo shared by / released by ...".
``promo``
    a line the site put in the story: a headline-like line in capitals with no closing full stop
    (``CLICK HERE TO GET THE ... APP``, teasers for other stories), or ``READ MORE:``,
    ``SIGN UP``, ``WATCH:``, ``Advertisement``. In a text mostly in capitals (a broadcast
    transcript) lines in capitals are body text.
``title``
    the first paragraph when it is a short line without final punctuation (a headline), or when
    it is the title known from metadata.
``body``
    everything else.

Header blocks (metadata lines) are found before, by :mod:`corroborate.ingest.headers`.
Blocks never overlap, follow the text in order, and leave out surrounding whitespace.
"""

from __future__ import annotations

import itertools
import re

from corroborate.record import Block, BlockKind

__all__ = ["classify_paragraph", "cut_blocks", "paragraph_spans"]

_EMBED = re.compile(
    r"pic\.twitter\.com/"
    r"|[—–-]\s*[^()\n]{1,100}\(@\w{1,30}\)\s+"
    r"(?:[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})"
    r"|View this post on Instagram|A post shared by"
    r"|https?://(?:www\.)?(?:t\.co/|twitter\.com/\w+/status|x\.com/\w+/status"
    r"|instagram\.com/(?:p|reel)/"
    r"|tiktok\.com/@|youtu\.be/|youtube\.com/watch)",
    re.IGNORECASE,
)
_EMBED_SIGNATURE = re.compile(r"[—–-]\s*[^()\n]{1,100}\(@\w{1,30}\)")
"""A line that starts with an embedded post's signature: "— Name (@handle) June 21, 2023"."""
_AGENCY = r"(?:Reuters|AP|AFP|EPA|EPA-EFE|Getty Images|Shutterstock|Alamy|Bloomberg|Anadolu)"
_CAPTION_END = re.compile(
    r"(?:\b(?:Photo|Photograph|Picture|Image|Credit|Photo credit|Image credit)s?"
    r"\s*:\s*[^.:\n]{1,120}"
    r"|\((?:[^()\n]{0,80}\b(?:Photo|Picture|Image|Credit|" + _AGENCY + r")\b[^()\n]{0,80})\)"
    r"|\bGetty Images|[/|]\s*" + _AGENCY + r")\s*\.?\s*$",
)
_CAPTION_START = re.compile(
    r"^(?:(?:Image|Photo|Photograph|Picture|Pictured|Caption)\s*:"
    r"|(?:(?:A|An|This|The) )?(?:file |handout |undated |social media )?"
    r"(?:photo|photograph|picture|image|screenshot|screen grab|video still|still from a video)"
    r" (?:shared|released|provided|taken|posted|obtained|distributed|made available)"
    r"(?: by| on| from| to)\b)",
    re.IGNORECASE,
)
_PROMO_START = re.compile(
    r"^(?:(?:read more|read also|also read|more on this"
    r"|related(?: stories| articles| content| coverage)?"
    r"|see also|watch|listen|recommended|trending|don't miss|most read)\s*:"
    r"|click here\b|sign up\b|subscribe (?:now|to|for|here)\b|(?:skip )?advertisement\s*$)",
    re.IGNORECASE,
)
_FINAL_PUNCTUATION = ".,;:"
_TITLE_MAX_CHARS = 160
_TITLE_MAX_WORDS = 25
_WRAP_WIDTH = 100
_TEASER_MAX_WORDS = 24
_SENTENCE_END = '.!"”,;:'
_TRANSCRIPT_SHARE = 0.3


def cut_blocks(
    text: str,
    start: int = 0,
    *,
    known_title: str | None = None,
    title_allowed: bool = True,
) -> list[Block]:
    """The classified blocks of ``text[start:]``.

    ``known_title`` (from metadata) marks a first paragraph equal to it as the title;
    ``title_allowed=False`` never makes a title block (when the text starts in mid-line).
    """
    spans = paragraph_spans(text, start)
    capitals = sum(
        1 for span_start, span_end in spans if _is_all_capitals(text[span_start:span_end])
    )
    # In a broadcast transcript most lines are in capitals: they are the story, not promos.
    capitals_are_promo = capitals <= max(3, len(spans) * _TRANSCRIPT_SHARE)
    blocks: list[Block] = []
    for index, (block_start, block_end) in enumerate(spans):
        paragraph = text[block_start:block_end]
        first = index == 0 and title_allowed
        kind = classify_paragraph(
            paragraph,
            first=first,
            followed=index + 1 < len(spans),
            known_title=known_title,
            capitals_are_promo=capitals_are_promo,
        )
        if _EMBED_SIGNATURE.match(paragraph) and blocks and blocks[-1].kind in ("body", "embed"):
            # The post's text on the line before its signature: one embed.
            block_start = blocks.pop().start
        blocks.append(Block(kind, block_start, block_end))
    return blocks


def paragraph_spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Offsets of the paragraphs of ``text[start:]``, whitespace around each left out."""
    lines = [
        (match.start(), match.end())
        for match in re.finditer(r"[^\n]+", text[start:])
        if match.group(0).strip()
    ]
    lines = [(start + line_start, start + line_end) for line_start, line_end in lines]
    lines = [_strip(text, line_start, line_end) for line_start, line_end in lines]
    if not _is_hard_wrapped(text, start):
        return lines
    paragraphs: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for line in lines:
        standalone = _stands_alone(text[line[0] : line[1]])
        joins = run and not standalone and not _blank_between(text, run[-1][1], line[0])
        if joins:
            run.append(line)
            continue
        if run:
            paragraphs.append((run[0][0], run[-1][1]))
        run = [line]
        if standalone:
            paragraphs.append(line)
            run = []
    if run:
        paragraphs.append((run[0][0], run[-1][1]))
    return paragraphs


def classify_paragraph(
    paragraph: str,
    *,
    first: bool = False,
    followed: bool = True,
    known_title: str | None = None,
    capitals_are_promo: bool = True,
) -> BlockKind:
    """What kind of block one paragraph is (see the module docstring).

    ``capitals_are_promo=False`` (for transcripts written in capitals) keeps lines in capitals
    as body text.
    """
    stripped = paragraph.strip()
    if _EMBED.search(stripped):
        return "embed"
    if _CAPTION_START.search(stripped) or _CAPTION_END.search(stripped):
        return "caption"
    if _PROMO_START.search(stripped):
        return "promo"
    if first and (
        _is_known_title(stripped, known_title) or (followed and _looks_like_headline(stripped))
    ):
        return "title"
    if capitals_are_promo and _is_teaser(stripped):
        return "promo"
    return "body"


def _looks_like_headline(paragraph: str) -> bool:
    words = paragraph.split()
    return (
        "\n" not in paragraph
        and 2 <= len(words) <= _TITLE_MAX_WORDS
        and len(paragraph) <= _TITLE_MAX_CHARS
        and paragraph[-1] not in _FINAL_PUNCTUATION
        and (paragraph[0].isupper() or paragraph[0].isdigit() or paragraph[0] in "'‘\"“")
    )


def _is_known_title(paragraph: str, known_title: str | None) -> bool:
    return known_title is not None and " ".join(paragraph.split()) == " ".join(known_title.split())


def _is_teaser(paragraph: str) -> bool:
    """A headline-like line in capitals: no closing full stop, at most a couple of dozen words.

    Teasers for other stories and app adverts look like this; a sentence in capitals that ends
    with a full stop is more likely shouted text or a transcript.
    """
    return (
        _is_all_capitals(paragraph)
        and paragraph[-1] not in _SENTENCE_END
        and len(paragraph.split()) <= _TEASER_MAX_WORDS
    )


def _is_all_capitals(paragraph: str) -> bool:
    letters = [character for character in paragraph if character.isalpha()]
    words = [word for word in paragraph.split() if any(c.isalpha() for c in word)]
    if len(letters) < 8 or len(words) < 3:
        return False
    capitals = sum(1 for character in letters if character.isupper())
    return capitals / len(letters) >= 0.85


def _stands_alone(line: str) -> bool:
    """A line that is its own block even inside a hard-wrapped run (a promo, an embed signature)."""
    stripped = line.strip()
    return bool(_PROMO_START.search(stripped) or _is_teaser(stripped))


def _is_hard_wrapped(text: str, start: int) -> bool:
    """Whether paragraphs are separated by blank lines and run over several short lines.

    Text with one paragraph per line (long lines, no blank lines, or a blank line only after a
    title) is not hard-wrapped: each of its lines is a paragraph.
    """
    region = text[start:]
    if not re.search(r"\n[ \t\r]*\n", region):
        return False
    lines = region.split("\n")
    wrapped_lines = [
        line for line, following in itertools.pairwise(lines) if line.strip() and following.strip()
    ]
    if not wrapped_lines:
        return False
    short = sum(1 for line in wrapped_lines if len(line.strip()) <= _WRAP_WIDTH)
    return short / len(wrapped_lines) >= 0.8


def _blank_between(text: str, end: int, start: int) -> bool:
    return text.count("\n", end, start) >= 2


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
