"""training/rebuild_from_history.sh: the commits it rebuilds the shipped selector, refiner and verifier from."""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "training" / "rebuild_from_history.sh"
MODELS = "src/quotegraph/models/attribution"
RECIPES = re.findall(r"(\w+)\) commit=(\w+) trainer=(\S+) file=(\S+) cpu=(\w+) ;;", SCRIPT.read_text(encoding="utf-8"))


def _show(commit: str, path: str) -> bytes | None:
    shown = subprocess.run(["git", "-C", str(ROOT), "show", f"{commit}:{path}"], capture_output=True, check=False)
    return shown.stdout if shown.returncode == 0 else None


def test_the_script_knows_the_three_models_that_today_s_trainers_cannot_rebuild() -> None:
    assert [(name, cpu) for name, *_, cpu in RECIPES] == [
        ("selector", "native"),
        ("refiner", "Haswell"),
        ("verifier", "native"),
    ]


@pytest.mark.parametrize(("name", "commit", "trainer", "file", "cpu"), RECIPES)
def test_each_recorded_commit_wrote_the_shipped_file_with_a_trainer_of_its_own(
    name: str, commit: str, trainer: str, file: str, cpu: str
) -> None:
    if _show(commit, "README.md") is None:
        pytest.skip(f"a clone without commit {commit} (shallow)")
    assert _show(commit, f"{MODELS}/{file}") == (ROOT / MODELS / file).read_bytes(), name
    assert _show(commit, trainer) is not None, name


def test_an_unknown_model_is_refused_with_its_usage() -> None:
    run = subprocess.run(["bash", str(SCRIPT), "tagger"], capture_output=True, text=True, check=False)
    assert run.returncode == 2 and "usage:" in run.stderr and "selector|refiner|verifier" in run.stderr


@pytest.mark.parametrize(
    "stored",
    [None, {"weights": "shipped", "crossfit": None}, {"weights": "another tagger's", "crossfit": {"folds": 4}}],
    ids=["no cache", "the tagger's own train output", "another tagger's cross-fit"],
)
def test_the_verifier_is_refused_without_the_shipped_tagger_s_cross_fitted_train_output(
    tmp_path: Path, stored: dict[str, object] | None
) -> None:
    if stored is not None:
        shipped = hashlib.sha256((ROOT / MODELS / "attribution.int8.onnx").read_bytes()).hexdigest()
        weights = shipped if stored["weights"] == "shipped" else str(stored["weights"])
        (tmp_path / "taggings-train.pkl").write_bytes(pickle.dumps(stored | {"weights": weights}))
    env = os.environ | {"PYTHON": sys.executable, "CACHE_DIR": str(tmp_path)}
    run = subprocess.run(["bash", str(SCRIPT), "verifier"], capture_output=True, text=True, check=False, env=env)
    assert run.returncode == 2 and "cross-fitted train output" in run.stderr
    assert not (ROOT / "training" / "work" / "history-3afb954").exists()
