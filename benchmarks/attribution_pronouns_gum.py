"""Pronoun and description sources resolved to their entity, on GUM news with gold coreference.

Run: ``.venv/bin/python benchmarks/attribution_pronouns_gum.py`` (under a minute). Reads the 24
GUM Wikinews documents in ../shared/data/eval/gum-news/coref/gum/conll/ (GUM, Zeldes 2017;
annotations CC BY 4.0, text CC BY 2.5); writes benchmarks/results/attribution_pronouns_gum.json.

Issue 4 asks for "the share of sources correctly resolved to an entity when they are pronouns".
PolNeAR has no coreference, GUM has it by hand. What is scored:

- every attribution our reader finds whose source is a pronoun or an anaphor ("he", "it", "the
  group", "the minister": claimer kind ``pronoun``), when GUM has a coreference chain for that
  source (a gold mention that covers the source span, the smallest one, of an entity that has at
  least one other mention before it: something to resolve to);
- it is right when the claimer's antecedent overlaps a gold mention of the same entity.

Also scored the same way, on the same sources: a baseline computed here, the nearest named
mention (our mention reader's) that ends before the source, with a person for "he", "she", "his"
and "her", and anything otherwise.

The text is rebuilt from GUM's tokens (one sentence per line, a space between tokens except
before closing punctuation and clitics). Caveat: the shipped NLP model was trained on GUM's train
documents, which include most of these; the resolution rules (``corroborate.read.coref``) were not
written or tuned on GUM. No published figure measures this.
"""

from __future__ import annotations

import re
import sys
import time
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
_PERSON_PRONOUNS = frozenset({"he", "she", "his", "her", "him"})


@dataclass(frozen=True)
class GoldMention:
    """A gold coreference mention: its character span in the rebuilt text and its entity."""

    start: int
    end: int
    entity: str


def read_document(path: Path) -> tuple[str, list[GoldMention]]:
    """The rebuilt text of one GUM coreference document and its gold mentions."""
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


def score_document(
    article: Article, gold: list[GoldMention], nlp: Any
) -> tuple[int, int, int, list[dict[str, Any]]]:
    """(scored sources, ours right, baseline right, rows) for one document."""
    reading = read_article(article, nlp)
    scored = ours = baseline = 0
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
        scored += 1
        ours += right
        baseline += base_right
        rows.append(
            {
                "source": source.text,
                "ours": antecedent.text if antecedent else None,
                "right": right,
                "baseline_right": base_right,
            }
        )
    return scored, ours, baseline, rows


def _pronoun_source(attribution: Attribution) -> Span | None:
    claimer = attribution.claimer
    if claimer is None or claimer.kind != "pronoun" or claimer.span is None:
        return None
    return claimer.span


def main() -> None:
    folder = require_shared("data", "eval", "gum-news", "coref", "gum", "conll")
    nlp = load_pipeline()
    started = time.perf_counter()
    totals = [0, 0, 0]
    by_document = {}
    for path in sorted(folder.glob("*.conll")):
        text, gold = read_document(path)
        article = article_from_text(text, f"gum:{path.stem}")
        scored, ours, baseline, rows = score_document(article, gold, nlp)
        totals = [totals[0] + scored, totals[1] + ours, totals[2] + baseline]
        by_document[path.stem] = {"scored": scored, "ours_right": ours, "rows": rows}
    seconds = time.perf_counter() - started
    scored, ours, baseline = totals
    share = round(100 * ours / scored, 1) if scored else 0.0
    base_share = round(100 * baseline / scored, 1) if scored else 0.0
    print(f"{scored} pronoun or anaphor sources with a gold chain, in {len(by_document)} documents")
    print(f"{'resolver':44} {'right':>6} {'share':>7}")
    print(f"{'ours (corroborate.read.coref)':44} {ours:>6} {share:>6.1f}%")
    print(f"{'nearest earlier named mention (baseline)':44} {baseline:>6} {base_share:>6.1f}%")
    print(f"{len(by_document)} documents in {seconds:.0f} s; published anchor: none")
    result = {
        "documents": len(by_document),
        "sources_scored": scored,
        "ours_right": ours,
        "ours_share": share,
        "baseline_right": baseline,
        "baseline_share": base_share,
        "seconds": round(seconds, 1),
        "published_anchor": "none",
        "by_document": by_document,
    }
    print(f"written {save_result('attribution_pronouns_gum', result)}")


if __name__ == "__main__":
    main()
