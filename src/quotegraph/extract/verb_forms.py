"""The form of a verb as the parser and tagger read it: finite, passive (not a perfect read as one), a bare passive
participle, an infinitive with "to", a report read as a participle after the clause it reports; and the dependency
labels of a clause's subject."""

from __future__ import annotations

from spacy.tokens import Token

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
RELATIVE_TAGS = {"WDT", "WP"}  # "that", "which", "who": a relative pronoun
INHERIT_SUBJECT = {"advcl", "xcomp", "conj", "pcomp", "acomp"}  # a verb so hung shares its head's subject
FINITE = {"VBD", "VBZ", "VBP"}
# what a verb has when it reports something of its own, or is more than one verb
_OWN_REPORT = {"dobj", "ccomp", "xcomp", "attr", "oprd", "dative", "agent", "auxpass", "conj"}
_PARTICIPLE_OPENERS = {"when", "if", "once", "after", "unless", "until", "while", "though", "although"}


def is_finite(verb: Token) -> bool:
    """A verb in the past or present tense (not an infinitive or a participle)."""
    return verb.tag_ in FINITE


def to_infinitive(verb: Token) -> bool:
    """A bare verb with its "to" (``for the crowd to march``)."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def for_to_clause(token: Token) -> bool:
    """``called for the city to act``: an infinitive clause with its own subject, introduced by "for"."""
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in token.children)


def is_passive(verb: Token) -> bool:
    """A passive verb ("was asked", "is expected"), not a perfect whose "'s" the parser read as "is"."""
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children) and not perfect_read_as_passive(verb)


def perfect_read_as_passive(verb: Token) -> bool:
    """``He's said he will run``, ``she's told reporters that A``: the parser read "'s" as "is" and made a passive
    of a perfect ("has said"). A passive of a verb of speech takes an infinitive (``he's said to be ill``), an agent
    or an "it" standing for its clause (``it's said that A``); one with its own clause or object and none of those is
    a perfect."""
    auxes = [c for c in verb.children if c.dep_ == "auxpass"]
    if not auxes or any(a.lower_ not in {"'s", "\u2019s"} for a in auxes) or verb.tag_ not in {"VBN", "VBD"}:
        return False
    if any(
        c.dep_ in {"xcomp", "agent"} or (c.dep_ == "nsubjpass" and c.lower_ in {"it", "there"}) for c in verb.children
    ):
        return False
    return any(c.dep_ in {"ccomp", "dobj", "dative"} for c in verb.children)


def bare_participle_passive(verb: Token) -> bool:
    """``Asked about the merger, X said ...`` / ``when pressed on it``: a bare passive participle before or inside
    a clause is done to the main subject by someone unnamed, who is its speaker (PolNeAR leaves it without one),
    not done by that subject."""
    return (
        (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and _opens_clause(verb)))
        and verb.dep_ == "advcl"
        and not any(c.dep_ in SUBJECTS or c.dep_ in {"aux", "auxpass", "agent"} for c in verb.children)
    )


def _opens_clause(verb: Token) -> bool:
    """A verb first in its sentence or right after "when", "if", ...: with no subject of its own it is a
    participle the tagger read as a past tense (``Asked whether A, X said``)."""
    return verb.is_sent_start or verb.i == 0 or verb.nbor(-1).lower_ in _PARTICIPLE_OPENERS


def appended_report(verb: Token) -> int | None:
    """``Israel and Hamas have agreed to a ceasefire in Gaza, Qatar's prime minister announced on Wednesday``: the
    parser set the report's subject beside the clause's last noun in apposition (or made it the clause's object: "A
    is losing mass, an international team of scientists reported") and hung the verb on it as a participle. A past
    verb right after that noun's phrase, which a comma sets off, with nothing of its own to report (no object, no
    clause, no agent, nothing coordinated) and ending the sentence, reports the clause before the comma. The comma's
    index, or None."""
    noun, doc, sent = verb.head, verb.doc, verb.sent
    if verb.dep_ != "acl" or verb.tag_ not in {"VBD", "VBN"} or not _right_after_phrase(noun, verb):
        return None
    if noun.dep_ not in {"appos", "npadvmod", "dobj"} or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    comma = noun.left_edge.i - 1
    if comma <= sent.start or doc[comma].text != "," or not sent.root.i < comma:
        return None
    if any(c.dep_ in _OWN_REPORT for c in verb.children):
        return None
    return comma if ends_sentence(verb) else None


def _right_after_phrase(noun: Token, verb: Token) -> bool:
    """Whether a participle follows its noun's phrase right after it, past only the phrases of the noun ("an
    international team of scientists reported"; the parser may make the noun the clause's object)."""
    between = verb.doc[noun.i + 1 : verb.i]
    return all(t.head.i != verb.i and noun.i in {a.i for a in t.ancestors} and not t.is_punct for t in between)


def ends_sentence(verb: Token) -> bool:
    """Whether a verb's words run to the end of its sentence, its closing punctuation aside."""
    last = max((t.i for t in verb.sent if not t.is_punct and not t.is_space), default=verb.i)
    return verb.right_edge.i >= last
