"""Cutting an article's text into runs for highlighting: each run knows which attributions cover it, and how.

Spans may overlap (a speaker named inside another speaker's quote), so the text is cut at every span edge
and each run carries all the marks covering it; pure, no I/O.
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass

from quotegraph.web.schemas import AttributionPublic

#: Mark kinds, most specific first: a run shows the first kind any of its marks has.
KINDS = ("speaker", "cue", "quote")
#: Colour classes in the stylesheet (``sp-0`` … ``sp-9``); speakers past ten reuse them.
PALETTE_SIZE = 10


@dataclass(frozen=True)
class Mark:
    """One attribution covering a run: its index in the article's list and the kind of span."""

    index: int
    kind: str


@dataclass(frozen=True)
class Run:
    """A stretch of text and the marks covering it (none for plain text)."""

    text: str
    marks: tuple[Mark, ...] = ()

    @property
    def kind(self) -> str | None:
        """The most specific kind among the marks, or None."""
        kinds = {m.kind for m in self.marks}
        return next((k for k in KINDS if k in kinds), None)

    @property
    def lead(self) -> int | None:
        """The attribution whose colour the run takes: the first with the run's kind."""
        return next((m.index for m in self.marks if m.kind == self.kind), None)

    @property
    def indices(self) -> list[int]:
        """Every attribution covering the run, in order."""
        return sorted({m.index for m in self.marks})


def speaker_colours(attributions: list[AttributionPublic]) -> dict[str | None, int]:
    """Return a colour index per speaker name in order of first appearance (no name: -1)."""
    colours: dict[str | None, int] = {None: -1}
    for a in attributions:
        if a.speaker.name not in colours:
            colours[a.speaker.name] = (len(colours) - 1) % PALETTE_SIZE
    return colours


def _spans(a: AttributionPublic) -> list[tuple[int, int, str]]:
    found = [(s.start, s.end, "quote") for s in (a.content, *a.fragments)]
    found += [(m.start, m.end, "speaker") for m in a.speaker.mentions]
    if a.cue:
        found.append((a.cue.start, a.cue.end, "cue"))
    return found


def runs(text: str, attributions: list[AttributionPublic]) -> list[Run]:
    """Cut text at every span edge of the attributions.

    Args:
        text: The article text.
        attributions: Its attributions; spans outside the text are clipped to it.

    Returns:
        Runs that join back into ``text``, each with the marks covering it.
    """
    opens: dict[int, list[Mark]] = {}
    closes: dict[int, list[Mark]] = {}
    for index, a in enumerate(attributions):
        for start, end, kind in _spans(a):
            start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
            if start < end:
                opens.setdefault(start, []).append(Mark(index, kind))
                closes.setdefault(end, []).append(Mark(index, kind))
    edges = sorted({0, len(text), *opens, *closes})
    active: Counter[Mark] = Counter()
    found = []
    for start, end in itertools.pairwise(edges):
        active.subtract(closes.get(start, ()))
        active.update(opens.get(start, ()))
        marks = tuple(sorted((m for m, n in active.items() if n > 0), key=lambda m: (m.index, KINDS.index(m.kind))))
        found.append(Run(text[start:end], marks))
    return found


def tooltip(a: AttributionPublic) -> str:
    """Return one line describing an attribution: speaker, role, type, venue, via, date and confidence."""
    parts = [a.speaker.name or "unknown speaker"]
    if a.speaker.role:
        parts.append(a.speaker.role.value)
    parts.append(f"{a.type} quote")
    if a.venue:
        parts.append(f"venue: {a.venue.value}")
    if a.via:
        parts.append("via " + " > ".join(v.value for v in a.via))
    if a.said_on:
        parts.append(f"said {a.said_on.value}")
    elif a.date:
        parts.append(a.date)
    parts.append(f"confidence {a.confidence:.2f}")
    return " · ".join(parts)
