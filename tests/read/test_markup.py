"""HTML markup in a record's text field read as plain text (``read/markup.py``), and where readers use it."""

from __future__ import annotations

from typing import Any

import pytest

from quotegraph.errors import Reason, Reject
from quotegraph.model import Article
from quotegraph.read.markup import looks_like_markup, text_of_markup
from quotegraph.read.options import ReadOptions
from quotegraph.read.records import article_from_record

BODY = (
    '<div class="story">\n  <h2>Bridge to close</h2>\n'
    '  <p class="body">\u201cWe will   rebuild it,\u201d the\nmayor said of the '
    '<a href="https://example.org/bridge" title="the &quot;old&quot; bridge">old bridge</a>.</p>\n'
    "  <p>Critics &amp; residents objected.<br>Twice.</p>\n"
    '  <script>var said = "nothing";</script><style>p { color: red }</style><!-- an aside -->\n'
    "  <ul><li>One</li><li>Two</li></ul>\n</div>"
)


@pytest.mark.parametrize(
    ("text", "markup"),
    [
        (BODY, True),
        ("<p>One.</p><p>Two.</p>", True),
        ("Line one<br>line two<br/>", True),
        ("In HTML the <p> element starts a paragraph.", False),  # a text about a tag
        ("The <p> and <em> elements, he said.", False),  # two tags, none ended
        ("If a < b and c > d, then <x>.", False),
        ("He said <<that>> twice.", False),
        ('Watch the video at <a href="https://example.org/v">example.org</a>.\n\nHe said so.', False),  # a stray link
    ],
)
def test_looks_like_markup(text: str, markup: bool) -> None:
    assert looks_like_markup(text) is markup


def test_markup_reads_as_a_browser_lays_it_out() -> None:
    assert text_of_markup(BODY) == (
        "Bridge to close\n\n"
        "\u201cWe will rebuild it,\u201d the mayor said of the old bridge.\n\n"
        "Critics & residents objected.\nTwice.\n\n"
        "One\n\nTwo"
    )


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("<p>One\x00two\x0b</p><p>Three\ufffe</p>", "One two\n\nThree"),  # characters no XML parser takes
        ("<p>One</p><html><body><p>Two</p></body></html>", "One\n\nTwo"),  # stray document tags in a fragment
        ("<title>Page</title><p>One</p><br>", "One"),  # a document's head is not its text
    ],
)
def test_markup_that_is_no_clean_fragment_is_read_all_the_same(markup: str, text: str) -> None:
    assert text_of_markup(markup) == text


def test_markup_with_no_text_reads_as_nothing() -> None:
    assert text_of_markup("<p> </p><script>x()</script>") == ""


def _record(record: dict[str, Any]) -> Article | Reject:
    return article_from_record(record, source="cms.jsonl", position="line 2", options=ReadOptions())


def test_a_record_whose_text_is_markup_keeps_its_text_and_says_so() -> None:
    article = _record({"id": "a1", "text": BODY})
    assert isinstance(article, Article)
    assert article.text.startswith("Bridge to close\n\n\u201cWe will rebuild it,\u201d")
    assert "<" not in article.text and "href" not in article.text
    assert article.meta["text_from"] == "html markup"
    plain = _record({"id": "a2", "text": "The <p> element, he said."})
    assert isinstance(plain, Article) and "text_from" not in plain.meta


def test_a_record_of_markup_with_no_text_is_rejected() -> None:
    reject = _record({"id": "a3", "text": "<div><p></p><br></div>"})
    assert isinstance(reject, Reject)
    assert reject.reason is Reason.MALFORMED_HTML
    assert (reject.source, reject.position) == ("cms.jsonl", "line 2")
