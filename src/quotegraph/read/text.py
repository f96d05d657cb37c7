"""The plain-text reader (``.txt``, ``.txt.gz``): one article per file, its wire header read if present."""

from __future__ import annotations

from collections.abc import Iterator

from quotegraph.errors import Reject
from quotegraph.model import Article
from quotegraph.read.decode import load_text
from quotegraph.read.options import ReadOptions
from quotegraph.read.source import Source
from quotegraph.read.wire import article_from_text
from quotegraph.registry import readers


@readers.register("quotegraph.text_reader.v1")
def read_text(source: Source, options: ReadOptions) -> Iterator[Article | Reject]:
    """Read a plain-text file as one article.

    The text is kept whole (line endings normalised to ``\\n``); a wire header such as
    `` date 2023-06-14 PARIS, June 14. /TASS/.`` fills published, dateline and outlet.

    Args:
        source: The input.
        options: The read options.

    Yields:
        One Article, or one Reject (R001 binary, R002 undecodable, R003 empty, R004 too large,
        R008 truncated gzip, R012 unreadable).
    """
    text = load_text(source, options.encoding)
    if isinstance(text, Reject):
        yield text
        return
    yield article_from_text(text, source=source.label, position="file", options=options)
