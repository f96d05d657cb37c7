"""Whom a personal pronoun speaker may stand for, among the people named before it: not one named in a participle
fronted on its verb ("Asked about reports that Trump wanted a call, he said") nor as the subject of its report's
clause ("He said Obama hopes A"); where the last it fits is named inside the words of the report just before, the
one reporting ("Denholm had warned that Musk might leave. She said"), or the holder of a title that is the subject
before it ("The king stayed ... he said"). ``resolve.py`` asks these in reading a pronoun, and the reporter for a
description by a generic title too.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.people import NameIndex, Person
from quotegraph.extract.roles import role_holds, title_word


def in_own_participle(pronoun: Token, offset: int) -> bool:
    """Whether ``offset`` lies in a participial phrase fronted on the pronoun's verb, whose subject the pronoun is
    ("Asked about reports that Trump wanted a call, he said": "he" is not Trump)."""
    phrases = [
        c
        for c in pronoun.head.children
        if c.dep_ == "advcl"
        and c.i < pronoun.i
        and c.tag_ in {"VBN", "VBG"}
        and not any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children)
    ]
    return any(p.left_edge.idx <= offset < p.right_edge.idx + len(p.right_edge.text) for p in phrases)


def reporter_of(
    fitting: list[tuple[int, Person]], resolved: list[tuple[Candidate, Person]], pronoun: Token
) -> Person | None:
    """``Board chair Robyn Denholm had warned that Musk might leave. She said B``: where the last person a pronoun
    fits is named inside the words of a report in the sentence just before the pronoun's (or its own) and that
    report's speaker fits it too, the speaker (the pronoun goes on with the one reporting, not with one reported on);
    else None. A sentence between may turn to the one reported on ("Rhodes recalled Mr. Obama talking about A. The
    president's Pacific roots also came into play. ... he told a meeting"). So does a description by a generic title
    ("Justice X wrote that Bolsonaro had led A. The judge added B")."""
    at, last = fitting[-1]
    fits = {id(p) for _, p in fitting}
    doc = pronoun.doc
    sentence_before = doc[doc[pronoun.sent.start - 1].sent.start].idx if pronoun.sent.start > 0 else 0
    for cand, person in reversed(resolved):
        start, end = cand.content
        if not sentence_before <= start <= at < end <= pronoun.idx:
            continue
        if id(person) in fits and person is not last and person.kind == "person":
            return person
    return None


def named_in_content(index: DocIndex, names: NameIndex, cand: Candidate, pronoun: Token) -> set[int]:
    """The people (by ``id``) a report after its pronoun speaker names as the subject of a clause, outside quotation
    marks: the pronoun stands for none of them ("He said Obama hopes A" is not Obama's). A name only owning
    something may be the speaker's own ("He notes that A, an issue with Trump's microphone")."""
    start, end = cand.content
    out: set[int] = set()
    if start < pronoun.idx:
        return out
    for tok in index.doc[index.token_at_or_after(start) : index.token_at_or_after(end)]:
        # of a reported clause, not of a relative one inside it ("others in his orbit whom Mr. Hannity has known")
        reported = tok.head.dep_ in {"ccomp", "conj", "parataxis", "ROOT"}
        if tok.pos_ == "PROPN" and tok.dep_ in {"nsubj", "nsubjpass"} and reported and not index.in_quote(tok):
            person = names.lookup(tok)
            if person is not None and person.kind == "person":
                out.add(id(person))
    return out


def described_subject_before(index: DocIndex, fitting: list[tuple[int, Person]], pronoun: Token) -> Person | None:
    """``Sanchez was later evacuated, a source said. The king stayed to speak with residents. "A," he said``: a
    definite title that is a subject after the last person a pronoun fits (``fitting``: where each is named, in
    order), in the pronoun's sentence or the one before, stands for the last of them whose role holds it; the
    pronoun goes on with that holder (King Felipe VI, named before Sanchez). None where no title is such a subject
    or no one fitting holds it."""
    if not fitting:
        return None
    lang, doc = index.lang, pronoun.doc
    start = doc[pronoun.sent.start - 1].sent.start if pronoun.sent.start > 0 else 0
    for tok in reversed(doc[start : pronoun.i]):
        if tok.idx <= fitting[-1][0]:
            return None
        if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.tag_ != "NN" or index.in_quote(tok):
            continue
        if title_word(tok, lang) and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            holders = [p for _, p in fitting if p.role is not None and role_holds(p.role.value, tok, lang)]
            return holders[-1] if holders else None
    return None
