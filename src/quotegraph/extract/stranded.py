"""Subjects the parser stranded away from a finite main verb without one: a speaker hung on the phrase before the
verb (``In a call on Monday, Col. X, a spokesman, said``), inside an aside between dashes, as the subject of a
clause it made of the words before (``Sunak, asked about the poll, said``), or read as the verb's modifier
(``"A," the 53-year-old said``).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.dashes import DASHES
from quotegraph.extract.verb_forms import FINITE, SUBJECTS

_ASIDE_WORDS = 30  # the longest aside between two dashes looked through
# how the parser may hang the clause it made of the words before a main verb: "Hegseth, asked about the report during
# a visit to Fort Bragg, said" makes "asked" a parataxis
_LENDING = {"ccomp", "advcl", "parataxis"}


def stranded_speaker(verb: Token) -> Token | None:
    """The speaker the parser stranded away from a verb without a subject, or None."""
    return (
        _stranded_subject(verb)
        or _subject_before_dashes(verb)
        or _subject_of_clause_before(verb)
        or _subject_read_as_modifier(verb)
        or _subject_of_participle_before(verb)
    )


def _subject_before_dashes(verb: Token) -> Token | None:
    """``Mr. X - in a line aimed at Y - declared that ...``: a finite main verb right after an aside between two
    dashes, whose subject the parser hung inside the aside; the name right before the first dash is the speaker."""
    doc = verb.doc
    if verb.dep_ != "ROOT" or verb.tag_ not in FINITE or verb.i < 3 or doc[verb.i - 1].text not in DASHES:
        return None
    for i in range(verb.i - 2, max(verb.sent.start, verb.i - _ASIDE_WORDS) - 1, -1):
        if doc[i].text in DASHES:
            before = doc[i - 1] if i > verb.sent.start else None
            return before if before is not None and before.pos_ == "PROPN" else None
    return None


def clause_lending_subject(verb: Token) -> Token | None:
    """``Sunak, asked about the poll, said: "..."`` / ``Biden, in an interview aired on Sunday, said ...``: the
    parser made the words before a subjectless finite main verb a clause of its own ("Sunak ... asked"), its subject
    set off by a comma; that clause's verb, or None."""
    doc = verb.doc
    if verb.dep_ != "ROOT" or verb.tag_ not in FINITE or verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    for clause in (c for c in verb.children if c.dep_ in _LENDING and c.i < verb.i):
        subjects = [c for c in clause.children if c.dep_ in SUBJECTS and c.i < clause.i]
        if not subjects:
            continue
        last = max(t.i for t in subjects[0].subtree if not t.is_punct)
        if last + 1 < clause.i and doc[last + 1].text == ",":
            return clause
    return None


def participle_read_as_clause(verb: Token) -> bool:
    """A past participle set off after a subject ("Sunak, asked about the poll, said") that the parser read as a
    finite clause of that subject, lending it to the verb after, or as the main verb ("Merkel, asked whether ...,
    shook her head"): passive in meaning, so no report of its subject's."""
    if verb.tag_ not in {"VBD", "VBN"}:
        return False
    if verb.dep_ in _LENDING:
        clause = clause_lending_subject(verb.head)
        return clause is not None and clause.i == verb.i
    return _bare_subject_set_off(verb)


def _bare_subject_set_off(verb: Token) -> bool:
    """``Merkel, asked whether she would run again, shook her head``: a verb right after its bare subject, a name,
    and a comma (no apposition or clause of the subject's own holds that comma) is a participle, however the parser
    read it (a common noun so read is more often a misparse of a longer subject: "a hate crime, reiterated")."""
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS and c.i == verb.i - 2 and c.pos_ == "PROPN"]
    if not subjects or doc[verb.i - 1].text != ",":
        return False
    if _description_before(subjects[0]):
        return False  # "The union's chair, Dr. Tom Dolphin, said": the name is set off as an apposition
    return not any(c.dep_ in {"appos", "relcl", "acl", "conj", "amod"} for c in subjects[0].children)


def _description_before(name: Token) -> bool:
    """Whether a comma and a noun the same verb holds stand right before a name (``The union's chair, Dr. Tom
    Dolphin, said``): the parser hung the description on the verb, and the name's commas set it off."""
    start = name.left_edge.i
    if start < 2 or name.doc[start - 1].text != ",":
        return False
    noun = name.doc[start - 2]
    return noun.pos_ in {"NOUN", "PROPN"} and noun.head.i == name.head.i and noun.dep_ not in {"conj", "npadvmod"}


def _subject_of_participle_before(verb: Token) -> Token | None:
    """``Reeves, asked whether she had broken a promise, told the BBC A``: the parser made the participle set off
    after the subject the main verb, and hung the finite verb after its comma on it as a clause; the participle's
    subject is the verb's."""
    head = verb.head
    if verb.dep_ not in _LENDING | {"conj"} or verb.tag_ not in FINITE or head.i >= verb.i:
        return None
    if verb.doc[verb.i - 1].text != "," or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    return next((c for c in head.children if c.dep_ in SUBJECTS), None) if _bare_subject_set_off(head) else None


def _subject_of_clause_before(verb: Token) -> Token | None:
    clause = clause_lending_subject(verb)
    if clause is None:
        return None
    return next(c for c in clause.children if c.dep_ in SUBJECTS and c.i < clause.i)


def _subject_read_as_modifier(verb: Token) -> Token | None:
    """``"A," the 53-year-old said``: the parser read a subject made of an adjective as the verb's modifier and hung
    its article on the verb; the adjective right before a finite main verb, after that article, is the subject."""
    doc = verb.doc
    if verb.dep_ != "ROOT" or verb.tag_ not in FINITE or verb.i < 2:
        return None
    before = doc[verb.i - 1]
    articles = [c for c in verb.children if c.dep_ == "det" and c.i < before.i]
    if before.head.i != verb.i or before.dep_ != "amod" or not articles:
        return None
    return before if articles[-1].i >= before.left_edge.i - 1 else None


def _stranded_subject(verb: Token) -> Token | None:
    """``In a call on Monday, Col. X, a spokesman, said ...``: a speaker the parser hung on the phrase before it
    (as an apposition or conjunct of "Monday") rather than on the verb.

    Only for a finite main verb right after a comma, its auxiliaries included (``X, Y and Z, have said``): the
    highest apposition or conjunct on the path up from the word before that comma which opens a comma-delimited
    phrase is the speaker; or right after such a name (``_name_hung_on_phrase_before``).
    """
    doc = verb.doc
    first = verb
    while first.i > 0 and doc[first.i - 1].head.i == verb.i and doc[first.i - 1].dep_ in {"aux", "neg"}:
        first = doc[first.i - 1]
    if verb.dep_ != "ROOT" or first.tag_ not in FINITE | {"MD"} or first.i < 3:
        return None
    if doc[first.i - 1].text != ",":
        return _name_hung_on_phrase_before(doc[first.i - 1])
    found: Token | None = None
    tok = doc[first.i - 2]
    for _ in range(12):  # a parse path, not the sentence: a few steps up are enough
        if tok.i >= verb.i or tok.head.i == tok.i:
            break
        opens_phrase = tok.left_edge.i > 0 and doc[tok.left_edge.i - 1].text == ","
        if tok.dep_ in {"appos", "conj"} and tok.pos_ in {"PROPN", "NOUN"} and opens_phrase:
            found = tok
        tok = tok.head
    return found


def _name_hung_on_phrase_before(name: Token) -> Token | None:
    """``In an interview published by Der Spiegel, Chancellor Olaf Scholz said ...``: a name right before a
    subjectless verb, set off by a comma from the phrase before it, that the parser made that phrase's apposition."""
    doc = name.doc
    start = name.left_edge.i
    if name.dep_ != "appos" or name.pos_ != "PROPN" or start < 1 or doc[start - 1].text != ",":
        return None
    return name if name.head.i < start else None
