"""Name mentions in one article: what a reader of the record relies on.

Fixture text is invented (made-up outlets, places and people); the seed reports are read from
../shared/seeds only.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corroborate.ingest.text import article_from_text
from corroborate.nlp import load_pipeline
from corroborate.read.mention_labels import surnames_after_full_names
from corroborate.read.mentions import read_mentions
from corroborate.record import Article, Block, Mention

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"


def _article(text: str, *, outlet: str | None = None, blocks: tuple[Block, ...] = ()) -> Article:
    return Article(id="fixture", text=text, source="fixture.txt", outlet=outlet, blocks=blocks)


def _mentions(article: Article) -> tuple[Mention, ...]:
    return read_mentions(article, load_pipeline()(article.text))


def _names(article: Article) -> list[str]:
    return [mention.name for mention in _mentions(article)]


def test_every_span_is_the_text_it_points_at() -> None:
    article = _article(
        "Regional Interior Minister Dario Kestrel’s office said the Coastal Relief Alliance "
        "(CRA) had 40 members at the Brelka-2 shelter near Velmaré, Ostland."
    )
    mentions = _mentions(article)
    assert mentions
    for mention in mentions:
        assert article.text[mention.span.start : mention.span.end] == mention.span.text
        assert mention.span.article_id == article.id


def test_title_becomes_the_role_and_is_left_out_of_the_name() -> None:
    article = _article("Police left after Regional Interior Minister Dario Kestrel spoke.")
    (kestrel,) = [m for m in _mentions(article) if "Kestrel" in m.name]
    assert kestrel.name == "Dario Kestrel"
    assert kestrel.span.text == "Dario Kestrel"
    assert kestrel.role == "Interior Minister"


def test_role_written_with_of_before_the_name() -> None:
    article = _article("On Friday the Minister of Interior Darian Kestrel denied it.")
    (kestrel,) = [m for m in _mentions(article) if "Kestrel" in m.name]
    assert kestrel.name == "Darian Kestrel"
    assert kestrel.role == "Minister of Interior"


def test_honorific_is_stripped_and_is_not_a_role() -> None:
    article = _article("The shelter was calm, Mr Kestrel said. Later Mrs. Ovadi agreed.")
    names = {m.name: m for m in _mentions(article)}
    assert "Kestrel" in names and names["Kestrel"].role is None
    assert "Ovadi" in names


def test_possessive_is_stripped_but_not_from_a_name_that_contains_it() -> None:
    article = _article(
        "Officials said Ostland’s capital hosted the People's Relief Front and Velmar's mayor."
    )
    names = _names(article)
    assert "Ostland" in names
    assert "Velmar" in names
    assert "People's Relief Front" in names


def test_acronyms_in_brackets_are_mentions_of_their_own() -> None:
    article = _article(
        "Members of the Coastal Relief Alliance (CRA) joined the People's Relief Front (PRF/CRA)."
    )
    names = _names(article)
    assert "Coastal Relief Alliance" in names
    assert names.count("CRA") == 2
    assert "PRF" in names


def test_numbered_names_keep_their_number() -> None:
    article = _article("Police entered the Brelka-2 and the Brelka 3 camp at dawn.")
    names = _names(article)
    assert "Brelka-2" in names
    assert "Brelka 3" in names


def test_hashtags_handles_and_links_are_not_names() -> None:
    article = _article(
        "Photos of #Brelka2 were posted by Northline Radio (@NorthlineRadio) "
        "pic.twitter.com/AbCdEf123 on Tuesday."
    )
    names = _names(article)
    assert "Northline Radio" in names
    assert not any("Brelka" in name or name == "Northline" or "AbCdEf" in name for name in names)
    assert not any(name.startswith(("#", "@")) for name in names)


def test_sentence_initial_common_words_are_not_names() -> None:
    article = _article(
        "Scenes from the shelter were shared widely. The group said it was calm. "
        "But officials disagreed. Agencies contributed to this report."
    )
    names = _names(article)
    for word in ("Scenes", "The", "But", "Agencies"):
        assert word not in names


def test_sentence_initial_name_written_elsewhere_is_kept() -> None:
    article = _article("Velmar denied it. Officials in Velmar later agreed.")
    assert _names(article).count("Velmar") == 2


def test_days_months_and_capitals_promos_are_not_names() -> None:
    article = _article(
        "The Coastal Relief Alliance met on Tuesday in June.\n"
        "CLICK HERE TO GET THE NORTHLINE RADIO APP\n"
        "Officials in Velmar agreed."
    )
    names = _names(article)
    assert "Tuesday" not in names and "June" not in names
    assert not any("NORTHLINE" in name or "CLICK" in name for name in names)
    assert "Velmar" in names


def test_only_readable_blocks_are_read() -> None:
    text = "Sponsored by Grandline Bank\nOfficials in Velmar agreed."
    promo_end = text.index("\n")
    article = _article(
        text,
        blocks=(Block("promo", 0, promo_end), Block("body", promo_end + 1, len(text))),
    )
    names = _names(article)
    assert "Velmar" in names
    assert not any("Grandline" in name for name in names)


def test_organisation_name_joined_by_and_stays_whole_but_two_countries_do_not() -> None:
    article = _article(
        "The Special Court Against Fraud and Smuggling ruled. Ties between Ostland and "
        "Austria are tense."
    )
    names = _names(article)
    assert "Special Court Against Fraud and Smuggling" in names
    assert "Ostland" in names and "Austria" in names


def test_article_through_the_text_reader() -> None:
    article = article_from_text(
        "date 2031-04-02\nThe Coastal Relief Alliance said Mr Kestrel lied.\n", "fixture.txt"
    )
    names = _names(article)
    assert "Coastal Relief Alliance" in names and "Kestrel" in names
    assert "date" not in " ".join(names)


def test_seed_reports_give_the_names_a_reader_expects() -> None:
    if not SEEDS.is_dir():
        pytest.skip("../shared/ not present: the seed reports are read from ../shared/seeds")
    from corroborate.ingest import load_sources

    loaded = load_sources(sorted(str(path) for path in SEEDS.glob("*.txt")))
    everything: dict[str, list[Mention]] = {}
    for article in loaded.articles:
        for mention in _mentions(article):
            assert article.text[mention.span.start : mention.span.end] == mention.span.text
            everything.setdefault(mention.name, []).append(mention)
    for expected in (
        "Bledi Cuci",
        "Bledar Cuci",
        "Ashraf-3",
        "Ashraf-4",
        "NCRI",
        "MEK",
        "Mujahedeen-e-Khalq",
        "National Council of Resistance of Iran",
        "Tirana",
    ):
        assert expected in everything, expected
    assert everything["Bledi Cuci"][0].role == "Interior Minister"
    for unwanted in ("Scenes", "Albanian Interior Minister Bledi Cuci", "Ashraf3", "Mojahedineng"):
        assert unwanted not in everything, unwanted


def test_words_that_make_a_label_certain() -> None:
    article = _article(
        "Officials at the Ministry of Interior met Nato envoys and reporters from Northline "
        "Radio Digital. The Green Banner Movement (GBM) protested in Ostland and Austria.",
        outlet="Northline Radio Digital",
    )
    labels = {m.name: m.label for m in _mentions(article)}
    assert labels["Ministry of Interior"] == "ORG"
    assert labels["Nato"] == "ORG"
    assert labels["Northline Radio Digital"] == "ORG"
    assert labels["Green Banner Movement"] == "ORG"
    assert labels["Austria"] == "GPE"


def test_a_company_word_ending_a_name_makes_an_organisation() -> None:
    article = _article(
        "Workers at Varden Textiles and Orlo Airlines walked out; Varden Holdings said talks "
        "with Mr Varden would resume."
    )
    labels = {m.name: m.label for m in _mentions(article)}
    assert labels["Varden Textiles"] == "ORG"
    assert labels["Orlo Airlines"] == "ORG"
    assert labels["Varden Holdings"] == "ORG"


def test_roles_without_a_name_are_not_names() -> None:
    article = _article(
        "The Northline Radio CEO said the President of Ostland had called. The Prime Minister "
        "declined. Officials quoted Martin Luther King."
    )
    names = _names(article)
    assert "Northline Radio" in names
    assert "Ostland" in names
    assert not any("Minister" in name or "CEO" in name or "President" in name for name in names)
    assert "Martin Luther King" in names


def test_a_surname_after_the_full_name_is_a_person() -> None:
    article = _article(
        "Velmar Police Chief Dario Kestrel said the road was closed. Later Kestrel said it "
        "had reopened."
    )
    kestrels = [m for m in _mentions(article) if m.name == "Kestrel"]
    assert kestrels and all(m.label == "PERSON" for m in kestrels)


def test_a_full_name_whose_surname_is_a_person_is_a_person() -> None:
    article = _article(
        "The man killed was Dario Kestrel, according to Ovadi Marren of the Coastal Relief "
        "Alliance. Marren told Northline Radio that Kestrel had been a teacher."
    )
    mentions = _mentions(article)
    for name in ("Ovadi Marren", "Dario Kestrel"):
        labels = {m.label for m in mentions if m.name == name}
        assert labels <= {"PERSON", "OTHER"}, (name, labels)


def test_words_around_a_name_that_say_it_is_a_place() -> None:
    article = _article(
        "The quake hit the town of Velmaré and villages near Ostrel. Homes in the Dargehan "
        "area were damaged."
    )
    labels = {m.name: m.label for m in _mentions(article)}
    assert labels["Velmaré"] == "GPE"
    assert labels["Ostrel"] == "GPE"
    assert labels["Dargehan"] == "GPE"


def test_an_acronym_takes_the_label_of_the_name_it_abbreviates() -> None:
    article = _article(
        "The strike was called by the Guild of Ferry Pilots (GFP) on Monday. "
        "The GFP said 40 pilots joined. A GFP spokesperson later confirmed it."
    )
    mentions = _mentions(article)
    (guild,) = [m for m in mentions if m.name == "Guild of Ferry Pilots"]
    acronyms = [m for m in mentions if m.name == "GFP"]
    assert guild.label == "ORG"
    assert len(acronyms) == 3
    assert {m.label for m in acronyms} == {"ORG"}


def test_a_common_noun_opening_a_headline_is_not_a_name() -> None:
    article = _article(
        "Clinic treats 12 after Dravnik ferry fire\n"
        "Twelve people were treated at the St Orla Clinic in Dravnik on Monday."
    )
    names = _names(article)
    assert "Clinic" not in names
    assert "St Orla Clinic" in names


def test_a_name_with_an_age_in_apposition_is_a_person() -> None:
    article = _article(
        "A harbour guard has been charged over the fire.\n"
        "Tavrinos Okkelmar, 41, has also been charged with misuse of his service vehicle."
    )
    (guard,) = [m for m in _mentions(article) if "Okkelmar" in m.name]
    assert guard.name == "Tavrinos Okkelmar"
    assert guard.label == "PERSON"


def test_an_organisation_followed_by_a_number_is_not_made_a_person() -> None:
    article = _article("The Velmar Shipping Company, 12, Harbour Road, was closed.")
    (company,) = [m for m in _mentions(article) if "Velmar" in m.name]
    assert company.label != "PERSON"


def test_a_country_after_a_name_ending_in_it_stays_a_country() -> None:
    text = "Kestrel Australia cut jobs. Exports from Australia fell."
    article = _article(text)
    company = Mention(article.span(0, 17), "PERSON", "Kestrel Australia")
    country = Mention(article.span(41, 50), "GPE", "Australia")
    relabelled = surnames_after_full_names([company, country])
    assert relabelled[1].label == "GPE"


def test_a_prefixed_hyphenated_word_stays_in_the_name() -> None:
    article = _article(
        "Monitors from the Velmar Council for Harbour Co-operation watched the vote, as did "
        "observers from the Dorsk-backed Relief Alliance."
    )
    names = _names(article)
    assert "Velmar Council for Harbour Co-operation" in names
    assert not any(name.endswith("backed") for name in names)
