"""Answers in one word: ``X said yes``, ``X thinks so``, ``X said no to the plan``, ``X did not say when``.

A verb of speech or belief whose only complement is a word standing for a whole answer (or for the question it
leaves open) reports that word, as PolNeAR annotates it: ``yes`` / ``no`` (with a "to" phrase after it: ``said no
to the war``), ``so`` right after the verb, or a question word closing the clause (``would not say why``). The
verb's subject speaks. The words are language data (``answer_word`` in cue_phrases.tsv).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.content import token_span
from quotegraph.extract.cues import claimed, cue_entry, is_cue, new_candidate

_CLASSES = {"speech", "belief"}
_OWN_CONTENT = {"ccomp", "dobj", "xcomp", "oprd", "attr", "acomp"}


def answer_cues(index: DocIndex, used: set[int], found: list[Candidate]) -> list[Candidate]:
    """One-word answers the verb stage left (it finds no clause or object for them)."""
    out: list[Candidate] = []
    for tok in index.doc:
        if tok.i in used or not is_cue(tok, index) or any(c.dep_ in _OWN_CONTENT for c in tok.children):
            continue
        entry = cue_entry(tok, index)
        span = _answer(tok, index) if entry.cls in _CLASSES else None
        if span is None:
            continue
        cand = new_candidate(index, span, "verb_answer", tok, 0.5 * entry.confidence)
        if cand is None or cand.speaker_token is None or claimed(found + out, cand.content):
            continue
        used.add(tok.i)
        out.append(cand)
    return out


def _answer(verb: Token, index: DocIndex) -> tuple[int, int] | None:
    """The answer word after the verb (with a "to" phrase after "yes" / "no"), or None."""
    words = index.lang.answer_words
    doc = verb.doc
    for child in verb.rights:
        word = child.lower_
        if word not in words or child.dep_ not in {"intj", "advmod", "dobj"}:
            continue
        if word in {"yes", "no"}:
            to = [c for c in child.rights if c.dep_ == "prep" and c.lower_ == "to"]
            to += [c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "to" and c.i == child.i + 1]
            return token_span([child, *(t for c in to[:1] for t in c.subtree)])
        if word == "so" and child.i == verb.i + 1:
            return token_span([child])
        last = max(t.i for t in verb.subtree if not t.is_punct)
        closing = last + 1 >= len(doc) or doc[last + 1].is_punct
        if child.tag_ == "WRB" and child.i == last and closing:
            return token_span([child])
    return None
