"""Occasions that end a report: the phrase set off at the end of a reported clause, or hung at the end of a cue's
object, that names the occasion, medium or record of the report rather than more of what was said ("said Europe
could die unless it reformed, *in a speech at the Sorbonne*", "confirmed the agreement *in a post on X*").
``venues.py`` reads the venue from them; the content readers (``verbs.py``, ``objects.py``, ``runon.py``) end
contents before them.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.language import LanguageData
from quotegraph.extract.media_names import venue_kind

ENDING_KINDS = {"occasion", "medium", "document", "statement"}  # "A, in a speech", "A, on X", "A, in comments to"
_OCCASION_PREPS = {"in", "at", "during"}  # those of an occasion set off at the end of a reported clause


def occasion_ending(toks: list[Token], lang: LanguageData) -> Token | None:
    """The phrase set off by a comma that ends a reported clause and names the occasion, medium or record of the
    report (``ENDING_KINDS``), not a part of it ("said Europe could die unless it reformed, *in a speech at the
    Sorbonne*", "called for peace, *in his Christmas message*"): its preposition, or None."""
    if len(toks) < 3:
        return None
    last = max(t.i for t in toks if not t.is_punct) if any(not t.is_punct for t in toks) else -1
    ids = {t.i for t in toks}
    for tok in toks:
        if tok.i - 1 in ids and tok.right_edge.i == last and set_off_occasion(tok, lang):
            return tok
    return None


def object_occasion(verb: Token, lang: LanguageData) -> Token | None:
    """The occasion, medium or record the parser hung at the end of a cue's object ("confirmed the agreement *in a
    post on X*"; one hung on the verb is the verb's own phrase): its preposition, or None. Only one introduced by "a"
    or a possessive ("questioned the figures in the report" asks about the report's figures), or a platform named
    ("confirmed the exchange on Telegram"). The phrase stays in the content, as PolNeAR's contents keep it
    (``runon.reach``)."""
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i):
        hung = [c for n in _right_spine(obj) for c in n.rights if c.right_edge.i == obj.right_edge.i]
        for prep in (c for c in hung if c.dep_ == "prep" and c.lower_ in {*_OCCASION_PREPS, "on"}):
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if not objects or venue_kind(objects[0], lang) not in ENDING_KINDS:
                continue
            if objects[0].pos_ == "PROPN" and venue_kind(objects[0], lang) == "medium":
                return prep  # a platform by its name: "confirmed the exchange on Telegram"
            if prep.lower_ != "on" and any(
                c.lower_ in {"a", "an"} or c.tag_ == "PRP$" for c in objects[0].children if c.dep_ in {"det", "poss"}
            ):
                return prep
    return None


def _right_spine(noun: Token) -> list[Token]:
    """A noun and the nouns its phrase ends in, through the prepositions after it ("credit for the agreement": credit,
    agreement), where the parser may hang the phrase of the occasion ("in a post on X")."""
    spine = [noun]
    while True:
        preps = [c for c in spine[-1].rights if c.dep_ == "prep" and c.right_edge.i == noun.right_edge.i]
        objects = [g for p in preps[:1] for g in p.children if g.dep_ == "pobj"]
        if not objects:
            return spine
        spine.append(objects[0])


def set_off_occasion(prep: Token, lang: LanguageData) -> bool:
    """Whether a preposition set off by a comma names the occasion, medium or record of a report (``ENDING_KINDS``:
    ", in a speech at the Sorbonne", ", in his Christmas message"), not more of what was said."""
    if prep.dep_ != "prep" or prep.lower_ not in _OCCASION_PREPS or prep.i == 0 or prep.doc[prep.i - 1].text != ",":
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and venue_kind(objects[0], lang) in ENDING_KINDS
