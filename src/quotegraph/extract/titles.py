"""Quoted titles of works and programmes: names in quotation marks, not speech.

News text puts the titles of shows, books and podcasts in quotation marks (``said on ABC's "This Week"``, ``in
her memoir, "Hard Roads."``, ``the "Stay Strong" hat``). A quote rule that takes the nearest cue (``X said on``)
or the speaker of a quote nearby (floating quotes) would make such a title a direct quote. A quoted span is read
as a title when its words are in title case and the word right before its opening mark is a possessive or a
title opener (``book``, ``show``, ``on``), or the word right after its closing mark a title follower (``star``,
``hat``); both lists are language data (``cue_phrases.tsv``). On PolNeAR train this drops 18 direct quotes, one of
which matched a gold quote (it had borrowed its speaker, as a floating quote, from the title after it). A nickname
after a word that opens one (Jose Adolfo Macias, alias "Fito") is a name too, and makes no report mixed.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.quotes import QuotedSpan

_WORD = re.compile(r"[^\W_][\w'\u2019-]*")
_THEN_THAT = re.compile(r"(?:,?\s+on\s+\w+)?\s+that\s")  # after a title: "that", or "on Sunday that"
_POSSESSIVE = ("'s", "\u2019s")
_EDGE = " \t\n,:;.\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e"
# Words this long are capitalised in a title (shorter ones may be articles, prepositions or conjunctions).
_LONG_WORD = 5
_NICKNAME_WORDS = 3  # the most words a nickname in quotation marks holds
_OWNER_WORDS = 4  # the most words of a programme's owner's name before its possessive ("Fox News Channel's")


def _title_case(text: str) -> bool:
    """Two or more words, the first, every long one and at least half of them capitalised, and no exclamation or
    question at the end."""
    words = _WORD.findall(text)
    if len(words) < 2 or text.rstrip(_EDGE).endswith(("!", "?")):
        return False
    capitalised = [w for w in words if w[0].isupper() or w[0].isdigit()]
    return (
        words[0] in capitalised
        and 2 * len(capitalised) >= max(len(words), 4)
        and all(w in capitalised for w in words if len(w) >= _LONG_WORD)
    )


def is_title(index: DocIndex, quote: QuotedSpan) -> bool:
    """True when the quoted span names a work or programme (see module docstring)."""
    if not _title_case(index.text[quote.start : quote.end]):
        return False
    before = index.text[: quote.open].rstrip(_EDGE).split()
    after = index.text[quote.outer_end :].lstrip(_EDGE).split()
    last = before[-1].lower() if before else ""
    following = after[0].lower().rstrip(_EDGE) if after else ""
    lang = index.lang
    return last.endswith(_POSSESSIVE) or last in lang.title_openers or following in lang.title_followers


def is_nickname(index: DocIndex, quote: QuotedSpan) -> bool:
    """True when the quoted span is a name given after a word that opens one (``name_openers``: Jose Adolfo Macias,
    alias "Fito"): up to three words, the first capitalised."""
    words = _WORD.findall(index.text[quote.start : quote.end])
    before = index.text[: quote.open].rstrip(_EDGE).split()
    opener = before[-1].lower() if before else ""
    return 0 < len(words) <= _NICKNAME_WORDS and words[0][0].isupper() and opener in index.lang.name_openers


def not_titles(index: DocIndex, found: list[Candidate]) -> list[Candidate]:
    """``found`` less the direct quotes that are titles of works or programmes, or nicknames (see module
    docstring)."""

    def title(cand: Candidate) -> bool:
        quote = index.quote_at(cand.content[0])
        return cand.type == "direct" and quote is not None and (is_title(index, quote) or is_nickname(index, quote))

    return [c for c in found if not title(c)]


def with_programme_title(index: DocIndex, tokens: list[Token]) -> list[Token]:
    """A medium's name grown over the quoted title of the programme it owns (``NBC's "Meet the Press"``), or through
    the end of a title it stops inside (``ABC's "This Week | With George Stephanopoulos"``), or the title a word of
    which the parser took for the medium grown over its owner (``CNN's "State of the Union,"``), marks included; the
    name as given otherwise."""
    doc = tokens[0].doc
    begin, stop = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    quote = next(iter(index.quotes_within(begin, stop)), None)
    start = tokens[0].i
    if quote is None:
        after = tokens[-1].i + 1
        if after + 1 >= len(doc) or doc[after].text not in _POSSESSIVE:
            return tokens
        quote = index.quote_at(doc[after + 1].idx)
        if quote is None or quote.open != doc[after + 1].idx:
            return tokens
    elif quote.start <= begin:  # a word of the title: the title, with its owner's name before its possessive
        start = index.token_at_or_after(quote.open)
        if start >= 2 and doc[start - 1].text in _POSSESSIVE:
            owner = start - 1
            start = owner
            while start > 0 and doc[start - 1].pos_ == "PROPN" and owner - start < _OWNER_WORDS:
                start -= 1
    if not quote.closed or not is_title(index, quote):
        return tokens
    return list(doc[start : max(index.token_at_or_after(quote.outer_end), tokens[-1].i + 1)])


def past_leading_title(index: DocIndex, start: int, end: int) -> int:
    """Where a content starts past the programme's title the parser read into it (``said on NBC's "Meet the Press"
    that A``, "Meet" read as a verb): the end of a title quote (``is_title``) that opens the span and is followed by
    "that", or a day and "that" ("on Sunday that"); ``start`` otherwise."""
    quote = index.quote_at(start) or _owned_title(index, start)
    if quote is None or start > quote.start or not quote.closed or quote.outer_end >= end or not is_title(index, quote):
        return start  # (a span may open inside a mark of two characters, '')
    then_that = _THEN_THAT.match(index.text, quote.outer_end)
    return then_that.end() - len("that ") if then_that else start


def _owned_title(index: DocIndex, start: int) -> QuotedSpan | None:
    """The quoted title right after the owner's name and possessive that open a span (``CBS's "Face the Nation"``,
    which the parser read as a clause when it took "Face" for a verb), or None."""
    doc = index.doc
    owner = index.token_at_or_after(start)
    after = owner
    while after < len(doc) and doc[after].pos_ == "PROPN" and after - owner < _OWNER_WORDS:
        after += 1
    if after == owner or after + 1 >= len(doc) or doc[after].text not in _POSSESSIVE:
        return None
    quote = index.quote_at(doc[after + 1].idx)
    return quote if quote is not None and quote.open == doc[after + 1].idx else None


def in_title(index: DocIndex, token: Token) -> bool:
    """Whether a word lies inside the quoted title of a work or programme (``is_title``: "Fox News Sunday")."""
    quote = index.quote_at(token.idx)
    return quote is not None and quote.start <= token.idx < quote.end and is_title(index, quote)
