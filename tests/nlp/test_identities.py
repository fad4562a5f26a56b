"""Wikipedia identities of names, from GUM's annotation, for merging spellings of one entity."""

from __future__ import annotations

from corroborate.nlp import wikipedia_identity
from corroborate.nlp.identities import normalise_name


def test_spellings_of_one_country_share_an_identity():
    titles = {wikipedia_identity(name).title for name in ("United States", "the U.S.", "US")}
    assert titles == {"United_States"}
    assert wikipedia_identity("United States").label == "GPE"


def test_unknown_names_have_no_identity():
    assert wikipedia_identity("Velmora Harbour Authority") is None


def test_normalisation_ignores_case_spaces_and_leading_article():
    assert normalise_name("  The   United\nNations ") == "united nations"
    assert normalise_name("Lord’s") == "lord's"
