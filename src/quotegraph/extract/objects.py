"""The content a reporting verb of objects reports: its object or objects with what runs on after them (``X denied
the report``, ``X called for a ban``, ``X urged Y to act``), the subject and judgement of a passive (``X was
criticized for Y``), the quotation a verb of crying out takes (``shouted "murderers"``). ``verbs.py`` asks here once
no clause of the verb's own is what it reports.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.candidates import DocIndex
from quotegraph.extract.content import token_span
from quotegraph.extract.cues import cue_preps
from quotegraph.extract.extents import (
    apposed_after_clause,
    colon_list,
    continues_object,
    coordinated,
    object_tail,
    qualifying_clause,
    reporting_participles,
)
from quotegraph.extract.hung_clauses import framing_what
from quotegraph.extract.language import CueVerb
from quotegraph.extract.occasion_endings import occasion_ending
from quotegraph.extract.verb_forms import SUBJECTS, for_to_clause, is_finite

_JUDGED_FOR = {"for", "over", "as"}


def quoted_object(verb: Token, index: DocIndex) -> tuple[int, int] | None:
    """The quotation a verb of crying out takes for its object, right after it ('shouted "murderers"'), the words
    shouted or chanted; None for an object of its own words ("shouted insults")."""
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i):
        quote = index.quote_at(obj.idx)
        if quote is not None and index.in_quote(obj) and quote.open <= verb.doc[verb.i + 1].idx:
            return quote.start, quote.end
    return None


def passive_content(verb: Token, entry: CueVerb) -> tuple[tuple[int, int] | None, str]:
    """The content of a passive verb of objects: ``X was criticized (by Y) for Z`` reports the whole judgement
    (subject, verb and reason); ``the plan was rejected by voters`` its subject, the verb's object (also a relative
    word, "which was first reported by The Associated Press", as PolNeAR marks it, but not one a verb of intention
    chose: "Judge X, who was appointed by Trump," reports nothing of Trump's)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if subjects and any(c.dep_ == "prep" and c.lower_ in _JUDGED_FOR for c in verb.rights):
        return token_span([*subjects[0].subtree, verb, *(t for c in verb.rights for t in c.subtree)]), "verb_judged"
    chosen = bool(subjects) and subjects[0].tag_ in {"WP", "WDT"} and entry.cls == "intention"
    if subjects and not chosen and any(c.dep_ == "agent" for c in verb.children):
        return token_span(subjects[0].subtree), "verb_object"
    return None, ""


def object_content(verb: Token, entry: CueVerb, index: DocIndex) -> tuple[int, int] | None:
    children = list(verb.rights)
    objects = [c for c in children if c.dep_ in {"dobj", "xcomp", "oprd"} or for_to_clause(c)]
    objects = [c for c in objects if not apposed_after_clause(verb, c)]
    if not any(c.dep_ == "dobj" for c in objects):
        objects = [c for c in objects if c.dep_ != "oprd" or _misparsed_object(c)]
    if entry.content in {"prep", "clause"} and not telling_to_act(verb, entry):
        objects = []  # a verb of clauses ("point", "warn") reports an object only after its preposition
    preps = cue_preps(verb, entry, index)
    # "agreed on Friday to form a government", "called on Monday for more officers": "on" names the day, not what
    # was agreed or whom called on
    preps = [p for p in preps if not _on_a_date(p)]
    objects += preps
    if not objects or _only_listener(objects, entry, index):
        return None
    if entry.lemma in index.lang.addressee_verbs and any(_clause_read_as_infinitive(c) for c in objects):
        # "told radio station Caracol that he had gone fishing", its clause read as an infinitive: the listener is not
        # told (PolNeAR keeps the listener of "told advisers to figure out A" as often as not)
        objects = [c for c in objects if c.dep_ != "dobj"]
    objects = [_stance_topic(c, index) for c in objects]
    objects += object_tail(children, objects, index)
    objects += coordinated(verb, max(c.right_edge.i for c in objects), index, continues_object)
    objects += qualifying_clause(verb, max(c.right_edge.i for c in objects), index)
    objects += colon_list(verb, max(c.right_edge.i for c in objects), index)
    for_to = [c for c in objects if for_to_clause(c)]
    marks = {m.i for c in for_to for m in c.children if m.dep_ == "mark"}
    skip = {c.i for c in preps} | marks | {i for c in for_to for i in _finite_conjunct(c)}
    skip |= reporting_participles(objects, index)
    toks = [t for c in objects for t in c.subtree if t.i not in skip]
    infinitives = for_to or [c for c in objects if c.dep_ == "xcomp"]  # "urged X to act, in a letter to Y"
    if infinitives and (ending := occasion_ending(toks, index.lang)) is not None:  # "called for A, in a message"
        toks = [t for t in toks if t.i < ending.i - 1]
    if (framing := framing_what(toks)) is not None:
        toks = [t for t in toks if t.i < framing.i - 1]
    return token_span(toks)


def telling_to_act(verb: Token, entry: CueVerb) -> bool:
    """``warned foreign governments not to interfere``, ``reminded voters to register``: a verb of speech that
    reports clauses, telling its object to act, reports the object and the infinitive (PolNeAR train marks all four
    "warned X (not) to ..." it has)."""
    if entry.cls != "speech" or entry.content != "clause":
        return False
    listeners = [c for c in verb.rights if c.dep_ == "dobj"]
    return bool(listeners) and any(
        c.dep_ == "xcomp" and c.i > listeners[0].i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.rights
    )


def _clause_read_as_infinitive(obj: Token) -> bool:
    """Whether an object read as an infinitive is a clause with a subject of its own ("that he had gone fishing")."""
    before = [t for t in obj.subtree if t.i < obj.i]
    return obj.dep_ == "xcomp" and any(t.dep_ in SUBJECTS or (t.dep_ == "mark" and t.lower_ == "that") for t in before)


def _on_a_date(prep: Token) -> bool:
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return prep.lower_ == "on" and bool(objects) and all(c.ent_type_ == "DATE" for c in objects)


def _finite_conjunct(infinitive: Token) -> range:
    """``called for the crowd to march and chanted, "..."``: a finite verb the parser coordinated with the
    infinitive is the caller's next act, not part of the call; the positions from its conjunction on."""
    for child in infinitive.children:
        if child.dep_ == "conj" and is_finite(child):
            ccs = [c.i for c in infinitive.children if c.dep_ == "cc" and c.i < child.i]
            return range(min([*ccs, child.left_edge.i]), child.right_edge.i + 1)
    return range(0)


def _stance_topic(obj: Token, index: DocIndex) -> Token:
    """``X expressed concern about the plan`` / ``X voiced doubts about Y``: an object that is a noun of feeling or
    doubt with its listed preposition (``stance_object``) only names the stance; the report is about
    the preposition's object."""
    if obj.dep_ != "dobj" or obj.pos_ != "NOUN":
        return obj
    lemma = obj.lemma_.lower()
    for child in obj.rights:
        if child.dep_ == "prep" and (lemma, child.lower_) in index.lang.stance_objects:
            topics = [g for g in child.children if g.dep_ in {"pobj", "pcomp"}]
            return topics[0] if topics else obj
    return obj


def _misparsed_object(predicate: Token) -> bool:
    """``X called Y's remarks "racist"``: the parser hung the object on the predicate after it (as its modifier)
    instead of on the verb; the predicate then carries the object with it."""
    return any(c.dep_ in {"nmod", "nsubj"} and c.pos_ in {"NOUN", "PROPN"} for c in predicate.lefts)


def _only_listener(objects: list[Token], entry: CueVerb, index: DocIndex) -> bool:
    """``X told CNN on Monday`` / ``X assured them``: a verb of telling whose only object, a name or pronoun, is its
    listener, not its content (``X told them about Y`` keeps its topic)."""
    if entry.lemma not in index.lang.addressee_verbs:
        return False
    verb = objects[0].head
    topics = [t for t in (*verb.children, *(c for o in objects for c in o.children)) if t.lower_ in {"about", "of"}]
    return not topics and all(c.dep_ == "dobj" and c.pos_ in {"PROPN", "PRON"} for c in objects)
