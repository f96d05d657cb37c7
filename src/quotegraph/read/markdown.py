"""The Markdown reader (``.md``, ``.markdown``): one article per file, read as the text its rendered page shows.

Notes, static-site posts (Jekyll, Hugo) and converters' output keep articles as Markdown. Read as plain text, its
marks stick to the words (``**Ana Ruiz**``, ``[CNN](https://cnn.com)``) and a link's address becomes part of a
speaker's name; so the file is rendered as CommonMark (with tables and strikethrough, markdown-it-py) and the page
read as ``markup.text_of_markup`` reads any HTML: a blank line between blocks, a link as its words. Front matter
(``---`` YAML or ``+++`` TOML lines of ``key: value`` or ``key = "value"``) gives the title, date, URL, outlet and
language; without a title there, the first heading is the title. The text keeps the heading as its first line, as
in any other article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from quotegraph.errors import Reason, Reject
from quotegraph.model import Article
from quotegraph.read.decode import load_text
from quotegraph.read.fields import ArticleFields, build_article, clean_str, normalise_date
from quotegraph.read.markup import text_of_markup
from quotegraph.read.options import ReadOptions
from quotegraph.read.source import Source
from quotegraph.registry import readers

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?(---|\+\+\+)[ \t]*\n(.*?)\n\1[ \t]*(?:\n|\Z)", re.S)
_FIELD = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*[:=][ \t]*(.*?)[ \t]*$", re.M)
# Front-matter keys by the article field they fill, the first found winning.
_KEYS = {
    "title": ("title", "headline"),
    "published": ("date", "published", "pubdate", "publishdate"),
    "url": ("url", "canonical_url", "canonicalurl", "link"),
    "outlet": ("outlet", "publisher", "source", "site"),
    "lang": ("lang", "language", "languagecode"),
}

_WORDS = {"text", "code_inline"}  # an inline token that holds words; the others are marks or breaks


@readers.register("quotegraph.markdown_reader.v1")
def read_markdown(source: Source, options: ReadOptions) -> Iterator[Article | Reject]:
    """Read a Markdown file as one article (see the module docstring).

    Args:
        source: The input.
        options: The read options.

    Yields:
        One Article with ``meta["text_from"] = "markdown"``, or one Reject (R001 binary, R002 undecodable, R003 empty,
        R004 too large, R007 unreadable markup, R008 truncated gzip, R012 unreadable).
    """
    text = load_text(source, options.encoding)
    if isinstance(text, Reject):
        yield text
        return
    yield article_from_markdown(text, source=source.label, position="file", options=options)


def article_from_markdown(markdown: str, *, source: str, position: str, options: ReadOptions) -> Article | Reject:
    """Build the Article for one decoded Markdown text.

    Args:
        markdown: The file's text.
        source: The source label.
        position: The position in the source.
        options: The read options.

    Returns:
        The Article, or a Reject (R003 no text, R004 too long, R007 a page the HTML parser cannot read).
    """
    front, body = front_matter(markdown)
    parser = _parser()
    tokens = parser.parse(body)
    text = text_of_markup(parser.renderer.render(tokens, parser.options, {}))
    if text is None:
        return Reject(source, position, Reason.MALFORMED_HTML, "the rendered Markdown cannot be read")
    fields = ArticleFields(text=text, source=source, position=position)
    fields.title = _first(front, "title") or _first_heading(tokens)
    fields.url, fields.outlet, fields.lang = _first(front, "url"), _first(front, "outlet"), _first(front, "lang")
    raw_date = _first(front, "published")
    fields.published = normalise_date(raw_date)
    if fields.published is None and raw_date is not None:
        fields.meta["published_raw"] = raw_date
    fields.meta["text_from"] = "markdown"
    return build_article(fields, options)


def front_matter(markdown: str) -> tuple[dict[str, str], str]:
    """The front matter's ``key: value`` (or ``key = value``) lines, keys in lower case and values unquoted, and the
    text after it; no fields and the whole text when it has none. Nested and list values are not read."""
    found = _FRONT_MATTER.match(markdown)
    if found is None:
        return {}, markdown
    fields: dict[str, str] = {}
    for key, value in _FIELD.findall(found.group(2)):
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        fields.setdefault(key.lower(), value)
    return fields, markdown[found.end() :]


@cache
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def _first(front: dict[str, str], field: str) -> str | None:
    return next((value for key in _KEYS[field] if (value := clean_str(front.get(key))) is not None), None)


def _first_heading(tokens: Sequence[Token]) -> str | None:
    """The words of the first heading, its marks left out (``# **Mayor** Defends`` -> "Mayor Defends")."""
    for at, token in enumerate(tokens[:-1]):
        if token.type == "heading_open":
            words = (child.content if child.type in _WORDS else " " for child in tokens[at + 1].children or ())
            return clean_str(" ".join("".join(words).split()))
    return None
