"""Tests for wire-service headers and the wire reader."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from quotegraph.model import Article
from quotegraph.read import WireHeader, parse_wire_header
from quotegraph.read.fields import ArticleFields
from quotegraph.read.wire import fill_from_header

from .conftest import Items, split

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "tass-2023-06-14.txt"
SEED_ALT = Path("/work/shared/seed/tass-2023-06-14.txt")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            " date 2024-01-05 KYIV, January 5. /TASS/. The mayor said the bridge was closed.",
            WireHeader("2024-01-05", "KYIV", "TASS", 42, "--01-05"),
        ),
        (
            "LONDON, March 3 (Reuters) - Shares fell on Monday.",
            WireHeader(None, "LONDON", "Reuters", 28, "--03-03"),
        ),
        (
            "ST. PETERSBURG, Sept. 9. /TASS/. The forum opened.",
            WireHeader(None, "ST. PETERSBURG", "TASS", 33, "--09-09"),
        ),
        (
            "NEW YORK, Dec 1 (AP) — Officials said...",
            WireHeader(None, "NEW YORK", "AP", 23, "--12-01"),
        ),
        (
            "BEIJING, July 2 /Xinhua/\nThe body starts on the next line.",
            WireHeader(None, "BEIJING", "Xinhua", 25, "--07-02"),
        ),
    ],
)
def test_parse_wire_header_layouts(text: str, expected: WireHeader) -> None:
    header = parse_wire_header(text)
    assert header == expected
    assert not text[header.body_start].isspace()


@pytest.mark.parametrize(
    "text",
    [
        "Paris, June 14. /TASS/. The place is not in capitals.",
        "NEW YORK, Mayor 14 (AP) - not a month.",
        "PARIS, June 14. The agency is missing.",
        "The minister said, June 14 (AP) - a sentence, not a dateline.",
        " date 2023-02-30 PARIS, June 14. /TASS/. An impossible date.",
        "A normal article that starts with a sentence.",
        "",
    ],
)
def test_parse_wire_header_rejects_non_headers(text: str) -> None:
    assert parse_wire_header(text) is None


def test_parse_wire_header_seed_file() -> None:
    seed = SEED if SEED.exists() else SEED_ALT
    if not seed.exists():
        pytest.skip("the shared seed article is not available here")
    text = seed.read_text(encoding="utf-8")
    header = parse_wire_header(text)
    assert header is not None
    assert (header.published, header.dateline, header.outlet) == ("2023-06-14", "PARIS", "TASS")
    assert text[: header.body_start].rstrip().endswith("/TASS/.")
    assert text[header.body_start].isupper()


def test_fill_from_header_keeps_values_the_record_gives() -> None:
    fields = ArticleFields(
        text=" date 2024-01-05 KYIV, January 5. /TASS/. Body.",
        source="s",
        position="line 1",
        outlet="TASS English",
    )
    fill_from_header(fields)
    assert (fields.outlet, fields.dateline, fields.published) == ("TASS English", "KYIV", "2024-01-05")
    assert fields.meta == {"body_start": 42, "dateline_month_day": "--01-05"}
    assert fields.text.startswith(" date 2024")


def test_wire_reader_reads_whole_text(tmp_path: Path, read: Callable[..., Items]) -> None:
    path = tmp_path / "story.dat"
    path.write_text(" date 2024-01-05 KYIV, January 5. /TASS/. The mayor said so.\n", encoding="utf-8")
    articles, rejects = split(read(path, format="wire"))
    assert rejects == []
    article: Article = articles[0]
    assert article.text == " date 2024-01-05 KYIV, January 5. /TASS/. The mayor said so.\n"
    assert (article.outlet, article.dateline, article.published) == ("TASS", "KYIV", "2024-01-05")
    assert article.meta["body_start"] == 42
