"""ECB+ sub-topics as plain-text reports, and the gate's scoring over several sub-topics.

ECB+ (Cybulska and Vossen 2014, CC BY 3.0) lives in ``../shared/data/eval/ecbplus/`` beside the
repository; its texts never enter the repository. Each topic folder holds two real events, the
*sub-topics*: documents named ``<topic>_<n>ecb.xml`` and ``<topic>_<n>ecbplus.xml``. A document
is a list of tokens, each with its sentence number.

Text rebuilt from the tokens (:func:`document_text`), deterministically:

- one sentence per line;
- tokens joined by one space, except that closing punctuation (``, . ; : ! ? ) ]``, ``'s``,
  ``n't`` ...) sticks to the token before it and opening brackets, ``$`` and opening quotes stick
  to the token after; the corpus' LaTeX quotes (```` `` ```` and ``''``) become ``"``;
- separators the corpus split out of numbers and words are put back: ``120 , 000`` is
  ``120,000``, ``6 . 1 - magnitude`` is ``6.1-magnitude``, ``02 : 24`` is ``02:24``;
- a first sentence that is a (tokenised) web address becomes the header line ``url: <address>``,
  spaces removed, which ``corroborate.ingest`` reads as metadata rather than as body text.

:func:`write_subtopic` writes one sub-topic's documents as ``<stem>.txt`` files into a folder
(tests pass ``tmp_path``), ready for ``corroborate.compare``. :func:`score_gold` scores a record
against one sub-topic's gold in ``tests/gold/ecbplus.json`` (or the held-out
``tests/gold/ecbplus_heldout.json``) with the seed gate's scoring
(``tests/quality/scoring.py``), unchanged.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import Any

from corroborate.record import EventRecord
from tests.quality.scoring import Scores, score_record

REPO = Path(__file__).resolve().parents[2]
ECBPLUS_DIR = REPO.parent / "shared" / "data" / "eval" / "ecbplus" / "ECB+"
GOLD_PATH = REPO / "tests" / "gold" / "ecbplus.json"
BASELINE_PATH = REPO / "tests" / "gold" / "ecbplus_baseline.json"
HELDOUT_GOLD_PATH = REPO / "tests" / "gold" / "ecbplus_heldout.json"
"""Held-out gold: sub-topics no rule was studied on (issue 5); scored, never tuned against."""
HELDOUT_BASELINE_PATH = REPO / "tests" / "gold" / "ecbplus_heldout_baseline.json"

_CLOSING = frozenset({",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "...", "''", "”", "’"})
_CLITIC = re.compile(r"^(?:'s|'S|'re|'ve|'ll|'d|'m|n't|N'T|')$")
_APOSTROPHE_ENDINGS = frozenset({"s", "t", "re", "ve", "ll", "d", "m"})
_SENTENCE_PUNCTUATION = frozenset({",", ".", ";", ":", "!", "?"})
_OPENING = frozenset({"(", "[", "{", "$", "``", "“", "‘", "#"})
_WEB_ADDRESS = re.compile(r"^(?:https?|www)\b")


def load_gold(*, path: Path = GOLD_PATH) -> dict[str, Any]:
    """The project's own gold for the chosen ECB+ sub-topics (the development gate's by
    default; ``HELDOUT_GOLD_PATH`` for the held-out one)."""
    return json.loads(path.read_text(encoding="utf-8"))


def document_path(stem: str, *, corpus_dir: Path = ECBPLUS_DIR) -> Path:
    """The XML file of a document stem such as ``20_1ecb``."""
    topic = stem.split("_", 1)[0]
    return corpus_dir / topic / f"{stem}.xml"


def document_sentences(path: Path) -> list[list[str]]:
    """The tokens of one ECB+ document, sentence by sentence, in order."""
    root = ElementTree.parse(path).getroot()
    sentences: dict[int, list[str]] = {}
    for token in root.iter("token"):
        word = (token.text or "").strip()
        if word:
            sentences.setdefault(int(token.get("sentence", "0")), []).append(word)
    return [sentences[number] for number in sorted(sentences)]


def join_tokens(tokens: list[str], *, quote_open: bool = False) -> tuple[str, bool]:
    """One sentence's tokens as text (see the module docstring for the spacing rule).

    ``quote_open`` says whether a plain ``"`` is open when the sentence starts (quotes run over
    sentences); the text is returned with the same state at the sentence's end.
    """
    pieces: list[str] = []
    glue_next = False
    for index, token in enumerate(tokens):
        before = tokens[index - 1] if index else ""
        after = tokens[index + 1] if index + 1 < len(tokens) else ""
        word = token
        attach = glue = False
        if token == "``":
            word, glue = '"', True
        elif token == "''":
            word, attach = '"', True
        elif token == '"':
            # An opening quote sticks to the next word, a closing one to the word before. After
            # punctuation or at a sentence's end a quote closes, at its start it opens; elsewhere
            # quotes alternate (the corpus sometimes leaves a quote on its word: ``"We``).
            if before in _SENTENCE_PUNCTUATION or not after:
                quote_open = False
            elif not before:
                quote_open = True
            else:
                quote_open = not quote_open
            glue, attach = quote_open, not quote_open
        elif _inside_number(before, token, after) or _inside_word(before, token, after):
            glue = attach = True
        elif token in _APOSTROPHE_ENDINGS and before.endswith(("'", "’")):
            attach = True  # "warship’ s" split at its apostrophe
        else:
            glue = token in _OPENING
            attach = token in _CLOSING or bool(_CLITIC.match(token))
        if pieces and not attach and not glue_next:
            pieces.append(" ")
        pieces.append(word)
        glue_next = glue
    return "".join(pieces), quote_open


def _inside_number(before: str, token: str, after: str) -> bool:
    """A separator the corpus split out of a number: ``120 , 000``, ``6 . 1``, ``02 : 24``,
    ``11 / 28``."""
    if not (before.isdigit() and after.isdigit()):
        return False
    if token == ",":
        return len(after) == 3 and len(before) <= 3
    return token in {".", ":", "/"}


def _inside_word(before: str, token: str, after: str) -> bool:
    """A hyphen the corpus split out of a word: ``two - thirds``, ``6.1 - magnitude``."""
    return token == "-" and bool(re.search(r"\w$", before)) and bool(re.match(r"\w", after))


def document_text(path: Path) -> str:
    """The plain text of one ECB+ document (see the module docstring)."""
    lines = []
    quote_open = False
    for index, tokens in enumerate(document_sentences(path)):
        if index == 0 and tokens and _WEB_ADDRESS.match(tokens[0]):
            lines.append("url: " + "".join(tokens))
            continue
        line, quote_open = join_tokens(tokens, quote_open=quote_open)
        lines.append(line)
    return "\n".join(lines) + "\n"


def write_subtopic(stems: list[str], folder: Path, *, corpus_dir: Path = ECBPLUS_DIR) -> list[Path]:
    """Write each document as ``<stem>.txt`` in ``folder``; the paths, in the order given."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for stem in stems:
        path = folder / f"{stem}.txt"
        path.write_text(document_text(document_path(stem, corpus_dir=corpus_dir)), encoding="utf-8")
        paths.append(path)
    return paths


def subtopic_gold(gold: dict[str, Any], name: str) -> dict[str, Any]:
    """One sub-topic's gold in the shape ``score_record`` reads (``tests/gold/seeds.json``).

    ``articles`` maps a short key to a document stem; it becomes the ``.txt`` file name that
    :func:`write_subtopic` writes. Missing sections are empty.
    """
    subtopic = gold["subtopics"][name]
    return {
        "articles": {key: f"{stem}.txt" for key, stem in subtopic["articles"].items()},
        "outlets": subtopic.get("outlets", {}),
        "published": subtopic.get("published", {}),
        "figures": subtopic.get("figures", []),
        "not_figures": subtopic.get("not_figures", []),
        "entities": {
            "merge": subtopic.get("entities", {}).get("merge", []),
            "apart": subtopic.get("entities", {}).get("apart", []),
        },
        "facts": subtopic.get("facts", []),
        "hedges": subtopic.get("hedges", []),
    }


def score_gold(record: EventRecord, gold: dict[str, Any], name: str) -> Scores:
    """Score a record of one sub-topic against its gold (the seed gate's scoring)."""
    return score_record(record, subtopic_gold(gold, name))


METRICS = (
    "figure_recall",
    "figure_precision",
    "qualifier_accuracy",
    "claimer_accuracy",
    "non_figures_rejected",
    "entity_merges",
    "entity_guards",
    "fact_recall",
    "verdict_accuracy",
    "hedge_recall",
    "metadata",
)
"""The metrics ``score_record`` gives, in its order."""


def applicable_metrics(gold: dict[str, Any], name: str, scores: Scores) -> set[str]:
    """The metrics a sub-topic's gold can test: those with something to count.

    ``score_record`` gives 1.0 when a metric has nothing to count (no hedges in the gold, no
    figure found whose claimer could be checked); such vacuous scores are left out of means.
    """
    subtopic = subtopic_gold(gold, name)
    required = [item for item in subtopic["figures"] if not item.get("optional")]
    found = round(scores.values["figure_recall"] * len(required))
    counts = {
        "figure_recall": len(required),
        "figure_precision": 1,
        "qualifier_accuracy": found,
        "claimer_accuracy": found,
        "non_figures_rejected": len(subtopic["not_figures"]),
        "entity_merges": len(subtopic["entities"]["merge"]),
        "entity_guards": len(subtopic["entities"]["apart"]),
        "fact_recall": len(subtopic["facts"]),
        "verdict_accuracy": len(subtopic["facts"]),
        "hedge_recall": len(subtopic["hedges"]),
        "metadata": len(subtopic["outlets"]) + len(subtopic["published"]),
    }
    return {metric for metric, count in counts.items() if count}


def overall(gold: dict[str, Any], scores: dict[str, Scores]) -> dict[str, float | None]:
    """Each metric's mean over the sub-topics where it is not vacuous (each weighs the same);
    None when it is vacuous everywhere."""
    means: dict[str, float | None] = {}
    for metric in METRICS:
        values = [
            result.values[metric]
            for name, result in scores.items()
            if metric in applicable_metrics(gold, name, result)
        ]
        means[metric] = round(sum(values) / len(values), 4) if values else None
    return means
