"""Where a report's content runs on to after its object or clause (PolNeAR marks the whole stretch).

PolNeAR's contents take in what follows an object or clause on the same verb: ``X criticised the plan in a
letter to Y``, ``X recalled the years working for Y``, ``X praised the plan and its author``. The stages find the
short content (so claims between stages compare short spans); ``reach`` records how far it runs on, and the span
is widened once every stage has run (``content.extend_to_reach``).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.candidates import DocIndex
from quotegraph.extract.cues import is_cue
from quotegraph.extract.extents import time_phrase
from quotegraph.extract.headlines import in_headline
from quotegraph.extract.hung_clauses import that_clause_on_participle
from quotegraph.extract.occasion_endings import set_off_occasion
from quotegraph.extract.relayed import relay_read_as_noun
from quotegraph.extract.sources import source_prep_end
from quotegraph.extract.verb_forms import SUBJECTS

_OWN_CLAUSE = SUBJECTS | {"aux", "auxpass"}


def reach(verb: Token, end: int, index: DocIndex) -> int | None:
    """Where a report runs on to after its object or clause (offset ``end``): through the later phrases, nouns
    and non-finite verbs coordinated with it and non-finite clauses hung on the verb (``X criticised the plan in a
    letter to Y``, ``X recalled the years working for Y``, ``X praised the plan and its author``), as PolNeAR's
    contents do. It stops before a finite coordinated verb, an adverb, a "by" agent, a clause with a subject of its
    own (``..., after Y had left``) and anything holding a reporting verb, which tend to start another report or
    the writer's own words; a time phrase it would end on is the statement's date, not content."""
    last: Token | None = None
    # "reported, citing two people, that A": A, hung on "citing", is what was reported
    claimed = that_clause_on_participle(verb.head, index.lang) if verb.dep_ == "advcl" else []
    for child in verb.rights:
        if child.idx < end or child.dep_ in {"cc", "punct"}:
            continue
        if _ends_reach(child, index) or child in claimed:
            break
        if not time_phrase(child):
            last = child  # a time phrase it ends on says when the report was made ("criticised it on Monday")
    if last is None:
        return None
    edge = verb.doc[min(last.right_edge.i, verb.sent.end - 1)]
    return edge.idx + len(edge.text)


def _ends_reach(child: Token, index: DocIndex) -> bool:
    if child.dep_ in {"advmod", "agent"}:
        return True
    if child.dep_ == "conj" and relay_read_as_noun(child, index):
        return True
    if set_off_occasion(child, index.lang):
        return True  # "called for peace, in his Christmas message": where it was said
    if child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"} and not _continues_content(child):
        return True
    if child.dep_ == "advcl" and any(c.dep_ in SUBJECTS for c in child.children):
        return True
    if in_headline(index, child.idx) and index.lang.finite_cue_verb(child.text) is not None:
        return True  # "Trump says he will meet Xi, touts trade truce": a headline's second verb, read as a noun
    # "X said A, according to a statement sent to Reuters": a source phrase names where the report came from
    return source_prep_end(child, index.lang) is not None or any(is_cue(t, index) for t in child.subtree)


def _continues_content(verb: Token) -> bool:
    """``X accused the firm of hiding losses and misleading investors`` with "misleading" hung on "accused": a
    non-finite verb the parser coordinated with the reporting verb, with no subject or auxiliary of its own, goes
    on with the content. A finite one (``X praised the plan and left``, ``X backed Y and is slated to be a
    delegate``) is the writer's next statement about the speaker."""
    return verb.tag_ in {"VB", "VBG", "VBN"} and not any(c.dep_ in _OWN_CLAUSE for c in verb.children)
