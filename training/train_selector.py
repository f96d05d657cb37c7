"""Train the accurate-mode merge selector on PolNeAR train and write ``models/attribution/selector.json``.

For every rule attribution that a learned one overlaps, both spans are compared with the gold in PolNeAR's
convention; the pairs where exactly one of them is exact, or neither is but one comes clearly closer to a gold
content (``label``), teach a gradient-boosted tree ensemble which side to keep
(``quotegraph.extract.learned.selector``). Needs the shipped tagger weights and the ``train`` extra
(scikit-learn). Fixed seed, no early stopping: the same inputs give the same file byte for byte. About 13
minutes on a 2-core CPU, nearly all of it parsing and tagging.

Usage: python training/train_selector.py [--train GOLD] [--dev GOLD] [--parses-dir DIR] [--cache-dir DIR] [--out PATH]
       [--train-tagger DIR]
The shipped selector learned from the CPU-trained tagger's output on train (``--train-tagger``, written out by
``training/cpu_tagger.py``): the shipped tagger has nearly memorized train, the one before it had not, so its output
there resembles what the selector meets on unseen text. Dev is always read by the shipped tagger, as at run time.
The file records the digest of the tagger it learned from (``trained_on``).
``--parses-dir`` may hold ``train.spacy`` / ``dev.spacy`` DocBins of the same texts (parsed by the rules
pipeline) to skip parsing; ``--cache-dir`` (default ``training/work``, shared with ``train_boundaries.py``) keeps
the tagger's output, ``taggings-train.pkl`` and ``taggings-dev.pkl``, reused while the tagger's weights are the same.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from quotegraph.evaluation.gate import file_digest  # noqa: E402
from quotegraph.evaluation.spans import overlap, trim  # noqa: E402
from quotegraph.extract.api import load_pipeline  # noqa: E402
from quotegraph.extract.attribute import find_candidates  # noqa: E402
from quotegraph.extract.candidates import Candidate, DocIndex  # noqa: E402
from quotegraph.extract.language import load_language  # noqa: E402
from quotegraph.extract.learned.conventions import to_polnear  # noqa: E402
from quotegraph.extract.learned.finder import by_confidence, contests, learned_candidates  # noqa: E402
from quotegraph.extract.learned.selector import SELECTOR_PATH, pair_features  # noqa: E402
from quotegraph.extract.learned.tagger import Tagging, load_tagger  # noqa: E402
from quotegraph.extract.learned.trees import Trees  # noqa: E402
from quotegraph.extract.shapes import long_enough  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "polnear"
SEED = 0
PARAMS = {"max_iter": 200, "learning_rate": 0.05, "max_leaf_nodes": 7}
CLOSER_BY = 0.05  # a pair where neither side is exact teaches the side this much closer to a gold content ...
NEAR = 0.3  # ... when one of them comes at least this close (see ``label``)


def parsed_docs(gold: list[dict[str, Any]], parses: Path | None) -> list[Any]:
    """The gold texts parsed by the rules pipeline, read from a DocBin of the same texts when there is one."""
    nlp = load_pipeline("en", "rules")
    if parses is not None and parses.is_file():
        from spacy.tokens import DocBin

        docs = list(DocBin().from_disk(parses).get_docs(nlp.vocab))
        if [d.text for d in docs] == [g["text"] for g in gold]:
            return docs
        print(f"{parses} does not hold these texts; parsing", flush=True)
    return list(nlp.pipe((g["text"] for g in gold), batch_size=16))


def split_arguments(description: str, out: Path, train_tagger: bool = True) -> argparse.Namespace:
    """The command line the small models' trainers share: the two splits, the parse and tagging caches, the output,
    and (unless ``train_tagger`` is false) another tagger to read train with."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--train", type=Path, default=DATA / "train.jsonl")
    parser.add_argument("--dev", type=Path, default=DATA / "dev.jsonl")
    parser.add_argument("--parses-dir", type=Path, default=None)
    parser.add_argument("--cache-dir", type=Path, default=ROOT / "training" / "work")
    parser.add_argument("--out", type=Path, default=out)
    parser.set_defaults(train_tagger=None)
    if train_tagger:
        parser.add_argument(
            "--train-tagger",
            type=Path,
            help="A tagger folder (config.json, the ONNX file, tokenizer.json) whose output on train to learn from "
            "instead of the packaged tagger's; dev is read by the packaged one.",
        )
    return parser.parse_args()


def read_split(
    path: Path, split: str, args: argparse.Namespace
) -> tuple[list[dict[str, Any]], list[Any], list[Tagging]]:
    """A split's gold documents, their parses and the tagger's output on them, each from its cache where it has one
    (``--parses-dir``, ``--cache-dir``)."""
    gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    print(f"{split}: {len(gold)} documents", flush=True)
    docs = parsed_docs(gold, args.parses_dir / f"{split}.spacy" if args.parses_dir else None)
    tagger = args.train_tagger if split == "train" else None
    name = f"taggings-{split}-{tagger.name}.pkl" if tagger else f"taggings-{split}.pkl"  # one cache per tagger
    return gold, docs, taggings([g["text"] for g in gold], args.cache_dir / name, tagger)


def learned_from(args: argparse.Namespace) -> dict[str, str]:
    """What a small model learned from, for its file: the train split and the SHA-256 of the tagger's weights."""
    tagger = load_tagger(str(args.train_tagger) if args.train_tagger else None)
    return {"train": args.train.name, "tagger_sha256": file_digest(tagger.model_path)}


def stored_taggings(cache: Path, texts: list[str], weights: str) -> dict[str, Any] | None:
    """What a taggings cache holds (``texts``, ``weights``, ``taggings`` and, from ``training/crossfit.py``,
    ``crossfit``) when it holds these texts tagged for the tagger whose weights have this SHA-256; else None."""
    if not cache.is_file():
        return None
    stored = _unpickled(cache.read_bytes())
    return stored if stored.get("texts") == texts and stored.get("weights") == weights else None


_UNPICKLED: dict[bytes, dict[str, Any]] = {}  # a cache's digest -> its contents, the two read last


def _unpickled(raw: bytes) -> dict[str, Any]:
    """A taggings cache's contents; the same bytes read again (the verifier's trainer reads train's twice: its
    taggings, then whether they were cross-fitted) are not unpickled again."""
    key = hashlib.blake2b(raw, digest_size=16).digest()
    if key not in _UNPICKLED:
        while len(_UNPICKLED) >= 2:
            del _UNPICKLED[next(iter(_UNPICKLED))]
        _UNPICKLED[key] = pickle.loads(raw)
    return _UNPICKLED[key]


def taggings(texts: list[str], cache: Path | None, model_dir: Path | None = None) -> list[Tagging]:
    """The tagger's output for each text (the packaged tagger's, or the one in ``model_dir``), read from ``cache``
    when it holds these texts tagged by these weights."""
    tagger = load_tagger(str(model_dir) if model_dir else None)
    weights = file_digest(tagger.model_path)  # a retrained tagger must not be judged by its predecessor's output
    if cache is not None and cache.is_file():
        stored = stored_taggings(cache, texts, weights)
        if stored is not None:
            if stored.get("crossfit"):  # written by training/crossfit.py: each text tagged by a fold that never saw it
                print(f"{cache}: cross-fitted tagger output ({stored['crossfit']})", flush=True)
            return list(stored["taggings"])
        print(f"{cache} holds other texts or another tagger's output; tagging", flush=True)
    out = []
    for number, text in enumerate(texts):
        out.append(tagger.tag(text))
        if number % 100 == 0:
            print(f"  tagged {number}/{len(texts)}", flush=True)
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_bytes(pickle.dumps({"texts": texts, "weights": weights, "taggings": out}))
    return out


def _final_spans(index: DocIndex, rules: list[Candidate]) -> dict[tuple[int, int], tuple[int, int]]:
    """Each rule content (after the convention's leading "that") -> the span it ends up in (joins included)."""
    out: dict[tuple[int, int], tuple[int, int]] = {}
    for cand in to_polnear(index, rules):
        for piece in cand.fragments or [cand.content]:
            out[piece] = cand.content
    return out


def closeness(span: tuple[int, int], gold: list[tuple[int, int]]) -> float:
    """How close a span comes to the nearest gold content: shared characters over the two spans' extent."""
    return max(
        (overlap([span], [piece]) / (max(span[1], piece[1]) - min(span[0], piece[0])) for piece in gold), default=0.0
    )


def label(learned: tuple[int, int], rule: tuple[int, int], gold: list[tuple[int, int]]) -> int | None:
    """1 when the learned span is the better pick, 0 when the rule's is, None when the pair teaches nothing.

    The side that is exact wins; when neither is, the one closer to a gold content by ``CLOSER_BY`` does, if
    either comes ``NEAR`` it: the merge settles those pairs too, and a closer span keeps more partial matches
    and speakers (PolNeAR dev, accurate exact / partial / end-to-end matches with only exact pairs 1,386 / 1,766 /
    1,627; closer by 0.3 / 0.2 / 0.1 / 0.05 / 0.02 / any: 1,383 / 1,767 / 1,626, 1,387 / 1,770 / 1,627, 1,385 /
    1,771 / 1,630, 1,386 / 1,776 / 1,633, 1,384 / 1,774 / 1,628, 1,380 / 1,770 / 1,628; refiner not retrained).
    """
    exact = set(gold)
    if (learned in exact) != (rule in exact):
        return int(learned in exact)
    if learned in exact:
        return None
    near_learned, near_rule = closeness(learned, gold), closeness(rule, gold)
    if abs(near_learned - near_rule) < CLOSER_BY or max(near_learned, near_rule) < NEAR:
        return None
    return int(near_learned > near_rule)


def pairs(
    gold: list[dict[str, Any]], docs: list[Any], tagged: list[Tagging]
) -> tuple[list[dict[str, float]], list[int], list[bool]]:
    """Features, labels (``label``: 1 when the learned span is the better pick) and the fixed policy's choice."""
    lang = load_language("en")
    rows: list[dict[str, float]] = []
    labels: list[int] = []
    fixed: list[bool] = []
    for number, (doc_gold, doc, tagging) in enumerate(zip(gold, docs, tagged, strict=True)):
        index = DocIndex(doc, lang)
        text = index.text
        contents = [trim(text, q["start"], q["end"]) for q in doc_gold["quotes"]]
        learned = long_enough(text, learned_candidates(index, tagging))
        rules = find_candidates(index)
        final = _final_spans(index, rules)
        for contest in contests(learned, rules):
            if contest.settled:
                continue  # the merge keeps the rules here without asking the selector
            rule, best = contest.rule, contest.rival
            alone = to_polnear(index, [rule])[0].content  # the rule's span with the convention's leading "that"
            rule_span = final.get(alone, alone)
            better = label(trim(text, *best.content), trim(text, *rule_span), contents)
            if better is None:
                continue
            rows.append(pair_features(index, rule, best, contest.rivals, tagging))
            labels.append(better)
            fixed.append(not by_confidence()(rule, best, contest.rivals))
        if number % 100 == 0:
            print(f"  {number}/{len(gold)} documents, {len(rows)} pairs", flush=True)
    return rows, labels, fixed


def export(model: Any, names: list[str]) -> dict[str, Any]:
    """A fitted ``HistGradientBoostingClassifier`` as JSON arrays (see ``selector.Trees``)."""
    trees = []
    for (predictor,) in model._predictors:
        nodes = predictor.nodes
        leaf = nodes["is_leaf"].astype(bool)
        trees.append(
            {
                "feature": nodes["feature_idx"].tolist(),
                "threshold": nodes["num_threshold"].tolist(),
                "left": np.where(leaf, -1, nodes["left"].astype(np.int64)).tolist(),
                "right": np.where(leaf, -1, nodes["right"].astype(np.int64)).tolist(),
                "value": nodes["value"].tolist(),
            }
        )
    return {"features": names, "base": float(np.ravel(model._baseline_prediction)[0]), "trees": trees}


def main() -> None:
    """Collect pairs, fit, check the export against scikit-learn, write the JSON, report dev pair accuracy."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    args = split_arguments(__doc__.splitlines()[0], SELECTOR_PATH)

    def load(path: Path, split: str) -> tuple[list[dict[str, float]], list[int], list[bool]]:
        return pairs(*read_split(path, split, args))

    rows, labels, _ = load(args.train, "train")
    names = sorted({name for row in rows for name in row})
    column = {name: i for i, name in enumerate(names)}
    matrix = np.zeros((len(rows), len(names)))
    for i, row in enumerate(rows):
        for name, value in row.items():
            matrix[i, column[name]] = value
    model = HistGradientBoostingClassifier(random_state=SEED, **PARAMS).fit(matrix, labels)
    data = export(model, names)
    trees = Trees.from_json(data)
    ours = np.array([trees.probability(row) for row in matrix])
    gap = float(np.abs(ours - model.predict_proba(matrix)[:, 1]).max())
    if gap > 1e-6:
        raise SystemExit(f"exported trees disagree with scikit-learn (max gap {gap})")
    data["trained_on"] = learned_from(args)
    args.out.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"train: {len(rows)} pairs, {len(names)} features, train accuracy {np.mean((ours > 0.5) == labels):.3f}")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB)")
    if args.dev.is_file():
        dev_rows, dev_labels, fixed = load(args.dev, "dev")
        chosen = np.array([trees.probability(trees.vector(row)) > 0.5 for row in dev_rows])
        truth = np.array(dev_labels, dtype=bool)
        print(
            f"dev: {len(dev_rows)} pairs where one side is exact or closer; selector picks that side in "
            f"{np.mean(chosen == truth):.3f}, the fixed confidence policy in {np.mean(np.array(fixed) == truth):.3f}"
        )


if __name__ == "__main__":
    main()
