"""Statement nouns: a noun that carries its holder's words or stance as a clause, with no reporting verb.

- ``X's claim that ...`` / ``the warning by X that ...`` / ``a pledge from X to ...`` / ``a Microsoft pledge to
  ...``: the possessor (or the object of "by" / "from", or a name compounded with the noun) is the speaker, the
  noun the cue, its "that" clause or infinitive the content.
- ``X made the argument that ...`` / ``X issued a warning that ...``: with no possessor, the subject of a verb of
  making or voicing (``statement_verb``) whose object the noun is speaks.
- ``X's call for ...``: a noun listed with a preposition (``call for``) takes that preposition's object as content.

A relative clause (``the claim that he made``) is not content: its "that" is a pronoun, not a complementiser.
The words are language data (``statement_noun``, ``noun_prep`` and ``statement_verb`` in cue_phrases.tsv).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.content import token_span
from quotegraph.extract.cues import OWNER_ENTITIES, claimed, new_candidate, word_cue
from quotegraph.extract.verb_forms import SUBJECTS

_AGENT_PREPS = {"by", "from"}
_CLAUSE_DEPS = {"acl", "ccomp", "relcl", "advcl"}


def noun_cues(index: DocIndex, used: set[int], found: list[Candidate]) -> list[Candidate]:
    """Attributions carried by statement nouns (after the verb and attitude stages)."""
    out: list[Candidate] = []
    nouns = index.lang.statement_nouns
    for tok in index.doc:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in nouns or tok.i in used or index.in_quote(tok):
            continue
        speaker = holder(tok, index)
        content = _noun_content(tok, index)
        if speaker is None or content is None:
            continue
        cand = new_candidate(index, content, "noun_cue", None, 0.5)
        if cand is None or claimed(found + out, cand.content) or cand.content[0] <= speaker.idx < cand.content[1]:
            continue
        word_cue(cand, tok, speaker)
        used.add(tok.i)
        out.append(cand)
    return out


def holder(noun: Token, index: DocIndex) -> Token | None:
    """Whose statement the noun is: its possessor or a name compounded with it (``a Microsoft pledge``), the object
    of "by" / "from", or the subject of a verb of making or voicing whose object it is (``X issued a warning``; not
    ``the deal includes a pledge``)."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    named = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ in OWNER_ENTITIES]
    if named:
        return named[-1]  # "a New York Times report that ...", "the DOJ demand that ...": the name before it
    agent = agent_object(noun)
    if agent is not None:
        return agent
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in index.lang.statement_verbs:
        subjects = [c for c in noun.head.children if c.dep_ in SUBJECTS and c.dep_ != "nsubjpass"]
        if subjects and subjects[0].tag_ not in {"WP", "WDT", "EX"}:
            return subjects[0]
    return None


def agent_object(token: Token) -> Token | None:
    """The object of a "by" or "from" that hangs on ``token`` (``criticism *from unions*``)."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in _AGENT_PREPS:
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _noun_content(noun: Token, index: DocIndex) -> tuple[int, int] | None:
    """The noun's "that" clause or infinitive, or the object of its listed preposition (``call for``)."""
    lemma = noun.lemma_.lower()
    for child in noun.rights:
        if child.dep_ in _CLAUSE_DEPS and _complement_clause(child):
            return token_span(child.subtree)
        if child.dep_ == "prep" and (lemma, child.lower_) in index.lang.noun_preps:
            objects = [g for g in child.children if g.dep_ in {"pobj", "pcomp"}]
            if objects:
                return token_span(objects[0].subtree)
    return None


def _complement_clause(clause: Token) -> bool:
    """A clause introduced by the complementiser "that" or an infinitive "to", not a relative clause."""
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"]
    if marks:
        return True
    if any(c.tag_ in {"WDT", "WP"} for c in clause.children):
        return False
    return clause.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
