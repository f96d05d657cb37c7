"""How many gold contents the accurate finder's two sources propose exactly: the ceiling of any merge.

Accurate mode chooses among the rule engine's candidates and the tagger's (``extract/learned/finder.py``); a gold
content that neither proposes with exact edges cannot come out exact, however well the selector chooses (the
boundary refiner aside). This counts, on a PolNeAR file in PolNeAR's span convention, the gold contents that the
rules' candidates, the tagger's, either, and (with ``--pred``) accurate mode's output hold exactly; and sorts the
ones neither proposes by how close the nearest candidate comes: none overlapping, the same end, the same start,
each edge in a different candidate, or neither edge. Read it before training a new tagger: what it adds to the
"either" row is what accurate mode can gain from it.

Usage: python training/coverage.py [--gold GOLD] [--parses FILE.spacy] [--taggings FILE.pkl] [--pred PRED]
(``--parses`` a DocBin of the same texts parsed by the rules pipeline, ``--taggings`` the tagger's cached output
as ``train_selector.taggings`` writes it; both are computed when not given.)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from train_selector import parsed_docs, taggings  # noqa: E402

from quotegraph.evaluation.spans import trim  # noqa: E402
from quotegraph.extract.attribute import find_candidates  # noqa: E402
from quotegraph.extract.candidates import DocIndex  # noqa: E402
from quotegraph.extract.language import load_language  # noqa: E402
from quotegraph.extract.learned.conventions import to_polnear  # noqa: E402
from quotegraph.extract.learned.finder import learned_candidates  # noqa: E402
from quotegraph.extract.shapes import long_enough  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "polnear"
Span = tuple[int, int]
NEAREST = ("no overlap", "same end", "same start", "edges apart", "neither edge")


def nearest(gold: Span, candidates: set[Span]) -> str:
    """How close the candidates come to a gold content none of them holds exactly (one of ``NEAREST``)."""
    overlapping = [c for c in candidates if min(c[1], gold[1]) > max(c[0], gold[0])]
    if not overlapping:
        return "no overlap"
    same_start = any(c[0] == gold[0] for c in overlapping)
    same_end = any(c[1] == gold[1] for c in overlapping)
    if same_start and same_end:
        return "edges apart"
    return "same start" if same_start else "same end" if same_end else "neither edge"


def tally(gold: set[Span], rules: set[Span], learned: set[Span], final: set[Span] | None) -> Counter[str]:
    """The counts of one document (all spans trimmed as the scorer trims them)."""
    either = rules | learned
    counts: Counter[str] = Counter(
        {"gold": len(gold), "rules": len(gold & rules), "tagger": len(gold & learned), "either": len(gold & either)}
    )
    if final is not None:
        counts["output"] += len(gold & final)
        counts["output, proposed by neither"] += len((gold & final) - either)
    for span in gold - either:
        counts[nearest(span, either)] += 1
    return counts


def _trimmed(text: str, spans: list[Span]) -> set[Span]:
    return {trim(text, *span) for span in spans}


def coverage(gold_docs: list[dict[str, Any]], docs: list[Any], tagged: list[Any], pred: dict[str, Any]) -> Counter[str]:
    """The counts over all documents (``pred``: accurate mode's records by document id, may be empty)."""
    lang = load_language("en")
    total: Counter[str] = Counter()
    for doc_gold, doc, tagging in zip(gold_docs, docs, tagged, strict=True):
        index = DocIndex(doc, lang)
        text = index.text
        gold = _trimmed(text, [(q["start"], q["end"]) for q in doc_gold["quotes"]])
        rules = _trimmed(text, [c.content for c in to_polnear(index, find_candidates(index))])
        learned = _trimmed(text, [c.content for c in long_enough(text, learned_candidates(index, tagging))])
        record = pred.get(doc_gold["id"])
        final = _trimmed(text, [(q["start"], q["end"]) for q in record["quotes"]]) if record is not None else None
        total += tally(gold, rules, learned, final)
    return total


def main() -> None:
    """Read the inputs, count, print one line per count."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DATA / "dev.jsonl")
    parser.add_argument("--parses", type=Path, default=None)
    parser.add_argument("--taggings", type=Path, default=None)
    parser.add_argument("--pred", type=Path, default=None, help="accurate mode's output on the same file")
    args = parser.parse_args()
    gold = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    pred: dict[str, Any] = {}
    if args.pred is not None:
        records = (json.loads(line) for line in args.pred.read_text(encoding="utf-8").splitlines() if line.strip())
        pred = {str(r["id"]): r for r in records}
    counts = coverage(gold, parsed_docs(gold, args.parses), taggings([g["text"] for g in gold], args.taggings), pred)
    print(f"gold contents: {counts['gold']}")
    keys = ("rules", "tagger", "either") + (("output", "output, proposed by neither") if pred else ())
    for key in keys:
        print(f"  held exactly by {key}: {counts[key]}")
    print(f"proposed by neither: {counts['gold'] - counts['either']}")
    for key in NEAREST:
        print(f"  {key}: {counts[key]}")


if __name__ == "__main__":
    main()
