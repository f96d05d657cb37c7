"""Reporting clauses set off by commas inside the reported sentence: ``Voters, Clinton suggested, need not worry``.

The parser often hangs such an aside on the wrong word (a noun of the sentence, a relative clause, a second subject),
so the verb stage finds no clause around it. Read by its surface instead:

- the reporting verb (of speech, writing, belief or evidence) has a subject of its own just before it and no
  complement (no clause or object), and the aside runs from a comma or dash to the next comma or dash;
- the sentence has words of its own on both sides of the aside.

The whole sentence is the content, the aside included, as PolNeAR annotates an interrupted indirect report; the
verb's subject speaks.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.content import token_span
from quotegraph.extract.cues import claimed, cue_entry, is_cue, new_candidate

_BREAKS = {",", "\u2014", "\u2013", "--"}
_CLASSES = {"speech", "writing", "belief", "evidence"}
_OWN_CONTENT = {"ccomp", "dobj", "xcomp", "oprd", "attr", "acomp", "dative", "advcl"}
_SUBJECT_POS = {"NOUN", "PROPN", "PRON"}


def aside_cues(index: DocIndex, used: set[int], found: list[Candidate]) -> list[Candidate]:
    """Asides the verb stage left (after it: a verb it reported from is already used)."""
    out: list[Candidate] = []
    for tok in index.doc:
        if tok.i in used or not is_cue(tok, index) or cue_entry(tok, index).cls not in _CLASSES:
            continue
        subject = _aside_subject(tok)
        if subject is None:
            continue
        span = _sentence_around(tok.sent, subject, tok)
        if span is None:
            continue
        cand = new_candidate(index, span, "verb_aside", tok, 0.6 * cue_entry(tok, index).confidence, subject)
        if cand is None or claimed(found + out, cand.content):
            continue
        used.add(tok.i)
        out.append(cand)
    return out


def _aside_subject(verb: Token) -> Token | None:
    """The subject of a verb standing in an aside (``, X said,``): the nominal right before it, opened by a break,
    with the verb closed by a break after its own modifiers; None when the verb has content of its own."""
    if any(c.dep_ in _OWN_CONTENT for c in verb.children) or verb.tag_ not in {"VBD", "VBZ", "VBP", "VB"}:
        return None
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i]
    if not subjects or subjects[-1].pos_ not in _SUBJECT_POS or subjects[-1].tag_ in {"WDT", "WP"}:
        return None
    subject = subjects[-1]
    start = subject.left_edge.i
    if start == 0 or doc[start - 1].text not in _BREAKS:
        return None
    if any(t.i > subject.right_edge.i and t.pos_ not in {"AUX", "ADV", "PART"} for t in doc[start : verb.i]):
        return None
    after = max([verb.i, *(t.i for c in verb.rights if c.dep_ not in {"punct", "cc", "conj"} for t in c.subtree)])
    if after + 1 >= len(doc) or doc[after + 1].text not in _BREAKS:
        return None
    return subject


def _sentence_around(sent: Span, subject: Token, verb: Token) -> tuple[int, int] | None:
    """The sentence holding the aside, when it has words on both sides of it."""
    before = [t for t in sent if t.i < subject.left_edge.i - 1 and not t.is_punct]
    after = [t for t in sent if t.i > verb.i + 1 and not t.is_punct and t.i > subject.right_edge.i]
    if not before or len(after) < 2:
        return None
    return token_span(t for t in sent if not t.is_space)
