"""Train the accurate-mode boundary refiner on PolNeAR train and write ``models/attribution/boundaries.json``.

Every indirect or mixed content that the accurate finder proposes on train (tagger and rules merged by the
selector) and that overlaps a gold content teaches the two ensembles of ``quotegraph.extract.learned.boundaries``:
each candidate edge around its start (and around its end) is one row, labelled 1 where the gold content starts
(ends). The margin a new edge must score above the current one is then picked on dev for each side, by exact
edges gained less those lost. Needs the shipped tagger and selector and the ``train`` extra (scikit-learn); fixed seed.
About 25 minutes on a 2-core CPU, most of it parsing and tagging (``--cache-dir`` keeps the tagger's output,
``--parses-dir`` may hold ``train.spacy`` / ``dev.spacy`` DocBins parsed by the rules pipeline).

Usage: python training/train_boundaries.py [--train GOLD] [--dev GOLD] [--parses-dir DIR] [--cache-dir DIR]
[--out PATH] [--train-tagger DIR]
Like the selector, the refiner learns from the CPU-trained tagger's output on train (``--train-tagger``,
``training/cpu_tagger.py``); its margins are picked on dev as the shipped tagger reads it. The file records the
digest of the tagger it learned from (``trained_on``).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from train_selector import export, learned_from, read_split, split_arguments  # noqa: E402

from quotegraph.evaluation.spans import pair_quotes, trim  # noqa: E402
from quotegraph.extract.candidates import DocIndex  # noqa: E402
from quotegraph.extract.language import load_language  # noqa: E402
from quotegraph.extract.learned.boundaries import BOUNDARIES_PATH, MARGIN_OFF, REFINED_TYPES  # noqa: E402
from quotegraph.extract.learned.edges import DocView, Edge, described, end_edges, start_edges  # noqa: E402
from quotegraph.extract.learned.finder import merged_candidates  # noqa: E402
from quotegraph.extract.learned.tagger import Tagging  # noqa: E402
from quotegraph.extract.learned.trees import Trees  # noqa: E402

SEED = 0
PARAMS = {"max_iter": 100, "learning_rate": 0.15, "max_leaf_nodes": 31}
MARGINS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.3)
OFF = MARGIN_OFF  # written for a side no margin improves on dev: the refiner then leaves it alone
SIDES = ("start", "end")
# Words the ensembles see by name around an edge (any other word is "other"): complementisers, prepositions and
# conjunctions that open the phrases PolNeAR leaves in or out, cue verbs, pronouns and punctuation.
WORDS = sorted(
    {
        "that", "to", "and", "but", "which", "who", "in", "on", "at", "for", "with", "as", "after", "before",
        "because", "while", "since", "during", "when", "if", "of", "by", "from", "about", "saying", "adding",
        "according", "said", "says", "the", "a", "he", "she", "they", "it", "not", "than", "including", "amid",
        "despite", "although", "though", ",", ".", "—", "--", "-", "(", ")", ";", ":",
    }
)  # fmt: skip


@dataclass
class Content:
    """One proposed content's candidate edges on one side, and which of them is the gold edge (None: unmatched)."""

    edges: list[Edge]
    gold: int | None


def contents(
    gold: list[dict[str, Any]], docs: list[Any], tagged: list[Tagging], matched_only: bool
) -> dict[str, list[Content]]:
    """Every refinable content of every document (only those overlapping a gold one when ``matched_only``), with its
    candidate edges per side."""
    lang = load_language("en")
    words = frozenset(WORDS)
    out: dict[str, list[Content]] = {side: [] for side in SIDES}
    for number, (doc_gold, doc, tagging) in enumerate(zip(gold, docs, tagged, strict=True)):
        index = DocIndex(doc, lang)
        view = DocView(index, tagging)
        text = index.text
        cands = [c for c in merged_candidates(index, tagging) if c.type in REFINED_TYPES and not c.fragments]
        spans = [{"start": c.content[0], "end": c.content[1]} for c in cands]
        truth: dict[int, tuple[int, int]] = {}
        for pair in pair_quotes(text, doc_gold["quotes"], spans):
            if pair.partial and not pair.gold.get("fragments"):
                truth[id(pair.pred)] = trim(text, pair.gold["start"], pair.gold["end"])
        for cand, span in zip(cands, spans, strict=True):
            target = truth.get(id(span))
            if target is None and matched_only:
                continue
            start = trim(text, *cand.content)[0]
            starts = described(cand, start_edges(view, cand, words))
            ends = described(cand, end_edges(view, cand, words))
            if target is None:
                out["start"].append(Content(starts, None))
                out["end"].append(Content(ends, None))
                continue
            first = view.normal_start(target[0])
            out["start"].append(Content(starts, next((k for k, e in enumerate(starts) if e.offset == first), -1)))
            out["end"].append(
                Content(ends, next((k for k, e in enumerate(ends) if trim(text, start, e.offset)[1] == target[1]), -1))
            )
        if number % 100 == 0:
            print(f"  {number}/{len(gold)} documents, {len(out['end'])} contents", flush=True)
    return out


def fit(items: list[Content]) -> dict[str, Any]:
    """One side's ensemble, from the contents that overlap a gold one, as JSON."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    rows = [e.features for c in items if c.gold is not None for e in c.edges]
    labels = [int(k == c.gold) for c in items if c.gold is not None for k in range(len(c.edges))]
    names = sorted({name for row in rows for name in row})
    column = {name: i for i, name in enumerate(names)}
    matrix = np.zeros((len(rows), len(names)), dtype=np.float32)
    for i, row in enumerate(rows):
        for name, value in row.items():
            matrix[i, column[name]] = value
    model = HistGradientBoostingClassifier(random_state=SEED, **PARAMS).fit(matrix, labels)
    data = export(model, names)
    sample = matrix[:: max(1, len(matrix) // 20000)].astype(np.float64)
    gap = float(np.abs(Trees.from_json(data).probabilities(sample) - model.predict_proba(sample)[:, 1]).max())
    if gap > 1e-6:
        raise SystemExit(f"exported trees disagree with scikit-learn (max gap {gap})")
    print(f"  {len(rows)} candidate edges of {sum(c.gold is not None for c in items)} contents, {len(names)} features")
    return data


def scores(trees: Trees, items: list[Content]) -> list[np.ndarray]:
    """Each content's edge scores."""
    return [trees.probabilities(trees.matrix([e.features for e in c.edges])) for c in items]


def gains(items: list[Content], scored: list[np.ndarray], margin: float) -> tuple[int, int, int]:
    """Edges moved, exact edges gained and exact edges lost at ``margin``."""
    moved = gained = lost = 0
    for content, values in zip(items, scored, strict=True):
        current = next((k for k, e in enumerate(content.edges) if e.features["orig"]), None)
        if current is None or len(values) < 2:
            continue
        best = int(np.argmax(values))
        if best == current or values[best] < values[current] + margin:
            continue
        moved += 1
        gained += int(best == content.gold)
        lost += int(current == content.gold)
    return moved, gained, lost


def pick_margin(nets: dict[float, int]) -> float:
    """The margin with the most exact edges gained less lost on dev, a tie going to the larger (the fewer moves);
    ``OFF`` when no margin gains any, so that a side the refiner only worsens is left alone."""
    best_net, best_margin = 0, OFF
    for margin in sorted(nets):
        if nets[margin] > best_net or (nets[margin] == best_net > 0):
            best_net, best_margin = nets[margin], margin
    return best_margin


def main() -> None:
    """Collect edges on train, fit both sides, pick the margin on dev, write the JSON."""
    args = split_arguments(__doc__.splitlines()[0], BOUNDARIES_PATH)

    def load(path: Path, split: str, matched_only: bool) -> dict[str, list[Content]]:
        return contents(*read_split(path, split, args), matched_only)

    train = load(args.train, "train", matched_only=True)
    model: dict[str, Any] = {"words": WORDS, "margins": {}}
    for side in SIDES:
        print(f"fitting {side}", flush=True)
        model[side] = fit(train[side])
    dev = load(args.dev, "dev", matched_only=False)
    for side in SIDES:
        scored = scores(Trees.from_json(model[side]), dev[side])
        nets = {}
        for margin in MARGINS:
            moved, gained, lost = gains(dev[side], scored, margin)
            nets[margin] = gained - lost
            print(f"dev {side} margin {margin:.2f}: moved {moved}, gained {gained}, lost {lost}, net {nets[margin]:+d}")
        model["margins"][side] = pick_margin(nets)
        print(f"{side} margin {model['margins'][side]} ({nets.get(model['margins'][side], 0):+d} exact edges on dev)")
    model["trained_on"] = learned_from(args)
    args.out.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
