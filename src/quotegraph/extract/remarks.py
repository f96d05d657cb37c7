"""Remarks placed after they are reported: wire copy often gives a statement first and where it was made in a sentence
of its own after it ("Lee said talks were possible. He made the remarks at a news conference marking ..."). Such a
sentence (a ``remark_verb`` with a ``remark_noun`` for its object: "made the remarks", "made the comments") names
the venue of the reports just before it, in its paragraph or the one before, whose speaker it names or takes up with a
pronoun, and the day it names. ``context.py`` asks here before carrying venues and dates over.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.dates import resolve_date
from quotegraph.extract.venues import find_venue
from quotegraph.extract.verb_forms import SUBJECTS
from quotegraph.model import Evidence, Span

_PLACED_CONFIDENCE = 0.7  # a venue placed by a sentence after the report, not beside its cue


def place_remarks(index: DocIndex, candidates: list[Candidate], published: str | None) -> None:
    """Give the venue and the day a remark sentence names to the reports before it that it places (see module
    docstring): "Trump made the comments Friday during a brief appearance at ..." places them on Friday too."""
    lang = index.lang
    for verb in index.doc:
        if verb.lemma_.lower() not in lang.remark_verbs or not _remarks_object(verb, lang.remark_nouns):
            continue
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        if not subjects:
            continue
        venue, day = find_venue(verb, index), _day(verb, published)
        for cand in _placed(index, candidates, verb, subjects[0]):
            if cand.venue is None and venue is not None:
                cand.venue = Evidence(venue.value, venue.span, _PLACED_CONFIDENCE * venue.confidence)
            if cand.said_on is None and day is not None:
                cand.said_on = day


def _day(verb: Token, published: str | None) -> Evidence | None:
    """The day a phrase of the verb's names ("Friday", "on Monday"), read against the publication date."""
    for child in (c for c in verb.children if c.dep_ in {"npadvmod", "prep", "tmod"}):
        words = [t for t in child.subtree if t.ent_type_ == "DATE"]
        written = verb.doc[words[0].i : words[-1].i + 1].text if words else ""
        if words and (value := resolve_date(written, published)) is not None:
            return Evidence(value, Span(words[0].idx, words[0].idx + len(written), written), _PLACED_CONFIDENCE)
    return None


def _remarks_object(verb: Token, nouns: frozenset[str]) -> bool:
    """Whether a verb's object is a remark noun taken up with "the", "these" or a possessive ("the remarks")."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns]
    return any(d.dep_ in {"det", "poss"} and d.lower_ != "a" for o in objects for d in o.children)


def _placed(index: DocIndex, candidates: list[Candidate], verb: Token, subject: Token) -> list[Candidate]:
    """The reports a remark sentence places: those before it, in its paragraph or the one before, of the speaker
    its subject names (a name's last word in the speaker's name) or, for a pronoun, of the last report's speaker."""
    para = index.paragraph_of(verb.idx)
    before = [
        c
        for c in candidates
        if c.name and c.content[1] <= verb.sent.start_char and 0 <= para - index.paragraph_of(c.anchor) <= 1
    ]
    if not before:
        return []
    if subject.pos_ == "PRON":
        name = max(before, key=lambda c: c.anchor).name
    else:
        name = next((c.name for c in reversed(before) if subject.text in (c.name or "").split()), None)
    return [c for c in before if c.name == name]
