"""Which reader a source needs: by file extension first, then by sniffing its first bytes."""

from __future__ import annotations

import json
import re
import zlib

from quotegraph.read.source import Source, open_stream

EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".warc": "warc",
    ".md": "markdown",
    ".markdown": "markdown",
}
# Only news-please output has this key; an escaped one inside a JSON string value does not match.
_NEWSPLEASE_KEY = re.compile(rb'"maintext"\s*:')
_HTML_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S)
_SNIFF_BYTES = 65536


def detect_format(source: Source) -> str | None:
    """Return the reader name for a file: by extension (``.gz`` looked through), else by content.

    A ``.json``/``.jsonl`` file whose records have news-please's ``maintext`` key gets "newsplease".
    Content sniffing only trusts clear signatures (WARC, Parquet, HTML, JSON); other files get None.

    Args:
        source: The input.

    Returns:
        The reader name ("text", "jsonl", …), or None when no reader fits.
    """
    name = source.name
    if name.endswith((".warc.gz", ".warc")):
        return "warc"
    stem = name.removesuffix(".gz")
    suffix = stem[stem.rfind(".") :] if "." in stem else ""
    found = EXTENSIONS.get(suffix)
    if found in ("json", "jsonl") and looks_like_newsplease(sniff_head(source)):
        return "newsplease"
    return found or sniff_format(sniff_head(source))


def sniff_format(start: bytes) -> str | None:
    """Guess a format from the first (decompressed) bytes of an input; None when unsure."""
    if start.startswith(b"WARC/"):
        return "warc"
    if start.startswith(b"PAR1"):
        return "parquet"
    if _HTML_START.match(start):
        return "html"
    stripped = start.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{") and looks_like_jsonl(stripped):
        return "newsplease" if looks_like_newsplease(stripped) else "jsonl"
    if stripped.startswith((b"{", b"[")):
        return "newsplease" if looks_like_newsplease(stripped) else "json"
    return None


def looks_like_jsonl(start: bytes) -> bool:
    """Say whether the first line of an input is a whole JSON object (so the input is JSON Lines)."""
    first = start.lstrip().split(b"\n", 1)[0]
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False


def looks_like_newsplease(start: bytes) -> bool:
    """Say whether the first bytes of a JSON or JSON Lines input look like news-please output."""
    return _NEWSPLEASE_KEY.search(start) is not None


def sniff_head(source: Source) -> bytes:
    """Return the first (gunzipped) bytes of a source: as many as can be read, up to 64 KiB."""
    chunks: list[bytes] = []
    try:
        with open_stream(source) as stream:
            # Small reads, so that a gzip stream cut short still gives the bytes before the cut.
            while sum(map(len, chunks)) < _SNIFF_BYTES and (chunk := stream.read1(4096)):
                chunks.append(chunk)
    except (EOFError, zlib.error, OSError):  # BadGzipFile is an OSError
        pass
    return b"".join(chunks)
