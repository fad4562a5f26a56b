"""Recall analysis of the attribution reader on PolNeAR train: the gold attributions we miss.

Run from the repository root (train only: dev is for reporting, never for choosing a rule)::

    .venv/bin/python benchmarks/attribution_polnear_misses.py --cache /tmp/polnear_train.docbin
    .venv/bin/python benchmarks/attribution_polnear_misses.py --cache ... --save /tmp/before.json
    .venv/bin/python benchmarks/attribution_polnear_misses.py --cache ... --compare /tmp/before.json

Every gold attribution whose cue no predicted cue overlaps is a *miss*. Misses are grouped by the
cue's shape (a verb, a noun, "according to", a phrase, a cue inside its content, no cue at all)
and by its lemmas (auxiliaries, negation, adverbs, determiners and punctuation left out: "did not
say" and "says" are both ``say``; "called for" is ``call for``). The top groups are printed with
their counts and an example each, and written to benchmarks/results/attribution_polnear_misses.json.

``--save`` writes this run's predicted spans; ``--compare`` scores this run against a saved one
with the benchmark's own scoring (:mod:`attribution_polnear`): exact spans gained and lost per
role, the exact share of the cues this run adds, and each role's F1 before -> after. That is how
each rule of round 10 was measured. The parses are cached with ``--cache`` (a spaCy DocBin,
written on the first run) so that a rule can be measured in about two minutes on all 919 files.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from attribution_polnear import POLNEAR, RESULTS, ROLES, Counts, _trim, gold_spans, spans_of_doc  # noqa: E402
from spacy.tokens import Doc, DocBin  # noqa: E402

from corroborate.nlp import load_pipeline, pipeline_version  # noqa: E402

_SKIPPED_POS = {"AUX", "DET", "PUNCT", "PRON", "SPACE", "CCONJ", "SCONJ", "NUM"}
_SKIPPED_DEP = {"neg", "aux", "auxpass", "det", "punct"}

Spans = dict[str, set[tuple[int, int]]]


@dataclass(frozen=True)
class GoldAttribution:
    """One gold attribution of a brat file: the (trimmed) pieces of each role."""

    source: tuple[tuple[int, int], ...]
    cue: tuple[tuple[int, int], ...]
    content: tuple[tuple[int, int], ...]


def gold_attributions(ann: Path, text: str) -> list[GoldAttribution]:
    """The attributions (``E`` lines) of one brat file, with their role pieces."""
    pieces: dict[str, tuple[tuple[int, int], ...]] = {}
    events: list[list[str]] = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            _label, _, ranges = parts[1].partition(" ")
            found = []
            for piece in ranges.split(";"):
                start, end = (int(value) for value in piece.split())
                trimmed = _trim(text, start, end)
                if trimmed[0] < trimmed[1]:
                    found.append(trimmed)
            pieces[parts[0]] = tuple(found)
        elif parts[0].startswith("E"):
            events.append(parts[1].split())
    found_attributions = []
    for arguments in events:
        roles: dict[str, tuple[tuple[int, int], ...]] = {"source": (), "cue": (), "content": ()}
        for argument in arguments[1:]:
            role, _, target = argument.partition(":")
            role = role.lower().rstrip("0123456789")
            if role in roles:
                roles[role] = roles[role] + pieces.get(target, ())
        found_attributions.append(GoldAttribution(roles["source"], roles["cue"], roles["content"]))
    return found_attributions


def _overlaps(pieces: tuple[tuple[int, int], ...], spans: set[tuple[int, int]]) -> bool:
    return any(start < end_ and start_ < end for start, end in pieces for start_, end_ in spans)


def _cue_tokens(doc: Doc, pieces: tuple[tuple[int, int], ...]) -> list:  # type: ignore[type-arg]
    return [
        token
        for token in doc
        if any(token.idx < end and start < token.idx + len(token.text) for start, end in pieces)
    ]


def miss_group(doc: Doc, gold: GoldAttribution) -> tuple[str, str]:
    """The shape and the lemma key of a missed gold cue."""
    if not gold.cue:
        return "no cue", "-"
    text = doc.text
    cue_text = " ".join(text[start:end] for start, end in gold.cue).lower()
    tokens = _cue_tokens(doc, gold.cue)
    words = [
        token
        for token in tokens
        if token.pos_ not in _SKIPPED_POS
        and token.dep_ not in _SKIPPED_DEP
        and not (token.pos_ == "ADV" and len(tokens) > 1)
    ] or tokens
    key = " ".join(token.lemma_.lower() for token in words) or cue_text
    cue_start, cue_end = gold.cue[0][0], gold.cue[-1][1]
    before = any(end <= cue_start for _start, end in gold.content)
    after = any(start >= cue_end for start, _end in gold.content)
    inside = any(start <= cue_start and cue_end <= end for start, end in gold.content)
    if "accord" in cue_text:
        shape = "according to"
    elif inside:
        shape = "cue inside content"
    elif len(words) > 2:
        shape = "phrase"
    elif any(token.pos_ in {"VERB", "AUX"} for token in words):
        shape = "verb" + (" + particle" if len(words) > 1 else "")
    elif any(token.pos_ in {"NOUN", "PROPN"} for token in words):
        shape = "noun" + (" + word" if len(words) > 1 else "")
    else:
        shape = (words[0].pos_.lower() if words else "other") + (
            " + word" if len(words) > 1 else ""
        )
    if before and after and shape not in {"according to", "cue inside content"}:
        shape += ", content both sides"
    return shape, key


def _load_docs(texts: list[str], cache: Path | None) -> list[Doc]:
    nlp = load_pipeline()
    if cache is not None and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if len(docs) == len(texts) and all(
            doc.text == text for doc, text in zip(docs, texts, strict=True)
        ):
            return docs
    docs = list(nlp.pipe(texts))
    if cache is not None:
        bin_ = DocBin(store_user_data=True)
        for doc in docs:
            bin_.add(doc)
        cache.parent.mkdir(parents=True, exist_ok=True)
        bin_.to_disk(cache)
    return docs


def _f1(hits: int, predicted: int, gold: int) -> float:
    counts = Counts(hits_predicted=hits, hits_gold=hits, predicted=predicted, gold=gold)
    return counts.scores()["f1"]


def compare(
    before: dict[str, Spans], after: dict[str, Spans], gold: dict[str, Spans]
) -> dict[str, dict[str, object]]:
    """Exact spans gained and lost per role, and each role's F1 before and after."""
    report: dict[str, dict[str, object]] = {}
    for role in ROLES:
        added = removed = added_exact = removed_exact = 0
        hits = {"before": 0, "after": 0}
        predicted = {"before": 0, "after": 0}
        gold_total = 0
        for name, gold_of_file in gold.items():
            gold_set = gold_of_file.get(role, set())
            old = before.get(name, {}).get(role, set())
            new = after.get(name, {}).get(role, set())
            gold_total += len(gold_set)
            for tag, spans in (("before", old), ("after", new)):
                hits[tag] += len(spans & gold_set)
                predicted[tag] += len(spans)
            added += len(new - old)
            removed += len(old - new)
            added_exact += len((new - old) & gold_set)
            removed_exact += len((old - new) & gold_set)
        report[role] = {
            "added": added,
            "added_exact": added_exact,
            "added_precision": round(100 * added_exact / added, 1) if added else None,
            "removed": removed,
            "removed_exact": removed_exact,
            "f1_before": _f1(hits["before"], predicted["before"], gold_total),
            "f1_after": _f1(hits["after"], predicted["after"], gold_total),
        }
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--cache", type=Path, default=None, help="DocBin of the parses (made if absent)"
    )
    parser.add_argument("--limit", type=int, default=None, help="only the first N train files")
    parser.add_argument("--top", type=int, default=40, help="how many groups to print")
    parser.add_argument("--save", type=Path, default=None, help="write this run's spans here")
    parser.add_argument("--compare", type=Path, default=None, help="a run saved with --save")
    arguments = parser.parse_args()
    if not POLNEAR.exists():
        sys.exit(f"../shared/data/eval/polnear not present ({POLNEAR}): nothing to analyse")
    folder = POLNEAR / "train"
    annotations = sorted((folder / "attributions").glob("*.ann"))[: arguments.limit]
    texts = [
        (folder / "text" / (ann.stem.rsplit("_", 1)[0] + ".txt")).read_text(encoding="utf-8")
        for ann in annotations
    ]
    docs = _load_docs(texts, arguments.cache)
    predicted: dict[str, Spans] = {}
    gold: dict[str, Spans] = {}
    groups: Counter[tuple[str, str]] = Counter()
    shapes: Counter[str] = Counter()
    examples: dict[tuple[str, str], str] = {}
    gold_attribution_count = 0
    for ann, text, doc in zip(annotations, texts, docs, strict=True):
        predicted[ann.name] = spans_of_doc(text, doc)
        gold[ann.name] = gold_spans(ann, text)
        predicted_cues = predicted[ann.name].get("cue", set())
        for attribution in gold_attributions(ann, text):
            gold_attribution_count += 1
            if attribution.cue and _overlaps(attribution.cue, predicted_cues):
                continue
            group = miss_group(doc, attribution)
            groups[group] += 1
            shapes[group[0]] += 1
            if group not in examples and attribution.cue:
                start = max(0, attribution.cue[0][0] - 80)
                end = min(len(text), attribution.cue[-1][1] + 80)
                examples[group] = " ".join(text[start:end].split())
    missed = sum(groups.values())
    print(
        f"PolNeAR train: {len(annotations)} files, {gold_attribution_count} gold attributions, "
        f"{missed} with no predicted cue overlapping theirs ({pipeline_version()})"
    )
    print("\nby shape:")
    for shape, count in shapes.most_common():
        print(f"  {count:>6}  {shape}")
    print(f"\ntop {arguments.top} groups (shape | lemmas):")
    for (shape, key), count in groups.most_common(arguments.top):
        print(f"  {count:>6}  {shape:<28} {key:<24} {examples.get((shape, key), '')[:110]}")
    result: dict[str, object] = {
        "benchmark": "attribution_polnear_misses",
        "split": "train",
        "documents": len(annotations),
        "pipeline": pipeline_version(),
        "gold_attributions": gold_attribution_count,
        "missed_cues": missed,
        "by_shape": dict(shapes.most_common()),
        "top_groups": [
            {"shape": shape, "lemmas": key, "count": count}
            for (shape, key), count in groups.most_common(100)
        ],
        "command": "benchmarks/attribution_polnear_misses.py"
        + (f" --limit {arguments.limit}" if arguments.limit else ""),
    }
    if arguments.save is not None:
        serialised = {
            name: {role: sorted(spans) for role, spans in roles.items()}
            for name, roles in predicted.items()
        }
        arguments.save.write_text(json.dumps(serialised), encoding="utf-8")
    if arguments.compare is not None:
        saved = json.loads(arguments.compare.read_text(encoding="utf-8"))
        before = {
            name: {role: {tuple(span) for span in spans} for role, spans in roles.items()}
            for name, roles in saved.items()
        }
        report = compare(before, predicted, gold)  # type: ignore[arg-type]
        print(f"\nthis run against {arguments.compare} (exact spans):")
        for role, row in report.items():
            print(
                f"  {role:<8} added {row['added']} ({row['added_exact']} exact, "
                f"{row['added_precision']} %), removed {row['removed']} ({row['removed_exact']} "
                f"exact), F1 {row['f1_before']} -> {row['f1_after']}"
            )
        result["compare"] = report
    if arguments.limit is None:
        RESULTS.mkdir(parents=True, exist_ok=True)
        out = RESULTS / "attribution_polnear_misses.json"
        out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
