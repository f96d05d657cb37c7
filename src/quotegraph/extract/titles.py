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

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.quotes import QuotedSpan

_WORD = re.compile(r"[^\W_][\w'\u2019-]*")
_POSSESSIVE = ("'s", "\u2019s")
_EDGE = " \t\n,:;.\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e"
# Words this long are capitalised in a title (shorter ones may be articles, prepositions or conjunctions).
_LONG_WORD = 5
_NICKNAME_WORDS = 3  # the most words a nickname in quotation marks holds


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
