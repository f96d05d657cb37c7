"""Loading the shipped attribution tagger (int8 ONNX + tokenizer) once per process, and running it on a text.

No network and no torch: ``onnxruntime`` and ``tokenizers`` only. Missing weights raise an error that names
the training command; there is no silent fallback to the rules.
"""

from __future__ import annotations

import atexit
import importlib
import json
import platform
from collections.abc import Iterable, Mapping
from concurrent.futures import Future
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import numpy as np

from quotegraph.errors import QuotegraphError
from quotegraph.extract.learned.labels import LAYERS, TAGS_PER_LAYER, decode_layer, viterbi
from quotegraph.extract.learned.nearby import Nearby
from quotegraph.extract.learned.windows import Pieces, Window, batch_inputs, cuts, plan_windows, stitch, tokenize
from quotegraph.extract.learned.worker import TaggerProcess
from quotegraph.settings import get_setting

MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "attribution"
TRAIN_COMMAND = "python training/train_attribution.py"
# Mean tag probability below which the finder drops a content span (tuned on dev); here, beside the decoder, so
# that training can score checkpoints the same way without importing the finder and its parser.
MIN_CONTENT_SCORE = 0.7


class ModelMissingError(QuotegraphError):
    """Raised when the learned model's files are not installed."""


@dataclass(frozen=True)
class TaggedSpan:
    """A span of one layer in character offsets, with the model's mean probability for it."""

    layer: str
    start: int
    end: int
    score: float


@dataclass(frozen=True, eq=False)
class Tagging:
    """What the tagger read in one text: its spans, and the content layer's tag probabilities per word piece.

    ``content`` holds P(O), P(B), P(I) of the content layer for each piece, ``offsets`` the pieces' character
    offsets; the boundary refiner reads them around a content's edges. ``cuts`` are where one model window hands
    the text over to the next (``windows.cuts``): the merge reads them (``finder.cut_short``).
    """

    spans: list[TaggedSpan]
    offsets: np.ndarray  # [pieces, 2] character offsets, int32
    content: np.ndarray  # [pieces, 3] content-layer probabilities (O, B, I), float32
    cuts: tuple[int, ...] = ()  # where the text was cut between two model windows (``windows.cuts``)

    def best_score(self, layer: str, start: int, end: int) -> float:
        """The highest score of a span of ``layer`` overlapping ``[start, end)`` (0 when none does)."""
        spans, near = self._layers[layer]
        found = (spans[at] for at in near.within((start, end)))
        return max((span.score for span in found if span.start < end and start < span.end), default=0.0)

    @cached_property
    def _layers(self) -> dict[str, tuple[list[TaggedSpan], Nearby]]:
        by_layer: dict[str, list[TaggedSpan]] = {layer: [] for layer in LAYERS}
        for span in self.spans:
            by_layer.setdefault(span.layer, []).append(span)
        return {layer: (spans, Nearby([(s.start, s.end) for s in spans])) for layer, spans in by_layer.items()}

    def pieces(self, starts: np.ndarray, ends: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The first and last word piece of each span ``[starts[k], ends[k])``: the first piece starting at or after
        its start, the last starting before its end (``last < first`` where no piece starts inside it)."""
        first_offsets = self.offsets[:, 0] if len(self.offsets) else np.zeros(0, dtype=np.int32)
        first = np.searchsorted(first_offsets, starts, side="left")
        last = np.searchsorted(first_offsets, ends, side="left") - 1
        return first, last

    def content_score(self, span: tuple[int, int]) -> float | None:
        """The mean probability that a word piece of ``span`` is content (None where no piece starts inside it)."""
        first, last = self.pieces(np.array([span[0]]), np.array([span[1]]))
        if last[0] < first[0]:
            return None
        return float(1.0 - self.content[first[0] : last[0] + 1, 0].mean())


class Tagger:
    """The attribution tagger: text in, content / source / cue spans out.

    ``prefetch`` tags a batch of texts in a child process (``worker.TaggerProcess``, one ONNX thread) while the
    caller parses them with spaCy, so the encoder runs on the core the parser leaves idle; ``spans`` then returns
    the finished result. ``process`` is that child, which also takes parses the caller offers it (``batches.py``).
    A text the child has not started tagging when the caller asks for it is tagged in the caller, on one thread
    beside the child: on PolNeAR dev the encoder takes about 23 s of one core (more beside a parse), the caller's
    parse and rules about as long, so without that the caller waited on the child at the end of each batch.
    """

    def __init__(self, model_dir: Path = MODEL_DIR, threads: int = 0) -> None:
        config_path = model_dir / "config.json"
        if not config_path.is_file():
            raise ModelMissingError(
                f"the learned attribution model is missing ({model_dir}); rebuild it with `{TRAIN_COMMAND}` "
                "or use mode='rules'"
            )
        from tokenizers import Tokenizer

        config = json.loads(config_path.read_text(encoding="utf-8"))
        self.model_dir = model_dir
        self.model_path = model_dir / config["model"]
        if not self.model_path.is_file():
            raise ModelMissingError(f"model weights missing: {self.model_path}; rebuild them with `{TRAIN_COMMAND}`")
        self._threads = threads
        self._session: Any = None  # loaded on first use: in batches the tagger process does the work
        self._beside_session: Any = None  # one thread, for the texts taken back from the tagger process
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.no_truncation()
        self.tokenizer.no_padding()
        self.max_len = int(config["max_len"])
        self._process: TaggerProcess | None = None
        self._pending: dict[str, Future[Tagging]] = {}

    @property
    def session(self) -> Any:
        """This process's ONNX session (about 60 MB once loaded)."""
        if self._session is None:
            self._session = _session(self.model_path, self._threads)
        return self._session

    @property
    def beside_session(self) -> Any:
        """An ONNX session on one thread, for tagging beside the tagger process (which has the other core)."""
        if self._beside_session is None:
            self._beside_session = _session(self.model_path, 1)
        return self._beside_session

    def logits(self, text: str, session: Any = None) -> tuple[Pieces, np.ndarray]:
        """The word pieces of ``text`` and their logits ``[pieces, 9]`` (run in ``session``, by default this
        process's own)."""
        pieces, logits, _ = self._run(text, session or self.session)
        return pieces, logits

    def read(self, text: str, session: Any = None) -> Tagging:
        """Tag ``text`` here (in ``session``, by default this process's own): ``decode`` of its logits, with the
        places where its windows hand over."""
        pieces, logits, windows = self._run(text, session or self.session)
        return decode(pieces, logits, cuts(pieces, windows))

    def _run(self, text: str, session: Any) -> tuple[Pieces, np.ndarray, list[Window]]:
        pieces = tokenize(self.tokenizer, text)
        out = np.zeros((len(pieces.ids), len(LAYERS) * TAGS_PER_LAYER), dtype=np.float32)
        windows = plan_windows(text, pieces, self.max_len)
        for window in windows:
            # One window per run: no padding to compute, and a window's tags never depend on the windows run
            # with it (dynamic int8 quantization scales the activations of a whole run at once).
            ids, mask = batch_inputs(pieces, [window])
            (logits,) = session.run(None, {"input_ids": ids, "attention_mask": mask})
            stitch(logits, [window], out)
        return pieces, out, windows

    def spans(self, text: str) -> list[TaggedSpan]:
        """Every content, source and cue span the model finds in ``text`` (a prefetched result when there is one)."""
        return self.tag(text).spans

    def tag(self, text: str) -> Tagging:
        """The spans and content probabilities of ``text``: a prefetched result when there is one.

        A prefetched text the tagger process has not started yet is tagged here (the process skips it). While the
        process is still at work on it, this process tags the last prefetched text the process has not started,
        rather than wait: each then works from its own end of the batch, as with the parse.
        """
        pending = self._pending.pop(text, None)
        if pending is None:
            return self.read(text)
        if pending.cancel():
            return self._tag_beside(text)
        self.take_back_until(pending)
        return pending.result()

    def take_back_until(self, future: Future[Any]) -> None:
        """Rather than wait on the tagger process for ``future`` (a tag or a parse it has started), tag here the
        prefetched texts it has not started, the last first, until ``future`` is done or none is left."""
        while not future.done() and self.take_back_last():
            pass

    def take_back_last(self) -> bool:
        """Tag here the last prefetched text the tagger process has not started (what to do rather than wait on
        the process); False when there is none."""
        for text in reversed(list(self._pending)):
            if self._pending[text].cancel():
                taken: Future[Tagging] = Future()
                taken.set_result(self._tag_beside(text))
                self._pending[text] = taken
                return True
        return False

    def _tag_beside(self, text: str) -> Tagging:
        return self.read(text, self.beside_session)

    @property
    def process(self) -> TaggerProcess:
        """The tagger process, started on first use (and again after one died)."""
        if self._process is not None and self._process.ended:
            self._stop_process()  # it died: what it failed stays failed for whoever asks, the rest goes to a new one
        if self._process is None:
            self._process = TaggerProcess(self.model_dir)
            atexit.register(self._process.close)
        return self._process

    def prefetch(self, texts: Iterable[str]) -> None:
        """Start tagging ``texts`` in the tagger process, in order; ``tag`` or ``spans`` picks each result up."""
        process = self.process
        for text in texts:
            if text not in self._pending:
                self._pending[text] = process.submit(text)

    def forget_prefetched(self) -> None:
        """Drop the results nobody picked up (and tell the process to skip those not started), e.g. when a batch
        is abandoned."""
        for pending in self._pending.values():
            pending.cancel()
        self._pending.clear()

    def close(self) -> None:
        """Stop the tagger process, if one was started (a later ``prefetch`` starts a new one)."""
        self.forget_prefetched()
        self._stop_process()

    def _stop_process(self) -> None:
        if self._process is not None:
            self._process.close()
            atexit.unregister(self._process.close)
            self._process = None


# The int8 tagger's matrix products take unsigned activations and signed weights. x86 CPUs without VNNI (AVX2 and
# AVX-512 machines from before about 2019, common in laptops) add those products pairwise in 16 bits, which
# saturates: under an emulated Haswell 1,867 of PolNeAR dev's 260,553 tags changed (benchmarks/int8_cpus.py). This
# option has onnxruntime widen such products to unsigned-by-unsigned (158 changed). It costs time wherever it is set
# (the encoder 1.6 times slower on an AVX-512 VNNI machine, whose products are exact anyway), so by default only CPUs
# that lack VNNI get it; the exact_int8 setting overrides that.
X64_QUANT_PRECISION = ("session.x64quantprecision", "1")
X86_64 = frozenset({"x86_64", "amd64"})


def needs_exact_int8_products(machine: str | None = None, features: Mapping[str, bool] | None = None) -> bool:
    """Whether the tagger's sessions should ask for exact int8 products: on x86-64 without AVX-512 VNNI.

    Args:
        machine: The processor architecture (``platform.machine()`` when None).
        features: CPU features by numpy's names, as numpy read them with CPUID (``AVX512VNNI``); when None, numpy's
            own reading, or none where numpy does not expose it (the products are then made exact).

    Returns:
        True where the option is needed (an x86-64 CPU not known to have VNNI), False elsewhere.
    """
    if (machine or platform.machine()).lower() not in X86_64:
        return False  # the option concerns x86 kernels only
    return not (_cpu_features() if features is None else features).get("AVX512VNNI", False)


def wants_exact_int8_products() -> bool:
    """Whether this process's tagger sessions ask for exact int8 products, by the ``exact_int8`` setting
    (``QUOTEGRAPH_EXACT_INT8``): ``auto`` where :func:`needs_exact_int8_products`, ``on`` or ``off``.

    Raises:
        QuotegraphError: On another value.
    """
    choice = str(get_setting("exact_int8")).strip().lower()
    if choice not in {"auto", "on", "off"}:
        raise QuotegraphError(f"QUOTEGRAPH_EXACT_INT8 must be auto, on or off, not {choice!r}")
    return needs_exact_int8_products() if choice == "auto" else choice == "on"


def _cpu_features() -> Mapping[str, bool]:
    # numpy's CPUID reading (CPUs with AVX-VNNI only are not listed there); private, so read where numpy 2 and numpy 1
    # keep it, and nothing (exact products) where neither does.
    for module in ("numpy._core._multiarray_umath", "numpy.core._multiarray_umath"):
        try:
            features = importlib.import_module(module).__cpu_features__
        except (ImportError, AttributeError):
            continue
        return dict(features)
    return {}


def _session(model_path: Path, threads: int) -> Any:
    import onnxruntime

    options = onnxruntime.SessionOptions()
    if threads:
        options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    if wants_exact_int8_products():
        options.add_session_config_entry(*X64_QUANT_PRECISION)
    return onnxruntime.InferenceSession(str(model_path), options, providers=["CPUExecutionProvider"])


def decode(pieces: Pieces, logits: np.ndarray, window_cuts: tuple[int, ...] = ()) -> Tagging:
    """Spans, layer by layer, and the content layer's probabilities, from stitched logits (``window_cuts``: where
    the windows they were stitched from hand over, ``windows.cuts``)."""
    out: list[TaggedSpan] = []
    layer_probs = []
    for number, layer in enumerate(LAYERS):
        part = logits[:, number * TAGS_PER_LAYER : (number + 1) * TAGS_PER_LAYER]
        probs = _softmax(part)
        layer_probs.append(probs)
        tags = viterbi(np.log(probs + 1e-9))
        for first, last in decode_layer(tags, pieces.word_ids):
            score = float(1.0 - probs[first : last + 1, 0].mean())
            out.append(TaggedSpan(layer, pieces.offsets[first][0], pieces.offsets[last][1], score))
    offsets = np.asarray(pieces.offsets, dtype=np.int32).reshape(-1, 2)
    return Tagging(out, offsets, layer_probs[LAYERS.index("content")].astype(np.float32), window_cuts)


def _softmax(x: np.ndarray) -> np.ndarray:
    e = np.exp(x - x.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


@cache
def load_tagger(model_dir: str | None = None) -> Tagger:
    """The process-wide tagger (loaded on first use).

    Args:
        model_dir: A directory with ``config.json``, the ONNX file and ``tokenizer.json``; the packaged
            model when None.

    Raises:
        ModelMissingError: When the files are not there.
    """
    return Tagger(Path(model_dir) if model_dir else MODEL_DIR)
