"""Read CoNLL-U treebank files (Universal Dependencies) into spaCy Docs with gold annotation.

Used by ``training/convert_corpora.py`` and ``benchmarks/nlp_benchmark.py``; not needed when
the shipped pipeline only annotates text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc
from spacy.vocab import Vocab

EntityFinder = Callable[["Sentence"], list[tuple[int, int, str]]]


@dataclass
class Word:
    """One syntactic word of a CoNLL-U sentence."""

    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int  # 1-based within the sentence, 0 = root
    deprel: str
    space_after: bool
    misc: str


@dataclass
class Sentence:
    """One CoNLL-U sentence with its document id."""

    doc_id: str
    words: list[Word] = field(default_factory=list)


def read_conllu(path: Path) -> Iterator[Sentence]:
    """Yield the sentences of a CoNLL-U file; multi-word tokens become their words."""
    doc_id = path.stem
    words: list[Word] = []
    mwt_end = 0
    mwt_space = True
    with path.open(encoding="utf-8") as lines:
        for raw in lines:
            line = raw.rstrip("\n")
            if line.startswith("# newdoc id"):
                doc_id = line.split("=", 1)[1].strip()
                continue
            if line.startswith("#"):
                continue
            if not line.strip():
                if words:
                    yield Sentence(doc_id, words)
                words = []
                mwt_end = 0
                continue
            cols = line.split("\t")
            if "-" in cols[0]:
                _, end = cols[0].split("-")
                mwt_end = int(end)
                mwt_space = "SpaceAfter=No" not in cols[9]
                continue
            if "." in cols[0]:  # empty node of enhanced graph
                continue
            index = int(cols[0])
            if index < mwt_end:
                space = False
            elif index == mwt_end:
                space = mwt_space
            else:
                space = "SpaceAfter=No" not in cols[9]
            words.append(
                Word(
                    form=cols[1],
                    lemma=cols[2],
                    upos=cols[3],
                    xpos=cols[4],
                    feats="" if cols[5] == "_" else cols[5],
                    head=int(cols[6]),
                    deprel=cols[7],
                    space_after=space,
                    misc=cols[9],
                )
            )
    if words:
        yield Sentence(doc_id, words)


def sentences_to_doc(
    vocab: Vocab, sentences: list[Sentence], *, find_entities: EntityFinder | None = None
) -> Doc:
    """One Doc with gold annotation from consecutive sentences of one document; entities from
    ``find_entities`` (word indices and label per sentence), else left missing."""
    words: list[str] = []
    spaces: list[bool] = []
    lemmas: list[str] = []
    pos: list[str] = []
    tags: list[str] = []
    morphs: list[str] = []
    heads: list[int] = []
    deps: list[str] = []
    sent_starts: list[bool | int | None] = []  # the type spaCy's Doc takes
    ents: list[str] = []
    for sentence in sentences:
        offset = len(words)
        entity_tags = ["O"] * len(sentence.words)
        if find_entities is not None:
            for start, end, label in find_entities(sentence):
                entity_tags[start] = f"B-{label}"
                for i in range(start + 1, end):
                    entity_tags[i] = f"I-{label}"
        for i, word in enumerate(sentence.words):
            words.append(word.form)
            last = i == len(sentence.words) - 1
            spaces.append(word.space_after or last)
            lemmas.append(word.lemma)
            pos.append(word.upos)
            tags.append(word.xpos)
            morphs.append(word.feats)
            heads.append(offset + word.head - 1 if word.head else offset + i)
            deps.append("ROOT" if word.deprel == "root" else word.deprel)
            sent_starts.append(i == 0)
        ents.extend(entity_tags)
    spaces[-1] = False
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        lemmas=lemmas,
        pos=pos,
        tags=tags,
        morphs=morphs,
        heads=heads,
        deps=deps,
        sent_starts=sent_starts,
        ents=ents if find_entities is not None else None,
    )


def docs_from_sentences(
    vocab: Vocab,
    sentences: Iterable[Sentence],
    *,
    max_sentences: int = 0,
    find_entities: EntityFinder | None = None,
) -> Iterator[Doc]:
    """Group sentences into Docs, never across documents, at most ``max_sentences`` each
    (0: whole documents)."""
    batch: list[Sentence] = []
    for sentence in sentences:
        if batch and (sentence.doc_id != batch[0].doc_id or 0 < max_sentences <= len(batch)):
            yield sentences_to_doc(vocab, batch, find_entities=find_entities)
            batch = []
        batch.append(sentence)
    if batch:
        yield sentences_to_doc(vocab, batch, find_entities=find_entities)
