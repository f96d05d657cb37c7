"""Where a reader's bytes come from (a path or buffered stdin), opened with gzip undone transparently."""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, cast

GZIP_MAGIC = b"\x1f\x8b"

# What a truncated or corrupt gzip stream raises while it is being read.
ARCHIVE_ERRORS: tuple[type[Exception], ...] = (EOFError, gzip.BadGzipFile, zlib.error)


@dataclass(frozen=True)
class Source:
    """One input: its label as the user gave it, and either a path or the bytes read from stdin."""

    label: str
    path: Path | None = None
    data: bytes | None = None

    @property
    def name(self) -> str:
        """The file name, lower-cased (``"-"`` for stdin), used to pick a reader by extension."""
        return self.path.name.lower() if self.path is not None else "-"

    def size(self) -> int:
        """Return the size of the raw (possibly compressed) input in bytes."""
        if self.data is not None:
            return len(self.data)
        assert self.path is not None
        return self.path.stat().st_size

    def open_raw(self) -> BinaryIO:
        """Open the raw bytes, without undoing any compression."""
        if self.data is not None:
            return io.BytesIO(self.data)
        assert self.path is not None
        return self.path.open("rb")


@contextmanager
def open_stream(source: Source) -> Iterator[io.BufferedIOBase]:
    """Open a source for reading, gunzipping it when it starts with the gzip magic bytes.

    Args:
        source: The input to open.

    Yields:
        A buffered binary stream that supports ``peek``.

    Raises:
        OSError: If the file cannot be opened.
    """
    raw = source.open_raw()
    try:
        magic = raw.read(2)
        raw.seek(0)
        stream: io.BufferedIOBase
        if magic == GZIP_MAGIC:
            stream = gzip.GzipFile(fileobj=raw, mode="rb")
        else:
            stream = raw if isinstance(raw, io.BufferedReader) else io.BufferedReader(cast(Any, raw))
        with stream:
            yield stream
    finally:
        raw.close()


def head(stream: io.BufferedIOBase, size: int = 8192) -> bytes:
    """Return up to ``size`` bytes from the start of a peekable stream without consuming them."""
    peek: Callable[[int], bytes] = getattr(stream, "peek")  # noqa: B009 (BufferedIOBase declares no peek)
    return peek(size)[:size]
