"""Accuracy, speed, load time and size of the shipped English pipeline (issue 3).

    .venv/bin/python benchmarks/nlp_benchmark.py                   # shipped model, test splits
    .venv/bin/python benchmarks/nlp_benchmark.py --split dev --model training/output/run/model-best
    .venv/bin/python benchmarks/nlp_benchmark.py --markdown-from benchmarks/results/nlp.json

Accuracy on UD English EWT and GUM (whow and fiction documents left out), from raw text and with
gold tokens: tokens F1, sentence F1, UPOS, XPOS, lemma, UAS and LAS (spaCy's scorer: full labels
such as ``nsubj:pass``, punctuation excluded; LAS with punctuation alongside, as CoNLL 2018 counts
it). NER by type on GUM names (labels as in docs/nlp.md) and on CoNLL++ dev with the mapping
PERSON->PER, GPE/LOC->LOC, ORG->ORG, NORP/MISC->MISC (also PER/LOC/ORG alone, MISC excluded on
both sides). Speed on one core over the two seeds and the 24 GUM news documents; load time in a
fresh process; size on disk. Only a run of the shipped model on the test splits writes
``benchmarks/results/nlp.json``; tune on ``--split dev`` only.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import spacy
from _shared import REPO, require_shared, save_result
from spacy.language import Language
from spacy.scorer import Scorer
from spacy.tokens import Doc
from spacy.training import Example

from corroborate.nlp.conllu import docs_from_sentences, read_conllu
from corroborate.nlp.gum_entities import sentence_entities
from corroborate.nlp.load import MODEL_DIR, load_pipeline

EXCLUDED_GUM_GENRES = ("GUM_whow_", "GUM_fiction_")
CONLL_LABELS = {"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "ORG": "ORG", "NORP": "MISC"}
ANCHORS = {
    "ewt_test_las": "Stanza ~86, UDPipe 2 ~89-90 (CoNLL 2018 LAS, with punctuation); goal >= 86",
    "ewt_test_floor": "floor 80.9: default spaCy efficiency recipe, EWT only, 20 min",
    "conllpp_f1": "LSTM-CRF 91.5, Flair 93.9 (in-domain CoNLL test; we are not in-domain)",
    "gum_test_names_f1": "goal >= 85",
    "words_per_second": "goal >= 10,000 words/s/core",
    "load_seconds": "goal < 1 s",
    "size_mb": "target < 40 MB",
}


def ud_documents(nlp: Language, treebank: str, split: str) -> list[Doc]:
    """Gold Docs (whole documents) of one UD split; GUM's with names as entities."""
    if treebank == "ewt":
        path = require_shared("data", "ud-english-ewt", f"en_ewt-ud-{split}.conllu")
        return list(docs_from_sentences(nlp.vocab, read_conllu(path)))
    path = require_shared("data", "ud-english-gum", f"en_gum-ud-{split}.conllu")
    sentences = (s for s in read_conllu(path) if not s.doc_id.startswith(EXCLUDED_GUM_GENRES))
    return list(docs_from_sentences(nlp.vocab, sentences, find_entities=sentence_entities))


def annotate(nlp: Language, references: list[Doc], *, gold_tokens: bool) -> list[Example]:
    """Run the pipeline on each reference's raw text, or on its gold words."""
    if gold_tokens:
        inputs: Iterable[Any] = (
            Doc(nlp.vocab, words=[t.text for t in ref], spaces=[bool(t.whitespace_) for t in ref])
            for ref in references
        )
    else:
        inputs = (ref.text for ref in references)
    return [
        Example(predicted, reference)
        for predicted, reference in zip(nlp.pipe(inputs, batch_size=64), references, strict=True)
    ]


def percent(value: float | None) -> float | None:
    return None if value is None else round(100 * value, 2)


def ud_scores(nlp: Language, references: list[Doc], *, gold_tokens: bool) -> dict[str, Any]:
    """spaCy's scores plus LAS with punctuation, in percent."""
    examples = annotate(nlp, references, gold_tokens=gold_tokens)
    scores = Scorer(nlp).score(examples)
    with_punct = Scorer.score_deps(examples, "dep", ignore_labels=())
    result = {
        "tokens_f1": percent(scores.get("token_f")),
        "sentences_f1": percent(scores.get("sents_f")),
        "upos": percent(scores.get("pos_acc")),
        "xpos": percent(scores.get("tag_acc")),
        "feats": percent(scores.get("morph_acc")),
        "lemma": percent(scores.get("lemma_acc")),
        "uas": percent(scores.get("dep_uas")),
        "las": percent(scores.get("dep_las")),
        "las_with_punct": percent(with_punct["dep_las"]),
    }
    if references and references[0].has_annotation("ENT_IOB"):
        result["ner_f1"] = percent(scores.get("ents_f"))
        result["ner_by_type"] = {
            label: {key: percent(value) for key, value in prf.items()}
            for label, prf in sorted((scores.get("ents_per_type") or {}).items())
        }
        gold_counts = Counter(e.label_ for ref in references for e in ref.ents)
        result["ner_gold_counts"] = dict(sorted(gold_counts.items()))
    return result


def conll_sentences(path: Path) -> list[tuple[list[str], list[tuple[int, int, str]]]]:
    """CoNLL 2003-format sentences: words and gold entity spans (IOB1 or IOB2 tags)."""
    sentences = []
    words: list[str] = []
    tags: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        parts = line.split()
        if not parts or parts[0] == "-DOCSTART-":
            if words:
                sentences.append((words, iob_spans(tags)))
            words, tags = [], []
            continue
        words.append(parts[0])
        tags.append(parts[-1])
    return sentences


def iob_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    spans = []
    start, label = None, None
    for i, tag in enumerate([*tags, "O"]):
        kind, _, tag_label = tag.partition("-")
        continues = kind == "I" and tag_label == label
        if start is not None and not continues:
            spans.append((start, i, label))
            start, label = None, None
        if kind in {"B", "I"} and start is None:
            start, label = i, tag_label
    return spans


def prf(gold: set, predicted: set) -> dict[str, float | None]:
    correct = len(gold & predicted)
    precision = correct / len(predicted) if predicted else 0.0
    recall = correct / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"p": percent(precision), "r": percent(recall), "f": percent(f1), "gold": len(gold)}


def conllpp_scores(nlp: Language) -> dict[str, Any]:
    """NER on CoNLL++ dev with gold tokens, our labels mapped to CoNLL's."""
    sentences = conll_sentences(require_shared("data", "eval", "conllpp", "conllpp_dev.txt"))
    docs = (Doc(nlp.vocab, words=words) for words, _ in sentences)
    gold: set[tuple[int, int, int, str]] = set()
    predicted: set[tuple[int, int, int, str]] = set()
    for index, ((_, spans), doc) in enumerate(
        zip(sentences, nlp.pipe(docs, batch_size=256), strict=True)
    ):
        gold.update((index, start, end, label) for start, end, label in spans)
        predicted.update(
            (index, e.start, e.end, CONLL_LABELS.get(e.label_, "MISC")) for e in doc.ents
        )
    result: dict[str, Any] = {"all_four_types": prf(gold, predicted)}
    no_misc = {g for g in gold if g[3] != "MISC"}, {p for p in predicted if p[3] != "MISC"}
    result["per_loc_org"] = prf(*no_misc)
    for label in ("PER", "LOC", "ORG", "MISC"):
        result[label] = prf(
            {g for g in gold if g[3] == label}, {p for p in predicted if p[3] == label}
        )
    return result


def speed_texts() -> list[str]:
    """The two seeds and the GUM news documents as plain text (paragraphs on their own lines)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(require_shared("seeds").glob("*.txt"))]
    for path in sorted(require_shared("data", "eval", "gum-news", "dep").glob("*.conllu")):
        paragraphs: list[list[str]] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# newpar") and not line.startswith("# newpar_"):
                paragraphs.append([])
            elif line.startswith("# text = "):
                if not paragraphs:
                    paragraphs.append([])
                paragraphs[-1].append(line[len("# text = ") :])
        texts.append("\n".join(" ".join(p) for p in paragraphs if p))
    return texts


def words_per_second(nlp: Language, texts: list[str], *, min_seconds: float) -> dict[str, Any]:
    """Words (tokens that are not punctuation or space) per second on one core."""
    words = sum(1 for doc in nlp.pipe(texts) for t in doc if not (t.is_punct or t.is_space))
    rounds, started = 0, time.perf_counter()
    while True:
        for _ in nlp.pipe(texts, batch_size=16):
            pass
        rounds += 1
        elapsed = time.perf_counter() - started
        if elapsed >= min_seconds:
            break
    one_at_a_time_started = time.perf_counter()
    for text in texts:
        nlp(text)
    one_at_a_time = time.perf_counter() - one_at_a_time_started
    return {
        "texts": len(texts),
        "words": words,
        "words_per_second_pipe": round(words * rounds / elapsed),
        "words_per_second_one_text_at_a_time": round(words / one_at_a_time),
    }


def time_shares(nlp: Language, texts: list[str]) -> dict[str, float]:
    """Share of the pipeline's time (percent) spent in the tokenizer and in each component,
    each run over all texts in turn (where the time goes, for speed work)."""
    started = time.perf_counter()
    docs = [nlp.make_doc(text) for text in texts]
    seconds = {"tokenizer": time.perf_counter() - started}
    for name, component in nlp.pipeline:
        started = time.perf_counter()
        docs = (
            list(component.pipe(docs, batch_size=16))
            if hasattr(component, "pipe")
            else [component(doc) for doc in docs]
        )
        seconds[name] = time.perf_counter() - started
    total = sum(seconds.values())
    return {name: round(100 * value / total, 1) for name, value in seconds.items()}


LOAD_SNIPPET = """
import os, time
os.environ["OMP_NUM_THREADS"] = "1"
started = time.perf_counter()
import spacy
imported = time.perf_counter()
spacy.load({path!r})
print(time.perf_counter() - imported, time.perf_counter() - started)
"""


def load_seconds(model: Path, *, runs: int = 3) -> dict[str, float]:
    """Median time of spacy.load in a fresh process, without and with importing spaCy."""
    load, total = [], []
    for _ in range(runs):
        output = subprocess.run(
            [sys.executable, "-c", LOAD_SNIPPET.format(path=str(model))],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        load.append(float(output[0]))
        total.append(float(output[1]))
    return {
        "load_seconds": round(statistics.median(load), 3),
        "import_and_load_seconds": round(statistics.median(total), 3),
    }


def size_mb(model: Path) -> float:
    return round(sum(p.stat().st_size for p in model.rglob("*") if p.is_file()) / 1e6, 2)


def load_model(model: Path | None) -> tuple[Language, Path]:
    if model is None:
        return load_pipeline(), MODEL_DIR
    nlp = spacy.load(model)
    nlp.add_pipe("corroborate_line_breaks", first=True)
    return nlp, model


def print_table(result: dict[str, Any]) -> None:
    rows = []
    for part, scores in result["ud"].items():
        for key in ("tokens_f1", "sentences_f1", "upos", "lemma", "uas", "las", "las_with_punct"):
            rows.append((f"{part} {key}", scores.get(key), ""))
        if "ner_f1" in scores:
            rows.append((f"{part} NER F1 (names)", scores["ner_f1"], ANCHORS["gum_test_names_f1"]))
            for label, values in scores["ner_by_type"].items():
                rows.append((f"{part} NER {label} F1", values.get("f"), ""))
    split = result["split"]
    anchored = {
        f"ewt-{split} gold tokens las": ANCHORS["ewt_test_floor"],
        f"ewt-{split} gold tokens las_with_punct": ANCHORS["ewt_test_las"],
        f"ewt-{split} gold tokens upos": "floor 94.1 (default recipe, EWT only)",
    }
    rows = [(name, value, anchored.get(name, anchor)) for name, value, anchor in rows]
    if "conllpp_dev" in result:
        conll = result["conllpp_dev"]
        rows.append(
            (
                "CoNLL++ dev F1 (PER/LOC/ORG/MISC)",
                conll["all_four_types"]["f"],
                ANCHORS["conllpp_f1"],
            )
        )
        rows.append(("CoNLL++ dev F1 (PER/LOC/ORG)", conll["per_loc_org"]["f"], ""))
    speed = result["speed"]
    rows.append(
        (
            "words/s, one core (nlp.pipe)",
            speed["words_per_second_pipe"],
            ANCHORS["words_per_second"],
        )
    )
    rows.append(
        (
            "words/s, one text at a time",
            speed["words_per_second_one_text_at_a_time"],
            "floor 6,200 (default recipe, one sentence at a time)",
        )
    )
    rows.append(("load s (spacy.load)", result["load"]["load_seconds"], ANCHORS["load_seconds"]))
    rows.append(("import + load s", result["load"]["import_and_load_seconds"], ""))
    rows.append(("size MB", result["size_mb"], ANCHORS["size_mb"]))
    width = max(len(name) for name, _, _ in rows)
    print(f"{'measure'.ljust(width)}  {'ours':>8}  anchor")
    for name, value, anchor in rows:
        print(f"{name.ljust(width)}  {value!s:>8}  {anchor}")


THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def run_on_one_core() -> None:
    """Re-run this script with BLAS limited to one thread (it must be set before numpy loads)."""
    if any(os.environ.get(name) != "1" for name in THREAD_VARIABLES):
        environment = {**os.environ, **dict.fromkeys(THREAD_VARIABLES, "1")}
        os.execve(sys.executable, [sys.executable, *sys.argv], environment)


def markdown_tables(result: dict[str, Any]) -> str:
    """The figures of a saved result as Markdown tables, for docs/nlp.md."""
    lines = [
        "| split | tokens F1 | sentences F1 | UPOS | XPOS | FEATS | lemma | UAS | LAS | LAS with punct |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    keys = (
        "tokens_f1",
        "sentences_f1",
        "upos",
        "xpos",
        "feats",
        "lemma",
        "uas",
        "las",
        "las_with_punct",
    )
    for part, scores in result["ud"].items():
        lines.append(f"| {part} | " + " | ".join(str(scores.get(k)) for k in keys) + " |")
    ner_parts = {part: s for part, s in result["ud"].items() if "ner_by_type" in s}
    if ner_parts:
        lines += [
            "",
            "| split | NER F1 | "
            + " | ".join(
                f"{label} P / R / F (gold n)"
                for label in next(iter(ner_parts.values()))["ner_by_type"]
            )
            + " |",
        ]
        lines.append("| --- " * (2 + len(next(iter(ner_parts.values()))["ner_by_type"])) + "|")
        for part, scores in ner_parts.items():
            cells = [
                f"{v['p']} / {v['r']} / {v['f']} ({scores['ner_gold_counts'].get(label, 0)})"
                for label, v in scores["ner_by_type"].items()
            ]
            lines.append(f"| {part} | {scores['ner_f1']} | " + " | ".join(cells) + " |")
    if "conllpp_dev" in result:
        conll = result["conllpp_dev"]
        lines += ["", "| CoNLL++ dev | P | R | F1 | gold |", "| --- | --- | --- | --- | --- |"]
        for key in ("all_four_types", "per_loc_org", "PER", "LOC", "ORG", "MISC"):
            v = conll[key]
            lines.append(f"| {key} | {v['p']} | {v['r']} | {v['f']} | {v['gold']} |")
    speed, load = result["speed"], result["load"]
    lines += [
        "",
        f"Speed, one core, {speed['words']} words in {speed['texts']} texts (the two seeds and "
        f"the GUM news documents): {speed['words_per_second_pipe']} words/s with `nlp.pipe`, "
        f"{speed['words_per_second_one_text_at_a_time']} words/s one text at a time (machine "
        f"load average {speed.get('load_average_1min_before')} on 2 shared cores). Load: "
        f"{load['load_seconds']} s for `spacy.load`, {load['import_and_load_seconds']} s with "
        f"importing spaCy. Size on disk: {result['size_mb']} MB.",
    ]
    return "\n".join(lines)


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--markdown-from":
        print(markdown_tables(json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))))
        return
    run_on_one_core()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), default="test")
    parser.add_argument("--model", type=Path, help="a pipeline folder (default: the shipped one)")
    parser.add_argument("--skip-conllpp", action="store_true")
    parser.add_argument("--speed-seconds", type=float, default=10.0)
    args = parser.parse_args()
    nlp, model_path = load_model(args.model)
    result: dict[str, Any] = {"split": args.split, "model_path": str(model_path), "ud": {}}
    for treebank in ("ewt", "gum"):
        references = ud_documents(nlp, treebank, args.split)
        for gold_tokens in (False, True):
            name = f"{treebank}-{args.split}" + (" gold tokens" if gold_tokens else "")
            started = time.perf_counter()
            result["ud"][name] = ud_scores(nlp, references, gold_tokens=gold_tokens)
            result["ud"][name]["seconds"] = round(time.perf_counter() - started, 1)
    if not args.skip_conllpp:
        result["conllpp_dev"] = conllpp_scores(nlp)
    result["speed"] = words_per_second(nlp, speed_texts(), min_seconds=args.speed_seconds)
    result["speed"]["load_average_1min_before"] = round(os.getloadavg()[0], 2)
    result["speed"]["percent_of_time"] = time_shares(nlp, speed_texts())
    result["load"] = load_seconds(model_path)
    result["size_mb"] = size_mb(model_path)
    result["anchors"] = ANCHORS
    print_table(result)
    if args.model is None and args.split == "test":
        print(save_result("nlp", result))
    elif args.model is not None:
        out = REPO / "training" / "output" / f"benchmark-{args.split}.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        print(out)


if __name__ == "__main__":
    main()
