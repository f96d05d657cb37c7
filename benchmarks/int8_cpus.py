"""Check: does accurate mode's int8 tagger read text the same on a CPU without VNNI as on this one?

x86 CPUs without VNNI (AVX2 and early AVX-512 ones, most laptops from before about 2019) multiply onnxruntime's
unsigned activations by signed int8 weights with an instruction that adds pairs in 16 bits and saturates; on such a
CPU the tagger asks onnxruntime to avoid it (``session.x64quantprecision``, ``extract/learned/tagger.py``). This runs
the shipped tagger over PolNeAR dev texts here (as it runs by default) and, under Debian's ``qemu-user``
(``qemu-x86_64 -cpu Haswell``: AVX2, no AVX-512, no VNNI), with and without that option, and prints how far each
emulated run's logits and tags are from this machine's. With ``--score`` it also scores accurate mode on those
texts (PolNeAR convention) with each run's logits in place of the tagger's own. Emulation is 30 to 120 times slower:
all 84 dev texts took 33 minutes of one core a run (``--texts 0``), the default four about a minute.

Usage: python benchmarks/int8_cpus.py [GOLD] [--texts N] [--cpu MODEL] [--score]
Default input: ../shared/data/polnear/dev.jsonl (read from outside the repository, never copied).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "dev.jsonl"


def _docs(path: Path, count: int) -> list[dict[str, Any]]:
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return docs[:count] if count else docs


def tag(gold: Path, count: int, exact: str, out: Path) -> None:
    """Write the shipped tagger's logits for the first ``count`` texts of ``gold`` to ``out`` (an ``.npz``), with
    exact int8 products ``on``, ``off`` or as the tagger chooses (``auto``): the ``exact_int8`` setting, read by the
    tagger's one-thread session as in accurate mode."""
    os.environ["QUOTEGRAPH_EXACT_INT8"] = exact
    from quotegraph.extract.learned.tagger import load_tagger

    tagger = load_tagger()
    session = tagger.beside_session
    logits = {f"d{number}": tagger.logits(doc["text"], session)[1] for number, doc in enumerate(_docs(gold, count))}
    np.savez_compressed(out, **logits)


def compare(here: Any, there: Any) -> str:
    """How far one run's logits are from another's: largest and mean difference, and decoded tags that differ."""
    from quotegraph.extract.learned.labels import LAYERS, TAGS_PER_LAYER

    gaps = [np.abs(here[key] - there[key]) for key in here]
    flips = [0] * len(LAYERS)
    for key in here:
        for number in range(len(LAYERS)):
            columns = slice(number * TAGS_PER_LAYER, (number + 1) * TAGS_PER_LAYER)
            flips[number] += int((here[key][:, columns].argmax(1) != there[key][:, columns].argmax(1)).sum())
    pieces = sum(len(gap) for gap in gaps)
    by_layer = ", ".join(f"{layer} {flip}" for layer, flip in zip(LAYERS, flips, strict=True))
    largest, mean = max(float(g.max()) for g in gaps), sum(float(g.sum()) for g in gaps) / sum(g.size for g in gaps)
    return f"logits max diff {largest:.3f}, mean {mean:.4f}; tags changed of {pieces:,} pieces: {by_layer}"


def score(gold: Path, count: int, logits: Any) -> str:
    """Accurate mode's scores on those texts with ``logits`` in place of the tagger's own (PolNeAR convention)."""
    from quotegraph.evaluation import evaluate, to_eval_record
    from quotegraph.extract import extract
    from quotegraph.extract.learned.tagger import Tagger
    from quotegraph.extract.learned.windows import tokenize
    from quotegraph.extract.options import ExtractOptions
    from quotegraph.model import Article, ExtractionResult

    docs = _docs(gold, count)
    by_text = {doc["text"]: logits[f"d{number}"] for number, doc in enumerate(docs)}
    original = Tagger.logits
    Tagger.logits = lambda self, text, session=None: (tokenize(self.tokenizer, text), by_text[text])  # type: ignore[method-assign]
    try:
        options = ExtractOptions(mode="accurate", convention="polnear")
        records = []
        for doc in docs:
            article = Article(id=doc["id"], text=doc["text"], lang="en")
            records.append(to_eval_record(ExtractionResult(article, tuple(extract(article, options)))))
    finally:
        Tagger.logits = original  # type: ignore[method-assign]
    report = evaluate(docs, records)
    exact, partial, e2e = (report.scores[key] for key in ("exact", "partial", "e2e_partial"))
    return (
        f"exact / partial / end-to-end F1 {100 * exact.f1:.1f} / {100 * partial.f1:.1f} / {100 * e2e.f1:.1f}"
        f" ({exact.tp:,} / {partial.tp:,} / {e2e.tp:,} of {partial.pred:,} predicted, {partial.gold:,} gold)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--texts", type=int, default=4, help="How many texts from the start (0: all).")
    parser.add_argument("--cpu", default="Haswell", help="The CPU model qemu emulates (qemu-x86_64 -cpu help).")
    parser.add_argument("--score", action="store_true", help="Also score accurate mode with each run's logits.")
    parser.add_argument("--tag", nargs=2, metavar=("EXACT", "OUT"), help=argparse.SUPPRESS)  # one run, inside qemu
    args = parser.parse_args()
    if args.tag:
        tag(args.gold, args.texts, args.tag[0], Path(args.tag[1]))
        return
    qemu = shutil.which("qemu-x86_64")
    if qemu is None:
        raise SystemExit("qemu-x86_64 not found: install Debian's qemu-user (apt-get install qemu-user)")
    with tempfile.TemporaryDirectory() as folder:
        runs = {}
        for name, exact, prefix in (
            ("this machine", "auto", []),
            (f"{args.cpu}, exact products (as the tagger chooses there)", "on", [qemu, "-cpu", args.cpu]),
            (f"{args.cpu}, without", "off", [qemu, "-cpu", args.cpu]),
        ):
            out = Path(folder) / f"{len(runs)}.npz"
            command = [*prefix, sys.executable, __file__, str(args.gold), "--texts", str(args.texts)]
            done = subprocess.run([*command, "--tag", exact, str(out)], stderr=subprocess.PIPE, text=True)
            if done.returncode:  # qemu warns of every CPU feature it cannot emulate: show the rest
                errors = [line for line in done.stderr.splitlines() if not line.startswith("qemu-x86_64: warning")]
                raise SystemExit(f"{name}: the run failed\n" + "\n".join(errors))
            runs[name] = np.load(out)
        here = runs["this machine"]
        for name, logits in runs.items():
            line = "" if logits is here else compare(here, logits)
            if args.score:
                line += ("; " if line else "") + score(args.gold, args.texts, logits)
            print(f"{name}: {line or 'the reference'}", flush=True)


if __name__ == "__main__":
    main()
