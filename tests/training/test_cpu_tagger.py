"""The CPU-trained tagger the selector and the refiner learn from (training/cpu_tagger.py), and the record of it."""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))

import cpu_tagger
from cpu_tagger import COMMIT, FILES, WEIGHTS_SHA256, write_cpu_tagger
from train_selector import learned_from, taggings

from quotegraph.evaluation.gate import file_digest
from quotegraph.extract.learned.tagger import MODEL_DIR

ROOT = Path(__file__).resolve().parents[2]
HAS_HISTORY = (
    subprocess.run(["git", "-C", str(ROOT), "cat-file", "-e", f"{COMMIT}^{{commit}}"], capture_output=True).returncode
    == 0
)
needs_history = pytest.mark.skipif(not HAS_HISTORY, reason=f"a clone without commit {COMMIT} (shallow)")


@needs_history
def test_the_cpu_tagger_comes_back_from_the_history_with_its_recorded_digest(tmp_path: Path) -> None:
    out = write_cpu_tagger(tmp_path / "cpu-tagger")
    assert sorted(p.name for p in out.iterdir()) == sorted(FILES)
    assert hashlib.sha256((out / "attribution.int8.onnx").read_bytes()).hexdigest() == WEIGHTS_SHA256
    assert json.loads((out / "config.json").read_text(encoding="utf-8"))["max_len"] == 256


@needs_history
def test_weights_other_than_the_recorded_ones_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cpu_tagger, "WEIGHTS_SHA256", "0" * 64)
    with pytest.raises(SystemExit, match="not the CPU-trained tagger's"):
        write_cpu_tagger(tmp_path / "cpu-tagger")


@needs_history
@pytest.mark.model
def test_the_trainers_learn_from_the_cpu_tagger_when_given_it_and_record_its_digest(tmp_path: Path) -> None:
    tagger = write_cpu_tagger(tmp_path / "cpu-tagger")
    cache = tmp_path / "taggings-train-cpu-tagger.pkl"
    tagged = taggings(["Lee said the bridge is unsafe."], cache, tagger)
    assert any(span.layer == "content" for span in tagged[0].spans)
    assert pickle.loads(cache.read_bytes())["weights"] == WEIGHTS_SHA256
    learned = learned_from(argparse.Namespace(train=Path("data/train.jsonl"), train_tagger=tagger))
    assert learned == {"train": "train.jsonl", "tagger_sha256": WEIGHTS_SHA256}
    packaged = learned_from(argparse.Namespace(train=Path("data/train.jsonl"), train_tagger=None))
    assert packaged["tagger_sha256"] == file_digest(MODEL_DIR / "attribution.int8.onnx") != WEIGHTS_SHA256
