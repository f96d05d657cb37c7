"""Reports inside a relative clause whose relative word the report is about: ``a plan, which X says will fail``.

A reporting verb heading a relative clause with a subject of its own (not the relative word) reports the clause:

- ``the tax, which X believes will hurt growth`` / ``a result that X said defied the odds`` / ``the region, which
  X describes as his home`` / ``a ruling which X has vowed to ignore``: the verb has a complement of its own (a
  clause, an infinitive, a predicate or an "as" phrase) and the whole relative clause, from the relative word,
  is the content, the speaker's words and the cue included, as PolNeAR annotates it;
- ``a reform which X also supports`` / ``a senator whom Y opposes``: a verb of objects whose object is the relative
  word itself reports that word alone (it stands for what X supports). Not a bare "that": ``the plan that the
  council approved`` names the plan by a past act rather than reporting a stance.

The clause's own subject speaks. The verb stage leaves these alone: its content would hold its speaker.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.content import token_span
from quotegraph.extract.cues import claimed, cue_entry, is_cue, new_candidate
from quotegraph.extract.verb_forms import RELATIVE_TAGS, is_passive

_COMPLEMENTS = {"ccomp", "xcomp", "oprd", "acomp"}
_OBJECTS = {"object", "both"}


def relative_cues(index: DocIndex, used: set[int], found: list[Candidate]) -> list[Candidate]:
    """Reports in relative clauses (after the verb stage, which leaves them: their content holds the speaker)."""
    out: list[Candidate] = []
    for tok in index.doc:
        if tok.i in used or tok.dep_ != "relcl" or not is_cue(tok, index) or is_passive(tok):
            continue
        subject = _own_subject(tok)
        relative = _relative_word(tok)
        if subject is None or relative is None:
            continue
        span = _relative_content(tok, relative, index)
        if span is None:
            continue
        cand = new_candidate(index, span, "verb_relative", tok, 0.6 * cue_entry(tok, index).confidence, subject)
        if cand is None or claimed([c for c in found + out if not _holds(c, cand, tok)], cand.content):
            continue
        if relative.lower_ == "that" and cand.type == "indirect":  # a relative "that" is no complementiser
            cand.content = (relative.idx, cand.content[1])
        used.add(tok.i)
        out.append(cand)
    return out


def _holds(outer: Candidate, cand: Candidate, verb: Token) -> bool:
    """True when ``outer``'s content holds the relative clause and its verb: a report nested in another's words
    (``X said the levy, which Y opposes, was fair``) is one of its own, and the outer one does not claim it."""
    (start, end), span = outer.content, cand.content
    return start <= span[0] and span[1] <= end and start <= verb.idx < end and span != outer.content


def _own_subject(verb: Token) -> Token | None:
    """The verb's subject when it is not the relative word (``which X said``, not ``who said``; the parser may make
    the relative word a second subject: ``which they say threaten``)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) == 2 and subjects[0].tag_ in RELATIVE_TAGS:
        subjects = subjects[1:]
    if len(subjects) != 1 or subjects[0].tag_ in RELATIVE_TAGS or subjects[0].lower_ in {"it", "there"}:
        return None
    return subjects[0]


def _relative_word(verb: Token) -> Token | None:
    """The relative word opening the clause (``which``, ``that``, ``who``), the first word of its subtree."""
    first = verb.left_edge
    return first if first.tag_ in RELATIVE_TAGS and first.i < verb.i else None


def _relative_content(verb: Token, relative: Token, index: DocIndex) -> tuple[int, int] | None:
    """The whole clause for a verb with a complement of its own; the relative word for a verb of objects whose
    object it is; else None."""
    entry = cue_entry(verb, index)
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    as_phrase = any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.rights)
    if any(c.dep_ in _COMPLEMENTS and c.i > verb.i for c in verb.children) or objects or as_phrase:
        return token_span(verb.subtree)
    bare_object = relative.dep_ == "dobj" and relative.head.i == verb.i and entry.content in _OBJECTS
    if bare_object and relative.lower_ != "that":
        return token_span([relative])
    return None
