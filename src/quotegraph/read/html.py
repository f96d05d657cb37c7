"""The HTML reader: article text and metadata through trafilatura, with fallbacks that say which was used."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from quotegraph.errors import Reason, Reject
from quotegraph.model import Article
from quotegraph.read.decode import decode_bytes, normalise_newlines, read_all
from quotegraph.read.fields import ArticleFields, build_article, clean_str, normalise_date, outlet_from_url
from quotegraph.read.options import ReadOptions
from quotegraph.read.source import Source
from quotegraph.registry import readers

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_HTML_LANG = re.compile(r"""<html[^>]*?\slang\s*=\s*["']?([A-Za-z]{2,3})\b""", re.IGNORECASE)


@dataclass(frozen=True)
class HtmlExtraction:
    """What was read from one HTML page; ``method`` names the cascade stage that gave the text."""

    text: str
    method: str
    title: str | None = None
    published: str | None = None
    sitename: str | None = None
    url: str | None = None
    lang: str | None = None


def _trafilatura(html: str, url: str | None) -> Any:
    import trafilatura

    return trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)


def _trafilatura_recall(html: str, url: str | None) -> Any:
    import trafilatura

    return trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False, favor_recall=True)


def _baseline(html: str, url: str | None) -> Any:
    import trafilatura

    return trafilatura.baseline(html)[1]


def _html2txt(html: str, url: str | None) -> Any:
    import trafilatura

    return trafilatura.html2txt(html)


# The cascade, tried in order until one stage gives text: trafilatura's main extraction (which has
# its own readability/jusText fallbacks), the same favouring recall, then its baseline extractor
# (article bodies, <p> paragraphs), then all the visible text of the page.
STAGES: tuple[tuple[str, Callable[[str, str | None], Any]], ...] = (
    ("trafilatura", _trafilatura),
    ("trafilatura_recall", _trafilatura_recall),
    ("baseline", _baseline),
    ("html2txt", _html2txt),
)


def extract_html(html: str, url: str | None = None) -> HtmlExtraction | None:
    """Extract the article text and metadata from an HTML page.

    Args:
        html: The decoded page.
        url: The page URL when known (helps metadata extraction).

    Returns:
        The extraction, with ``method`` set to the stage that gave the text; None when no stage did.
    """
    for method, stage in STAGES:
        try:
            result = stage(html, url)
        except Exception:  # trafilatura or htmldate failing on malformed markup: the next stage may read it
            continue
        text = getattr(result, "text", result)
        if isinstance(text, str) and text.strip():
            document = result if not isinstance(result, str) else _metadata(html, url)
            return _with_metadata(normalise_newlines(text), method, document, html)
    return None


def _metadata(html: str, url: str | None) -> Any:
    import trafilatura

    try:
        return trafilatura.extract_metadata(html, default_url=url)
    except Exception:  # malformed markup that lxml cannot parse, or that trips htmldate (an AssertionError)
        return None


def _with_metadata(text: str, method: str, document: Any, html: str) -> HtmlExtraction:
    match = _HTML_LANG.search(html[:4096])
    return HtmlExtraction(
        text=text,
        method=method,
        title=clean_str(getattr(document, "title", None)),
        published=normalise_date(getattr(document, "date", None)),
        sitename=clean_str(getattr(document, "sitename", None)),
        url=clean_str(getattr(document, "url", None)),
        lang=clean_str(getattr(document, "language", None)) or (match[1] if match else None),
    )


def decode_html(
    data: bytes, *, source: str, position: str, encoding: str | None, declared: str | None = None
) -> str | Reject:
    """Decode an HTML page: the forced encoding, else UTF-8, else the charset the page or server declares.

    Args:
        data: The raw bytes.
        source: The source label.
        position: The position in the source.
        encoding: The encoding forced by the options, if any.
        declared: A charset declared outside the page (an HTTP ``Content-Type`` header), if any.

    Returns:
        The text, or a Reject (R001, R002, R003).
    """
    text = decode_bytes(data, source=source, position=position, encoding=encoding)
    if encoding is not None or not isinstance(text, Reject) or text.reason is not Reason.UNDECODABLE:
        return text
    match = _META_CHARSET.search(data[:4096])
    for charset in (declared, match[1].decode("ascii") if match else None):
        if charset and charset.lower().replace("_", "-") not in ("utf-8", "utf8"):
            try:
                return decode_bytes(data, source=source, position=position, encoding=charset)
            except LookupError:
                continue
    return text


def article_from_html(html: str, fields: ArticleFields, options: ReadOptions) -> Article | Reject:
    """Build the Article for one decoded page; fields already set (a crawl's URL, outlet, date) win.

    Args:
        html: The decoded page.
        fields: Known fields; ``text`` is replaced by the extracted text.
        options: The read options.

    Returns:
        The Article with ``meta["extraction_method"]``, or a Reject (R007 when nothing could be extracted).
    """
    extraction = extract_html(html, fields.url)
    if extraction is None:
        return Reject(fields.source, fields.position, Reason.MALFORMED_HTML, "no article text could be extracted")
    fields.text = extraction.text
    fields.title = fields.title or extraction.title
    fields.url = fields.url or extraction.url
    fields.outlet = fields.outlet or extraction.sitename or outlet_from_url(fields.url)
    fields.published = extraction.published or fields.published
    fields.lang = fields.lang or extraction.lang
    fields.meta["extraction_method"] = extraction.method
    if extraction.sitename:
        fields.meta["sitename"] = extraction.sitename
    return build_article(fields, options)


@readers.register("quotegraph.html_reader.v1")
def read_html(source: Source, options: ReadOptions) -> Iterator[Article | Reject]:
    """Read one HTML page as one article (text, title, date, site name → outlet, canonical URL).

    Args:
        source: The input.
        options: The read options.

    Yields:
        One Article, or one Reject (R001, R002, R003, R004, R007, R008, R012).
    """
    data = read_all(source)
    if isinstance(data, Reject):
        yield data
        return
    html = decode_html(data, source=source.label, position="file", encoding=options.encoding)
    if isinstance(html, Reject):
        yield html
        return
    yield article_from_html(html, ArticleFields(text="", source=source.label, position="file"), options)
