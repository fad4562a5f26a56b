"""Claims that are not numbers, aligned across reports, against ECB+ cross-document event coreference.

Run: ``.venv/bin/python benchmarks/claims_ecbplus.py`` (a few minutes on one core; ``--topics 1 3``
for a quick look). Reads ../shared/data/eval/ecbplus/ (ECB+, Cybulska and Vossen 2014, CC BY
3.0; topics 36-45, the usual test topics, are not there); writes
benchmarks/results/claims_ecbplus.json.

What is scored. Each ECB+ topic holds two real events (sub-topics: the ``ecb`` and the ``ecbplus``
documents); each sub-topic is compared as one event, as a user would: every document is read
(``read_article``) and the readings reconciled (``reconcile``), which groups claims into facts of
category ``claim`` (:mod:`corroborate.reconcile.claims`: candidate pairs share named entities;
all-MiniLM-L6-v2 embeddings and the claims' years, days and negation decide). Then, over every
pair of claims from two different documents whose sentences ECB+ annotated
(``ECBplus_coreference_sentences.csv``):

- gold: the two sentences mention one event instance (an ``ACTION_*`` or ``NEG_*`` mention of
  the same ``CROSS_DOC_COREF`` instance);
- ours: the two claims are in one claim fact.

Pairwise precision, recall and F1. ECB+ event coreference is looser than our facts (a sentence
that mentions "the quake" is about the quake, whatever it says of it), so recall is expected to be
low; precision says how often two claims we put into one fact are not about one event at all.

Coverage: the share of gold same-event sentence pairs (annotated sentences, two documents of a
sub-topic) whose two sentences both became claims, so that alignment could see them.

Baseline on the same claim pairs, computed here: two claims are one when their sentences hold
gold event mentions with the same head word (lower-cased, a plain ``-s``/``-ed``/``-ing`` ending
taken off: ECB+ gives no lemma); the corpus' usual "same lemma" baseline, here given the gold
mentions, which our system does not see. Scores are given for all topics here and separately for
the usual dev topics (2, 5, 12, 18, 21, 23, 34, 35). Published figures for ECB+ event coreference
(for example CoNLL F1 about 79.5 with gold mentions, Barhom et al. 2019, on test topics 36-45)
score mention clusters, not sentence pairs, so they are not comparable and are not printed as an
anchor.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import sys
import time
import xml.etree.ElementTree as ElementTree
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from _shared import precision_recall_f1, require_shared, save_result  # noqa: E402

from corroborate.ingest.text import article_from_text  # noqa: E402
from corroborate.nlp import load_pipeline  # noqa: E402
from corroborate.read import read_article  # noqa: E402
from corroborate.reconcile import reconcile  # noqa: E402
from corroborate.record import Article, Claim  # noqa: E402
from tests.quality.ecbplus import document_text  # noqa: E402

DEV_TOPICS = frozenset({2, 5, 12, 18, 21, 23, 34, 35})
EVENT_TAGS = ("ACTION_", "NEG_")


@dataclass(frozen=True)
class GoldDocument:
    """One ECB+ document: its text as the gate rebuilds it, and per line (sentence) the event
    instances ECB+ marks there; ``None`` for a sentence ECB+ did not annotate."""

    stem: str
    text: str
    events: tuple[frozenset[str] | None, ...]
    heads: tuple[frozenset[str], ...]


@dataclass
class Counts:
    """Pair counts of one system (or baseline) over some sub-topics."""

    true_positive: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, *, predicted: bool, gold: bool) -> None:
        self.predicted += predicted
        self.gold += gold
        self.true_positive += predicted and gold

    def scores(self) -> dict[str, float | int]:
        counts = (self.true_positive, self.predicted, self.true_positive, self.gold)
        return {
            **precision_recall_f1(*counts),
            "pairs_predicted": self.predicted,
            "pairs_gold": self.gold,
            "pairs_correct": self.true_positive,
        }


def annotated_sentences(data: Path) -> set[tuple[str, int]]:
    """(file stem, sentence number) of every sentence ECB+ annotated with coreference."""
    path = data / "ECB+_LREC2014" / "ECBplus_coreference_sentences.csv"
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    return {(f"{row[0]}_{row[1]}", int(row[2])) for row in rows[1:] if len(row) >= 3}


def _head_word(word: str) -> str:
    lowered = word.lower()
    for ending in ("ing", "ed", "s"):
        if lowered.endswith(ending) and len(lowered) > len(ending) + 2:
            return lowered[: -len(ending)]
    return lowered


def load_document(path: Path, annotated: set[tuple[str, int]]) -> GoldDocument:
    """The document's text (one sentence per line, as the ECB+ gate writes it) and the event
    instances and event head words of each of its sentences."""
    root = ElementTree.parse(path).getroot()
    sentence_of: dict[str, int] = {}
    word_of: dict[str, str] = {}
    for token in root.iter("token"):
        if (token.text or "").strip():
            sentence_of[token.get("t_id", "")] = int(token.get("sentence", "0"))
            word_of[token.get("t_id", "")] = (token.text or "").strip()
    numbers = sorted(set(sentence_of.values()))
    mention_tokens: dict[str, list[str]] = {}
    markables = root.find("Markables")
    for markable in markables if markables is not None else ():
        if markable.tag.startswith(EVENT_TAGS):
            anchors = [a.get("t_id", "") for a in markable.iter("token_anchor")]
            mention_tokens[markable.get("m_id", "")] = [t for t in anchors if t in sentence_of]
    events: dict[int, set[str]] = defaultdict(set)
    heads: dict[int, set[str]] = defaultdict(set)
    for tokens in mention_tokens.values():
        if tokens:
            heads[sentence_of[tokens[-1]]].add(_head_word(word_of[tokens[-1]]))
    relations = root.find("Relations")
    for relation in relations if relations is not None else ():
        if relation.tag != "CROSS_DOC_COREF":
            continue
        instance = relation.get("note", "")
        for source in relation.iter("source"):
            tokens = mention_tokens.get(source.get("m_id", ""), [])
            if tokens:
                events[sentence_of[tokens[0]]].add(instance)
    stem = path.stem
    return GoldDocument(
        stem=stem,
        text=document_text(path),
        events=tuple(frozenset(events[n]) if (stem, n) in annotated else None for n in numbers),
        heads=tuple(frozenset(heads[n]) for n in numbers),
    )


def subtopics(data: Path, topics: list[int] | None) -> dict[str, list[Path]]:
    """Sub-topic name (``20_ecb``, ``20_ecbplus``) to its document files, in name order."""
    found: dict[str, list[Path]] = defaultdict(list)
    for folder in sorted((data / "ECB+").iterdir(), key=lambda p: int(p.name)):
        if topics and int(folder.name) not in topics:
            continue
        for path in sorted(folder.glob("*.xml")):
            kind = "ecbplus" if path.stem.endswith("ecbplus") else "ecb"
            found[f"{folder.name}_{kind}"].append(path)
    return dict(found)


def _line_of(article: Article, offset: int) -> int:
    return article.text.count("\n", 0, offset)


def score_subtopic(
    documents: list[GoldDocument],
    nlp: Any,
    counts: dict[str, Counts],
    coverage: Counts,
    verdicts: Counter[str],
) -> int:
    """Add one sub-topic's pairs to ``counts`` (ours, baseline) and ``coverage``, and its claim
    facts' verdicts to ``verdicts``; returns the number of claims read."""
    articles = tuple(article_from_text(d.text, f"ecbplus:{d.stem}") for d in documents)
    readings = tuple(read_article(article, nlp) for article in articles)
    reconciled = reconcile(articles, readings)
    fact_of: dict[str, str] = {}
    for fact in reconciled.facts:
        if fact.claim_ids:
            verdicts[fact.verdict.conflict or fact.verdict.status] += 1
        for claim_id in fact.claim_ids:
            fact_of[claim_id] = fact.id
    document_of = {article.id: doc for article, doc in zip(articles, documents, strict=True)}
    article_of = {article.id: article for article in articles}
    placed: list[tuple[Claim, GoldDocument, int]] = []
    for reading in readings:
        for claim in reading.claims:
            document = document_of[claim.article_id]
            line = _line_of(article_of[claim.article_id], claim.text.start)
            if line < len(document.events) and document.events[line] is not None:
                placed.append((claim, document, line))
    for (first, doc_a, line_a), (second, doc_b, line_b) in itertools.combinations(placed, 2):
        if doc_a.stem == doc_b.stem:
            continue
        events_a, events_b = doc_a.events[line_a], doc_b.events[line_b]
        gold = bool(events_a and events_b and events_a & events_b)
        ours = first.id in fact_of and fact_of[first.id] == fact_of.get(second.id)
        counts["ours"].add(predicted=ours, gold=gold)
        same_head = bool(doc_a.heads[line_a] & doc_b.heads[line_b])
        counts["same head word (gold mentions)"].add(predicted=same_head, gold=gold)
    claimed = {(doc.stem, line) for _, doc, line in placed}
    for doc_a, doc_b in itertools.combinations(documents, 2):
        for line_a, events_a in enumerate(doc_a.events):
            for line_b, events_b in enumerate(doc_b.events):
                if events_a and events_b and events_a & events_b:
                    both = (doc_a.stem, line_a) in claimed and (doc_b.stem, line_b) in claimed
                    coverage.add(predicted=both, gold=True)
    return sum(len(reading.claims) for reading in readings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--topics", type=int, nargs="*", help="only these topics (a quick look)")
    args = parser.parse_args()
    data = require_shared("data", "eval", "ecbplus")
    annotated = annotated_sentences(data)
    nlp = load_pipeline()
    systems = ("ours", "same head word (gold mentions)")
    by_split: dict[str, dict[str, Counts]] = {
        split: {name: Counts() for name in systems} for split in ("all", "dev", "train")
    }
    coverage = {split: Counts() for split in ("all", "dev", "train")}
    verdicts: dict[str, Counter[str]] = {split: Counter() for split in ("all", "dev", "train")}
    started = time.perf_counter()
    claims = 0
    groups = subtopics(data, args.topics)
    for name, paths in groups.items():
        documents = [load_document(path, annotated) for path in paths]
        split = "dev" if int(name.split("_")[0]) in DEV_TOPICS else "train"
        here = {system: Counts() for system in systems}
        covered = Counts()
        found: Counter[str] = Counter()
        claims += score_subtopic(documents, nlp, here, covered, found)
        for target in ("all", split):
            for system in systems:
                for field in ("true_positive", "predicted", "gold"):
                    value = getattr(here[system], field)
                    setattr(
                        by_split[target][system],
                        field,
                        getattr(by_split[target][system], field) + value,
                    )
            verdicts[target].update(found)
            coverage[target].true_positive += covered.true_positive
            coverage[target].predicted += covered.predicted
            coverage[target].gold += covered.gold
    seconds = time.perf_counter() - started
    results: dict[str, Any] = {"subtopics": len(groups), "claims": claims, "splits": {}}
    print(f"{'split':6} {'system':32} {'P':>6} {'R':>6} {'F1':>6} {'pairs':>8}  coverage")
    for split, systems_counts in by_split.items():
        cover = coverage[split]
        share = round(100 * cover.true_positive / cover.gold, 1) if cover.gold else 0.0
        results["splits"][split] = {
            "systems": {system: c.scores() for system, c in systems_counts.items()},
            "coverage_percent": share,
            "gold_pairs_of_sentences": cover.gold,
            "claim_facts_by_verdict": dict(sorted(verdicts[split].items())),
        }
        for system, c in systems_counts.items():
            s = c.scores()
            print(
                f"{split:6} {system:32} {s['precision']:6.1f} {s['recall']:6.1f} {s['f1']:6.1f}"
                f" {s['pairs_predicted']:8d}  {share:.1f}% of {cover.gold}"
            )
    for split, found in verdicts.items():
        shown = ", ".join(f"{kind} {count}" for kind, count in sorted(found.items()))
        print(f"claim facts, {split}: {shown}")
    print(f"{len(groups)} sub-topics, {claims} claims, {seconds:.0f} s")
    results["seconds"] = round(seconds, 1)
    results["published_anchor"] = (
        "none comparable: published ECB+ event coreference scores mention clusters "
        "(CoNLL F1, test topics 36-45), not sentence pairs"
    )
    if not args.topics:
        print(f"written {save_result('claims_ecbplus', results)}")


if __name__ == "__main__":
    main()
