"""Attribution extraction on PolNeAR (source, cue and content spans), against published anchors.

Run from the repository root::

    .venv/bin/python benchmarks/attribution_polnear.py            # the dev split (reported)
    .venv/bin/python benchmarks/attribution_polnear.py --split train --limit 150   # for tuning

PolNeAR (Newell, Margolin and Ruths, LREC 2018) is read from ../shared/data/eval/polnear/ (brat
``.ann`` standoff files with character offsets; no licence, so it is used for measurement only and
nothing is trained on it). Rules were studied and tuned on ``train``; figures are reported on
``dev``. Writes benchmarks/results/attribution_polnear[_<split>].json.

Scoring: spans are compared per role (source, cue, content) as character spans, both sides
trimmed of surrounding white space and of a final ``.`` or ``,``; a discontinuous gold span counts
as its separate pieces (as in CofeNet's BIO conversion). *Exact*: a span counts when the same
start and end is on the other side. *Token overlap*: precision and recall over the tokens covered
by each role (a token counts when its role agrees on both sides).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

import corroborate.nlp.load  # noqa: E402, F401  (registers the line-break component)
from corroborate.ingest.text import article_id  # noqa: E402
from corroborate.nlp import load_pipeline, pipeline_version  # noqa: E402
from corroborate.read.attribution import read_attributions  # noqa: E402
from corroborate.read.mentions import read_mentions  # noqa: E402
from corroborate.record import Article, Block  # noqa: E402

POLNEAR = ROOT / ".." / "shared" / "data" / "eval" / "polnear" / "data"
RESULTS = ROOT / "benchmarks" / "results"
ROLES = ("source", "cue", "content")

ANCHORS = {
    "CofeNet (BERT, trained on PolNeAR), exact F1": {"source": 83.2, "cue": 75.3, "content": 72.9},
    "rule-based baseline (CofeNet paper), exact F1": {"source": 10.7, "cue": 22.8, "content": 5.6},
    "BBC citron on PARC 3.0 test, exact F1": {"source": 82.0, "cue": 82.3, "content": 59.3},
    "BBC citron on PARC 3.0 test, overlap F1": {"content": 83.3},
}


@dataclass
class Counts:
    """True positives and the two totals, for precision and recall."""

    hits_predicted: int = 0
    hits_gold: int = 0
    predicted: int = 0
    gold: int = 0

    def scores(self) -> dict[str, float]:
        precision = self.hits_predicted / self.predicted if self.predicted else 0.0
        recall = self.hits_gold / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "precision": round(100 * precision, 1),
            "recall": round(100 * recall, 1),
            "f1": round(100 * f1, 1),
        }


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,"):
        end -= 1
    return start, end


def gold_spans(ann: Path, text: str) -> dict[str, set[tuple[int, int]]]:
    """The gold spans of each role in one brat file."""
    spans: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if not parts[0].startswith("T") or len(parts) < 2:
            continue
        label, _, ranges = parts[1].partition(" ")
        role = label.lower()
        if role not in ROLES:
            continue
        for piece in ranges.split(";"):
            start, end = (int(value) for value in piece.split())
            trimmed = _trim(text, start, end)
            if trimmed[0] < trimmed[1]:
                spans[role].add(trimmed)
    return spans


_PIPELINE: list[Language] = []


def _blank_pipeline() -> Language:
    """The stand-in the project runs with when no trained model is shipped."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("corroborate_line_breaks", first=True)
    return nlp


def predicted_spans(text: str) -> dict[str, set[tuple[int, int]]]:
    """Our spans of each role in one text."""
    nlp = _PIPELINE[0] if _PIPELINE else load_pipeline()
    return spans_of_doc(text, nlp(text))


def spans_of_doc(text: str, doc: Doc) -> dict[str, set[tuple[int, int]]]:
    """Our spans of each role in one text already parsed (the recall analysis caches parses)."""
    article = Article(
        id=article_id(text), text=text, source="polnear", blocks=(Block("body", 0, len(text)),)
    )
    mentions = read_mentions(article, doc)
    spans: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for attribution in read_attributions(article, doc, mentions):
        parts = {"content": attribution.content, "cue": attribution.cue}
        parts["source"] = attribution.claimer.span if attribution.claimer else None
        for role, span in parts.items():
            if span is None:
                continue
            trimmed = _trim(text, span.start, span.end)
            if trimmed[0] < trimmed[1]:
                spans[role].add(trimmed)
    return spans


def _tokens(text: str, spans: set[tuple[int, int]]) -> set[int]:
    covered: set[int] = set()
    for start, end in spans:
        index = start
        while index < end:
            if not text[index].isspace() and (
                index == 0 or text[index - 1].isspace() or index == start
            ):
                covered.add(index)
            index += 1
    return covered


def evaluate(split: str, *, limit: int | None) -> dict[str, object]:
    """Score every document of a split (or the first ``limit``), sorted by name."""
    folder = POLNEAR / split
    annotations = sorted((folder / "attributions").glob("*.ann"))
    if limit is not None:
        annotations = annotations[:limit]
    exact = {role: Counts() for role in ROLES}
    overlap = {role: Counts() for role in ROLES}
    started = time.perf_counter()
    words = 0
    for ann in annotations:
        text_path = folder / "text" / (ann.stem.rsplit("_", 1)[0] + ".txt")
        text = text_path.read_text(encoding="utf-8")
        words += len(text.split())
        gold = gold_spans(ann, text)
        predicted = predicted_spans(text)
        for role in ROLES:
            gold_set, predicted_set = gold.get(role, set()), predicted.get(role, set())
            matched = len(gold_set & predicted_set)
            exact[role].hits_gold += matched
            exact[role].hits_predicted += matched
            exact[role].gold += len(gold_set)
            exact[role].predicted += len(predicted_set)
            gold_tokens, predicted_tokens = _tokens(text, gold_set), _tokens(text, predicted_set)
            shared = len(gold_tokens & predicted_tokens)
            overlap[role].hits_gold += shared
            overlap[role].hits_predicted += shared
            overlap[role].gold += len(gold_tokens)
            overlap[role].predicted += len(predicted_tokens)
    seconds = time.perf_counter() - started
    return {
        "benchmark": "attribution_polnear",
        "split": split,
        "documents": len(annotations),
        "sampled": limit is not None,
        "pipeline": "blank-en-sentencizer" if _PIPELINE else pipeline_version(),
        "seconds": round(seconds, 1),
        "words_per_second": round(words / seconds) if seconds else None,
        "exact": {role: exact[role].scores() for role in ROLES},
        "token_overlap": {role: overlap[role].scores() for role in ROLES},
        "pronoun_resolution": "not measurable: PolNeAR annotates no coreference by hand (only CoreNLP's automatic dcoref output)",
        "anchors": ANCHORS,
        "scoring": "character spans trimmed of white space and a final '.' or ','; discontinuous gold spans count as pieces; "
        "token overlap = precision/recall over tokens whose role agrees",
        "command": "benchmarks/attribution_polnear.py --split "
        + split
        + (f" --limit {limit}" if limit else ""),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=("dev", "train"))
    parser.add_argument("--limit", type=int, default=None, help="score only the first N documents")
    parser.add_argument("--blank", action="store_true", help="use the blank pipeline (no parse)")
    arguments = parser.parse_args()
    if arguments.blank:
        _PIPELINE.append(_blank_pipeline())
    if not POLNEAR.exists():
        sys.exit(f"../shared/data/eval/polnear not present ({POLNEAR}): nothing to measure")
    result = evaluate(arguments.split, limit=arguments.limit)
    cofenet = ANCHORS["CofeNet (BERT, trained on PolNeAR), exact F1"]
    citron = ANCHORS["BBC citron on PARC 3.0 test, exact F1"]
    print(
        f"PolNeAR {result['split']}: {result['documents']} documents, pipeline {result['pipeline']}, "
        f"{result['seconds']} s ({result['words_per_second']} words/s)"
    )
    print(
        f"{'role':<8} {'P':>6} {'R':>6} {'F1':>6} | {'overlap F1':>10} | {'CofeNet F1':>10} {'citron F1':>9}"
    )
    for role in ROLES:
        scores = result["exact"][role]  # type: ignore[index]
        soft = result["token_overlap"][role]["f1"]  # type: ignore[index]
        print(
            f"{role:<8} {scores['precision']:>6} {scores['recall']:>6} {scores['f1']:>6} | {soft:>10} | "
            f"{cofenet[role]:>10} {citron[role]:>9}"
        )
    RESULTS.mkdir(parents=True, exist_ok=True)
    name = (
        "attribution_polnear"
        + ("" if result["split"] == "dev" and not result["sampled"] else f"_{result['split']}")
        + ("_blank" if arguments.blank else "")
    )
    out = RESULTS / f"{name}.json"
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
