"""Datelines: where a wire paragraph's dateline ends ("CAIRO (Reuters) -", "PORTO ALEGRE, Brazil -"), which the
recogniser and the parser run into names, titles and clauses; readings of a parse, and of a paragraph's opening words
without one (fast mode)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from quotegraph.extract.dashes import DASHES, glued_hyphen

if TYPE_CHECKING:
    from quotegraph.extract.candidates import DocIndex

DATELINE_WORDS = 10  # "CLEVELAND, July 19 (UPI) —": where a dateline's dash may fall


def dateline_dash(word: Token) -> int | None:
    """The index of the dash that ends the dateline ``word`` opens (``CAIRO (Reuters) -``), or None when ``word``
    opens none: a dateline opens its sentence with a word in capitals and ends at a dash a few words on."""
    doc = word.doc
    if not _opens_paragraph(word) and word.i != word.sent.start:
        return None  # the parser may run a headline into the dateline's sentence, or end one inside it (a paragraph's
        # first word needs no parse: fast mode has none)
    following = []
    for token in doc[word.i + 1 : min(word.i + DATELINE_WORDS, len(doc))]:
        if token.is_space and "\n" in token.text:
            break
        following.append(token)
    return opening_dash(word, following)


def after_dateline(toks: list[Token]) -> list[Token]:
    """A clause without the dateline the parser ran into it ("SEOUL (Yonhap) -- North Korea fired ..., the
    military said", or begun inside it: "(Reuters) - North Korea fired"), as PolNeAR marks it."""
    if not toks:
        return toks
    first = min(toks, key=lambda t: t.i)
    opener = paragraph_opener(first)
    dash = dateline_dash(opener) if opener is not None else None
    return toks if dash is None or dash < first.i else [t for t in toks if t.i > dash]


def past_dateline(index: DocIndex, span: tuple[int, int]) -> tuple[int, int]:
    """A character span (a content or source, with or without a parse) that opens a paragraph with its dateline, or
    begins inside one (``ATHENS (Reuters) - At least 12 people were killed ..., police said``, ``Reuters) - Kenyan
    President William Ruto``), starts after the dateline's dash."""
    doc = index.doc
    first = index.token_at_or_after(span[0])
    opener = paragraph_opener(doc[first]) if first < len(doc) else None
    dash = dateline_dash(opener) if opener is not None else None
    if dash is None or dash < first or dash + 1 >= len(doc) or doc[dash + 1].idx >= span[1]:
        return span
    return doc[dash + 1].idx, span[1]


def in_dateline(token: Token) -> bool:
    """Whether a word lies in its paragraph's dateline, before the dash (``AUSTIN, Texas (Reuters) -``)."""
    opener = paragraph_opener(token)
    dash = dateline_dash(opener) if opener is not None else None
    return dash is not None and token.i < dash


def paragraph_opener(token: Token) -> Token | None:
    """The word that opens the paragraph of ``token`` when it lies a dateline's reach before it (``DATELINE_WORDS``):
    "SEOUL" of a content the parser began at "(Reuters) - North Korea fired"."""
    doc, k = token.doc, token.i
    while k > 0 and token.i - k < DATELINE_WORDS and not _opens_paragraph(doc[k]):
        k -= 1
    return doc[k] if _opens_paragraph(doc[k]) else None


def _opens_paragraph(token: Token) -> bool:
    doc = token.doc
    return token.i == 0 or (doc[token.i - 1].is_space and "\n" in doc[token.i - 1].text)


def opens_dateline(token: Token) -> bool:
    """A word in capitals that opens a paragraph, as a dateline's place does ("SEATTLE", "NEW YORK")."""
    return _opens_paragraph(token) and _in_capitals(token)


def _in_capitals(word: Token) -> bool:
    return word.text.isupper() and word.text.isalpha() and len(word.text) > 1


def opening_dash(word: Token, following: Iterable[Token]) -> int | None:
    """The index of the first dash among the words ``following`` a word in capitals that may open a dateline, or of
    the dash after an agency's name in brackets that opens one without a place ("(Reuters) - People with ..."), or
    None."""
    if word.text == "(":
        after = list(following)[:3]
        agency = len(after) == 3 and after[0].text[:1].isupper() and after[1].text == ")"
        return after[2].i if agency and after[2].text in DASHES else None
    if not _in_capitals(word):
        return None
    return next((t.i for t in following if t.text in DASHES and not glued_hyphen(t)), None)  # not "Ex-CIA"
