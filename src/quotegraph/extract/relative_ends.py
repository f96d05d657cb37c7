"""A report made in a relative clause set off by commas ends where the clause does.

``Smith, who said the vote was rigged, lost the race``: the content is "the vote was rigged", not "the vote was
rigged, lost the race" (the learned tagger ran on into the main clause's predicate), and ``The company, which said
profits would fall, cut jobs`` is cut the same way where the parser, missing the main verb, made "cut" a conjunct
of the reported verb. Only a relative pronoun speaker right after a comma counts: a restrictive clause ("the
officials who said ...") sets off nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.candidates import Candidate, DocIndex

_VERBS = {"VERB", "AUX"}
_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}


def end_at_relative_clause(index: DocIndex, candidates: list[Candidate]) -> None:
    """Cut each content that runs past its relative clause into the main clause back to the comma before it."""
    doc = index.doc
    for cand in candidates:
        if cand.speaker_token is None or cand.antecedent is None or cand.fragments:
            continue
        pronoun = doc[cand.speaker_token]
        if pronoun.i == 0 or doc[pronoun.i - 1].text != "," or pronoun.tag_ not in {"WP", "WDT"}:
            continue
        verb = _main_verb(doc[cand.antecedent], pronoun) or _stray_predicate(cand, pronoun, index)
        if verb is None or not cand.content[0] < verb.idx < cand.content[1]:
            continue
        end = verb.idx
        while end > cand.content[0] and index.text[end - 1] in " ,\n":
            end -= 1
        if index.text[end : verb.idx].strip() == "," and end > cand.content[0]:
            cand.content = (cand.content[0], end)


def _main_verb(antecedent: Token, pronoun: Token) -> Token | None:
    """The verb the antecedent is the subject of, after the relative clause: "Smith, who said ..., *lost*"."""
    head = antecedent.head
    if antecedent.dep_ in _SUBJECTS and head.pos_ in _VERBS and head.i > pronoun.i:
        return head
    return None


def _stray_predicate(cand: Candidate, pronoun: Token, index: DocIndex) -> Token | None:
    """Where the parser found no main verb (the antecedent heads the sentence): a verb inside the content, right
    after a comma, that has no subject of its own and hangs on the reported clause as a conjunct."""
    if pronoun.head.dep_ != "relcl" or pronoun.head.head.dep_ != "ROOT":
        return None
    for tok in index.doc[pronoun.i + 1 : pronoun.sent.end]:
        if not cand.content[0] < tok.idx < cand.content[1]:
            continue
        if (
            tok.dep_ == "conj"
            and tok.pos_ in _VERBS
            and tok.i > 0
            and index.doc[tok.i - 1].text == ","
            and not any(c.dep_ in _SUBJECTS for c in tok.children)
            and not any(c.dep_ == "cc" for c in tok.head.children if c.i < tok.i)
        ):
            return tok
    return None
