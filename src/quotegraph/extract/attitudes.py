"""Attitudes and stances without a reporting verb: copular adjectives, verbs of appearance, verb phrases.

- ``X is skeptical of Y`` / ``X was confident that ...`` / ``X is reluctant to ...``: an attitude adjective after
  a copula; the subject holds the view, the complement is its content, the adjective is the cue.
- ``X appears to ...`` / ``X seems eager`` / ``it seems that ...``: a verb of appearance reports its clause (the
  subject included, as for an agentless passive) with no known source.

- ``X took aim at Y`` / ``X made the case for Y`` / ``X lashed out at Y``: a verb phrase (verb, object noun or
  particle, preposition) whose prepositional object is the content; the cue runs from the verb to the preposition.
  The content runs on through later phrases on the verb, as an object's does (``X went after Y for Z``; runon.py).

The word lists are language data (``attitude_adjective``, ``raising_verb``, ``verb_phrase`` in cue_phrases.tsv).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.content import token_span
from quotegraph.extract.cues import claimed, new_candidate
from quotegraph.extract.runon import reach
from quotegraph.extract.subjects import speaker_of

_COPULAS = {"be", "seem", "appear", "remain", "become", "grow", "sound", "look", "feel", "stay"}
_ABOUT = {"of", "about", "with", "on", "over", "toward", "towards", "to", "in", "at", "for", "by"}


def attitude_cues(index: DocIndex, used: set[int], found: list[Candidate]) -> list[Candidate]:
    """Attributions carried by attitude adjectives and verbs of appearance (after the verb stages)."""
    out: list[Candidate] = []
    lang = index.lang
    for tok in index.doc:
        if tok.i in used or index.in_quote(tok):
            continue
        lemma = tok.lemma_.lower()
        if tok.pos_ == "ADJ" and tok.dep_ == "acomp" and lemma in lang.attitude_adjectives:
            cand = _adjective(index, tok)
        elif tok.tag_ == "VBN" and tok.dep_ == "acomp" and tok.lower_ in lang.attitude_adjectives:
            cand = _adjective(index, tok)  # "X is convinced that": a participle the parser keeps a verb
        elif tok.pos_ in {"VERB", "AUX"} and lemma in lang.raising_verbs:
            cand = _raising(index, tok)
        elif tok.pos_ == "VERB" and lemma in lang.verb_phrases:
            cand = _verb_phrase(index, tok, lang.verb_phrases[lemma])
        else:
            continue
        if cand is None or claimed(found + out, cand.content):
            continue
        used.add(tok.i)
        out.append(cand)
    return out


def _adjective(index: DocIndex, adj: Token) -> Candidate | None:
    """``X is skeptical of Y``: the complement of the adjective, held by the copula's subject."""
    if adj.head.lemma_.lower() not in _COPULAS:
        return None
    subject, _ = speaker_of(adj.head, passive_subject=False)
    if subject is None or subject.pos_ not in {"PROPN", "NOUN", "PRON"}:
        return None
    content = _complement(adj)
    if content is None:
        return None
    cand = new_candidate(index, content, "adjective_cue", adj, 0.5, speaker=subject)
    if cand is None or cand.content[0] <= subject.idx < cand.content[1]:
        return None
    cand.antecedent = adj.head.head.i if subject.tag_ in {"WP", "WDT"} and adj.head.dep_ == "relcl" else None
    return cand


def _complement(adj: Token) -> tuple[int, int] | None:
    for child in adj.rights:
        if child.dep_ in {"ccomp", "xcomp"}:
            return token_span(child.subtree)
        if child.dep_ == "prep" and child.lower_ in _ABOUT:
            objects = [t for t in child.children if t.dep_ in {"pobj", "pcomp"}]
            if objects:
                return token_span(objects[0].subtree)
    return None


def _raising(index: DocIndex, verb: Token) -> Candidate | None:
    """``X appears to ...`` / ``X seems unlikely`` (subject, verb and complement) or ``it seems that ...`` (the clause):
    no known source."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    clauses = [c for c in verb.rights if c.dep_ == "ccomp"]
    infinitives = [c for c in verb.rights if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)]
    states = [c for c in verb.rights if c.dep_ in {"acomp", "attr", "oprd"}]  # "the race appears closer"
    if clauses and (not subjects or subjects[0].lower_ == "it"):
        toks = list(clauses[0].subtree)
    elif (infinitives or states) and subjects and subjects[0].lower_ != "it" and subjects[0].tag_ not in {"WP", "WDT"}:
        toks = [*subjects[0].subtree, verb, *(infinitives or states)[0].subtree]
    else:
        return None
    span = token_span(toks)
    if span is None:
        return None
    cand = new_candidate(index, span, "verb_raising", verb, 0.45)
    if cand is not None:
        cand.speaker_token, cand.antecedent = None, None
    return cand


def _verb_phrase(index: DocIndex, verb: Token, phrases: tuple[tuple[str, ...], ...]) -> Candidate | None:
    """``X took aim at Y``: the object of the phrase's preposition, spoken by the verb's subject."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # the object as written and as lemma: the table lists "raise questions about" as well as "cast doubt on"
    words = {c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod"}}
    words |= {c.lemma_.lower() for c in objects} | {c.lower_ for c in objects}
    preps = [c for t in (verb, *objects) for c in t.children if c.dep_ == "prep" and c.i > verb.i]
    subject = speaker_of(verb, passive_subject=False)[0]
    if subject is None:
        return None
    for rest in phrases:
        *middle, last = rest
        if not all(w in words for w in middle):
            continue
        for prep in (p for p in preps if p.lower_ == last):
            targets = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
            if not targets:
                continue
            cand = new_candidate(index, token_span(targets[0].subtree) or (0, 0), "verb_phrase", verb, 0.5)
            if cand is None or cand.content[0] <= subject.idx < cand.content[1]:
                continue
            cand.cue = (verb.idx, prep.idx + len(prep.text))
            cand.reach = reach(verb, cand.content[1], index)
            return cand
    return None
