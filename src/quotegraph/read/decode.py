"""Bytes to text for every reader: size limits, gzip, binary detection, decoding and line endings."""

from __future__ import annotations

import codecs

from quotegraph.errors import Reason, Reject
from quotegraph.read.source import ARCHIVE_ERRORS, Source, open_stream
from quotegraph.settings import get_setting

# Byte-order marks, longest first so that a UTF-32 mark is not taken for a UTF-16 one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control bytes that plain text legitimately contains: tab, line feed, form feed, carriage return, escape.
_TEXT_CONTROLS = frozenset(b"\t\n\x0c\r\x1b")
_BINARY_SAMPLE = 8192
_MAX_CONTROL_RATIO = 0.1
BINARY_DETAIL = "NUL or control bytes: this looks like a binary file"


def bom_encoding(data: bytes) -> str | None:
    """Return the encoding announced by a byte-order mark at the start of ``data``, if any."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def looks_binary(data: bytes) -> bool:
    """Say whether bytes look like a binary file: a NUL byte, or many control bytes, near the start."""
    sample = data[:_BINARY_SAMPLE]
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte < 32 and byte not in _TEXT_CONTROLS)
    return bool(sample) and controls / len(sample) > _MAX_CONTROL_RATIO


def normalise_newlines(text: str) -> str:
    """Turn ``\\r\\n`` and lone ``\\r`` into ``\\n``; the only change readers make to article text."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(data: bytes, *, source: str, position: str, encoding: str | None = None) -> str | Reject:
    """Decode the bytes of one text, rejecting empty, binary and undecodable input.

    Args:
        data: The raw bytes.
        source: The source label, for the reject.
        position: Where in the source the bytes came from, for the reject.
        encoding: A forced encoding; None means UTF-8, or the encoding a byte-order mark announces.

    Returns:
        The text with line endings normalised, or a Reject (R003 empty, R001 binary, R002 undecodable).
    """
    if not data.strip():
        return Reject(source, position, Reason.EMPTY, "no content" if not data else "only whitespace")
    announced = bom_encoding(data)
    if announced is None and encoding is None and looks_binary(data):
        return Reject(source, position, Reason.BINARY, BINARY_DETAIL)
    chosen = encoding or announced or "utf-8"
    if chosen.replace("_", "-").lower() in ("utf-8", "utf8") and announced == "utf-8-sig":
        chosen = "utf-8-sig"
    try:
        text = data.decode(chosen)
    except UnicodeDecodeError as exc:
        return Reject(source, position, Reason.UNDECODABLE, f"not valid {chosen} at byte offset {exc.start}")
    return normalise_newlines(text)


def check_text(text: str, *, source: str, position: str) -> Reject | None:
    """Return a Reject when an article text is blank (R003) or above ``max_article_chars`` (R004)."""
    if not text.strip():
        return Reject(source, position, Reason.EMPTY, "the text is empty or only whitespace")
    limit = int(get_setting("max_article_chars"))
    if len(text) > limit:
        return Reject(source, position, Reason.TOO_LARGE, f"{len(text)} characters, above max_article_chars={limit}")
    return None


def read_all(source: Source) -> bytes | Reject:
    """Read a whole source into memory, gunzipping it, within the ``max_file_bytes`` limit.

    Args:
        source: The input to read.

    Returns:
        The (decompressed) bytes, or a Reject: R004 too large, R008 truncated gzip, R012 unreadable.
    """
    limit = int(get_setting("max_file_bytes"))
    try:
        if source.size() > limit:
            return _too_large(source, limit)
        with open_stream(source) as stream:
            data = stream.read(limit + 1)
    except ARCHIVE_ERRORS as exc:
        return Reject(source.label, "file", Reason.MALFORMED_ARCHIVE, f"truncated or corrupt gzip: {exc}")
    except OSError as exc:
        return Reject(source.label, "file", Reason.UNREADABLE, f"cannot read: {exc}")
    if len(data) > limit:
        return _too_large(source, limit)
    return data


def load_text(source: Source, encoding: str | None = None) -> str | Reject:
    """Read and decode a whole source as one text (see ``read_all`` and ``decode_bytes``)."""
    data = read_all(source)
    if isinstance(data, Reject):
        return data
    return decode_bytes(data, source=source.label, position="file", encoding=encoding)


def _too_large(source: Source, limit: int) -> Reject:
    return Reject(source.label, "file", Reason.TOO_LARGE, f"larger than max_file_bytes={limit}")
