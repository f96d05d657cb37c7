"""training/history_taggings.py: a past commit's tagger output in resumable pieces, joined into the trainers' cache.

The tests use this repository as the "worktree" (its tagger and digest), natively; the script is the same under the
emulator."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "training" / "history_taggings.py"
TEXTS = ["Lee said the bridge is unsafe.", '"We will rebuild," the mayor said.', "Nothing was said."]

sys.path.insert(0, str(ROOT / "training"))

from train_selector import taggings  # noqa: E402

from quotegraph.evaluation.gate import file_digest  # noqa: E402
from quotegraph.extract.learned.tagger import load_tagger  # noqa: E402


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *map(str, args)], capture_output=True, text=True, check=False, cwd=ROOT
    )


def _gold(tmp_path: Path) -> Path:
    gold = tmp_path / "split.jsonl"
    gold.write_text("".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(TEXTS)))
    return gold


def test_pieces_resume_and_join_into_the_cache_the_trainers_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold, pieces, cache = _gold(tmp_path), tmp_path / "pieces", tmp_path / "taggings-train.pkl"
    first = _run("tag", ROOT, gold, pieces, "--first", "1", "--step", "2")
    assert first.returncode == 0, first.stderr
    assert sorted(path.name for path in pieces.iterdir()) == ["0001.pkl"]

    early = _run("join", ROOT, gold, pieces, cache)
    assert early.returncode != 0 and "2 of 3 texts have no piece" in early.stderr and not cache.exists()

    rest = _run("tag", ROOT, gold, pieces)
    assert rest.returncode == 0 and "tagged 2 texts" in rest.stdout  # the piece already there is kept
    again = _run("tag", ROOT, gold, pieces)
    assert "tagged 0 texts" in again.stdout

    joined = _run("join", ROOT, gold, pieces, cache)
    assert joined.returncode == 0, joined.stderr
    stored = pickle.loads(cache.read_bytes())
    tagger = load_tagger()
    assert stored["texts"] == TEXTS and stored["weights"] == file_digest(tagger.model_path)
    read = taggings(TEXTS, cache)
    assert "tagging" not in capsys.readouterr().out  # the trainers take it as their own cache, not tagging again
    for text, piece in zip(TEXTS, read, strict=True):
        own = tagger.tag(text)
        assert piece.spans == own.spans and np.array_equal(piece.content, own.content)


def test_join_needs_the_cache_path(tmp_path: Path) -> None:
    run = _run("join", ROOT, _gold(tmp_path), tmp_path / "pieces")
    assert run.returncode == 2 and "join needs CACHE" in run.stderr
