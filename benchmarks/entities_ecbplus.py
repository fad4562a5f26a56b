"""Cross-document entity coreference on ECB+ topics 1-35, with gold mentions.

Run: ``.venv/bin/python benchmarks/entities_ecbplus.py`` (about two minutes on one core). Reads
../shared/data/eval/ecbplus/ (ECB+, Cybulska and Vossen 2014, CC BY 3.0; topics 36-45, the usual
test topics, are not there); writes benchmarks/results/entities_ecbplus.json.

What is scored: within each topic (both sub-topics, ECB and ECB+ documents together), the
clustering of the gold entity mentions (participants and places: HUMAN_PART*, NON_HUMAN_PART*,
LOC*; times are left out) in the sentences the corpus marks as annotated
(``ECBplus_coreference_sentences.csv``), against the gold chains (CROSS_DOC_COREF instances;
INTRA_DOC_COREF chains; a mention in neither is a singleton). Singletons included. The systems
and the two mention sets are those of ``entities_meantime.py``; the baseline head is the
mention's last word, lower-cased, a plain plural ending taken off (ECB+ gives no lemma).
Scores are given for all 33 topics here, and separately for the usual dev topics (2, 5, 12, 18,
21, 23, 34, 35) and the usual train topics (the rest).
"""

from __future__ import annotations

import csv
import re
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from entities_meantime import (
    ROOT,
    SHARED,
    GoldMention,
    end_to_end,
    evaluate,
    print_end_to_end,
    print_table,
    singular_head,
    write_results,
)

DATA = SHARED / "data" / "eval" / "ecbplus"
DEV_TOPICS = frozenset({2, 5, 12, 18, 21, 23, 34, 35})
ENTITY_TAGS = ("HUMAN_PART", "NON_HUMAN_PART", "LOC_")
LABELS = {
    "HUMAN_PART_PER": "PERSON",
    "HUMAN_PART_ORG": "ORG",
    "HUMAN_PART_GPE": "GPE",
    "LOC_GEO": "LOC",
    "LOC_FAC": "FAC",
    "LOC_OTHER": "LOC",
}
"""ECB+ tags to the record's labels (standing in for the NER); every other entity tag: OTHER."""


def annotated_sentences() -> set[tuple[str, int]]:
    """(file stem, sentence number) of every sentence ECB+ annotated with coreference."""
    path = DATA / "ECB+_LREC2014" / "ECBplus_coreference_sentences.csv"
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    return {(f"{row[0]}_{row[1]}", int(row[2])) for row in rows[1:] if len(row) >= 3}


def load_document(
    path: Path, topic: int, sentences: set[tuple[str, int]]
) -> tuple[list[GoldMention], str]:
    """Gold entity mentions of one file and its rebuilt text (tokens joined by spaces, one
    sentence per line)."""
    root = ElementTree.parse(path).getroot()
    stem = path.stem
    lines: list[list[str]] = []
    starts: dict[str, int] = {}
    texts: dict[str, str] = {}
    sentence_of: dict[str, int] = {}
    offset = 0
    current = None
    for token in root.iter("token"):
        sentence = int(token.get("sentence", "0"))
        if sentence != current:
            if lines:
                offset += 1  # the line break
            lines.append([])
            current = sentence
        elif lines[-1]:
            offset += 1  # the space
        word = token.text or ""
        starts[token.get("t_id", "")] = offset
        texts[token.get("t_id", "")] = word
        sentence_of[token.get("t_id", "")] = sentence
        lines[-1].append(word)
        offset += len(word)
    text = "\n".join(" ".join(line) for line in lines)

    chain_of: dict[str, str] = {}
    relations = root.find("Relations")
    for relation in relations if relations is not None else ():
        if relation.tag == "CROSS_DOC_COREF":
            chain = f"cross:{relation.get('note')}"
        elif relation.tag == "INTRA_DOC_COREF":
            chain = f"intra:{stem}:{relation.get('r_id')}"
        else:
            continue
        for source in relation.findall("source"):
            chain_of[source.get("m_id", "")] = chain

    mentions = []
    markables = root.find("Markables")
    for markable in markables if markables is not None else ():
        if not markable.tag.startswith(ENTITY_TAGS):
            continue
        token_ids = [anchor.get("t_id", "") for anchor in markable.findall("token_anchor")]
        token_ids = [t for t in token_ids if t in starts]
        if not token_ids:
            continue  # an instance descriptor, not a mention in the text
        token_ids.sort(key=lambda t: starts[t])
        if (stem, sentence_of[token_ids[0]]) not in sentences:
            continue
        m_id = markable.get("m_id", "")
        words = tuple(texts[t] for t in token_ids)
        content = [w for w in words if re.search(r"\w", w)] or list(words)
        mentions.append(
            GoldMention(
                mention_id=f"{stem}:{m_id}",
                topic=str(topic),
                document=stem,
                tokens=words,
                starts=tuple(starts[t] for t in token_ids),
                label=LABELS.get(markable.tag, "OTHER"),
                head=singular_head(content[-1]),
                chain=chain_of.get(m_id, f"alone:{stem}:{m_id}"),
            )
        )
    return mentions, text


def load_ecbplus() -> tuple[list[GoldMention], dict[str, str]]:
    sentences = annotated_sentences()
    mentions: list[GoldMention] = []
    texts: dict[str, str] = {}
    for folder in sorted((DATA / "ECB+").iterdir(), key=lambda p: (len(p.name), p.name)):
        if not folder.is_dir() or not folder.name.isdigit():
            continue
        for path in sorted(folder.glob("*.xml")):
            found, text = load_document(path, int(folder.name), sentences)
            mentions.extend(found)
            texts[path.stem] = text
    return mentions, texts


ANCHORS = (
    "Published ECB+ entity coreference figures are on the test topics 36-45, which are not in "
    "../shared; none is comparable to topics 1-35, so the anchor is the same-head baseline "
    "computed here on the same mentions.",
)


def main() -> int:
    if not DATA.is_dir():
        print(f"../shared/ not present: {DATA} is needed", file=sys.stderr)
        return 1
    mentions, texts = load_ecbplus()
    results = {
        "all_topics": evaluate("ECB+ topics 1-35, gold entity mentions", mentions, texts),
        "dev_topics": evaluate(
            "ECB+ dev topics (2 5 12 18 21 23 34 35)",
            [m for m in mentions if int(m.topic) in DEV_TOPICS],
            texts,
        ),
        "train_topics": evaluate(
            "ECB+ train topics (1-35 minus dev)",
            [m for m in mentions if int(m.topic) not in DEV_TOPICS],
            texts,
        ),
        "anchors": list(ANCHORS),
        "end_to_end": end_to_end(mentions, texts),
    }
    for part in ("all_topics", "dev_topics", "train_topics"):
        part_results = results[part]
        assert isinstance(part_results, dict)
        print_table(part_results, ANCHORS if part == "train_topics" else ())
    end_to_end_results = results["end_to_end"]
    assert isinstance(end_to_end_results, dict)
    print_end_to_end(end_to_end_results)
    path = write_results("entities_ecbplus", results)
    print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
