"""The Markdown reader: the text a rendered page shows, front matter read, bad files rejected."""

from __future__ import annotations

import gzip
from collections.abc import Callable
from pathlib import Path

import pytest

from quotegraph.errors import Reason
from quotegraph.extract import extract
from quotegraph.read.markdown import front_matter

from .conftest import Items, split

POST = """---
title: "Mayor Defends Bridge Plan"
date: 2024-03-14
url: https://Example.org/news/bridge
lang: en
tags: [bridge, city]
---
# Mayor **Defends** Bridge Plan

Mayor **Ana Ruiz** said on [CNN](https://cnn.com/live) on Monday that the bridge would close for repairs.

> "We will rebuild it," she told reporters.

* Critics called the plan *a waste of money*.
* `Tom Berg` said so twice.
"""


def test_a_post_is_read_as_the_text_its_page_shows_with_its_front_matter(
    tmp_path: Path, read: Callable[..., Items]
) -> None:
    path = tmp_path / "post.md"
    path.write_text(POST, encoding="utf-8")
    (article,), rejects = split(read(path))
    assert rejects == []
    assert article.text == (
        "Mayor Defends Bridge Plan\n\n"
        "Mayor Ana Ruiz said on CNN on Monday that the bridge would close for repairs.\n\n"
        '"We will rebuild it," she told reporters.\n\n'
        "Critics called the plan a waste of money.\n\n"
        "Tom Berg said so twice."
    )
    assert (article.title, article.published, article.lang) == ("Mayor Defends Bridge Plan", "2024-03-14", "en")
    assert article.url == "https://example.org/news/bridge"  # normalised as every reader's URLs are
    assert article.meta["text_from"] == "markdown"


def test_without_front_matter_the_first_heading_is_the_title(tmp_path: Path, read: Callable[..., Items]) -> None:
    path = tmp_path / "note.markdown"
    path.write_text("Intro line.\n\n## The **Bridge** `Plan`\n\nBody.\n", encoding="utf-8")
    (article,), _ = split(read(path))
    assert article.title == "The Bridge Plan"
    assert article.text == "Intro line.\n\nThe Bridge Plan\n\nBody."
    assert article.published is None


def test_toml_front_matter_and_a_date_that_cannot_be_read(tmp_path: Path, read: Callable[..., Items]) -> None:
    path = tmp_path / "hugo.md.gz"
    path.write_bytes(gzip.compress(b'+++\ntitle = "Vote Count"\ndate = "sometime soon"\n+++\nThe count went on.\n'))
    (article,), _ = split(read(path))
    assert (article.title, article.text, article.published) == ("Vote Count", "The count went on.", None)
    assert article.meta["published_raw"] == "sometime soon"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"---\ntitle: Only a title\n---\n", Reason.EMPTY),  # no body
        (b"   \n\n", Reason.EMPTY),
        (b"<!-- a comment only -->\n", Reason.EMPTY),
        (b"\x00\x01\x02\x89PNG\x00\x00binary", Reason.BINARY),
        (b"Caf\xe9 \xff\xfe \x81", Reason.UNDECODABLE),
    ],
)
def test_a_file_with_no_text_or_no_readable_text_is_rejected(
    tmp_path: Path, read: Callable[..., Items], content: bytes, reason: Reason
) -> None:
    path = tmp_path / "bad.md"
    path.write_bytes(content)
    articles, (reject,) = split(read(path))
    assert articles == []
    assert (reject.source, reject.reason) == (str(path), reason)


def test_front_matter_lines_and_their_quotes() -> None:
    fields, body = front_matter("---\nTitle: 'A: B'\nempty:\n  nested: x\n- item\n---\nBody\n")
    assert fields == {"title": "A: B", "empty": ""}  # a nested value and a list item are not read
    assert body == "Body\n"
    assert front_matter("--- not front matter\nBody") == ({}, "--- not front matter\nBody")
    assert front_matter("---\nunclosed: yes\nBody") == ({}, "---\nunclosed: yes\nBody")


@pytest.mark.model
def test_a_speaker_in_a_post_is_named_without_its_marks(tmp_path: Path, read: Callable[..., Items]) -> None:
    path = tmp_path / "post.md"
    path.write_text(POST, encoding="utf-8")
    (article,), _ = split(read(path))
    names = {attribution.speaker.name for attribution in extract(article)}
    assert "Ana Ruiz" in names
    assert not any("*" in (name or "") or "cnn.com" in (name or "") for name in names)
