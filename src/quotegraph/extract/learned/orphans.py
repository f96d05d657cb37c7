"""Contents for cues the fast tagger tagged beside a source but linked to nothing: the rest of their sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quotegraph.extract.candidates import DocIndex
from quotegraph.extract.learned.linking import Linked

#: Where a sentence ends, for a content the tagger missed (the fast pipeline sets no sentence boundaries).
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*(?:\s+|$)|\n")
_ABBREVIATION = re.compile(r"(?:[A-Z][a-z]{0,2}|(?:[A-Z]\.)+[A-Z])\.")
_CONTENT_LEAD = re.compile(r"[\s,:]*(?:that\s+)?")  # what opens the words a cue at a sentence's start reports
_MIN_ORPHAN_WORDS = 3


def orphan_contents(index: DocIndex, linked: list[Linked], spans: dict[str, list[tuple[int, int]]]) -> list[Linked]:
    """Contents for the cues the tagger tagged beside a source but linked to no content.

    The fast tagger often tags "..., the mayor said." or "The mayor said ..." and misses the unquoted words reported.
    The content is the rest of the sentence: before the pair, up to the comma that ends it, when the pair closes the
    sentence; after it (past a "that") when the pair opens it. One of fewer than three words, one overlapping a
    content already found, and one holding a quotation mark (a quotation the tagger missed is not guessed) are left
    out. PolNeAR dev, polnear convention, exact / partial / end-to-end F1: 47.9 / 73.8 / 60.3 -> 48.5 / 75.2 / 61.9.
    """
    text = index.text
    used = {item.cue for item in linked}
    taken = [item.content for item in linked]
    found = []
    for cue in spans["cue"]:
        source = None if cue in used else _beside(text, cue, spans["source"])
        if source is None:
            continue
        pair = (min(source[0], cue[0]), max(source[1], cue[1]))
        content = _rest_of_sentence(text, pair)
        if content is None or len(text[content[0] : content[1]].split()) < _MIN_ORPHAN_WORDS:
            continue
        if any(char in index.lang.quote_marks.unambiguous for char in text[content[0] : content[1]]):
            continue
        if not any(other[0] < content[1] and content[0] < other[1] for other in taken):
            taken.append(content)
            found.append(Linked(content, cue, source))
    return found


def _beside(text: str, cue: tuple[int, int], sources: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The source right before or right after a cue, with only white space between."""
    for source in sources:
        if (source[1] <= cue[0] and not text[source[1] : cue[0]].strip()) or (
            source[0] >= cue[1] and not text[cue[1] : source[0]].strip()
        ):
            return source
    return None


def _sentence_breaks(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Where sentences end between two offsets: a full stop, question or exclamation mark before a capital (or the
    text's end), not one closing an abbreviation ("Mr.", "U.S."), or a line end."""
    for match in _SENTENCE_BREAK.finditer(text, start, end):
        if match.group() != "\n":
            if text[match.end() : match.end() + 1].islower():
                continue
            if _ABBREVIATION.fullmatch(text[text.rfind(" ", 0, match.start()) + 1 : match.start() + 1]):
                continue
        yield match


def _rest_of_sentence(text: str, pair: tuple[int, int]) -> tuple[int, int] | None:
    """What a source and cue at one end of their sentence report: the words before them up to a comma when they
    end it, the words after them (past "that") when they open it; None when they stand inside it."""
    starts = [m.end() for m in _sentence_breaks(text, 0, pair[0])]
    start = starts[-1] if starts else 0
    end = next((m.start() for m in _sentence_breaks(text, pair[1], len(text))), len(text.rstrip()))
    before, after = text[start : pair[0]].rstrip(), text[pair[1] : end]
    if not after.strip(" ,.!?") and before.endswith(","):
        content = (start, start + len(before) - 1)
    elif not before.strip():
        lead = _CONTENT_LEAD.match(after)
        content = (pair[1] + (lead.end() if lead else 0), end)
    else:
        return None
    while content[0] < content[1] and text[content[0]].isspace():
        content = (content[0] + 1, content[1])
    return content
