"""Tests for the news-please reader and its detection in ``.json`` files."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from quotegraph.errors import Reason
from quotegraph.model import article_id_for

from .conftest import Items, split

RECORD = {
    "authors": ["A. Writer"],
    "date_download": "2023-06-15 08:00:00",
    "date_modify": None,
    "date_publish": "2023-06-14 10:30:00",
    "description": "A short summary.",
    "filename": "https%3A%2F%2Fwww.example.com%2Fa.json",
    "language": "en",
    "maintext": "The mayor said the bridge would reopen in July.",
    "source_domain": "www.example.com",
    "title": "Bridge to reopen",
    "url": "https://www.example.com/a",
}


def test_newsplease_json_is_detected_and_mapped(tmp_path: Path, read: Callable[..., Items]) -> None:
    path = tmp_path / "article.json"
    path.write_text(json.dumps(RECORD, indent=4))
    articles, rejects = split(read(path))
    assert rejects == []
    (article,) = articles
    assert (article.text, article.title, article.url, article.outlet, article.published, article.lang) == (
        RECORD["maintext"],
        "Bridge to reopen",
        "https://www.example.com/a",
        "www.example.com",
        "2023-06-14",
        "en",
    )
    assert article.id == article_id_for("", "www.example.com", "https://www.example.com/a")
    assert article.meta["record"]["description"] == "A short summary."
    assert "authors" not in article.meta["record"]


def test_newsplease_null_maintext_is_r006(tmp_path: Path, read: Callable[..., Items]) -> None:
    path = tmp_path / "article.json"
    path.write_text(json.dumps([RECORD, RECORD | {"maintext": None}]))
    articles, rejects = split(read(path))
    assert len(articles) == 1
    assert [(r.reason, r.position) for r in rejects] == [(Reason.MISSING_TEXT, "record 2")]


def test_newsplease_json_lines_by_format_name(tmp_path: Path, read: Callable[..., Items]) -> None:
    path = tmp_path / "crawl.jsonl"
    path.write_text(json.dumps(RECORD) + "\n" + json.dumps(RECORD | {"url": "https://www.example.com/b"}) + "\n")
    articles, rejects = split(read(path, format="newsplease"))
    assert rejects == []
    assert [(a.url, a.meta["position"]) for a in articles] == [
        ("https://www.example.com/a", "line 1"),
        ("https://www.example.com/b", "line 2"),
    ]
