"""How many gold contents the accurate finder's two sources propose exactly: the ceiling of any merge.

Accurate mode chooses among the rule engine's candidates and the tagger's (``extract/learned/finder.py``); a gold
content that neither proposes with exact edges cannot come out exact, however well the selector chooses (the
boundary refiner aside). This counts, on a PolNeAR file in PolNeAR's span convention, the gold contents that the
rules' candidates, the tagger's, either, and (with ``--pred``) accurate mode's output hold exactly; and sorts the
ones neither proposes by how close the nearest candidate comes: none overlapping, the same end, the same start,
each edge in a different candidate, or neither edge. Read it before training a new tagger: what it adds to the
"either" row is what accurate mode can gain from it.

With ``--stages`` it also scores each stage of the learned finder on the gold contents, each cut to PolNeAR's
convention: the tagger's attributions (linked, long enough), the rules', the merge (the rules the tagger vetoes
dropped, every overlap settled by the selector), the boundary refiner's moves, the verifier's drops (what accurate
mode gives before resolution): exact and partial matches and predictions; and the decisive contests (an
overlapping learned and rule content of which exactly one is exact) by side and by whether the merge kept the exact
one, which is what a perfect selector would gain, and the contests where neither side is exact but one's start
with the other's end is.

Usage: python training/coverage.py [--gold GOLD] [--parses FILE.spacy] [--taggings FILE.pkl] [--pred PRED] [--stages]
(``--parses`` a DocBin of the same texts parsed by the rules pipeline, ``--taggings`` the tagger's cached output
as ``train_selector.taggings`` writes it; both are computed when not given.) About 30 s on PolNeAR dev with both
cached and ``--stages``.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from train_selector import parsed_docs, taggings  # noqa: E402

from quotegraph.evaluation.spans import pair_quotes, trim  # noqa: E402
from quotegraph.extract.attribute import find_candidates  # noqa: E402
from quotegraph.extract.candidates import Candidate, DocIndex  # noqa: E402
from quotegraph.extract.language import load_language  # noqa: E402
from quotegraph.extract.learned import finder  # noqa: E402
from quotegraph.extract.learned.boundaries import refine  # noqa: E402
from quotegraph.extract.learned.conventions import to_polnear  # noqa: E402
from quotegraph.extract.learned.finder import learned_candidates  # noqa: E402
from quotegraph.extract.learned.tagger import Tagging  # noqa: E402
from quotegraph.extract.learned.verifier import verified  # noqa: E402
from quotegraph.extract.shapes import long_enough  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "polnear"
Span = tuple[int, int]
NEAREST = ("no overlap", "same end", "same start", "edges apart", "neither edge")
STAGES = ("learned", "rules", "merged", "refined", "verified")


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


def stage_spans(
    index: DocIndex, tagging: Tagging, learned: list[Candidate], rules: list[Span]
) -> dict[str, list[Span]]:
    """The content spans of every stage of the learned finder on one document, in PolNeAR's convention, from the
    tagger's attributions (long enough) and the rules' contents (already cut) that ``coverage`` read."""

    def cut(cands: list[Candidate]) -> list[Span]:
        return [cand.content for cand in to_polnear(index, copy.deepcopy(cands))]

    merged = finder.merged_candidates(index, tagging)
    out = {"learned": cut(learned), "rules": rules, "merged": cut(merged)}
    refined = refine(index, tagging, merged)  # moves edges in place: the merge's spans are cut above
    out["refined"] = cut(refined)
    out["verified"] = cut(verified(index, tagging, refined))
    return out


def stage_tally(text: str, gold: list[dict[str, Any]], spans: dict[str, list[Span]]) -> Counter[str]:
    """One document's ``STAGE exact|partial|pred`` counts and ``contest ...`` counts (see the module docstring)."""
    counts: Counter[str] = Counter()
    for stage in STAGES:
        pairs = pair_quotes(text, gold, [{"start": start, "end": end} for start, end in spans[stage]])
        counts[f"{stage} exact"] += sum(p.exact for p in pairs)
        counts[f"{stage} partial"] += sum(p.partial for p in pairs)
        counts[f"{stage} pred"] += len(spans[stage])
    golden = _trimmed(text, [(q["start"], q["end"]) for q in gold])
    merged = _trimmed(text, spans["merged"])
    for learned in _trimmed(text, spans["learned"]):
        for rule in _trimmed(text, spans["rules"]):
            if not finder.overlaps(learned, rule) or (learned in golden and rule in golden):
                continue
            if learned not in golden and rule not in golden:
                ends = ((learned[0], rule[1]), (rule[0], learned[1]))
                mixed = {trim(text, start, end) for start, end in ends if start < end}
                counts["contest neither exact, their edges mixed exact"] += bool(mixed & golden)
                continue
            side, right = ("learned", learned) if learned in golden else ("rule", rule)
            counts[f"contest {side} exact, merge {'kept' if right in merged else 'lost'}"] += 1
    return counts


def stage_report(counts: Counter[str]) -> list[str]:
    """The stage counts as lines: each stage's exact / partial matches and F1, then the decisive contests."""
    gold_total = counts["gold"]
    lines = []
    for stage in STAGES:
        exact, partial, pred = (counts[f"{stage} {what}"] for what in ("exact", "partial", "pred"))
        f1 = [200 * hits / (gold_total + pred) if gold_total + pred else 0.0 for hits in (exact, partial)]
        lines.append(f"  {stage:9} exact {exact:5} partial {partial:5} of {pred:5}  F1 {f1[0]:.1f} / {f1[1]:.1f}")
    for side in ("learned", "rule"):
        kept, lost = (counts[f"contest {side} exact, merge {how}"] for how in ("kept", "lost"))
        lines.append(f"contests where only the {side} side is exact: merge kept {kept}, lost {lost}")
    mixed = counts["contest neither exact, their edges mixed exact"]
    lines.append(f"contests where neither side is exact but one's start with the other's end is: {mixed}")
    return lines


def _trimmed(text: str, spans: list[Span]) -> set[Span]:
    return {trim(text, *span) for span in spans}


def coverage(
    gold_docs: list[dict[str, Any]], docs: list[Any], tagged: list[Any], pred: dict[str, Any], stages: bool = False
) -> Counter[str]:
    """The counts over all documents (``pred``: accurate mode's records by document id, may be empty; ``stages``:
    the finder's stages scored too, ``stage_tally``)."""
    lang = load_language("en")
    total: Counter[str] = Counter()
    for doc_gold, doc, tagging in zip(gold_docs, docs, tagged, strict=True):
        index = DocIndex(doc, lang)
        text = index.text
        gold = _trimmed(text, [(q["start"], q["end"]) for q in doc_gold["quotes"]])
        rule_spans = [c.content for c in to_polnear(index, find_candidates(index))]
        learned_cands = long_enough(text, learned_candidates(index, tagging))
        rules, learned = _trimmed(text, rule_spans), _trimmed(text, [c.content for c in learned_cands])
        record = pred.get(doc_gold["id"])
        final = _trimmed(text, [(q["start"], q["end"]) for q in record["quotes"]]) if record is not None else None
        total += tally(gold, rules, learned, final)
        if stages:
            spans = stage_spans(index, tagging, learned_cands, rule_spans)
            total += stage_tally(text, doc_gold["quotes"], spans)
    return total


def main() -> None:
    """Read the inputs, count, print one line per count."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DATA / "dev.jsonl")
    parser.add_argument("--parses", type=Path, default=None)
    parser.add_argument("--taggings", type=Path, default=None)
    parser.add_argument("--pred", type=Path, default=None, help="accurate mode's output on the same file")
    parser.add_argument("--stages", action="store_true", help="score each stage of the finder, and its contests")
    args = parser.parse_args()
    gold = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    pred: dict[str, Any] = {}
    if args.pred is not None:
        records = (json.loads(line) for line in args.pred.read_text(encoding="utf-8").splitlines() if line.strip())
        pred = {str(r["id"]): r for r in records}
    texts = [g["text"] for g in gold]
    counts = coverage(gold, parsed_docs(gold, args.parses), taggings(texts, args.taggings), pred, args.stages)
    print(f"gold contents: {counts['gold']}")
    keys = ("rules", "tagger", "either") + (("output", "output, proposed by neither") if pred else ())
    for key in keys:
        print(f"  held exactly by {key}: {counts[key]}")
    print(f"proposed by neither: {counts['gold'] - counts['either']}")
    for key in NEAREST:
        print(f"  {key}: {counts[key]}")
    if args.stages:
        print("\n".join(["the finder's stages:", *stage_report(counts)]))


if __name__ == "__main__":
    main()
