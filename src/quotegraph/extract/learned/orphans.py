"""Contents for cues the fast tagger tagged beside a source but linked to nothing: the rest of their sentence."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from quotegraph.extract.candidates import DocIndex
from quotegraph.extract.language import LanguageData
from quotegraph.extract.learned.linking import Linked
from quotegraph.extract.learned.nearby import Nearby

#: Where a sentence ends, for a content the tagger missed (the fast pipeline sets no sentence boundaries).
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*(?:\s+|$)|\n")
_ABBREVIATION = re.compile(r"(?:[A-Z][a-z]{0,2}|(?:[A-Z]\.)+[A-Z])\.")
_CONTENT_LEAD = re.compile(r"[\s,:]*(?:that\s+)?")  # what opens the words a cue at a sentence's start reports
_MIN_ORPHAN_WORDS = 3
_BESIDE_REACH = 50  # characters of white space between a source and its cue, at the most
_TAIL_WORDS = 6  # words of when or where after a sentence's closing cue, at the most


def orphan_contents(index: DocIndex, linked: list[Linked], spans: dict[str, list[tuple[int, int]]]) -> list[Linked]:
    """Contents for the cues the tagger tagged beside a source but linked to no content.

    The fast tagger often tags "..., the mayor said." or "The mayor said ..." and misses the unquoted words reported.
    The content is the rest of the sentence: before the pair, up to the comma that ends it, when the pair closes the
    sentence; after it (past a "that") when the pair opens it. One of fewer than three words, one overlapping a
    content already found, and one holding a quotation mark (a quotation the tagger missed is not guessed) are left
    out. PolNeAR dev, polnear convention, exact / partial / end-to-end F1: 47.9 / 73.8 / 60.3 -> 48.6 / 75.3 / 62.0.
    The sentence breaks are found once per article and the spans beside a cue looked up, not scanned: an article of
    2,000 such sentences took 9 s in this step when each cue scanned the text and every source.
    """
    text = index.text
    used = {item.cue for item in linked}
    orphans = [cue for cue in spans["cue"] if cue not in used]
    if not orphans:
        return []
    sources, taken = Nearby(spans["source"]), Nearby([item.content for item in linked])
    breaks = _Breaks(text)
    found: list[Linked] = []
    for cue in orphans:
        source = _beside(text, cue, sources)
        if source is None:
            continue
        pair = (min(source[0], cue[0]), max(source[1], cue[1]))
        content = _rest_of_sentence(text, pair, breaks, index.lang)
        if content is None or len(text[content[0] : content[1]].split()) < _MIN_ORPHAN_WORDS:
            continue
        if any(char in index.lang.quote_marks.unambiguous for char in text[content[0] : content[1]]):
            continue
        overlapping = [other for other in taken.near(content) if other[0] < content[1] and content[0] < other[1]]
        if not overlapping and not any(o.content[0] < content[1] and content[0] < o.content[1] for o in found):
            found.append(Linked(content, cue, source))
    return found


def _beside(text: str, cue: tuple[int, int], sources: Nearby) -> tuple[int, int] | None:
    """The source right before or right after a cue, with only white space between."""
    for source in sources.near(cue, _BESIDE_REACH):
        if (source[1] <= cue[0] and not text[source[1] : cue[0]].strip()) or (
            source[0] >= cue[1] and not text[cue[1] : source[0]].strip()
        ):
            return source
    return None


class _Breaks:
    """Where an article's sentences end (``_sentence_breaks``), found once: the start and end of each break."""

    def __init__(self, text: str) -> None:
        matches = list(_sentence_breaks(text, 0, len(text)))
        self.starts = [m.start() for m in matches]
        self.ends = [m.end() for m in matches]
        self.length = len(text.rstrip())

    def sentence_start(self, before: int) -> int:
        """Where the sentence holding ``before`` starts: the end of the last break that ends by then, else 0."""
        at = bisect.bisect_right(self.ends, before) - 1
        return self.ends[at] if at >= 0 else 0

    def sentence_end(self, after: int) -> int:
        """Where the sentence holding ``after`` ends: the start of the first break at or after it."""
        at = bisect.bisect_left(self.starts, after)
        return self.starts[at] if at < len(self.starts) else self.length


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


def _rest_of_sentence(text: str, pair: tuple[int, int], breaks: _Breaks, lang: LanguageData) -> tuple[int, int] | None:
    """What a source and cue at one end of their sentence report: the words before them up to a comma when they
    end it (a phrase of when or where may follow them: "..., the mayor said on Monday."), the words after them
    (past "that") when they open it; None when they stand inside it."""
    start, end = breaks.sentence_start(pair[0]), breaks.sentence_end(pair[1])
    before, after = text[start : pair[0]].rstrip(), text[pair[1] : end]
    if (not after.strip(" ,.!?") or _when_or_where(after, lang)) and before.endswith(","):
        content = (start, start + len(before) - 1)
    elif not before.strip() or (before.endswith(",") and _apposed(text, pair)):
        # "Lagarde's predecessor, Mario Draghi, warned ...": a description before a source set off by commas
        lead = _CONTENT_LEAD.match(after)
        content = (pair[1] + (lead.end() if lead else 0), end)
    else:
        return None
    while content[0] < content[1] and text[content[0]].isspace():
        content = (content[0] + 1, content[1])
    return content


def _when_or_where(after: str, lang: LanguageData) -> bool:
    """Whether the words after a sentence's closing cue only say when or where it was said: a short phrase opening
    with a preposition of time or place or a day's or month's name ("on Monday", "in a statement", "Tuesday")."""
    words = after.strip(" ,.!?").split()
    opening = words[0].lower() if words else ""
    return 0 < len(words) <= _TAIL_WORDS and (opening in lang.tail_words or opening in lang.calendar_names)


def _apposed(text: str, pair: tuple[int, int]) -> bool:
    """Whether the source of a pair that opens with it is set off by a comma after it ("Mario Draghi, warned")."""
    return "," in text[pair[0] : pair[1]]
