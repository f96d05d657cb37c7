"""Rendering pages: the Jinja environment (autoescape always on) and the URL helpers templates use."""

from __future__ import annotations

from functools import lru_cache
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

import quotegraph
from quotegraph.web.highlight import PALETTE_SIZE

#: Quoted values remembered: a page links ~80 ids, names and outlets, and the same names recur on every page.
URL_CACHE_SIZE = 32_768


@lru_cache(maxsize=URL_CACHE_SIZE)
def path_segment(value: str) -> str:
    """Quote a value as one path segment (a slash in a name stays inside the segment)."""
    return quote(value, safe="")


@lru_cache(maxsize=URL_CACHE_SIZE)
def _query_string(pairs: tuple[tuple[str, str | int], ...]) -> str:
    return urlencode(pairs)


def url_article(article_id: str, attribution_id: str | None = None) -> str:
    """Return the page of an article, optionally scrolled to one of its attributions."""
    anchor = "#" + quote(attribution_id, safe=":-_.") if attribution_id else ""
    return f"/articles/{path_segment(article_id)}{anchor}"


def url_speaker(name: str | None) -> str | None:
    """Return a speaker's page, or None for an unnamed speaker."""
    return f"/speakers/{path_segment(name)}" if name else None


def url_outlet(name: str | None) -> str | None:
    """Return an outlet's page, or None for no outlet."""
    return f"/outlets/{path_segment(name)}" if name else None


def url_statement(attribution_id: str) -> str:
    """Return the page of the statement an attribution reports."""
    return f"/statements/{path_segment(attribution_id)}"


def url_search(filters: dict[str, str], **changes: str | None) -> str:
    """Return the search page for some filters, with some changed (None removes one)."""
    merged = {**filters, **changes}
    return "/search?" + _query_string(tuple((k, v) for k, v in merged.items() if v))


def next_href(filters: dict[str, str], limit: int, cursor: str) -> str:
    """Return the query string of the next page: the same filters, page size and the cursor."""
    return "?" + _query_string((*filters.items(), ("limit", limit), ("cursor", cursor)))


def counted(n: int, noun: str) -> Markup:
    """Return ``<b>n</b> noun`` with thousands separators and the noun in the plural unless n is 1."""
    return Markup("<b>{}</b> {}").format(f"{n:,}", noun if n == 1 else noun + "s")


def article_title(title: str | None, outlet: str | None, published: str | None) -> str:
    """Return an article's title, or a stand-in naming its outlet and date."""
    if title and title.strip():
        return title
    return "Article" + (f" from {outlet}" if outlet else "") + (f", {published[:10]}" if published else "")


def safe_href(url: str | None) -> str | None:
    """Return a URL fit for an ``href`` (http or https with a host), or None: ``javascript:`` never becomes a link."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc and not any(c in url for c in "\r\n\t\0"):
        return url.strip()
    return None


def code_spans(text: str) -> Markup:
    """Return docstring text as HTML: ````double backticked```` parts become ``<code>``, everything escaped."""
    parts = text.split("``")
    return Markup("").join(Markup("<code>{}</code>").format(p) if n % 2 else escape(p) for n, p in enumerate(parts))


@lru_cache(maxsize=1)
def environment() -> Environment:
    """Return the template environment: package templates, autoescape on for every template, strict variables."""
    env = Environment(
        loader=PackageLoader("quotegraph.web", "templates"),
        autoescape=True,  # every template, whatever its name: article and query text are untrusted
        auto_reload=False,  # templates ship with the package: no stat() of every template on every request
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["code_spans"] = code_spans
    env.globals.update(
        url_article=url_article,
        url_speaker=url_speaker,
        url_outlet=url_outlet,
        url_statement=url_statement,
        url_search=url_search,
        next_href=next_href,
        safe_href=safe_href,
        palette_size=PALETTE_SIZE,
        article_title=article_title,
        counted=counted,
        version=quotegraph.__version__,
    )
    return env


def render(request: Request | None, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    """Render a template into an HTML response.

    Args:
        request: The request, or None for pages not tied to one (error pages).
        template: The template file name.
        status: The HTTP status.
        **context: Template variables; ``json_url`` links the page's JSON twin, ``query`` fills the search box.
    """
    context.setdefault("json_url", None)
    context.setdefault("query", None)
    context["path"] = request.url.path if request is not None else ""
    html = environment().get_template(template).render(**context)
    return HTMLResponse(html, status_code=status)
