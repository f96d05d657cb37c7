"""Where accurate mode wins and loses exact matches: each stage of the learned finder scored on a gold split.

The stages, each cut to PolNeAR's convention as ``quotegraph extract --convention polnear`` cuts the finder's output:
the tagger's attributions (linked, long enough), the rules', the merge (the rules the tagger vetoes dropped, every
overlap settled by the selector, cue-less learned ones dropped), the boundary refiner's moves, the verifier's drops
(what accurate mode gives before resolution). For each: exact and partial matches and predictions. Then the merge's
ceiling (gold contents either finder alone matches exactly) and the decisive contests (an overlapping learned and
rule content of which exactly one is exact), by side and by whether the merge kept the exact one: what a perfect
selector would gain; and the contests a mix of the two sides' edges would win where neither side is exact.

Usage: python training/stage_hits.py [--gold GOLD] [--parses DOCBIN]
(the gold split defaults to PolNeAR dev; ``--parses`` reads a DocBin of the same texts instead of parsing them.)
About 30 s on PolNeAR dev with its parses cached, a minute without.
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

from train_selector import parsed_docs  # noqa: E402

from quotegraph.evaluation.spans import pair_quotes, trim  # noqa: E402
from quotegraph.extract.attribute import find_candidates  # noqa: E402
from quotegraph.extract.candidates import Candidate, DocIndex  # noqa: E402
from quotegraph.extract.language import load_language  # noqa: E402
from quotegraph.extract.learned import finder  # noqa: E402
from quotegraph.extract.learned.boundaries import refine  # noqa: E402
from quotegraph.extract.learned.conventions import to_polnear  # noqa: E402
from quotegraph.extract.learned.tagger import Tagging, load_tagger  # noqa: E402
from quotegraph.extract.learned.verifier import verified  # noqa: E402
from quotegraph.extract.shapes import long_enough  # noqa: E402

DEV = ROOT.parent / "shared" / "data" / "polnear" / "dev.jsonl"
STAGES = ("learned", "rules", "merged", "refined", "verified")

Span = tuple[int, int]


def stage_spans(index: DocIndex, tagging: Tagging) -> dict[str, list[Span]]:
    """The content spans of every stage of the learned finder on one document, in PolNeAR's convention."""

    def cut(cands: list[Candidate]) -> list[Span]:
        return [cand.content for cand in to_polnear(index, copy.deepcopy(cands))]

    merged = finder.merged_candidates(index, tagging)
    out = {
        "learned": cut(long_enough(index.text, finder.learned_candidates(index, tagging))),
        "rules": cut(find_candidates(index)),
        "merged": cut(merged),
    }
    refined = refine(index, tagging, merged)  # moves edges in place: the merge's spans are cut above
    out["refined"] = cut(refined)
    out["verified"] = cut(verified(index, tagging, refined))
    return out


def _exact_and_partial(text: str, gold: list[dict[str, Any]], spans: list[Span]) -> tuple[set[Span], set[Span]]:
    pairs = pair_quotes(text, gold, [{"start": s, "end": e} for s, e in spans])
    return (
        {(p.gold["start"], p.gold["end"]) for p in pairs if p.exact},
        {(p.gold["start"], p.gold["end"]) for p in pairs if p.partial},
    )


def tally(counts: Counter[str], text: str, gold: list[dict[str, Any]], spans: dict[str, list[Span]]) -> None:
    """Add one document's counts: ``STAGE exact|partial|pred``, ``ceiling exact`` (either finder alone exact) and
    ``contest SIDE exact, merge kept|lost`` for the decisive contests, and the contests where neither side is exact
    but one's start with the other's end is."""
    exact: dict[str, set[Span]] = {}
    for stage in STAGES:
        exact[stage], partial = _exact_and_partial(text, gold, spans[stage])
        counts[f"{stage} exact"] += len(exact[stage])
        counts[f"{stage} partial"] += len(partial)
        counts[f"{stage} pred"] += len(spans[stage])
    counts["ceiling exact"] += len(exact["learned"] | exact["rules"])
    golden = {trim(text, q["start"], q["end"]) for q in gold}
    merged = {trim(text, *span) for span in spans["merged"]}
    for learned in {trim(text, *span) for span in spans["learned"]}:
        for rule in {trim(text, *span) for span in spans["rules"]}:
            if not finder.overlaps(learned, rule) or (learned in golden and rule in golden):
                continue
            if learned not in golden and rule not in golden:
                ends = ((learned[0], rule[1]), (rule[0], learned[1]))
                mixed = {trim(text, start, end) for start, end in ends if start < end}
                counts["contest neither exact, their edges mixed exact"] += bool(mixed & golden)
                continue
            side, right = ("learned", learned) if learned in golden else ("rule", rule)
            counts[f"contest {side} exact, merge {'kept' if right in merged else 'lost'}"] += 1


def stage_hits(gold: list[dict[str, Any]], docs: list[Any]) -> Counter[str]:
    """The counts of ``tally`` over a gold split and its parses (the packaged tagger reads each text)."""
    lang = load_language("en")
    counts: Counter[str] = Counter()
    for doc_gold, doc in zip(gold, docs, strict=True):
        index = DocIndex(doc, lang)
        tally(counts, index.text, doc_gold.get("quotes") or [], stage_spans(index, load_tagger().tag(index.text)))
    return counts


def report(counts: Counter[str], gold_total: int) -> list[str]:
    """The counts as lines: each stage's exact / partial matches and F1, the ceiling, the decisive contests."""
    lines = [f"{gold_total} gold contents"]
    for stage in STAGES:
        exact, partial, pred = (counts[f"{stage} {what}"] for what in ("exact", "partial", "pred"))
        f1 = [200 * hits / (gold_total + pred) if gold_total + pred else 0.0 for hits in (exact, partial)]
        lines.append(f"{stage:9} exact {exact:5} partial {partial:5} of {pred:5}  F1 {f1[0]:.1f} / {f1[1]:.1f}")
    lines.append(f"ceiling   exact {counts['ceiling exact']:5} (either finder alone exact)")
    for side in ("learned", "rule"):
        kept, lost = (counts[f"contest {side} exact, merge {how}"] for how in ("kept", "lost"))
        lines.append(f"contests where only the {side} side is exact: merge kept {kept}, lost {lost}")
    mixed = counts["contest neither exact, their edges mixed exact"]
    lines.append(f"contests where neither side is exact but one's start with the other's end is: {mixed}")
    return lines


def main() -> None:
    """Print the stages' counts on the gold split."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEV, help="A gold split (JSON Lines).")
    parser.add_argument("--parses", type=Path, default=None, help="A DocBin of the same texts (else parsed).")
    args = parser.parse_args()
    lines = args.gold.read_text(encoding="utf-8").splitlines()
    gold = [json.loads(line) for line in lines if line.strip()]
    counts = stage_hits(gold, parsed_docs(gold, args.parses))
    print("\n".join(report(counts, sum(len(doc.get("quotes") or []) for doc in gold))))


if __name__ == "__main__":
    main()
