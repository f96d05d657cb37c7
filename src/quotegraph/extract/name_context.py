"""What the words beside a name tell of it: the place or people that own an organisation's name ("Russia's defence
ministry"), the unnamed descriptions apposed after a name ("Smith, a retired teacher"), the noun "one of" picks, and
the article before a one-word proper noun ("The Herald") (``people.NameIndex.describe``)."""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.dashes import spaced_dash
from quotegraph.extract.mentions import entity_of


def with_owner(toks: list[Token], name: str) -> str:
    """An organisation's name with the place or people that own it, which the recogniser leaves out ("Russia's
    defence ministry", "Britain's Foreign Office"), else the name."""
    if not toks:
        return name
    doc = toks[0].doc
    owners = [
        c
        for t in toks
        for c in t.children
        if c.dep_ == "poss" and c.ent_type_ in {"GPE", "NORP"} and c.right_edge.i + 1 == toks[0].i
    ]
    if not owners:
        return name
    # "NAIROBI - Kenya's National Assembly": the dateline the parser ran into the owner is no part of it
    start = max((t.i + 1 for t in doc[owners[0].left_edge.i : owners[0].i] if spaced_dash(t)), default=None)
    return doc[start if start is not None else owners[0].left_edge.i : toks[-1].i + 1].text


def apposed_descriptions(token: Token) -> list[Token]:
    """The unnamed appositions after a name ("a retired teacher" of "Smith, a retired teacher"), or the second subject
    the parser read one as ("COGAT, the Israeli defense body that oversees ..., said": both subjects of "said")."""
    own = [c for c in token.children if c.dep_ == "appos" and c.i > token.i and entity_of(c) is None]
    own = [c for c in own if not hung_apart(token, c)]
    if token.dep_ == "nsubj" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == ",":
        own += [
            c
            for c in token.head.children
            if c.dep_ == "nsubj" and c.i > token.i and c.pos_ == "NOUN" and entity_of(c) is None
        ][:1]
    return own


def hung_apart(name: Token, apposition: Token) -> bool:
    """Whether the parser hung an apposition on a name (its head word) that describes no one: what a label's colon
    opens ("Interfax: Russia and Ukraine swap prisoners" is what the label's source says), or one past the name's own
    verb ("Russia said it had taken Pokrovsk, a claim Kyiv rejected")."""
    colon = any(t.text == ":" for t in name.doc[name.i + 1 : apposition.left_edge.i])
    return colon or name.i < name.head.i < apposition.i


def one_of(noun: Token) -> Token:
    """The noun "one of" picks from ("groups" of "one of the human rights groups"), else the noun itself."""
    if noun.lower_ != "one":
        return noun
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    picked = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return picked if picked is not None else noun


def after_the(token: Token) -> bool:
    """A one-word proper noun with "the" before it: "The Herald", "the Kremlin"."""
    return token.i > 0 and token.doc[token.i - 1].lower_ == "the" and token.doc[token.i - 1].head.i == token.i
