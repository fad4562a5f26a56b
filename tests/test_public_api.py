"""The public API is small and explicit: what `import corroborate` exports is asserted here."""

import corroborate


def test_exported_members():
    assert sorted(corroborate.__all__) == sorted(
        [
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
    )
    for name in corroborate.__all__:
        assert hasattr(corroborate, name), name
