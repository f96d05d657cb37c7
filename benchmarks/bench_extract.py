"""Benchmark: quotegraph extraction in each mode against a bare spaCy pipeline over the same texts, in one run.

Each phase runs in its own fresh process (so peak RSS is its own) and is timed after the models have loaded
(a warm-up article runs first, which also starts accurate mode's tagger process; that process loads its own spaCy
pipeline on the first parse the caller offers it, inside the timed run). Prints articles/s, words/s, the
time ratio to bare spaCy, and peak RSS: the phase's process plus its largest child (accurate mode's tagger).
Bare spaCy pipes the texts as quotegraph does (``quotegraph.extract.api.PIPE_BATCH`` at a time).

Usage: python benchmarks/bench_extract.py [GOLD_OR_JSONL] [--repeat N] [--modes accurate,fast,rules]
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

    from quotegraph.extract.api import PIPE_BATCH
    from quotegraph.settings import get_setting

    nlp = spacy.load(get_setting("spacy_model"))
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=PIPE_BATCH):  # as quotegraph pipes, so the ratio is quotegraph's own cost
        pass
    queue.put((time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))


def _quotegraph(texts: list[str], queue: mp.Queue, mode: str) -> None:  # type: ignore[type-arg]
    from quotegraph.extract import ExtractOptions, extract_many
    from quotegraph.model import Article

    options = ExtractOptions(mode=mode)
    list(extract_many([Article(id="warm-up", text=texts[0])], options))  # loads every model of the mode
    articles = [Article(id=str(i), text=t) for i, t in enumerate(texts)]
    start = time.perf_counter()
    found = sum(len(r.attributions) for r in extract_many(articles, options))
    elapsed = time.perf_counter() - start
    if mode == "accurate":
        from quotegraph.extract.learned.tagger import load_tagger

        load_tagger().close()  # the tagger process ends, so that its peak memory is counted below
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    queue.put((elapsed, peak, found))


def _run(target, texts: list[str], *extra: str) -> tuple:  # type: ignore[no-untyped-def,type-arg]
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=target, args=(texts, queue, *extra))
    proc.start()
    result = queue.get()
    proc.join()
    return result  # type: ignore[no-any-return]


def main() -> None:
    """Run both phases and print the comparison."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=1, help="Repeat the texts N times.")
    parser.add_argument("--modes", default="accurate,fast,rules", help="Comma-separated extraction modes.")
    args = parser.parse_args()
    texts = _texts(args.path, args.repeat)
    words = sum(len(t.split()) for t in texts)
    bare_s, bare_rss = _run(_bare_spacy, texts)
    rows = [("bare spaCy", bare_s, bare_rss, None)]
    for mode in args.modes.split(","):
        secs, rss, found = _run(_quotegraph, texts, mode)
        rows.append((f"qg {mode}", secs, rss, found))
    print(f"input: {args.path} x{args.repeat}: {len(texts)} articles, {words} words")
    print(f"{'':14}{'seconds':>9}{'articles/s':>12}{'words/s':>10}{'peak RSS MB':>13}{'found':>8}{'/ spaCy':>9}")
    for name, secs, rss, found in rows:
        tail = f"{found:8d}{secs / bare_s:9.2f}" if found is not None else ""
        print(f"{name:14}{secs:9.2f}{len(texts) / secs:12.1f}{words / secs:10.0f}{rss / 1024:13.0f}{tail}")
    print("targets: rules <= 1.5x bare spaCy; accurate >= 3,000 words/s, <= 1.5 GB; fast >= 8,000 words/s")


if __name__ == "__main__":
    main()
