"""Train the attribution tagger under several configurations, keeping each one's best epoch on dev.

Made for a lent GPU machine (``training/device/run.sh``), where one call has ten minutes: each configuration
trains one stage (AdamW, linear warm-up and decay, as ``train_attribution.py``) for its ``epochs``, is scored on
dev every ``--eval-every`` epochs by the tagger alone (``dev_score.py``; with ``ema`` in the config, the moving average
of its weights is what is scored and kept: ``model.weight_average``). Its time is ``--budget``: when the first
score shows that the planned epochs will not fit, the learning rate decays to zero over those that will (on a GPU
the first configuration of a call also pays for CUDA's start in that first window, so its decay is planned shorter
than the budget holds: 66 of 105 s in the first lent run; put one you can spare first).
The best epoch of the best ``--keep`` configurations is written to ``--out`` as float16 parts (``device/kit.py``)
after every configuration, so a call cut short keeps what finished; ``sweep.json`` there records every
configuration's scores per epoch. Runs on CPU too (slowly). With ``--checkpoint-dir``, each configuration's whole
training state (weights, optimizer, weight average, random states, where it is in the epoch) is written there at
every dev score, and a run started again with the same configuration and options goes on from the last one, to the
same weights as a run never cut (a CPU replay takes hours: ``rebuild_tagger.sh``).

Usage: python training/sweep.py CONFIG.json ... --train GOLD --dev GOLD --out DIR [--budget SECONDS] [--keep N]
       [--decay-steps N] [--checkpoint-dir DIR]
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from pathlib import Path
from typing import Any

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent / "device"))

from data import batches, build_examples, read_docs
from dev_score import dev_score
from kit import pack_weights
from model import Tagger, weight_average
from schedule import decay_end, lr_factor, warmup_steps
from train_attribution import load_tokenizer, make_optimizer, seed_all, train_step

from quotegraph.extract.learned.tagger import MIN_CONTENT_SCORE


def rank(score: dict[str, Any]) -> float:
    """What picks an epoch and a configuration: the mean of content exact and partial F1 on dev."""
    return (score["exact_f1"] + score["partial_f1"]) / 2


def run_config(
    name: str,
    config: dict[str, Any],
    examples: list[Any],
    dev: list[dict[str, Any]],
    budget: float,
    every: float,
    decay_steps: int | None = None,
    checkpoint: Path | None = None,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Train one configuration; return its record and the weights of its best epoch (NumPy, float32).

    The decay ends where the budget holds, or at ``decay_steps`` when given (``schedule.decay_end``). With
    ``checkpoint`` (a file), the training state is written there at every dev score, and a run that finds one
    written with the same configuration and options goes on from it."""
    seed_all(config["seed"])
    torch.set_num_threads(config["threads"])
    rng = random.Random(config["seed"])
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    model = Tagger(config).to(device)
    averaged = weight_average(model, config)
    scored = averaged.module if averaged is not None else model
    tokenizer = load_tokenizer()
    (stage,) = config["stages"]
    per_epoch = math.ceil(len(examples) / config["batch_size"])
    total = max(1, int(per_epoch * stage["epochs"]))
    scored_every = max(1, int(per_epoch * every))
    optimizer = make_optimizer(model, config, stage["learning_rate"])
    base_lrs = [g["lr"] for g in optimizer.param_groups]
    warmup = warmup_steps(config["warmup_share"], total)
    planned = total
    autocast = torch.autocast("cuda", dtype=torch.bfloat16) if device.type == "cuda" else None
    step, spent, losses = 0, 0.0, []
    history: list[dict[str, Any]] = []
    best: dict[str, Any] = {}
    best_state: dict[str, Any] = {}
    # batches() shuffles a whole epoch at once: the random state before it and the batches done of it say where a
    # run stands
    epoch_rng, position = rng.getstate(), 0
    run_key = {"config": config, "examples": len(examples), "budget": budget, "every": every, "decay": decay_steps}
    if checkpoint is not None and checkpoint.is_file():
        saved = resume(checkpoint, run_key, model, optimizer, averaged)
        step, total, warmup = saved["step"], saved["total"], saved["warmup"]
        spent, losses, history, best = saved["spent"], saved["losses"], saved["history"], saved["best"]
        best_state = {k: v.numpy() for k, v in saved["best_state"].items()}
        epoch_rng, position = saved["epoch_rng"], saved["position"]
        print(f"{name} resumed at step {step} from {checkpoint}", flush=True)
    started = time.perf_counter() - spent
    finished = bool(history) and (step >= total or spent >= budget)
    model.train()
    while not finished and step < total:
        rng.setstate(epoch_rng)
        epoch = batches(examples, config["batch_size"], config["bucket_batches"], rng)
        for done, batch in enumerate(epoch[position:], start=position + 1):
            losses.append(train_step(model, optimizer, base_lrs, batch, lr_factor(step, total, warmup), autocast))
            if averaged is not None:
                averaged.update_parameters(model)
            step += 1
            spent = time.perf_counter() - started
            if step % scored_every and step < total and spent < budget:
                continue
            score = dev_score(scored, tokenizer, dev, config["max_len"], MIN_CONTENT_SCORE)
            if not history:  # the first evaluation tells how many steps the budget holds: the decay ends there
                total = decay_end(step, planned, budget, time.perf_counter() - started, decay_steps)
                warmup = warmup_steps(config["warmup_share"], total)
            score |= {"step": step, "epoch": round(step / per_epoch, 2), "seconds": round(spent)}
            score["loss"] = round(sum(losses[-50:]) / len(losses[-50:]), 4)
            history.append(score)
            print(f"{name} {json.dumps(score)}", flush=True)
            if not best or rank(score) > rank(best):
                best = score
                # a copy: on CPU .float().cpu().numpy() is a view of the live weights, which training goes on moving
                best_state = {
                    k: v.detach().to("cpu", torch.float32, copy=True).numpy() for k, v in scored.state_dict().items()
                }
            if checkpoint is not None:
                state = {"step": step, "total": total, "warmup": warmup, "spent": spent, "losses": losses[-50:]}
                state |= {"history": history, "best": best, "epoch_rng": epoch_rng, "position": done}
                save_checkpoint(checkpoint, run_key, state, best_state, model, optimizer, averaged)
            if step >= total or spent >= budget:
                finished = True
                break
        if finished or time.perf_counter() - started >= budget:
            break
        epoch_rng, position = rng.getstate(), 0
    record = {"name": name, "config": config, "best": best, "history": history, "steps": step, "planned_steps": planned}
    record["decay_steps"] = total
    record["device"] = str(device)
    return record, best_state


def save_checkpoint(
    path: Path,
    run_key: dict[str, Any],
    state: dict[str, Any],
    best_state: dict[str, Any],
    model: Tagger,
    optimizer: torch.optim.Optimizer,
    averaged: Any,
) -> None:
    """Write the whole training state to ``path`` (through a temporary file, so a run killed while writing keeps
    the checkpoint before)."""
    payload = state | {"run": json.dumps(run_key, sort_keys=True), "model": model.state_dict()}
    payload |= {"optimizer": optimizer.state_dict(), "torch_rng": torch.get_rng_state()}
    payload["best_state"] = {k: torch.from_numpy(v) for k, v in best_state.items()}
    if averaged is not None:
        payload["averaged"] = averaged.state_dict()
    if torch.cuda.is_available():
        payload["cuda_rng"] = torch.cuda.get_rng_state_all()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    torch.save(payload, partial)
    partial.replace(path)


def resume(
    path: Path, run_key: dict[str, Any], model: Tagger, optimizer: torch.optim.Optimizer, averaged: Any
) -> dict[str, Any]:
    """Load a checkpoint into the model, optimizer, weight average and random states; return the rest of it.

    Raises:
        SystemExit: When it was written by a run with another configuration, data size or options."""
    saved: dict[str, Any] = torch.load(path, map_location="cpu", weights_only=True)
    if saved["run"] != json.dumps(run_key, sort_keys=True):
        raise SystemExit(f"{path} was written by a run with other settings: remove it to start afresh")
    model.load_state_dict(saved["model"])
    optimizer.load_state_dict(saved["optimizer"])
    if averaged is not None:
        averaged.load_state_dict(saved["averaged"])
    torch.set_rng_state(saved["torch_rng"])
    if "cuda_rng" in saved and torch.cuda.is_available():
        torch.cuda.set_rng_state_all(saved["cuda_rng"])
    return saved


def write_results(records: list[dict[str, Any]], states: dict[str, dict[str, Any]], args: argparse.Namespace) -> None:
    """Write the best ``--keep`` configurations' weights and ``sweep.json``, removing the parts of any that
    dropped out of the best."""
    args.out.mkdir(parents=True, exist_ok=True)
    kept = sorted(records, key=lambda r: rank(r["best"]), reverse=True)[: args.keep]
    for record in records:
        if record in kept and "parts" not in record:
            record["parts"] = [p.name for p in pack_weights(states[record["name"]], args.out, record["name"])]
        elif record not in kept and "parts" in record:
            for name in record.pop("parts"):
                (args.out / name).unlink()
    budget = None if math.isinf(args.budget) else args.budget  # JSON has no infinity: no budget is null
    summary = {"train": args.train.name, "dev": args.dev.name, "torch": torch.__version__, "budget": budget}
    summary["runs"] = records
    (args.out / "sweep.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")


def main() -> None:
    """Command line entry."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("configs", type=Path, nargs="+")
    parser.add_argument("--train", type=Path, required=True)
    parser.add_argument("--dev", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--budget", type=float, default=150.0, help="Seconds of training per configuration.")
    parser.add_argument("--keep", type=int, default=3, help="How many configurations' best weights to write.")
    parser.add_argument("--eval-every", type=float, default=1.0, help="Epochs between dev scores.")
    parser.add_argument("--dev-docs", type=int, default=0, help="Score on the first N dev documents (0: all).")
    parser.add_argument(
        "--decay-steps",
        type=int,
        default=None,
        help="End the decay (and the run) at this step instead of where the budget holds: replays a run whose "
        "training.json records it (steps.decay).",
    )
    parser.add_argument(
        "--checkpoint-dir",
        type=Path,
        default=None,
        help="Write each configuration's training state here at every dev score (NAME.pt), and go on from it when "
        "run again with the same configuration and options.",
    )
    args = parser.parse_args()
    if torch.cuda.is_available():
        torch.backends.cuda.matmul.allow_tf32 = True
    records, states = [], {}
    dev = read_docs(args.dev)[: args.dev_docs or None]
    examples: dict[int, list[Any]] = {}
    for path in args.configs:
        config = json.loads(path.read_text(encoding="utf-8"))
        if config["max_len"] not in examples:
            examples[config["max_len"]] = build_examples(load_tokenizer(), read_docs(args.train), config["max_len"])
        checkpoint = args.checkpoint_dir / f"{path.stem}.pt" if args.checkpoint_dir else None
        record, state = run_config(
            path.stem,
            config,
            examples[config["max_len"]],
            dev,
            args.budget,
            args.eval_every,
            args.decay_steps,
            checkpoint,
        )
        records.append(record)
        states[path.stem] = state
        write_results(records, states, args)
    for record in records:
        print(record["name"], "best", json.dumps(record["best"]), "kept" if "parts" in record else "")


if __name__ == "__main__":
    main()
