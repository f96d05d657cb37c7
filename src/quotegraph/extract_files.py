"""``extract_paths``: read articles from files, extract attributions, write them in one output format."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TextIO

from rich.console import Console
from tqdm import tqdm

from quotegraph.errors import QuotegraphError, Reason, Reject
from quotegraph.extract.language import available_languages
from quotegraph.extract.options import ExtractOptions
from quotegraph.model import Article, ExtractionResult
from quotegraph.render import render_eval, render_jsonl, render_table
from quotegraph.settings import get_setting


class OutputFormat(str, Enum):
    """How ``extract`` writes its results."""

    table = "table"
    jsonl = "jsonl"
    eval = "eval"


@dataclass
class ExtractSummary:
    """What one run read, extracted and rejected."""

    read: int = 0
    extracted: int = 0
    attributions: int = 0
    rejected: int = 0

    def line(self) -> str:
        """The run's summary line."""
        return (
            f"read {self.read}, extracted {self.extracted} articles "
            f"({self.attributions} attributions), rejected {self.rejected}"
        )


def _articles(paths: list[str], summary: ExtractSummary, rejects: list[Reject]) -> list[Article]:
    from quotegraph.read import read_sources

    articles = []
    supported = set(available_languages())
    for item in read_sources(paths):
        summary.read += 1
        if isinstance(item, Article) and item.lang not in supported:
            source, position = str(item.meta.get("source", "")), str(item.meta.get("position", ""))
            detail = f"language not supported: {item.lang!r} (supported: {', '.join(sorted(supported))})"
            item = Reject(source, position, Reason.UNSUPPORTED_LANGUAGE, detail)
        if isinstance(item, Reject):
            _record(item, summary, rejects)
        else:
            articles.append(item)
    return articles


def _progress(results: Iterable[ExtractionResult], total: int) -> Iterator[ExtractionResult]:
    if total <= int(get_setting("progress_min_articles")):
        return iter(results)
    return iter(tqdm(results, total=total, unit="article", file=sys.stderr, dynamic_ncols=True))


def extract_paths(
    paths: list[str],
    format: OutputFormat = OutputFormat.table,
    output: Path | None = None,
    options: ExtractOptions | None = None,
) -> ExtractSummary:
    """Extract attributions from articles in files, directories or standard input and write them.

    Args:
        paths: Files, directories, or ``-`` for standard input.
        format: ``table``, ``jsonl`` (full records, one article per line) or ``eval`` (gold format).
        output: A file to write to; standard output when None.
        options: Extraction options.

    Returns:
        Counts of what was read, extracted and rejected (rejects are also listed on standard error).

    Raises:
        QuotegraphError: If no path was given or an article's language is not supported.
    """
    if not paths:
        raise QuotegraphError("no input: give files, directories or - for standard input")
    summary, rejects = ExtractSummary(), list[Reject]()
    articles = _articles(paths, summary, rejects)
    with ExitStack() as stack:
        out: TextIO = stack.enter_context(output.open("w", encoding="utf-8")) if output else sys.stdout
        results = _progress(_isolated(articles, options or ExtractOptions(), summary, rejects), len(articles))
        _write(results, format, out, summary)
    return summary


def _isolated(
    articles: list[Article], options: ExtractOptions, summary: ExtractSummary, rejects: list[Reject]
) -> Iterator[ExtractionResult]:
    """Extract batch by batch as the ingest workers do: an article that trips the extractor is rejected (R011),
    neither stopping the run nor losing the others."""
    from quotegraph.run.workers import extract_batch

    for start in range(0, len(articles), options.batch_size):
        for item in extract_batch(articles[start : start + options.batch_size], options):
            if isinstance(item, Reject):
                _record(item, summary, rejects)
            else:
                yield item


def _record(reject: Reject, summary: ExtractSummary, rejects: list[Reject]) -> None:
    summary.rejected += 1
    rejects.append(reject)
    print(f"rejected {reject.source} {reject.position}: {reject.reason.value} {reject.detail}", file=sys.stderr)


def _write(results: Iterator[ExtractionResult], format: OutputFormat, out: TextIO, summary: ExtractSummary) -> None:
    def counted() -> Iterator[ExtractionResult]:
        for result in results:
            summary.extracted += 1
            summary.attributions += len(result.attributions)
            yield result

    if format is OutputFormat.table:
        render_table(counted(), Console(file=out, width=160))
        return
    render = render_jsonl if format is OutputFormat.jsonl else render_eval
    for result in counted():
        out.write(render(result) + "\n")
