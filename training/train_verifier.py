"""Train the accurate-mode attribution verifier on PolNeAR train and write ``models/attribution/verifier.json``.

Every attribution accurate mode makes on train before the verifier (the merge and the boundary refiner, with the
shipped selector and refiner) is one row (``quotegraph.extract.learned.verifier.candidate_features``), labelled 1
when it is paired with a gold content and covers at least half of it (the scorer's partial match, one to one), else
0. The rows should come from the tagger's **cross-fitted** output on train (``training/crossfit.py cache``: each text
tagged by a fold that never saw it): the shipped tagger's own train output is nearly memorized, and a verifier
taught on it learns that the tagger is never wrong. The script says which it got and records it in the model file.

The threshold ``keep_above`` is then picked on dev: the one of ``THRESHOLDS`` whose kept attributions (and the
spared direct quotes) give the best partial F1 (a tie goes to the lower, which drops fewer). Needs the shipped
tagger, selector and refiner and the ``train`` extra (scikit-learn); fixed seed, the same inputs give the same file
byte for byte. About a minute on a 2-core CPU with cached parses and taggings; without them most of the time goes
to parsing and tagging.

Usage: python training/train_verifier.py [--train GOLD] [--dev GOLD] [--parses-dir DIR] [--cache-dir DIR] [--out PATH]
(``--parses-dir`` may hold ``train.spacy`` / ``dev.spacy`` DocBins parsed by the rules pipeline; ``--cache-dir``,
default ``training/work``, holds ``taggings-train.pkl``, cross-fitted or not, and ``taggings-dev.pkl``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from train_selector import export, read_split, split_arguments, stored_taggings  # noqa: E402

from quotegraph.evaluation.gate import file_digest  # noqa: E402
from quotegraph.evaluation.spans import pair_quotes  # noqa: E402
from quotegraph.extract.candidates import DocIndex  # noqa: E402
from quotegraph.extract.language import load_language  # noqa: E402
from quotegraph.extract.learned.boundaries import refine  # noqa: E402
from quotegraph.extract.learned.finder import merged_candidates  # noqa: E402
from quotegraph.extract.learned.tagger import Tagging, load_tagger  # noqa: E402
from quotegraph.extract.learned.trees import Trees  # noqa: E402
from quotegraph.extract.learned.verifier import SPARED_TYPES, VERIFIER_PATH, candidate_features  # noqa: E402

SEED = 0
PARAMS = {"max_iter": 400, "learning_rate": 0.03, "max_leaf_nodes": 15, "l2_regularization": 1.0}
MIN_COUNT = 20  # a feature seen on fewer train rows is left out (a rare cue word, a rare rule)
THRESHOLDS = (0.0, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)


def rows(
    gold: list[dict[str, Any]], docs: list[Any], tagged: list[Tagging]
) -> tuple[list[dict[str, float]], list[int], int]:
    """Each attribution's features and label (1: a partial match of a gold content), and the gold contents' count.

    Attributions of a type the verifier spares (``SPARED_TYPES``) are rows too: they teach what a cue and a speaker
    look like."""
    lang = load_language("en")
    features: list[dict[str, float]] = []
    labels: list[int] = []
    for number, (doc_gold, doc, tagging) in enumerate(zip(gold, docs, tagged, strict=True)):
        index = DocIndex(doc, lang)
        cands = refine(index, tagging, merged_candidates(index, tagging))
        predicted = [{"start": c.content[0], "end": c.content[1]} for c in cands]
        matched = {id(p.pred) for p in pair_quotes(index.text, doc_gold["quotes"], predicted) if p.partial}
        for cand, quote in zip(cands, predicted, strict=True):
            features.append(candidate_features(index, tagging, cand))
            labels.append(int(id(quote) in matched))
        if number % 100 == 0:
            print(f"  {number}/{len(gold)} documents, {len(labels)} attributions", flush=True)
    return features, labels, sum(len(d["quotes"]) for d in gold)


def pick_threshold(
    probabilities: np.ndarray, labels: np.ndarray, spared: np.ndarray, gold: int
) -> tuple[float, list[dict[str, Any]]]:
    """The threshold of ``THRESHOLDS`` with the best partial F1 on these rows (those ``spared`` always kept), and the
    table it was picked from."""
    table = []
    for threshold in THRESHOLDS:
        kept = (probabilities >= threshold) | spared
        matches, predicted = int(labels[kept].sum()), int(kept.sum())
        f1 = 200 * matches / (gold + predicted) if gold + predicted else 0.0
        dropped, lost = int((~kept).sum()), int(labels[~kept].sum())
        table.append({"keep_above": threshold, "dropped": dropped, "dropped_matches": lost, "partial_f1": round(f1, 2)})
    best = max(table, key=lambda row: (row["partial_f1"], -row["keep_above"]))
    return float(best["keep_above"]), table


def crossfit_of(cache: Path, texts: list[str], weights: str) -> dict[str, Any] | None:
    """The cross-fitting record of a train taggings cache, when the cache holds these texts tagged for the tagger
    whose weights have this SHA-256 (None otherwise, or when the tagger saw these texts): a cache of another
    tagger's output is tagged afresh and overwritten (``train_selector.taggings``), so its record is not this
    training's."""
    stored = stored_taggings(cache, texts, weights)
    return stored.get("crossfit") if stored is not None else None


def main() -> None:
    """Collect rows, fit, check the export against scikit-learn, pick the threshold on dev, write the JSON."""
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.metrics import roc_auc_score

    # no --train-tagger: the verifier learns from the shipped tagger's cross-fitted output (its crossfit marker)
    args = split_arguments(__doc__.splitlines()[0], VERIFIER_PATH, train_tagger=False)

    def load(path: Path, split: str) -> tuple[list[dict[str, float]], list[int], int]:
        return rows(*read_split(path, split, args))

    train = read_split(args.train, "train", args)
    texts, weights = [doc["text"] for doc in train[0]], file_digest(load_tagger().model_path)
    crossfit = crossfit_of(args.cache_dir / "taggings-train.pkl", texts, weights)
    if crossfit is None:
        print("WARNING: train is read by the tagger trained on it, not cross-fitted (training/crossfit.py)", flush=True)
    features, labels, _ = rows(*train)
    counts: dict[str, int] = {}
    for row in features:
        for name in row:
            counts[name] = counts.get(name, 0) + 1
    names = sorted(name for name, count in counts.items() if count >= MIN_COUNT)
    matrix = Trees.from_json({"features": names, "base": 0.0, "trees": []}).matrix(features)
    model = HistGradientBoostingClassifier(random_state=SEED, **PARAMS).fit(matrix, labels)
    data: dict[str, Any] = export(model, names)
    trees = Trees.from_json(data)
    ours = trees.probabilities(matrix)
    gap = float(np.abs(ours - model.predict_proba(matrix)[:, 1]).max())
    if gap > 1e-6:
        raise SystemExit(f"exported trees disagree with scikit-learn (max gap {gap})")
    print(f"train: {len(labels)} attributions, {sum(labels)} partial matches, {len(names)} features")
    dev_features, dev_labels, dev_gold = load(args.dev, "dev")
    scored, truth = trees.probabilities(trees.matrix(dev_features)), np.array(dev_labels)
    spared = np.array([any(row.get(f"type={kind}") for kind in SPARED_TYPES) for row in dev_features])
    keep_above, table = pick_threshold(scored, truth, spared, dev_gold)
    for row in table:
        print(
            f"dev keep above {row['keep_above']:.2f}: dropped {row['dropped']} ({row['dropped_matches']} partial "
            f"matches), partial F1 {row['partial_f1']:.2f}"
        )
    auc = {"verifier": round(float(roc_auc_score(truth, scored)), 3)}
    auc["confidence"] = round(float(roc_auc_score(truth, [row["confidence"] for row in dev_features])), 3)
    print(f"dev ROC AUC {auc['verifier']} (the attributions' own confidence {auc['confidence']})")
    print(f"keep above {keep_above}")
    data |= {
        "keep_above": keep_above,
        "trained_on": {
            "train": args.train.name,
            "attributions": len(labels),
            "partial_matches": int(sum(labels)),
            "taggings": crossfit or "the shipped tagger's own output on train (not cross-fitted)",
        },
        "dev": {"attributions": len(dev_labels), "roc_auc": auc, "thresholds": table},
    }
    args.out.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
