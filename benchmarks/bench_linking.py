"""Time speaker and statement linking on synthetic news attributions, from 10k to 100k, and one incremental add.

Usage: ``python benchmarks/bench_linking.py [--sizes 10000,20000,50000,100000] [--linker NAME] [--json]``.
The synthetic corpus has wire copies, light edits and excerpts of each statement, name variants (surname
only, titles, transliterations), anonymous sources and a share of French reports; no model is needed for
the default fuzzy linker. With ``--linker quotegraph.embedding_linker.v1`` encoder time is reported apart.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import date, timedelta

from quotegraph.link import LinkIndex, LinkOptions
from quotegraph.model import Article, Attribution, ExtractionResult, Span, SpeakerRef

_SYLLABLES = (
    "ka",
    "lo",
    "mi",
    "ne",
    "ra",
    "su",
    "ti",
    "vo",
    "be",
    "da",
    "fe",
    "gi",
    "ho",
    "ju",
    "ly",
    "po",
    "re",
    "sa",
)
_GIVEN = ("Sergei", "Anna", "Pavel", "Claire", "Daniel", "Amina", "Tomas", "Ingrid", "Luca", "Helene", "Priya", "Mark")
_VARIANT = {"Sergei": "Sergey", "Helene": "Hélène", "Tomas": "Tomás"}
_ROLES = ("energy minister", "senator", "central bank governor", "mayor", "coach", "chief executive", "judge")
_OUTLETS = ("QG Wire", "Northern Courier", "Daily Ledger", "Harbour Times", "Evening Post", "Le Quotidien du Nord")


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(1, 3)))


def _speakers(rng: random.Random, count: int) -> list[tuple[str, str, str]]:
    """(given name, surname, role) per synthetic person; surnames repeat now and then (shared surnames)."""
    surnames = [_word(rng).capitalize() + rng.choice(("ov", "ez", "son", "ski", "ini", "")) for _ in range(count)]
    return [(rng.choice(_GIVEN), rng.choice(surnames), rng.choice(_ROLES)) for _ in range(count)]


def _name(rng: random.Random, given: str, surname: str, role: str) -> str:
    roll = rng.random()
    if roll < 0.55:
        return f"{given} {surname}"
    if roll < 0.80:
        return surname
    if roll < 0.92:
        return f"{role.title()} {given} {surname}"
    return f"{_VARIANT.get(given, given)} {surname}"


def _edit(rng: random.Random, words: list[str], vocab: list[str]) -> list[str]:
    """A report of a statement: verbatim, with a word or two changed, or an excerpt."""
    roll = rng.random()
    if roll < 0.5:
        return words
    if roll < 0.8:
        out = list(words)
        for _ in range(rng.randint(1, 2)):
            out[rng.randrange(len(out))] = rng.choice(vocab)
        return out
    start = rng.randrange(max(1, len(words) - 6))
    return words[start : start + rng.randint(6, 10)]


def synthetic(count: int, seed: int = 7) -> list[ExtractionResult]:
    """Build about ``count`` attributions in articles of up to five, over one year.

    Args:
        count: Number of attributions wanted.
        seed: Random seed (the same seed gives the same corpus).

    Returns:
        Extraction results.
    """
    rng = random.Random(seed)
    vocab = [_word(rng) for _ in range(4000)]
    people = _speakers(rng, max(20, count // 40))
    reports: list[tuple[int, str, str, str, str]] = []
    while len(reports) < count:
        given, surname, role = rng.choice(people)
        anonymous = rng.random() < 0.08
        day = rng.randrange(365)
        words = [rng.choice(vocab) for _ in range(rng.randint(8, 24))]
        for _ in range(min(count - len(reports), rng.choice((1, 1, 2, 3, 4, 6)))):
            outlet = rng.choice(_OUTLETS)
            name = "a government source" if anonymous else _name(rng, given, surname, role)
            text = " ".join(_edit(rng, words, vocab)).capitalize()
            reports.append((day + rng.randint(0, 2), outlet, name, "anonymous" if anonymous else "person", text))
    return _articles(sorted(reports), rng)


def _articles(reports: list[tuple[int, str, str, str, str]], rng: random.Random) -> list[ExtractionResult]:
    """Pack reports into articles of one to five attributions by outlet and day."""
    results = []
    start = date(2024, 1, 1)
    index = 0
    while index < len(reports):
        day, outlet = reports[index][0], reports[index][1]
        batch = [r for r in reports[index : index + rng.randint(1, 5)] if r[0] == day]
        text, attributions = "", []
        article_id = f"syn-{len(results)}"
        for _, _, name, kind, quote in batch:
            prefix = f'{name} said: "'
            begin = len(text) + len(prefix)
            text += f'{prefix}{quote}." '
            span = Span(begin, begin + len(quote), quote)
            speaker = SpeakerRef(name, kind)  # type: ignore[arg-type]
            attributions.append(Attribution(article_id, "direct", span, speaker, said_on=None, venue=None))
        lang = "fr" if outlet == "Le Quotidien du Nord" else "en"
        published = (start + timedelta(days=day)).isoformat()
        article = Article(article_id, text, outlet=outlet, published=published, lang=lang)
        results.append(ExtractionResult(article, tuple(attributions)))
        index += len(batch)
    return results


def _timed_add(index: LinkIndex, results: list[ExtractionResult]) -> tuple[float, float]:
    """Add results to an index; return wall-clock and CPU seconds (CPU time is robust on a shared machine)."""
    wall, cpu = time.perf_counter(), time.process_time()
    index.add(results)
    return round(time.perf_counter() - wall, 2), round(time.process_time() - cpu, 2)


def run(sizes: list[int], linker: str) -> list[dict[str, object]]:
    """Link each size from scratch, then add 1,000 more attributions to the largest index."""
    rows: list[dict[str, object]] = []
    options = LinkOptions(linker=linker)
    index = None
    for size in sizes:
        corpus = synthetic(size + 1000)
        total = sum(len(r.attributions) for r in corpus)
        head, tail, taken = [], [], 0
        for result in corpus:
            (head if taken < total - 1000 else tail).append(result)
            taken += len(result.attributions)
        index = LinkIndex(options)
        wall, cpu = _timed_add(index, head)
        rows.append(
            {
                "attributions": sum(len(r.attributions) for r in head),
                "seconds": wall,
                "cpu_seconds": cpu,
                "speakers": len(index.speakers),
                "statements": len(index.statements),
                "encoded_texts": len(index.vectors) if index.vectors is not None else 0,
                "encode_seconds": round(index.vectors.encode_seconds, 2) if index.vectors is not None else 0.0,
            }
        )
        rows[-1]["add_1000_seconds"], rows[-1]["add_1000_cpu_seconds"] = _timed_add(index, tail)
        print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,20000,50000,100000")
    parser.add_argument("--linker", default="quotegraph.fuzzy_linker.v1")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    rows = run([int(s) for s in args.sizes.split(",")], args.linker)
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    print(f"linker: {args.linker}")
    print("attributions  wall s   CPU s  attr/CPU s  speakers  statements  encoded (s)  add 1k wall/CPU s")
    for row in rows:
        rate = int(row["attributions"]) / max(float(row["cpu_seconds"]), 1e-9)  # type: ignore[arg-type]
        add = f"{row['add_1000_seconds']}/{row['add_1000_cpu_seconds']}"
        encoded = f"{row['encoded_texts']} ({row['encode_seconds']})"
        print(
            f"{row['attributions']:>12} {row['seconds']:>7} {row['cpu_seconds']:>7} {rate:>11.0f} "
            f"{row['speakers']:>9} {row['statements']:>11} {encoded:>12} {add:>17}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
