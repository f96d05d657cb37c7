"""Turning a stretch of tokens into a content span, and typing it direct / indirect / mixed from the quote marks.

Span convention (see the gold format): content enclosed in quotation marks excludes the outer marks; indirect
content excludes a leading complementiser ("that") and trailing punctuation; mixed content keeps its inner marks.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.dashes import glued_hyphen
from quotegraph.extract.quotes import QuotedSpan
from quotegraph.extract.titles import is_nickname

_TRAILING = set(".,;:—–-!") | {"\u2026"}
_LEADING_MARKERS = {"that", ",", ":", "—", "–", "-"}


def token_span(tokens: Iterable[Token]) -> tuple[int, int] | None:
    """Character offsets covering ``tokens`` (first token start to last token end), or None when empty.

    A conjunction or an unopened closing bracket left at the end (the parser hung the next clause's "and" or the
    bracket of an aside on the last word) is no part of the span, nor the start of a hyphenated word whose end lies
    outside it (""A," co-author X told": the parser hung "co" and "-" on the quotation's verb).
    """
    toks = sorted(tokens, key=lambda t: t.i)
    toks = [t for t in toks if not t.is_space]
    held = {t.i for t in toks}
    while toks and (toks[-1].pos_ == "CCONJ" or _unopened(toks) or _word_cut(toks[-1], held)):
        held.discard(toks.pop().i)
    if not toks:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _word_cut(token: Token, held: set[int]) -> bool:
    """Whether a token is glued by a hyphen to the token after it, which ``held`` lacks ("co" and "-" of
    "co-author")."""
    after = token.i + 1
    if after >= len(token.doc) or after in held or token.whitespace_:
        return False
    return glued_hyphen(token) or glued_hyphen(token.doc[after])


def _unopened(toks: list[Token]) -> bool:
    """The last token closes a bracket that no token of the span opened."""
    return toks[-1].text == ")" and sum(t.text == "(" for t in toks) < sum(t.text == ")" for t in toks)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip whitespace, a leading complementiser or separator, and trailing punctuation."""
    changed = True
    while changed and start < end:
        changed = False
        while start < end and text[start].isspace():
            start, changed = start + 1, True
        for marker in _LEADING_MARKERS:
            after = start + len(marker)
            if text.startswith(marker, start) and (marker != "that" or (after < end and text[after].isspace())):
                start, changed = after, True
        while end > start and (text[end - 1].isspace() or text[end - 1] in _TRAILING):
            end, changed = end - 1, True
    return start, end


def with_subject_that(index: DocIndex, candidates: list[Candidate]) -> None:
    """Give back a content the "that" that ``trim`` took from it when the word is the clause's subject, not its
    complementiser, an auxiliary or copula right after it ("X said that was far too late": what X said was "that was
    far too late"; the parser may read "that talks on A were B" as "that" and a verb)."""
    for cand in candidates:
        start, end = cand.content
        at = index.token_at_or_after(start)
        before = index.doc[at - 1] if 0 < at < len(index.doc) else None
        if (
            before is None
            or index.token_starts[at] != start
            or before.lower_ != "that"
            or before.dep_ not in {"nsubj", "nsubjpass"}
            or before.tag_ == "WDT"  # a relative pronoun: "a treatment that has been described as B"
            or index.doc[at].pos_ != "AUX"  # "that was", "that would": not "that talks on A were" misread
            or not start <= before.head.idx < end
        ):
            continue
        cand.content = (before.idx, end)


def typed_content(index: DocIndex, start: int, end: int) -> tuple[str, tuple[int, int]]:
    """Type a content span by the quote marks it overlaps and adjust its edges to the span convention.

    Args:
        index: The Doc's shared lookups (quotes).
        start: Content start offset (already trimmed).
        end: Content end offset (already trimmed).

    Returns:
        ``(type, (start, end))``. A mixed quote's quoted pieces lie inside its span and are not returned as
        fragments: in the gold format fragments are the pieces of a discontinuous quote, and scorers read them
        instead of the span.
    """
    text = index.text
    quotes = [q for q in index.quotes_within(start, end) if not is_nickname(index, q)]  # alias "Fito": a name
    if not quotes:
        return "indirect", (start, end)
    for quote in quotes:
        if quote.start <= start + 1 and quote.end >= end - 1 and _only_marks_outside(text, quote, start, end):
            return "direct", (quote.start, quote.end)
    first, last = quotes[0], quotes[-1]
    if first.open < start:
        start = first.open
    tail = text[end : last.outer_end]
    if last.outer_end > end and all(not ch.isalnum() for ch in tail):
        end = last.outer_end
    elif last.outer_end > end:
        end = max(end, last.outer_end)
    return "mixed", (start, end)


def _only_marks_outside(text: str, quote: QuotedSpan, start: int, end: int) -> bool:
    q_start, q_end = quote.start, quote.end
    outside = text[min(start, q_start) : q_start] + text[q_end : max(end, q_end)]
    return not any(ch.isalnum() for ch in outside)


def extend_to_reach(index: DocIndex, found: list[Candidate]) -> None:
    """Move each content's end to its ``reach`` (set by the verb stage), once no later stage claims against it."""
    for cand in found:
        if cand.reach is not None and cand.reach > cand.content[1]:
            start, end = trim(index.text, cand.content[0], cand.reach)
            cand.type, cand.content = typed_content(index, start, end)
