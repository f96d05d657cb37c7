"""The people an article names as subjects, in order: the salient persons whom a later "he", "she" or description
takes up (``resolve.py``, ``antecedents.py``)."""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.candidates import DocIndex
from quotegraph.extract.cues import cue_verb
from quotegraph.extract.language import LanguageData
from quotegraph.extract.mentions import mention_tokens
from quotegraph.extract.people import NameIndex, Person


def named_subjects(index: DocIndex, names: NameIndex) -> list[tuple[int, Person]]:
    """The people named as subjects (or apposed to one) outside quotations, with where: those the recogniser read as
    people, full names it read as an organisation's or as nothing that a given name opens ("Novak Djokovic finally
    won"), and names of people known from elsewhere in the article that it read as another kind."""
    out = []
    for tok in index.doc:
        # or the one name apposed to a subject's title: "Thailand's acting prime minister, Phumtham Wechayachai,
        # was" (not "my parents, James and Olive Meehan, were", nor "The liberal gossip site Gawker")
        apposed = tok.dep_ == "appos" and tok.head.dep_ in {"nsubj", "nsubjpass"} and tok.ent_type_ == "PERSON"
        apposed = apposed and tok.head.tag_ == "NN" and not any(c.dep_ == "conj" for c in tok.children)
        apposed = apposed and not _body_noun(tok.head, index.lang)
        # or the subject of its own relative clause that reports: "a rebuke from President Donald Trump, who
        # threatened" (not "Muhammad Ali, who died")
        relative = tok.ent_type_ == "PERSON" and any(_who_clause(c, index.lang) for c in tok.children)
        if (tok.dep_ not in {"nsubj", "nsubjpass"} and not apposed and not relative) or index.in_quote(tok):
            continue
        if tok.ent_type_ == "PERSON":
            person = names.lookup(tok)
        elif tok.ent_type_ in {"ORG", ""} and tok.pos_ == "PROPN" and _given_name_opens(tok, index.lang):
            person = names.describe(tok)
        elif tok.ent_type_ in {"ORG", "GPE", ""} and tok.pos_ == "PROPN":
            person = names.lookup(tok)  # "Narasimhan, 57, will step down" after "Laxman Narasimhan", read as a place
            if person is not None and tok.ent_type_ == "ORG" and not _given_name_opens_name(person.name, index.lang):
                person = None  # "Carrier said" is no person "Outside Carrier" a headline's capitals made
        else:
            continue
        if person is not None and person.kind == "person":
            out.append((tok.idx, person))
    return out


def _who_clause(clause: Token, lang: LanguageData) -> bool:
    """Whether a name's clause is a relative clause whose "who" is its subject and whose verb is one of speaking or
    writing with a clause of its own (not "who has known him for two decades")."""
    who = any(c.dep_ == "nsubj" and c.tag_ == "WP" for c in clause.children)
    reported = any(c.dep_ in {"ccomp", "xcomp", "advcl"} for c in clause.children)  # not "who added to it"
    entry = cue_verb(clause, lang) if clause.dep_ == "relcl" and who and reported else None
    return entry is not None and entry.cls in {"speech", "writing"}


def _body_noun(noun: Token, lang: LanguageData) -> bool:
    """Whether a noun names an organisation or a news medium ("the group", "the gossip site"), which no person's
    name is apposed to."""
    lemma = noun.lemma_.lower()
    medium = lang.addressee_words.get(lemma) in {"medium", "outlet_word"}
    return medium or lang.source_nouns.get(lemma) == "organisation"


def _given_name_opens(token: Token, lang: LanguageData) -> bool:
    """Whether a name mention of two words or more opens with a given name ("Novak Djokovic"; not "Boeing",
    "Senator")."""
    return _given_name_opens_name(" ".join(t.text for t in mention_tokens(token, lang)), lang)


def _given_name_opens_name(name: str, lang: LanguageData) -> bool:
    """Whether a name of two words or more opens with a given name."""
    words = name.split()
    return len(words) > 1 and words[0].lower() in lang.gender_words.get("given_name", {})
