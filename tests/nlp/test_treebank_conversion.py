"""Reading CoNLL-U treebanks and taking names from GUM-style entity annotation (invented text)."""

from __future__ import annotations

from pathlib import Path

import spacy

from corroborate.nlp.conllu import docs_from_sentences, read_conllu
from corroborate.nlp.gum_entities import sentence_entities

# An invented GUM-style document: "The mayor of Velmora, Ana Ruiz, visited the United States'
# embassy." Entities: the mayor (person, common noun head), Velmora (place), Ana Ruiz (person,
# apposition), the United States (place), the embassy (organization, common noun head).
CONLLU = """\
# newdoc id = GUM_news_invented
# text = The mayor of Velmora, Ana Ruiz, visited the United States' embassy.
1\tThe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t2\tdet\t_\tEntity=(1-person-new-sssss-cf1-2-coref
2\tmayor\tmayor\tNOUN\tNN\tNumber=Sing\t9\tnsubj\t_\t_
3\tof\tof\tADP\tIN\t_\t4\tcase\t_\t_
4\tVelmora\tVelmora\tPROPN\tNNP\tNumber=Sing\t2\tnmod\t_\tEntity=(2-place-new-sssss-cf2-1-sgl-Velmora)|SpaceAfter=No
5\t,\t,\tPUNCT\t,\t_\t6\tpunct\t_\t_
6\tAna\tAna\tPROPN\tNNP\tNumber=Sing\t2\tappos\t_\tEntity=(1-person-giv-sssss-cf1-1,2-appos
7\tRuiz\tRuiz\tPROPN\tNNP\tNumber=Sing\t6\tflat\t_\tEntity=1)1)|SpaceAfter=No
8\t,\t,\tPUNCT\t,\t_\t6\tpunct\t_\t_
9\tvisited\tvisit\tVERB\tVBD\tMood=Ind|Tense=Past|VerbForm=Fin\t0\troot\t_\t_
10\tthe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t14\tdet\t_\tEntity=(3-organization-new-sssss-cf3-3-sgl(4-place-new-sssss-cf4-2,3-sgl-United_States
11\tUnited\tUnite\tVERB\tNNP\tTense=Past|VerbForm=Part\t12\tamod\t_\t_
12-13\tStates'\t_\t_\t_\t_\t_\t_\t_\t_
12\tStates\tStates\tPROPN\tNNPS\tNumber=Plur\t14\tnmod:poss\t_\tEntity=4)
13\t'\t's\tPART\tPOS\t_\t12\tcase\t_\t_
14\tembassy\tembassy\tNOUN\tNN\tNumber=Sing\t9\tobj\t_\tEntity=3)|SpaceAfter=No
15\t.\t.\tPUNCT\t.\t_\t9\tpunct\t_\t_

"""

TEXT = "The mayor of Velmora, Ana Ruiz, visited the United States' embassy."


def write_document(tmp_path: Path) -> Path:
    path = tmp_path / "GUM_news_invented.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    return path


def test_reader_rebuilds_the_text_with_multiword_tokens(tmp_path):
    sentences = list(read_conllu(write_document(tmp_path)))
    assert len(sentences) == 1
    assert sentences[0].doc_id == "GUM_news_invented"
    doc = next(docs_from_sentences(spacy.blank("en").vocab, sentences))
    assert doc.text == TEXT
    assert [t.text for t in doc][11:13] == ["States", "'"]
    assert doc[8].dep_ == "ROOT"
    assert doc[1].head.text == "visited"
    assert doc[8].lemma_ == "visit"
    assert str(doc[8].morph) == "Mood=Ind|Tense=Past|VerbForm=Fin"


def test_only_names_become_entities(tmp_path):
    sentence = next(read_conllu(write_document(tmp_path)))
    words = [w.form for w in sentence.words]
    found = [(" ".join(words[s:e]), label) for s, e, label in sentence_entities(sentence)]
    # Names only: "the mayor" and "the ... embassy" have common-noun heads; the determiner of
    # "the United States" is left out; a capitalised VERB-tagged "United" stays in the name.
    assert found == [("Velmora", "GPE"), ("Ana Ruiz", "PERSON"), ("United States", "GPE")]


def test_entities_are_missing_not_outside_without_a_finder(tmp_path):
    sentences = list(read_conllu(write_document(tmp_path)))
    vocab = spacy.blank("en").vocab
    without = next(docs_from_sentences(vocab, sentences))
    assert not without.has_annotation("ENT_IOB")
    with_names = next(docs_from_sentences(vocab, sentences, find_entities=sentence_entities))
    assert [(e.text, e.label_) for e in with_names.ents] == [
        ("Velmora", "GPE"),
        ("Ana Ruiz", "PERSON"),
        ("United States", "GPE"),
    ]
