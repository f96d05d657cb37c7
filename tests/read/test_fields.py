"""Tests for field normalisation (dates, URLs, outlets) and building the Article."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from quotegraph.errors import Reason, Reject
from quotegraph.model import Article, article_id_for
from quotegraph.read.fields import (
    ArticleFields,
    build_article,
    normalise_date,
    normalise_outlet,
    normalise_url,
    outlet_from_url,
)
from quotegraph.read.options import ReadOptions


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-06-14", "2023-06-14"),
        ("2023-06-14T10:00:00Z", "2023-06-14"),
        ("2023-06-14 23:59:59", "2023-06-14"),
        (" 2023-06-14 ", "2023-06-14"),
        (datetime(2023, 6, 14, 8, 30), "2023-06-14"),
        (date(2023, 6, 14), "2023-06-14"),
        ("June 14, 2023", "2023-06-14"),
        ("Wed, 14 Jun 2023 10:00:00 GMT", "2023-06-14"),
        ("2023-02-30", None),
        ("yesterday", None),
        ("June 14", None),
        ("", None),
        (None, None),
        (20230614, None),
    ],
)
def test_normalise_date(value: Any, expected: str | None) -> None:
    assert normalise_date(value) == expected


def test_normalise_url_lowercases_scheme_and_host_only() -> None:
    assert normalise_url(" HTTPS://WWW.Example.COM/News/Item?id=A ") == "https://www.example.com/News/Item?id=A"
    assert normalise_url("  ") is None
    assert normalise_url("not a url") == "not a url"


def test_outlet_helpers() -> None:
    assert outlet_from_url("https://www.Example.com/a") == "example.com"
    assert outlet_from_url("https://news.example.org") == "news.example.org"
    assert outlet_from_url(None) is None
    assert normalise_outlet("  The   Daily\tPaper ") == "The Daily Paper"


def _build(**values: Any) -> Article | Reject:
    options = values.pop("options", ReadOptions())
    return build_article(ArticleFields(source="src", position="line 1", **values), options)


def test_build_article_id_is_text_hash_without_url() -> None:
    article = _build(text="Some text.")
    assert isinstance(article, Article)
    assert article.id == article_id_for("Some text.")
    assert article.meta == {"source": "src", "position": "line 1"}


def test_build_article_id_uses_normalised_outlet_and_url() -> None:
    article = _build(text="Body.", url=" https://Example.com/x ", outlet=" Example  News ")
    assert isinstance(article, Article)
    assert (article.url, article.outlet) == ("https://example.com/x", "Example News")
    assert article.id == article_id_for("anything", "example news", "https://example.com/x")


def test_build_article_keeps_given_id_and_language_order() -> None:
    kept = _build(text="Body.", id="gold-1", lang="DE", options=ReadOptions(lang="fr"))
    defaulted = _build(text="Body.", options=ReadOptions(lang="fr"))
    plain = _build(text="Body.")
    assert isinstance(kept, Article) and isinstance(defaulted, Article) and isinstance(plain, Article)
    assert (kept.id, kept.lang) == ("gold-1", "de")
    assert defaulted.lang == "fr"
    assert plain.lang == "en"


def test_build_article_rejects_blank_text() -> None:
    result = _build(text=" \n ")
    assert isinstance(result, Reject)
    assert (result.reason, result.source, result.position) == (Reason.EMPTY, "src", "line 1")
