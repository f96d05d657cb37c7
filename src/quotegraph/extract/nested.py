"""Reports nested in another attribution's content that are part of that content, not attributions of their own.

- A labelled turn (``SMITH: Jones said we agreed.``, a transcript line or a headline's ``Name: ...``) is all the
  labelled speaker's words: a reporting verb inside it belongs to that speech. The corpora mark the turn, not the
  report within it (on PolNeAR train, about one in ten such nested reports matched a gold quote).
- A gerund report inside an object content (``Lee blamed the paper for reporting that the mayor had quit``) says
  why or how the outer act was done: the object content already carries it, and the gerund's speaker is seldom
  the outer subject the parser would give it (on PolNeAR train, about one in four matched a gold quote).

Quotations are always kept: their marks make them quotes of their own.
"""

from __future__ import annotations

from quotegraph.extract.candidates import Candidate, DocIndex


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def outside_labels(found: list[Candidate], labels: list[Candidate]) -> list[Candidate]:
    """``found`` less the reports whose cue lies inside a speaker label's turn."""
    turns = [c.content for c in labels]
    return [c for c in found if c.type == "direct" or c.cue is None or not _inside(c.cue[0], turns)]


def outside_objects(index: DocIndex, found: list[Candidate]) -> list[Candidate]:
    """``found`` less the gerund clause reports whose cue lies inside another attribution's object content."""
    objects = [c.content for c in found if c.rule == "verb_object"]
    doc = index.doc

    def nested_gerund(cand: Candidate) -> bool:
        if cand.rule != "verb_clause" or cand.cue is None or cand.cue_token is None:
            return False
        return doc[cand.cue_token].tag_ == "VBG" and _inside(cand.cue[0], objects)

    return [c for c in found if not nested_gerund(c)]
