"""The record round-trips through its JSON form and is frozen."""

import dataclasses
import json

import pytest

import corroborate
from corroborate.demo import demo_sources


@pytest.fixture(scope="module")
def demo_record():
    return corroborate.compare(demo_sources())


def test_json_round_trip(demo_record):
    data = json.loads(json.dumps(demo_record.to_dict()))
    assert data["schema_version"] == "1.1"
    assert corroborate.record_from_dict(data) == demo_record


def test_the_time_a_figure_was_counted_round_trips(demo_record):
    changed = dataclasses.replace(
        demo_record,
        figures=(
            dataclasses.replace(demo_record.figures[0], as_of="2014/.."),
            *demo_record.figures[1:],
        ),
    )
    data = json.loads(json.dumps(changed.to_dict()))
    assert data["figures"][0]["as_of"] == "2014/.."
    assert corroborate.record_from_dict(data) == changed


def test_a_record_written_before_figure_times_still_reads(demo_record):
    data = json.loads(json.dumps(demo_record.to_dict()))
    data["schema_version"] = "1.0"
    for figure in data["figures"]:
        del figure["as_of"]
    read_back = corroborate.record_from_dict(data)
    assert all(figure.as_of is None for figure in read_back.figures)
    assert [figure.span for figure in read_back.figures] == [
        figure.span for figure in demo_record.figures
    ]


def test_record_is_frozen(demo_record):
    with pytest.raises(dataclasses.FrozenInstanceError):
        demo_record.id = "other"  # type: ignore[misc]


def test_every_span_matches_its_article(demo_record):
    texts = {a.id: a.text for a in demo_record.articles}
    spans = [f.span for f in demo_record.figures] + [f.sentence for f in demo_record.figures]
    spans += [a.content for a in demo_record.attributions]
    spans += [h.cue for h in demo_record.hedges]
    spans += [m for e in demo_record.entities for m in e.mentions]
    for span in spans:
        assert texts[span.article_id][span.start : span.end] == span.text


def test_same_articles_same_record_id(demo_record):
    again = corroborate.compare(list(reversed(demo_sources())))
    assert again.id == demo_record.id


def test_version_stamp(demo_record):
    assert demo_record.versions.tool == corroborate.__version__
    assert "nlp" in demo_record.versions.models
