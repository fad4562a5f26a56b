"""corroborate: a source-attributed event record from several reports of one event.

>>> import corroborate
>>> record = corroborate.compare(["a.txt", "b.html"])
>>> record.to_dict()["facts"]
"""

import logging

from corroborate._version import __version__
from corroborate.compare import (
    compare,
    compare_articles,
    compare_articles_by_event,
    compare_events,
)
from corroborate.errors import (
    CorroborateError,
    NothingToCompareError,
    SourceError,
    StoreError,
)
from corroborate.record import (
    Article,
    Attribution,
    Block,
    Claimer,
    Entity,
    EventRecord,
    Fact,
    Figure,
    Hedge,
    Mention,
    Problem,
    Reading,
    Span,
    Verdict,
    Versions,
    record_from_dict,
)

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "Article",
    "Attribution",
    "Block",
    "Claimer",
    "CorroborateError",
    "Entity",
    "EventRecord",
    "Fact",
    "Figure",
    "Hedge",
    "Mention",
    "NothingToCompareError",
    "Problem",
    "Reading",
    "SourceError",
    "Span",
    "StoreError",
    "Verdict",
    "Versions",
    "__version__",
    "compare",
    "compare_articles",
    "compare_articles_by_event",
    "compare_events",
    "record_from_dict",
]
