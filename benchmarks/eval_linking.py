"""Score speaker and statement linking on the linking gold set, for each linking method, and print the table.

Usage: ``python benchmarks/eval_linking.py [--gold PATH] [--split dev|test|all] [--errors] [--json]``.
Each split is linked on its own (dev and test share no story); ``all`` links every article together.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from itertools import combinations
from pathlib import Path

from quotegraph.link import LinkOptions, link, load_link_gold, score_clusters
from quotegraph.link.gold import GoldArticle, LinkGold

GOLD = Path(__file__).resolve().parents[1] / "tests" / "link" / "data" / "linking_gold.jsonl"
METHODS = ("quotegraph.exact_linker.v1", "quotegraph.fuzzy_linker.v1", "quotegraph.embedding_linker.v1")


def _cross_lingual_recall(articles: list[GoldArticle], predicted: dict[str, str]) -> float:
    """Pairwise recall over gold statement pairs whose two reports are in different languages."""
    lang = {i: a.result.article.lang for a in articles for i in a.statements}
    gold = {i: s for a in articles for i, s in a.statements.items()}
    pairs = [(x, y) for x, y in combinations(sorted(gold), 2) if gold[x] == gold[y] and lang[x] != lang[y]]
    hits = sum(1 for x, y in pairs if predicted.get(x) is not None and predicted.get(x) == predicted.get(y))
    return hits / len(pairs) if pairs else 1.0


def evaluate(gold: LinkGold, split: str | None, linker: str) -> dict[str, object]:
    """Link one split with one method and score speakers and statements."""
    articles = gold.select(split)
    started = time.perf_counter()
    links = link(LinkGold.results(articles), LinkOptions(linker=linker))
    seconds = time.perf_counter() - started
    gold_speakers = {i: s for a in articles for i, s in a.speakers.items()}
    gold_statements = {i: s for a in articles for i, s in a.statements.items()}
    return {
        "method": linker,
        "split": split or "all",
        "attributions": len(gold_speakers),
        "seconds": round(seconds, 2),
        "speakers": vars(score_clusters(gold_speakers, links.speakers.by_attribution)),
        "statements": vars(score_clusters(gold_statements, links.statements.by_attribution)),
        "cross_lingual_recall": _cross_lingual_recall(articles, links.statements.by_attribution),
        "_links": links,
    }


def _row(result: dict[str, object]) -> str:
    sp, st = result["speakers"], result["statements"]
    assert isinstance(sp, dict) and isinstance(st, dict)
    cells = [sp["pairwise_precision"], sp["pairwise_recall"], sp["pairwise_f1"], sp["bcubed_f1"]]
    cells += [st["pairwise_precision"], st["pairwise_recall"], st["pairwise_f1"], st["bcubed_f1"]]
    cells += [result["cross_lingual_recall"]]
    name = str(result["method"]).split(".")[1].replace("_linker", "")
    numbers = " ".join(f"{100 * float(c):6.1f}" for c in cells)  # type: ignore[arg-type]
    return f"{name:<10} {result['split']:<5} {result['attributions']:>5} {numbers}"


def _errors(gold: LinkGold, split: str | None, result: dict[str, object]) -> None:
    """Print gold pairs that were missed and predicted pairs that are wrong."""
    links = result["_links"]
    articles = gold.select(split)
    text = {a.id: a for g in articles for a in g.result.attributions}
    for kind, labels, predicted in (
        ("speaker", {i: s for g in articles for i, s in g.speakers.items()}, links.speakers.by_attribution),  # type: ignore[attr-defined]
        ("statement", {i: s for g in articles for i, s in g.statements.items()}, links.statements.by_attribution),  # type: ignore[attr-defined]
    ):
        for x, y in combinations(sorted(labels), 2):
            same_gold, same_pred = labels[x] == labels[y], predicted.get(x) == predicted.get(y)
            if same_gold != same_pred:
                tag = "MISSED" if same_gold else "WRONG "
                print(f"{tag} {kind}: [{text[x].speaker.name}] {text[x].content.text[:60]!r}")
                print(f"{'':>{len(tag) + len(kind) + 2}} [{text[y].speaker.name}] {text[y].content.text[:60]!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default=str(GOLD))
    parser.add_argument("--split", choices=("dev", "test", "all"), action="append")
    parser.add_argument("--method", choices=METHODS, action="append")
    parser.add_argument("--errors", action="store_true", help="list missed and wrong pairs")
    parser.add_argument("--json", action="store_true", help="print JSON instead of the table")
    args = parser.parse_args(argv)
    gold = load_link_gold(args.gold)
    splits = args.split or ["dev", "test", "all"]
    results = [evaluate(gold, None if s == "all" else s, m) for s in splits for m in args.method or METHODS]
    if args.json:
        print(json.dumps([{k: v for k, v in r.items() if not k.startswith("_")} for r in results], indent=2))
        return 0
    print("                           ---------- speakers ----------  --------- statements ---------  EN-FR")
    print("method     split attrs  pw-P   pw-R  pw-F1  B3-F1   pw-P   pw-R  pw-F1  B3-F1  pw-R")
    for result in results:
        print(_row(result))
        if args.errors:
            _errors(gold, None if result["split"] == "all" else str(result["split"]), result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
