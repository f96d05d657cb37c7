"""Store benchmark: size per 1,000 quotes and search latency (p50/p95) on a synthetic store of N quotes.

Usage:
    python benchmarks/bench_store.py [--quotes 1000000] [--db /tmp/bench.db] [--pg-url URL] [--reuse]

Builds a synthetic store through the store's own write path (batches of ``--batch`` articles, four quotes
each, Zipf-distributed words, 20,000 speakers, 50 outlets, 25 years of dates), then times six kinds of
query, each ``--repeat`` times with varied parameters: by speaker, by a one-month date range, by a
mid-frequency term, by a very common term, by a two-word phrase, and by a term and a speaker.
Target: p95 <= 50 ms. The PostgreSQL database given must be a scratch one: the benchmark fills it.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from quotegraph.model import Article, Attribution, ExtractionResult, Span, SpeakerRef
from quotegraph.store import SearchQuery, Store, open_store

VOCABULARY = 20_000
WORDS_PER_QUOTE = 14
QUOTES_PER_ARTICLE = 4
SPEAKERS = 20_000
OUTLETS = 50
TYPES = ("direct", "indirect", "mixed")


def _pseudo_word(rng: random.Random) -> str:
    syllables = rng.randint(1, 4)
    return "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(syllables))


class Corpus:
    """A deterministic synthetic corpus: Zipf words, speakers and outlets, and articles built from them."""

    def __init__(self, seed: int = 7) -> None:
        rng = random.Random(seed)
        words = list(dict.fromkeys(_pseudo_word(rng) for _ in range(VOCABULARY * 2)))[:VOCABULARY]
        self.words = words
        self.cum_weights = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(words))))
        self.speakers = [f"{_pseudo_word(rng).title()} {_pseudo_word(rng).title()}" for _ in range(SPEAKERS)]
        self.outlets = [f"Outlet {n}" for n in range(OUTLETS)]
        self.rng = rng

    def quote(self) -> str:
        """Return one synthetic quote text."""
        return " ".join(self.rng.choices(self.words, cum_weights=self.cum_weights, k=WORDS_PER_QUOTE)).capitalize()

    def article(self, n: int) -> ExtractionResult:
        """Return synthetic article ``n`` with its attributions."""
        rng = self.rng
        speaker = self.speakers[
            min(int(rng.paretovariate(1.2)) - 1, SPEAKERS - 1) if rng.random() < 0.5 else rng.randrange(SPEAKERS)
        ]
        published = f"{rng.randint(2000, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        text, spans = "", []
        for _ in range(QUOTES_PER_ARTICLE):
            quote = self.quote()
            spans.append((len(text) + 1, len(text) + 1 + len(quote)))
            text += f'"{quote}," said {speaker}.\n'
        article = Article(
            f"bench-{n:08d}",
            text,
            f"Title {n}",
            f"https://example.org/{n}",
            rng.choice(self.outlets),
            published,
            meta={"source": "bench", "position": str(n)},
        )
        attributions = tuple(
            Attribution(
                article.id,
                rng.choice(TYPES),
                Span.of(text, s, e),  # type: ignore[arg-type]
                SpeakerRef(speaker, "person", (Span.of(text, e + 8, e + 8 + len(speaker)),)),
                cue=Span.of(text, e + 3, e + 7),
                confidence=0.9,
            )
            for s, e in spans
        )
        return ExtractionResult(article, attributions)


def build(store: Store, corpus: Corpus, quotes: int, batch: int) -> float:
    """Fill a store with ``quotes`` synthetic quotes; return the rate in quotes per second."""
    articles = quotes // QUOTES_PER_ARTICLE
    started = time.perf_counter()
    for first in range(0, articles, batch):
        store.write_results([corpus.article(n) for n in range(first, min(first + batch, articles))])
        done = min(first + batch, articles) * QUOTES_PER_ARTICLE
        print(f"\r  loaded {done:,} quotes", end="", flush=True)
    print()
    return quotes / (time.perf_counter() - started)


def query_sets(corpus: Corpus, repeat: int) -> dict[str, Iterator[SearchQuery]]:
    """Return, per query kind, ``repeat`` queries with varied parameters."""
    rng = random.Random(11)
    w = corpus.words

    def _each(make: Callable[[], SearchQuery]) -> Iterator[SearchQuery]:
        return iter([make() for _ in range(repeat)])

    def _month() -> SearchQuery:
        year, mon = rng.randint(2000, 2024), rng.randint(1, 12)
        return SearchQuery(since=f"{year}-{mon:02d}", until=f"{year}-{mon:02d}")

    return {
        "speaker": _each(lambda: SearchQuery(speaker=rng.choice(corpus.speakers[:2000]))),
        "date range (1 month)": _each(_month),
        "mid-frequency term": _each(lambda: SearchQuery(text=rng.choice(w[200:2000]))),
        "common term": _each(lambda: SearchQuery(text=rng.choice(w[:5]))),
        "phrase": _each(lambda: SearchQuery(text=f'"{rng.choice(w[:50])} {rng.choice(w[:50])}"')),
        "term + speaker": _each(lambda: SearchQuery(text=rng.choice(w[:100]), speaker=rng.choice(corpus.speakers))),
    }


def time_queries(store: Store, corpus: Corpus, repeat: int) -> None:
    """Print p50/p95 latency in milliseconds and the mean hit count per query kind."""
    for kind, queries in query_sets(corpus, repeat).items():
        times, hits = [], []
        for query in queries:
            started = time.perf_counter()
            hits.append(len(store.search(query)))
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        p95 = times[max(0, int(len(times) * 0.95) - 1)]
        print(
            f"  {kind:<22} p50 {statistics.median(times):7.1f} ms   p95 {p95:7.1f} ms   "
            f"(mean hits {statistics.mean(hits):.1f})"
        )


def size_bytes(store: Store, url: str) -> int:
    """Return the on-disk size of the store's data."""
    if store.backend == "postgresql":
        rows = store._rows(  # type: ignore[attr-defined]
            "SELECT sum(pg_total_relation_size(c.oid)) AS n FROM pg_class c JOIN pg_namespace s "
            "ON s.oid = c.relnamespace WHERE s.nspname = 'public' AND c.relkind = 'r'"
        )
        return int(rows[0]["n"])
    store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[attr-defined]
    return sum(os.path.getsize(p) for p in (url, url + "-wal") if os.path.exists(p))


def bench(url: str, quotes: int, batch: int, repeat: int, reuse: bool = False) -> None:
    """Build one store (unless reusing a full one) and print its numbers."""
    store = open_store(url)
    corpus = Corpus()
    print(f"{store.backend}: {quotes:,} quotes")
    if not (reuse and store.stats().attributions == quotes):
        print(f"  bulk load {build(store, corpus, quotes, batch):,.0f} quotes/s (synthetic records built included)")
    if store.backend == "postgresql":
        store._rows("ANALYZE")  # type: ignore[attr-defined]
    print(f"  size {size_bytes(store, url) / quotes * 1000 / 1024:,.0f} KiB per 1,000 quotes")
    time_queries(store, corpus, repeat)
    store.close()


def main() -> None:
    """Parse arguments and run the benchmark on SQLite and, when a URL is given, PostgreSQL."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--db", default="/tmp/quotegraph-bench.db")
    parser.add_argument("--pg-url", default=os.environ.get("QUOTEGRAPH_BENCH_PG_URL"))
    parser.add_argument("--batch", type=int, default=5_000, help="articles per transaction")
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--reuse", action="store_true", help="query a store built by an earlier run")
    args = parser.parse_args()
    if not args.reuse:
        for suffix in ("", "-wal", "-shm"):
            Path(args.db + suffix).unlink(missing_ok=True)
    bench(args.db, args.quotes, args.batch, args.repeat, args.reuse)
    if args.pg_url:
        bench(args.pg_url, args.quotes, args.batch, args.repeat, args.reuse)


if __name__ == "__main__":
    main()
