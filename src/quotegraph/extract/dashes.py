"""Hyphens and dashes: a hyphen glued between two words joins them into one ("secretary-general", "Jean-Pierre"); a
dash set apart by spaces separates what stands either side of it, as a wire dateline's does ("SEATTLE - Starbucks")."""

from __future__ import annotations

from spacy.tokens import Token

HYPHENS = frozenset({"-", "\u2010", "\u2011"})  # hyphen-minus, hyphen, non-breaking hyphen
DASHES = frozenset({"-", "--", "\u2013", "\u2014", "\u2015"})  # a dash as a word of its own ("―", a bar)


def glued_hyphen(token: Token) -> bool:
    """Whether a token is a hyphen inside a word, no space either side ("secretary-general", "Jean-Pierre")."""
    doc = token.doc
    inside = 0 < token.i < len(doc) - 1 and not doc[token.i - 1].whitespace_ and not token.whitespace_
    return token.text in HYPHENS and inside


def spaced_dash(token: Token) -> bool:
    """A dash set apart by spaces, as a dateline's ends ("SEATTLE - "); a hyphen ("state-owned") has none."""
    spaced = token.i > 0 and bool(token.whitespace_) and bool(token.doc[token.i - 1].whitespace_)
    return spaced and token.text in DASHES
