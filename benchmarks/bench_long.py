"""Benchmark: one long article per mode, parsed in pieces (as quotegraph does) and whole, for time and peak memory.

spaCy's time and memory for one Doc grow faster than its length, so quotegraph parses a text longer than
``quotegraph.extract.parse.LONG_TEXT_CHARS`` in pieces cut at paragraph starts. Each size is the bundled demo
corpus's articles joined by blank lines (and repeated) up to that many characters; each run is a fresh process
(its peak RSS its own and its children's, as in ``bench_extract.py``), timed after a warm-up article, through
``extract_many`` as the CLI and ingest run (accurate mode's tagger process tags while the caller parses). ``whole``
raises the limit above the article's length, as before pieces. Prints seconds, words/s, peak RSS and the number of
attributions found (the two ways differ only near the cuts).

Usage: python benchmarks/bench_long.py [--sizes 50000,200000,400000] [--modes accurate,fast,rules] [--no-whole]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import resource
import time
from pathlib import Path

DEMO = Path(__file__).resolve().parents[1] / "demo" / "wikinews-articles.jsonl"


def long_article(size: int) -> str:
    """The demo corpus's articles joined by blank lines, repeated as needed, cut at a paragraph near ``size``."""
    texts = [json.loads(line)["text"].strip() for line in DEMO.read_text(encoding="utf-8").splitlines() if line]
    joined = "\n\n".join(texts)
    while len(joined) < size:
        joined += "\n\n" + joined
    cut = joined.rfind("\n\n", 0, size)
    return joined[: cut if cut > 0 else size]


def _extract(text: str, mode: str, whole: bool, queue: mp.Queue) -> None:  # type: ignore[type-arg]
    from quotegraph.extract import ExtractOptions, extract_many
    from quotegraph.extract import parse as parsing
    from quotegraph.model import Article

    if whole:
        parsing.LONG_TEXT_CHARS = len(text) + 1
    options = ExtractOptions(mode=mode)
    list(extract_many([Article(id="warm-up", text="The mayor said the bridge would reopen.")], options))
    start = time.perf_counter()
    found = sum(len(r.attributions) for r in extract_many([Article(id="long", text=text)], options))
    elapsed = time.perf_counter() - start
    if mode == "accurate":
        from quotegraph.extract.learned.tagger import load_tagger

        load_tagger().close()  # the tagger process ends, so that its peak memory is counted below
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    queue.put((elapsed, peak, found))


def _run(text: str, mode: str, whole: bool) -> tuple[float, int, int]:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_extract, args=(text, mode, whole, queue))
    proc.start()
    result: tuple[float, int, int] = queue.get()
    proc.join()
    return result


def main() -> None:
    """Time each mode on each size, in pieces and whole, and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="50000,200000,400000", help="Comma-separated article lengths (chars).")
    parser.add_argument("--modes", default="accurate,fast,rules", help="Comma-separated extraction modes.")
    parser.add_argument("--no-whole", action="store_true", help="Only parse in pieces.")
    args = parser.parse_args()
    ways = [False] if args.no_whole else [False, True]
    print(f"{'chars':>8}{'words':>8} {'mode':10}{'parse':>7}{'seconds':>9}{'words/s':>9}{'RSS MB':>8}{'found':>7}")
    for size in (int(size) for size in args.sizes.split(",")):
        text = long_article(size)
        words = len(text.split())
        for mode in args.modes.split(","):
            for whole in ways:
                secs, rss, found = _run(text, mode, whole)
                way = "whole" if whole else "pieces"
                row = f"{len(text):8d}{words:8d} {mode:10}{way:>7}{secs:9.1f}{words / secs:9.0f}{rss / 1024:8.0f}"
                print(f"{row}{found:7d}", flush=True)


if __name__ == "__main__":
    main()
