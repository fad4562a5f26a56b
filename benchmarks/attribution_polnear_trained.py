"""A model trained on PolNeAR train, scored on PolNeAR dev next to the shipped rules: measurement only.

Run from the repository root, after training the model (about 35 minutes on one CPU core)::

    training/attribution/train.sh
    .venv/bin/python benchmarks/attribution_polnear_trained.py

PolNeAR has no licence, so the model it trains (training/output/attribution/model-best, a spaCy
tagger over B-/I-/O tags of the roles source, cue and content; see docs/attribution_trained.md)
is never shipped in the package: it tells us what a trained model reaches on the same files and
where our rules lose recall. Spans and scores come from benchmarks/attribution_polnear.py (its
gold reader and its scoring, imported, not copied): the same dev files, the same trimming, exact
and token-overlap precision, recall and F1 per role. The shipped rules' figures are read from
benchmarks/results/attribution_polnear.json (run benchmarks/attribution_polnear.py to refresh
them). Writes benchmarks/results/attribution_polnear_trained.json, with an error comparison:
the gold spans the model finds and the rules miss, grouped by the lemma of their attribution's
cue, to guide the rule work.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "training" / "attribution"))

import attribution_polnear as scoring  # noqa: E402
import spacy  # noqa: E402
import tokenizer_callback  # noqa: E402, F401  (registers the model's tokenizer callback)
from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

from corroborate.nlp import load_pipeline  # noqa: E402

MODEL_DIR = ROOT / "training" / "output" / "attribution" / "model-best"
TRAIN_COMMAND = "training/attribution/train.sh"
RULES_RESULT = scoring.RESULTS / "attribution_polnear.json"
Spans = dict[str, set[tuple[int, int]]]


BRIDGED_GAP = 3


@dataclass
class _Run:
    """Consecutive tokens the tagger gave one role (``end`` exclusive)."""

    role: str
    first: int
    end: int
    opened: bool


def spans_from_tags(doc: Doc) -> Spans:
    """Character spans per role from the model's B-/I-/O tags, trimmed as the scorer trims gold.

    A run of tokens of one role opens at ``B-ROLE`` and goes on over ``I-ROLE``. A run that opens
    with ``I-ROLE`` (an orphan: the tagger lost the span's start) joins the run of the same role
    before it when at most ``BRIDGED_GAP`` tokens lie between them, and is dropped otherwise.
    This decoding was chosen on the held-out slice of PolNeAR *train* (every 12th text), never
    on dev: exact F1 there 59.0 / 60.9 / 31.9 read naively (every run a span), 64.2 / 63.4 / 43.6
    with it."""
    runs: list[_Run] = []
    for token in doc:
        prefix, _, label = token.tag_.partition("-")
        if not label:
            continue
        role, last = label.lower(), (runs[-1] if runs else None)
        if (
            last is not None
            and prefix == "I"
            and last.role == role
            and token.i - last.end <= BRIDGED_GAP
        ):
            last.end = token.i + 1
        else:
            runs.append(_Run(role, token.i, token.i + 1, opened=prefix == "B"))
    spans: Spans = defaultdict(set)
    for run in runs:
        if run.opened:
            start, end = scoring._trim(
                doc.text, doc[run.first].idx, doc[run.first : run.end].end_char
            )
            if start < end:
                spans[run.role].add((start, end))
    return spans


def load_model() -> Language:
    """The trained measurement model, or exit 2 with the command that trains it."""
    if not (MODEL_DIR / "config.cfg").exists():
        print(
            f"no trained model in {MODEL_DIR.relative_to(ROOT)}: train it first with "
            f"`{TRAIN_COMMAND}` (about 35 minutes on one CPU core)",
            file=sys.stderr,
        )
        sys.exit(2)
    return spacy.load(MODEL_DIR)


@contextmanager
def scoring_predictions_from(predict: Callable[[str], Spans]) -> Iterator[None]:
    """Let the benchmark's own ``evaluate`` score ``predict``'s spans instead of the rules'."""
    rules = scoring.predicted_spans
    setattr(scoring, "predicted_spans", predict)  # noqa: B010  (the module's name, swapped)
    try:
        yield
    finally:
        setattr(scoring, "predicted_spans", rules)  # noqa: B010


def _gold_attributions(ann: Path, text: str) -> list[dict[str, list[tuple[int, int]]]]:
    """Each gold attribution's trimmed pieces per role (from brat's ``E`` relation lines)."""
    pieces: dict[str, list[tuple[int, int]]] = {}
    relations: list[dict[str, str]] = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if parts[0].startswith("T") and len(parts) >= 2:
            ranges = parts[1].partition(" ")[2]
            pieces[parts[0]] = [
                scoring._trim(text, *(int(value) for value in piece.split()))
                for piece in ranges.split(";")
            ]
        elif parts[0].startswith("E") and len(parts) >= 2:
            arguments = dict(argument.split(":", 1) for argument in parts[1].split())
            relations.append({role.lower(): ref for role, ref in arguments.items()})
    return [
        {role: pieces.get(relation[role], []) for role in scoring.ROLES if role in relation}
        for relation in relations
    ]


def _cue_lemma(doc: Doc, cue: list[tuple[int, int]]) -> str:
    """The lemmas of a cue's words, lower-cased (``say``, ``accord to``, ``tell``)."""
    words = [
        token.lemma_.lower() or token.lower_
        for start, end in cue
        for token in (doc.char_span(start, end, alignment_mode="expand") or [])
        if not token.is_space and not token.is_punct
    ]
    return " ".join(words) or "(no cue)"


def compare_errors(split: str, model: Language) -> dict[str, object]:
    """Per role, how many gold spans each side finds exactly, and the cues of those the model
    finds and the rules miss (and of those both miss)."""
    folder = scoring.POLNEAR / split
    pipeline = load_pipeline()
    outcome: dict[str, Counter[str]] = {role: Counter() for role in scoring.ROLES}
    model_only: dict[str, Counter[str]] = {role: Counter() for role in scoring.ROLES}
    both_miss: dict[str, Counter[str]] = {role: Counter() for role in scoring.ROLES}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        text = (folder / "text" / (ann.stem.rsplit("_", 1)[0] + ".txt")).read_text(encoding="utf-8")
        found_by_model = spans_from_tags(model(text))
        found_by_rules = scoring.predicted_spans(text)
        doc = pipeline(text)
        for attribution in _gold_attributions(ann, text):
            lemma = _cue_lemma(doc, attribution.get("cue", []))
            for role, pieces in attribution.items():
                for piece in pieces:
                    if piece[0] >= piece[1]:
                        continue
                    by_model = piece in found_by_model.get(role, set())
                    by_rules = piece in found_by_rules.get(role, set())
                    key = {
                        (True, True): "both",
                        (True, False): "model only",
                        (False, True): "rules only",
                        (False, False): "neither",
                    }[(by_model, by_rules)]
                    outcome[role][key] += 1
                    if key == "model only":
                        model_only[role][lemma] += 1
                    elif key == "neither":
                        both_miss[role][lemma] += 1
    return {
        "note": "gold spans (pieces) of every gold attribution, matched exactly; cue lemmas from the "
        "shipped pipeline; a span shared by two attributions counts once per attribution",
        "found": {role: dict(outcome[role]) for role in scoring.ROLES},
        "model_only_by_cue_lemma": {
            role: dict(model_only[role].most_common(25)) for role in scoring.ROLES
        },
        "both_miss_by_cue_lemma": {
            role: dict(both_miss[role].most_common(15)) for role in scoring.ROLES
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-errors", action="store_true", help="skip the error comparison")
    arguments = parser.parse_args()
    if not scoring.POLNEAR.exists():
        sys.exit(f"../shared/data/eval/polnear not present ({scoring.POLNEAR}): nothing to measure")
    model = load_model()
    with scoring_predictions_from(lambda text: spans_from_tags(model(text))):
        result = scoring.evaluate("dev", limit=None)
    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    result["benchmark"] = "attribution_polnear_trained"
    result["pipeline"] = (
        "measurement model trained on PolNeAR train (training/attribution/, not shipped): "
        f"{meta.get('name', '?')} {meta.get('version', '?')}, tagger over B-/I-/O role tags"
    )
    result["model_dev_slice_tag_acc"] = meta.get("performance", {}).get("tag_acc")
    result["command"] = f"{TRAIN_COMMAND} && benchmarks/attribution_polnear_trained.py"
    rules = json.loads(RULES_RESULT.read_text(encoding="utf-8")) if RULES_RESULT.exists() else {}
    result["shipped_rules"] = {
        key: rules.get(key) for key in ("pipeline", "exact", "token_overlap", "command")
    }
    if not arguments.no_errors:
        result["errors"] = compare_errors("dev", model)
    print(
        f"PolNeAR dev: {result['documents']} documents, trained model {result['seconds']} s "
        f"({result['words_per_second']} words/s)"
    )
    rows: list[tuple[str, dict[str, float | None]]] = [
        (
            "trained on PolNeAR (not shipped), exact",
            {r: result["exact"][r]["f1"] for r in scoring.ROLES},  # type: ignore[index]
        ),
        (
            "trained on PolNeAR (not shipped), overlap",
            {r: result["token_overlap"][r]["f1"] for r in scoring.ROLES},  # type: ignore[index]
        ),
    ]
    if rules:
        rows += [
            ("shipped rules, exact", {r: rules["exact"][r]["f1"] for r in scoring.ROLES}),
            ("shipped rules, overlap", {r: rules["token_overlap"][r]["f1"] for r in scoring.ROLES}),
        ]
    rows += [(name, dict(values)) for name, values in scoring.ANCHORS.items()]
    print(f"{'F1':<48} {'source':>7} {'cue':>7} {'content':>7}")
    for name, values in rows:
        cells = " ".join(f"{values.get(role, '-')!s:>7}" for role in scoring.ROLES)
        print(f"{name:<48} {cells}")
    print(f"{'recall, exact':<48} {'source':>7} {'cue':>7} {'content':>7}")
    recall_rows = [("trained model", result["exact"])]
    if rules:
        recall_rows.append(("shipped rules", rules["exact"]))
    for name, exact in recall_rows:
        cells = " ".join(f"{exact[role]['recall']!s:>7}" for role in scoring.ROLES)  # type: ignore[index]
        print(f"{name:<48} {cells}")
    out = scoring.RESULTS / "attribution_polnear_trained.json"
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
