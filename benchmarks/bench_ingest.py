"""Ingest benchmark: articles/s and words/s with 1 and 2 workers (and on Spark), model loading included.

Usage:
    python benchmarks/bench_ingest.py [CORPUS.jsonl] [--repeat 4] [--workers 1 2] [--spark local[2]]

``--spark MASTER`` adds a run that extracts on Spark at that master, its start-up included, in batches of
``--spark-batch`` articles.

The corpus (default: the shared demo corpus) is repeated ``--repeat`` times with fresh ids and URLs, so
that every copy is extracted rather than skipped as a duplicate, and ingested into a new SQLite store
per worker count.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from quotegraph.run import IngestOptions, ingest

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "demo-corpus" / "articles.jsonl"


def repeated_corpus(source: Path, repeat: int, out: Path) -> tuple[int, int]:
    """Write ``repeat`` copies of a JSON Lines corpus with unique ids; return (articles, words)."""
    records = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = words = 0
    with out.open("w", encoding="utf-8") as handle:
        for copy in range(repeat):
            for n, record in enumerate(records):
                record = dict(record, id=f"{record.get('id', n)}-copy{copy}")
                if record.get("url"):
                    record["url"] = f"{record['url']}#copy{copy}"
                handle.write(json.dumps(record) + "\n")
                articles += 1
                words += len(str(record.get("text", "")).split())
    return articles, words


def main() -> None:
    """Run the benchmark and print one line per worker count."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=4)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--spark", metavar="MASTER", help="also extract on Spark at this master URL")
    parser.add_argument("--spark-batch", type=int, default=64, help="articles per Spark job")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        articles, words = repeated_corpus(args.corpus, args.repeat, corpus)
        print(f"corpus: {articles} articles, {words:,} words ({args.corpus.name} x {args.repeat})")
        runs = [(f"workers={w}", IngestOptions(db=str(Path(tmp) / f"w{w}.db"), workers=w)) for w in args.workers]
        if args.spark:
            spark = IngestOptions(db=str(Path(tmp) / "spark.db"), spark=args.spark, batch_size=args.spark_batch)
            runs.append((f"spark={args.spark}", spark))
        for name, options in runs:
            started = time.perf_counter()
            summary = ingest([corpus], replace(options, progress=False))
            seconds = time.perf_counter() - started
            rate = f"{articles / seconds:.1f} articles/s, {words / seconds:,.0f} words/s"
            print(f"{name}: {summary}; {seconds:.1f} s, {rate}")


if __name__ == "__main__":
    main()
