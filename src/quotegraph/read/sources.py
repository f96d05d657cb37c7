"""``read_sources``: files, directories and stdin to Articles and Rejects, each via its registered reader."""

from __future__ import annotations

import codecs
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from quotegraph.errors import QuotegraphError, Reason, Reject
from quotegraph.model import Article
from quotegraph.read.detect import detect_format, sniff_format
from quotegraph.read.options import ReadOptions
from quotegraph.read.source import Source
from quotegraph.registry import readers
from quotegraph.settings import get_setting

STDIN = "-"


def read_sources(sources: Sequence[str | Path], options: ReadOptions | None = None) -> Iterator[Article | Reject]:
    """Read articles from files, directories and stdin, in input order.

    Nothing is dropped silently: every record becomes an Article or a Reject. Directories are walked
    recursively in sorted order, skipping hidden files and folders. ``"-"`` reads stdin, as JSON Lines
    when its first line is a JSON object, else as one plain-text article.

    Args:
        sources: Paths to files or directories, or ``"-"`` for stdin.
        options: The read options; None means the defaults.

    Yields:
        Articles (``meta["source"]`` and ``meta["position"]`` set) and Rejects.

    Raises:
        QuotegraphError: If ``options.format`` names no registered reader or ``options.encoding`` is unknown.
    """
    options = options or ReadOptions()
    _check_options(options)
    for given in sources:
        if str(given) == STDIN:
            yield from _read_stdin(options)
            continue
        path = Path(given)
        if path.is_dir():
            for found in _walk(path):
                yield from _read_file(Source(path_label(found), found), options)
        else:
            yield from _read_file(Source(path_label(given), path), options)


def path_label(path: str | Path) -> str:
    """Name a file as the user gave it, with any bytes of its name that are not UTF-8 written as ``\\xff``.

    Python keeps such bytes as lone surrogates, which no store or UTF-8 output can hold; the label only names the
    file (it is read through its path), so it may differ from the path there.
    """
    return os.fsencode(path).decode("utf-8", errors="backslashreplace")


def reader_name(format_name: str) -> str:
    """Return the registry name for a format: ``"jsonl"`` → ``"quotegraph.jsonl_reader.v1"``.

    A name that already contains a dot is taken as a full registry name (a plug-in reader).
    """
    return format_name if "." in format_name else f"quotegraph.{format_name}_reader.v1"


def _check_options(options: ReadOptions) -> None:
    registered = readers.get_all()
    if options.format is not None and reader_name(options.format) not in registered:
        known = ", ".join(sorted(registered))
        raise QuotegraphError(f"no reader for format {options.format!r}; registered readers: {known}")
    if options.encoding is not None:
        try:
            codecs.lookup(options.encoding)
        except LookupError:
            raise QuotegraphError(f"unknown encoding {options.encoding!r}") from None


def _walk(root: Path) -> Iterator[Path]:
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(folder) / name


def _read_file(source: Source, options: ReadOptions) -> Iterator[Article | Reject]:
    assert source.path is not None
    if not source.path.is_file():
        detail = "no such file" if not source.path.exists() else "not a regular file"
        yield Reject(source.label, "file", Reason.UNREADABLE, detail)
        return
    format_name = options.format or detect_format(source)
    if format_name is None:
        detail = "no reader for this file type; name the format (for plain text: format 'text')"
        yield Reject(source.label, "file", Reason.UNSUPPORTED_FORMAT, detail)
        return
    yield from _run_reader(format_name, source, options)


def _read_stdin(options: ReadOptions) -> Iterator[Article | Reject]:
    limit = int(get_setting("max_file_bytes"))
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        yield Reject(STDIN, "file", Reason.TOO_LARGE, f"larger than max_file_bytes={limit}")
        return
    source = Source(STDIN, data=data)
    from quotegraph.read.detect import sniff_head

    format_name = options.format or sniff_format(sniff_head(source)) or "text"
    yield from _run_reader(format_name, source, options)


def _run_reader(format_name: str, source: Source, options: ReadOptions) -> Iterator[Article | Reject]:
    reader = readers.get(reader_name(format_name))
    read = 0
    try:
        for item in reader(source, options):
            read += 1
            yield item
    except OSError as exc:  # the file vanished or became unreadable part-way
        yield Reject(source.label, "file", Reason.UNREADABLE, f"cannot read: {exc}")
    except Exception as exc:  # a reader's (or its library's) failure on an input it cannot handle: this file only
        where = "file" if not read else f"after item {read}"
        detail = f"the {format_name} reader failed ({type(exc).__name__}: {exc}); the rest of the file was not read"
        yield Reject(source.label, where, Reason.READER_FAILED, detail)
