"""Tests for mapping one record to an Article through the column mapping."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from quotegraph.errors import Reason, Reject
from quotegraph.model import Article, article_id_for
from quotegraph.read.options import ReadOptions
from quotegraph.read.records import article_from_record


def _record(record: dict[str, Any], **options: Any) -> Article | Reject:
    return article_from_record(record, source="in.jsonl", position="line 7", options=ReadOptions(**options))


def test_record_default_mapping() -> None:
    article = _record(
        {
            "id": "doc-1",
            "text": "Body.\r\nMore.",
            "title": " Title ",
            "url": "https://example.org/a",
            "outlet": "Example",
            "published": "2021-03-04T05:06:07+02:00",
            "lang": "de",
        }
    )
    assert isinstance(article, Article)
    assert (article.id, article.text, article.title) == ("doc-1", "Body.\nMore.", "Title")
    assert (article.url, article.outlet, article.published, article.lang) == (
        "https://example.org/a",
        "Example",
        "2021-03-04",
        "de",
    )
    assert article.meta == {"source": "in.jsonl", "position": "line 7"}


def test_record_custom_mapping_and_extras() -> None:
    record = {
        "body": "Text.",
        "headline": "H",
        "link": "https://x.org/1",
        "site": "X",
        "when": datetime(2020, 1, 2),
    }
    record |= {"quotes": [{"start": 0}], "license": "CC BY 2.5", "meta": {"k": 1}, "n": 3}
    article = _record(record, text_col="body", title_col="headline", url_col="link", outlet_col="site", date_col="when")
    assert isinstance(article, Article)
    assert (article.title, article.url, article.outlet, article.published) == (
        "H",
        "https://x.org/1",
        "X",
        "2020-01-02",
    )
    assert article.id == article_id_for("Text.", "X", "https://x.org/1")
    assert article.meta["record"] == {"license": "CC BY 2.5", "meta": {"k": 1}, "n": 3}


def test_record_gold_meta_gives_date_and_publisher() -> None:
    article = _record({"id": "g1", "text": "T.", "meta": {"publisher": "nyt", "date": "2016-09-19"}})
    assert isinstance(article, Article)
    assert (article.id, article.outlet, article.published) == ("g1", "nyt", "2016-09-19")


def test_record_unparseable_date_is_kept_in_meta() -> None:
    article = _record({"text": "T.", "published": "sometime last spring"})
    assert isinstance(article, Article)
    assert article.published is None
    assert article.meta["published_raw"] == "sometime last spring"


def test_record_numeric_id_becomes_string() -> None:
    article = _record({"id": 42, "text": "T."})
    assert isinstance(article, Article) and article.id == "42"


def test_record_wire_header_fills_missing_fields_only() -> None:
    text = " date 2023-06-14 PARIS, June 14. /TASS/. Body."
    article = _record({"text": text, "outlet": "TASS English"})
    assert isinstance(article, Article)
    assert (article.text, article.outlet, article.dateline, article.published) == (
        text,
        "TASS English",
        "PARIS",
        "2023-06-14",
    )
    assert article.meta["body_start"] == 41


def test_record_missing_text_names_the_fields() -> None:
    reject = _record({"body": "x", "id": "1"})
    assert isinstance(reject, Reject)
    assert (reject.reason, reject.source, reject.position) == (Reason.MISSING_TEXT, "in.jsonl", "line 7")
    assert reject.detail == "no 'text' field (fields: body, id)"


def test_record_null_and_non_string_text_are_r006() -> None:
    null = _record({"text": None})
    listed = _record({"text": ["a", "b"]})
    assert isinstance(null, Reject) and null.reason is Reason.MISSING_TEXT and "null" in null.detail
    assert isinstance(listed, Reject) and listed.reason is Reason.MISSING_TEXT and "list" in listed.detail


def test_record_blank_text_is_r003() -> None:
    reject = _record({"text": "  \n"})
    assert isinstance(reject, Reject) and reject.reason is Reason.EMPTY


def test_a_nul_in_a_record_is_written_as_a_replacement_character() -> None:
    # "\u0000" in a JSON record is a NUL character, which PostgreSQL cannot store: a whole ingest batch was lost
    article = _record({"id": "n\x00", "text": "We will\x00 win.", "title": "T\x00", "extra": {"k\x00": "v\x00"}})
    assert isinstance(article, Article)
    assert (article.id, article.text, article.title) == ("n\ufffd", "We will\ufffd win.", "T\ufffd")
    assert article.meta["record"] == {"extra": {"k\ufffd": "v\ufffd"}}
    assert article.meta["replaced_nul"] == 5
    assert "replaced_nul" not in _record({"text": "Clean."}).meta  # type: ignore[union-attr]
