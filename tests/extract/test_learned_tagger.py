"""Tests for the tagger: what the shipped model finds, one window per run, and prefetched tags."""

from __future__ import annotations

import platform
import time

import numpy as np
import pytest


@pytest.mark.model
def test_tagger_finds_a_said_clause() -> None:
    from quotegraph.extract.learned.tagger import load_tagger

    text = "The senator said on Tuesday that the bill would pass easily.\n\nNobody else spoke."
    layers = {(s.layer, text[s.start : s.end]) for s in load_tagger().spans(text)}
    # The model may run the cue into its date ("said on Tuesday"); to_candidate cuts that (test below).
    assert [span for layer, span in layers if layer == "cue"] in (["said"], ["said on Tuesday"])
    assert ("source", "The senator") in layers
    assert any(layer == "content" and "bill would pass" in span for layer, span in layers)


@pytest.mark.parametrize(
    ("machine", "features", "needed"),
    [
        ("x86_64", {"AVX2": True, "AVX512F": True, "AVX512VNNI": False}, True),  # Skylake: saturating products
        ("x86_64", {"AVX2": True}, True),  # Haswell, or AVX-VNNI only (not listed by numpy): made exact too
        ("AMD64", {}, True),  # Windows, where nothing was read
        ("x86_64", {"AVX2": True, "AVX512F": True, "AVX512VNNI": True}, False),  # exact and fast already
        ("arm64", {}, False),  # Apple silicon: the option is about x86 kernels
        ("aarch64", {"ASIMD": True}, False),
    ],
)
def test_exact_int8_products_are_asked_for_on_x86_without_vnni(
    machine: str, features: dict[str, bool], needed: bool
) -> None:
    from quotegraph.extract.learned.tagger import needs_exact_int8_products

    assert needs_exact_int8_products(machine, features) is needed


def test_this_cpu_is_read_from_numpy_and_nothing_read_means_exact_products(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    from quotegraph.extract.learned import tagger

    features = tagger._cpu_features()
    assert "AVX512VNNI" in features or platform.machine().lower() not in tagger.X86_64
    real_import = importlib.import_module

    def no_numpy_internals(name: str, package: str | None = None) -> object:
        if name.endswith("_multiarray_umath"):
            raise ImportError(name)
        return real_import(name, package)

    monkeypatch.setattr(importlib, "import_module", no_numpy_internals)
    assert tagger._cpu_features() == {}
    assert tagger.needs_exact_int8_products("x86_64") is True


@pytest.mark.parametrize("choice", ["auto", "on", "off"])
def test_the_exact_int8_setting_chooses_for_this_process(monkeypatch: pytest.MonkeyPatch, choice: str) -> None:
    from quotegraph.extract.learned.tagger import needs_exact_int8_products, wants_exact_int8_products

    monkeypatch.setenv("QUOTEGRAPH_EXACT_INT8", choice.upper() if choice == "on" else choice)
    expected = {"auto": needs_exact_int8_products(), "on": True, "off": False}[choice]
    assert wants_exact_int8_products() is expected


def test_the_exact_int8_setting_refuses_other_values(monkeypatch: pytest.MonkeyPatch) -> None:
    from quotegraph.errors import QuotegraphError
    from quotegraph.extract.learned.tagger import wants_exact_int8_products

    monkeypatch.setenv("QUOTEGRAPH_EXACT_INT8", "yes")
    with pytest.raises(QuotegraphError, match="QUOTEGRAPH_EXACT_INT8 must be auto, on or off, not 'yes'"):
        wants_exact_int8_products()


@pytest.mark.model
@pytest.mark.parametrize("choice", ["on", "off"])
def test_every_tagger_session_asks_for_exact_int8_products_as_the_setting_says(
    monkeypatch: pytest.MonkeyPatch, choice: str
) -> None:
    from quotegraph.extract.learned.tagger import MODEL_DIR, X64_QUANT_PRECISION, Tagger

    monkeypatch.setenv("QUOTEGRAPH_EXACT_INT8", choice)
    tagger = Tagger(MODEL_DIR)
    key, value = X64_QUANT_PRECISION
    for session in (tagger.session, tagger.beside_session):  # the tagger process builds its own the same way
        options = session.get_session_options()
        if choice == "on":
            assert options.get_session_config_entry(key) == value
        else:
            with pytest.raises(RuntimeError, match="does not have configuration with key"):
                options.get_session_config_entry(key)


@pytest.mark.model
def test_the_tagger_runs_each_window_alone_without_padding() -> None:
    from quotegraph.extract.learned.tagger import MODEL_DIR, Tagger

    class Recorder:
        def __init__(self) -> None:
            self.masks: list[np.ndarray] = []

        def run(self, _outputs: object, feed: dict[str, np.ndarray]) -> list[np.ndarray]:
            self.masks.append(feed["attention_mask"])
            return [np.zeros((*feed["input_ids"].shape, 9), dtype=np.float32)]

    paragraphs = [" ".join(["word"] * n) for n in (150, 60, 200, 90)]
    recorder = Recorder()
    tagger = Tagger(MODEL_DIR)
    tagger._session = recorder
    pieces, logits = tagger.logits("\n\n".join(paragraphs))
    assert len(recorder.masks) > 1 and logits.shape == (len(pieces.ids), 9)
    assert all(mask.shape[0] == 1 and mask.all() for mask in recorder.masks)
    assert sum(mask.shape[1] - 2 for mask in recorder.masks) == len(pieces.ids)


@pytest.mark.model
def test_a_reading_says_where_the_windows_hand_over() -> None:
    from quotegraph.extract.learned.tagger import load_tagger
    from quotegraph.extract.learned.windows import cuts, plan_windows, tokenize

    tagger = load_tagger()
    text = "\n\n".join(f"Paragraph {n} says " + "that the plan will work " * 30 for n in range(4))
    pieces = tokenize(tagger.tokenizer, text)
    reading = tagger.read(text)
    assert len(reading.cuts) >= 2
    assert reading.cuts == cuts(pieces, plan_windows(text, pieces, tagger.max_len))
    assert tagger.read("A short text.").cuts == ()


@pytest.mark.model
def test_prefetched_tags_equal_direct_tags_and_are_picked_up_once() -> None:
    from quotegraph.extract.learned.tagger import decode, load_tagger

    tagger = load_tagger()
    texts = ["The mayor said the bridge would reopen in May.", '"We are ready," the coach said.']
    tagger.prefetch(texts)
    assert set(tagger._pending) == set(texts)
    assert tagger.spans(texts[0]) == decode(*tagger.logits(texts[0])).spans
    assert set(tagger._pending) == {texts[1]}
    tagger.forget_prefetched()
    assert not tagger._pending
    assert tagger.spans(texts[1]) == decode(*tagger.logits(texts[1])).spans


@pytest.mark.model
def test_texts_the_process_has_not_started_are_tagged_here_from_the_back_of_the_batch() -> None:
    from quotegraph.extract.learned.tagger import MODEL_DIR, Tagger

    tagger = Tagger(MODEL_DIR)
    here: list[str] = []
    tag_beside = tagger._tag_beside
    tagger._tag_beside = lambda text: here.append(text) or tag_beside(text)  # type: ignore[method-assign]
    busy = " ".join(["The minister said taxes would rise."] * 2500)  # keeps the process at it for seconds
    texts = [busy, "The mayor said the bridge would reopen.", '"We are ready," the coach said.', "Smith denied it."]
    tagger.prefetch(texts)
    deadline = time.monotonic() + 120
    while not tagger._pending[busy].running():  # the process has started the long text
        assert time.monotonic() < deadline
        time.sleep(0.01)
    assert tagger.take_back_last() and here == [texts[3]]  # the last text the process has not started
    assert tagger._beside_session is not None and tagger._session is None  # one thread, beside the process
    tagger.tag(texts[1])  # not started by the process either: tagged here
    assert here == [texts[3], texts[1]]
    tagger.tag(busy)  # the process is at it: meanwhile this process tags what the process has not started
    assert here == [texts[3], texts[1], texts[2]]
    assert not tagger.take_back_last()  # nothing left to take back
    found = [tagger.tag(text).spans for text in texts[1:]]
    assert here == [texts[3], texts[1], texts[2]] and all(found)
    assert found == [tagger.process.submit(text).result(timeout=120).spans for text in texts[1:]]
    tagger.close()


def test_best_score_is_the_highest_of_the_layer_s_spans_overlapping_a_span() -> None:
    from quotegraph.extract.learned.tagger import TaggedSpan, Tagging

    spans = [
        TaggedSpan("cue", 10, 14, 0.6),
        TaggedSpan("cue", 12, 20, 0.9),
        TaggedSpan("source", 0, 9, 0.8),
        TaggedSpan("cue", 30, 35, 0.99),
    ]
    tagging = Tagging(spans, np.zeros((0, 2), dtype=np.int32), np.zeros((0, 3), dtype=np.float32))
    assert tagging.best_score("cue", 11, 13) == 0.9
    assert tagging.best_score("cue", 10, 12) == 0.6  # [12, 20) only touches it
    assert tagging.best_score("source", 5, 40) == 0.8
    assert tagging.best_score("cue", 20, 30) == 0.0  # touching on both sides, overlapping neither
