"""Clauses no one speaks: a verb in the predicate of a copula whose subject is an "it" standing for that very clause
(``it is worth noting that A``, ``it's hard to imagine A``) reports the writer's own words, which PolNeAR leaves
without a source; ``subjects.speaker_of`` finds no speaker there, and neither do the learned finders."""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.verb_forms import INHERIT_SUBJECT, SUBJECTS

_COPULAS = {"be", "seem", "appear"}


def impersonal(verb: Token) -> bool:
    """``It is worth noting that A``, ``it's hard to imagine A``, ``it is fair to say and to stress A``: a verb in
    the predicate of a copula whose subject is an "it" standing for that very clause has no speaker (the writer's
    words, which PolNeAR leaves without a source). Climbs the verbs that share a subject."""
    tok = verb
    for _ in range(4):  # a parse path, not the sentence: a few steps up are enough
        if any(c.dep_ in SUBJECTS for c in tok.children) or tok.head.i == tok.i:
            return False
        if extraposed(tok):
            return True
        if tok.dep_ not in INHERIT_SUBJECT:
            return False
        tok = tok.head
    return False


def extraposed(verb: Token) -> bool:
    """Whether ``verb`` heads a clause or infinitive hung on a copula with an adjective or noun predicate and an
    "it" subject (``it is hard to say``), or a gerund on such an adjective (``it is worth noting``). An infinitive
    hung on the adjective itself is the subject's own doing (``it is likely to rise``: the "it" names something)."""
    head = verb.head
    if verb.dep_ in {"xcomp", "pcomp"} and verb.tag_ == "VBG" and head.dep_ in {"acomp", "attr"}:
        head = head.head
    elif verb.dep_ not in {"xcomp", "ccomp", "advcl"}:
        return False
    predicate = any(c.dep_ in {"acomp", "attr"} for c in head.children)
    if head.lemma_.lower() not in _COPULAS or not predicate:
        return False
    return any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" and c.i < head.i for c in head.children)
