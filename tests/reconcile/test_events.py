"""Reports of several events, grouped by event (invented reports, invented places and people)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from corroborate.cli import main
from corroborate.compare import compare_articles_by_event
from corroborate.ingest.text import article_id
from corroborate.nlp import load_pipeline
from corroborate.read import read_article
from corroborate.reconcile.events import group_by_event
from corroborate.record import Article, Block

FERRY_FIRE = (
    "Ferry fire at Dorsk harbour forces 200 passengers ashore\n"
    "A fire broke out on the ferry Velmar Star as it docked at Dorsk harbour on Tuesday, and all "
    "200 passengers were taken ashore, the Dorsk Port Authority said. Harbour master Ilsa Brandt "
    "said two crew members were treated for smoke inhalation.\n",
    "Velmar Star blaze: crew hurt as ferry burns in Dorsk\n"
    "Firefighters in Dorsk fought a blaze aboard the Velmar Star ferry on Tuesday. Ilsa Brandt, "
    "the Dorsk harbour master, told reporters that about 200 people had been evacuated and that "
    "two crew members were hurt.\n",
    "Dorsk Port Authority closes berth after Velmar Star fire\n"
    "The Dorsk Port Authority closed one berth after Tuesday's fire on the Velmar Star. Two crew "
    "members were treated in hospital, according to harbour master Ilsa Brandt.\n",
)
RIVER_FLOOD = (
    "Pellworth flooded as the river Orlan bursts its banks\n"
    "The river Orlan burst its banks in Pellworth on Sunday, flooding 40 homes. Mayor Tavro Lenk "
    "said 120 residents had spent the night in the Pellworth sports hall.\n",
    "Orlan floods: Pellworth mayor asks for help\n"
    "Mayor Tavro Lenk of Pellworth asked the regional government for help after the Orlan "
    "flooded dozens of homes on Sunday. More than 100 residents were moved to the sports hall.\n",
)
OTHER_FERRY_FIRE = (
    "Fire on the ferry Kessa Bay at Marrow Point\n"
    "Fire crews at Marrow Point put out a fire on the ferry Kessa Bay on Friday. Pier manager "
    "Oskar Velde said 80 passengers left the ship safely and nobody was hurt.\n",
)


def _article(text: str, number: int) -> Article:
    return Article(
        id=article_id(text),
        text=text,
        source=f"report-{number}.txt",
        outlet=f"Outlet {number}",
        blocks=(Block("body", 0, len(text)),),
    )


def _groups(texts: tuple[str, ...]) -> list[set[str]]:
    articles = [_article(text, number) for number, text in enumerate(texts)]
    nlp = load_pipeline()
    readings = [read_article(article, nlp) for article in articles]
    groups = group_by_event(articles, readings)
    return [{texts[index].split("\n")[0] for index in group} for group in groups]


def _headlines(texts: tuple[str, ...]) -> set[str]:
    return {text.split("\n")[0] for text in texts}


def test_reports_of_two_events_make_two_groups() -> None:
    mixed = (FERRY_FIRE[0], RIVER_FLOOD[0], FERRY_FIRE[1], RIVER_FLOOD[1], FERRY_FIRE[2])
    assert sorted(_groups(mixed), key=len) == [_headlines(RIVER_FLOOD), _headlines(FERRY_FIRE)]


def test_two_fires_of_one_kind_in_two_harbours_stay_apart() -> None:
    groups = _groups(FERRY_FIRE + OTHER_FERRY_FIRE)
    assert _headlines(OTHER_FERRY_FIRE) in groups
    assert _headlines(FERRY_FIRE) in groups


def test_one_record_per_event_each_with_its_own_reports() -> None:
    articles = [_article(text, number) for number, text in enumerate(FERRY_FIRE + RIVER_FLOOD)]
    records = compare_articles_by_event(articles)
    assert len(records) == 2
    assert [len(record.articles) for record in records] == [3, 2]
    assert records[0].articles[0].text.startswith("Ferry fire at Dorsk")


def test_the_command_stores_every_event_and_numbers_its_files(tmp_path: Path) -> None:
    sources = []
    for number, text in enumerate(FERRY_FIRE[:2] + RIVER_FLOOD):
        path = tmp_path / f"report-{number}.txt"
        path.write_text(text, encoding="utf-8")
        sources.append(str(path))
    db, out = tmp_path / "events.db", tmp_path / "record.json"
    result = CliRunner().invoke(
        main, ["compare", "--by-event", "--db", str(db), "--json", str(out), *sources]
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "record-1.json").exists() and (tmp_path / "record-2.json").exists()
    assert not out.exists()
    listing = CliRunner().invoke(main, ["show", "--db", str(db)])
    assert "2 records" in listing.output
    assert "event 2 of 2" in result.output
    assert result.output.rstrip().endswith("(an id prefix is enough).")  # the events, listed


def _dated(text: str, number: int, published: str) -> Article:
    article = _article(text, number)
    return Article(
        id=article.id,
        text=text,
        source=article.source,
        outlet=article.outlet,
        published=published,
        blocks=article.blocks,
    )


def test_reports_published_far_apart_are_two_events() -> None:
    # Two shootings in one street of one town, told alike, a fortnight apart.
    first = "Man shot on Quay Street in Dorsk\nA man was shot on Quay Street in Dorsk late on Friday, police said.\n"
    second = "Man shot on Quay Street, Dorsk\nPolice in Dorsk said a man was shot on Quay Street on Saturday night.\n"
    nlp = load_pipeline()
    for days, together in (("2025-03-02", True), ("2025-03-16", False)):
        articles = [_dated(first, 0, "2025-03-01"), _dated(second, 1, days)]
        readings = [read_article(article, nlp) for article in articles]
        assert (len(group_by_event(articles, readings)) == 1) is together
