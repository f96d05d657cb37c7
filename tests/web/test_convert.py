"""Cursor tokens: opaque, URL-safe, and refused with a 400 when tampered with."""

from __future__ import annotations

import base64

import pytest

from quotegraph.store import SearchCursor
from quotegraph.web.convert import decode_cursor, encode_cursor
from quotegraph.web.errors import WebError


@pytest.mark.parametrize("cursor", [SearchCursor("2024-03-01", 12345), SearchCursor(None, 7)])
def test_cursor_round_trip(cursor: SearchCursor) -> None:
    token = encode_cursor(cursor)
    assert token and token.replace("-", "").replace("_", "").isalnum()
    assert decode_cursor(token) == cursor


def _token(raw: str) -> str:
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


@pytest.mark.parametrize(
    "token",
    [
        "!!",
        "abc",
        _token("{}"),
        _token('["2024-03-01"]'),
        _token('["2024-3-1", 5]'),
        _token("[null, 0]"),
        _token("[null, true]"),
        _token("[null, 1.5]"),
        _token(f"[null, {1 << 64}]"),
        _token('["<script>", 5]'),
    ],
)
def test_bad_cursors_are_400(token: str) -> None:
    with pytest.raises(WebError) as caught:
        decode_cursor(token)
    assert caught.value.status == 400


def test_no_cursor() -> None:
    assert decode_cursor(None) is None and decode_cursor("") is None and encode_cursor(None) is None
