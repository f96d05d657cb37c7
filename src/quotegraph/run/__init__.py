"""Running extraction over many articles: a local process pool or Apache Spark, with a resumable ledger."""

from quotegraph.run.pool import IngestOptions, IngestSummary, ingest

__all__ = ["IngestOptions", "IngestSummary", "ingest"]
