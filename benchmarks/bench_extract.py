"""Benchmark: quotegraph extraction against a bare spaCy pipeline over the same texts, in one run.

Each phase runs in its own fresh process (so peak RSS is its own) and is timed after the model has loaded.
Prints articles/s, words/s, the time ratio to bare spaCy, and peak RSS.

Usage: python benchmarks/bench_extract.py [GOLD_OR_JSONL] [--repeat N]
Default input: ../shared/data/polnear/dev.jsonl (read from outside the repository, never copied).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import resource
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "dev.jsonl"


def _texts(path: Path, repeat: int) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()] * repeat


def _bare_spacy(texts: list[str], queue: mp.Queue) -> None:  # type: ignore[type-arg]
    import spacy

    from quotegraph.settings import get_setting

    nlp = spacy.load(get_setting("spacy_model"))
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    queue.put((time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))


def _quotegraph(texts: list[str], queue: mp.Queue) -> None:  # type: ignore[type-arg]
    from quotegraph.extract import extract_many, load_pipeline
    from quotegraph.model import Article

    load_pipeline("en")
    articles = [Article(id=str(i), text=t) for i, t in enumerate(texts)]
    start = time.perf_counter()
    found = sum(len(r.attributions) for r in extract_many(articles))
    elapsed = time.perf_counter() - start
    queue.put((elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, found))


def _run(target, texts: list[str]) -> tuple:  # type: ignore[no-untyped-def,type-arg]
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=target, args=(texts, queue))
    proc.start()
    result = queue.get()
    proc.join()
    return result  # type: ignore[no-any-return]


def main() -> None:
    """Run both phases and print the comparison."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=1, help="Repeat the texts N times.")
    args = parser.parse_args()
    texts = _texts(args.path, args.repeat)
    words = sum(len(t.split()) for t in texts)
    bare_s, bare_rss = _run(_bare_spacy, texts)
    qg_s, qg_rss, found = _run(_quotegraph, texts)
    print(f"input: {args.path} x{args.repeat}: {len(texts)} articles, {words} words")
    print(f"{'':12}{'seconds':>9}{'articles/s':>12}{'words/s':>10}{'peak RSS MB':>13}")
    for name, secs, rss in (("bare spaCy", bare_s, bare_rss), ("quotegraph", qg_s, qg_rss)):
        print(f"{name:12}{secs:9.2f}{len(texts) / secs:12.1f}{words / secs:10.0f}{rss / 1024:13.0f}")
    print(f"attributions found: {found}")
    print(f"quotegraph / bare spaCy time ratio: {qg_s / bare_s:.2f} (target <= 1.5)")


if __name__ == "__main__":
    main()
