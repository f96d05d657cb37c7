"""Descriptions as written: the words of a speaker described by a common noun ("a spokesman for the ministry",
"Russia's ambassador to the Holy See", "people familiar with the matter"), which phrases belong to it and which
stand apart (a clause, a phrase set off by a comma)."""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.dashes import glued_hyphen, spaced_dash
from quotegraph.extract.language import LanguageData

_ATTACHED_PREPS = {"of", "for", "at", "with"}
_NP_DEPS = {"det", "amod", "compound", "poss", "nummod", "nmod", "case", "quantmod", "advmod", "punct"}


def description_tokens(token: Token, lang: LanguageData | None = None) -> list[Token]:
    """The tokens of a description headed by ``token``, even a capitalised one ("The MP for Leeds"), and with the
    language's data the phrase of a source adjective after it ("people familiar with the matter")."""
    toks = [token]
    for child in token.children:
        if _set_off(child):
            continue
        if child.dep_ in _NP_DEPS and child.i < token.i:
            toks.extend(t for t in child.subtree if t.dep_ != "punct" or t.i > child.left_edge.i)
        elif lang is not None and _source_adjective(child, token, lang):
            # "people familiar with the matter"; not the clause after a comma, "close to the prince, who asked ..."
            toks.extend(t for t in child.subtree if t.text != "," and not in_clause(t, child))
        elif _hyphen_glued(token, child):  # "secretary-general of NATO": the parser made "general" a modifier
            toks.extend(t for t in child.subtree if t.text != ",")
        elif child.dep_ == "prep" and _attached(child, token, lang) and _runs_on(token, child) and _noun_object(child):
            comma = next((t.i for t in child.subtree if t.text == ","), None)  # "for Renesys, a company that …"
            toks.extend(t for t in child.subtree if comma is None or t.i < comma)
    toks = _object_name_after(_glued_before(_unbroken(sorted(set(toks), key=lambda t: t.i), token)))
    # "RANGOON, Burma - X's allies": a dash set apart by spaces ends a dateline the parser ran into the description
    # (a hyphen, "state-owned", has no spaces)
    # (the parser may hang the dash on the noun as punctuation, left out above: "BRUSSELS - European Union leaders")
    cut = max((t.i for t in token.doc[toks[0].i : token.i] if spaced_dash(t)), default=None)
    return [t for t in toks if t.i > cut] if cut is not None else toks


def _object_name_after(toks: list[Token]) -> list[Token]:
    """A description with the name glued, with no comma, after the singular common noun that ends it as a
    preposition's object: the name is that object's ("A spokesman for the carmaker *Volkswagen*"), though the parser
    set it beside the head or made it a second subject."""
    doc, last = toks[0].doc, toks[-1]
    if last.tag_ != "NN" or last.dep_ != "pobj" or last.head.head not in toks:
        return toks  # a plural is no one thing a name names ("master of ceremonies Asab Al-Tabchi")
    end = last.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and not _when(doc[end]):
        end += 1
    name = list(doc[last.i + 1 : end])
    if any(t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ in {"relcl", "acl"} for t in name):
        return toks  # "according to a speech Mrs. Clinton delivered": the name speaks in a clause of its own
    return toks + name


def _when(token: Token) -> bool:
    return token.ent_type_ in {"DATE", "TIME"}


def _runs_on(noun: Token, prep: Token) -> bool:
    """A phrase after the noun not set off by a comma ("The interview by X, with Y in Damascus": not "with Y")."""
    return prep.i > noun.i and noun.doc[prep.i - 1].text != ","


def _attached(prep: Token, noun: Token, lang: LanguageData | None) -> bool:
    """A preposition whose phrase belongs to the description: "of", "for", "at", "with", "to" after a title
    ("ambassador to the Holy See", "an aide to the president"), "by" after a record ("A report by the agency's
    inspector general", as PolNeAR marks such sources) and "in" after a written record where it names the medium
    ("An editorial in the nationalist Global Times")."""
    lemma = noun.lemma_.lower()
    titled = lang is not None and (noun.lower_ in lang.titles or lemma in lang.titles)
    record = lang is not None and (lemma in lang.venue_nouns or lang.source_nouns.get(lemma) == "organisation")
    if prep.lower_ == "in" and lang is not None and lang.venue_nouns.get(lemma) == "document":
        return any(_medium_named(o, lang) for o in prep.children if o.dep_ == "pobj")
    return prep.lower_ in _ATTACHED_PREPS or (prep.lower_ == "to" and titled) or (prep.lower_ == "by" and record)


def _medium_named(noun: Token, lang: LanguageData) -> bool:
    """Whether a record's "in" phrase names where it was published ("An editorial in the nationalist Global Times",
    "an article in the journal Nature"): a named organisation or work, or a medium noun."""
    return noun.ent_type_ in {"ORG", "WORK_OF_ART"} or lang.addressee_words.get(noun.lemma_.lower()) == "medium"


def _glued_before(toks: list[Token]) -> list[Token]:
    """A description with the words a hyphen glues to its first word, and their article, wherever the parser hung
    them ("The vice-president", which it may read as three subjects of the verb)."""
    doc, first = toks[0].doc, toks[0].i
    while first >= 2 and glued_hyphen(doc[first - 1]) and doc[first - 2].is_alpha:
        first -= 2
    if first > 0 and doc[first - 1].dep_ == "det" and first <= doc[first - 1].head.i < toks[0].i:
        first -= 1
    return list(doc[first : toks[0].i]) + toks


def _source_adjective(child: Token, noun: Token, lang: LanguageData) -> bool:
    """Whether a word right after a noun is an adjective that, with its own prepositional phrase, says how a source
    knows ("familiar with the matter", "close to the prince": ``source_adjective`` in the cue phrases); not one whose
    phrase is what the source holds a view of ("voters sick of the status quo")."""
    if child.dep_ != "amod" or child.i != noun.i + 1 or child.lower_ not in lang.source_adjectives:
        return False
    return any(c.dep_ == "prep" and c.i > child.i for c in child.children)


def _hyphen_glued(head: Token, child: Token) -> bool:
    """Whether a word beside the head is joined to it by a hyphen ("secretary-general", "25-year-old")."""
    return abs(child.i - head.i) == 2 and glued_hyphen(head.doc[(head.i + child.i) // 2])


def _unbroken(toks: list[Token], head: Token) -> list[Token]:
    """The run of ``toks`` around ``head`` that no word outside them breaks (punctuation may lie between).

    A mention is one stretch of text; a modifier the parser attached across a clause ("a Times article *hailed him as
    a star* for the success ...", where it missed the verb) would make its span run over words that are not its own.
    """
    at = toks.index(head)
    first, last = at, at
    while first > 0 and _only_punct(toks[first - 1], toks[first]):
        first -= 1
    while last + 1 < len(toks) and _only_punct(toks[last], toks[last + 1]):
        last += 1
    return toks[first : last + 1]


def _only_punct(left: Token, right: Token) -> bool:
    return all(t.is_punct for t in left.doc[left.i + 1 : right.i])


def _set_off(child: Token) -> bool:
    """An adverbial set off by a comma before the noun, which the parser hung on it when it missed the clause's
    verb ("*Twenty-two years ago,* a Times article hailed ...")."""
    after = child.right_edge.i + 1
    return child.dep_ == "advmod" and child.i < child.head.i and after < len(child.doc) and child.doc[after].text == ","


def _noun_object(prep: Token) -> bool:
    """A preposition with a noun object ("a spokesman for the ministry"), not a clause the parser hung on the noun
    ("accused by the newspaper of traveling without approval")."""
    return any(g.dep_ == "pobj" for g in prep.children)


def in_clause(token: Token, root: Token) -> bool:
    """Whether a token stands in a clause (relative, adnominal, adverbial) below ``root``."""
    node = token
    while node.i != root.i:
        if node.dep_ in {"relcl", "acl", "advcl"}:
            return True
        node = node.head
    return False
