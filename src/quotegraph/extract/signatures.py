"""Signed quotations: a line that is one quotation followed by a dash and a name (``“…” ― Maria Lopez``).

Pull quotes, reader voices and epigraphs are printed this way: the dash is the cue and the name the speaker. The
line must hold nothing but the quotation, the dash (one of the language's ``speech_dashes``) and a short name in
capitals, so a reporter's sign-off after a sentence that merely ends in a quotation (``…, he said, "…"--Kim Lee.``)
is not read as one: that quotation is not the whole line.
"""

from __future__ import annotations

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.cues import claimed
from quotegraph.extract.quotes import QuotedSpan

_MAX_NAME_WORDS = 5
_NAME_TAGS = {"PROPN", "NOUN", "ADJ", "X"}  # capitalised names the tagger reads as anything nominal


def signed_quotes(index: DocIndex, found: list[Candidate]) -> list[Candidate]:
    """One attribution per line that is a closed quotation signed with a dash and a name (see module docstring)."""
    dashes = sorted(index.lang.quote_marks.speech_dashes, key=len, reverse=True)  # "--" before "-" would match
    out = []
    for quote in index.quotes:
        if not quote.closed or claimed(found, (quote.start, quote.end)) or not _opens_line(index.text, quote):
            continue
        signature = _signature(index, quote, dashes)
        if signature is None:
            continue
        dash, speaker = signature
        out.append(
            Candidate(
                content=(quote.start, quote.end),
                type="direct",
                rule="signed_quote",
                confidence=0.8,
                cue=dash,
                speaker_token=speaker,
            )
        )
    return out


def _opens_line(text: str, quote: QuotedSpan) -> bool:
    line_start = text.rfind("\n", 0, quote.open) + 1
    return not text[line_start : quote.open].strip()


def _signature(index: DocIndex, quote: QuotedSpan, dashes: list[str]) -> tuple[tuple[int, int], int] | None:
    """The dash's span and the name's head token after ``quote``, when the rest of its line is only those."""
    text = index.text
    line_end = text.find("\n", quote.outer_end)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[quote.outer_end : line_end]
    offset = quote.outer_end + len(rest) - len(rest.lstrip())
    dash = next((d for d in dashes if text.startswith(d, offset)), None)
    if dash is None:
        return None
    name_start = offset + len(dash)
    line = index.doc[index.token_at_or_after(name_start) : index.token_at_or_after(line_end)]
    words = [t for t in line if not t.is_space]
    if words and words[-1].text == ".":  # a full stop after the name: "― Ann Lee."
        words.pop()
    if not 1 <= len(words) <= _MAX_NAME_WORDS or words[-1].idx + len(words[-1].text) > line_end:
        return None
    if any(not t.text[:1].isupper() or t.pos_ not in _NAME_TAGS for t in words):
        return None
    return (offset, name_start), words[-1].i
