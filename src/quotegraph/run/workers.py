"""What runs in an extraction worker: load the model once, then turn article batches into results or rejects.

Pure of storage: workers never touch the store; the ingest main process is its one writer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotegraph.errors import Reason, Reject, UnencodableTextError, UnsupportedLanguageError
from quotegraph.model import Article, ExtractionResult
from quotegraph.store.rows import source_position

if TYPE_CHECKING:
    from quotegraph.extract import ExtractOptions

#: The extraction options of this worker process, set by ``init_worker``.
_OPTIONS: ExtractOptions | None = None


def init_worker(options: ExtractOptions | None, warm_up: bool = True) -> None:
    """Set up a worker process: keep the options and load the English pipeline once.

    Args:
        options: The extraction options for every batch this process will see.
        warm_up: Load the model now rather than on the first batch.
    """
    global _OPTIONS
    _OPTIONS = options
    if warm_up:
        from quotegraph.extract import ExtractOptions, load_pipeline

        load_pipeline("en", (options or ExtractOptions()).mode)


def _reject(article: Article, reason: Reason, detail: str) -> Reject:
    where = source_position(article) or (str(article.meta.get("source", "")), article.id)
    return Reject(where[0], where[1], reason, f"{article.id}: {detail}")


def extract_one(article: Article, options: ExtractOptions | None = None) -> ExtractionResult | Reject:
    """Extract one article (with ``options``, else this worker's); an unsupported language becomes R010, a text with
    a lone surrogate R002 and any other failure R011."""
    from quotegraph.extract import extract_many

    try:
        return next(iter(extract_many([article], options or _OPTIONS)))
    except UnsupportedLanguageError as exc:
        return _reject(article, Reason.UNSUPPORTED_LANGUAGE, str(exc))
    except UnencodableTextError as exc:
        return _reject(article, Reason.UNDECODABLE, str(exc))
    except Exception as exc:  # one bad article must not stop the run: it is recorded instead
        return _reject(article, Reason.EXTRACTION_FAILED, f"{type(exc).__name__}: {exc}")


def extract_batch(articles: list[Article], options: ExtractOptions | None = None) -> list[ExtractionResult | Reject]:
    """Extract a batch in one spaCy pass, falling back to one article at a time when any of them fails.

    Args:
        articles: The articles of one batch.
        options: Extraction options; this worker's (``init_worker``) when None.

    Returns:
        One result or reject per article, in the same order.
    """
    from quotegraph.extract import extract_many

    try:
        results: list[ExtractionResult | Reject] = list(extract_many(articles, options or _OPTIONS))
        if len(results) == len(articles):
            return results
    except Exception:  # isolate the culprit below; the others are extracted again one by one
        pass
    return [extract_one(article, options) for article in articles]
