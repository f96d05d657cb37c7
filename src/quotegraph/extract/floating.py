"""Floating quotes: a quoted sentence with no cue of its own takes the speaker of the nearest attributed quote in its
paragraph (or the paragraph before), as in the Gender Gap Tracker's heuristics (Asr et al., 2021); a quotation left
open at its paragraph's end goes on in the next (news style opens every paragraph of a long quotation and closes
only the last)."""

from __future__ import annotations

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.cues import claimed
from quotegraph.extract.quotes import QuotedSpan

_MIN_WORDS = 4  # a shorter quoted sentence standing alone is more often a title or a slogan than speech
_MAX_ATTRIBUTION_WORDS = 24  # the attribution between a quote and the short sentence that continues it
_SENTENCE_END = " .!?"  # all that may stand between a reported sentence and the quotation going on from it


def _looks_like_speech(index: DocIndex, quote: QuotedSpan, found: list[Candidate]) -> bool:
    words = index.text[quote.start : quote.end].split()
    if not words or not words[0][:1].isupper():
        return False
    return len(words) >= _MIN_WORDS or _continues_quote(index, quote, found)


def _continues_quote(index: DocIndex, quote: QuotedSpan, found: list[Candidate]) -> bool:
    """``"A," X said. "Big time."``: a quoted sentence of any length right after the attribution that follows a
    quote is that speaker's next sentence."""
    text = index.text
    for cand in found:
        if cand.type not in {"direct", "mixed"} or cand.cue is None or cand.speaker_token is None:
            continue
        end, (cue_start, cue_end) = cand.content[1], cand.cue
        if not end <= cue_start < cue_end <= quote.open:
            continue
        between = text[cue_end : quote.open]
        closing = between.rstrip()
        if (
            closing.endswith(".")
            and "\n" not in text[end : quote.open]
            and not any(mark in between for mark in index.lang.quote_marks.unambiguous)
            and len(text[end : quote.open].split()) <= _MAX_ATTRIBUTION_WORDS
        ):
            return True
    return False


def floating_quotes(index: DocIndex, found: list[Candidate]) -> list[Candidate]:
    """Quoted sentences no stage attributed, each with the cue and speaker of the nearest attributed quote."""
    out: list[Candidate] = []
    running: list[Candidate] = []  # those of a quotation left open at its paragraph's end, which the next goes on
    for quote in index.quotes:
        if claimed(found, (quote.start, quote.end)) or not _looks_like_speech(index, quote, found):
            continue
        source = _nearest_quote_attribution(index, found + running, quote)
        if source is None:
            continue
        cand = Candidate(
            content=(quote.start, quote.end),
            type="direct",
            rule="floating_quote",
            confidence=0.8 * source.confidence,
            cue=source.cue,
            cue_token=source.cue_token,
            speaker_token=source.speaker_token,
            antecedent=source.antecedent,
            inherited_from=source,
        )
        out.append(cand)
        if not quote.closed:
            running.append(cand)
    return out


def _nearest_quote_attribution(index: DocIndex, found: list[Candidate], quote: QuotedSpan) -> Candidate | None:
    para = index.paragraph_of(quote.open)
    quoted = [c for c in found if c.type in {"direct", "mixed"} and c.speaker_token is not None]
    if not quote.closed:
        later = [c for c in quoted if c.content[0] >= quote.end and index.paragraph_of(c.content[0]) == para + 1]
        if later:
            return min(later, key=lambda c: c.content[0])
    before = [c for c in quoted if c.content[1] <= quote.open and index.paragraph_of(c.content[0]) == para]
    if before:
        return max(before, key=lambda c: c.content[1])
    reported = _report_just_before(index, found, quote)
    if reported is not None:
        return reported
    after = [c for c in quoted if c.content[0] >= quote.end and index.paragraph_of(c.content[0]) == para]
    if after:
        return min(after, key=lambda c: c.content[0])
    previous = [c for c in found if c.speaker_token is not None and index.paragraph_of(c.content[0]) == para - 1]
    if previous and _quote_fills_paragraph(index, quote):
        return max(previous, key=lambda c: c.content[1])
    return None


def _report_just_before(index: DocIndex, found: list[Candidate], quote: QuotedSpan) -> Candidate | None:
    """``X told reporters that A. "B."``: a quotation right after a reported sentence, with only the sentence's end
    between them, goes on with that report's speaker."""
    text = index.text
    for cand in found:
        if cand.speaker_token is None or cand.content[1] > quote.open:
            continue
        if not text[cand.content[1] : quote.open].strip(_SENTENCE_END):  # a line break stays: another paragraph
            return cand
    return None


def _quote_fills_paragraph(index: DocIndex, quote: QuotedSpan) -> bool:
    text = index.text
    start = text.rfind("\n", 0, quote.open) + 1
    end = text.find("\n", quote.end)
    end = len(text) if end < 0 else end
    return (quote.end - quote.start) >= 0.8 * len(text[start:end].strip())
