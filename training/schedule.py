"""The tagger's learning-rate schedule: linear warm-up, then linear decay to zero at the step the decay ends; and,
optionally, less of it for the encoder's lower layers (``layer_scale``).

``train_attribution.py`` decays over every planned step. ``sweep.py`` (a lent GPU machine's ten minutes) moves the
end of the decay once, at its first dev score, to the step its time budget holds; given ``decay_steps`` it moves it
there instead, which replays a budgeted run on any machine (the shipped tagger's run: ``rebuild_tagger.sh``).
"""

from __future__ import annotations

import math


def lr_factor(step: int, total: int, warmup: int) -> float:
    """Linear warm-up over ``warmup`` steps, then linear decay to zero at ``total``."""
    if step < warmup:
        return (step + 1) / warmup
    return max(0.0, (total - step) / max(1, total - warmup))


def decay_end(step: int, planned: int, budget: float, elapsed: float, decay_steps: int | None = None) -> int:
    """Where the decay ends, decided at the first dev score (after ``step`` steps and ``elapsed`` seconds).

    Args:
        step: Steps taken so far.
        planned: The steps the configuration's epochs make.
        budget: Seconds the run may take (``inf``: no limit).
        elapsed: Seconds taken so far, the first dev score included.
        decay_steps: A fixed end (a replay): the budget then plays no part.

    Returns:
        The step at which the learning rate reaches zero and training stops; never before ``step``.
    """
    if decay_steps is not None:
        return max(step, decay_steps)
    if math.isinf(budget) or elapsed <= 0:
        return planned
    return min(planned, max(step, int(step * budget / elapsed)))


def warmup_steps(share: float, total: int) -> int:
    """The warm-up's length: ``share`` of the steps the decay ends at, at least one."""
    return max(1, int(share * total))


def layer_scale(name: str, layers: int, decay: float) -> float:
    """The share of the base learning rate an encoder parameter gets under layer-wise decay: 1 for the top layer,
    ``decay`` times less for each layer below it, ``decay ** layers`` for the embeddings (1 everywhere at 1.0)."""
    if decay == 1.0:
        return 1.0
    if name.startswith("encoder.layer."):
        return float(decay ** (layers - 1 - int(name.split(".")[2])))
    if name.startswith("embeddings."):
        return float(decay**layers)
    return 1.0
