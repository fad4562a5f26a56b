"""Cross-document entity coreference on MEANTIME English, with gold mentions.

Run: ``.venv/bin/python benchmarks/entities_meantime.py`` (about a minute on one core). Reads
../shared/data/eval/meantime-en/ (the NewsReader MEANTIME corpus, CC BY 4.0, in the
Zhukova et al. 2022 conversion: ``entities_mentions.json`` and ``meantime.conll``); writes
benchmarks/results/entities_meantime.json.

What is scored: the clustering of every gold entity mention of a topic (the 4 corpus topics,
120 Wikinews articles; all annotated docs) into entities, against the gold chains (the instance
ids of the corpus-level annotation), with MUC, B3, CEAF-e and CoNLL F1 from
``benchmarks/coref_scores.py`` (our own scorer). Singletons included.

Systems, all computed here:

* ``same_head`` (the baseline): mentions of a topic with the same head lemma are one entity
  (the head lemma given by the conversion).
* ``resolver``: our resolver (``corroborate.reconcile.resolve.cluster_mentions``) on the mentions
  that are names (capitalised words once a determiner, a possessive and a title are stripped:
  "the United States Air Force" -> "United States Air Force"); every other mention (pronouns,
  common nouns: "he", "the aircraft") is left alone. The gold coarse type stands in for the NER
  label (PER -> PERSON, ORG -> ORG, LOC -> LOC, others -> OTHER); the topic's documents are
  rebuilt from the tokens so acronyms defined in brackets are learnt as in real use.
* ``resolver_untyped``: the same with every label OTHER (what the rules do without types).
* ``resolver_plus_same_head``: names by our resolver, the other mentions by the same-head rule
  among themselves.
* ``resolver_or_same_head``: the links of our resolver and of the same-head rule together
  (a pronoun or common noun can then join a name with the same head).

And on two mention sets: ``all`` (every gold entity mention) and ``names`` (only the mentions
that are names; gold chains cut to them), the part our resolver is for.

``end_to_end``: the whole entity path on the rebuilt texts (tokens joined by spaces, so "Lohan
's" and "U.S ." look odd to the reader): ``read_mentions`` with the shipped model finds the
mentions, the resolver clusters them, and every gold name mention takes the cluster of the
predicted mention with exactly its span, or stays alone. Recall of name mentions is reported;
their precision cannot be (the corpora annotate only some names).
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from coref_scores import score_all
from spacy.lang.en.stop_words import STOP_WORDS

from corroborate.nlp import load_pipeline, pipeline_version
from corroborate.read.mentions import read_mentions
from corroborate.reconcile.names import HONORIFICS, TITLES, is_acronym, split_title
from corroborate.reconcile.resolve import cluster_mentions, resolve_entities
from corroborate.record import Article, Mention, Reading, Span

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
DATA = SHARED / "data" / "eval" / "meantime-en" / "MEANTIME-prep" / "output_data" / "en"
RESULTS = ROOT / "benchmarks" / "results"

_LEADING = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
     "my", "your", "both", "all", "some", "every", "each"}
)
_CONNECTORS = frozenset({"of", "and", "&", "de", "e", "al", "el", "for", "the", "-", "on", "du",
                         "la", "le", "van", "von", "der"})


@dataclass(frozen=True)
class GoldMention:
    """One gold entity mention, its place in the rebuilt document text, and its chain."""

    mention_id: str
    topic: str
    document: str
    tokens: tuple[str, ...]
    starts: tuple[int, ...]
    """Character offset of each token in the rebuilt document text."""
    label: str
    head: str
    chain: str


def name_of(
    mention: GoldMention, text: str | None = None
) -> tuple[int, int, str, str | None] | None:
    """Where the name is in a gold mention, the name and its role; None when it is no name.

    The rules of ``corroborate.read.mentions`` in short: capitalised words once a determiner,
    a possessive and a title are stripped; not a pronoun or other stop word, not a title alone
    ("President", "Coach"), not a word in capitals that is no acronym ("GRANDMOTHER"), not a
    single capitalised word opening a sentence that the document never writes capitalised
    inside a sentence ("Woman", "Host").
    """
    tokens = [re.sub(r"['’]s$", "", token) or token for token in mention.tokens]
    first, last = 0, len(tokens)
    while first < last and tokens[first].casefold() in _LEADING:
        first += 1
    while last > first and (tokens[last - 1] in {"'s", "'", "’s", "’"} or not re.search(
        r"\w", tokens[last - 1]
    )):
        last -= 1
    words = tokens[first:last]
    if not words:
        return None
    if not all(
        w[:1].isupper() or w[:1].isdigit() or w.casefold() in _CONNECTORS for w in words
    ) or not (words[0][:1].isupper() and (words[-1][:1].isupper() or words[-1].isdigit())):
        return None
    start_index, role, _titled = split_title(words)
    name_words = words[start_index:]
    if len(name_words) == 1 and name_words[0].casefold().rstrip(".") in HONORIFICS:
        return None
    if all(w.isdigit() for w in name_words):
        return None
    last_key = name_words[-1].casefold().split("-")[0].rstrip(".")
    if last_key in TITLES or (len(name_words) == 1 and name_words[0].casefold() in STOP_WORDS):
        return None
    if any(w.isupper() and len(w) > 1 and not is_acronym(w) for w in name_words):
        return None
    begin_of_words = mention.starts[first + start_index]
    if (
        text is not None
        and len(name_words) == 1
        and not is_acronym(name_words[0])
        and (begin_of_words == 0 or text[begin_of_words - 1] == "\n")
        and not re.search(rf"[^\n] {re.escape(name_words[0])}\b", text)
    ):
        return None
    begin = mention.starts[first + start_index]
    end = mention.starts[last - 1] + len(tokens[last - 1])
    return begin, end, " ".join(name_words), role


def singular_head(word: str) -> str:
    """A head word, lower-cased, with a plain English plural ending taken off."""
    head = word.casefold()
    if len(head) > 4 and head.endswith("ies"):
        return head[:-3] + "y"
    if len(head) > 3 and head.endswith("s") and not head.endswith("ss") and not is_acronym(word):
        return head[:-1]
    return head


System = Callable[[Sequence[GoldMention], dict[str, str]], dict[str, str]]


def same_head(mentions: Sequence[GoldMention], _texts: dict[str, str]) -> dict[str, str]:
    """The baseline: one entity per topic and head lemma."""
    return {m.mention_id: f"{m.topic}|{m.head}" for m in mentions}


def _resolver(*, typed: bool, others: System | None) -> System:
    def system(mentions: Sequence[GoldMention], texts: dict[str, str]) -> dict[str, str]:
        clusters: dict[str, str] = {}
        by_topic: dict[str, list[GoldMention]] = defaultdict(list)
        for mention in mentions:
            by_topic[mention.topic].append(mention)
        for topic, topic_mentions in by_topic.items():
            named: list[tuple[GoldMention, Mention]] = []
            rest: list[GoldMention] = []
            for mention in topic_mentions:
                found = name_of(mention, texts[mention.document])
                if found is None:
                    rest.append(mention)
                    continue
                begin, end, name, role = found
                text = texts[mention.document][begin:end]
                record_mention = Mention(
                    span=Span(mention.document, begin, end, text),
                    label=mention.label if typed else "OTHER",
                    name=name,
                    role=role,
                )
                named.append((mention, record_mention))
            named.sort(key=lambda pair: (pair[1].span.article_id, pair[1].span.start))
            assigned = cluster_mentions([m for _, m in named], texts=texts)
            for (mention, _), cluster in zip(named, assigned, strict=True):
                clusters[mention.mention_id] = f"{topic}|name|{cluster}"
            if others is None:
                for mention in rest:
                    clusters[mention.mention_id] = f"{topic}|alone|{mention.mention_id}"
            else:
                for mention_id, cluster in others(rest, texts).items():
                    clusters[mention_id] = f"other|{cluster}"
        return clusters

    return system


def _resolver_or_same_head(
    mentions: Sequence[GoldMention], texts: dict[str, str]
) -> dict[str, str]:
    """Two mentions are one entity when our resolver or the same-head rule says so (the links
    of both, closed transitively)."""
    parent = {m.mention_id: m.mention_id for m in mentions}

    def find(mention_id: str) -> str:
        while parent[mention_id] != mention_id:
            parent[mention_id] = parent[parent[mention_id]]
            mention_id = parent[mention_id]
        return mention_id

    for clustering in (_resolver(typed=True, others=None)(mentions, texts),
                       same_head(mentions, texts)):
        first_of: dict[str, str] = {}
        for mention_id, cluster in clustering.items():
            if cluster in first_of:
                parent[find(mention_id)] = find(first_of[cluster])
            else:
                first_of[cluster] = mention_id
    return {mention_id: find(mention_id) for mention_id in parent}


SYSTEMS: dict[str, System] = {
    "same_head": same_head,
    "resolver": _resolver(typed=True, others=None),
    "resolver_untyped": _resolver(typed=False, others=None),
    "resolver_plus_same_head": _resolver(typed=True, others=same_head),
    "resolver_or_same_head": _resolver_or_same_head,
}


def evaluate(
    corpus: str, mentions: Sequence[GoldMention], texts: dict[str, str]
) -> dict[str, object]:
    """Score every system on all mentions and on the names, as a JSON-ready dict."""
    names = [m for m in mentions if name_of(m, texts[m.document]) is not None]
    results: dict[str, object] = {
        "corpus": corpus,
        "mentions": len(mentions),
        "name_mentions": len(names),
        "gold_entities": len({m.chain for m in mentions}),
        "documents": len({m.document for m in mentions}),
        "topics": len({m.topic for m in mentions}),
        "scores": {},
    }
    scores: dict[str, dict[str, object]] = {}
    for system_name, system in SYSTEMS.items():
        started = time.perf_counter()
        response = system(mentions, texts)
        seconds = time.perf_counter() - started
        key_all = {m.mention_id: m.chain for m in mentions}
        name_ids = {m.mention_id for m in names}
        key_names = {k: v for k, v in key_all.items() if k in name_ids}
        response_names = {k: v for k, v in response.items() if k in name_ids}
        scores[system_name] = {
            "all": score_all(key_all, response),
            "names": score_all(key_names, response_names),
            "seconds": round(seconds, 2),
        }
    results["scores"] = scores
    return results


def end_to_end(mentions: Sequence[GoldMention], texts: dict[str, str]) -> dict[str, object]:
    """The whole entity path on the rebuilt texts: our pipeline reads the mentions
    (``read_mentions`` with the shipped model), our resolver clusters them per topic, and each
    gold name mention takes the cluster of the predicted mention with exactly its span (or stays
    alone). Scored on the gold name mentions only: the corpora annotate only some names, so
    precision of mention finding cannot be measured here, recall can. Also the record's entity
    type (``resolve_entities``) of each exactly found name mention whose gold label says a
    person, an organisation or a place."""
    nlp = load_pipeline()
    names = [(m, name_of(m, texts[m.document])) for m in mentions]
    named = [(m, found) for m, found in names if found is not None]
    documents_of: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        documents_of[mention.topic].add(mention.document)
    started = time.perf_counter()
    cluster_of: dict[tuple[str, int, int], str] = {}
    type_of: dict[tuple[str, int, int], str] = {}
    predicted_total = 0
    for topic, documents in sorted(documents_of.items()):
        predicted: list[Mention] = []
        articles, readings = [], []
        for document in sorted(documents):
            article = Article(id=document, text=texts[document], source=document)
            found = read_mentions(article, nlp(article.text))
            predicted.extend(found)
            articles.append(article)
            readings.append(Reading(article.id, mentions=found))
        predicted_total += len(predicted)
        assigned = cluster_mentions(predicted, texts=texts)
        for mention, cluster in zip(predicted, assigned, strict=True):
            span = mention.span
            cluster_of[(span.article_id, span.start, span.end)] = f"{topic}|{cluster}"
        for entity in resolve_entities(tuple(articles), tuple(readings)):
            for span in entity.mentions:
                type_of[(span.article_id, span.start, span.end)] = entity.type
    seconds = time.perf_counter() - started
    key = {m.mention_id: m.chain for m, _found in named}
    response: dict[str, str] = {}
    exact = overlapping = 0
    spans_by_document: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for document, start, end in cluster_of:
        spans_by_document[document].append((start, end))
    typed = typed_right = 0
    for mention, (begin, end, _name, _role) in named:
        found = cluster_of.get((mention.document, begin, end))
        if found is not None:
            exact += 1
            response[mention.mention_id] = found
            if mention.label in _TYPE_FAMILY:
                typed += 1
                entity_type = type_of.get((mention.document, begin, end), "OTHER")
                typed_right += _TYPE_FAMILY.get(entity_type) == _TYPE_FAMILY[mention.label]
        else:
            response[mention.mention_id] = f"alone|{mention.mention_id}"
        if any(s < end and begin < e for s, e in spans_by_document[mention.document]):
            overlapping += 1
    return {
        "gold_name_mentions": len(named),
        "predicted_mentions": predicted_total,
        "name_mention_recall_exact": round(100 * exact / max(1, len(named)), 2),
        "name_mention_recall_overlap": round(100 * overlapping / max(1, len(named)), 2),
        "names": score_all(key, response),
        "entity_type_accuracy": round(100 * typed_right / max(1, typed), 2),
        "entity_type_scored": typed,
        "nlp_pipeline": pipeline_version(),
        "seconds": round(seconds, 1),
    }


_TYPE_FAMILY: dict[str, str] = {
    "PERSON": "person", "ORG": "organisation", "LOC": "place", "GPE": "place", "FAC": "place",
}  # fmt: skip
"""Gold labels that say a type, and the record types that match them (a gold LOC is any place)."""


def print_end_to_end(results: dict[str, object]) -> None:
    row = results["names"]
    assert isinstance(row, dict)
    print(
        f"end to end ({results['nlp_pipeline']}): gold name mentions found exactly "
        f"{results['name_mention_recall_exact']}% (overlapping {results['name_mention_recall_overlap']}%);"
        f" on the names: MUC F1 {row['muc_f1']}, B3 F1 {row['b3_f1']}, CEAF-e F1 "
        f"{row['ceaf_e_f1']}, CoNLL F1 {row['conll_f1']} ({results['seconds']} s); the record's "
        f"entity type right for {results['entity_type_accuracy']}% of the "
        f"{results['entity_type_scored']} found name mentions whose gold type is a person, an "
        "organisation or a place"
    )


def print_table(results: dict[str, object], anchors: Iterable[str]) -> None:
    """The scores as a table, with the published anchors under it."""
    print(f"\n{results['corpus']}: {results['mentions']} gold entity mentions "
          f"({results['name_mentions']} names), {results['gold_entities']} gold entities, "
          f"{results['documents']} documents, {results['topics']} topics")
    header = f"{'system':<26}{'set':<7}{'MUC F1':>8}{'B3 R':>8}{'B3 P':>8}{'B3 F1':>8}"
    header += f"{'CEAFe F1':>10}{'CoNLL F1':>10}"
    print(header)
    scores = results["scores"]
    assert isinstance(scores, dict)
    for system_name, by_set in scores.items():
        for set_name in ("all", "names"):
            row = by_set[set_name]
            print(
                f"{system_name:<26}{set_name:<7}{row['muc_f1']:>8.1f}{row['b3_recall']:>8.1f}"
                f"{row['b3_precision']:>8.1f}{row['b3_f1']:>8.1f}{row['ceaf_e_f1']:>10.1f}"
                f"{row['conll_f1']:>10.1f}"
            )
    for anchor in anchors:
        print(f"anchor: {anchor}")


def write_results(name: str, results: dict[str, object]) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def load_meantime() -> tuple[list[GoldMention], dict[str, str]]:
    """Gold entity mentions and rebuilt document texts (tokens joined by spaces, one sentence
    per line)."""
    token_starts: dict[tuple[str, int, int], int] = {}
    texts: dict[str, str] = {}
    tokens_of: dict[tuple[str, int, int], str] = {}
    document = ""
    lines: list[str] = []
    current_sentence = -1
    parts: list[str] = []
    for raw in (DATA / "meantime.conll").read_text(encoding="utf-8").splitlines():
        if raw.startswith("#begin document"):
            document = raw[len("#begin document (") :].split(")")[0]
            lines, parts, current_sentence = [], [], -1
            continue
        if raw.startswith("#end document"):
            if parts:
                lines.append(" ".join(parts))
            texts[document] = "\n".join(lines)
            continue
        columns = raw.split("\t")
        if len(columns) < 4:
            continue
        sentence, token_id, token = int(columns[1]), int(columns[2]), columns[3]
        if sentence != current_sentence:
            if current_sentence >= 0:
                lines.append(" ".join(parts))
            parts, current_sentence = [], sentence
        offset = sum(len(line) + 1 for line in lines) + sum(len(p) + 1 for p in parts)
        token_starts[(document, sentence, token_id)] = offset
        tokens_of[(document, sentence, token_id)] = token
        parts.append(token)
    records = json.loads((DATA / "entities_mentions.json").read_text(encoding="utf-8"))
    mentions = []
    labels = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}
    for number, record in enumerate(records):
        document = record["conll_doc_key"]
        keys = [(document, record["sent_id"], t) for t in record["tokens_number"]]
        if not all(key in token_starts for key in keys):
            continue
        mentions.append(
            GoldMention(
                mention_id=f"m{number}",  # the conversion's mention_id is not unique
                topic=record["topic"],
                document=document,
                tokens=tuple(tokens_of[key] for key in keys),
                starts=tuple(token_starts[key] for key in keys),
                label=labels.get(record["mention_type"], "OTHER"),
                head=str(record["mention_head_lemma"]).casefold(),
                chain=record["coref_chain"].rpartition("_")[2],
            )
        )
    for mention in mentions:
        start = mention.starts[0]
        assert texts[mention.document][start : start + len(mention.tokens[0])] == mention.tokens[0]
    return mentions, texts


ANCHORS = (
    "MEANTIME English entity chains have no published cross-document CoNLL F1 with gold "
    "mentions that we know of; the same-head baseline above is the anchor (Zhukova et al. 2022 "
    "report a same-lemma baseline per dataset in their summary; ours is recomputed here).",
)


def main() -> int:
    if not DATA.is_dir():
        print(f"../shared/ not present: {DATA} is needed", file=sys.stderr)
        return 1
    mentions, texts = load_meantime()
    results = evaluate("MEANTIME English (120 docs, 4 topics), gold entity mentions",
                       mentions, texts)
    results["anchors"] = list(ANCHORS)
    results["end_to_end"] = end_to_end(mentions, texts)
    print_table(results, ANCHORS)
    print_end_to_end(results["end_to_end"])
    path = write_results("entities_meantime", results)
    print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
