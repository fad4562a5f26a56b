"""The shipped English pipeline: loads offline from the package, parses and tags news text."""

from __future__ import annotations

import json

import pytest
import spacy

from corroborate.nlp import load_pipeline, pipeline_version
from corroborate.nlp.load import MODEL_DIR

# Invented text (no third-party article sentences in the repository).
REPORT = (
    "Police chief Daniel Harper said on Monday that 12 people were injured in the fire at "
    "the Brookfield warehouse."
)


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def test_model_is_shipped_in_the_package_and_named_in_the_version():
    assert (MODEL_DIR / "config.cfg").exists()
    assert (MODEL_DIR / "meta.json").exists()
    assert pipeline_version().startswith("en_corroborate_news-")


def test_model_loads_offline_with_spacy_alone():
    loaded = spacy.load(MODEL_DIR)
    for component in ("tagger", "morphologizer", "trainable_lemmatizer", "parser", "ner"):
        assert component in loaded.pipe_names


def test_line_break_component_runs_first(nlp):
    assert nlp.pipe_names[0] == "corroborate_line_breaks"


def test_subject_of_said_is_found(nlp):
    doc = nlp(REPORT)
    said = next(token for token in doc if token.text == "said")
    subjects = [child for child in said.children if child.dep_.startswith("nsubj")]
    assert len(subjects) == 1
    # UD heads a multi-word name at its first word ("Daniel", with "Harper" as flat).
    subject_phrase = doc[subjects[0].left_edge.i : subjects[0].right_edge.i + 1].text
    assert "Daniel Harper" in subject_phrase
    assert said.pos_ == "VERB"
    assert said.lemma_ == "say"


def test_person_entity_is_found(nlp):
    doc = nlp(REPORT)
    assert ("Daniel Harper", "PERSON") in {(ent.text, ent.label_) for ent in doc.ents}


def test_annotations_are_present(nlp):
    doc = nlp(REPORT)
    for annotation in ("DEP", "POS", "TAG", "MORPH", "LEMMA", "ENT_IOB", "SENT_START"):
        assert doc.has_annotation(annotation), annotation
    injured = next(token for token in doc if token.text == "injured")
    assert injured.morph.get("VerbForm") == ["Part"]


def test_sentences_split_at_line_breaks(nlp):
    doc = nlp("WATCH: flood update\nThe river rose two metres overnight, officials said.")
    sentences = [sent.text.strip() for sent in doc.sents]
    assert sentences == [
        "WATCH: flood update",
        "The river rose two metres overnight, officials said.",
    ]


def test_sentences_split_within_a_paragraph(nlp):
    doc = nlp("The mayor resigned on Friday. Her deputy will take over until the election.")
    assert len(list(doc.sents)) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr Okafor met Dr. Lind.", ["Mr", "Okafor", "met", "Dr.", "Lind", "."]),
        ("the U.S. and the U.N. agreed", ["the", "U.S.", "and", "the", "U.N.", "agreed"]),
        ("a convoy 30km from Velmora", ["a", "convoy", "30", "km", "from", "Velmora"]),
        ("crowds chanted #FreeVelmora, again", ["crowds", "chanted", "#FreeVelmora", ",", "again"]),
        (
            "video pic.twitter.com/Xy12AbCd34 posted",
            ["video", "pic.twitter.com/Xy12AbCd34", "posted"],
        ),
        ("he said “no deal” today", ["he", "said", "“", "no", "deal", "”", "today"]),
        ("Gen. Ostrova arrived", ["Gen.", "Ostrova", "arrived"]),
    ],
)
def test_news_tokenizer(nlp, text, expected):
    assert [token.text for token in nlp.make_doc(text)] == expected


def test_meta_credits_corpora_and_licences():
    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    sources = " ".join(json.dumps(source) for source in meta["sources"])
    assert "English Web Treebank" in sources
    assert "CC BY-SA 4.0" in sources
    assert "GUM" in sources
    assert "CC BY" in sources
    assert "excluded" in sources  # the CC BY-NC-SA parts (whow, fiction) are left out
    assert meta["license"] == "CC BY-SA 4.0"


def test_spans_of_tokens_match_the_text(nlp):
    text = 'Officials in Port Alder said:"We are ready" #storm\n\nNo one was hurt.'
    doc = nlp(text)
    for token in doc:
        assert text[token.idx : token.idx + len(token.text)] == token.text
