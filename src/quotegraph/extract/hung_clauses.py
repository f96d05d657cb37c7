"""Reported clauses the parser hung elsewhere than on their reporting verb: inside a prepositional phrase (``X said in
one of her posts that A``), on a verb of telling's listener (``told a meeting of leaders that A``; or its first
part, its last words the verb's clause: ``told Caracol that he had gone out on the morning | he died``), beside a name
apposed to the phrase (``wrote on X, formerly Twitter, that A``), or as an adverbial clause after a phrase set off by
commas (``reported, citing people familiar with the matter, that A``), or on the participle of such a phrase; inside
a relaying clause after it (``told reporters A, the agency reported``); or with a "what" for subject that opens the
phrase round the report (``launching what X said would be B``); or without its subject, which the parser read as the
verb's object (``said the plan "would fail"``). ``verbs.py`` reads them as the verb's content, and
asks here whether a clause a report interrupts goes on after it (``A, CCTV reported, as data showed B`` does not) and
whether a clause hung past a verb's object and a comma is reported at all (``ordered the firing of X, accusing her
...`` reports no clause). A "what" for object names what the verb reports (``in what Netanyahu called a prolonged
operation``), and such a phrase set off at the end of an object is a report of its own (``agreed to A, in what X
called B``). Reports the parser hung on the clause they report are ``inverted_reports.py``'s.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.candidates import DocIndex
from quotegraph.extract.cues import cue_preps, is_cue
from quotegraph.extract.language import CueVerb, LanguageData
from quotegraph.extract.media_names import venue_kind
from quotegraph.extract.verb_forms import FINITE, RELATIVE_TAGS, SUBJECTS


def that_clause_read_as_adverbial(verb: Token, clause: Token) -> bool:
    """``X reported last month, citing people familiar with the matter, that A``: the parser hung the "that" clause
    after a phrase set off by commas on the verb as an adverbial clause; a "that" right after a comma, opening a
    clause with a subject of its own, opens what was reported ("so that A" stays a clause of purpose)."""
    if clause.dep_ != "advcl" or clause.i < verb.i:
        return False
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"]
    if not marks or not any(c.dep_ in SUBJECTS for c in clause.children):
        return False
    return verb.doc[marks[0].i - 1].text == ","


def that_read_as_object(verb: Token, clause: Token) -> bool:
    """``X told the House of Commons that the report made for "harrowing reading"``: the parser read the "that"
    opening the clause reported as a pronoun, a second object of the verb, with the clause's subject under it."""
    return (
        clause.dep_ == "dobj"
        and clause.i > verb.i
        and clause.lower_ == "that"
        and clause.tag_ == "IN"
        and any(c.dep_ in SUBJECTS for c in clause.children)
    )


def subject_read_as_object(verb: Token, entry: CueVerb) -> list[Token]:
    """``Ueda signaled more hikes were likely``: the parser read the subject of the clause reported by a verb of
    clauses as its object, and hung the clause's finite verb right after it, which has no subject, elsewhere (on the
    sentence's first verb); the object and that verb, else none."""
    if entry.content != "clause" or verb.tag_ not in FINITE or any(c.dep_ == "ccomp" for c in verb.children):
        return []  # not "accused Clinton of implying police officers were racist": Clinton implied
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i):
        after = obj.right_edge.i + 1
        stray = verb.doc[after] if after < len(verb.doc) else None
        if stray is None or stray.tag_ not in FINITE | {"MD"} or stray.head.i == verb.i or stray.head.i > verb.i:
            continue
        if not any(c.dep_ in SUBJECTS for c in stray.children):
            return [obj, stray]
    return []


def clause_read_as_relative(verb: Token, index: DocIndex) -> list[Token]:
    """``X told a news briefing the suspect had been known to officers``: the parser read the clause told, which has
    no "that", as a relative clause on the occasion or the listener told; a clause with a subject of its own right
    after such a noun, opened by no relative word, is what the verb reported."""
    if verb.lemma_.lower() not in index.lang.object_listener_verbs or any(c.dep_ == "ccomp" for c in verb.children):
        return []
    found = []
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i):
        if venue_kind(obj, index.lang) is None and obj.lemma_.lower() not in index.lang.addressee_words:
            continue  # no occasion nor listener told
        for clause in (c for c in obj.children if c.dep_ == "relcl" and c.left_edge.i == obj.i + 1):
            subjects = [c for c in clause.children if c.dep_ in SUBJECTS and c.i < clause.i]
            relative = clause.left_edge.tag_ in RELATIVE_TAGS or any(s.tag_ in RELATIVE_TAGS for s in subjects)
            if subjects and not relative:
                found.append(clause)
    return found


def that_clause_on_participle(verb: Token, lang: LanguageData) -> list[Token]:
    """``X reported, citing two people familiar with the matter, that A``: the parser hung the "that" clause on the
    participle set off by commas after the verb; a "that" right after the comma that closes the participle's object
    opens what the verb reported, not what the participle did. Not after a participle of telling, whose object is
    its listener and whose clause its own (``criticized A, telling an audience in Hartford, Connecticut, that B``)."""
    doc = verb.doc
    found = []
    for participle in (c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > verb.i):
        if doc[participle.i - 1].text != "," or participle.lemma_.lower() in lang.addressee_verbs:
            continue
        for clause in (c for c in participle.children if c.dep_ == "ccomp" and c.i > participle.i):
            marks = [m for m in clause.children if m.dep_ == "mark" and m.lower_ == "that"]
            objects = [o for o in participle.children if o.dep_ == "dobj" and o.i < clause.i]
            if marks and objects and doc[marks[0].i - 1].text == ",":
                found.append(clause)
    return found


def that_clause_in_time_clause(verb: Token, index: DocIndex) -> list[Token]:
    """``X told reporters as he left the summit that A``: the parser hung the "that" clause after a clause of time
    (``narration_mark``: "as", "after") on that clause's verb, which reports nothing; it is what the verb reported.
    Only for a verb with no clause of its own."""
    if any(c.dep_ == "ccomp" for c in verb.children):
        return []
    found = []
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and not is_cue(c, index)):
        marks = [m.lower_ for m in clause.children if m.dep_ == "mark" and m.i < clause.i]
        if not marks or marks[0] not in index.lang.narration_marks:
            continue
        for held in (c for c in clause.children if c.dep_ == "ccomp" and c.i > clause.i):
            if any(m.dep_ == "mark" and m.lower_ == "that" for m in held.children):
                found.append(held)
    return found


def clause_in_phrase(verb: Token, entry: CueVerb, index: DocIndex) -> Token | None:
    """``X said in one of her posts that A``, ``X told Y at a debate that A``: a "that" clause the parser hung
    inside a prepositional phrase, or on the listener of a verb of telling (``told a meeting of leaders that A``);
    an infinitive hung on the medium in such a phrase (``vowed in a statement to continue A``); a "that" clause hung
    on a participle the parser read as the verb of a listener (``told visiting ministers that A``).

    Not for a verb whose content is an object (``X called for a ban because of fears that A``, ``X denied the
    report ... that A``): there the clause belongs to a noun of the object, and the object is the content. The
    object of a verb of telling is its listener, not its content.
    """
    listener = entry.lemma in index.lang.object_listener_verbs
    if cue_preps(verb, entry, index) or (not listener and any(c.dep_ == "dobj" for c in verb.children)):
        return None
    if listener and (clause := _clause_on_listener_participle(verb)) is not None:
        return clause
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # every object of a verb of telling: the parser may split its listener in two ("told BBC Radio 4's | Today
    # programme that A")
    for holder in (c for c in verb.children if c.dep_ == "prep" or (listener and c in objects)):
        phrase = holder.dep_ == "prep"
        for clause in (t for t in _held_subtree(holder) if t.dep_ in {"relcl", "acl"} and t.i > verb.i):
            if any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children) and (
                phrase or _clause_of_its_own(clause)
            ):
                return clause
            occasion = venue_kind(holder, index.lang) is not None  # "told a news conference that A"
            if (phrase or occasion) and _that_read_as_relative(clause, index):
                return clause
            if phrase and _infinitive_on_medium(clause, entry, index):
                return clause
        if phrase and (clause := _clause_on_medium_participle(holder, index)) is not None:
            return clause
    return None


def clause_split_at_listener(verb: Token, clause: Token, entry: CueVerb, index: DocIndex) -> Token | None:
    """``told local radio station Caracol that her brother had gone out on the morning he died``: the parser hung the
    "that" clause on the listener and made its last words the verb's clause; the part on the listener (opened by
    "that", with a subject of its own), when the clause goes on right after it, else None."""
    if clause.i < verb.i or entry.lemma not in index.lang.object_listener_verbs:
        return None
    for listener in (c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.i):
        for held in (c for c in listener.children if c.dep_ in {"acl", "relcl"} and c.i > listener.i):
            that = any(m.dep_ == "mark" and m.lower_ == "that" for m in held.children)
            subject = any(c.dep_ in SUBJECTS for c in held.children)
            if that and subject and held.right_edge.i + 1 == clause.left_edge.i:
                return held
    return None


def _clause_on_medium_participle(phrase: Token, index: DocIndex) -> Token | None:
    """``said in an interview published on Wednesday that A``: the parser hung the "that" clause on the participle
    describing the occasion or medium."""
    for noun in (c for c in phrase.children if c.dep_ == "pobj" and venue_kind(c, index.lang) is not None):
        for participle in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            for clause in (c for c in participle.children if c.dep_ == "ccomp"):
                if any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
                    return clause
    return None


def _clause_on_listener_participle(verb: Token) -> Token | None:
    """``told visiting Arab foreign ministers on Sunday that A``: the parser read the participle opening the
    listener as a verb with the listener its object and hung the "that" clause on it; or the noun ending it
    (``told a Senate estimates hearing that A``), the listener before it the verb's object."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    ending = next((c for c in verb.children if c.dep_ == "xcomp" and objects and c.i == objects[0].i + 1), None)
    after = ending if ending is not None and ending.tag_ == "VBG" else _listener_participle(verb)
    if after is None:
        return None
    clauses = [
        c
        for c in after.children
        if c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
    ]
    return clauses[0] if clauses else None


def _listener_participle(verb: Token) -> Token | None:
    """The participle right after a verb of telling that the parser read as a verb with the listener its object
    ("told *visiting* Arab foreign ministers"), or None."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is None or after.dep_ != "xcomp" or after.tag_ != "VBG" or after.head != verb:
        return None
    return after if any(c.dep_ == "dobj" for c in after.children) else None


def _infinitive_on_medium(clause: Token, entry: CueVerb, index: DocIndex) -> bool:
    """``X vowed in a statement to continue A``: an infinitive right after an occasion or medium, which the parser
    hung on its noun, is what a verb of infinitives reports (``infinitive_verbs``)."""
    noun = clause.head
    marked = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    on_medium = venue_kind(noun, index.lang) is not None and clause.left_edge.i == noun.i + 1
    return entry.lemma in index.lang.infinitive_verbs and clause.dep_ == "acl" and marked and on_medium


def _held_subtree(holder: Token) -> list[Token]:
    """A phrase's words and those of the apposition the parser hung beside it on the verb ("wrote on X, *formerly
    Twitter*, that A")."""
    doc = holder.doc
    after = holder.right_edge.i + 1
    apposed = [
        c
        for c in holder.head.children
        if c.dep_ == "npadvmod" and after < len(doc) and doc[after].text == "," and c.left_edge.i == after + 1
    ]
    return [*holder.subtree, *(t for c in apposed[:1] for t in c.subtree)]


def _that_read_as_relative(clause: Token, index: DocIndex) -> bool:
    """``X said in a filing that profits fell``, parsed as a relative clause of "filing" whose object is "that": after
    a noun of an occasion or a medium (``venues.tsv``), a "that" right after it (or after the participle's or
    preposition's phrase describing it, "a statement posted on X", "a post on X"; or after the noun of such a
    phrase, "a letter to the board") and a subject of the clause's own make it what was said ("criticized for
    policies that objectors see as abuses" stays a relative clause)."""
    first = clause.doc[clause.left_edge.i]
    # "that" hangs on the clause's verb, or on an infinitive after it ("a call that the company expected to ship")
    on_clause = first.head.i == clause.i or (first.head.dep_ == "xcomp" and first.head.head.i == clause.i)
    if first.lower_ != "that" or not on_clause or first.dep_ not in {"dobj", "nsubj", "mark", "pobj"}:
        return False
    noun = clause.head
    # "writing for the majority that the law burdened adults' free speech": an object of the clause's own leaves
    # "that" no place in it
    filled = first.dep_ == "dobj" and any(c.dep_ in {"dobj", "ccomp"} and c.i != first.i for c in clause.children)
    # right after the noun, or after the participle's or preposition's phrase that describes it ("in a statement
    # posted on X that A", "in a post on X that A")
    describing = [
        c for c in noun.children if c.i > noun.i and ((c.dep_ == "acl" and c.tag_ == "VBN") or c.dep_ == "prep")
    ]
    ends = {noun.i} | {c.right_edge.i for c in describing}
    venue = venue_kind(noun, index.lang) is not None
    if not venue and noun.dep_ == "pobj" and noun.head.dep_ == "prep":  # "in a letter to the board that A"
        venue = venue_kind(noun.head.head, index.lang) is not None
    adjacent = first.i - 1 in ends and (venue or filled)
    return adjacent and any(c.dep_ in SUBJECTS and c.i != first.i for c in clause.children)


def _clause_of_its_own(clause: Token) -> bool:
    """``told a meeting of leaders that few people understood the stakes``: a "that" clause with a subject of its
    own, and an object or complement of its own, is no relative clause of the listener (whose "that" would fill
    one of those places) but what was told."""
    return any(c.dep_ in SUBJECTS and c.lower_ != "that" for c in clause.children) and any(
        c.dep_ in {"dobj", "ccomp", "xcomp", "attr", "acomp"} for c in clause.children
    )


def interrupted_goes_on(verb: Token, head: Token, index: DocIndex) -> bool:
    """Whether the clause a verb interrupts goes on after the verb's own words: not only with the sentence's full
    stop, after a verb set beside the clause whose own words after it only tell when or why (``narration_mark``: "A,
    CCTV reported, as data showed B." and "A, X said, after months of war." are inverted); "A, they argue, perhaps
    by insisting B" and "A, Anthony says, and B" go on with the report."""
    marks = index.lang.narration_marks
    narrating = verb.dep_ == "parataxis" and all(
        c.is_punct
        or (c.dep_ == "advcl" and any(m.lower_ in marks for m in c.children))
        or (c.dep_ == "prep" and c.lower_ in marks)  # "A, X said, after months of war."
        for c in verb.rights
    )
    if not narrating:
        return head.right_edge.i > verb.right_edge.i
    return any(t.i > verb.right_edge.i and not (t.is_punct or t.is_space) for t in head.subtree)


def free_relative_subject(verb: Token, clause: Token) -> bool:
    """``launching what Netanyahu said would be a prolonged operation``: the clause reported has for subject the
    "what" that opens the phrase round the report; what was said is the rest of the clause, after the verb (the
    "what" is the writer's noun phrase, as PolNeAR marks "he said were the policy failures")."""
    return clause.i > verb.i and any(
        c.dep_ in SUBJECTS and c.lower_ == "what" and c.i < verb.i for c in clause.children
    )


def past_object_and_comma(verb: Token, clause: Token, entry: CueVerb, index: DocIndex) -> bool:
    """``ordered the firing of the bureau's head, accusing her ..., hours after a report showed hiring had slowed``:
    a clause the parser hung on a verb of objects past its object and a comma is the writer's, not what the verb
    reports (a verb of clauses may have its clause's subject read as its object: "It said supporters of the
    organization, also known as ISIS, were sharing the news")."""
    if clause.i < verb.i or entry.content != "object":
        return False
    if index.in_quote(clause.left_edge) or clause.left_edge.is_quote:
        return False  # "published a column in The Daily Beast, entitled, "Why A"": the quotation is the content
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.right_edge.i < clause.left_edge.i]
    return any(t.text == "," for o in objects for t in verb.doc[o.right_edge.i + 1 : clause.left_edge.i])


def named_what(verb: Token) -> bool:
    """Whether the verb's object is the "what" before it (``in what Netanyahu called a prolonged operation``)."""
    return any(c.dep_ == "dobj" and c.lower_ == "what" and c.i < verb.i for c in verb.children)


def name_given(verb: Token) -> list[Token]:
    """``in what Netanyahu called a prolonged operation``, ``on what Zimmerman described as a "piece of history"``:
    the "what" before the verb is the writer's noun phrase; the words of the name it was given are what was said.
    Empty where the verb names nothing so."""
    if not named_what(verb):
        return []
    for child in verb.rights:
        name = child if child.dep_ == "oprd" else None
        if child.dep_ == "prep" and child.lower_ == "as":
            name = next((g for g in child.children if g.dep_ == "pobj"), None)
        if name is not None:
            return list(name.subtree)
    return []


def framing_what(toks: list[Token]) -> Token | None:
    """``agreed to begin transitioning away from fossil fuels, *in what the summit's president called a "historic"
    deal*``: a phrase set off at the end that names the act in someone's words is a report of its own, not more of
    what was agreed; its preposition, or None."""
    ids = {t.i for t in toks}
    for tok in toks:
        set_off = tok.dep_ == "prep" and tok.i - 1 in ids and tok.doc[tok.i - 1].text == ","
        if set_off and any(c.dep_ in {"pcomp", "pobj"} and named_what(c) for c in tok.children):
            return tok
    return None


def split_subject(verb: Token, clause: Token, entry: CueVerb, index: DocIndex) -> list[Token]:
    """``X said the plan "would fail"`` parsed with "the plan" as the verb's object and the rest as a clause
    without a subject: the noun right before the clause (no comma between) is the clause's subject, given back.
    Not after a verb of telling, whose object is its listener (``X told the paper Y ...``)."""
    if entry.lemma in index.lang.addressee_verbs or clause.i < verb.i:
        return []
    if any(c.dep_ in SUBJECTS or c.dep_ == "expl" for c in clause.children):
        return []
    nouns = [c for c in verb.rights if c.i < clause.left_edge.i and c.dep_ in {"dobj", "npadvmod", "attr", "oprd"}]
    if len(nouns) != 1:
        return []
    noun = nouns[0]
    gap = verb.doc[noun.right_edge.i + 1 : clause.left_edge.i]
    if any(not t.is_punct for t in gap):
        return []
    if any(t.text in {",", ":", ";"} for t in gap) and not (gap.text == "," and _set_off_inside(noun)):
        return []
    return list(noun.subtree)


def _set_off_inside(noun: Token) -> bool:
    """Whether a noun's phrase ends in a phrase a comma opens ("the leaders' declaration, adopted on the first day"),
    so that the comma after it closes that phrase, not the noun's."""
    return any(
        c.dep_ in {"acl", "appos", "relcl"} and c.i > noun.i and noun.doc[c.left_edge.i - 1].text == ","
        for c in noun.children
    )
