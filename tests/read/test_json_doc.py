"""Tests for the JSON document reader: one object or an array of objects."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from quotegraph.errors import Reason

from .conftest import Items, split


def test_json_single_object(tmp_path: Path, read: Callable[..., Items]) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"id": "seed-1", "text": "He said so.", "published": "2023-06-14"}, indent=2))
    articles, rejects = split(read(path))
    assert rejects == []
    assert [(a.id, a.text, a.published, a.meta["position"]) for a in articles] == [
        ("seed-1", "He said so.", "2023-06-14", "record 1")
    ]


def test_json_array_with_a_bad_element(tmp_path: Path, read: Callable[..., Items]) -> None:
    path = tmp_path / "many.json"
    path.write_text(json.dumps([{"text": "One."}, "not an object", {"title": "no text"}, {"text": "Four."}]))
    items = read(path)
    articles, rejects = split(items)
    assert [(a.text, a.meta["position"]) for a in articles] == [("One.", "record 1"), ("Four.", "record 4")]
    assert [(r.reason, r.position) for r in rejects] == [
        (Reason.MALFORMED_JSON, "record 2"),
        (Reason.MISSING_TEXT, "record 3"),
    ]
    assert len(items) == 4


def test_json_broken_document_and_empty_array(tmp_path: Path, read: Callable[..., Items]) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{\n  "text": "unterminated\n}')
    empty = tmp_path / "empty.json"
    empty.write_text("[]")
    (bad,) = split(read(broken))[1]
    (none,) = split(read(empty))[1]
    assert (bad.reason, bad.position) == (Reason.MALFORMED_JSON, "file")
    assert "line 2" in bad.detail
    assert (none.reason, none.position) == (Reason.EMPTY, "file")
