"""Linking the tagger's content, source and cue spans into attributions, by position in the text.

A content span takes the cue nearest to it (a cue right before or after it, unless a sentence ends between them and
no quotation opens the content, then one inside it, as in an interrupted quote, then the nearest in its paragraph,
or one that ends the paragraph before with a colon, as in "X added:"); the attribution's source is the source span
nearest to that cue on the same side of the content.
Pure functions over character offsets.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from quotegraph.extract.learned.nearby import Nearby

Char = tuple[int, int]

_NEAR = 3  # characters between a span and an adjacent cue: ", " or ": "
_FAR = 400  # beyond this many characters a cue or source is not linked
_CLAUSE_WORDS = 6  # words between a cue and its content within one clause ("tweeted early on Monday that")
_BREAKS = set('.!?;"\u201c\u201d\n')
_OPENING = ": \n\"\u201c\u2018'"  # what may lie between a cue's colon and the content it introduces
_JOINS = {"and", "but", "or", "while", "because", "although", "though"}  # a new clause, with its own cue
# A sentence ends between a cue and an unquoted content that touch ("..., the agency reported. Analysts said A,
# ..."): the cue is the last sentence's, however near. A quotation after the break may still be its ("A," Lee said.
# "B.").
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+$")


@dataclass(frozen=True)
class Linked:
    """One attribution as character spans: content, cue (or None) and source mention (or None)."""

    content: Char
    cue: Char | None
    source: Char | None
    score: float = 1.0


class _Paragraphs:
    def __init__(self, text: str) -> None:
        self.starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def of(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1


def _gap(a: Char, b: Char) -> int:
    """Characters between two spans (0 when they touch or overlap)."""
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def _inside(inner: Char, outer: Char) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _cue_cost(content: Char, cue: Char, text: str) -> float:
    """Lower is better: adjacent cues first, then cues inside the content, then the nearest."""
    if _inside(cue, content):
        return 50.0 + (cue[0] - content[0]) / 1000
    gap = _gap(content, cue)
    between = text[min(content[1], cue[1]) : max(content[0], cue[0])] if gap else ""
    if (gap <= _NEAR and not _SENTENCE_END.search(between)) or between.strip() in {"", ",", ":", "that", ", that"}:
        return float(gap)
    if _same_clause(between):
        return 20.0 + gap / 100
    return 100.0 + gap


def _same_clause(between: str) -> bool:
    """A few words with no sentence break or quotation mark between a cue and its content: a time or an
    addressee after the cue ("noted Friday that", "told reporters that"), the source before a cue after the
    content ("…, Mr. Barrett said")."""
    words = between.lower().replace(",", " ").split()
    return len(words) <= _CLAUSE_WORDS and not any(ch in _BREAKS for ch in between) and not _JOINS & set(words)


def _pick_cue(content: Char, cues: Nearby, text: str, paras: _Paragraphs) -> Char | None:
    para = paras.of(content[0]), paras.of(max(content[0], content[1] - 1))
    best: tuple[float, Char] | None = None
    for cue in cues.near(content, _FAR):
        near = para[0] - 1 <= paras.of(cue[0]) <= para[1] + 1
        if not (near or _introduces(text, cue, content)):
            continue
        if _inside(content, cue) or (not _inside(cue, content) and min(cue[1], content[1]) > max(cue[0], content[0])):
            continue
        cost = _cue_cost(content, cue, text)
        if best is None or cost < best[0]:
            best = (cost, cue)
    return best[1] if best else None


def _introduces(text: str, cue: Char, content: Char) -> bool:
    """A cue that ends its paragraph with a colon before the content ("Limbaugh added:", blank line, quote)."""
    if cue[1] > content[0] or text[cue[1] : content[0]].strip(_OPENING):
        return False
    return text[cue[0] : content[0]].rstrip(_OPENING[1:]).endswith(":")


def _pick_source(content: Char, cue: Char | None, sources: Nearby, paras: _Paragraphs) -> Char | None:
    anchor = cue or content
    cue_inside = cue is not None and _inside(cue, content)
    best: tuple[float, Char] | None = None
    for source in sources.near(anchor, _FAR):
        in_content = _inside(source, content)
        if in_content and not cue_inside:
            continue
        if paras.of(source[0]) not in (paras.of(anchor[0]), paras.of(anchor[0]) - 1):
            continue
        cost = _gap(anchor, source) + (500 if paras.of(source[0]) != paras.of(anchor[0]) else 0)
        if cue is not None and cue[1] <= content[0] and source[0] >= content[1]:
            cost += 100  # a cue before its content speaks for the subject before it, not a name after the content
        if best is None or cost < best[0]:
            best = (cost, source)
    return best[1] if best else None


def link(text: str, contents: list[Char], sources: list[Char], cues: list[Char]) -> list[Linked]:
    """Join spans into attributions: one per content span.

    Args:
        text: The article text.
        contents: Content spans.
        sources: Source (speaker mention) spans.
        cues: Cue spans.

    Returns:
        One ``Linked`` per content span, in text order.
    """
    paras = _Paragraphs(text)
    near_cues, near_sources = Nearby(cues), Nearby(sources)
    out = []
    for content in sorted(contents):
        cue = _pick_cue(content, near_cues, text, paras)
        out.append(Linked(content, cue, _pick_source(content, cue, near_sources, paras)))
    return out
