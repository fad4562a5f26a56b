"""What a report marks as unverified: hedge kinds, cues and scopes, on invented sentences and the
seed reports (read from ../shared, skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corroborate.ingest.text import article_id
from corroborate.nlp import load_pipeline
from corroborate.read.hedges import read_hedges
from corroborate.record import Article, Block, Hedge

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"


def _hedges(text: str, blocks: tuple[Block, ...] | None = None) -> tuple[Hedge, ...]:
    article = Article(
        id=article_id(text),
        text=text,
        source="test",
        blocks=blocks or (Block("body", 0, len(text)),),
    )
    found = read_hedges(article, load_pipeline()(text))
    for hedge in found:
        assert text[hedge.cue.start : hedge.cue.end] == hedge.cue.text
        assert text[hedge.scope.start : hedge.scope.end] == hedge.scope.text
    return found


def test_could_not_verify_scopes_the_claim_before_it() -> None:
    text = (
        "The union claimed that 40 dockers were injured in the clash, though the Velmar Ledger "
        "could not independently verify this account."
    )
    kinds = {h.kind: h for h in _hedges(text)}
    hedge = kinds["could_not_verify"]
    assert hedge.cue.text == "could not independently verify"
    assert hedge.scope.text == "40 dockers were injured in the clash"


def test_each_kind_has_its_cue() -> None:
    cases = {
        "Two guards were allegedly beaten.": ("allegedly", "allegedly"),
        "The alleged victims were taken to hospital.": ("allegedly", "alleged"),
        "Six boats were reportedly sunk overnight.": ("reportedly", "reportedly"),
        "The crowd apparently dispersed at noon.": ("apparently", "apparently"),
        "The cause of the fire remains unclear.": ("unclear", "remains unclear"),
        "The Ledger has contacted the ministry for evidence of the arrests.": (
            "sought_evidence",
            "has contacted the ministry for evidence",
        ),
        "The Ledger could not immediately reach the mayor.": (
            "sought_evidence",
            "could not immediately reach",
        ),
        "There were unconfirmed reports of looting.": ("reportedly", "unconfirmed reports"),
    }
    for text, (kind, cue) in cases.items():
        found = _hedges(text)
        assert [(h.kind, h.cue.text) for h in found] == [(kind, cue)], text
        assert found[0].scope.text == text.rstrip(".")


def test_a_hedge_inside_a_quotation_is_read_as_the_speakers_doubt() -> None:
    hedges = _hedges("“No one is believed to be hurt at this time,” the fire service said.")
    assert [hedge.cue.text for hedge in hedges] == ["is believed to be"]


def test_plain_reporting_has_no_hedges() -> None:
    assert _hedges("The ferry sank at 9 a.m. and all 40 passengers were rescued.") == ()


def test_promo_blocks_are_not_read() -> None:
    promo = "ALLEGEDLY THE BEST APP\n"
    body = "The bridge reopened."
    text = promo + body
    assert (
        _hedges(text, (Block("promo", 0, len(promo)), Block("body", len(promo), len(text)))) == ()
    )


def test_seed_hedges() -> None:
    if not SEEDS.exists():
        pytest.skip("../shared/ not present: the seed reports are not in this checkout")
    expected = {
        "002_5730fff416a59282.txt": [
            "could not independently verify",
            "reportedly",
            "allegedly",
            "remain unclear",
        ],
        "000_f62bf729abf8db3f.txt": ["has contacted the NCRI for evidence", "allegedly"],
    }
    for name, cues in expected.items():
        text = (SEEDS / name).read_text(encoding="utf-8")
        found = _hedges(text)
        texts = [h.cue.text for h in found]
        for cue in cues:
            assert cue in texts, (name, cue, texts)
    fox = (SEEDS / "002_5730fff416a59282.txt").read_text(encoding="utf-8")
    verify = next(h for h in _hedges(fox) if h.kind == "could_not_verify")
    assert "some 100 camp inhabitants were injured" in verify.scope.text


def test_hearsay_belief_and_possibility_in_the_reports_own_voice() -> None:
    cases = {
        "Four fishermen were reported to be missing after the storm.": (
            "reportedly",
            "were reported to be",
        ),
        "The ferry's captain is said to have fled.": ("reportedly", "is said to have"),
        "In Corvale, 3,000 people are reported as marching on the port.": (
            "reportedly",
            "are reported as",
        ),
        "The flood destroyed two bridges, according to reports.": (
            "reportedly",
            "according to reports",
        ),
        "The warden is believed to have read the letter.": ("apparently", "is believed to have"),
        "The worst damage appeared to be in the northern valley.": (
            "apparently",
            "appeared to be",
        ),
        "Half of the mill might have been destroyed.": ("unclear", "might have been"),
        "The drivers' conditions weren't immediately known.": (
            "unclear",
            "weren't immediately known",
        ),
        "The crowd was large, but no concrete estimates can be made.": (
            "unclear",
            "no concrete estimates",
        ),
        "The toll given by the union remains unsubstantiated.": ("unclear", "unsubstantiated"),
    }
    for text, (kind, cue) in cases.items():
        found = _hedges(text)
        assert [(h.kind, h.cue.text) for h in found] == [(kind, cue)], text


def test_believed_in_an_apposition_is_a_hedge() -> None:
    text = 'Two clerks, believed to be "senior staff," were treated in hospital.'
    assert [h.cue.text for h in _hedges(text)] == ["believed to be"]


def test_plain_reporting_verbs_are_not_hearsay_hedges() -> None:
    for text in (
        "The mayor said the bridge would reopen on Monday.",
        "The council reported a surplus and believed in its plan.",
        "Local papers reported the fire within minutes.",
    ):
        assert _hedges(text) == (), text


def test_reported_as_saying_is_an_attribution_not_a_hedge() -> None:
    assert _hedges("The mayor was reported as saying the bridge would reopen.") == ()


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Officials said the toll may be higher once the quay is searched.", "may be higher"),
        ("The fire potentially damaged forty homes in the old town.", "potentially"),
        ("It appears that the ferry left Pellworth without its captain.", "It appears that"),
        ("It is too early to say how many workers were hurt.", "too early to say"),
    ],
)
def test_possibility_in_the_reports_own_voice_is_a_hedge(sentence: str, cue: str) -> None:
    found = _hedges(sentence + "\n")
    assert [hedge.cue.text for hedge in found] == [cue]


def test_may_be_with_no_amount_is_no_hedge() -> None:
    assert not _hedges("The bridge may be closed to lorries next week.\n")


def test_appearing_reluctant_and_a_person_believed_to_be_someone_are_hedged() -> None:
    assert _hedges("The Velmar government appeared reluctant to criticise the vote.\n")
    assert _hedges("Police arrested a man they believe to be the driver.\n")
    assert not _hedges("The mayor appeared in court on Monday.\n")
