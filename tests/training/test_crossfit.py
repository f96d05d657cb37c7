"""Cross-fitted tagger output (training/crossfit.py): the held-out logits a GPU machine returns, decoded here into
the train taggings cache the selector's and the refiner's trainers read."""

from __future__ import annotations

import json
import pickle
import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training" / "device"))

from crossfit import fold_of, write_cache
from kit import write_parts
from train_selector import taggings

from quotegraph.evaluation.gate import file_digest
from quotegraph.extract.learned.tagger import decode, load_tagger
from quotegraph.extract.learned.windows import tokenize

TEXTS = ["Lee said the bridge is unsafe.", '"We will rebuild," the mayor said.', "Nothing was said."]


def _returned(tmp_path: Path, shorten: bool = False) -> tuple[Path, Path, list[np.ndarray]]:
    """A train file of TEXTS and the folder a GPU machine would have returned for it (random logits)."""
    train = tmp_path / "train.jsonl"
    train.write_text("".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(TEXTS)))
    rng = np.random.default_rng(0)
    tokenizer = load_tagger().tokenizer
    logits = [rng.normal(size=(len(tokenize(tokenizer, t).ids), 9)).astype(np.float16) for t in TEXTS]
    if shorten:
        logits[1] = logits[1][:-1]
    folder = tmp_path / "returned"
    folder.mkdir()
    write_parts({str(i): x for i, x in enumerate(logits)}, folder, "logits")
    summary = {"config": "c.json", "folds": 2, "documents": len(TEXTS), "runs": []}
    (folder / "crossfit.json").write_text(json.dumps(summary))
    return folder, train, logits


def test_documents_fall_into_folds_by_position() -> None:
    assert [fold_of(i, 3) for i in range(7)] == [0, 1, 2, 0, 1, 2, 0]


@pytest.mark.model
def test_returned_logits_become_the_train_cache_the_trainers_read(tmp_path: Path) -> None:
    folder, train, logits = _returned(tmp_path)
    cache = write_cache(folder, train, tmp_path / "work")
    tagger = load_tagger()
    got = taggings(TEXTS, cache)  # accepted as the shipped tagger's output: no tagging here
    for text, tagged, raw in zip(TEXTS, got, logits, strict=True):
        expected = decode(tokenize(tagger.tokenizer, text), raw.astype(np.float32))
        assert [(s.layer, s.start, s.end) for s in tagged.spans] == [(s.layer, s.start, s.end) for s in expected.spans]
        assert np.allclose(tagged.content, expected.content)
    stored = pickle.loads(cache.read_bytes())
    assert stored["weights"] == file_digest(tagger.model_path)
    assert stored["crossfit"] == {"folds": 2, "config": "c.json"}


@pytest.mark.model
def test_logits_that_do_not_fit_the_text_are_refused(tmp_path: Path) -> None:
    folder, train, _ = _returned(tmp_path, shorten=True)
    with pytest.raises(SystemExit, match="document 1"):
        write_cache(folder, train, tmp_path / "work")
