"""Audiences: "Guterres, *addressing the Security Council*, said A" names whom Guterres spoke to, not what he said.

A verb whose object is either what was said or whom it was said to (``audience_verb`` in the language's cue
phrases: "address", "brief") reports its object as a topic ("addressed the concerns", which PolNeAR marks) unless
the object is an audience: a body, a group or a person named, a gathering (``occasion`` in ``venues.tsv``: "a
rally", "the convention") or a group of listeners (``audience_noun``: "the council", "supporters", "the
nation"). Then it reports nothing in the project's convention (PolNeAR marks some such objects: "had addressed
*the Democratic National Convention*"), and a participle so used beside a cue gives that cue its addressee.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.language import LanguageData
from quotegraph.extract.mentions import entity_of

_AUDIENCE_ENTITIES = frozenset({"ORG", "NORP", "GPE", "PERSON", "FAC", "EVENT"})


def audience_of(verb: Token, lang: LanguageData) -> Token | None:
    """The object of an audience verb when it is an audience ("the Security Council" of "addressing the Security
    Council"), or None (no such verb, or a topic: "addressed the concerns")."""
    if verb.lemma_.lower() not in lang.audience_verbs or any(c.lower_ == "as" for c in verb.children):
        return None  # "addressing her informally as 'Hillary'" names her so: a report
    for child in verb.children:
        if child.dep_ in {"dobj", "dative"} and _is_audience(child, lang):
            return child
    return None


def addresses_audience(index: DocIndex, cand: Candidate) -> bool:
    """Whether an attribution's content is the audience its cue addresses (see ``audience_of``); not the words said
    to it ("She addressed the supporters: "A."")."""
    if cand.cue_token is None:
        return False
    audience = audience_of(index.doc[cand.cue_token], index.lang)
    return audience is not None and cand.content[0] <= audience.idx < cand.content[1]


def _is_audience(noun: Token, lang: LanguageData) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in lang.audience_nouns or lang.venue_nouns.get(lemma) == "occasion":
        return True
    if noun.pos_ == "PRON":
        return noun.lower_ in {"me", "us", "him", "her", "them", "you"}  # "addressed them": people, not a topic
    entity = entity_of(noun)
    return entity is not None and entity.label_ in _AUDIENCE_ENTITIES


def audience_participles(verb: Token, speaker: Token | None, lang: LanguageData) -> list[Token]:
    """The audiences of the participles set beside a cue (its ``advcl``) or after its speaker (an ``acl``):
    "Guterres, addressing the Security Council on Tuesday, said"."""
    beside = [c for c in verb.children if c.dep_ == "advcl"]
    beside += [c for c in speaker.children if c.dep_ == "acl"] if speaker is not None else []
    found = (audience_of(p, lang) for p in beside if p.tag_ == "VBG")
    return [a for a in found if a is not None]


def bodies_of_occasion(occasion: Token, lang: LanguageData) -> list[Token]:
    """The audience an occasion names in its "of" phrase ("the opening of *the General Assembly*"), if any."""
    return [
        g
        for p in occasion.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pobj" and _is_audience(g, lang) and lang.venue_nouns.get(g.lemma_.lower()) != "occasion"
    ]
