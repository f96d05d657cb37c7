"""Tests for opening sources, with gzip undone transparently."""

from __future__ import annotations

import gzip
from pathlib import Path

from quotegraph.read.source import Source, head, open_stream


def test_open_stream_gunzips_by_magic_bytes_whatever_the_name(tmp_path: Path) -> None:
    path = tmp_path / "story.dat"
    path.write_bytes(gzip.compress(b"hello gzip"))
    with open_stream(Source(str(path), path)) as stream:
        assert stream.read() == b"hello gzip"


def test_open_stream_passes_plain_bytes_through_and_head_does_not_consume() -> None:
    source = Source("-", data=b"plain bytes here")
    with open_stream(source) as stream:
        assert head(stream, 5) == b"plain"
        assert stream.read() == b"plain bytes here"


def test_source_name_is_lower_case_file_name_or_dash(tmp_path: Path) -> None:
    assert Source("x", tmp_path / "Story.TXT.GZ").name == "story.txt.gz"
    assert Source("-", data=b"").name == "-"
    assert Source("-", data=b"abc").size() == 3
