"""An attribution as found in the text, before its source is resolved: character offsets only."""

from __future__ import annotations

from dataclasses import dataclass

from corroborate.read.cues import (
    ReportingVerb,
)


@dataclass
class FoundAttribution:
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
