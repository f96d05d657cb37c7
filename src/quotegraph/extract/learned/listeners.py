"""Listeners and occasions before "that", in fast mode: "told a briefing in Moscow that A" reports A.

The fast tagger often starts the content of a verb of telling at the verb's object ("told [The Associated Press in a
phone interview that funding had run out]"), and the content after a cue that ends in a preposition at the
preposition's object ("said in a statement on [its website that the ambassador had been summoned]"). Such a content
starts at its "that" (which the ``quotegraph`` convention then drops), when the "that" comes within ``_REACH`` words
and no quotation mark or sentence end lies before it; after a preposition only where the cue is a verb of speech,
writing or telling (a determiner the tagger ran into the cue after the preposition, "warned in a", is left out). The
forms of telling verbs and irregular ones of speech are language data (``telling_form``, ``speech_form`` in the cue
phrases); accurate and rules mode read the listener from the parse.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quotegraph.extract.candidates import DocIndex
from quotegraph.extract.learned.linking import Linked

_REACH = 10  # words before the "that", at the most
_THAT = re.compile(r"\bthat\b")
_PREPOSITIONS = frozenset({"on", "in", "at", "to", "during"})  # not "with": "agreed with X that" (PolNeAR keeps X)
_GAP = 2  # characters between a cue and the content it opens, at the most (or one preposition)


def after_listener(index: DocIndex, item: Linked) -> Linked:
    """The attribution with its content started at the "that" after a telling cue's listener or a prepositional
    cue's object (see the module's docstring), else ``item``."""
    text, (start, end) = index.text, item.content
    if item.cue is None or start < item.cue[1]:
        return item
    gap = text[item.cue[1] : start].split()  # a preposition the tagger left out of both: "said [in] his memoir"
    if len(gap) > 1 or (gap and gap[0].lower() not in _PREPOSITIONS) or (not gap and start - item.cue[1] > _GAP):
        return item
    cue_words = text[item.cue[0] : item.cue[1]].lower().split() + [w.lower() for w in gap]
    while len(cue_words) > 2 and cue_words[-1] in index.lang.determiners:
        cue_words.pop()  # "warned in a [speech in Madrid that A]": the tagger cut the cue inside the occasion
    if not cue_words or not (cue_words[-1] in index.lang.telling_forms or _spoken_at(index, cue_words)):
        return item
    that = _THAT.search(text, start, end)
    if that is None or that.start() == start:
        return item
    before = text[start : that.start()]
    if len(before.split()) > _REACH or any(ch in ".!?;:" for ch in before) or index.quotes_within(start, that.start()):
        return item
    return replace(item, content=(that.start(), end))


def _spoken_at(index: DocIndex, cue_words: list[str]) -> bool:
    """Whether a cue is a form of saying, writing or telling followed by a preposition ("said in", "wrote on",
    "warned in"): its object is an occasion or listener. Not "referring to", "pointing to", "focused on" or
    "commented on", whose objects ("reports that ...", "the elections that sparked the violence") are what was spoken
    of."""
    if len(cue_words) < 2 or cue_words[-1] not in _PREPOSITIONS:
        return False
    return cue_words[0] in index.lang.speech_forms or cue_words[0] in index.lang.telling_forms
