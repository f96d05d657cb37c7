"""The fields a reader gathers for one article, their normalisation (dates, URLs, outlets) and the Article."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from quotegraph.errors import Reason, Reject
from quotegraph.model import Article, article_id_for, lone_surrogate, surrogate_detail
from quotegraph.read.decode import check_text
from quotegraph.read.markup import looks_like_markup, text_of_markup
from quotegraph.read.options import ReadOptions

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T ])")
# Absolute dates only: relative ones ("yesterday") would depend on the day the reader runs.
_DATEPARSER_SETTINGS = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["custom-formats", "absolute-time"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}


@dataclass
class ArticleFields:
    """What a reader knows about one article before it becomes an ``Article``."""

    text: str
    source: str
    position: str
    id: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    dateline: str | None = None
    lang: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


# The fields a reader fills with strings (``meta`` aside), in the order a reject names the first bad one
_STRING_FIELDS = ("text", "id", "title", "url", "outlet", "published", "dateline", "lang")


def build_article(fields: ArticleFields, options: ReadOptions) -> Article | Reject:
    """Turn gathered fields into an Article, or a Reject when the text is blank or too long.

    The text is used as given, unless it is HTML markup (``markup.looks_like_markup``: a CMS or feed body), which is
    read as the plain text a browser shows (``meta["text_from"] = "html markup"``). URL and outlet are normalised the
    same way for every format, so that the id (the record's own, else ``article_id_for``) is the same whichever
    format an article came in.

    Args:
        fields: The gathered fields.
        options: The read options (for the default language).

    Returns:
        The Article, with ``meta["source"]`` and ``meta["position"]`` set; or a Reject (R003, R004; R002 when a
        field holds a lone surrogate, which no store could keep; R007 for markup that holds no text).
    """
    if looks_like_markup(fields.text):
        text = text_of_markup(fields.text)
        if not text:
            detail = "HTML markup with no text in it" if text == "" else "HTML markup the parser cannot read"
            return Reject(fields.source, fields.position, Reason.MALFORMED_HTML, detail)
        fields.text = text
        fields.meta["text_from"] = "html markup"
    reject = check_text(fields.text, source=fields.source, position=fields.position) or _unencodable(fields)
    if reject is not None:
        return reject
    _replace_nul(fields)
    url = normalise_url(fields.url)
    outlet = normalise_outlet(fields.outlet)
    meta = {**fields.meta, "source": fields.source, "position": fields.position}
    return Article(
        id=fields.id or article_id_for(fields.text, outlet, url),
        text=fields.text,
        title=clean_str(fields.title),
        url=url,
        outlet=outlet,
        published=fields.published,
        dateline=clean_str(fields.dateline),
        lang=(clean_str(fields.lang) or options.lang or "en").lower(),
        meta=meta,
    )


def _unencodable(fields: ArticleFields) -> Reject | None:
    named = {name: getattr(fields, name) for name in _STRING_FIELDS} | {"meta": fields.meta}
    for name, value in named.items():
        found = lone_surrogate(value, name)
        if found is not None:
            return Reject(fields.source, fields.position, Reason.UNDECODABLE, surrogate_detail(found))
    return None


def _replace_nul(fields: ArticleFields) -> None:
    """Write each NUL character of a field as U+FFFD, one for one, and count them in ``meta["replaced_nul"]``.

    A NUL is never text ("\\u0000" in a JSON record, a field of a CSV export), and PostgreSQL cannot store one in a
    text or JSON column: the whole batch was lost. Offsets into the text stay as they were.
    """
    count = 0

    def replaced(value: Any) -> Any:
        nonlocal count
        if isinstance(value, str):
            count += value.count("\x00")
            return value.replace("\x00", "\ufffd")
        if isinstance(value, dict):
            return {replaced(key): replaced(item) for key, item in value.items()}
        if isinstance(value, list):
            return [replaced(item) for item in value]
        return value

    for name in _STRING_FIELDS:
        value = getattr(fields, name)
        if isinstance(value, str) and "\x00" in value:
            setattr(fields, name, replaced(value))
    fields.meta = replaced(fields.meta)
    if count:
        fields.meta["replaced_nul"] = count


def clean_str(value: Any) -> str | None:
    """Return a stripped string for a scalar field value, or None for blanks, booleans and containers."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float | str):
        text = str(value).strip()
        return text or None
    return None


def normalise_url(url: str | None) -> str | None:
    """Strip a URL and lower-case its scheme and host; everything else is kept as given."""
    url = clean_str(url)
    if url is None:
        return None
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return url
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path, parts.query, parts.fragment))


def normalise_outlet(outlet: str | None) -> str | None:
    """Strip an outlet name and collapse its inner whitespace."""
    outlet = clean_str(outlet)
    return " ".join(outlet.split()) if outlet else None


def outlet_from_url(url: str | None) -> str | None:
    """Return the host of a URL without a leading ``www.`` (the outlet of a crawled page)."""
    url = clean_str(url)
    if url is None:
        return None
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.") or None


def normalise_date(value: Any) -> str | None:
    """Return a date value as an ISO date (``YYYY-MM-DD``), or None when it cannot be read.

    Accepts ``date``/``datetime`` objects, ISO strings with or without a time, RFC 2822 strings and
    other absolute dates that ``dateparser`` understands ("June 14, 2023", "14.06.2023").

    Args:
        value: The raw value.

    Returns:
        The ISO date, or None.
    """
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = clean_str(value) if isinstance(value, str) else None
    return _parse_date_text(text) if text else None


@lru_cache(maxsize=4096)
def _parse_date_text(text: str) -> str | None:
    match = _ISO_DATE.match(text)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    import dateparser  # imported here: loading its language data costs time that most inputs never need

    parsed = dateparser.parse(text, settings=_DATEPARSER_SETTINGS)
    return parsed.date().isoformat() if parsed else None
