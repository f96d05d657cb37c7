"""Finding quoted stretches in raw text from quotation marks, for any mark style, tolerant of unbalanced marks.

Pure string scanning: no parse is needed, so marks split across sentences or paragraphs are handled before spaCy's
sentence boundaries can cut them.
"""

from __future__ import annotations

from dataclasses import dataclass

from quotegraph.extract.quote_marks import QuoteMarks

_OPEN_CONTEXT = " \t\n([{\u2014\u2013-/:;,"
# How far from a mark that may stand in for a closer other marks are looked for (a long paragraph's reach).
_REACH = 3000


@dataclass(frozen=True)
class QuotedSpan:
    """Text between quotation marks: ``start``/``end`` exclude the marks, ``open``/``close`` are the marks' offsets.

    ``closed`` is False when no closing mark was found and the span was cut at a paragraph end or the text end.
    """

    open: int
    close: int
    start: int
    end: int
    closed: bool

    @property
    def outer_end(self) -> int:
        """Offset just after the closing mark (or the cut point when unclosed)."""
        return self.close + 1 if self.closed else self.close


def _mark_at(text: str, i: int, candidates: frozenset[str]) -> str | None:
    for mark in sorted(candidates, key=len, reverse=True):
        if text.startswith(mark, i):
            return mark
    return None


def _can_open(text: str, i: int, mark: str) -> bool:
    after = text[i + len(mark) : i + len(mark) + 1]
    before = text[i - 1] if i > 0 else " "
    return bool(after) and not after.isspace() and (before in _OPEN_CONTEXT or before.isspace())


def _can_close(text: str, i: int, mark: str, marks: QuoteMarks) -> bool:
    after = text[i + len(mark) : i + len(mark) + 1]
    if mark in marks.apostrophe_like or mark in marks.symmetric:
        # "alliance’s": an apostrophe-like mark followed by a letter is not a closing mark.
        return not (after.isalnum())
    return True


def _stand_in_closes(text: str, i: int, mark: str, open_at: int, opener: str, marks: QuoteMarks) -> bool:
    """Whether a mark of the opener's group that is not its closer ends the quote (“...," or "...” said).

    It must stand where a closing mark stands, after a word or punctuation and before no letter, and it must not
    belong to another quote: not to one opened inside this one (in “He called it "fake" today,” or "As “The
    Journal” wrote, the mark after the inner words closes them), nor be followed in its paragraph by a mark that
    closes in turn (the quote's own closer still to come). Marks are told apart by where they stand, not by their
    shape.
    """
    if not _stands_closing(text, i, mark):
        return False
    group = marks.stand_ins_for(opener) | marks.closers_for(opener) | {opener}
    paragraph_end = text.find("\n", i, i + _REACH)
    inner = _nearest(text, max(open_at + len(opener), i - _REACH), i, group, backward=True)
    later = _nearest(text, i + len(mark), paragraph_end if paragraph_end >= 0 else i + _REACH, group, backward=False)
    return not (inner is not None and _can_open(text, *inner)) and not (
        later is not None and _stands_closing(text, *later)
    )


def _nearest(text: str, start: int, end: int, group: frozenset[str], *, backward: bool) -> tuple[int, str] | None:
    """The mark of ``group`` nearest to ``end`` (``backward``) or to ``start`` within ``text[start:end]``."""
    found = [(text.rfind(m, start, end) if backward else text.find(m, start, end), m) for m in group]
    found = [(at, m) for at, m in found if at >= 0]
    if not found:
        return None
    return max(found) if backward else min(found)


def _stands_closing(text: str, i: int, mark: str) -> bool:
    return i > 0 and not text[i - 1].isspace() and not text[i + len(mark) : i + len(mark) + 1].isalnum()


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_quotes(text: str, marks: QuoteMarks) -> list[QuotedSpan]:
    """Find every quoted stretch of ``text``.

    Handles paired marks (“…”, «…», „…“, ``…''), context-dependent straight quotes, apostrophes inside words,
    one level of nesting, and quotes whose paragraph ends before a closing mark (multi-paragraph quotes reopen
    in the next paragraph; a mark that never closes is cut at the paragraph end). Never raises.

    Args:
        text: The article text.
        marks: The language's quotation-mark conventions.

    Returns:
        Quoted spans in text order, content offsets excluding the marks.
    """
    openers = marks.openers | marks.symmetric
    first_chars = {m[0] for pair in marks.pairs for m in pair} | {m[0] for m in marks.symmetric}
    found: list[QuotedSpan] = []
    i, n = 0, len(text)
    current: tuple[str, int] | None = None
    while i < n:
        ch = text[i]
        if ch not in first_chars and ch != "\n":
            i += 1
            continue
        if current is not None and ch == "\n":
            found.append(_cut(text, current, i))
            current = None
            i += 1
            continue
        if current is None:
            mark = _mark_at(text, i, openers)
            if mark and _can_open(text, i, mark):
                current = (mark, i)
                i += len(mark)
                continue
            i += 1
            continue
        opener, open_at = current
        mark = _mark_at(text, i, marks.closers_for(opener))
        if mark and mark in marks.symmetric and _can_open(text, i, mark) and text[i - 1].isspace():
            # A straight mark after a space and before a word opens a new quote: the previous never closed.
            found.append(_cut(text, current, i))
            current = (mark, i)
            i += len(mark)
            continue
        if mark is None:
            mark = _mark_at(text, i, marks.stand_ins_for(opener))
            if mark and not _stand_in_closes(text, i, mark, open_at, opener, marks):
                mark = None
        if mark and _can_close(text, i, mark, marks):
            start, end = _trimmed(text, open_at + len(opener), i)
            if end > start:
                found.append(QuotedSpan(open_at, i + len(mark) - 1, start, end, True))
            current = None
            i += len(mark)
            continue
        i += 1
    if current is not None:
        found.append(_cut(text, current, n))
    return [q for q in found if q.end > q.start]


def _cut(text: str, current: tuple[str, int], at: int) -> QuotedSpan:
    opener, open_at = current
    start, end = _trimmed(text, open_at + len(opener), at)
    return QuotedSpan(open_at, end, start, end, False)
