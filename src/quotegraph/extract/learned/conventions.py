"""Span conventions: how content spans are cut, chosen by name, applied to the candidates of any finder.

- ``quotegraph`` (the project's own, used by the seed gold): content drops a leading complementiser
  ("that") and separators; a quote interrupted by its attribution (``"A," he said, "B."``) is two quotes;
  unquoted content without a verb ("presented the budget") is not a statement and is dropped.
- ``polnear`` (PolNeAR's annotation guidelines): content keeps a leading "that"; an interrupted quote is
  one quote whose pieces are its ``fragments``.

The learned tagger is trained on PolNeAR and so speaks ``polnear``; the rules speak ``quotegraph``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.content import trim, typed_content
from quotegraph.extract.learned.candidates import has_verb

CONVENTIONS = ("quotegraph", "polnear")
# The gold corpora whose documents follow a convention other than the project's (by their ``source`` key).
CORPUS_CONVENTIONS = {"polnear": "polnear"}
_THAT_BEFORE = re.compile(r"\bthat\s+$", re.IGNORECASE)


def convention_for(corpus: str | None) -> str:
    """The convention a gold corpus is annotated in (``quotegraph`` for unknown corpora)."""
    return CORPUS_CONVENTIONS.get(corpus or "", "quotegraph")


def to_quotegraph(index: DocIndex, candidates: list[Candidate]) -> list[Candidate]:
    """Cut candidates to the project's convention (see module docstring)."""
    out: list[Candidate] = []
    for cand in candidates:
        if cand.rule != "learned":
            out.append(cand)
            continue
        if cand.type == "indirect" and not has_verb(index, cand.content):
            continue
        parts = cand.fragments if cand.fragments else [cand.content]
        for start, end in parts:
            start, end = trim(index.text, start, end)
            if end - start < 2:
                continue
            qtype, span = typed_content(index, start, end)
            out.append(replace(cand, content=span, type=qtype, fragments=[]))
    return out


def to_polnear(index: DocIndex, candidates: list[Candidate]) -> list[Candidate]:
    """Cut candidates to PolNeAR's convention (see module docstring)."""
    out: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: c.content):
        if cand.rule == "learned":
            out.append(cand)
            continue
        start, end = cand.content
        before = index.text[max(0, start - 12) : start]
        match = _THAT_BEFORE.search(before) if cand.type != "direct" else None
        if match:
            start -= len(before) - match.start()
        cand = replace(cand, content=(start, end))
        previous = out[-1] if out else None
        if previous is not None and _interrupted(index, previous, cand):
            out[-1] = replace(previous, content=(previous.content[0], end), fragments=[previous.content, cand.content])
            continue
        out.append(cand)
    return out


def _interrupted(index: DocIndex, first: Candidate, second: Candidate) -> bool:
    """``"A," he said, "B."``: two direct quotes of one cue with only the attribution between them."""
    if first.rule == "learned" or first.cue is None or first.cue != second.cue or first.type != "direct":
        return False
    between = index.text[first.content[1] : second.content[0]]
    return first.content[1] <= first.cue[0] < second.content[0] and "\n" not in between and len(between) < 80


APPLY: dict[str, Callable[[DocIndex, list[Candidate]], list[Candidate]]] = {
    "quotegraph": to_quotegraph,
    "polnear": to_polnear,
}
