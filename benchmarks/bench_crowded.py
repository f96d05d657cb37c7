"""Benchmark: one article with ever more attributions, per mode, to show whether time grows with their number or
faster (the merge and the linking once compared every attribution with every other: 2,000 quoted paragraphs took
accurate mode 20.9 s against the rules' 6.7 s, and 6.8 s at 1,000).

Each size is a made-up article of N one-line paragraphs, each a quotation and its speaker ("“Line 7 is about the
plan,” Smith said."); every mode extracts it once after a warm-up. Prints seconds and milliseconds per
attribution for each mode and size: a flat ms-per-attribution column is linear growth.

``--shape reported`` makes each paragraph unquoted reported speech instead ("Line 7 is about the plan, Smith
said."), where fast mode reads many cues its tagger linked to nothing (``learned/orphans.py``, which once scanned
the whole text for every such cue: 9 s of 10 at 2,000 sentences).

Usage: python benchmarks/bench_crowded.py [--sizes 250,500,1000,2000] [--modes accurate,fast,rules]
    [--shape quoted|reported]
"""

from __future__ import annotations

import argparse
import time


def crowded_article(size: int, shape: str = "quoted") -> str:
    """An article of ``size`` one-line paragraphs, each a direct quotation (or unquoted words) and its speaker."""
    if shape == "reported":
        return "\n".join(f"Line {number} is about the plan, Smith said." for number in range(size))
    return "\n".join(f"\u201cLine {number} is about the plan,\u201d Smith said." for number in range(size))


def main() -> None:
    """Time each mode on each size and print the table."""
    from quotegraph.extract import extract
    from quotegraph.extract.options import ExtractOptions

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="250,500,1000,2000")
    parser.add_argument("--modes", default="accurate,fast,rules")
    parser.add_argument("--shape", choices=["quoted", "reported"], default="quoted")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    modes = args.modes.split(",")
    print(f"{'attributions':>12}" + "".join(f"{mode + ' s':>12}{'ms each':>9}" for mode in modes))
    for mode in modes:
        extract("The mayor said the bridge would reopen.", ExtractOptions(mode=mode))  # load the models
    for size in sizes:
        text = crowded_article(size, args.shape)
        row = f"{size:>12}"
        for mode in modes:
            start = time.perf_counter()
            found = extract(text, ExtractOptions(mode=mode))
            seconds = time.perf_counter() - start
            row += f"{seconds:>12.1f}{1000 * seconds / max(1, len(found)):>9.2f}"
        print(row, flush=True)


if __name__ == "__main__":
    main()
