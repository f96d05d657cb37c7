"""Tests for the HTML reader: trafilatura metadata, the fallback cascade and encodings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from quotegraph.errors import Reason
from quotegraph.read import html as html_reader
from quotegraph.read.html import extract_html

from .conftest import Items, split

PARAGRAPHS = (
    "<p>The minister said on Tuesday that the talks would continue, according to officials.</p>"
    "<p>&quot;We will not give up,&quot; she told reporters at a press conference held in the afternoon.</p>"
)
PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><title>Minister speaks - Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2023-06-14T08:00:00Z">
<link rel="canonical" href="https://www.example.com/news/minister-speaks">
</head><body><nav>Home | World | Sport</nav>
<article><h1>Minister speaks</h1>{PARAGRAPHS}</article>
<footer>Copyright Example News</footer></body></html>"""


def test_html_reader_text_and_metadata(tmp_path: Path, read: Callable[..., Items]) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    articles, rejects = split(read(path))
    assert rejects == []
    (article,) = articles
    assert (article.title, article.published, article.outlet, article.url, article.lang) == (
        "Minister speaks",
        "2023-06-14",
        "Example News",
        "https://www.example.com/news/minister-speaks",
        "en",
    )
    assert '"We will not give up," she told reporters' in article.text
    assert "Home | World" not in article.text
    assert article.meta["extraction_method"] == "trafilatura"
    assert article.meta["sitename"] == "Example News"
    assert (article.meta["source"], article.meta["position"]) == (str(path), "file")


def test_html_reader_falls_back_and_records_the_stage(
    tmp_path: Path, read: Callable[..., Items], monkeypatch: pytest.MonkeyPatch
) -> None:
    def nothing(html: str, url: str | None) -> Any:
        return None

    stages = tuple((name, nothing if name.startswith("trafilatura") else stage) for name, stage in html_reader.STAGES)
    monkeypatch.setattr(html_reader, "STAGES", stages)
    path = tmp_path / "page.htm"
    path.write_text(PAGE, encoding="utf-8")
    (article,), _ = split(read(path))
    assert article.meta["extraction_method"] == "baseline"
    assert "We will not give up" in article.text
    assert (article.title, article.published) == ("Minister speaks", "2023-06-14")


def test_a_stage_that_raises_hands_over_to_the_next(
    tmp_path: Path, read: Callable[..., Items], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(html: str, url: str | None) -> Any:
        raise AssertionError  # as htmldate's cleaning did on some malformed markup

    stages = tuple((name, broken if name == "trafilatura" else stage) for name, stage in html_reader.STAGES)
    monkeypatch.setattr(html_reader, "STAGES", stages)
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    (article,), _ = split(read(path))
    assert article.meta["extraction_method"] == "trafilatura_recall"


def test_markup_that_trips_the_extractors_is_r007_and_the_next_file_is_read(
    tmp_path: Path, read: Callable[..., Items]
) -> None:
    bad = tmp_path / "a.html"  # found by fuzzing: htmldate raised AssertionError on it, ending the whole read
    bad.write_bytes(
        b"</a><svg><div class='x'></p><<td>?\n&amp;<html><p</div>??<!DOCTYPE html></a>> &<td>&</script><article>"
        b"<title>--><body></p><div class='x'><![CDATA[<body>--><script>\x0b<!--<p><div class='x'><div class='x'>"
    )
    good = tmp_path / "b.html"
    good.write_text(PAGE, encoding="utf-8")
    articles, rejects = split(read(bad, good))
    assert [(r.source, r.reason) for r in rejects] == [(str(bad), Reason.MALFORMED_HTML)]
    assert [a.meta["source"] for a in articles] == [str(good)]


def test_extract_html_returns_none_without_text() -> None:
    assert extract_html("<html><head><title>t</title></head><body>  </body></html>") is None


def test_html_reader_nothing_usable_is_r007(tmp_path: Path, read: Callable[..., Items]) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<html><head><script>var a = 1;</script></head><body><img src='x.png'></body></html>")
    assert [(r.reason, r.position) for r in split(read(path))[1]] == [(Reason.MALFORMED_HTML, "file")]


def test_html_reader_uses_declared_charset_and_lang(tmp_path: Path, read: Callable[..., Items]) -> None:
    page = (
        '<html lang="de"><head><meta charset="iso-8859-1"><title>Bericht</title></head><body><article>'
        "<p>Der Bürgermeister sagte am Dienstag, die Brücke bleibe noch mehrere Wochen geschlossen.</p>"
        "<p>Die Arbeiten an der Fahrbahn würden länger dauern als geplant, erklärte ein Sprecher.</p>"
        "</article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("latin-1"))
    (article,), _ = split(read(path))
    assert "Der Bürgermeister sagte" in article.text
    assert article.lang == "de"


def test_html_reader_undeclared_bad_bytes_are_r002(tmp_path: Path, read: Callable[..., Items]) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(b"<html><body><p>caf\xe9</p></body></html>")
    assert [r.reason for r in split(read(path))[1]] == [Reason.UNDECODABLE]
