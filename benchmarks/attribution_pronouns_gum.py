"""Pronoun and description sources resolved to their entity, on GUM with gold coreference.

Run: ``.venv/bin/python benchmarks/attribution_pronouns_gum.py`` (about 15 s; ``--errors dev``
also prints the dev split's wrong resolutions). Writes
benchmarks/results/attribution_pronouns_gum.json.

Issue 4 asks for "the share of sources correctly resolved to an entity when they are pronouns".
PolNeAR has no coreference, GUM has it by hand (GUM, Zeldes 2017; annotations CC BY 4.0). Three
samples, each its own row:

- ``ud-dev`` and ``ud-test``: the documents of GUM's UD dev and test files
  (../shared/data/ud-english-gum/en_gum-ud-{dev,test}.conllu), every genre except ``whow`` and
  ``fiction`` (their licence is non-commercial). Coreference is read from the MISC column's
  ``Entity=`` brackets (the entity id is the number after the opening bracket); the text is
  rebuilt from the tokens (a token of several words, "don't", as written) with their
  SpaceAfter, sentences joined by a space, paragraphs
  (``# newpar``) by a blank line. The shipped NLP model was trained on GUM's train documents
  only, so these documents are unseen by it. The resolution rules were tuned on dev errors only;
  test is reported, never looked into.
- ``news-coref``: GUM's 24 Wikinews documents in ../shared/data/eval/gum-news/coref/gum/conll/
  (one sentence per line). Most are GUM train documents, seen by the NLP model in training.

What is scored: every attribution our reader finds whose source is a pronoun or an anaphor
("he", "it", "they", "the group", "the minister": claimer kind ``pronoun``; and "who" or
"which" resolved to a description, "A dock worker who said"), when GUM has a
coreference chain for that source (the smallest gold mention covering the source span, of an
entity with at least one mention before it: something to resolve to). It is right when the
claimer's antecedent overlaps a gold mention of the same entity. Shares are given overall and per
kind of source: "he/she", "it", "they", "we", "who/which" and anaphors ("the group").

Also scored the same way, on the same sources: a baseline computed here, the nearest named
mention (our mention reader's) that ends before the source, with a person for "he", "she", "his"
and "her", and anything otherwise. No published figure measures this.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from _shared import require_shared, save_result  # noqa: E402

from corroborate.ingest.text import article_from_text  # noqa: E402
from corroborate.nlp import load_pipeline  # noqa: E402
from corroborate.read import read_article  # noqa: E402
from corroborate.record import Article, Attribution, Mention, Span  # noqa: E402

_NO_SPACE_BEFORE = re.compile(r"^(?:[,.;:!?)\]}%]|'s|'S|n't|N'T|'re|'ve|'ll|'d|'m|'|’s|’)$")
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "“", "‘"})
_BRACKET = re.compile(r"\(?([a-z]+)-(\d+)(?:-[^()\s]*)?\)?")
_UD_ENTITY = re.compile(r"\((\d+)-[a-z]+-[^()]*?(\))?(?=\(|$|\d+\))|(\d+)\)")
_PERSON_PRONOUNS = frozenset({"he", "she", "his", "her", "him"})
_LEFT_OUT_GENRES = ("whow", "fiction")
KINDS = ("he/she", "it", "they", "we", "who/which", "anaphor")


@dataclass(frozen=True)
class GoldMention:
    """A gold coreference mention: its character span in the rebuilt text and its entity."""

    start: int
    end: int
    entity: str


def read_document(path: Path) -> tuple[str, list[GoldMention]]:
    """The rebuilt text of one GUM coreference (CoNLL) document and its gold mentions."""
    lines: list[str] = []
    mentions: list[GoldMention] = []
    open_mentions: dict[str, list[int]] = {}
    offset = 0
    line = ""
    previous = ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("#"):
            continue
        if not raw.strip():
            if line:
                lines.append(line)
                offset += len(line) + 1
                line, previous = "", ""
            continue
        columns = raw.split("\t")
        word, coref = columns[1], columns[-1]
        glue = not line or _NO_SPACE_BEFORE.match(word) or previous in _NO_SPACE_AFTER
        if not glue:
            line += " "
        start = offset + len(line)
        line += word
        end = offset + len(line)
        previous = word
        if coref == "_":
            continue
        for part in re.findall(r"\([^()]*\)|\([^()]*|[^()]*\)", coref):
            found = _BRACKET.fullmatch(part)
            if found is None:
                continue
            entity = found.group(2)
            opens, closes = part.startswith("("), part.endswith(")")
            if opens and closes:
                mentions.append(GoldMention(start, end, entity))
            elif opens:
                open_mentions.setdefault(entity, []).append(start)
            elif closes and open_mentions.get(entity):
                mentions.append(GoldMention(open_mentions[entity].pop(), end, entity))
    if line:
        lines.append(line)
    return "\n".join(lines) + "\n", mentions


def _entity_events(misc: str) -> Iterator[tuple[str, bool, bool]]:
    """(entity id, opens, closes) for each bracket of a MISC column's ``Entity=`` value."""
    value = next((m[7:] for m in misc.split("|") if m.startswith("Entity=")), "")
    for match in re.finditer(r"\((\d+)-[^()]*?(?=\(|\)|$)(\))?|(\d+)\)", value):
        opened, closed_here, closing = match.groups()
        if opened:
            yield opened, True, closed_here is not None
        elif closing:
            yield closing, False, True


def read_ud_documents(path: Path) -> Iterator[tuple[str, str, list[GoldMention]]]:
    """(document id, rebuilt text, gold mentions) for each document of a GUM CoNLL-U file,
    leaving out the genres whose licence is non-commercial."""
    doc_id = ""
    parts: list[str] = []
    mentions: list[GoldMention] = []
    open_mentions: dict[str, list[int]] = {}
    sentence_open = False
    pending_space = False
    token_span: tuple[int, int, int] | None = None

    def finish() -> Iterator[tuple[str, str, list[GoldMention]]]:
        if doc_id and parts and not any(f"_{g}_" in doc_id for g in _LEFT_OUT_GENRES):
            yield doc_id, "".join(parts).rstrip() + "\n", mentions

    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("# newdoc id"):
            yield from finish()
            doc_id = raw.split("=", 1)[1].strip()
            parts, mentions, open_mentions = [], [], {}
            pending_space = False
            continue
        if raw.startswith("# newpar") and not raw.startswith("# newpar_"):
            if parts:
                if parts[-1] == " ":
                    parts.pop()
                parts.append("\n\n")
            pending_space = False
            continue
        if raw.startswith("#"):
            continue
        if not raw.strip():
            if sentence_open:
                pending_space = True
            sentence_open = False
            token_span = None
            continue
        columns = raw.split("\t")
        if "." in columns[0]:
            continue
        if not sentence_open and pending_space and parts and not parts[-1].endswith("\n"):
            parts.append(" ")
        sentence_open = True
        pending_space = False
        if "-" in columns[0]:  # a token of several words ("don't"): its words share its span
            start = sum(len(p) for p in parts)
            token_span = (start, start + len(columns[1]), int(columns[0].split("-")[1]))
            parts.append(columns[1])
            if "SpaceAfter=No" not in columns[9]:
                parts.append(" ")
            continue
        if token_span is not None and int(columns[0]) <= token_span[2]:
            start, end = token_span[0], token_span[1]
        else:
            token_span = None
            start = sum(len(p) for p in parts)
            parts.append(columns[1])
            end = start + len(columns[1])
            if "SpaceAfter=No" not in columns[9]:
                parts.append(" ")
        for entity, opens, closes in _entity_events(columns[9]):
            if opens and closes:
                mentions.append(GoldMention(start, end, entity))
            elif opens:
                open_mentions.setdefault(entity, []).append(start)
            elif open_mentions.get(entity):
                mentions.append(GoldMention(open_mentions[entity].pop(), end, entity))
    yield from finish()


def _overlaps(span: Span, start: int, end: int) -> bool:
    return min(span.end, end) > max(span.start, start)


def gold_entity(source: Span, gold: list[GoldMention]) -> str | None:
    """The entity of the smallest gold mention covering the source span."""
    covering = [m for m in gold if m.start <= source.start and source.end <= m.end]
    if not covering:
        return None
    return min(covering, key=lambda m: m.end - m.start).entity


def nearest_named(source: Span, mentions: tuple[Mention, ...]) -> Span | None:
    """The baseline: the nearest named mention that ends before the source (a person for a
    personal pronoun)."""
    person = source.text.lower() in _PERSON_PRONOUNS
    before = [
        m for m in mentions if m.span.end <= source.start and (not person or m.label == "PERSON")
    ]
    return max(before, key=lambda m: m.span.end).span if before else None


def source_kind(source: Span) -> str:
    """Which kind of pronoun or anaphor a source is ("he/she", "it", "they" ...)."""
    lowered = source.text.strip().lower()
    if lowered in _PERSON_PRONOUNS:
        return "he/she"
    if lowered in {"it", "they", "we"}:
        return lowered
    if lowered in {"who", "which", "that"}:
        return "who/which"
    return "anaphor"


def score_document(article: Article, gold: list[GoldMention], nlp: Any) -> list[dict[str, Any]]:
    """One row per scored source of a document: its kind, our answer, the baseline's, right or
    not."""
    reading = read_article(article, nlp)
    rows = []
    for attribution in reading.attributions:
        source = _pronoun_source(attribution)
        if source is None:
            continue
        entity = gold_entity(source, gold)
        if entity is None or not any(m.entity == entity and m.end <= source.start for m in gold):
            continue
        chain = [m for m in gold if m.entity == entity]
        antecedent = attribution.claimer.antecedent if attribution.claimer else None
        right = antecedent is not None and any(_overlaps(antecedent, m.start, m.end) for m in chain)
        guess = nearest_named(source, reading.mentions)
        base_right = guess is not None and any(_overlaps(guess, m.start, m.end) for m in chain)
        earlier = [m for m in chain if m.end <= source.start]
        last = max(earlier, key=lambda m: m.end)
        rows.append(
            {
                "source": source.text,
                "at": source.start,
                "kind": source_kind(source),
                "ours": antecedent.text if antecedent else None,
                "ours_at": antecedent.start if antecedent else None,
                "gold_last": article.text[last.start : last.end],
                "right": right,
                "baseline_right": base_right,
            }
        )
    return rows


_RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})


def _pronoun_source(attribution: Attribution) -> Span | None:
    """The source span when it is a pronoun or an anaphor: the claimer's kind says so, or the
    source is a relative pronoun resolved to a description ("A dock worker who said")."""
    claimer = attribution.claimer
    if claimer is None or claimer.span is None:
        return None
    relative = claimer.span.text.strip().lower() in _RELATIVE_PRONOUNS
    if claimer.kind != "pronoun" and not relative:
        return None
    return claimer.span


def _share(right: int, scored: int) -> float:
    return round(100 * right / scored, 1) if scored else 0.0


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts and shares, overall and per kind of source, for ours and the baseline."""

    def counts(selected: list[dict[str, Any]]) -> dict[str, Any]:
        ours = sum(r["right"] for r in selected)
        base = sum(r["baseline_right"] for r in selected)
        return {
            "scored": len(selected),
            "ours_right": ours,
            "ours_share": _share(ours, len(selected)),
            "baseline_right": base,
            "baseline_share": _share(base, len(selected)),
        }

    summary = counts(rows)
    summary["by_kind"] = {
        kind: counts([r for r in rows if r["kind"] == kind])
        for kind in KINDS
        if any(r["kind"] == kind for r in rows)
    }
    return summary


def _print_sample(name: str, documents: int, summary: dict[str, Any]) -> None:
    print(f"\n{name}: {summary['scored']} sources with a gold chain, in {documents} documents")
    print(f"{'kind':12} {'scored':>6} {'ours':>12} {'baseline':>12}")
    lines = [("all", summary), *summary["by_kind"].items()]
    for kind, counts in lines:
        ours = f"{counts['ours_right']} {counts['ours_share']:5.1f}%"
        base = f"{counts['baseline_right']} {counts['baseline_share']:5.1f}%"
        print(f"{kind:12} {counts['scored']:>6} {ours:>12} {base:>12}")


def _print_errors(text_of: dict[str, str], by_document: dict[str, list[dict[str, Any]]]) -> None:
    for doc_id, rows in by_document.items():
        text = text_of[doc_id]
        for row in rows:
            if row["right"]:
                continue
            at = row["at"]
            context = text[max(0, at - 300) : at + 40].replace("\n", " / ")
            print(f"\n[{doc_id} {row['kind']}] ours={row['ours']!r} gold={row['gold_last']!r}")
            print(f"   ...{context}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--errors", choices=("dev",), help="print this split's wrong resolutions")
    args = parser.parse_args()
    ud = require_shared("data", "ud-english-gum")
    news = require_shared("data", "eval", "gum-news", "coref", "gum", "conll")
    nlp = load_pipeline()
    started = time.perf_counter()
    samples: dict[str, Any] = {}
    for split in ("dev", "test"):
        by_document: dict[str, list[dict[str, Any]]] = {}
        text_of: dict[str, str] = {}
        for doc_id, text, gold in read_ud_documents(ud / f"en_gum-ud-{split}.conllu"):
            article = article_from_text(text, f"gum:{doc_id}")
            by_document[doc_id] = score_document(article, gold, nlp)
            text_of[doc_id] = article.text
        rows = [row for doc_rows in by_document.values() for row in doc_rows]
        samples[f"ud-{split}"] = {
            "documents": len(by_document),
            **summarise(rows),
            "by_document": by_document,
        }
        if args.errors == split:
            _print_errors(text_of, by_document)
    by_document = {}
    for path in sorted(news.glob("*.conll")):
        text, gold = read_document(path)
        article = article_from_text(text, f"gum:{path.stem}")
        by_document[path.stem] = score_document(article, gold, nlp)
    rows = [row for doc_rows in by_document.values() for row in doc_rows]
    samples["news-coref"] = {
        "documents": len(by_document),
        **summarise(rows),
        "by_document": by_document,
    }
    seconds = time.perf_counter() - started
    for name, sample in samples.items():
        _print_sample(name, sample["documents"], sample)
    print(f"\n{seconds:.0f} s; published anchor: none")
    result = {
        "samples": samples,
        "seconds": round(seconds, 1),
        "published_anchor": "none",
    }
    print(f"written {save_result('attribution_pronouns_gum', result)}")


if __name__ == "__main__":
    main()
