"""Where records are kept: a SQLite file with registered migrations, readable in Datasette.

>>> from corroborate.store import open_store
>>> with open_store("corroborate.db") as store:
...     store.save(record)
...     store.records()
"""

from corroborate.store.sqlite import ArticleMatch, RecordStore, StoredRecord, open_store

__all__ = ["ArticleMatch", "RecordStore", "StoredRecord", "open_store"]
