"""Train the learned attribution tagger from PolNeAR train, then export the shipped int8 ONNX weights.

Usage (from the repository root; CPU, or a GPU when one is visible)::

    python training/train_attribution.py [--config training/config.json] [--out src/quotegraph/models/attribution]

Fixed seeds; every hyper-parameter is in the config file. Only ``train`` is read for training; ``dev`` is
never touched here (tuning happens with ``quotegraph eval`` on dev).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import sys
import time
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))

from data import batches, build_examples, collate, read_docs
from export import DEFAULT_OUT, export
from model import Tagger, base_model_dir, weight_average
from schedule import layer_scale, lr_factor, warmup_steps

from quotegraph.extract.learned.labels import IGNORE, LAYERS, TAGS_PER_LAYER

REPO = Path(__file__).resolve().parents[1]


def seed_all(seed: int) -> None:
    """Seed Python, NumPy and torch."""
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def load_tokenizer() -> Any:
    """The base model's word-piece tokenizer, without truncation or padding."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(base_model_dir() / "tokenizer.json"))
    tok.no_truncation()
    tok.no_padding()
    return tok


def tag_loss(logits: torch.Tensor, tags: torch.Tensor) -> torch.Tensor:
    """Sum of the three layers' cross-entropies."""
    total = logits.new_zeros(())
    for layer in range(len(LAYERS)):
        part = logits[..., layer * TAGS_PER_LAYER : (layer + 1) * TAGS_PER_LAYER]
        total = total + torch.nn.functional.cross_entropy(
            part.reshape(-1, TAGS_PER_LAYER), tags[..., layer].reshape(-1), ignore_index=IGNORE
        )
    return total


def make_optimizer(model: Tagger, config: dict[str, Any], lr: float) -> torch.optim.Optimizer:
    """AdamW with weight decay off for biases and norms, the head at its own learning rate, and the encoder's
    layers at ``layer_decay`` (config, default 1.0: off) times less per layer below the top."""
    if config["freeze_word_embeddings"]:
        model.encoder.embeddings.word_embeddings.weight.requires_grad = False
    layers = model.encoder.config.num_hidden_layers
    decay = float(config.get("layer_decay", 1.0))
    grouped: dict[tuple[float, bool], list[torch.nn.Parameter]] = {}
    for name, param in model.encoder.named_parameters():
        if param.requires_grad:
            no_decay = "LayerNorm" in name or name.endswith("bias")
            grouped.setdefault((layer_scale(name, layers, decay), no_decay), []).append(param)
    groups: list[dict[str, Any]] = [
        {"params": params, "weight_decay": 0.0 if no_decay else config["weight_decay"], "lr": lr * scale}
        for (scale, no_decay), params in grouped.items()
    ]
    groups.append({"params": list(model.head.parameters()), "weight_decay": 0.0, "lr": config["head_learning_rate"]})
    return torch.optim.AdamW(groups, lr=lr)


def train_step(
    model: Tagger,
    optimizer: torch.optim.Optimizer,
    base_lrs: list[float],
    batch: list[Any],
    factor: float,
    autocast: AbstractContextManager[Any] | None = None,
) -> float:
    """One optimizer step on one batch at ``factor`` times the base learning rates (gradients clipped to norm 1,
    the forward pass in ``autocast`` when given); returns the batch's loss."""
    device = next(model.parameters()).device
    ids, mask, tags = (torch.from_numpy(a).to(device) for a in collate(batch))
    for group, base in zip(optimizer.param_groups, base_lrs, strict=True):
        group["lr"] = base * factor
    with autocast or nullcontext():
        logits = model(ids, mask)
    loss = tag_loss(logits.float(), tags)
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    optimizer.step()
    optimizer.zero_grad()
    return float(loss.item())


def _run_stage(
    model: Tagger, examples: list[Any], config: dict[str, Any], stage: dict[str, Any], rng: Any, averaged: Any = None
) -> int:
    """One stage: a fresh AdamW with linear warm-up and decay over ``stage["epochs"]`` of the windows (the weight
    average, when there is one, updated after every step)."""
    total = int(math.ceil(len(examples) / config["batch_size"]) * stage["epochs"])
    optimizer = make_optimizer(model, config, stage["learning_rate"])
    base_lrs = [g["lr"] for g in optimizer.param_groups]
    warmup = warmup_steps(config["warmup_share"], total)
    step, started, losses = 0, time.perf_counter(), []
    model.train()
    while step < total:
        for batch in batches(examples, config["batch_size"], config["bucket_batches"], rng):
            if step >= total:
                break
            losses.append(train_step(model, optimizer, base_lrs, batch, lr_factor(step, total, warmup)))
            if averaged is not None:
                averaged.update_parameters(model)
            step += 1
            if step % 20 == 0 or step == total:
                mean = sum(losses[-20:]) / len(losses[-20:])
                print(f"step {step}/{total} loss {mean:.4f} {time.perf_counter() - started:.0f}s", flush=True)
    return total


def train(config: dict[str, Any], work: Path, resume: Path | None = None, skip: int = 0) -> tuple[Path, dict]:
    """Train stage by stage (stage k > 0 reseeds with ``seed + k``), saving a checkpoint after each stage (with
    ``ema`` in the config, the moving average of the weights, so a resumed run starts from that average).

    Args:
        config: The training configuration.
        work: Where checkpoints go.
        resume: A checkpoint to start from, with ``skip`` stages already done.
        skip: Number of stages the checkpoint has done.
    """
    seed_all(config["seed"])
    torch.set_num_threads(config["threads"])
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    train_path = (REPO / config["train"]).resolve()
    examples = build_examples(load_tokenizer(), read_docs(train_path), config["max_len"])
    rng = random.Random(config["seed"])
    model = Tagger(config).to(device)
    if resume is not None:
        model.load_state_dict(torch.load(resume, map_location=device)["model"])
    averaged = weight_average(model, config)  # the moving average (config "ema") is what gets saved, when set
    kept = averaged.module if averaged is not None else model
    started, steps = time.perf_counter(), []
    work.mkdir(parents=True, exist_ok=True)
    for number, stage in enumerate(config["stages"]):
        if number < skip:
            continue
        if number > 0:
            seed_all(config["seed"] + number)
            rng = random.Random(config["seed"] + number)
        steps.append(_run_stage(model, examples, config, stage, rng, averaged))
        torch.save({"model": kept.state_dict(), "config": config}, work / f"checkpoint-{number}.pt")
    record = {
        "config": config,
        "train_sha256": hashlib.sha256(train_path.read_bytes()).hexdigest(),
        "windows": len(examples),
        "steps": steps,
        "resumed_after_stages": skip,
        "device": str(device),
        "torch": torch.__version__,
        "train_seconds_this_run": round(time.perf_counter() - started),
    }
    return work / f"checkpoint-{len(config['stages']) - 1}.pt", record


def main() -> None:
    """Command line entry: train, then export to the package's model folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", type=Path, default=REPO / "training" / "config.json")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--work", type=Path, default=REPO / "training" / "work")
    parser.add_argument("--resume", type=Path, default=None, help="A checkpoint saved after some stages.")
    parser.add_argument("--skip-stages", type=int, default=0, help="How many stages --resume has done.")
    args = parser.parse_args()
    config = json.loads(args.config.read_text(encoding="utf-8"))
    checkpoint, record = train(config, args.work, args.resume, args.skip_stages)
    print(export(checkpoint, args.out, record))


if __name__ == "__main__":
    main()
