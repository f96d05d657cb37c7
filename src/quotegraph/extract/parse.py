"""Parsing texts with spaCy, a long one in pieces cut at paragraph breaks (or sentence ends) and joined into one Doc.

spaCy's time and memory for one Doc grow faster than its length (the en_core_web_sm pipeline on 67,609 words of
news in one text: 28.9 s and 1.7 GB at peak; in pieces of about 20,000 characters: 14.0 s and 0.49 GB). Every
paragraph starts a sentence anyway (``qg_paragraphs``), so a piece holds whole sentences and only the few tokens
beside a cut see less context: 3 tags, 5 heads and 2 entity labels of those 81,809 tokens differ. A paragraph longer
than a piece is cut where a sentence seems to start, which the parser may read otherwise. Texts up to
``LONG_TEXT_CHARS`` are parsed whole, as before (no article of PolNeAR or the demo corpus is that long).
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from contextlib import closing
from itertools import groupby, pairwise
from typing import cast

from spacy.language import Language
from spacy.tokens import Doc

PIECE_CHARS = 20_000
LONG_TEXT_CHARS = 2 * PIECE_CHARS
# where a piece may end: after a line break and the white space following it, so that no whitespace token is cut
_PARAGRAPH_START = re.compile(r"\n\s*(?=\S)")
# inside a paragraph longer than a piece, where a sentence seems to start: after a lower-case word of two letters or
# more, its end mark, any closing marks and white space, before a capital ("said. The"; not "Mr. Lee", "U.S. Senate")
_SENTENCE_START = re.compile(r"\b[a-z]{2,}[.!?][\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z])")


def pieces(text: str, size: int = PIECE_CHARS) -> list[str]:
    """Cut ``text`` where paragraphs start into pieces of at most ``size`` characters, joined again they are the text.

    A paragraph longer than ``size`` (a text without line breaks is one) is cut where a sentence seems to start
    (``_SENTENCE_START``); with no such place it stays whole.
    """
    starts = _cut_points(text, size)
    out: list[str] = []
    begin = 0
    for at, start in enumerate(starts):
        following = starts[at + 1] if at + 1 < len(starts) else len(text)
        if start > begin and following - begin > size:
            out.append(text[begin:start])
            begin = start
    out.append(text[begin:])
    return out


def _cut_points(text: str, size: int) -> list[int]:
    paragraphs = [m.end() for m in _PARAGRAPH_START.finditer(text)]
    bounds = [0, *paragraphs, len(text)]
    points: list[int] = []
    for begin, end in pairwise(bounds):
        if begin:
            points.append(begin)
        if end - begin > size:
            points.extend(m.end() for m in _SENTENCE_START.finditer(text, begin, end) if m.end() < end)
    return points


def parse(nlp: Language, text: str) -> Doc:
    """Parse one text with ``nlp``, in pieces when it is longer than ``LONG_TEXT_CHARS`` and can be cut."""
    parts = _pieces_of(text)
    if len(parts) == 1:
        return nlp(text)
    return Doc.from_docs(list(nlp.pipe(parts, batch_size=1)), ensure_whitespace=False)


def _pieces_of(text: str) -> list[str]:
    return pieces(text, PIECE_CHARS) if len(text) > LONG_TEXT_CHARS else [text]


def parse_many(nlp: Language, texts: Iterable[str], *, batch_size: int, n_process: int = 1) -> Iterator[Doc]:
    """Parse texts in order with ``nlp.pipe``, each longer than ``LONG_TEXT_CHARS`` in pieces, one Doc per text.

    Args:
        nlp: The spaCy pipeline.
        texts: The texts.
        batch_size: Texts that spaCy reads at a time; in this process the pieces of a long text go one at a time,
            as one minibatch of several would hold as much as the whole (fast mode on 2,000 quoted paragraphs,
            90,000 characters: 1.5 s one at a time, 3.4 s four at a time).
        n_process: spaCy's worker processes (1 = this process); with more, the pieces of a long text share the
            stream, and different workers parse them.

    Yields:
        One Doc per text, whose text is the text given.
    """
    if n_process > 1:
        yield from _shared_stream(nlp, texts, batch_size, n_process)
        return
    for long, run in groupby(texts, key=lambda text: len(text) > LONG_TEXT_CHARS):
        if long:
            yield from (parse(nlp, text) for text in run)
            continue
        # closed at once when the caller stops early, not at garbage collection
        with closing(cast(Generator[Doc, None, None], nlp.pipe(run, batch_size=batch_size, n_process=1))) as docs:
            yield from docs


def _shared_stream(nlp: Language, texts: Iterable[str], batch_size: int, n_process: int) -> Iterator[Doc]:
    counts: deque[int] = deque()

    def cut(stream: Iterable[str]) -> Iterator[str]:
        for text in stream:
            parts = _pieces_of(text)
            counts.append(len(parts))
            yield from parts

    # closed at once when the caller stops early, so that spaCy ends its workers then, not at garbage collection
    piped = cast(Generator[Doc, None, None], nlp.pipe(cut(texts), batch_size=batch_size, n_process=n_process))
    with closing(piped) as docs:
        for doc in docs:
            count = counts.popleft()  # queued when spaCy took the text's first piece, before it gave back its Doc
            if count == 1:
                yield doc
            else:
                yield Doc.from_docs([doc, *(next(docs) for _ in range(count - 1))], ensure_whitespace=False)
