"""Reports quoted "as saying" them, in fast mode: "The Kremlin quoted Putin as saying A" is Putin's report of A.

The fast tagger, trained on PolNeAR (which marks the quoting source's content, "Putin as saying A", the 5 times its
train split has the construction), links the content to the quoting source or to a source near "saying". Without a
parse, the construction is read from the words: a quoting verb (``via_verbs``, inflected), the person quoted, and
"as" with a cue verb's -ing form; in the passive ("Lavrov was quoted by Interfax as saying A") the person quoted
is the source tagged before the verb. A content tagged for the person quoted is dropped. Accurate and rules mode
read the same from the parse (``relayed.quoting_verb``). A quotation the construction follows ('"A," Lavrov was
quoted as saying by RIA') is the person quoted's too (``quoted_after``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from quotegraph.extract.candidates import DocIndex
from quotegraph.extract.learned.linking import Linked

_WORD = re.compile(r"[A-Za-z]+")
# after a quoting verb: an optional "by", the words between (the person quoted, or the quoting source after "by"),
# "as", the -ing form, then the separators before the content
_AS_SAYING = re.compile(
    r"(?P<by>\s+by)?\s+(?P<between>[^.;:!?\n\"“”]{1,100}?)\s+as\s+(?P<verb>[a-z]+ing)\b(?P<lead>[\s,:]*)"
)
# after a quoting verb: an optional "by" phrase, then "as" and the -ing form ("quoted by Y as saying")
_BY_AS = re.compile(r"(?:\s+by\s+[^.;:!?\n\"“”]{1,60}?)?\s+as\s+(?P<verb>[a-z]+ing)\b")
# after a quoting verb: the person quoted, then "as" and the -ing form ("quoted X as saying")
_PERSON_AS = re.compile(r"\s+(?P<person>[A-Z][^.;:!?\n\"“”,]{0,60}?)\s+as\s+(?P<verb>[a-z]+ing)\b")
_LEAD = re.compile(r"[\s,]*")
_PASSIVE = re.compile(r"\b(?:is|are|was|were|been|being)\s+$", re.IGNORECASE)
_REACH = 160  # characters before a content's start the quoting verb may stand
_SUBJECT_REACH = 40  # characters between the passive's subject and its quoting verb, at the most


def quoted_as(index: DocIndex, item: Linked, sources: list[tuple[int, int]]) -> Linked | None:
    """The attribution read as the quoted person's, its cue the -ing form and its content what follows it, when a
    "quoted X as saying" construction ends at or inside its content's start; None when its content is the person
    quoted ("the minister's spokesman, Ed Vance" tagged as the quoting source's content); else ``item``."""
    text, (start, end) = index.text, item.content
    for word in _WORD.finditer(text, max(0, start - _REACH), end):
        if not _relays(index, word.group()):
            continue
        match = _AS_SAYING.match(text, word.end(), min(len(text), end + _REACH))
        if match is None or index.lang.inflected_cue_verb(match["verb"]) is None:
            continue
        passive = match["by"] is not None or bool(_PASSIVE.search(text[max(0, word.start() - 12) : word.start()]))
        if not passive and match.start("between") <= start and end <= match.end("between"):
            return None
        if not start <= match.end() < end:
            continue
        speaker = _subject_before(sources, word.start()) if passive else match.span("between")
        if speaker is None:
            return item
        opening = match.end()
        while opening < end and text[opening] in index.lang.quote_marks.characters:
            opening += 1  # the quotation's words, as a content cut at its marks starts
        return replace(item, content=(opening, end), cue=match.span("verb"), source=speaker)
    return item


def quoted_after(index: DocIndex, linked: list[Linked]) -> list[Linked]:
    """``"A," Lavrov was quoted as saying (by RIA)``, ``"A," Interfax quoted Lavrov as saying``: a quotation the
    construction follows is the person quoted's, its cue the -ing form; what the tagger made a content of the
    construction or of the words after it, up to the sentence's end, is no content. ``linked`` with those read."""
    for quote in index.quotes:
        found = _construction_after(index, quote.outer_end) if quote.closed else None
        if found is None:
            continue
        person, verb, tail = found
        start, end = quote.start, quote.end
        holders = [item for item in linked if item.content[0] < end and item.content[1] > start]
        rest = [item for item in linked if item not in holders and not quote.outer_end <= item.content[0] < tail]
        content = (start, end)
        if holders and holders[0].content[0] > start:
            content = (holders[0].content[0], end)  # the tagger's cut inside the quotation ("A" of "... A")
        score = max((item.score for item in holders), default=1.0)
        linked = [*rest, Linked(content=content, cue=verb, source=person, score=score)]
        # a content the tagger ran on over the construction into the next sentence goes on after it, the same
        # person's ('"A," X was quoted as saying. "B."')
        after = max((item.content[1] for item in holders), default=tail)
        resumed = _first_word(index, tail, after)
        if resumed < after:
            linked.append(Linked(content=(resumed, after), cue=verb, source=person, score=score))
    return linked


def _first_word(index: DocIndex, start: int, end: int) -> int:
    """The offset of the first character after ``start`` that is neither space nor a quotation mark."""
    text, marks = index.text, index.lang.quote_marks.characters
    while start < end and (text[start].isspace() or text[start] in marks):
        start += 1
    return start


def _construction_after(index: DocIndex, at: int) -> tuple[tuple[int, int], tuple[int, int], int] | None:
    """The person quoted, the -ing verb and the sentence end of a quoting construction right after ``at``."""
    text = index.text
    window = text[at : at + _REACH]
    sentence_end = next((at + i + 1 for i, ch in enumerate(window) if ch in ".!?\n"), at + len(window))
    lead = _LEAD.match(text, at)
    first = lead.end() if lead else at
    for word in _WORD.finditer(text, first, sentence_end):
        if not _relays(index, word.group()):
            continue
        passive = _PASSIVE.search(text[first : word.start()])
        if passive is not None and passive.start() > 0:
            match = _BY_AS.match(text, word.end(), sentence_end)
            named = text[first : first + passive.start()].rstrip()
            person = (first, first + len(named))  # "Lavrov was quoted": the words before "was"
        else:
            match = _PERSON_AS.match(text, word.end(), sentence_end)
            person = match.span("person") if match is not None else (0, 0)
        if match is None or index.lang.inflected_cue_verb(match["verb"]) is None:
            return None
        return person, match.span("verb"), sentence_end
    return None


def _relays(index: DocIndex, word: str) -> bool:
    """Whether a word inflects a verb through which an intermediary relays words ("quoted", "cites")."""
    form = word.lower()
    return any(
        form.endswith(suffix) and form[: -len(suffix)] + restore in index.lang.relaying_verbs
        for suffix, restore in (("ed", ""), ("d", ""), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e"))
    )


def _subject_before(sources: list[tuple[int, int]], at: int) -> tuple[int, int] | None:
    """The last tagged source that ends before the passive quoting verb, within a sentence's reach."""
    before = [s for s in sources if s[1] <= at and at - s[1] <= _SUBJECT_REACH]
    return max(before, default=None)
