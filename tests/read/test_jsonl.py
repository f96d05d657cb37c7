"""Tests for the JSON Lines reader, including broken lines and truncated gzip."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from quotegraph.errors import Reason

from .conftest import Items, split


def _lines(*records: Any) -> bytes:
    return b"".join(
        (r if isinstance(r, bytes) else json.dumps(r, ensure_ascii=False).encode("utf-8")) + b"\n" for r in records
    )


def test_jsonl_gold_format_keeps_ids_and_languages(tmp_path: Path, read: Callable[..., Items]) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_bytes(
        _lines(
            {
                "id": "g-1",
                "source": "corpus",
                "lang": "de",
                "text": "Er sagte: „Ja.“",
                "quotes": [],
                "split": "dev",
            },
            {"id": "g-2", "lang": "en", "text": "She said yes.", "published": "2016-09-19", "quotes": []},
        )
    )
    articles, rejects = split(read(path))
    assert rejects == []
    assert [(a.id, a.lang, a.published) for a in articles] == [
        ("g-1", "de", None),
        ("g-2", "en", "2016-09-19"),
    ]
    assert articles[0].text == "Er sagte: „Ja.“"
    assert articles[0].meta == {
        "source": str(path),
        "position": "line 1",
        "record": {"source": "corpus", "split": "dev"},
    }


def test_jsonl_demo_corpus_fields(tmp_path: Path, read: Callable[..., Items]) -> None:
    record = {
        "id": "wikinews-x",
        "url": "https://en.wikinews.org/wiki/X",
        "outlet": "Wikinews",
        "published": "2006-01-12",
        "title": "X happens",
        "text": "Officials said X happened.",
        "license": "CC BY 2.5",
        "attribution": "Wikinews contributors, X",
    }
    path = tmp_path / "demo.jsonl"
    path.write_bytes(_lines(record))
    (article,), _ = split(read(path))
    assert (article.id, article.outlet, article.title, article.url, article.published) == (
        "wikinews-x",
        "Wikinews",
        "X happens",
        "https://en.wikinews.org/wiki/X",
        "2006-01-12",
    )
    assert article.meta["record"] == {"license": "CC BY 2.5", "attribution": "Wikinews contributors, X"}


def test_jsonl_broken_lines_are_rejected_and_reading_goes_on(tmp_path: Path, read: Callable[..., Items]) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(
        _lines(
            {"text": "First."},
            b'{"text": "broken',
            b"",
            b"[1, 2]",
            b'{"text": "caf\xe9"}',
            {"body": "no text field"},
            {"text": "Last."},
        )
    )
    items = read(path)
    articles, rejects = split(items)
    assert [a.text for a in articles] == ["First.", "Last."]
    assert [a.meta["position"] for a in articles] == ["line 1", "line 7"]
    assert [(r.position, r.reason) for r in rejects] == [
        ("line 2", Reason.MALFORMED_JSON),
        ("line 4", Reason.MALFORMED_JSON),
        ("line 5", Reason.UNDECODABLE),
        ("line 6", Reason.MISSING_TEXT),
    ]
    assert "byte offset 57 (byte 13 of the line)" in rejects[2].detail
    assert len(items) == 6


def test_jsonl_lone_surrogates_are_rejected_by_field(tmp_path: Path, read: Callable[..., Items]) -> None:
    # JSON may escape half of a surrogate pair alone; no store or UTF-8 output could keep it
    path = tmp_path / "surrogates.jsonl"
    path.write_bytes(
        b'{"text": "Fine \\ud83d\\ude00 pair."}\n'
        b'{"text": "Half \\ud83d here."}\n'
        b'{"text": "Good text.", "title": "T \\udc80"}\n'
        b'{"text": "Good text.", "section": {"name": ["a", "b\\ud800"]}}\n'
        b'{"text": "Last."}\n'
    )
    articles, rejects = split(read(path))
    assert [a.text for a in articles] == ["Fine \U0001f600 pair.", "Last."]
    assert [(r.position, r.reason) for r in rejects] == [
        ("line 2", Reason.UNDECODABLE),
        ("line 3", Reason.UNDECODABLE),
        ("line 4", Reason.UNDECODABLE),
    ]
    assert [r.detail.split(" holds")[0] for r in rejects] == ["text", "title", "meta['record']['section']['name'][1]"]
    assert "U+D83D at character 5" in rejects[0].detail


def test_jsonl_gzip_and_truncated_gzip(tmp_path: Path, read: Callable[..., Items]) -> None:
    data = _lines(*({"id": f"n{i}", "text": f"Article number {i} " + "x" * 2000} for i in range(40)))
    whole = tmp_path / "a.jsonl.gz"
    whole.write_bytes(gzip.compress(data))
    cut = tmp_path / "b.jsonl.gz"
    cut.write_bytes(gzip.compress(data)[:-50])
    assert len(split(read(whole))[0]) == 40
    articles, rejects = split(read(cut))
    assert 0 < len(articles) < 40
    assert [a.id for a in articles] == [f"n{i}" for i in range(len(articles))]
    assert [(r.reason, r.position) for r in rejects] == [(Reason.MALFORMED_ARCHIVE, f"line {len(articles) + 1}")]


def test_jsonl_bom_first_line(tmp_path: Path, read: Callable[..., Items]) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + _lines({"text": "A."}, {"text": "B."}))
    articles, rejects = split(read(path))
    assert (rejects, [a.text for a in articles]) == ([], ["A.", "B."])


def test_jsonl_file_level_rejects(tmp_path: Path, read: Callable[..., Items]) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"\n  \n")
    binary = tmp_path / "binary.jsonl"
    binary.write_bytes(b"\x00\x01\x02\x03" * 10)
    utf16 = tmp_path / "utf16.jsonl"
    utf16.write_bytes('{"text": "A."}\n'.encode("utf-16"))
    results = [split(read(p))[1] for p in (empty, binary, utf16)]
    assert [[(r.reason, r.position) for r in rejects] for rejects in results] == [
        [(Reason.EMPTY, "file")],
        [(Reason.BINARY, "file")],
        [(Reason.UNDECODABLE, "file")],
    ]
