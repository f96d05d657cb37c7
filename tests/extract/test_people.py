"""The people an article names, on a hand-built parse (no model): clustering and the gender a mention tells."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc, Span

from quotegraph.extract.candidates import DocIndex
from quotegraph.extract.language import load_language
from quotegraph.extract.people import NameIndex, Person, gender_of
from quotegraph.model import Evidence
from quotegraph.model import Span as TextSpan

# "Ann Lee met Mr. Reyes and Pat Webb ."
WORDS = ["Ann", "Lee", "met", "Mr.", "Reyes", "and", "Pat", "Webb", "."]
HEADS = [1, 2, 2, 4, 2, 4, 7, 4, 2]
DEPS = ["compound", "nsubj", "ROOT", "compound", "dobj", "cc", "compound", "conj", "punct"]
POS = ["PROPN", "PROPN", "VERB", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "PUNCT"]


def _index() -> tuple[Doc, NameIndex]:
    doc = Doc(English().vocab, words=WORDS, heads=HEADS, deps=DEPS, pos=POS, lemmas=[w.lower() for w in WORDS])
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 4, 5, label="PERSON"), Span(doc, 6, 8, label="PERSON")]
    return doc, NameIndex(DocIndex(doc, load_language("en")))


def test_people_cluster_by_name_without_honorifics() -> None:
    doc, names = _index()
    assert [p.name for p in names.people] == ["Ann Lee", "Pat Webb", "Reyes"]
    assert names.lookup(doc[1]) is names.lookup(doc[0])


def test_gender_comes_from_a_given_name_or_an_honorific_and_never_from_a_name_given_to_both() -> None:
    _, names = _index()
    genders = {p.name: p.gender for p in names.people}
    assert genders == {"Ann Lee": "f", "Reyes": "m", "Pat Webb": None}


def test_gender_of_a_person_with_none_told_comes_from_a_gendered_role_word() -> None:
    lang = load_language("en")

    def role(text: str) -> Evidence:
        return Evidence(text, TextSpan(0, len(text), text), 0.8)

    assert gender_of(Person("Lee Webb", "person", role=role("a spokeswoman for the ministry")), lang) == "f"
    assert gender_of(Person("Lee Webb", "person", role=role("chief executive")), lang) is None
    assert gender_of(Person("Lee Webb", "person", role=role("spokeswoman"), gender="m"), lang) == "m"


def test_an_entity_after_an_article_is_no_person() -> None:
    # "... a Tom Reyes Ann Lee never met ...": the recogniser's span after "a" is a description, not a name
    words = ["It", "was", "a", "Tom", "Reyes", "voters", "never", "saw", "."]
    heads = [1, 1, 4, 4, 1, 7, 7, 4, 1]
    deps = ["nsubj", "ROOT", "det", "compound", "attr", "nsubj", "neg", "relcl", "punct"]
    pos = ["PRON", "AUX", "DET", "PROPN", "PROPN", "NOUN", "ADV", "VERB", "PUNCT"]
    doc = Doc(English().vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=[w.lower() for w in words])
    doc.ents = [Span(doc, 2, 6, label="PERSON")]
    assert NameIndex(DocIndex(doc, load_language("en"))).people == []
