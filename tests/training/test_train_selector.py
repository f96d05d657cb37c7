"""The merge selector's trainer (training/train_selector.py): its pair labels and the tagger-output cache it shares."""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))

from train_selector import closeness, label, stored_taggings, taggings

from quotegraph.evaluation.gate import file_digest
from quotegraph.extract.learned.tagger import Tagging, load_tagger

TEXTS = ["Lee said the bridge is unsafe."]


def _cache(path: Path, weights: str) -> Tagging:
    marker = Tagging([], np.zeros((0, 2), dtype=np.int32), np.zeros((0, 3), dtype=np.float32))
    path.write_bytes(pickle.dumps({"texts": TEXTS, "weights": weights, "taggings": [marker]}))
    return marker


@pytest.mark.model
def test_cached_taggings_are_reused_only_for_the_same_weights(tmp_path: Path) -> None:
    cache = tmp_path / "taggings-dev.pkl"
    _cache(cache, file_digest(load_tagger().model_path))
    assert taggings(TEXTS, cache)[0].spans == []  # the cached marker, not a fresh tagging
    _cache(cache, "another tagger")
    fresh = taggings(TEXTS, cache)
    assert fresh[0].offsets.shape[0] > 0 and any(s.layer == "content" for s in fresh[0].spans)
    assert pickle.loads(cache.read_bytes())["weights"] == file_digest(load_tagger().model_path)  # rewritten


def test_a_cache_read_again_is_not_unpickled_again_but_a_rewritten_one_is(tmp_path: Path) -> None:
    cache = tmp_path / "taggings-train.pkl"
    _cache(cache, "w")
    first = stored_taggings(cache, TEXTS, "w")
    assert first is not None and stored_taggings(cache, TEXTS, "w") is first  # the same bytes: the same contents
    _cache(cache, "v")
    assert stored_taggings(cache, TEXTS, "w") is None  # new bytes are read
    again = stored_taggings(cache, TEXTS, "v")
    assert again is not None and again is not first


def test_a_pair_teaches_the_exact_side_else_the_clearly_closer_one() -> None:
    gold = [(0, 100), (200, 260)]
    assert closeness((0, 50), gold) == 0.5 and closeness((120, 180), gold) == 0.0
    assert label((0, 100), (0, 90), gold) == 1  # the learned span is exact
    assert label((0, 90), (0, 100), gold) == 0  # the rule's is
    assert label((0, 100), (200, 260), gold) is None  # both exact: nothing to learn
    assert label((0, 90), (0, 60), gold) == 1  # neither exact, the learned one much closer
    assert label((0, 62), (0, 60), gold) is None  # neither exact, too close to call
    assert label((0, 20), (0, 10), gold) is None  # neither comes near any gold content
    assert label((120, 180), (0, 40), gold) == 0
