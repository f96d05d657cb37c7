"""Wire-service headers (`` date 2023-06-14 PARIS, June 14. /TASS/.``) and the reader for wire stories."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from quotegraph.errors import Reject
from quotegraph.model import Article
from quotegraph.read.decode import load_text
from quotegraph.read.fields import ArticleFields, build_article
from quotegraph.read.options import ReadOptions
from quotegraph.read.source import Source
from quotegraph.registry import readers

# ` date 2023-06-14 PARIS, June 14. /TASS/. body`, `PARIS, June 14. /TASS/. body` and
# `LONDON, June 14 (Reuters) - body`. The place must be written in capitals (checked in code).
_HEADER = re.compile(
    r"""\A\s*
    (?:date\s+(?P<date>\d{4}-\d{2}-\d{2})\s+)?
    (?P<place>[^\W\d_][^,\n]{0,48}?),[ \t]+
    (?P<month>[^\W\d_]{3,9})\.?[ \t]+(?P<day>\d{1,2})
    (?:
        \.?[ \t]*/(?P<slashed>[^/\n]{1,40})/\.?
      | [ \t]*\((?P<bracketed>[^()\n]{1,40})\)[ \t]*[-–—]+
    )
    \s*""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class WireHeader:
    """What a wire header says.

    Attributes:
        published: The ISO date of the ``date YYYY-MM-DD`` prefix, or None when there is none.
        dateline: The place of the dateline, as written ("PARIS").
        outlet: The agency ("TASS", "Reuters").
        body_start: Code-point offset in the text where the story body begins.
        month_day: The dateline's month and day as an ISO 8601 ``--MM-DD`` value ("--06-14").
    """

    published: str | None
    dateline: str
    outlet: str
    body_start: int
    month_day: str


def parse_wire_header(text: str) -> WireHeader | None:
    """Parse the wire-service header at the start of a story, if it has one.

    Args:
        text: The article text, unchanged (leading spaces included).

    Returns:
        The header, or None when the text does not open with a dateline and an agency.
    """
    match = _HEADER.match(text)
    if match is None:
        return None
    place = match["place"].strip()
    month = _month_number(match["month"])
    if month is None or place != place.upper() or not 1 <= int(match["day"]) <= 31:
        return None
    published = None
    if match["date"]:
        try:
            published = date.fromisoformat(match["date"]).isoformat()
        except ValueError:
            return None
    return WireHeader(
        published=published,
        dateline=place,
        outlet=(match["slashed"] or match["bracketed"]).strip(),
        body_start=match.end(),
        month_day=f"--{month:02d}-{int(match['day']):02d}",
    )


def fill_from_header(fields: ArticleFields) -> None:
    """Fill published, dateline and outlet from a wire header when the fields lack them.

    Values the record already gives win. Sets ``meta["body_start"]`` and ``meta["dateline_month_day"]``;
    the text itself is never changed.

    Args:
        fields: The fields to complete in place.
    """
    header = parse_wire_header(fields.text)
    if header is None:
        return
    fields.published = fields.published or header.published
    fields.dateline = fields.dateline or header.dateline
    fields.outlet = fields.outlet or header.outlet
    fields.meta["body_start"] = header.body_start
    fields.meta["dateline_month_day"] = header.month_day


def article_from_text(text: str, *, source: str, position: str, options: ReadOptions) -> Article | Reject:
    """Build the Article for one plain text, reading its wire header if it has one.

    Args:
        text: The decoded text.
        source: The source label.
        position: The position in the source.
        options: The read options.

    Returns:
        The Article, or a Reject (R003 empty, R004 too long).
    """
    fields = ArticleFields(text=text, source=source, position=position)
    fill_from_header(fields)
    return build_article(fields, options)


@readers.register("quotegraph.wire_reader.v1")
def read_wire(source: Source, options: ReadOptions) -> Iterator[Article | Reject]:
    """Read one wire story per file; the same as the text reader, named for explicit use.

    Args:
        source: The input.
        options: The read options.

    Yields:
        One Article, or one Reject (R001, R002, R003, R004, R008, R012).
    """
    text = load_text(source, options.encoding)
    if isinstance(text, Reject):
        yield text
        return
    yield article_from_text(text, source=source.label, position="file", options=options)


def _month_number(word: str) -> int | None:
    # An English month name or a prefix of one ("Jun", "Sept"), as wire services write them.
    try:
        month = datetime.strptime(word[:3].title(), "%b").month
    except ValueError:
        return None
    full_name = date(2000, month, 1).strftime("%B")
    return month if full_name.lower().startswith(word.lower()) else None
