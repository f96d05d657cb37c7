"""Findings reported by a poll or survey with no verb of saying: ``In a new poll, X leads Y by 8 points``.

PolNeAR annotates these as attributions: the preposition "in" is the cue, the noun phrase of the poll the
source, and the clause the phrase opens, without the phrase, the content. Only a phrase that opens its clause is
read: on PolNeAR train, the rules' output for a poll phrase in mid-clause or at the end (``X has been leading in
the polls``) matched a gold attribution in 38 of 88 cases, one that opens it in 19 of 20. A poll that speaks
through a verb (``the poll found that ...``, ``according to the poll, ...``) is read by the earlier stages; a
report nested in the finding (``In a poll, 79 percent said they ...``) stays beside it.

The nouns and the preposition are language data (``finding_noun``, ``finding_prep`` in cue_phrases.tsv).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.content import token_span
from quotegraph.extract.cues import claimed_outside, new_candidate, word_cue
from quotegraph.extract.sources import SOURCE_PHRASE_RULE

_CLAUSE_HEADS = {"VERB", "AUX"}
_ASIDES = {"advmod", "npadvmod"}
_CLIMB = 2  # the parser may hang the opening phrase on the subject ("In the poll, support for X rose")


def finding_cues(index: DocIndex, used: set[int], found: list[Candidate]) -> list[Candidate]:
    """Clauses a poll or survey reports through "in" (after the verb, attitude and noun stages)."""
    out: list[Candidate] = []
    preps = index.lang.finding_preps
    for tok in index.doc:
        if tok.lower_ not in preps or tok.dep_ != "prep" or tok.i in used or index.in_quote(tok):
            continue
        source = _finding_source(tok, index)
        clause = _clause_head(tok)
        if source is None or clause is None:
            continue
        content = _finding_clause(clause, tok)
        if content is None:
            continue
        cand = new_candidate(index, content, SOURCE_PHRASE_RULE, None, 0.6)
        if cand is None or claimed_outside(found + out, cand.content):
            continue
        word_cue(cand, tok, source)
        used.add(tok.i)
        out.append(cand)
    return out


def _finding_source(prep: Token, index: DocIndex) -> Token | None:
    """The poll the preposition names (its object), if it names one."""
    nouns = index.lang.finding_nouns
    objects = [c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in nouns]
    return objects[0] if objects else None


def _clause_head(prep: Token) -> Token | None:
    """The verb whose clause the phrase reports: the word it hangs on, or that word's verb a step or two up."""
    head = prep.head
    for _ in range(_CLIMB):
        if head.pos_ in _CLAUSE_HEADS:
            break
        if head.dep_ == "ROOT" or head.pos_ not in {"NOUN", "PROPN", "ADJ", "NUM"}:
            return None
        head = head.head
    return head if head.pos_ in _CLAUSE_HEADS else None


def _finding_clause(clause: Token, prep: Token) -> tuple[int, int] | None:
    """The words of the clause after the phrase, when the phrase opens it (a poll's finding in mid-clause or at
    its end is rarely marked as one: ``X has been leading in the polls``), without an adverb set off by a comma
    (``In a poll last month, X led``, ``In the poll, however, X led``)."""
    words = [t for t in clause.subtree if not t.is_space]
    if any(not t.is_punct for t in words if t.i < prep.left_edge.i):
        return None
    words = [t for t in words if t.i > prep.right_edge.i]
    while words:
        if words[0].is_punct:
            words = words[1:]
            continue
        aside = _adverb_before_comma(words)
        if not aside:
            break
        words = words[aside:]
    return token_span(words)


def _adverb_before_comma(words: list[Token]) -> int:
    """How many words an adverb or time phrase opening ``words`` takes, with the comma after it; 0 if none."""
    first = words[0]
    for phrase in (first, *first.ancestors):
        if phrase.left_edge.i != first.i:
            return 0
        if phrase.dep_ in _ASIDES:
            comma = next((k for k, t in enumerate(words) if t.i == phrase.right_edge.i + 1), None)
            return comma + 1 if comma is not None and words[comma].text == "," else 0
    return 0
